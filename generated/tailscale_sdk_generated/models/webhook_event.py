from typing import Literal

WebhookEvent = Literal[
    "exitNodeIPForwardingNotEnabled",
    "nodeApproved",
    "nodeCreated",
    "nodeDeleted",
    "nodeKeyExpired",
    "nodeKeyExpiringInOneDay",
    "nodeNeedsApproval",
    "policyUpdate",
    "subnetIPForwardingNotEnabled",
    "userApproved",
    "userCreated",
    "userDeleted",
    "userNeedsApproval",
    "userRestored",
    "userRoleUpdated",
    "userSuspended",
]

WEBHOOK_EVENT_VALUES: set[WebhookEvent] = {
    "exitNodeIPForwardingNotEnabled",
    "nodeApproved",
    "nodeCreated",
    "nodeDeleted",
    "nodeKeyExpired",
    "nodeKeyExpiringInOneDay",
    "nodeNeedsApproval",
    "policyUpdate",
    "subnetIPForwardingNotEnabled",
    "userApproved",
    "userCreated",
    "userDeleted",
    "userNeedsApproval",
    "userRestored",
    "userRoleUpdated",
    "userSuspended",
}


def check_webhook_event(value: str) -> WebhookEvent:
    if value in WEBHOOK_EVENT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WEBHOOK_EVENT_VALUES!r}")
