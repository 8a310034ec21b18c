from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserInvite")


@_attrs_define
class UserInvite:
    """An invitation for a user to join a tailnet.

    Attributes:
        id (str):
        role (str | Unset): Role given on acceptance. Known values: member, admin, it-admin, network-admin,
            billing-admin, auditor; others may appear.
        tailnet_id (int | str | Unset): A numeric id the API sends as a JSON number in some places and a string in
            others.
        inviter_id (int | str | Unset): A numeric id the API sends as a JSON number in some places and a string in
            others.
        email (str | Unset): Address the invite was mailed to; empty if it was not mailed.
        last_email_sent_at (datetime.datetime | None | str | Unset): An RFC 3339 time. The API sends `""` or `null` when
            it has no value (for example
            the creation time of a device shared in from another tailnet).
        invite_url (str | Unset): Link that accepts the invite. Absent when the address belongs to the tailnet's
            own domain, where signing in is enough.
    """

    id: str
    role: str | Unset = UNSET
    tailnet_id: int | str | Unset = UNSET
    inviter_id: int | str | Unset = UNSET
    email: str | Unset = UNSET
    last_email_sent_at: datetime.datetime | None | str | Unset = UNSET
    invite_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        role = self.role

        tailnet_id: int | str | Unset
        if isinstance(self.tailnet_id, Unset):
            tailnet_id = UNSET
        else:
            tailnet_id = self.tailnet_id

        inviter_id: int | str | Unset
        if isinstance(self.inviter_id, Unset):
            inviter_id = UNSET
        else:
            inviter_id = self.inviter_id

        email = self.email

        last_email_sent_at: None | str | Unset
        if isinstance(self.last_email_sent_at, Unset):
            last_email_sent_at = UNSET
        elif isinstance(self.last_email_sent_at, datetime.datetime):
            last_email_sent_at = self.last_email_sent_at.isoformat()
        else:
            last_email_sent_at = self.last_email_sent_at

        invite_url = self.invite_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if role is not UNSET:
            field_dict["role"] = role
        if tailnet_id is not UNSET:
            field_dict["tailnetId"] = tailnet_id
        if inviter_id is not UNSET:
            field_dict["inviterId"] = inviter_id
        if email is not UNSET:
            field_dict["email"] = email
        if last_email_sent_at is not UNSET:
            field_dict["lastEmailSentAt"] = last_email_sent_at
        if invite_url is not UNSET:
            field_dict["inviteUrl"] = invite_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        role = d.pop("role", UNSET)

        tailnet_id: int | str | Unset = d.pop("tailnetId", UNSET)

        inviter_id: int | str | Unset = d.pop("inviterId", UNSET)

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

        user_invite = cls(
            id,
            role,
            tailnet_id,
            inviter_id,
            email,
            last_email_sent_at,
            invite_url,
            d or {},
        )
        return user_invite

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
