from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateKeyRequestCapabilitiesDevices")


@_attrs_define
class CreateKeyRequestCapabilitiesDevices:
    """
    Attributes:
        create (CreateKeyDeviceOptions | Unset):
    """

    create: CreateKeyDeviceOptions | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        create: dict[str, Any] | Unset = UNSET
        if not isinstance(self.create, Unset):
            create = self.create.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if create is not UNSET:
            field_dict["create"] = create

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _create = d.pop("create", UNSET)
        create: CreateKeyDeviceOptions | Unset
        if isinstance(_create, Unset):
            create = UNSET
        else:
            create = CreateKeyDeviceOptions.from_dict(_create)

        return cls(
            create,
        )


# Imported last: see the template (generator-templates/model.py.jinja).
from ..models.create_key_device_options import CreateKeyDeviceOptions  # noqa: E402
