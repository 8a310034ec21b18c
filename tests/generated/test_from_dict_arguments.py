"""from_dict builds each model with positional arguments (generator-templates/model.py.jinja
does so for speed); they must follow the order of the attrs attributes exactly.

The round trips in test_models.py catch a swap only where an example has distinct values in
both places; this checks every model, whatever its examples.
"""

from __future__ import annotations

import ast
import inspect
import textwrap

import attrs
import pytest

import tailscale_sdk_generated.models as models

MODELS = [
    obj
    for obj in (getattr(models, name) for name in sorted(models.__all__))
    if inspect.isclass(obj) and attrs.has(obj)
]
# What from_dict passes as the additional properties: its emptied copy of the input (or a
# fresh dict in its place), or the dict it built.
EXTRA_ARGUMENTS = {"d", "d or {}", "additional_properties"}


def constructor_arguments(cls: type) -> list[str]:
    """The arguments of the one ``cls(...)`` call in ``cls.from_dict``, as source text."""
    source = textwrap.dedent(inspect.getsource(cls.from_dict))  # type: ignore[attr-defined]
    calls = [
        node
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "cls"
    ]
    assert len(calls) == 1, f"{cls.__name__}.from_dict calls cls() {len(calls)} times"
    assert calls[0].keywords == [], f"{cls.__name__}.from_dict passes keywords"
    return [ast.unparse(arg) for arg in calls[0].args]


def test_models_were_found() -> None:
    assert len(MODELS) > 30


@pytest.mark.parametrize("cls", MODELS, ids=lambda cls: cls.__name__)
def test_from_dict_passes_attributes_in_declaration_order(cls: type) -> None:
    declared = [field.name for field in attrs.fields(cls) if field.init]
    passed = constructor_arguments(cls)
    assert len(passed) == len(declared), (passed, declared)
    if declared and declared[-1] == "additional_properties":
        assert passed[-1] in EXTRA_ARGUMENTS
        declared, passed = declared[:-1], passed[:-1]
    # The template names each local variable after its attribute.
    assert passed == declared
