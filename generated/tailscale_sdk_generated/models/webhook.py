from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Webhook")


@_attrs_define
class Webhook:
    """A webhook endpoint.

    Attributes:
        endpoint_id (str):
        endpoint_url (str | Unset): Where events are POSTed.
        provider_type (str | Unset): Known values '' (generic), slack, mattermost, googlechat, discord.
        creator_login_name (str | Unset): Who created the endpoint; empty for OAuth clients.
        created (datetime.datetime | None | str | Unset): An RFC 3339 time. The API sends `""` or `null` when it has no
            value (for example
            the creation time of a device shared in from another tailnet).
        last_modified (datetime.datetime | None | str | Unset): An RFC 3339 time. The API sends `""` or `null` when it
            has no value (for example
            the creation time of a device shared in from another tailnet).
        subscriptions (list[str] | None | Unset): Subscribed event types (see WebhookEvent; others may appear).
        secret (str | Unset): Signing secret; only in the responses to create and rotate.
    """

    endpoint_id: str
    endpoint_url: str | Unset = UNSET
    provider_type: str | Unset = UNSET
    creator_login_name: str | Unset = UNSET
    created: datetime.datetime | None | str | Unset = UNSET
    last_modified: datetime.datetime | None | str | Unset = UNSET
    subscriptions: list[str] | None | Unset = UNSET
    secret: str | Unset = _attrs_field(default=UNSET, repr=False)
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        endpoint_id = self.endpoint_id

        endpoint_url = self.endpoint_url

        provider_type = self.provider_type

        creator_login_name = self.creator_login_name

        created: None | str | Unset
        if isinstance(self.created, Unset):
            created = UNSET
        elif isinstance(self.created, datetime.datetime):
            created = self.created.isoformat()
        else:
            created = self.created

        last_modified: None | str | Unset
        if isinstance(self.last_modified, Unset):
            last_modified = UNSET
        elif isinstance(self.last_modified, datetime.datetime):
            last_modified = self.last_modified.isoformat()
        else:
            last_modified = self.last_modified

        subscriptions: list[str] | None | Unset
        if isinstance(self.subscriptions, Unset):
            subscriptions = UNSET
        elif isinstance(self.subscriptions, list):
            subscriptions = self.subscriptions

        else:
            subscriptions = self.subscriptions

        secret = self.secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "endpointId": endpoint_id,
            }
        )
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
        endpoint_id = d.pop("endpointId")

        endpoint_url = d.pop("endpointUrl", UNSET)

        provider_type = d.pop("providerType", UNSET)

        creator_login_name = d.pop("creatorLoginName", UNSET)

        _created: Any = d.pop("created", UNSET)
        created: datetime.datetime | None | str | Unset
        if isinstance(_created, str):
            try:
                componentsschemas_timestamp_type_0 = datetime.datetime.fromisoformat(_created)

                created = componentsschemas_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                created = cast("datetime.datetime | None | str | Unset", _created)
        else:
            created = _created

        _last_modified: Any = d.pop("lastModified", UNSET)
        last_modified: datetime.datetime | None | str | Unset
        if isinstance(_last_modified, str):
            try:
                componentsschemas_timestamp_type_0 = datetime.datetime.fromisoformat(_last_modified)

                last_modified = componentsschemas_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                last_modified = cast("datetime.datetime | None | str | Unset", _last_modified)
        else:
            last_modified = _last_modified

        _subscriptions: Any = d.pop("subscriptions", UNSET)
        subscriptions: list[str] | None | Unset
        if isinstance(_subscriptions, list):
            try:
                subscriptions_type_0 = cast("list[str]", _subscriptions)

                subscriptions = subscriptions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                subscriptions = cast("list[str] | None | Unset", _subscriptions)
        else:
            subscriptions = _subscriptions

        secret = d.pop("secret", UNSET)

        webhook = cls(
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
        return webhook

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
