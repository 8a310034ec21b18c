"""CHANGELOG.md describes the API of the current project version."""

from __future__ import annotations

import re

from spectools import ROOT, operations

from scripts.bundle import project_version

CHANGELOG = ROOT / "CHANGELOG.md"


def sections(text: str) -> dict[str, str]:
    """Version -> body of each `## VERSION` section."""
    parts = re.split(r"^## +\[?([^\]\s]+)\]?.*$", text, flags=re.MULTILINE)
    return {version: body.strip() for version, body in zip(parts[1::2], parts[2::2], strict=True)}


def test_current_version_has_a_section() -> None:
    found = sections(CHANGELOG.read_text(encoding="utf-8"))
    version = project_version()
    assert version in found, f"CHANGELOG.md has no '## {version}' section"
    assert found[version], f"the '## {version}' section of CHANGELOG.md is empty"


def test_every_operation_of_the_spec_is_named() -> None:
    text = CHANGELOG.read_text(encoding="utf-8")
    unnamed = [op.label for op in operations() if f"`{op.operation_id}`" not in text]
    assert unnamed == [], "add these operations to CHANGELOG.md"


def test_sections_are_found() -> None:
    text = "# Changelog\n\n## 0.2.0\n\n- x\n\n## [0.1.0] - 2026-01-01\n\n- y\n"
    assert sections(text) == {"0.2.0": "- x", "0.1.0": "- y"}
