from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="KeyDeviceCapabilities")


@_attrs_define
class KeyDeviceCapabilities:
    """
    Attributes:
        create (KeyDeviceCreateCapabilities | None | Unset):
    """

    create: KeyDeviceCreateCapabilities | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        create: dict[str, Any] | None | Unset
        if isinstance(self.create, Unset):
            create = UNSET
        elif isinstance(self.create, KeyDeviceCreateCapabilities):
            create = self.create.to_dict()
        else:
            create = self.create

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if create is not UNSET:
            field_dict["create"] = create

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _create: Any = d.pop("create", UNSET)
        create: KeyDeviceCreateCapabilities | None | Unset
        if isinstance(_create, dict):
            create_type_0 = KeyDeviceCreateCapabilities.from_dict(_create)

            create = create_type_0
        elif _create is None or _create is UNSET:
            create = _create
        else:
            raise TypeError(f"create: {type(_create).__name__} is not KeyDeviceCreateCapabilities | None | Unset")

        return cls(
            create,
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
from ..models.key_device_create_capabilities import KeyDeviceCreateCapabilities  # noqa: E402
