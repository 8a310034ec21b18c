"""A stateful mock of the Tailscale API v2, driven and validated by openapi.yaml.

Run it as a process with ``python -m tailscale_mock --port 8080``, or in-process::

    app = create_app()                       # the demo tailnet, MockTailnet(seed=0)
    httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://127.0.0.1/api/v2")
    httpx.Client(transport=sync_transport(app), base_url="http://127.0.0.1/api/v2")
    with MockServer(app) as base_url: ...    # uvicorn on 127.0.0.1, a free port

Requests authenticate with ``DEMO_API_KEY`` (bearer, or basic with the key as user name)
or with an OAuth access token from ``POST /oauth/token`` using the demo client.
"""

from . import _server  # noqa: F401  first: says in one line if the [mock] extra is missing
from ._app import RequestRecord, create_app
from ._faults import Faults
from ._server import MockServer, SyncASGITransport, sync_transport
from ._spec import routed_operation_ids, spec_path
from ._state import (
    DEMO_API_KEY,
    DEMO_OAUTH_CLIENT_ID,
    DEMO_OAUTH_CLIENT_SECRET,
    DEMO_TAILNET,
    ApiError,
    MockTailnet,
    Principal,
)
from ._webhooks import WEBHOOK_SIGNATURE_HEADER, WebhookDelivery, sign_webhook

__all__ = [
    "DEMO_API_KEY",
    "DEMO_OAUTH_CLIENT_ID",
    "DEMO_OAUTH_CLIENT_SECRET",
    "DEMO_TAILNET",
    "WEBHOOK_SIGNATURE_HEADER",
    "ApiError",
    "Faults",
    "MockServer",
    "MockTailnet",
    "Principal",
    "RequestRecord",
    "SyncASGITransport",
    "WebhookDelivery",
    "create_app",
    "routed_operation_ids",
    "sign_webhook",
    "spec_path",
    "sync_transport",
]
