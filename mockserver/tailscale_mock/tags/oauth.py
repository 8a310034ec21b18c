"""Tag `oauth`: access tokens for OAuth clients (client credentials grant)."""

from __future__ import annotations

from typing import Protocol
from urllib.parse import parse_qsl

from .._common import ApiError
from .._operations import Context, Reply, handles

FORM_FIELDS = frozenset({"client_id", "client_secret", "scope", "tags"})


class TokenIssuer(Protocol):
    """Where a token comes from: the tailnets served (the client decides which tailnet)."""

    def issue_token(
        self, client_id: str, secret: str, ttl: float, scope: str, tags: str
    ) -> str | None: ...


@handles("createOauthToken")
def create_oauth_token(ctx: Context, tailnets: TokenIssuer) -> Reply:
    form = dict(parse_qsl(ctx.text(), keep_blank_values=True))
    # openapi-core reads only the fields a form schema names, so it cannot see extra ones.
    unknown = sorted(form.keys() - FORM_FIELDS)
    if unknown:
        raise ApiError(400, f"unknown form fields: {', '.join(unknown)}")
    scope = form.get("scope") or "all"
    token = tailnets.issue_token(
        form["client_id"], form["client_secret"], ctx.token_ttl, scope, form.get("tags", "")
    )
    if token is None:
        raise ApiError(401, "invalid client credentials")
    return Reply(
        body={
            "access_token": token,
            "token_type": "Bearer",
            "expires_in": int(ctx.token_ttl),
            "scope": scope,
        }
    )
