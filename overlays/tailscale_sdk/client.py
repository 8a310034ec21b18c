"""The clients: :class:`Tailscale` (blocking) and :class:`AsyncTailscale` (asyncio)."""

from __future__ import annotations

import os
from collections.abc import Iterable
from functools import cached_property
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Self

import httpx

from . import _validate as check
from ._core import Async, AsyncRunner, M, Sync, SyncRunner
from ._http import async_client, sync_client, user_agent
from .auth import (
    APIKeyAuth,
    IDTokenSource,
    OAuthClientCredentials,
    WorkloadIdentityCredentials,
    require_secure,
)
from .retries import RetryPolicy

if TYPE_CHECKING:
    from .resources.contacts import Contacts
    from .resources.device_invites import DeviceInvites
    from .resources.devices import Devices
    from .resources.dns import Dns
    from .resources.keys import Keys
    from .resources.logging import Logging
    from .resources.oauth_apps import OAuthApps
    from .resources.organizations import Organizations
    from .resources.policy_file import PolicyFile
    from .resources.posture_integrations import PostureIntegrations
    from .resources.services import Services
    from .resources.tailnet_settings import TailnetSettings
    from .resources.user_invites import UserInvites
    from .resources.users import Users
    from .resources.webhooks import Webhooks

__all__ = ["DEFAULT_BASE_URL", "DEFAULT_TIMEOUT", "AsyncTailscale", "Tailscale"]

DEFAULT_BASE_URL = "https://api.tailscale.com/api/v2"
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
DEFAULT_MAX_RETRIES = 2

# What from_env() reads: TAILSCALE_TAILNET, TAILSCALE_BASE_URL, and one kind of credentials:
# TAILSCALE_API_KEY; or TAILSCALE_OAUTH_CLIENT_ID with TAILSCALE_OAUTH_CLIENT_SECRET (an OAuth
# client), TAILSCALE_ID_TOKEN (an ID token) or TAILSCALE_ID_TOKEN_FILE (a file holding one, read
# at each exchange). Two kinds set at once raise ValueError; credentials passed as keywords
# replace all of these variables; keywords win; empty variables count as unset.
_ENV = {
    "tailnet": "TAILSCALE_TAILNET",
    "base_url": "TAILSCALE_BASE_URL",
}
# Credentials: at most one kind may be set, in the environment as in keywords.
_CREDENTIAL_ENV = {
    "api_key": "TAILSCALE_API_KEY",
    "oauth_client_id": "TAILSCALE_OAUTH_CLIENT_ID",
    "oauth_client_secret": "TAILSCALE_OAUTH_CLIENT_SECRET",
    "id_token": "TAILSCALE_ID_TOKEN",
    "id_token_file": "TAILSCALE_ID_TOKEN_FILE",
}


class _Settings:
    """Constructor arguments, checked and turned into what the httpx client needs."""

    def __init__(
        self,
        *,
        api_key: str | None,
        tailnet: str,
        base_url: str,
        timeout: float | httpx.Timeout | None,
        max_retries: int | RetryPolicy,
        oauth_client_id: str | None,
        oauth_client_secret: str | None,
        oauth_scopes: Iterable[str] | None,
        id_token: IDTokenSource | None,
        user_agent: str | None,
        allow_insecure_http: bool,
        pause_gc: bool,
    ) -> None:
        self.tailnet = check.identifier(tailnet, "tailnet")
        self.pause_gc = check.flag(pause_gc, "pause_gc")
        url = httpx.URL(check.nonblank(base_url, "base_url").rstrip("/"))
        if url.scheme not in ("http", "https") or not url.host:
            raise ValueError(f"base_url must be an http(s) URL, not {base_url!r}")
        require_secure(url, check.flag(allow_insecure_http, "allow_insecure_http"))
        self.base_url = str(url)
        self.auth = _auth(
            api_key,
            oauth_client_id,
            oauth_client_secret,
            oauth_scopes,
            id_token,
            base_url=self.base_url,
            allow_insecure_http=allow_insecure_http,
        )
        self.timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        self.retries = (
            max_retries
            if isinstance(max_retries, RetryPolicy)
            else RetryPolicy(max_retries=max_retries)
        )
        self.headers = {"User-Agent": _user_agent_header(user_agent), "Accept": "application/json"}


