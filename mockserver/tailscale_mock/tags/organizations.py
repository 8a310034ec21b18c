"""Tag `organizations` (Alpha): the tailnets of an organization, API-only tailnets, deletion.

An `Organization` is shared by its tailnets; `tailnet.organizations` is a `Membership`,
the organization seen from one tailnet. The demo organization holds the demo tailnet and
a few API-only tailnets that are listed but not served (their OAuth clients' secrets were
shown once, to somebody else). `createOrganizationTailnet` makes a served API-only tailnet
(no users, no devices) with an OAuth client of scope `all`, through the `TailnetHost`
(`Tailnets`).

Listing pages hold at most `pageSize` tailnets (2 in the demo, so that pagination shows
even with `limit` 100: the API returns "up to" `limit`). The cursor is opaque: it names
the last tailnet of the page, so a tailnet created or deleted between pages neither
repeats nor skips others. The last page has an empty cursor.

Deleting a tailnet: only with a credential of that tailnet (`{tailnet}` naming another is
the usual 404), and only an API-only one: the organization's own tailnet holds its
people and cannot be deleted through the API (403). A deleted tailnet's API keys, OAuth
clients and tokens stop working at once (401).
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from .._common import ApiError, Clock, Ids, Record, not_found, rfc3339
from .._operations import NO_BODY, Context, Reply, handles

MAX_TAILNETS = 10


class TailnetHost(Protocol):
    """Serves and stops serving tailnets (the `Tailnets` of the app)."""

    def create_api_only(
        self, organization: Organization, tailnet_id: str, dns_name: str
    ) -> tuple[str, str]:
        """Serve a new API-only tailnet; returns (client id, secret) of its OAuth client."""
        ...

    def remove_named(self, name: str) -> None: ...


class Organization:
    """An organization's tailnets by id, in creation order."""

    def __init__(self, seed: Mapping[str, Any], *, first: str, clock: Clock, ids: Ids) -> None:
        self.org_id: str = seed["id"]
        self.page_size: int = seed["pageSize"]
        self.host: TailnetHost | None = None
        self._clock = clock
        self._ids = ids
        self.tailnets: dict[str, Record] = {}
        self._created: list[str] = []  # every id ever, deleted ones included
        self.api_only: set[str] = set()
        self._add(first, seed["displayName"], clock.at(seed["created"]))
        for entry in seed["apiOnlyTailnets"]:
            self._add(entry["id"], entry["displayName"], clock.at(entry["created"]))
            self.api_only.add(entry["id"])

    def _add(self, tailnet_id: str, display_name: str, created: str) -> Record:
        record = {
            "id": tailnet_id,
            "displayName": display_name,
            "orgId": self.org_id,
            "createdAt": created,
        }
        self.tailnets[tailnet_id] = record
        self._created.append(tailnet_id)
        return record

    def check_id(self, reference: str) -> None:
        if reference not in ("-", self.org_id):
            raise not_found("organization not found")

    def page(self, limit: int | None, cursor: str | None) -> dict[str, Any]:
        ids = list(self.tailnets)
        start = 0
        if cursor is not None:
            # The cursor names the last tailnet shown; if it was deleted since, the page
            # goes on after the tailnets created before it (ids are never reused).
            after = _decode_cursor(cursor)
            if after not in self._created:
                raise ApiError(400, "invalid cursor")
            position = self._created.index(after)
            start = sum(1 for i in ids if self._created.index(i) <= position)
        size = min(limit or self.page_size, self.page_size)
        shown = ids[start : start + size]
        more = start + size < len(ids)
        return {
            "tailnets": [dict(self.tailnets[i]) for i in shown],
            "cursor": _encode_cursor(shown[-1]) if more and shown else "",
            "totalCount": len(ids),
        }

    def create(self, display_name: str) -> dict[str, Any]:
        existing = next(
            (t for t in self.tailnets.values() if t["displayName"] == display_name), None
        )
        if existing is not None:
            return {**existing, "alreadyExists": True}
        if len(self.tailnets) >= MAX_TAILNETS:
            raise ApiError(400, f"an organization holds at most {MAX_TAILNETS} tailnets")
        if self.host is None:
            raise ApiError(500, "this organization's tailnets are not served by an app")
        tailnet_id = "T" + self._ids.admin_id(7) + "CNTRL"
        dns_name = f"tail{self._ids.admin.getrandbits(24):06x}.ts.net"
        client_id, secret = self.host.create_api_only(self, tailnet_id, dns_name)
        record = self._add(tailnet_id, display_name, rfc3339(self._clock.now()))
        self.api_only.add(tailnet_id)
        return {
            **record,
            "dnsName": dns_name,
            "oauthClient": {"id": client_id, "secret": secret},
            "alreadyExists": False,
        }

    def delete(self, tailnet_id: str) -> None:
        if tailnet_id not in self.api_only:
            raise ApiError(403, "only API-only tailnets can be deleted through the API")
        del self.tailnets[tailnet_id]
        self.api_only.discard(tailnet_id)
        if self.host is not None:
            self.host.remove_named(tailnet_id)


@dataclass
class Membership:
    """The organization as one of its tailnets (`name`) sees it: the tag's state."""

    organization: Organization
    name: str


def _encode_cursor(tailnet_id: str) -> str:
    return base64.urlsafe_b64encode(f"after:{tailnet_id}".encode()).decode().rstrip("=")


def _decode_cursor(cursor: str) -> str:
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
    except (binascii.Error, UnicodeDecodeError, ValueError):
        text = ""
    if not text.startswith("after:"):
        raise ApiError(400, "invalid cursor")
    return text.removeprefix("after:")


# ---------------------------------------------------------------------- handlers


@handles("listOrganizationTailnets")
def list_organization_tailnets(ctx: Context, member: Membership) -> Reply:
    member.organization.check_id(ctx.path["organization"])
    limit = int(ctx.query["limit"]) if "limit" in ctx.query else None
    return Reply(body=member.organization.page(limit, ctx.query.get("cursor")))


@handles("createOrganizationTailnet")
def create_organization_tailnet(ctx: Context, member: Membership) -> Reply:
    member.organization.check_id(ctx.path["organization"])
    return Reply(body=member.organization.create(ctx.json()["displayName"]))


@handles("deleteTailnet")
def delete_tailnet(ctx: Context, member: Membership) -> Reply:
    member.organization.delete(member.name)
    return NO_BODY
