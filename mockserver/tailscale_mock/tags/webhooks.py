"""Tag `webhooks`: endpoints, their signing secrets, and the events delivered to them."""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

from .._access import Principal
from .._common import ApiError, Clock, Ids, Record, Records, rfc3339
from .._operations import NO_BODY, Context, Reply, handles
from .._webhooks import WebhookDelivery, event_body, sign_webhook

_URI_CHARS = re.compile(r"[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+")


class Webhooks(Records):
    """Endpoints by id. Events emitted by other tags are signed and recorded in `deliveries`
    (the mock never sends them)."""

    missing = "webhook not found"

    def __init__(self, seed: list[dict[str, Any]], *, tailnet: str, clock: Clock, ids: Ids) -> None:
        super().__init__()
        self._tailnet = tailnet
        self._clock = clock
        self._ids = ids
        self._secrets: dict[str, list[str]] = {}
        self.deliveries: list[WebhookDelivery] = []
        for entry in seed:
            created = clock.at(entry["created"])
            self._new(entry, entry["creator"], created)

    def _new(self, request: Mapping[str, Any], creator: str, created: str) -> tuple[Record, str]:
        endpoint_id = "e" + self._ids.admin_id(7) + "CNTRL"
        webhook: Record = {
            "endpointId": endpoint_id,
            "endpointUrl": request["endpointUrl"],
            "providerType": request.get("providerType", ""),
            "creatorLoginName": creator,
            "created": created,
            "lastModified": created,
            "subscriptions": list(dict.fromkeys(request["subscriptions"])),
        }
        secret = self._new_secret()
        self._records[endpoint_id] = webhook
        self._secrets[endpoint_id] = [secret]
        return webhook, secret

    def _new_secret(self) -> str:
        return f"tskey-webhook-k{self._ids.admin_id(8)}CNTRL-{self._ids.admin_id(30)}"

    def secrets(self, endpoint_id: str) -> list[str]:
        """The secrets deliveries to the endpoint are signed with: current, then previous."""
        self.find(endpoint_id)
        return list(self._secrets[endpoint_id])

    def create(self, request: Mapping[str, Any], caller: Principal) -> Record:
        _check_endpoint_url(request["endpointUrl"])
        webhook, secret = self._new(request, caller.login_name, rfc3339(self._clock.now()))
        return {**copy.deepcopy(webhook), "secret": secret}

    def update(self, endpoint_id: str, subscriptions: list[str]) -> Record:
        webhook = self.find(endpoint_id)
        webhook["subscriptions"] = list(dict.fromkeys(subscriptions))
        webhook["lastModified"] = rfc3339(self._clock.now())
        return copy.deepcopy(webhook)

    def delete(self, endpoint_id: str) -> None:
        super().delete(endpoint_id)
        del self._secrets[endpoint_id]

    def rotate_secret(self, endpoint_id: str) -> Record:
        """A new secret; the one it replaces keeps signing too, until the next rotation."""
        webhook = self.find(endpoint_id)
        secret = self._new_secret()
        self._secrets[endpoint_id] = [secret, self._secrets[endpoint_id][0]]
        webhook["lastModified"] = rfc3339(self._clock.now())
        return {**copy.deepcopy(webhook), "secret": secret}

    def test(self, endpoint_id: str) -> WebhookDelivery:
        webhook = self.find(endpoint_id)
        return self._deliver(
            webhook, "test", "This is a test event", {"endpointId": webhook["endpointId"]}
        )

    def emit(self, event_type: str, message: str, data: Mapping[str, Any]) -> None:
        """Record a delivery of the event to every webhook subscribed to it."""
        for webhook in self._records.values():
            if event_type in (webhook.get("subscriptions") or ()):
                self._deliver(webhook, event_type, message, data)

    def _deliver(
        self, webhook: Mapping[str, Any], event_type: str, message: str, data: Mapping[str, Any]
    ) -> WebhookDelivery:
        moment = self._clock.now()
        timestamp = int(moment.timestamp())
        body = event_body(rfc3339(moment), self._tailnet, event_type, message, data)
        delivery = WebhookDelivery(
            endpoint_id=webhook["endpointId"],
            url=webhook["endpointUrl"],
            body=body,
            signature=sign_webhook(body, self._secrets[webhook["endpointId"]], timestamp),
            timestamp=timestamp,
        )
        self.deliveries.append(delivery)
        return delivery


def _check_endpoint_url(url: str) -> None:
    # openapi-core does not check the `uri` format; a webhook URL must also name a host.
    parts = urlsplit(url) if _URI_CHARS.fullmatch(url) else None
    if parts is None or parts.scheme != "https" or not parts.hostname:
        raise ApiError(400, "endpointUrl must be an https URL with a host")


# ---------------------------------------------------------------------- handlers


@handles("listWebhooks")
def list_webhooks(ctx: Context, webhooks: Webhooks) -> Reply:
    return Reply(body={"webhooks": list(webhooks.values())})


@handles("createWebhook")
def create_webhook(ctx: Context, webhooks: Webhooks) -> Reply:
    return Reply(body=webhooks.create(ctx.json(), ctx.caller))


@handles("getWebhook")
def get_webhook(ctx: Context, webhooks: Webhooks) -> Reply:
    return Reply(body=webhooks.find(ctx.path["endpointId"]))


@handles("updateWebhook")
def update_webhook(ctx: Context, webhooks: Webhooks) -> Reply:
    subscriptions = ctx.json()["subscriptions"]
    return Reply(body=webhooks.update(ctx.path["endpointId"], subscriptions))


@handles("deleteWebhook")
def delete_webhook(ctx: Context, webhooks: Webhooks) -> Reply:
    webhooks.delete(ctx.path["endpointId"])
    return NO_BODY


@handles("testWebhook")
def test_webhook(ctx: Context, webhooks: Webhooks) -> Reply:
    webhooks.test(ctx.path["endpointId"])
    return Reply(status=202, media_type=None)


@handles("rotateWebhookSecret")
def rotate_webhook_secret(ctx: Context, webhooks: Webhooks) -> Reply:
    return Reply(body=webhooks.rotate_secret(ctx.path["endpointId"]))