def _user_agent_header(prefix: str | None) -> str:
    if prefix is not None:
        check.identifier(prefix, "user_agent")
    return user_agent(prefix)


def _auth(
    api_key: str | None,
    client_id: str | None,
    client_secret: str | None,
    scopes: Iterable[str] | None,
    id_token: IDTokenSource | None,
    *,
    base_url: str,
    allow_insecure_http: bool,
) -> httpx.Auth:
    given = [
        name
        for name, value in (
            ("api_key", api_key),
            ("oauth_client_secret", client_secret),
            ("id_token", id_token),
        )
        if value is not None
    ]
    if len(given) > 1:
        raise ValueError(f"pass one kind of credentials, not both {given[0]} and {given[1]}")
    if api_key is not None:
        if client_id is not None:
            raise ValueError("pass either api_key or oauth_client_id, not both")
        return APIKeyAuth(api_key)
    if given and client_id is None:
        raise ValueError(
            f"{given[0]} needs oauth_client_id, the id of the OAuth client or federated identity"
        )
    if client_id is None or not given:
        raise ValueError(
            "no credentials: pass api_key=, or oauth_client_id= with oauth_client_secret= "
            "(an OAuth client) or id_token= (a federated identity); from_env() reads "
            "TAILSCALE_API_KEY, or TAILSCALE_OAUTH_CLIENT_ID with TAILSCALE_OAUTH_CLIENT_SECRET, "
            "TAILSCALE_ID_TOKEN or TAILSCALE_ID_TOKEN_FILE"
        )
    if id_token is not None:
        if scopes is not None:
            raise ValueError("oauth_scopes cannot narrow a federated identity's token")
        return WorkloadIdentityCredentials(
            client_id,
            id_token,
            token_url=f"{base_url}/oauth/token-exchange",
            allow_insecure_http=allow_insecure_http,
        )
    assert client_secret is not None
    return OAuthClientCredentials(
        client_id,
        client_secret,
        scopes=scopes,
        token_url=f"{base_url}/oauth/token",
        allow_insecure_http=allow_insecure_http,
    )


def _from_env(overrides: dict[str, Any]) -> dict[str, Any]:
    values = {name: os.environ[var] for name, var in _ENV.items() if os.environ.get(var)}
    if not any(name in overrides for name in _CREDENTIAL_ENV):
        values.update(_credentials_from_env())
    return {**values, **overrides}


def _credentials_from_env() -> dict[str, Any]:
    found: dict[str, Any] = {
        name: os.environ[var] for name, var in _CREDENTIAL_ENV.items() if os.environ.get(var)
    }
    kinds = [
        _CREDENTIAL_ENV[name]
        for name in ("api_key", "oauth_client_secret", "id_token", "id_token_file")
        if name in found
    ]
    if len(kinds) > 1:
        # Which one was meant cannot be known: guessing could act as the wrong identity.
        raise ValueError(f"set only one of {', '.join(kinds)} (credentials are ambiguous)")
    if "id_token_file" in found:
        found["id_token"] = Path(found.pop("id_token_file"))
    return found


