"""Fault injection: off by default, scheduled or rate-based, and deterministic."""

from __future__ import annotations

import httpx
from starlette.applications import Starlette

from tailscale_mock import DEMO_API_KEY, Faults, MockTailnet, create_app, sync_transport

NS = "/tailnet/-/dns/nameservers"


def statuses(client: httpx.Client, n: int, path: str = NS) -> list[int]:
    return [client.get(path).status_code for _ in range(n)]


def make_client(app: Starlette) -> httpx.Client:
    return httpx.Client(
        transport=sync_transport(app),
        base_url="http://127.0.0.1/api/v2",
        headers={"Authorization": f"Bearer {DEMO_API_KEY}"},
    )


def test_off_by_default(client: httpx.Client) -> None:
    assert statuses(client, 20) == [200] * 20


def test_schedule_answers_the_next_requests(app: Starlette, client: httpx.Client) -> None:
    app.state.faults.schedule(503, 502)
    assert statuses(client, 3) == [503, 502, 200]
    assert app.state.faults.pending == 0


def test_scheduled_429_carries_retry_after(app: Starlette, client: httpx.Client) -> None:
    app.state.faults.schedule(429, retry_after=7)
    app.state.faults.schedule(429)
    first, second = client.get(NS), client.get(NS)
    assert (first.status_code, first.headers["Retry-After"]) == (429, "7")
    assert (second.status_code, second.headers["Retry-After"]) == (429, "1")
    assert first.json() == {"message": "injected fault 429"}
    assert "Retry-After" not in client.get(NS).headers


def test_schedule_can_target_one_operation(app: Starlette, client: httpx.Client) -> None:
    app.state.faults.schedule(503, operation_id="getDnsSearchPaths")
    assert statuses(client, 2) == [200, 200]
    assert client.get("/tailnet/-/dns/searchpaths").status_code == 503
    assert client.get("/tailnet/-/dns/searchpaths").status_code == 200


def test_faults_come_before_auth_and_are_logged(app: Starlette, anon: httpx.Client) -> None:
    app.state.faults.schedule(502)
    assert anon.get(NS).status_code == 502
    assert anon.get(NS).status_code == 401
    assert [(r.operation_id, r.status) for r in app.state.log] == [
        ("getDnsNameservers", 502),
        ("getDnsNameservers", 401),
    ]


def test_rate_limit_every_nth_request(tailnet: MockTailnet) -> None:
    app = create_app(tailnet, faults=Faults(rate_limit_every=3, retry_after=2))
    with make_client(app) as client:
        responses = [client.get(NS) for _ in range(7)]
    assert [r.status_code for r in responses] == [200, 200, 429, 200, 200, 429, 200]
    assert responses[2].headers["Retry-After"] == "2"


def test_transient_failures_are_deterministic_by_seed() -> None:
    def run(seed: int) -> list[int]:
        app = create_app(MockTailnet(), faults=Faults(transient_rate=0.5, seed=seed))
        with make_client(app) as client:
            return statuses(client, 30)

    first = run(seed=1)
    assert first == run(seed=1)
    assert first != run(seed=2)
    assert set(first) == {200, 502, 503}


def test_faults_can_be_replaced_at_run_time(app: Starlette, client: httpx.Client) -> None:
    app.state.faults = Faults(rate_limit_every=1)
    assert statuses(client, 2) == [429, 429]
    app.state.faults.clear()
    assert statuses(client, 2) == [200, 200]
