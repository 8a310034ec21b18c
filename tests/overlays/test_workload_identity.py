"""Workload identity federation: an OIDC ID token exchanged at /oauth/token-exchange.

End to end against the mock, which checks the token's claims against the demo federated
identity (DEMO_FEDERATED_CLIENT_ID); one exchange shared by threads and by tasks; the 401
repeat; where the ID token comes from (a str, a file read again, a function, plain or
async); from_env; secrets kept out of reprs, logs and errors.
"""

from __future__ import annotations

import asyncio
import logging
import urllib.parse
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from sdktools import BASE_URL, Interleaving, MakeClient, in_threads, operations, statuses
from starlette.applications import Starlette

from tailscale_mock import (
    DEMO_API_KEY,
    DEMO_FEDERATED_CLIENT_ID,
    DEMO_OAUTH_CLIENT_ID,
    DEMO_OAUTH_CLIENT_SECRET,
    DEMO_OIDC_SUBJECT,
    create_app,
    make_test_id_token,
    sync_transport,
)
from tailscale_sdk import (
    APIKeyAuth,
    AsyncTailscale,
    AuthenticationError,
    BadRequestError,
    OAuthClientCredentials,
    Tailscale,
    WorkloadIdentityCredentials,
)

EXCHANGE = "exchangeOauthToken"
LIST = "listTailnetDevices"


def federated(id_token: Any = None) -> dict[str, Any]:
    token = make_test_id_token() if id_token is None else id_token
    return {"oauth_client_id": DEMO_FEDERATED_CLIENT_ID, "id_token": token}


def exchanges(app: Starlette) -> int:
    return operations(app).count(EXCHANGE)