class _Client(Generic[M]):
    """What both clients share: settings and the resource groups (one per spec tag)."""

    _runner: SyncRunner | AsyncRunner

    def __init__(self, settings: _Settings) -> None:
        self._settings = settings

    @property
    def tailnet(self) -> str:
        """The tailnet used when a method is not given one (``-``: the caller's own)."""
        return self._settings.tailnet

    @property
    def base_url(self) -> str:
        return self._settings.base_url

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={self.base_url!r}, tailnet={self.tailnet!r}, "
            f"auth={self._settings.auth!r})"
        )

    @cached_property
    def devices(self) -> Devices[M]:
        """Devices of the tailnet (spec tag ``devices``)."""
        from .resources.devices import Devices

        return Devices(self._runner)

    @cached_property
    def device_invites(self) -> DeviceInvites[M]:
        """Device share invites (spec tag ``device-invites``)."""
        from .resources.device_invites import DeviceInvites

        return DeviceInvites(self._runner)

    @cached_property
    def user_invites(self) -> UserInvites[M]:
        """User invites (spec tag ``user-invites``)."""
        from .resources.user_invites import UserInvites

        return UserInvites(self._runner)

    @cached_property
    def policy_file(self) -> PolicyFile[M]:
        """The tailnet policy file (spec tag ``policy-file``); also ``policy``."""
        from .resources.policy_file import PolicyFile

        return PolicyFile(self._runner)

    @property
    def policy(self) -> PolicyFile[M]:
        """Short name of :attr:`policy_file` (the same object)."""
        return self.policy_file

    @cached_property
    def keys(self) -> Keys[M]:
        """Auth keys and API access tokens (spec tag ``keys``)."""
        from .resources.keys import Keys

        return Keys(self._runner)

    @cached_property
    def dns(self) -> Dns[M]:
        """Tailnet DNS settings (spec tag ``dns``)."""
        from .resources.dns import Dns

        return Dns(self._runner)

    @cached_property
    def users(self) -> Users[M]:
        """Users of the tailnet (spec tag ``users``)."""
        from .resources.users import Users

        return Users(self._runner)

    @cached_property
    def webhooks(self) -> Webhooks[M]:
        """Webhook endpoints (spec tag ``webhooks``); see also :func:`verify_webhook`."""
        from .resources.webhooks import Webhooks

        return Webhooks(self._runner)

    @cached_property
    def contacts(self) -> Contacts[M]:
        """Tailnet contacts (spec tag ``contacts``)."""
        from .resources.contacts import Contacts

        return Contacts(self._runner)

    @cached_property
    def logging(self) -> Logging[M]:
        """Audit logs, flow logs and log streaming (spec tag ``logging``)."""
        from .resources.logging import Logging

        return Logging(self._runner)

    @cached_property
    def posture_integrations(self) -> PostureIntegrations[M]:
        """Device posture integrations (spec tag ``posture-integrations``)."""
        from .resources.posture_integrations import PostureIntegrations

        return PostureIntegrations(self._runner)

    @cached_property
    def tailnet_settings(self) -> TailnetSettings[M]:
        """Tailnet settings (spec tag ``tailnet-settings``)."""
        from .resources.tailnet_settings import TailnetSettings

        return TailnetSettings(self._runner)

    @cached_property
    def services(self) -> Services[M]:
        """Tailscale Services and the devices that host them (spec tag ``services``)."""
        from .resources.services import Services

        return Services(self._runner)

    @cached_property
    def oauth_apps(self) -> OAuthApps[M]:
        """OAuth apps, for the authorization-code flow (spec tag ``oauth-apps``)."""
        from .resources.oauth_apps import OAuthApps

        return OAuthApps(self._runner)

    @cached_property
    def organizations(self) -> Organizations[M]:
        """Alpha: the tailnets of an organization (spec tag ``organizations``)."""
        from .resources.organizations import Organizations

        return Organizations(self._runner)


