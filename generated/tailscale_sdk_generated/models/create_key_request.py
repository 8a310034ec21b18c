from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateKeyRequest")


@_attrs_define
class CreateKeyRequest:
    """
    Attributes:
        capabilities (CreateKeyRequestCapabilities):
        expiry_seconds (int | Unset): Lifetime in seconds; 90 days when left out.
        description (str | Unset): Short note on what the key is for.
    """

    capabilities: CreateKeyRequestCapabilities
    expiry_seconds: int | Unset = UNSET
    description: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        capabilities = self.capabilities.to_dict()

        expiry_seconds = self.expiry_seconds

        description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "capabilities": capabilities,
            }
        )
        if expiry_seconds is not UNSET:
            field_dict["expirySeconds"] = expiry_seconds
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        capabilities = CreateKeyRequestCapabilities.from_dict(d.pop("capabilities"))

        expiry_seconds = d.pop("expirySeconds", UNSET)

        description = d.pop("description", UNSET)

        return cls(
            capabilities,
            expiry_seconds,
            description,
        )


# Imported last: see the template (generator-templates/model.py.jinja).
from ..models.create_key_request_capabilities import CreateKeyRequestCapabilities  # noqa: E402
