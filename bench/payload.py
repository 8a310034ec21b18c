"""A deterministic ``GET /tailnet/-/devices?fields=all`` body of realistic devices.

    python -m bench.payload --devices 10000 --out /tmp/devices.json

Shapes follow what the real API sends with ``fields=all``: full ``clientConnectivity`` (a
quarter of the devices report latency to ~25 DERP regions, the rest to a few), subnet
routes, tags, posture identity, and the API's loose values (``null`` booleans, ``""``
times on shared-in devices). The same seed gives the same bytes, so nothing is committed.
"""

from __future__ import annotations

import argparse
import json
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

__all__ = ["device_list", "encode"]

DERP_REGIONS = (
    "Amsterdam", "Bangalore", "Chicago", "Dallas", "Denver", "Dubai", "Frankfurt",
    "Hong Kong", "Honolulu", "Johannesburg", "London", "Los Angeles", "Madrid", "Miami",
    "Nairobi", "New York City", "Paris", "Sao Paulo", "San Francisco", "Seattle",
    "Singapore", "Sydney", "Tokyo", "Toronto", "Warsaw",
)  # fmt: skip
OSES = ("linux", "linux", "linux", "macOS", "windows", "iOS", "android", "freebsd", "tvOS")
USERS = tuple(f"user{n}@example.com" for n in range(40))
TAGS = ("tag:server", "tag:prod", "tag:ci", "tag:db", "tag:k8s", "tag:exit", "tag:golink")
_ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
# Fixed, so that the bytes do not depend on the day they are generated.
NOW = datetime(2026, 3, 1, 12, 0, 0, tzinfo=UTC)


def _rfc3339(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _token(rng: random.Random, length: int) -> str:
    return "".join(rng.choices(_ALNUM, k=length))


def _maybe_null(rng: random.Random, value: bool) -> bool | None:
    # The API sends null where it does not know; a few percent of the booleans.
    return None if rng.random() < 0.03 else value


def _connectivity(rng: random.Random, index: int) -> dict[str, Any]:
    regions = DERP_REGIONS if index % 4 == 0 else rng.sample(DERP_REGIONS, rng.randint(2, 4))
    preferred = rng.choice(regions)
    latency = {}
    for region in regions:
        entry: dict[str, Any] = {"latencyMs": round(2 + rng.random() * 250, 6)}
        if region == preferred:
            entry["preferred"] = True
        latency[region] = entry
    return {
        "endpoints": [
            f"203.0.{rng.randint(0, 255)}.{rng.randint(1, 254)}:41641",
            f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}:41641",
            f"[2001:db8::{rng.randint(1, 0xFFFF):x}]:41641",
        ],
        "derp": "",
        "mappingVariesByDestIP": _maybe_null(rng, rng.random() < 0.2),
        "latency": latency,
        "clientSupports": {
            "hairPinning": _maybe_null(rng, False),
            "ipv6": _maybe_null(rng, rng.random() < 0.5),
            "pcp": _maybe_null(rng, False),
            "pmp": _maybe_null(rng, rng.random() < 0.1),
            "udp": _maybe_null(rng, True),
            "upnp": _maybe_null(rng, rng.random() < 0.3),
        },
    }


def _client_version(rng: random.Random) -> str:
    minor, patch = rng.randint(60, 80), rng.randint(0, 4)
    return f"1.{minor}.{patch}-t{_token(rng, 9).lower()}-g{_token(rng, 9).lower()}"


def _device(rng: random.Random, index: int) -> dict[str, Any]:
    external = rng.random() < 0.02
    os_name = rng.choice(OSES)
    host = f"{os_name.lower()}-{index:05d}"
    created = NOW - timedelta(days=rng.randint(1, 900), seconds=rng.randint(0, 86399))
    routes = [f"10.{rng.randint(0, 255)}.{n}.0/24" for n in range(rng.choice((0, 0, 0, 1, 3)))]
    tags = sorted(rng.sample(TAGS, rng.choice((0, 0, 1, 2))))
    identity: dict[str, Any] = (
        {"serialNumbers": [_token(rng, 12).upper()]}
        if os_name in ("macOS", "windows")
        else {"disabled": True}
    )
    return {
        "addresses": [
            f"100.{rng.randint(64, 127)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            "fd7a:115c:a1e0:" + ":".join(f"{rng.randint(0, 0xFFFF):x}" for _ in range(5)),
        ],
        "id": str(100000000000 + index * 7919),
        "nodeId": f"n{_token(rng, 7)}CNTRL",
        "user": rng.choice(USERS) if not external else "friend@example.org",
        "name": f"{host}.{'tail1234' if external else 'tailfe8c'}.ts.net",
        "hostname": host,
        "clientVersion": "" if external else _client_version(rng),
        "updateAvailable": None if external else rng.random() < 0.3,
        "os": os_name,
        "created": "" if external else _rfc3339(created),
        "lastSeen": _rfc3339(NOW - timedelta(seconds=rng.randint(0, 86400 * 30))),
        "keyExpiryDisabled": rng.random() < 0.1,
        "expires": _rfc3339(created + timedelta(days=180)),
        "authorized": rng.random() < 0.97,
        "isExternal": external,
        "machineKey": "" if external else f"mkey:{_token(rng, 64).lower()}",
        "nodeKey": f"nodekey:{_token(rng, 64).lower()}",
        "blocksIncomingConnections": rng.random() < 0.05,
        "enabledRoutes": routes[: len(routes) // 2 + len(routes) % 2],
        "advertisedRoutes": routes,
        "clientConnectivity": _connectivity(rng, index),
        "tags": tags,
        "tailnetLockError": "",
        "tailnetLockKey": f"tlpub:{_token(rng, 64).lower()}",
        "postureIdentity": identity,
    }


def device_list(count: int = 10_000, seed: int = 6) -> dict[str, Any]:
    """The decoded body: ``{"devices": [...]}`` with ``count`` devices."""
    rng = random.Random(seed)
    return {"devices": [_device(rng, index) for index in range(count)]}


def encode(body: dict[str, Any]) -> bytes:
    """Bytes as the API sends them (compact JSON, which is the fastest for json.loads)."""
    return json.dumps(body, separators=(",", ":")).encode()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--devices", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    raw = encode(device_list(args.devices, args.seed))
    args.out.write_bytes(raw)
    print(f"{args.out}: {args.devices} devices, {len(raw) / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