class Tailscale(_Client[Sync]):
    """A client for the Tailscale API v2.

    Credentials, one kind: ``api_key`` (``tskey-api-...``); or ``oauth_client_id`` and
    ``oauth_client_secret`` of an OAuth client (tokens are fetched and renewed as needed,
    narrowed to ``oauth_scopes`` if given); or ``oauth_client_id`` of a federated identity
    and ``id_token``, an OIDC ID token (a str, a ``pathlib.Path`` of a file holding it, or a
    function returning a fresh one), exchanged for tokens as needed (workload identity
    federation, :class:`~tailscale_sdk.WorkloadIdentityCredentials`). ``tailnet`` is the
    default for every method (``-`` is the credentials' own tailnet). Failed requests are
    retried ``max_retries`` times (an int, or a :class:`~tailscale_sdk.retries.RetryPolicy`);
    ``timeout`` is in seconds or an ``httpx.Timeout``. ``user_agent`` is put in front of the
    SDK's own User-Agent.

    ``http_client``: requests go out through ``http_client.send()``, so its transport,
    connection pool, proxy and TLS settings and event hooks apply; its ``base_url``,
    ``auth``, default headers and timeout are not used, and it is not closed by
    :meth:`close`. Credentials, retries and typed errors apply as without it.

    Plain ``http://`` is refused for anything but loopback addresses unless
    ``allow_insecure_http=True``.

    ``pause_gc``: a response body of 256 KiB or more (some 180 devices with ``fields="all"``)
    is decoded with Python's cyclic garbage collector paused, ~2.8x as fast for 10,000
    devices; ``pause_gc=False`` leaves the collector alone (README, "Performance").
    """

    _runner: SyncRunner

    def __init__(
        self,
        *,
        api_key: str | None = None,
        tailnet: str = "-",
        base_url: str = DEFAULT_BASE_URL,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int | RetryPolicy = DEFAULT_MAX_RETRIES,
        oauth_client_id: str | None = None,
        oauth_client_secret: str | None = None,
        oauth_scopes: Iterable[str] | None = None,
        id_token: IDTokenSource | None = None,
        user_agent: str | None = None,
        http_client: httpx.Client | None = None,
        allow_insecure_http: bool = False,
        pause_gc: bool = True,
    ) -> None:
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise TypeError(
                f"http_client must be an httpx.Client, not {type(http_client).__name__}"
            )
        settings = _Settings(
            api_key=api_key,
            tailnet=tailnet,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            oauth_client_id=oauth_client_id,
            oauth_client_secret=oauth_client_secret,
            oauth_scopes=oauth_scopes,
            id_token=id_token,
            user_agent=user_agent,
            allow_insecure_http=allow_insecure_http,
            pause_gc=pause_gc,
        )
        super().__init__(settings)
        http = sync_client(
            base_url=settings.base_url,
            auth=settings.auth,
            headers=settings.headers,
            timeout=settings.timeout,
            retries=settings.retries,
            http_client=http_client,
        )
        self._runner = SyncRunner(http, settings.tailnet, pause_gc=settings.pause_gc)

    @classmethod
    def from_env(cls, **overrides: Any) -> Self:
        """A client from ``TAILSCALE_*`` variables; two kinds of credentials raise (see README)."""
        return cls(**_from_env(overrides))

    def close(self) -> None:
        """Close the connections (not those of an ``http_client`` you passed in)."""
        self._runner.http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncTailscale(_Client[Async]):
    """The asyncio client: as :class:`Tailscale`, with methods that return coroutines.

    ``http_client`` must be an ``httpx.AsyncClient``.
    """

    _runner: AsyncRunner

    def __init__(
        self,
        *,
        api_key: str | None = None,
        tailnet: str = "-",
        base_url: str = DEFAULT_BASE_URL,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int | RetryPolicy = DEFAULT_MAX_RETRIES,
        oauth_client_id: str | None = None,
        oauth_client_secret: str | None = None,
        oauth_scopes: Iterable[str] | None = None,
        id_token: IDTokenSource | None = None,
        user_agent: str | None = None,
        http_client: httpx.AsyncClient | None = None,
        allow_insecure_http: bool = False,
        pause_gc: bool = True,
    ) -> None:
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise TypeError(
                f"http_client must be an httpx.AsyncClient, not {type(http_client).__name__}"
            )
        settings = _Settings(
            api_key=api_key,
            tailnet=tailnet,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            oauth_client_id=oauth_client_id,
            oauth_client_secret=oauth_client_secret,
            oauth_scopes=oauth_scopes,
            id_token=id_token,
            user_agent=user_agent,
            allow_insecure_http=allow_insecure_http,
            pause_gc=pause_gc,
        )
        super().__init__(settings)
        http = async_client(
            base_url=settings.base_url,
            auth=settings.auth,
            headers=settings.headers,
            timeout=settings.timeout,
            retries=settings.retries,
            http_client=http_client,
        )
        self._runner = AsyncRunner(http, settings.tailnet, pause_gc=settings.pause_gc)

    @classmethod
    def from_env(cls, **overrides: Any) -> Self:
        """A client from ``TAILSCALE_*`` variables; two kinds of credentials raise (see README)."""
        return cls(**_from_env(overrides))

    async def close(self) -> None:
        """Close the connections (not those of an ``http_client`` you passed in)."""
        await self._runner.http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()
