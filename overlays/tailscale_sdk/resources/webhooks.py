"""Webhook endpoints (spec tag ``webhooks``): ``ts.webhooks``.

To check the requests Tailscale sends to an endpoint, see :func:`tailscale_sdk.verify_webhook`.
"""

from __future__ import annotations

import builtins
from collections.abc import Iterable
from functools import partial

from tailscale_sdk_generated.api.webhooks import (
    create_webhook,
    delete_webhook,
    get_webhook,
    list_webhooks,
    rotate_webhook_secret,
    test_webhook,
    update_webhook,
)
from tailscale_sdk_generated.models.create_webhook_request import CreateWebhookRequest
from tailscale_sdk_generated.models.update_webhook_request import UpdateWebhookRequest
from tailscale_sdk_generated.models.webhook import Webhook
from tailscale_sdk_generated.models.webhook_event import WEBHOOK_EVENT_VALUES, WebhookEvent
from tailscale_sdk_generated.models.webhook_provider_type import (
    WEBHOOK_PROVIDER_TYPE_VALUES,
    WebhookProviderType,
)
from tailscale_sdk_generated.types import UNSET

from .. import _validate as check
from .._core import Call, M, Resource, call, call_map, call_none, operation

__all__ = ["Webhooks"]


def _endpoint(endpoint_id: str) -> str:
    return check.identifier(endpoint_id, "endpoint_id")


def _subscriptions(events: Iterable[WebhookEvent]) -> builtins.list[WebhookEvent]:
    items = check.strings(events, "subscriptions")
    for event in items:
        check.one_of("subscription", event, WEBHOOK_EVENT_VALUES)
    return items  # type: ignore[return-value]  # each checked against WebhookEvent above


class Webhooks(Resource[M]):
    """Endpoints that receive tailnet events, and their signing secrets."""

    @operation("listWebhooks")
    def list(self, *, tailnet: str | None = None) -> Call[builtins.list[Webhook]]:
        """List the webhook endpoints of the tailnet (without their secrets)."""
        send = partial(list_webhooks.sync_detailed, self._tailnet(tailnet))
        return call_map(send, lambda page: page.webhooks or [])

    @operation("createWebhook")
    def create(
        self,
        endpoint_url: str,
        subscriptions: Iterable[WebhookEvent],
        *,
        provider_type: WebhookProviderType | None = None,
        tailnet: str | None = None,
    ) -> Call[Webhook]:
        """Create an endpoint for ``https://`` URL; its signing secret is in this result only."""
        body = CreateWebhookRequest(
            endpoint_url=check.https_url(endpoint_url, "endpoint_url"),
            subscriptions=_subscriptions(subscriptions),
            provider_type=UNSET
            if provider_type is None
            else check.one_of("provider_type", provider_type, WEBHOOK_PROVIDER_TYPE_VALUES),
        )
        return call(partial(create_webhook.sync_detailed, self._tailnet(tailnet), body=body))

    @operation("getWebhook")
    def get(self, endpoint_id: str) -> Call[Webhook]:
        """Get one webhook endpoint (without its secret)."""
        return call(partial(get_webhook.sync_detailed, _endpoint(endpoint_id)))

    @operation("updateWebhook")
    def update(self, endpoint_id: str, subscriptions: Iterable[WebhookEvent]) -> Call[Webhook]:
        """Replace the events an endpoint is subscribed to."""
        body = UpdateWebhookRequest(subscriptions=_subscriptions(subscriptions))
        return call(partial(update_webhook.sync_detailed, _endpoint(endpoint_id), body=body))

    @operation("deleteWebhook")
    def delete(self, endpoint_id: str) -> Call[None]:
        """Delete a webhook endpoint."""
        return call_none(partial(delete_webhook.sync_detailed, _endpoint(endpoint_id)))

    @operation("testWebhook")
    def test(self, endpoint_id: str) -> Call[None]:
        """Ask Tailscale to send a test event to the endpoint (queued, not awaited)."""
        return call_none(partial(test_webhook.sync_detailed, _endpoint(endpoint_id)))

    @operation("rotateWebhookSecret")
    def rotate_secret(self, endpoint_id: str) -> Call[Webhook]:
        """Issue a new signing secret (in this result only); the old one stays valid for a while."""
        return call(partial(rotate_webhook_secret.sync_detailed, _endpoint(endpoint_id)))
