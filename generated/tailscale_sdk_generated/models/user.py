from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """A user of a tailnet, or of another tailnet that devices are shared with.

    Attributes:
        id (str):
        display_name (str | Unset):
        login_name (str | Unset):
        profile_pic_url (str | Unset):
        tailnet_id (str | Unset): The tailnet the user belongs to.
        created (datetime.datetime | None | str | Unset): An RFC 3339 time. The API sends `""` or `null` when it has no
            value (for example
            the creation time of a device shared in from another tailnet).
        type_ (str | Unset): Known values member and shared; others may appear.
        role (str | Unset): Known values owner, member, admin, it-admin, network-admin, billing-admin and
            auditor; others may appear.
        status (str | Unset): Known values active, idle, suspended, needs-approval and over-billing-limit;
            others may appear.
        device_count (int | Unset): Devices the user owns.
        last_seen (datetime.datetime | None | str | Unset): An RFC 3339 time. The API sends `""` or `null` when it has
            no value (for example
            the creation time of a device shared in from another tailnet).
        currently_connected (bool | None | Unset): A boolean the API sends as `null` when it does not know the value.
    """

    id: str
    display_name: str | Unset = UNSET
    login_name: str | Unset = UNSET
    profile_pic_url: str | Unset = UNSET
    tailnet_id: str | Unset = UNSET
    created: datetime.datetime | None | str | Unset = UNSET
    type_: str | Unset = UNSET
    role: str | Unset = UNSET
    status: str | Unset = UNSET
    device_count: int | Unset = UNSET
    last_seen: datetime.datetime | None | str | Unset = UNSET
    currently_connected: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        display_name = self.display_name

        login_name = self.login_name

        profile_pic_url = self.profile_pic_url

        tailnet_id = self.tailnet_id

        created: None | str | Unset
        if isinstance(self.created, Unset):
            created = UNSET
        elif isinstance(self.created, datetime.datetime):
            created = self.created.isoformat()
        else:
            created = self.created

        type_ = self.type_

        role = self.role

        status = self.status

        device_count = self.device_count

        last_seen: None | str | Unset
        if isinstance(self.last_seen, Unset):
            last_seen = UNSET
        elif isinstance(self.last_seen, datetime.datetime):
            last_seen = self.last_seen.isoformat()
        else:
            last_seen = self.last_seen

        currently_connected: bool | None | Unset
        if isinstance(self.currently_connected, Unset):
            currently_connected = UNSET
        else:
            currently_connected = self.currently_connected

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if login_name is not UNSET:
            field_dict["loginName"] = login_name
        if profile_pic_url is not UNSET:
            field_dict["profilePicUrl"] = profile_pic_url
        if tailnet_id is not UNSET:
            field_dict["tailnetId"] = tailnet_id
        if created is not UNSET:
            field_dict["created"] = created
        if type_ is not UNSET:
            field_dict["type"] = type_
        if role is not UNSET:
            field_dict["role"] = role
        if status is not UNSET:
            field_dict["status"] = status
        if device_count is not UNSET:
            field_dict["deviceCount"] = device_count
        if last_seen is not UNSET:
            field_dict["lastSeen"] = last_seen
        if currently_connected is not UNSET:
            field_dict["currentlyConnected"] = currently_connected

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        display_name = d.pop("displayName", UNSET)

        login_name = d.pop("loginName", UNSET)

        profile_pic_url = d.pop("profilePicUrl", UNSET)

        tailnet_id = d.pop("tailnetId", UNSET)

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

        type_ = d.pop("type", UNSET)

        role = d.pop("role", UNSET)

        status = d.pop("status", UNSET)

        device_count = d.pop("deviceCount", UNSET)

        _last_seen: Any = d.pop("lastSeen", UNSET)
        last_seen: datetime.datetime | None | str | Unset
        if isinstance(_last_seen, str):
            try:
                componentsschemas_timestamp_type_0 = datetime.datetime.fromisoformat(_last_seen)

                last_seen = componentsschemas_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                last_seen = cast("datetime.datetime | None | str | Unset", _last_seen)
        else:
            last_seen = _last_seen

        currently_connected: bool | None | Unset = d.pop("currentlyConnected", UNSET)

        user = cls(
            id,
            display_name,
            login_name,
            profile_pic_url,
            tailnet_id,
            created,
            type_,
            role,
            status,
            device_count,
            last_seen,
            currently_connected,
            d or {},
        )
        return user

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
