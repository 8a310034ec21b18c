"""The wheel ships the mock with its copy of openapi.yaml; a source tree reads the repo's."""

from __future__ import annotations

import zipfile
from pathlib import Path

import tailscale_mock
from scripts.check_wheel import build_wheel
from tailscale_mock import spec_path

REPO_ROOT = Path(__file__).resolve().parents[2]


def test_source_tree_uses_the_repo_spec() -> None:
    assert spec_path() == REPO_ROOT / "openapi.yaml"


def test_public_names_are_listed() -> None:
    assert len(set(tailscale_mock.__all__)) == len(tailscale_mock.__all__)
    for name in tailscale_mock.__all__:
        assert getattr(tailscale_mock, name) is not None


def test_wheel_ships_the_mock_and_the_spec(tmp_path: Path) -> None:
    wheel = build_wheel(tmp_path)
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        shipped_files = ("__init__.py", "__main__.py", "py.typed", "openapi.yaml")
        for required in (*shipped_files, "seed/demo.yaml", "seed/policy.hujson"):
            assert f"tailscale_mock/{required}" in names
        shipped = archive.read("tailscale_mock/openapi.yaml")
    assert shipped == (REPO_ROOT / "openapi.yaml").read_bytes()
