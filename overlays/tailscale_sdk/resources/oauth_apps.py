"""OAuth apps (spec tag ``oauth-apps``): ``ts.oauth_apps``.

An OAuth app signs users in with the authorization-code flow. It is not an OAuth client (a
trust credential for machines): those are keys, see ``ts.keys.create_oauth_client``.
"""

from __future__ import annotations

import builtins
from collections.abc import Iterable
from functools import partial

from tailscale_sdk_generated.api.oauth_apps import (
    create_o_auth_app,
    delete_o_auth_app,
    get_o_auth_app,
    list_o_auth_apps,
    update_o_auth_app,
)
from tailscale_sdk_generated.models.o_auth_app import OAuthApp
from tailscale_sdk_generated.models.o_auth_app_request import OAuthAppRequest
from tailscale_sdk_generated.types import UNSET

from .. import _validate as check
from .._core import Call, M, Resource, call, call_map, call_none, operation

__all__ = ["OAuthApps"]

_NAME = check.rule("OAuthAppRequest.name")
_DESCRIPTION = check.rule("OAuthAppRequest.description")
_REDIRECT_URIS = check.rule("OAuthAppRequest.redirectURIs")
_SCOPES = check.rule("OAuthAppRequest.scopes")
_ATTRIBUTES = check.rule("OAuthAppRequest.allowedNodeAttributes")


def _app(app_id: str) -> str:
    return check.identifier(app_id, "app_id")


def _settings(
    name: str,
    redirect_uris: Iterable[str],
    scopes: Iterable[str],
    description: str | None,
    allowed_node_attributes: Iterable[str] | None,
) -> OAuthAppRequest:
    return OAuthAppRequest(
        name=check.conform(check.text(name, "name"), _NAME, "name"),
        redirect_ur_is=check.conform(
            check.strings(redirect_uris, "redirect_uris"), _REDIRECT_URIS, "redirect_uris"
        ),
        scopes=check.conform(check.strings(scopes, "scopes"), _SCOPES, "scopes"),
        description=UNSET
        if description is None
        else check.conform(check.text(description, "description"), _DESCRIPTION, "description"),
        allowed_node_attributes=UNSET
        if allowed_node_attributes is None
        else check.conform(
            check.strings(allowed_node_attributes, "allowed_node_attributes"),
            _ATTRIBUTES,
            "allowed_node_attributes",
        ),
    )


class OAuthApps(Resource[M]):
    """Applications that sign users in to Tailscale with the OAuth authorization-code flow."""

    @operation("listOAuthApps")
    def list(self, *, tailnet: str | None = None) -> Call[builtins.list[OAuthApp]]:
        """List the OAuth apps of the tailnet (without their secrets)."""
        send = partial(list_o_auth_apps.sync_detailed, self._tailnet(tailnet))
        return call_map(send, lambda page: page.oauth_apps or [])

    @operation("createOAuthApp")
    def create(
        self,
        name: str,
        *,
        redirect_uris: Iterable[str],
        scopes: Iterable[str],
        description: str | None = None,
        allowed_node_attributes: Iterable[str] | None = None,
        tailnet: str | None = None,
    ) -> Call[OAuthApp]:
        """Register an OAuth app; its secret (``app.client_secret``) is in this result only."""
        body = _settings(name, redirect_uris, scopes, description, allowed_node_attributes)
        return call(partial(create_o_auth_app.sync_detailed, self._tailnet(tailnet), body=body))

    @operation("getOAuthApp")
    def get(self, app_id: str, *, tailnet: str | None = None) -> Call[OAuthApp]:
        """Get one OAuth app, without its secret."""
        return call(partial(get_o_auth_app.sync_detailed, self._tailnet(tailnet), _app(app_id)))

    @operation("updateOAuthApp")
    def update(
        self,
        app_id: str,
        *,
        name: str,
        redirect_uris: Iterable[str],
        scopes: Iterable[str],
        description: str | None = None,
        allowed_node_attributes: Iterable[str] | None = None,
        tailnet: str | None = None,
    ) -> Call[OAuthApp]:
        """Replace an OAuth app's settings (its secret stays); returns it without the secret."""
        body = _settings(name, redirect_uris, scopes, description, allowed_node_attributes)
        send = partial(
            update_o_auth_app.sync_detailed, self._tailnet(tailnet), _app(app_id), body=body
        )
        return call(send)

    @operation("deleteOAuthApp")
    def delete(self, app_id: str, *, tailnet: str | None = None) -> Call[None]:
        """Delete an OAuth app; its secret stops working."""
        send = partial(delete_o_auth_app.sync_detailed, self._tailnet(tailnet), _app(app_id))
        return call_none(send)
