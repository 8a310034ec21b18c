"""Quickstart: list devices, create and delete an auth key, read the policy file and preview it.

With TAILSCALE_API_KEY (or TAILSCALE_OAUTH_CLIENT_ID and TAILSCALE_OAUTH_CLIENT_SECRET) set,
this talks to the real Tailscale API (TAILSCALE_TAILNET and TAILSCALE_BASE_URL are optional).
Without credentials it starts the embedded mock API in-process and runs against that.

    python examples/quickstart.py          # or: make run
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from datetime import UTC, datetime

from tailscale_sdk import Tailscale, TailscaleError
from tailscale_sdk_generated.models.device import Device


def connect() -> tuple[Tailscale, str]:
    """A client for the real API if credentials are set, else for the embedded mock."""
    if os.environ.get("TAILSCALE_API_KEY") or os.environ.get("TAILSCALE_OAUTH_CLIENT_ID"):
        return Tailscale.from_env(), "the Tailscale API"
    import httpx

    from tailscale_mock import DEMO_API_KEY, create_app, sync_transport

    mock = httpx.Client(transport=sync_transport(create_app()))
    client = Tailscale(api_key=DEMO_API_KEY, base_url="http://127.0.0.1/api/v2", http_client=mock)
    return client, "the embedded mock API (set TAILSCALE_API_KEY to use your tailnet)"


def ago(moment: object) -> str:
    if not isinstance(moment, datetime):
        return "-"
    seconds = int((datetime.now(UTC) - moment).total_seconds())
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if abs(seconds) >= size:
            return f"{seconds // size}{unit} ago"
    return "just now"


def table(rows: Sequence[Sequence[str]]) -> str:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
        for row in rows
    ]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(line.rstrip() for line in lines)


def device_row(device: Device) -> list[str]:
    ipv4 = next((a for a in device.addresses or [] if "." in a), "-")
    tags = ",".join(device.tags or []) or "-"
    owner = "(shared in)" if device.is_external else (device.user or "-")
    return [device.hostname or "-", device.os or "-", ipv4, owner, tags, ago(device.last_seen)]


def main() -> int:
    ts, where = connect()
    with ts:
        print(f"Connected to {where}, tailnet {ts.tailnet!r}.\n")

        devices = ts.devices.list()
        print(f"{len(devices)} devices:")
        header = ["HOSTNAME", "OS", "IPV4", "OWNER", "TAGS", "LAST SEEN"]
        print(table([header, *(device_row(d) for d in devices)]) + "\n")

        tags = os.environ.get("TAILSCALE_QUICKSTART_TAGS", "").split()
        key = ts.keys.create(
            ephemeral=True, expiry=600, tags=tags, description="tailscale-sdk quickstart"
        )
        # key.key holds the secret; it is shown only once and we never print it.
        expires = f"{key.expires:%Y-%m-%d %H:%M} UTC" if isinstance(key.expires, datetime) else "-"
        print(f"Created auth key {key.id} (ephemeral, expires {expires}).")
        if key.id:  # an empty success or a null id leaves nothing to delete
            ts.keys.delete(key.id)
            print(f"Deleted auth key {key.id}.\n")

        policy = ts.policy.get()
        rules = policy.data.get("acls", []) + policy.data.get("grants", [])
        comments = sum(line.lstrip().startswith("//") for line in policy.text.splitlines())
        print(
            f"Policy file: {len(policy.text.splitlines())} lines, {comments} comment lines, "
            f"{len(rules)} rules, ETag {policy.etag}"
        )
        user = next((d.user for d in devices if d.user and not d.is_external), None)
        if user:
            preview = ts.policy.preview(policy, user=user)
            print(f"Rules that apply to {user}:")
            for match in preview.matches or []:
                sources, destinations = ", ".join(match.users or []), ", ".join(match.ports or [])
                print(f"  line {match.line_number}: {sources} -> {destinations}")
    print("\nDone.")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except TailscaleError as error:
        print(f"error: {error}", file=sys.stderr)
        sys.exit(1)
