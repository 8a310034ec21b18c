from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.webhook_event import WebhookEvent, check_webhook_event
from ..models.webhook_provider_type import WebhookProviderType, check_webhook_provider_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateWebhookRequest")


@_attrs_define
class CreateWebhookRequest:
    """
    Attributes:
        endpoint_url (str): The HTTPS URL events are POSTed to.
        subscriptions (list[WebhookEvent]):
        provider_type (WebhookProviderType | Unset): Format of the events sent; empty for the generic JSON format.
    """

    endpoint_url: str
    subscriptions: list[WebhookEvent]
    provider_type: WebhookProviderType | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        endpoint_url = self.endpoint_url

        subscriptions = []
        for subscriptions_item_data in self.subscriptions:
            subscriptions_item: str = subscriptions_item_data
            subscriptions.append(subscriptions_item)

        provider_type: str | Unset = UNSET
        if not isinstance(self.provider_type, Unset):
            provider_type = self.provider_type

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "endpointUrl": endpoint_url,
                "subscriptions": subscriptions,
            }
        )
        if provider_type is not UNSET:
            field_dict["providerType"] = provider_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        endpoint_url = d.pop("endpointUrl")

        subscriptions = []
        _subscriptions = d.pop("subscriptions")
        for subscriptions_item_data in _subscriptions:
            subscriptions_item = check_webhook_event(subscriptions_item_data)

            subscriptions.append(subscriptions_item)

        _provider_type = d.pop("providerType", UNSET)
        provider_type: WebhookProviderType | Unset
        if isinstance(_provider_type, Unset):
            provider_type = UNSET
        else:
            provider_type = check_webhook_provider_type(_provider_type)

        return cls(
            endpoint_url,
            subscriptions,
            provider_type,
        )
