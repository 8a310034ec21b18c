from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, format_time, parse_time

T = TypeVar("T", bound="Webhook")


@_attrs_define
class Webhook:
    """A webhook endpoint.

    Attributes:
        endpoint_id (None | str | Unset):
        endpoint_url (None | str | Unset): Where events are POSTed.
        provider_type (None | str | Unset): Known values '' (generic), slack, mattermost, googlechat, discord.
        creator_login_name (None | str | Unset): Who created the endpoint; empty for OAuth clients.
        created (datetime.datetime | None | str | Unset): An RFC 3339 time. The API sends `""` or `null` when it has no
            value (for example
            the creation time of a device shared in from another tailnet).
        last_modified (datetime.datetime | None | str | Unset): An RFC 3339 time. The API sends `""` or `null` when it
            has no value (for example
            the creation time of a device shared in from another tailnet).
        subscriptions (list[str] | None | Unset): Subscribed event types (see WebhookEvent; others may appear).
        secret (None | str | Unset): Signing secret; only in the responses to create and rotate.
    """

    endpoint_id: None | str | Unset = UNSET
    endpoint_url: None | str | Unset = UNSET
    provider_type: None | str | Unset = UNSET
    creator_login_name: None | str | Unset = UNSET
    created: datetime.datetime | None | str | Unset = UNSET
    last_modified: datetime.datetime | None | str | Unset = UNSET
    subscriptions: list[str] | None | Unset = UNSET
    secret: None | str | Unset = _attrs_field(default=UNSET, repr=False)
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        endpoint_id: None | str | Unset
        if isinstance(self.endpoint_id, Unset):
            endpoint_id = UNSET
        else:
            endpoint_id = self.endpoint_id

        endpoint_url: None | str | Unset
        if isinstance(self.endpoint_url, Unset):
            endpoint_url = UNSET
        else:
            endpoint_url = self.endpoint_url

        provider_type: None | str | Unset
        if isinstance(self.provider_type, Unset):
            provider_type = UNSET
        else:
            provider_type = self.provider_type

        creator_login_name: None | str | Unset
        if isinstance(self.creator_login_name, Unset):
            creator_login_name = UNSET
        else:
            creator_login_name = self.creator_login_name

        created: None | str | Unset
        if isinstance(self.created, Unset):
            created = UNSET
        elif isinstance(self.created, datetime.datetime):
            created = format_time(self.created)
        else:
            created = self.created

        last_modified: None | str | Unset
        if isinstance(self.last_modified, Unset):
            last_modified = UNSET
        elif isinstance(self.last_modified, datetime.datetime):
            last_modified = format_time(self.last_modified)
        else:
            last_modified = self.last_modified

        subscriptions: list[str] | None | Unset
        if isinstance(self.subscriptions, Unset):
            subscriptions = UNSET
        elif isinstance(self.subscriptions, list):
            subscriptions = self.subscriptions

        else:
            subscriptions = self.subscriptions

        secret: None | str | Unset
        if isinstance(self.secret, Unset):
            secret = UNSET
        else:
            secret = self.secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if endpoint_id is not UNSET:
            field_dict["endpointId"] = endpoint_id
        if endpoint_url is not UNSET:
            field_dict["endpointUrl"] = endpoint_url
        if provider_type is not UNSET:
            field_dict["providerType"] = provider_type
        if creator_login_name is not UNSET:
            field_dict["creatorLoginName"] = creator_login_name
        if created is not UNSET:
            field_dict["created"] = created
        if last_modified is not UNSET:
            field_dict["lastModified"] = last_modified
        if subscriptions is not UNSET:
            field_dict["subscriptions"] = subscriptions
        if secret is not UNSET:
            field_dict["secret"] = secret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        endpoint_id: None | str | Unset = d.pop("endpointId", UNSET)

        endpoint_url: None | str | Unset = d.pop("endpointUrl", UNSET)

        provider_type: None | str | Unset = d.pop("providerType", UNSET)

        creator_login_name: None | str | Unset = d.pop("creatorLoginName", UNSET)

        _created: Any = d.pop("created", UNSET)
        created: datetime.datetime | None | str | Unset
        if isinstance(_created, str):
            try:
                componentsschemas_timestamp_type_0 = parse_time(_created)

                created = componentsschemas_timestamp_type_0
            except ValueError:  # not a time: kept as the string it is
                created = _created
        elif _created is None or _created is UNSET or isinstance(_created, str):
            created = _created
        else:
            raise TypeError(f"created: {type(_created).__name__} is not datetime.datetime | None | str | Unset")

        _last_modified: Any = d.pop("lastModified", UNSET)
        last_modified: datetime.datetime | None | str | Unset
        if isinstance(_last_modified, str):
            try:
                componentsschemas_timestamp_type_0 = parse_time(_last_modified)

                last_modified = componentsschemas_timestamp_type_0
            except ValueError:  # not a time: kept as the string it is
                last_modified = _last_modified
        elif _last_modified is None or _last_modified is UNSET or isinstance(_last_modified, str):
            last_modified = _last_modified
        else:
            raise TypeError(
                f"lastModified: {type(_last_modified).__name__} is not datetime.datetime | None | str | Unset"
            )

        subscriptions: list[str] | None | Unset = d.pop("subscriptions", UNSET)

        secret: None | str | Unset = d.pop("secret", UNSET)

        return cls(
            endpoint_id,
            endpoint_url,
            provider_type,
            creator_login_name,
            created,
            last_modified,
            subscriptions,
            secret,
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
