"""Who may act on a tailnet: its API keys, its OAuth clients and the access tokens they issued."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from ._common import Ids


@dataclass(frozen=True)
class Principal:
    """Who a request authenticates as: a user's API token or an OAuth access token.

    `tailnet` names the tailnet the credential belongs to (the one `-` stands for).
    """

    kind: str  # "user" | "oauth"
    user_id: str
    login_name: str
    tailnet: str


@dataclass(frozen=True)
class Grantor:
    """A credential that may be given access tokens: its scopes and tags, and how to issue.

    `tags` None: any tags may be asked for (the OAuth clients given to `create_app`).
    `issue(ttl, scope, tags)` returns a new token of the credential's tailnet.
    """

    scopes: Sequence[str]
    tags: Sequence[str] | None
    issue: Callable[[float, str, str], str]


@dataclass
class _Token:
    expires_at: float
    scope: str
    tags: str


class Access:
    """One tailnet's credentials. API keys act as `owner` (a login name).

    A tailnet without users (an API-only tailnet) has no owner and no API keys.
    """

    def __init__(
        self, api_keys: Iterable[str], oauth_clients: Mapping[str, str], owner: str | None
    ) -> None:
        self.api_keys = frozenset(api_keys)
        self.oauth_clients = dict(oauth_clients)
        self.owner = owner
        self._tokens: dict[str, _Token] = {}

    def __repr__(self) -> str:
        return f"Access(api_keys={len(self.api_keys)}, oauth_clients={sorted(self.oauth_clients)})"

    def client_matches(self, client_id: str, secret: str) -> bool:
        return self.oauth_clients.get(client_id) == secret

    def issue_token(self, ids: Ids, ttl: float, scope: str, tags: str) -> str:
        """A new OAuth access token, valid for `ttl` seconds."""
        token = f"tskey-api-k{ids.network_id(8)}CNTRL-{ids.network_id(30)}"
        self._tokens[token] = _Token(time.monotonic() + ttl, scope, tags)
        return token

    def token_valid(self, token: str) -> bool:
        entry = self._tokens.get(token)
        return entry is not None and entry.expires_at > time.monotonic()

    def expire_tokens(self) -> None:
        """Make every OAuth access token issued so far invalid (requests get 401)."""
        for entry in self._tokens.values():
            entry.expires_at = float("-inf")