class Recording(httpx.BaseTransport):
    """The mock, in-process, keeping the form of every token exchange it is sent."""

    def __init__(self, app: Starlette) -> None:
        self._inner = sync_transport(app)
        self.forms: list[dict[str, list[str]]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/oauth/token-exchange"):
            self.forms.append(urllib.parse.parse_qs(request.read().decode()))
        return self._inner.handle_request(request)


# ---------------------------------------------------------------- the exchange


@pytest.mark.wire
def test_an_id_token_is_exchanged_once_and_the_token_cached(
    make_api: MakeClient, app: Starlette
) -> None:
    api = make_api(**federated())
    for _ in range(3):
        assert api.devices.list()
    assert operations(app) == [EXCHANGE, LIST, LIST, LIST]
    assert app.state.log[1].headers["authorization"] == "Bearer [redacted]"


def test_the_exchange_sends_the_form_of_the_spec(make_sync: MakeClient, app: Starlette) -> None:
    token = make_test_id_token()
    recording = Recording(app)
    seen: list[httpx.Request] = []
    ts = make_sync(
        **federated(token),
        http_client=httpx.Client(transport=recording, event_hooks={"request": [seen.append]}),
        user_agent="deploy-bot/2",
    )
    ts.devices.list()
    assert recording.forms == [{"client_id": [DEMO_FEDERATED_CLIENT_ID], "jwt": [token]}]
    exchange = seen[0]
    assert exchange.url.path == "/api/v2/oauth/token-exchange"
    assert exchange.headers["content-type"] == "application/x-www-form-urlencoded"
    assert exchange.headers["user-agent"].startswith("deploy-bot/2 tailscale-sdk/")
    assert "authorization" not in exchange.headers


@pytest.mark.wire
@pytest.mark.parametrize(
    ("claims", "reason"),
    [
        ({"subject": "repo:someone-else/infra:ref:refs/heads/main"}, "sub"),
        ({"audience": "api.tailscale.com/kOTHERCNTRL"}, "aud"),
        ({"issuer": "https://gitlab.example.com"}, "iss"),
        ({"repository_owner": "mallory"}, "repository_owner"),
        ({"expires_in": -60}, "expired"),
    ],
    ids=["subject", "audience", "issuer", "custom-claim", "expired"],
)
def test_a_token_that_does_not_match_is_refused(
    make_api: MakeClient, app: Starlette, claims: dict[str, Any], reason: str
) -> None:
    token = make_test_id_token(**claims)
    api = make_api(**federated(token))
    with pytest.raises(AuthenticationError) as caught:
        api.devices.list()
    error = caught.value
    assert reason in error.message
    assert error.url.endswith("/oauth/token-exchange")
    assert token not in f"{error} {error!r} {error.body}"
    assert operations(app) == [EXCHANGE]  # the request itself was never sent


def test_a_token_for_another_identity_is_refused(make_api: MakeClient, app: Starlette) -> None:
    api = make_api(oauth_client_id=DEMO_OAUTH_CLIENT_ID, id_token=make_test_id_token())
    with pytest.raises(AuthenticationError):  # an OAuth client is no federated identity
        api.devices.list()
    assert statuses(app, EXCHANGE) == [401]


def test_a_new_federated_identity_accepts_its_own_tokens(make_api: MakeClient) -> None:
    admin = make_api()
    identity = admin.keys.create_federated_identity(
        scopes=["devices:core:read"],
        issuer="https://kubernetes.example.com",
        subject="system:serviceaccount:web:*",
        custom_claim_rules={"cluster": "prod-*"},
    )
    token = make_test_id_token(
        issuer="https://kubernetes.example.com",
        subject="system:serviceaccount:web:deployer",
        audience=identity.audience,
        cluster="prod-eu",
        repository_owner=None,
    )
    workload = make_api(oauth_client_id=identity.id, id_token=token)
    assert workload.devices.list()


# ---------------------------------------------------------------- sharing, renewal, 401


def test_threads_share_one_exchange(make_sync: MakeClient, app: Starlette) -> None:
    calls: list[int] = []

    def id_token() -> str:
        calls.append(1)
        return make_test_id_token()

    ts = make_sync(**federated(id_token))
    assert in_threads(8, ts.devices.list) == []
    assert (exchanges(app), len(calls)) == (1, 1)
    assert statuses(app, LIST) == [200] * 8


def test_tasks_share_one_exchange(make_async: MakeClient, app: Starlette) -> None:
    calls: list[int] = []

    async def id_token() -> str:
        calls.append(1)
        await asyncio.sleep(0)
        return make_test_id_token()

    async def main() -> None:
        http = httpx.AsyncClient(transport=Interleaving(app))
        async with make_async(**federated(id_token), http_client=http) as ats:
            await asyncio.gather(*(ats.devices.list() for _ in range(8)))

    asyncio.run(main())
    assert (exchanges(app), len(calls)) == (1, 1)
    assert statuses(app, LIST) == [200] * 8


@pytest.mark.wire
def test_a_401_exchanges_a_fresh_id_token_and_repeats_once(
    make_api: MakeClient, app: Starlette
) -> None:
    issued: list[str] = []

    def id_token() -> str:
        issued.append(make_test_id_token(jti=f"token-{len(issued)}"))
        return issued[-1]

    api = make_api(**federated(id_token))
    api.devices.list()
    app.state.tailnets.expire_tokens()
    assert api.devices.list()
    assert operations(app) == [EXCHANGE, LIST, LIST, EXCHANGE, LIST]
    assert statuses(app, LIST) == [200, 401, 200]
    assert len(set(issued)) == 2


def test_a_second_401_is_raised(make_api: MakeClient, app: Starlette) -> None:
    api = make_api(**federated())
    app.state.faults.schedule(401, 401, operation_id=LIST)
    with pytest.raises(AuthenticationError):
        api.devices.list()
    assert operations(app) == [EXCHANGE, LIST, EXCHANGE, LIST]


def test_tasks_hit_by_401_share_one_renewal(make_async: MakeClient, app: Starlette) -> None:
    async def main() -> None:
        http = httpx.AsyncClient(transport=Interleaving(app))
        async with make_async(**federated(), http_client=http) as ats:
            await ats.devices.list()
            app.state.tailnets.expire_tokens()
            await asyncio.gather(*(ats.devices.list() for _ in range(6)))

    asyncio.run(main())
    assert exchanges(app) == 2
    assert statuses(app, LIST).count(401) >= 2  # they really did race


def test_the_token_is_renewed_shortly_before_it_expires() -> None:
    app = create_app(token_ttl=3600.0)
    now = [0.0]
    auth = WorkloadIdentityCredentials(
        DEMO_FEDERATED_CLIENT_ID,
        make_test_id_token(),
        token_url=f"{BASE_URL}/oauth/token-exchange",
        clock=lambda: now[0],
    )
    with httpx.Client(auth=auth, transport=sync_transport(app), base_url=BASE_URL) as client:
        client.get("/tailnet/-/devices")
        now[0] = 3539.0
        client.get("/tailnet/-/devices")
        assert exchanges(app) == 1
        now[0] = 3541.0
        client.get("/tailnet/-/devices")
        assert exchanges(app) == 2
    assert statuses(app, LIST) == [200, 200, 200]


# ---------------------------------------------------------------- where the ID token comes from


def test_a_file_is_read_again_at_each_exchange(
    make_sync: MakeClient, app: Starlette, tmp_path: Path
) -> None:
    path = tmp_path / "token"
    first, second = make_test_id_token(jti="one"), make_test_id_token(jti="two")
    path.write_text(first + "\n")  # as a kubelet or CI runner writes it
    recording = Recording(app)
    ts = make_sync(**federated(path), http_client=httpx.Client(transport=recording))
    ts.devices.list()
    path.write_text(second)
    app.state.tailnets.expire_tokens()
    ts.devices.list()
    assert [form["jwt"] for form in recording.forms] == [[first], [second]]


def test_async_clients_read_the_file_too(
    make_async: MakeClient, app: Starlette, tmp_path: Path, loop: asyncio.AbstractEventLoop
) -> None:
    path = tmp_path / "token"
    path.write_text(make_test_id_token())
    ats = make_async(**federated(path))
    assert loop.run_until_complete(ats.devices.list())
    assert exchanges(app) == 1


def test_a_plain_function_serves_an_async_client(
    make_async: MakeClient, app: Starlette, loop: asyncio.AbstractEventLoop
) -> None:
    ats = make_async(**federated(make_test_id_token))
    assert loop.run_until_complete(ats.devices.list())
    assert exchanges(app) == 1


def test_an_async_function_needs_an_async_client(make_sync: MakeClient, app: Starlette) -> None:
    async def id_token() -> str:
        return make_test_id_token()

    ts = make_sync(**federated(id_token))
    with pytest.raises(TypeError, match="AsyncTailscale"):
        ts.devices.list()
    assert operations(app) == []


@pytest.mark.parametrize(
    "bad", ["", "  ", "not-a-jwt", "/var/run/secrets/token", "a.b", "eyJ.a.b\x00"]
)
def test_what_is_not_a_jwt_is_refused_before_anything_is_sent(
    make_sync: MakeClient, app: Starlette, bad: str, tmp_path: Path
) -> None:
    with pytest.raises(ValueError) as caught:
        WorkloadIdentityCredentials(DEMO_FEDERATED_CLIENT_ID, bad)
    if bad.strip():
        assert bad not in str(caught.value)
    ts = make_sync(**federated(lambda: bad))
    with pytest.raises(ValueError):
        ts.devices.list()
    path = tmp_path / "token"
    path.write_text(bad)
    with pytest.raises(ValueError):
        make_sync(**federated(path)).devices.list()
    assert operations(app) == []


def test_a_missing_file_is_an_error_of_its_own(make_sync: MakeClient, app: Starlette) -> None:
    ts = make_sync(**federated(Path("/nonexistent/token")))
    with pytest.raises(FileNotFoundError):
        ts.devices.list()
    assert operations(app) == []


@pytest.mark.parametrize("bad", [None, 42, b"eyJ.a.b"])
def test_an_id_token_of_another_type_is_refused(bad: Any) -> None:
    with pytest.raises((TypeError, ValueError)):
        WorkloadIdentityCredentials(DEMO_FEDERATED_CLIENT_ID, bad)


# ---------------------------------------------------------------- secrets stay secret


def test_no_repr_shows_the_id_token(tmp_path: Path) -> None:
    token = make_test_id_token()
    auth = WorkloadIdentityCredentials(DEMO_FEDERATED_CLIENT_ID, token)
    assert token not in repr(auth) and DEMO_FEDERATED_CLIENT_ID in repr(auth)
    with Tailscale(**federated(token), base_url=BASE_URL) as ts:
        assert token not in repr(ts)
    path = tmp_path / "token"
    assert repr(WorkloadIdentityCredentials("k1", path)).endswith(f"id_token=file {str(path)!r})")
    assert "id_token=from make_test_id_token" in repr(
        WorkloadIdentityCredentials("k1", make_test_id_token)
    )


def test_logs_show_neither_id_token_nor_access_token(
    make_sync: MakeClient, app: Starlette, caplog: pytest.LogCaptureFixture
) -> None:
    token = make_test_id_token()
    caplog.set_level(logging.DEBUG)
    ts = make_sync(**federated(token))
    ts.devices.list()
    access = ts._settings.auth._current[0]
    assert access.startswith("tskey-")
    assert token not in caplog.text and access not in caplog.text
    assert "/oauth/token-exchange" in caplog.text  # the exchange was logged, without secrets


def test_an_error_that_echoes_the_id_token_does_not_show_it(make_sync: MakeClient) -> None:
    token = make_test_id_token()

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(400, json={"message": f"cannot parse jwt {token}"})

    ts = make_sync(
        **federated(token), http_client=httpx.Client(transport=httpx.MockTransport(handler))
    )
    with pytest.raises(BadRequestError) as caught:
        ts.devices.list()
    error = caught.value
    assert token not in f"{error} {error!r} {error.message} {error.body}"
    assert "cannot parse jwt eyJ***" in error.message


# ---------------------------------------------------------------- constructor and from_env


@pytest.mark.parametrize(
    "kwargs",
    [
        {**federated(), "oauth_client_secret": DEMO_OAUTH_CLIENT_SECRET},
        {**federated(), "api_key": DEMO_API_KEY},
        {"id_token": make_test_id_token()},  # whose token? no client id
        {**federated(), "oauth_scopes": ["dns:read"]},  # an exchange takes no scopes
    ],
    ids=["and-a-secret", "and-an-api-key", "without-client-id", "with-scopes"],
)
def test_credentials_are_one_kind(kwargs: dict[str, Any]) -> None:
    with pytest.raises(ValueError) as caught:
        Tailscale(base_url=BASE_URL, **kwargs)
    assert "eyJ" not in str(caught.value)  # the token is never part of the message


def test_an_id_token_needs_a_client_id() -> None:
    with pytest.raises(ValueError, match="id_token needs oauth_client_id"):
        Tailscale(id_token=make_test_id_token(), base_url=BASE_URL)


def test_the_token_exchange_url_follows_the_base_url() -> None:
    ts = AsyncTailscale(**federated(), base_url="https://tailscale.internal.example/api/v2")
    auth = ts._settings.auth
    assert isinstance(auth, WorkloadIdentityCredentials)
    assert str(auth.token_url) == "https://tailscale.internal.example/api/v2/oauth/token-exchange"


CREDENTIAL_ENV = (
    "TAILSCALE_API_KEY",
    "TAILSCALE_OAUTH_CLIENT_ID",
    "TAILSCALE_OAUTH_CLIENT_SECRET",
    "TAILSCALE_ID_TOKEN",
    "TAILSCALE_ID_TOKEN_FILE",
)


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> Iterator[pytest.MonkeyPatch]:
    for name in (*CREDENTIAL_ENV, "TAILSCALE_TAILNET"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("TAILSCALE_BASE_URL", BASE_URL)
    yield monkeypatch


def test_from_env_with_an_id_token(env: pytest.MonkeyPatch) -> None:
    token = make_test_id_token()
    env.setenv("TAILSCALE_OAUTH_CLIENT_ID", DEMO_FEDERATED_CLIENT_ID)
    env.setenv("TAILSCALE_ID_TOKEN", token)
    app = create_app()
    with Tailscale.from_env(http_client=httpx.Client(transport=sync_transport(app))) as ts:
        assert isinstance(ts._settings.auth, WorkloadIdentityCredentials)
        assert ts.devices.list()
    assert operations(app) == [EXCHANGE, LIST]


def test_from_env_with_an_id_token_file(env: pytest.MonkeyPatch, tmp_path: Path) -> None:
    path = tmp_path / "token"
    path.write_text(make_test_id_token(subject=DEMO_OIDC_SUBJECT))
    env.setenv("TAILSCALE_OAUTH_CLIENT_ID", DEMO_FEDERATED_CLIENT_ID)
    env.setenv("TAILSCALE_ID_TOKEN_FILE", str(path))
    app = create_app()
    http = httpx.AsyncClient(transport=httpx.ASGITransport(app=app))

    async def main() -> None:
        async with AsyncTailscale.from_env(http_client=http) as ats:
            assert f"file {str(path)!r}" in repr(ats._settings.auth)
            assert await ats.devices.list()

    asyncio.run(main())
    assert operations(app) == [EXCHANGE, LIST]


@pytest.mark.parametrize(
    "variables",
    [
        ("TAILSCALE_ID_TOKEN", "TAILSCALE_ID_TOKEN_FILE"),
        ("TAILSCALE_OAUTH_CLIENT_SECRET", "TAILSCALE_ID_TOKEN"),
        ("TAILSCALE_API_KEY", "TAILSCALE_ID_TOKEN_FILE"),
        ("TAILSCALE_API_KEY", "TAILSCALE_OAUTH_CLIENT_SECRET"),
    ],
)
def test_from_env_refuses_two_kinds_of_credentials(
    env: pytest.MonkeyPatch, variables: tuple[str, str]
) -> None:
    env.setenv("TAILSCALE_OAUTH_CLIENT_ID", DEMO_FEDERATED_CLIENT_ID)
    values = {
        "TAILSCALE_API_KEY": DEMO_API_KEY,
        "TAILSCALE_OAUTH_CLIENT_SECRET": DEMO_OAUTH_CLIENT_SECRET,
        "TAILSCALE_ID_TOKEN": make_test_id_token(),
        "TAILSCALE_ID_TOKEN_FILE": "/var/run/secrets/tailscale/token",
    }
    for name in variables:
        env.setenv(name, values[name])
    with pytest.raises(ValueError, match="ambiguous") as caught:
        Tailscale.from_env()
    assert all(name in str(caught.value) for name in variables)
    assert not any(values[name] in str(caught.value) for name in variables)


def test_keyword_credentials_replace_those_of_the_environment(env: pytest.MonkeyPatch) -> None:
    env.setenv("TAILSCALE_ID_TOKEN", make_test_id_token())
    env.setenv("TAILSCALE_ID_TOKEN_FILE", "/var/run/secrets/tailscale/token")  # ambiguous...
    with Tailscale.from_env(api_key=DEMO_API_KEY) as ts:  # ...but not read
        assert isinstance(ts._settings.auth, APIKeyAuth)
    with Tailscale.from_env(
        oauth_client_id=DEMO_OAUTH_CLIENT_ID, oauth_client_secret=DEMO_OAUTH_CLIENT_SECRET
    ) as ts:
        assert isinstance(ts._settings.auth, OAuthClientCredentials)


def test_from_env_says_which_variables_it_reads(env: pytest.MonkeyPatch) -> None:
    env.setenv("TAILSCALE_OAUTH_CLIENT_ID", DEMO_FEDERATED_CLIENT_ID)  # alone: no credentials
    with pytest.raises(ValueError, match="TAILSCALE_ID_TOKEN_FILE"):
        Tailscale.from_env()
