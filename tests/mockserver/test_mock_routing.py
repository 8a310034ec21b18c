"""The mock routes every operation of openapi.yaml, and nothing else."""

from __future__ import annotations

import httpx
import pytest
from spectools import Operation, operations
from starlette.applications import Starlette

from tailscale_mock import routed_operation_ids
from tailscale_mock._operations import HANDLERS

SPEC_OPERATIONS = {op.operation_id for op in operations()}


def test_every_spec_operation_is_routed() -> None:
    assert SPEC_OPERATIONS - routed_operation_ids() == set()
    assert routed_operation_ids() - SPEC_OPERATIONS == set()


def test_every_routed_operation_has_a_handler() -> None:
    assert SPEC_OPERATIONS - HANDLERS.keys() == set()
    assert HANDLERS.keys() - SPEC_OPERATIONS == set()


@pytest.mark.parametrize("op", operations(), ids=lambda op: op.operation_id)
def test_each_operation_is_reached(app: Starlette, client: httpx.Client, op: Operation) -> None:
    """A request to each operation lands in its handler (the log names the operation)."""
    path = op.path
    for name, value in {
        "deviceId": "n5SUKe8CNTRL",
        "tailnet": "-",
        "deviceInviteId": "12346",
        "userInviteId": "29214",
        "keyId": "k123456CNTRL",
        "attributeKey": "custom:myScore",
    }.items():
        path = path.replace("{" + name + "}", value)
    response = client.request(op.method.upper(), path)
    assert response.status_code < 500, response.text
    assert app.state.log[-1].operation_id == op.operation_id


def test_unknown_path_is_404(client: httpx.Client) -> None:
    response = client.get("/no/such/thing")
    assert response.status_code == 404
    assert response.json() == {"message": "not found"}
    assert client.get("http://127.0.0.1/elsewhere").status_code == 404


def test_known_path_wrong_method_is_405_with_allow(client: httpx.Client) -> None:
    response = client.put("/device/n5SUKe8CNTRL")
    assert response.status_code == 405
    assert response.headers["Allow"] == "DELETE, GET"
    assert "message" in response.json()


def test_literal_segment_wins_over_a_parameter(app: Starlette, client: httpx.Client) -> None:
    # /device-invites/-/accept must not be taken for /device-invites/{id}/resend or similar.
    response = client.post("/device-invites/-/accept", json={"invite": "nope"})
    assert response.status_code == 404
    assert app.state.log[-1].operation_id == "acceptDeviceInvite"
