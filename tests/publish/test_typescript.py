"""scripts/typescript_check.py (`make typescript-check`) fails when openapi-typescript warns
and when tsc rejects the usage file; the passing run itself is `make typescript-check`."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from spectools import ROOT

from scripts import typescript_check as tc

BUNDLED_JSON = ROOT / "dist" / "openapi.json"
TYPES = ROOT / "dist" / "tailscale-api.d.ts"


def test_a_generation_warning_fails(tmp_path: Path) -> None:
    if not BUNDLED_JSON.is_file():
        pytest.fail("dist/openapi.json missing: run `make bundle`")
    spec = json.loads(BUNDLED_JSON.read_text(encoding="utf-8"))
    spec["components"]["schemas"]["NeverUsed"] = {"type": "string"}  # a lint warning
    spec_path = tmp_path / "openapi.json"
    spec_path.write_text(json.dumps(spec), encoding="utf-8")
    out = tmp_path / "api.d.ts"
    with pytest.raises(tc.TypeScriptCheckError) as raised:
        tc.generate_types(spec_path, out)
    assert "warned" in str(raised.value)
    assert "NeverUsed" in str(raised.value)
    assert not out.exists()


def test_a_type_error_in_the_usage_file_fails(tmp_path: Path) -> None:
    if not TYPES.is_file():
        pytest.fail("dist/tailscale-api.d.ts missing: run `make typescript-check`")
    # The usage project, with the @ts-expect-error before `expectType<number>(device.nodeId)`
    # removed.
    project = tmp_path / "tests" / "typescript"
    shutil.copytree(tc.TS_PROJECT, project)
    shutil.copy(TYPES, tmp_path / "tests" / "tailscale-api.d.ts")
    usage = project / "usage.ts"
    lines = usage.read_text(encoding="utf-8").splitlines()
    target = next(i for i, line in enumerate(lines) if "expectType<number>(device.nodeId)" in line)
    assert "@ts-expect-error" in lines[target - 1]
    del lines[target - 1]
    text = "\n".join(lines).replace("../../dist/tailscale-api", "../tailscale-api")
    usage.write_text(text, encoding="utf-8")
    with pytest.raises(tc.TypeScriptCheckError) as raised:
        tc.type_check(project)
    message = str(raised.value)
    assert f"usage.ts({target},22): error TS2345: Argument of type 'string | null" in message
