from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AcceptDeviceInviteResponse")


@_attrs_define
class AcceptDeviceInviteResponse:
    """The outcome of accepting a device invite.

    Attributes:
        device (SharedDevice | Unset): A device as seen by the user it was shared with.
        sharer (InviteParty | Unset): A user taking part in a device share.
        accepted_by (InviteParty | Unset): A user taking part in a device share.
    """

    device: SharedDevice | Unset = UNSET
    sharer: InviteParty | Unset = UNSET
    accepted_by: InviteParty | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        device: dict[str, Any] | Unset = UNSET
        if not isinstance(self.device, Unset):
            device = self.device.to_dict()

        sharer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sharer, Unset):
            sharer = self.sharer.to_dict()

        accepted_by: dict[str, Any] | Unset = UNSET
        if not isinstance(self.accepted_by, Unset):
            accepted_by = self.accepted_by.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if device is not UNSET:
            field_dict["device"] = device
        if sharer is not UNSET:
            field_dict["sharer"] = sharer
        if accepted_by is not UNSET:
            field_dict["acceptedBy"] = accepted_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _device = d.pop("device", UNSET)
        device: SharedDevice | Unset
        if isinstance(_device, Unset):
            device = UNSET
        else:
            device = SharedDevice.from_dict(_device)

        _sharer = d.pop("sharer", UNSET)
        sharer: InviteParty | Unset
        if isinstance(_sharer, Unset):
            sharer = UNSET
        else:
            sharer = InviteParty.from_dict(_sharer)

        _accepted_by = d.pop("acceptedBy", UNSET)
        accepted_by: InviteParty | Unset
        if isinstance(_accepted_by, Unset):
            accepted_by = UNSET
        else:
            accepted_by = InviteParty.from_dict(_accepted_by)

        accept_device_invite_response = cls(
            device,
            sharer,
            accepted_by,
            d or {},
        )
        return accept_device_invite_response

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
from ..models.invite_party import InviteParty  # noqa: E402
from ..models.shared_device import SharedDevice  # noqa: E402
