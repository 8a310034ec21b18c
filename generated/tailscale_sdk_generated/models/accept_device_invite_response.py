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
        device (None | SharedDevice | Unset):
        sharer (InviteParty | None | Unset):
        accepted_by (InviteParty | None | Unset):
    """

    device: None | SharedDevice | Unset = UNSET
    sharer: InviteParty | None | Unset = UNSET
    accepted_by: InviteParty | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        device: dict[str, Any] | None | Unset
        if isinstance(self.device, Unset):
            device = UNSET
        elif isinstance(self.device, SharedDevice):
            device = self.device.to_dict()
        else:
            device = self.device

        sharer: dict[str, Any] | None | Unset
        if isinstance(self.sharer, Unset):
            sharer = UNSET
        elif isinstance(self.sharer, InviteParty):
            sharer = self.sharer.to_dict()
        else:
            sharer = self.sharer

        accepted_by: dict[str, Any] | None | Unset
        if isinstance(self.accepted_by, Unset):
            accepted_by = UNSET
        elif isinstance(self.accepted_by, InviteParty):
            accepted_by = self.accepted_by.to_dict()
        else:
            accepted_by = self.accepted_by

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
        _device: Any = d.pop("device", UNSET)
        device: None | SharedDevice | Unset
        if isinstance(_device, dict):
            device_type_0 = SharedDevice.from_dict(_device)

            device = device_type_0
        elif _device is None or _device is UNSET:
            device = _device
        else:
            raise TypeError(f"device: {type(_device).__name__} is not None | SharedDevice | Unset")

        _sharer: Any = d.pop("sharer", UNSET)
        sharer: InviteParty | None | Unset
        if isinstance(_sharer, dict):
            sharer_type_0 = InviteParty.from_dict(_sharer)

            sharer = sharer_type_0
        elif _sharer is None or _sharer is UNSET:
            sharer = _sharer
        else:
            raise TypeError(f"sharer: {type(_sharer).__name__} is not InviteParty | None | Unset")

        _accepted_by: Any = d.pop("acceptedBy", UNSET)
        accepted_by: InviteParty | None | Unset
        if isinstance(_accepted_by, dict):
            accepted_by_type_0 = InviteParty.from_dict(_accepted_by)

            accepted_by = accepted_by_type_0
        elif _accepted_by is None or _accepted_by is UNSET:
            accepted_by = _accepted_by
        else:
            raise TypeError(f"acceptedBy: {type(_accepted_by).__name__} is not InviteParty | None | Unset")

        return cls(
            device,
            sharer,
            accepted_by,
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
from ..models.invite_party import InviteParty  # noqa: E402
from ..models.shared_device import SharedDevice  # noqa: E402
