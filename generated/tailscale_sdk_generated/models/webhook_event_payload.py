from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_event_payload_data import WebhookEventPayloadData


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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        from ..models.webhook_event_payload_data import WebhookEventPayloadData  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_timestamp(data: object) -> datetime.datetime | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | str | Unset, data)

        timestamp = _parse_timestamp(d.pop("timestamp", UNSET))

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
            timestamp=timestamp,
            version=version,
            type_=type_,
            tailnet=tailnet,
            message=message,
            data=data,
        )

        webhook_event_payload.additional_properties = d
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
