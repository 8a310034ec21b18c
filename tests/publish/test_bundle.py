"""dist/openapi.yaml and dist/openapi.json (`make bundle`): one self-contained document, the
same in both formats, that is openapi.yaml with info.version set to the project version."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate as validate_spec
from spectools import ROOT, SPEC_PATH

from scripts import bundle

DIST = ROOT / "dist"


def load_dist() -> tuple[dict[str, Any], dict[str, Any]]:
    paths = (DIST / bundle.YAML_NAME, DIST / bundle.JSON_NAME)
    if not all(path.is_file() for path in paths):
        pytest.fail("dist/openapi.yaml or dist/openapi.json missing: run `make bundle`")
    as_yaml = yaml.safe_load(paths[0].read_text(encoding="utf-8"))
    as_json = json.loads(paths[1].read_text(encoding="utf-8"))
    return as_yaml, as_json


def test_yaml_and_json_bundles_are_the_same_current_valid_document() -> None:
    as_yaml, as_json = load_dist()
    assert as_yaml == as_json
    assert as_json["info"]["version"] == bundle.project_version()
    # Not stale: exactly what bundling the spec gives now.
    assert as_json == bundle.bundle(SPEC_PATH, bundle.project_version())
    assert bundle.reference_problems(as_json) == []
    validate_spec(as_json)


def test_published_yaml_has_no_anchors_or_aliases() -> None:
    text = (DIST / bundle.YAML_NAME).read_text(encoding="utf-8")
    events = yaml.parse(text)
    assert not any(isinstance(e, yaml.AliasEvent) or getattr(e, "anchor", None) for e in events)


def test_version_comes_from_pyproject(tmp_path: Path) -> None:
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text('[project]\nname = "x"\nversion = "9.8.7"\n', encoding="utf-8")
    out = tmp_path / "dist"
    assert bundle.main(["--pyproject", str(pyproject), "--out", str(out)]) == 0
    as_yaml = yaml.safe_load((out / bundle.YAML_NAME).read_text(encoding="utf-8"))
    as_json = json.loads((out / bundle.JSON_NAME).read_text(encoding="utf-8"))
    assert as_yaml["info"]["version"] == as_json["info"]["version"] == "9.8.7"
    assert as_yaml == as_json


def write_spec(tmp_path: Path, spec: dict[str, Any]) -> Path:
    path = tmp_path / "openapi.yaml"
    path.write_text(yaml.safe_dump(spec), encoding="utf-8")
    return path


MINIMAL: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "t", "version": "0"},
    "paths": {},
    "components": {"schemas": {"A": {"type": "string"}}},
}


def test_external_and_dangling_refs_are_rejected(tmp_path: Path) -> None:
    spec = {
        **MINIMAL,
        "components": {
            "schemas": {
                "A": {"type": "string"},
                "B": {"$ref": "other.yaml#/components/schemas/C"},
                "C": {"items": {"$ref": "#/components/schemas/Nope"}},
                "D": {"$ref": "#/components/schemas/A"},
            }
        },
    }
    with pytest.raises(bundle.BundleError) as raised:
        bundle.bundle(write_spec(tmp_path, spec), "1.0.0")
    assert str(raised.value).splitlines() == [
        "#/components/schemas/B: external $ref 'other.yaml#/components/schemas/C'"
        " (the bundle must be one file)",
        "#/components/schemas/C/items: $ref '#/components/schemas/Nope' points at nothing",
    ]


def test_values_json_cannot_represent_are_rejected(tmp_path: Path) -> None:
    # An unquoted status code is an int key in YAML; JSON would turn it into a string.
    spec = {**MINIMAL, "paths": {"/x": {"get": {"responses": {200: {"description": "ok"}}}}}}
    with pytest.raises(bundle.BundleError, match="JSON cannot represent"):
        bundle.render(bundle.bundle(write_spec(tmp_path, spec), "1.0.0"))
    assert bundle.main(["--spec", str(write_spec(tmp_path, spec)), "--out", str(tmp_path)]) == 1
