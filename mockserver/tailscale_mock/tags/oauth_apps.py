"""Tag `oauth-apps`: applications that sign users in with the authorization-code flow.

The schema checks names, lengths and that lists are not empty; the mock checks what it
cannot express: each redirect URI is a URL with a host, `https` unless the host is a
loopback one (`localhost`, `127.0.0.1`, `::1`), and never another raw IP address; and
`allowedNodeAttributes` needs the scope `devices:posture_attributes`. The client secret is
in the create response only; an update keeps it.
"""

from __future__ import annotations

import copy
import ipaddress
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

from .._common import ApiError, Clock, Ids, Record, Records, rfc3339
from .._operations import NO_BODY, Context, Reply, handles

LOOPBACK_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})
POSTURE_SCOPE = "devices:posture_attributes"
_SETTINGS = ("name", "description", "redirectURIs", "scopes", "allowedNodeAttributes")


class OAuthApps(Records):
    """OAuth apps by id; their client secrets are kept, never shown again."""

    missing = "OAuth app not found"

    def __init__(self, seed: list[dict[str, Any]], *, clock: Clock, ids: Ids) -> None:
        super().__init__()
        self._clock = clock
        self._ids = ids
        self._secrets: dict[str, str] = {}
        for entry in seed:
            app = self._new(entry)
            app["created"] = clock.at(entry["created"])
            app["updated"] = clock.at(entry["updated"])

    def _new(self, request: Mapping[str, Any]) -> Record:
        app_id = "a" + self._ids.admin_id(7) + "CNTRL"
        now = rfc3339(self._clock.now())
        app: Record = {"id": app_id, **_settings(request), "created": now, "updated": now}
        self._records[app_id] = app
        self._secrets[app_id] = f"tskey-client-{app_id}-{self._ids.admin_id(30)}"
        return app

    def create(self, request: Mapping[str, Any]) -> Record:
        _check(request)
        app = self._new(request)
        return {**copy.deepcopy(app), "clientSecret": self._secrets[app["id"]]}

    def update(self, app_id: str, request: Mapping[str, Any]) -> Record:
        app = self.find(app_id)
        _check(request)
        app.update(_settings(request), updated=rfc3339(self._clock.now()))
        return copy.deepcopy(app)

    def delete(self, app_id: str) -> None:
        super().delete(app_id)
        del self._secrets[app_id]


def _settings(request: Mapping[str, Any]) -> Record:
    """Every setting of an app: a full replacement, so what is left out is emptied."""
    settings: Record = {name: copy.deepcopy(request.get(name, [])) for name in _SETTINGS}
    settings["name"] = request["name"]
    settings["description"] = request.get("description", "")
    return settings


def _check(request: Mapping[str, Any]) -> None:
    for uri in request["redirectURIs"]:
        _check_redirect_uri(uri)
    if request.get("allowedNodeAttributes") and POSTURE_SCOPE not in request["scopes"]:
        raise ApiError(400, f"allowedNodeAttributes needs the scope {POSTURE_SCOPE}")


def _check_redirect_uri(uri: str) -> None:
    try:
        parts = urlsplit(uri)
        host = parts.hostname
    except ValueError:
        host = None
    if not host:
        raise ApiError(400, f"redirect URI {uri!r} is not a URL with a host")
    if host in LOOPBACK_HOSTS:
        return
    try:
        ipaddress.ip_address(host)
    except ValueError:
        pass
    else:
        raise ApiError(400, f"redirect URI {uri!r}: hosts that are IP addresses are not allowed")
    if parts.scheme != "https":
        raise ApiError(400, f"redirect URI {uri!r} must use https (only loopback hosts may not)")


# ---------------------------------------------------------------------- handlers


@handles("listOAuthApps")
def list_oauth_apps(ctx: Context, apps: OAuthApps) -> Reply:
    return Reply(body={"oauthApps": [copy.deepcopy(a) for a in apps.values()]})


@handles("createOAuthApp")
def create_oauth_app(ctx: Context, apps: OAuthApps) -> Reply:
    return Reply(body=apps.create(ctx.json()))


@handles("getOAuthApp")
def get_oauth_app(ctx: Context, apps: OAuthApps) -> Reply:
    return Reply(body=copy.deepcopy(apps.find(ctx.path["appId"])))


@handles("updateOAuthApp")
def update_oauth_app(ctx: Context, apps: OAuthApps) -> Reply:
    return Reply(body=apps.update(ctx.path["appId"], ctx.json()))


@handles("deleteOAuthApp")
def delete_oauth_app(ctx: Context, apps: OAuthApps) -> Reply:
    apps.delete(ctx.path["appId"])
    return NO_BODY
