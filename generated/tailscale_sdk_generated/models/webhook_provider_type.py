from typing import Literal

WebhookProviderType = Literal["", "discord", "googlechat", "mattermost", "slack"]

WEBHOOK_PROVIDER_TYPE_VALUES: set[WebhookProviderType] = {
    "",
    "discord",
    "googlechat",
    "mattermost",
    "slack",
}


def check_webhook_provider_type(value: str) -> WebhookProviderType:
    if value in WEBHOOK_PROVIDER_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WEBHOOK_PROVIDER_TYPE_VALUES!r}")
