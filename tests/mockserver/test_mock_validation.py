"""Requests are validated against openapi.yaml, and so is every response the mock sends."""

from __future__ import annotations

import httpx
import pytest
from starlette.applications import Starlette

from tailscale_mock._operations import HANDLERS, Context, Reply

DEVICE = "n5SUKe8CNTRL"


@pytest.mark.parametrize(
    ("method", "path", "kwargs", "fragment"),
    [
        ("post", f"/device/{DEVICE}/routes", {"json": {"routes": "10.0.0.0/8"}}, "routes"),
        ("post", f"/device/{DEVICE}/routes", {"json": {}}, "'routes' is a required property"),
        ("post", f"/device/{DEVICE}/routes", {"json": {"routes": [], "extra": 1}}, "extra"),
        ("post", f"/device/{DEVICE}/authorized", {"json": {"authorized": "yes"}}, "authorized"),
        ("post", f"/device/{DEVICE}/authorized", {}, "Missing required request body"),
        (
            "post",
            f"/device/{DEVICE}/authorized",
            {"content": b"{not json", "headers": {"Content-Type": "application/json"}},
            "Request body",
        ),
        ("post", f"/device/{DEVICE}/tags", {"json": {"tags": ["server"]}}, "tags/0"),
        (
            "post",
            f"/device/{DEVICE}/authorized",
            {"content": b"authorized=1", "headers": {"Content-Type": "text/plain"}},
            "text/plain",
        ),
        ("get", f"/device/{DEVICE}", {"params": {"fields": "some"}}, "fields"),
        ("get", "/tailnet/-/acl", {"params": {"details": "yes"}}, "details"),
        ("post", "/tailnet/-/acl", {"json": {}, "headers": {"If-Match": ""}}, "If-Match"),
    ],
    ids=[
        "wrong-type",
        "missing-property",
        "unknown-property",
        "wrong-boolean",
        "missing-body",
        "broken-json",
        "bad-tag-pattern",
        "unsupported-media-type",
        "bad-enum-query",
        "bad-integer-query",
        "empty-header",
    ],
)
def test_invalid_requests_get_400_naming_the_problem(
    client: httpx.Client, method: str, path: str, kwargs: dict[str, object], fragment: str
) -> None:
    response = client.request(method.upper(), path, **kwargs)  # type: ignore[arg-type]
    assert response.status_code == 400
    assert fragment in response.json()["message"]


def test_invalid_request_changes_nothing(client: httpx.Client) -> None:
    before = client.get(f"/device/{DEVICE}/routes").json()
    client.post(f"/device/{DEVICE}/routes", json={"routes": ["10.0.0.0/8", 5]})
    assert client.get(f"/device/{DEVICE}/routes").json() == before


def test_nonconforming_response_is_a_loud_500(
    app: Starlette, client: httpx.Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(ctx: Context, dns: object) -> Reply:
        return Reply(body={"dns": "8.8.8.8"})  # must be an array

    monkeypatch.setitem(HANDLERS, "getDnsNameservers", broken)
    response = client.get("/tailnet/-/dns/nameservers")
    assert response.status_code == 500
    message = response.json()["message"]
    assert message.startswith("mock bug: getDnsNameservers response 200 does not conform")
    assert "dns" in message
    assert app.state.mock_errors == [message]
    app.state.mock_errors.clear()  # the fixture's check would fail otherwise


def test_undocumented_status_is_caught_too(
    app: Starlette, client: httpx.Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(
        HANDLERS,
        "getDnsNameservers",
        lambda ctx, dns: Reply(status=418, body={"message": "teapot"}),
    )
    assert client.get("/tailnet/-/dns/nameservers").status_code == 500
    assert len(app.state.mock_errors) == 1
    app.state.mock_errors.clear()
