"""The demo tailnet's seed data: `seed/demo.yaml` and its policy file `seed/policy.hujson`."""

from __future__ import annotations

import copy
import functools
from pathlib import Path
from typing import Any

import yaml

SEED_DIR = Path(__file__).resolve().parent / "seed"
UUID = "<uuid>"  # a value drawn from the seed


@functools.cache
def _load(name: str) -> tuple[dict[str, Any], str]:
    data: dict[str, Any] = yaml.safe_load((SEED_DIR / f"{name}.yaml").read_text(encoding="utf-8"))
    policy = (SEED_DIR / "policy.hujson").read_text(encoding="utf-8")
    return data, policy


def demo_seed(name: str = "demo") -> tuple[dict[str, Any], str]:
    """(sections by tag, policy text) of `seed/<name>.yaml`: a fresh copy each call.

    `demo` is the demo tailnet; `api-only` a tailnet without people or devices, as
    `createOrganizationTailnet` makes them.
    """
    data, policy = _load(name)
    return copy.deepcopy(data), policy
