from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookList")


@_attrs_define
class WebhookList:
    """Webhook endpoints of a tailnet.

    Attributes:
        webhooks (list[Webhook] | None | Unset):
    """

    webhooks: list[Webhook] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        webhooks: list[dict[str, Any]] | None | Unset
        if isinstance(self.webhooks, Unset):
            webhooks = UNSET
        elif isinstance(self.webhooks, list):
            webhooks = []
            for webhooks_type_0_item_data in self.webhooks:
                webhooks_type_0_item = webhooks_type_0_item_data.to_dict()
                webhooks.append(webhooks_type_0_item)

        else:
            webhooks = self.webhooks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if webhooks is not UNSET:
            field_dict["webhooks"] = webhooks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _webhooks: Any = d.pop("webhooks", UNSET)
        webhooks: list[Webhook] | None | Unset
        if isinstance(_webhooks, list):
            webhooks_type_0 = []
            _webhooks_type_0 = _webhooks
            for webhooks_type_0_item_data in _webhooks_type_0:
                webhooks_type_0_item = Webhook.from_dict(webhooks_type_0_item_data)

                webhooks_type_0.append(webhooks_type_0_item)

            webhooks = webhooks_type_0
        elif _webhooks is None or _webhooks is UNSET:
            webhooks = _webhooks
        else:
            raise TypeError(f"webhooks: {type(_webhooks).__name__} is not list[Webhook] | None | Unset")

        return cls(
            webhooks,
            d or {},
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported last: see the template (generator-templates/model.py.jinja).
from ..models.webhook import Webhook  # noqa: E402
