"""Tests for scripts/docs_diff.py: what changed between two versions of the markdown API docs."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from scripts import docs_diff

REPO_ROOT = Path(__file__).resolve().parents[2]

DEVICE_MD = """
# Device

### Attributes

```jsonc
{
  // The device's id.
  "id": "123",
  "hostname": "pangolin",
  "clientConnectivity": {
    "endpoints": ["1.2.3.4:41641"],
  },
}
```

## Get device

```http
GET /api/v2/device/{deviceid}
```

## Delete device

```http
DELETE /api/v2/device/{deviceID}
```
"""

KEYS_MD = """
# Keys

### Attributes

```jsonc
{
  "id": "k123",
  "description": "ci",
}
```

## List keys

```http
GET /api/v2/tailnet/{tailnet}/keys
```
"""

SPEC = """
openapi: 3.1.0
info: {title: t, version: 0.0.0}
paths:
  /device/{deviceId}:
    get:
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties: {id: {type: string}, hostname: {type: string}}
"""


def write_tree(root: Path, files: dict[str, str]) -> Path:
    root.mkdir()
    for name, text in files.items():
        (root / name).write_text(textwrap.dedent(text), encoding="utf-8")
    return root


@pytest.fixture
def old(tmp_path: Path) -> Path:
    return write_tree(tmp_path / "old", {"device.md": DEVICE_MD, "keys.md": KEYS_MD})


@pytest.fixture
def spec(tmp_path: Path) -> Path:
    path = tmp_path / "openapi.yaml"
    path.write_text(SPEC, encoding="utf-8")
    return path


def test_identical_trees_have_no_change(old: Path, tmp_path: Path) -> None:
    same = write_tree(tmp_path / "new", {"device.md": DEVICE_MD, "keys.md": KEYS_MD})
    result = docs_diff.diff(old, same)
    assert not result.changed
    assert result == docs_diff.DocsDiff([], [], [], [])


def test_added_and_removed_endpoints_and_attributes(old: Path, tmp_path: Path) -> None:
    device = DEVICE_MD.replace('  "hostname": "pangolin",\n', '  "os": "linux",\n')
    device += "\n## Expire device key\n\n```http\nPOST /api/v2/device/{deviceID}/expire\n```\n"
    keys = KEYS_MD.replace("GET /api/v2/tailnet/{tailnet}/keys", "(gone)")
    new = write_tree(tmp_path / "new", {"device.md": device, "keys.md": keys})

    result = docs_diff.diff(old, new)

    assert result.added_endpoints == [(("POST", "/device/{deviceID}/expire"), "device.md")]
    assert result.removed_endpoints == [(("GET", "/tailnet/{tailnet}/keys"), "keys.md")]
    assert result.added_attributes == [("os", "device.md")]
    assert result.removed_attributes == [("hostname", "device.md")]
    assert result.changed


def test_renamed_path_parameter_is_no_change(old: Path, tmp_path: Path) -> None:
    device = DEVICE_MD.replace("{deviceid}", "{deviceId}").replace("{deviceID}", "{deviceId}")
    new = write_tree(tmp_path / "new", {"device.md": device, "keys.md": KEYS_MD})
    assert not docs_diff.diff(old, new).changed


def test_attribute_keys_are_compared_per_file(old: Path, tmp_path: Path) -> None:
    # keys.md gains "hostname", which device.md already documents: still an addition.
    keys = KEYS_MD.replace('"id": "k123",', '"id": "k123",\n  "hostname": "h",')
    new = write_tree(tmp_path / "new", {"device.md": DEVICE_MD, "keys.md": keys})
    result = docs_diff.diff(old, new)
    assert result.added_attributes == [("hostname", "keys.md")]
    assert result.removed_attributes == []


def test_removed_file_removes_its_endpoints_and_attributes(old: Path, tmp_path: Path) -> None:
    new = write_tree(tmp_path / "new", {"device.md": DEVICE_MD})
    result = docs_diff.diff(old, new)
    assert result.removed_endpoints == [(("GET", "/tailnet/{tailnet}/keys"), "keys.md")]
    assert result.removed_attributes == [("description", "keys.md"), ("id", "keys.md")]
    assert result.added_endpoints == []
    assert result.added_attributes == []


def test_report_says_what_the_spec_has(old: Path, tmp_path: Path, spec: Path) -> None:
    device = DEVICE_MD.replace('  "hostname": "pangolin",\n', '  "os": "linux",\n')
    keys = KEYS_MD.replace("GET /api/v2/tailnet/{tailnet}/keys", "(gone)")
    new = write_tree(tmp_path / "new", {"device.md": device, "keys.md": keys})
    report = docs_diff.format_report(docs_diff.diff(old, new), old, new, spec)
    assert report.splitlines()[1:] == [
        "  endpoints:  0 added, 1 removed",
        "  attributes: 1 added, 1 removed",
        "removed endpoint: GET /tailnet/{tailnet}/keys (keys.md; operation NOT in spec)",
        "added attribute: os (device.md; property name NOT in spec)",
        "removed attribute: hostname (device.md; property name in spec)",
        "changed",
    ]


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "scripts.docs_diff", *map(str, args)],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


def test_cli_exit_status(old: Path, tmp_path: Path, spec: Path) -> None:
    same = write_tree(tmp_path / "same", {"device.md": DEVICE_MD, "keys.md": KEYS_MD})
    changed = write_tree(tmp_path / "changed", {"device.md": DEVICE_MD})

    unchanged = run("--old", old, "--new", same, "--spec", spec, "--fail-on-change")
    assert (unchanged.returncode, unchanged.stdout.splitlines()[-1]) == (0, "no change")

    report = run("--old", old, "--new", changed, "--spec", spec)
    assert report.returncode == 0
    assert "removed endpoint: GET /tailnet/{tailnet}/keys" in report.stdout

    strict = run("--old", old, "--new", changed, "--spec", spec, "--fail-on-change")
    assert strict.returncode == 1

    missing = run("--old", tmp_path / "nowhere", "--new", changed, "--spec", spec)
    assert missing.returncode == 2
    assert "docs directory not found" in missing.stderr
