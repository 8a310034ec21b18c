"""OIDC ID tokens for workload identity federation: test tokens, and the checks the mock makes.

The mock checks the claims of an ID token, never its signature: it has no identity
provider whose keys it could fetch. A test token is an unsigned JWT (`alg: none`), and a
signed one is accepted as well, its signature ignored. PyJWT (well kept, typed) parses the
token and checks `exp`, `nbf`, `iss` and `aud`; the wildcard patterns of `sub` and the
custom claims are matched here.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Mapping
from typing import Any

import jwt

from ._common import ApiError

DEMO_OIDC_ISSUER = "https://token.actions.githubusercontent.com"
"""The issuer the demo federated identity accepts."""
DEMO_OIDC_SUBJECT = "repo:example/infra:ref:refs/heads/main"
"""A subject the demo federated identity accepts (its pattern is `repo:example/infra:*`)."""
DEMO_OIDC_AUDIENCE = "api.tailscale.com/kDEMO6CNTRL"
"""The audience the demo federated identity requires."""
DEMO_OIDC_CLAIMS: Mapping[str, str] = {"repository_owner": "example"}
"""Custom claims the demo federated identity's `customClaimRules` require."""
_REQUIRED = ("iss", "sub", "aud", "exp")


def make_test_id_token(
    *,
    issuer: str = DEMO_OIDC_ISSUER,
    subject: str = DEMO_OIDC_SUBJECT,
    audience: str | list[str] = DEMO_OIDC_AUDIENCE,
    expires_in: float = 600,
    not_before: float | None = None,
    **claims: Any,
) -> str:
    """An unsigned OIDC ID token (a JWT with `alg: none`) that the mock's token exchange reads.

    The defaults make a token the demo federated identity (`DEMO_FEDERATED_CLIENT_ID`)
    accepts for ten minutes, its custom claims (`DEMO_OIDC_CLAIMS`) included. `claims` add
    or replace claims; a claim given as None is left out. `expires_in` and `not_before` are
    seconds from now (negative for the past).
    """
    now = int(time.time())
    payload: dict[str, Any] = {
        **DEMO_OIDC_CLAIMS,
        "iss": issuer,
        "sub": subject,
        "aud": audience,
        "iat": now,
        "exp": now + int(expires_in),
    }
    if not_before is not None:
        payload["nbf"] = now + int(not_before)
    payload.update(claims)
    payload = {k: v for k, v in payload.items() if v is not None}
    return jwt.encode(payload, key=None, algorithm="none")


def check_id_token(token: str, identity: Mapping[str, Any]) -> dict[str, Any]:
    """The claims of `token` if they match the federated identity, else a 400 or 401."""
    try:
        claims: dict[str, Any] = jwt.decode(
            token,
            options={
                "verify_signature": False,
                "verify_exp": True,
                "verify_nbf": True,
                "verify_iss": True,
                "verify_aud": True,
                "require": list(_REQUIRED),
            },
            issuer=identity.get("issuer") or "",
            audience=identity.get("audience") or "",
        )
    except jwt.ExpiredSignatureError:
        raise ApiError(401, "the ID token has expired (exp is in the past)") from None
    except jwt.ImmatureSignatureError:
        raise ApiError(401, "the ID token is not valid yet (nbf is in the future)") from None
    except jwt.InvalidIssuerError:
        raise ApiError(401, "the ID token's iss does not match the identity's issuer") from None
    except jwt.InvalidAudienceError:
        raise ApiError(401, "the ID token's aud does not match the identity's audience") from None
    except jwt.MissingRequiredClaimError as exc:
        raise ApiError(400, f"the ID token has no {exc.claim} claim") from None
    except jwt.InvalidTokenError as exc:
        raise ApiError(400, f"not a valid JWT: {exc}") from None
    if not wildcard_match(identity.get("subject") or "", _claim_text(claims["sub"])):
        raise ApiError(401, "the ID token's sub does not match the identity's subject")
    for name, pattern in (identity.get("customClaimRules") or {}).items():
        if name not in claims or not wildcard_match(pattern or "", _claim_text(claims[name])):
            raise ApiError(401, f"the ID token's {name} claim does not match the identity's rule")
    return claims


def wildcard_match(pattern: str, value: str) -> bool:
    """Whether `value` matches `pattern`, in which `*` stands for any run of characters."""
    regex = ".*".join(re.escape(part) for part in pattern.split("*"))
    return re.fullmatch(regex, value, flags=re.DOTALL) is not None


def _claim_text(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value)
