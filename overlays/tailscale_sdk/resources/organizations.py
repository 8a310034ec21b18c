"""Alpha: the tailnets of an organization (spec tag ``organizations``): ``ts.organizations``.

Tailscale marks these operations Alpha: their contract may still change, and this module's
methods with it.
"""

from __future__ import annotations

from functools import partial

from tailscale_sdk_generated.api.organizations import (
    create_organization_tailnet,
    delete_tailnet,
    list_organization_tailnets,
)
from tailscale_sdk_generated.models.create_organization_tailnet_request import (
    CreateOrganizationTailnetRequest,
)
from tailscale_sdk_generated.models.create_organization_tailnet_response import (
    CreateOrganizationTailnetResponse,
)
from tailscale_sdk_generated.models.list_organization_tailnets_response import (
    ListOrganizationTailnetsResponse,
)
from tailscale_sdk_generated.models.organization_tailnet import OrganizationTailnet
from tailscale_sdk_generated.types import UNSET

from .. import _validate as check
from .._core import (
    Call,
    M,
    Page,
    PageRequest,
    Resource,
    call,
    call_map,
    call_none,
    operation,
    paginated,
)

__all__ = ["Organizations"]

_LIMIT = check.rule("listOrganizationTailnets.limit")
_CURSOR = check.rule("listOrganizationTailnets.cursor")
_DISPLAY_NAME = check.rule("CreateOrganizationTailnetRequest.displayName")


def _page(body: ListOrganizationTailnetsResponse) -> Page[OrganizationTailnet]:
    total = body.total_count if isinstance(body.total_count, int) else None
    cursor = body.cursor if isinstance(body.cursor, str) else None
    return Page(body.tailnets or [], cursor, total)


class Organizations(Resource[M]):
    """Alpha: an organization's tailnets, including API-only tailnets made through the API.

    ``organization`` is an organization id, or ``-`` (the default) for the caller's own.
    """

    def _pages(self, organization: str, limit: int | None) -> PageRequest[OrganizationTailnet]:
        org = check.identifier(organization, "organization")
        size = (
            UNSET
            if limit is None
            else check.conform(check.integer(limit, "limit"), _LIMIT, "limit")
        )

        def page(cursor: str | None) -> Call[Page[OrganizationTailnet]]:
            send = partial(
                list_organization_tailnets.sync_detailed,
                org,
                limit=size,
                cursor=UNSET if cursor is None else cursor,
            )
            return call_map(send, _page)

        return page

    @paginated("listOrganizationTailnets")
    def list_tailnets(
        self, *, organization: str = "-", limit: int | None = None
    ) -> PageRequest[OrganizationTailnet]:
        """Alpha. Every tailnet of the organization, fetched page by page as you iterate.

        ``limit`` is the page size asked for (1 to 100; the server may send fewer).
        """
        return self._pages(organization, limit)

    @operation("listOrganizationTailnets")
    def list_tailnets_page(
        self, cursor: str | None = None, *, organization: str = "-", limit: int | None = None
    ) -> Call[Page[OrganizationTailnet]]:
        """Alpha. One page of the organization's tailnets: ``cursor`` from the page before
        (None for the first); ``page.cursor`` is empty or None after the last page."""
        if cursor is not None:
            cursor = check.conform(check.text(cursor, "cursor"), _CURSOR, "cursor")
        return self._pages(organization, limit)(cursor)

    @operation("createOrganizationTailnet")
    def create_tailnet(
        self, display_name: str, *, organization: str = "-"
    ) -> Call[CreateOrganizationTailnetResponse]:
        """Alpha. Create an API-only tailnet; its OAuth client's secret is in this result only.

        ``result.already_exists`` is true when a tailnet of that name existed and was returned
        instead (then without a new OAuth client).
        """
        name = check.conform(
            check.text(display_name, "display_name"), _DISPLAY_NAME, "display_name"
        )
        body = CreateOrganizationTailnetRequest(display_name=name)
        org = check.identifier(organization, "organization")
        return call(partial(create_organization_tailnet.sync_detailed, org, body=body))

    @operation("deleteTailnet")
    def delete_tailnet(self, tailnet: str, *, confirm: str) -> Call[None]:
        """Alpha. Delete a tailnet for good, with its users, devices and settings.

        Name the tailnet twice: ``delete_tailnet(tailnet_id, confirm=tailnet_id)``; nothing
        is sent unless both are the same id (``-`` is refused). The client must act with
        credentials of that tailnet, such as the OAuth client ``create_tailnet`` returned.
        """
        name = check.identifier(tailnet, "tailnet")
        if name == "-":
            raise ValueError("delete_tailnet needs the tailnet's id, not '-'")
        if not isinstance(confirm, str):
            raise TypeError(f"confirm must be a str, not {type(confirm).__name__}")
        if confirm != name:
            raise ValueError(
                f"confirm={confirm!r} does not name the tailnet {name!r}: nothing was deleted"
            )
        return call_none(partial(delete_tailnet.sync_detailed, name))
