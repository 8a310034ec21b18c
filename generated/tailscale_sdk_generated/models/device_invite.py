from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeviceInvite")


@_attrs_define
class DeviceInvite:
    """An invitation to share a device with a user outside its tailnet.

    Attributes:
        id (str): The invite id.
        created (datetime.datetime | None | str | Unset): An RFC 3339 time. The API sends `""` or `null` when it has no
            value (for example
            the creation time of a device shared in from another tailnet).
        tailnet_id (int | str | Unset): A numeric id the API sends as a JSON number in some places and a string in
            others.
        device_id (int | str | Unset): A numeric id the API sends as a JSON number in some places and a string in
            others.
        sharer_id (int | str | Unset): A numeric id the API sends as a JSON number in some places and a string in
            others.
        multi_use (bool | None | Unset): A boolean the API sends as `null` when it does not know the value.
        allow_exit_node (bool | None | Unset): A boolean the API sends as `null` when it does not know the value.
        email (str | Unset): Address the invite was mailed to; empty if it was not mailed.
        last_email_sent_at (datetime.datetime | None | str | Unset): An RFC 3339 time. The API sends `""` or `null` when
            it has no value (for example
            the creation time of a device shared in from another tailnet).
        invite_url (str | Unset): Link that accepts the invite, usable by anyone who has it.
        accepted (bool | None | Unset): A boolean the API sends as `null` when it does not know the value.
        accepted_by (DeviceInviteAcceptedBy | Unset): The user who accepted a device invite.
    """

    id: str
    created: datetime.datetime | None | str | Unset = UNSET
    tailnet_id: int | str | Unset = UNSET
    device_id: int | str | Unset = UNSET
    sharer_id: int | str | Unset = UNSET
    multi_use: bool | None | Unset = UNSET
    allow_exit_node: bool | None | Unset = UNSET
    email: str | Unset = UNSET
    last_email_sent_at: datetime.datetime | None | str | Unset = UNSET
    invite_url: str | Unset = UNSET
    accepted: bool | None | Unset = UNSET
    accepted_by: DeviceInviteAcceptedBy | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created: None | str | Unset
        if isinstance(self.created, Unset):
            created = UNSET
        elif isinstance(self.created, datetime.datetime):
            created = self.created.isoformat()
        else:
            created = self.created

        tailnet_id: int | str | Unset
        if isinstance(self.tailnet_id, Unset):
            tailnet_id = UNSET
        else:
            tailnet_id = self.tailnet_id

        device_id: int | str | Unset
        if isinstance(self.device_id, Unset):
            device_id = UNSET
        else:
            device_id = self.device_id

        sharer_id: int | str | Unset
        if isinstance(self.sharer_id, Unset):
            sharer_id = UNSET
        else:
            sharer_id = self.sharer_id

        multi_use: bool | None | Unset
        if isinstance(self.multi_use, Unset):
            multi_use = UNSET
        else:
            multi_use = self.multi_use

        allow_exit_node: bool | None | Unset
        if isinstance(self.allow_exit_node, Unset):
            allow_exit_node = UNSET
        else:
            allow_exit_node = self.allow_exit_node

        email = self.email

        last_email_sent_at: None | str | Unset
        if isinstance(self.last_email_sent_at, Unset):
            last_email_sent_at = UNSET
        elif isinstance(self.last_email_sent_at, datetime.datetime):
            last_email_sent_at = self.last_email_sent_at.isoformat()
        else:
            last_email_sent_at = self.last_email_sent_at

        invite_url = self.invite_url

        accepted: bool | None | Unset
        if isinstance(self.accepted, Unset):
            accepted = UNSET
        else:
            accepted = self.accepted

        accepted_by: dict[str, Any] | Unset = UNSET
        if not isinstance(self.accepted_by, Unset):
            accepted_by = self.accepted_by.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if created is not UNSET:
            field_dict["created"] = created
        if tailnet_id is not UNSET:
            field_dict["tailnetId"] = tailnet_id
        if device_id is not UNSET:
            field_dict["deviceId"] = device_id
        if sharer_id is not UNSET:
            field_dict["sharerId"] = sharer_id
        if multi_use is not UNSET:
            field_dict["multiUse"] = multi_use
        if allow_exit_node is not UNSET:
            field_dict["allowExitNode"] = allow_exit_node
        if email is not UNSET:
            field_dict["email"] = email
        if last_email_sent_at is not UNSET:
            field_dict["lastEmailSentAt"] = last_email_sent_at
        if invite_url is not UNSET:
            field_dict["inviteUrl"] = invite_url
        if accepted is not UNSET:
            field_dict["accepted"] = accepted
        if accepted_by is not UNSET:
            field_dict["acceptedBy"] = accepted_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

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

        tailnet_id: int | str | Unset = d.pop("tailnetId", UNSET)

        device_id: int | str | Unset = d.pop("deviceId", UNSET)

        sharer_id: int | str | Unset = d.pop("sharerId", UNSET)

        multi_use: bool | None | Unset = d.pop("multiUse", UNSET)

        allow_exit_node: bool | None | Unset = d.pop("allowExitNode", UNSET)

        email = d.pop("email", UNSET)

        _last_email_sent_at: Any = d.pop("lastEmailSentAt", UNSET)
        last_email_sent_at: datetime.datetime | None | str | Unset
        if isinstance(_last_email_sent_at, str):
            try:
                componentsschemas_timestamp_type_0 = datetime.datetime.fromisoformat(_last_email_sent_at)

                last_email_sent_at = componentsschemas_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                last_email_sent_at = cast("datetime.datetime | None | str | Unset", _last_email_sent_at)
        else:
            last_email_sent_at = _last_email_sent_at

        invite_url = d.pop("inviteUrl", UNSET)

        accepted: bool | None | Unset = d.pop("accepted", UNSET)

        _accepted_by = d.pop("acceptedBy", UNSET)
        accepted_by: DeviceInviteAcceptedBy | Unset
        if isinstance(_accepted_by, Unset):
            accepted_by = UNSET
        else:
            accepted_by = DeviceInviteAcceptedBy.from_dict(_accepted_by)

        device_invite = cls(
            id,
            created,
            tailnet_id,
            device_id,
            sharer_id,
            multi_use,
            allow_exit_node,
            email,
            last_email_sent_at,
            invite_url,
            accepted,
            accepted_by,
            d or {},
        )
        return device_invite

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
from ..models.device_invite_accepted_by import DeviceInviteAcceptedBy  # noqa: E402
