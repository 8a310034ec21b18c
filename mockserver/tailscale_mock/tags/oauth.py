"""Tag `oauth`: access tokens for OAuth clients (client credentials grant)."""

from __future__ import annotations

from urllib.parse import parse_qsl

from .._common import ApiError
from .._operations import Context, Reply, handles

FORM_FIELDS = frozenset({"client_id", "client_secret", "scope", "tags"})


@handles("createOauthToken")
def create_oauth_token(ctx: Context) -> Reply:
    form = dict(parse_qsl(ctx.text(), keep_blank_values=True))
    # openapi-core reads only the fields a form schema names, so it cannot see extra ones.
    unknown = sorted(form.keys() - FORM_FIELDS)
    if unknown:
        raise ApiError(400, f"unknown form fields: {', '.join(unknown)}")
    # The client decides the tailnet: the token acts on the tailnet the client belongs to.
    tailnet = ctx.tailnets.of_client(form["client_id"], form["client_secret"])
    if tailnet is None:
        raise ApiError(401, "invalid client credentials")
    scope = form.get("scope") or "all"
    token = ctx.tailnets.issue_token(tailnet, ctx.token_ttl, scope, form.get("tags", ""))
    return Reply(
        body={
            "access_token": token,
            "token_type": "Bearer",
            "expires_in": int(ctx.token_ttl),
            "scope": scope,
        }
    )
