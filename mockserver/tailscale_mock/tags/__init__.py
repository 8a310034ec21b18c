"""One module per tag of openapi.yaml: the tag's state and the handlers of its operations.

Importing this package registers every handler (`_operations.HANDLERS`).
"""

from . import (
    contacts,
    device_invites,
    devices,
    dns,
    keys,
    logging,
    oauth,
    oauth_apps,
    organizations,
    policy_file,
    posture_integrations,
    services,
    tailnet_settings,
    user_invites,
    users,
    webhooks,
)

__all__ = [
    "contacts",
    "device_invites",
    "devices",
    "dns",
    "keys",
    "logging",
    "oauth",
    "oauth_apps",
    "organizations",
    "policy_file",
    "posture_integrations",
    "services",
    "tailnet_settings",
    "user_invites",
    "users",
    "webhooks",
]
