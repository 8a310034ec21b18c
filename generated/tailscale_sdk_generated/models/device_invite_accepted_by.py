from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeviceInviteAcceptedBy")


@_attrs_define
class DeviceInviteAcceptedBy:
    """The user who accepted a device invite.

    Attributes:
        id (int | None | str | Unset): A numeric id the API sends as a JSON number in some places and a string in
            others.
        login_name (None | str | Unset):
        profile_pic_url (None | str | Unset):
    """

    id: int | None | str | Unset = UNSET
    login_name: None | str | Unset = UNSET
    profile_pic_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        login_name: None | str | Unset
        if isinstance(self.login_name, Unset):
            login_name = UNSET
        else:
            login_name = self.login_name

        profile_pic_url: None | str | Unset
        if isinstance(self.profile_pic_url, Unset):
            profile_pic_url = UNSET
        else:
            profile_pic_url = self.profile_pic_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if login_name is not UNSET:
            field_dict["loginName"] = login_name
        if profile_pic_url is not UNSET:
            field_dict["profilePicUrl"] = profile_pic_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id: int | None | str | Unset = d.pop("id", UNSET)

        login_name: None | str | Unset = d.pop("loginName", UNSET)

        profile_pic_url: None | str | Unset = d.pop("profilePicUrl", UNSET)

        return cls(
            id,
            login_name,
            profile_pic_url,
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
