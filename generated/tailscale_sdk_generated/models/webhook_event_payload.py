from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookEventPayload")


@_attrs_define
class WebhookEventPayload:
    """One event as delivered to a webhook endpoint (the request body is a JSON array of
    these), signed in the `Tailscale-Webhook-Signature` header.

        Attributes:
            timestamp (datetime.datetime | None | str | Unset): An RFC 3339 time. The API sends `""` or `null` when it has
                no value (for example
                the creation time of a device shared in from another tailnet).
            version (int | Unset):
            type_ (str | Unset): The event type (see WebhookEvent; others may appear).
            tailnet (str | Unset):
            message (str | Unset):
            data (WebhookEventPayloadData | Unset): Event-specific details.
    """

    timestamp: datetime.datetime | None | str | Unset = UNSET
    version: int | Unset = UNSET
    type_: str | Unset = UNSET
    tailnet: str | Unset = UNSET
    message: str | Unset = UNSET
    data: WebhookEventPayloadData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp: None | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        elif isinstance(self.timestamp, datetime.datetime):
            timestamp = self.timestamp.isoformat()
        else:
            timestamp = self.timestamp

        version = self.version

        type_ = self.type_

        tailnet = self.tailnet

        message = self.message

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if version is not UNSET:
            field_dict["version"] = version
        if type_ is not UNSET:
            field_dict["type"] = type_
        if tailnet is not UNSET:
            field_dict["tailnet"] = tailnet
        if message is not UNSET:
            field_dict["message"] = message
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _timestamp: Any = d.pop("timestamp", UNSET)
        timestamp: datetime.datetime | None | str | Unset
        if isinstance(_timestamp, str):
            try:
                componentsschemas_timestamp_type_0 = datetime.datetime.fromisoformat(_timestamp)

                timestamp = componentsschemas_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                timestamp = cast("datetime.datetime | None | str | Unset", _timestamp)
        else:
            timestamp = _timestamp

        version = d.pop("version", UNSET)

        type_ = d.pop("type", UNSET)

        tailnet = d.pop("tailnet", UNSET)

        message = d.pop("message", UNSET)

        _data = d.pop("data", UNSET)
        data: WebhookEventPayloadData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = WebhookEventPayloadData.from_dict(_data)

        webhook_event_payload = cls(
            timestamp,
            version,
            type_,
            tailnet,
            message,
            data,
            d or {},
        )
        return webhook_event_payload

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
from ..models.webhook_event_payload_data import WebhookEventPayloadData  # noqa: E402
