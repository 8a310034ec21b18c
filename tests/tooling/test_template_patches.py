"""generator-templates/: each patch names the upstream openapi-python-client template it was made
against, with that file's sha256; an upgrade that changes an upstream template fails here, naming
each patch to redo (CONTRIBUTING.md, "Template patches")."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from scripts import template_patches
from scripts.template_patches import PATCHES, UPSTREAM


def test_every_patch_was_made_against_the_installed_upstream_template() -> None:
    stale = template_patches.stale()
    if stale:
        pytest.fail(
            "generator-templates/ patches to redo (CONTRIBUTING.md, 'Template patches'):\n"
            + "\n".join(f"  {path}: {problem}" for path, problem in stale)
        )


def test_every_template_file_is_a_documented_patch() -> None:
    files = sorted(p.relative_to(PATCHES).as_posix() for p in PATCHES.rglob("*") if p.is_file())
    patched = [patch.path for patch in template_patches.patches()]
    assert files == patched
    assert len(patched) >= 7
    for patch in template_patches.patches():
        text = (PATCHES / patch.path).read_text(encoding="utf-8")
        header = text.split("#}", 1)[0]
        assert "Differs from upstream" in header, patch.path
        # A patch identical to upstream (header aside) is no patch: delete it instead.
        assert text.split("#}\n", 1)[1] != (UPSTREAM / patch.path).read_text(encoding="utf-8")


def copy_tree(source: Path, target: Path) -> Path:
    shutil.copytree(source, target)
    return target


def test_a_changed_upstream_template_names_the_patch_to_redo(tmp_path: Path) -> None:
    upstream = copy_tree(UPSTREAM, tmp_path / "templates")
    changed = upstream / "property_templates" / "union_property.py.jinja"
    changed.write_text(changed.read_text(encoding="utf-8") + "{# new upstream line #}\n")
    (upstream / "types.py.jinja").unlink()

    stale = dict(template_patches.stale(PATCHES, upstream))

    assert sorted(stale) == ["property_templates/union_property.py.jinja", "types.py.jinja"]
    assert (
        "changed since openapi-python-client 0.29.1"
        in stale["property_templates/union_property.py.jinja"]
    )
    assert stale["property_templates/union_property.py.jinja"].endswith("redo the patch")
    assert "has no templates/types.py.jinja" in stale["types.py.jinja"]


def test_a_patch_without_header_or_with_another_path_is_reported(tmp_path: Path) -> None:
    patches = copy_tree(PATCHES, tmp_path / "generator-templates")
    types = patches / "types.py.jinja"
    types.write_text(types.read_text(encoding="utf-8").split("#}\n", 1)[1], encoding="utf-8")
    model = patches / "model.py.jinja"
    model.write_text(
        model.read_text(encoding="utf-8").replace(
            "templates/model.py.jinja", "templates/x.jinja", 1
        ),
        encoding="utf-8",
    )

    stale = dict(template_patches.stale(patches, UPSTREAM))

    assert sorted(stale) == ["model.py.jinja", "types.py.jinja"]
    assert stale["types.py.jinja"].startswith("no header")
    assert "the header names templates/x.jinja" in stale["model.py.jinja"]
