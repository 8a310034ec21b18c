from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateKeyRequest")


@_attrs_define
class CreateKeyRequest:
    """The request that creates a device auth key (`keyType` `auth`, the default).

    Attributes:
        capabilities (CreateKeyRequestCapabilities):
        key_type (Literal['auth'] | Unset): Creates an auth key; the default when left out.
        expiry_seconds (int | Unset): Lifetime in seconds; 90 days when left out.
        description (str | Unset): Short note on what the key is for.
    """

    capabilities: CreateKeyRequestCapabilities
    key_type: Literal["auth"] | Unset = UNSET
    expiry_seconds: int | Unset = UNSET
    description: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        capabilities = self.capabilities.to_dict()

        key_type = self.key_type

        expiry_seconds = self.expiry_seconds

        description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "capabilities": capabilities,
            }
        )
        if key_type is not UNSET:
            field_dict["keyType"] = key_type
        if expiry_seconds is not UNSET:
            field_dict["expirySeconds"] = expiry_seconds
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        capabilities = CreateKeyRequestCapabilities.from_dict(d.pop("capabilities"))

        key_type = cast(Literal["auth"] | Unset, d.pop("keyType", UNSET))
        if key_type != "auth" and not isinstance(key_type, Unset):
            raise ValueError(f"keyType must match const 'auth', got '{key_type}'")

        expiry_seconds = d.pop("expirySeconds", UNSET)

        description = d.pop("description", UNSET)

        return cls(
            capabilities,
            key_type,
            expiry_seconds,
            description,
        )


# Imported last: see the template (generator-templates/model.py.jinja).
from ..models.create_key_request_capabilities import CreateKeyRequestCapabilities  # noqa: E402
