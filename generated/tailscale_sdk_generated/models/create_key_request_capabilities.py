from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CreateKeyRequestCapabilities")


@_attrs_define
class CreateKeyRequestCapabilities:
    """
    Attributes:
        devices (CreateKeyRequestCapabilitiesDevices):
    """

    devices: CreateKeyRequestCapabilitiesDevices

    def to_dict(self) -> dict[str, Any]:
        devices = self.devices.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "devices": devices,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        devices = CreateKeyRequestCapabilitiesDevices.from_dict(d.pop("devices"))

        return cls(
            devices,
        )


# Imported last: see the template (generator-templates/model.py.jinja).
from ..models.create_key_request_capabilities_devices import CreateKeyRequestCapabilitiesDevices  # noqa: E402
