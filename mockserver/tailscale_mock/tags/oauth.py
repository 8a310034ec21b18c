"""Tag `oauth`: access tokens for trust credentials.

`/oauth/token` (client credentials grant) takes an OAuth client's id and secret;
`/oauth/token-exchange` (workload identity federation) takes a federated identity's id
and an OIDC ID token whose claims match it (`_oidc.check_id_token`; signatures are not
checked). Either way the token carries the credential's scopes, or the narrower `scope`
and `tags` asked for, and acts in the credential's tailnet.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Protocol
from urllib.parse import parse_qsl

from .._access import Grantor
from .._common import ApiError
from .._oidc import check_id_token
from .._operations import Context, Reply, handles

TOKEN_FIELDS = frozenset({"client_id", "client_secret", "scope", "tags", "grant_type"})
EXCHANGE_FIELDS = frozenset({"client_id", "jwt"})


class TokenIssuer(Protocol):
    """Where a token comes from: the tailnets served (the credential decides which tailnet)."""

    def oauth_client(self, client_id: str, secret: str) -> Grantor | None: ...

    def federated_identity(self, client_id: str) -> tuple[Mapping[str, Any], Grantor] | None: ...


def covers(granted: Iterable[str], wanted: str) -> bool:
    """Whether scopes `granted` include `wanted` (`all` holds every scope, `x` holds `x:read`)."""
    held = set(granted)
    if wanted in held or "all" in held:
        return True
    if wanted.endswith(":read"):
        return "all:read" in held or wanted.removesuffix(":read") in held
    return False


def narrow(grantor: Grantor, scope: str | None, tags: str | None) -> tuple[str, str]:
    """The (scope, tags) of a new token: the credential's, or the subset asked for (else 400)."""
    scopes = scope.split() if scope else list(grantor.scopes)
    refused = [s for s in scopes if not covers(grantor.scopes, s)]
    if refused:
        raise ApiError(400, f"the client does not hold the scopes {' '.join(refused)}")
    wanted_tags = tags.split() if tags else list(grantor.tags or [])
    if grantor.tags is not None:
        foreign = [t for t in wanted_tags if t not in grantor.tags]
        if foreign:
            raise ApiError(400, f"the client does not hold the tags {' '.join(foreign)}")
    return " ".join(scopes), " ".join(wanted_tags)


def _form(ctx: Context, fields: frozenset[str]) -> dict[str, str]:
    form = dict(parse_qsl(ctx.text(), keep_blank_values=True))
    # openapi-core reads only the fields a form schema names, so it cannot see extra ones.
    unknown = sorted(form.keys() - fields)
    if unknown:
        raise ApiError(400, f"unknown form fields: {', '.join(unknown)}")
    return form


def _token(ctx: Context, grantor: Grantor, scope: str, tags: str) -> Reply:
    token = grantor.issue(ctx.token_ttl, scope, tags)
    body = {"access_token": token, "token_type": "Bearer", "expires_in": int(ctx.token_ttl)}
    return Reply(body={**body, "scope": scope})


@handles("createOauthToken")
def create_oauth_token(ctx: Context, tailnets: TokenIssuer) -> Reply:
    form = _form(ctx, TOKEN_FIELDS)
    grantor = tailnets.oauth_client(form["client_id"], form["client_secret"])
    if grantor is None:
        raise ApiError(401, "invalid client credentials")
    scope, tags = narrow(grantor, form.get("scope"), form.get("tags"))
    return _token(ctx, grantor, scope, tags)


@handles("exchangeOauthToken")
def exchange_oauth_token(ctx: Context, tailnets: TokenIssuer) -> Reply:
    form = _form(ctx, EXCHANGE_FIELDS)
    found = tailnets.federated_identity(form["client_id"])
    if found is None:
        raise ApiError(401, f"no federated identity has the client id {form['client_id']}")
    identity, grantor = found
    check_id_token(form["jwt"], identity)
    scope, tags = narrow(grantor, None, None)
    return _token(ctx, grantor, scope, tags)
