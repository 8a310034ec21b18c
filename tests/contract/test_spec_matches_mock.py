"""Request constraints of openapi.yaml that the mock (like the API) enforces beyond the old schema.

The fuzzing's positive cases follow the spec; where the spec admitted values the mock
refuses, most of them came back 400 ("Schema validation mismatch"). Each constraint here
admits exactly what the mock accepts.
"""

from __future__ import annotations

import ipaddress
import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tailscale_sdk_generated._constraints import RULES

CIDR = re.compile(RULES["Cidr"]["pattern"])


def networks(count: int) -> list[str]:
    """IPv4 and IPv6 prefixes as Python writes them, and IPv6 ones written out in full."""
    rnd = random.Random(20241122)
    found = []
    for _ in range(count):
        bits = rnd.getrandbits(128) >> rnd.choice([0, 32, 64, 112, 127])
        network = ipaddress.ip_network((bits % 2**32, rnd.randint(0, 32)), strict=False)
        found.append(str(network))
        network6 = ipaddress.ip_network((bits, rnd.randint(0, 128)), strict=False)
        found += [str(network6), f"{network6.network_address.exploded}/{network6.prefixlen}"]
    return found


def test_every_prefix_matches_the_route_pattern() -> None:
    for network in [*networks(2000), "0.0.0.0/0", "::/0", "fd7a:115c:a1e0::/48", "::1/128"]:
        assert CIDR.fullmatch(network), network


@pytest.mark.parametrize(
    "route",
    [
        "10.0.0.0/99",
        "0/0",
        "1.2.3/8",
        "256.0.0.0/8",
        "010.0.0.0/8",
        ":::/1",
        "fd7a::/129",
        "1::2::/64",
    ],
)
def test_what_the_mock_refuses_does_not_match(route: str) -> None:
    with pytest.raises(ValueError):
        ipaddress.ip_network(route, strict=False)
    assert CIDR.fullmatch(route) is None


@settings(max_examples=500, deadline=None)
@given(st.from_regex(CIDR, fullmatch=True).filter(lambda route: len(route) <= 43))
def test_what_the_route_pattern_admits_the_mock_accepts(route: str) -> None:
    ipaddress.ip_network(route, strict=False)
