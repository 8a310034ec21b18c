from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateOAuthClientRequest")


@_attrs_define
class UpdateOAuthClientRequest:
    """The new settings of an OAuth client.

    Attributes:
        key_type (Literal['client']): The credential is an OAuth client. Default: 'client'.
        scopes (list[str]): Scopes granted to a trust credential, such as `all:read`, `devices:core`, `auth_keys` or
            `dns`.
        tags (list[str] | Unset): Tags of a trust credential. Auth keys it creates must carry exactly these tags or tags
            they own. Required when the scopes include `devices:core` or `auth_keys`.
        description (str | Unset): Short note on what a key or credential is for.
    """

    scopes: list[str]
    key_type: Literal["client"] = "client"
    tags: list[str] | Unset = UNSET
    description: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        key_type = self.key_type

        scopes = self.scopes

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "keyType": key_type,
                "scopes": scopes,
            }
        )
        if tags is not UNSET:
            field_dict["tags"] = tags
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key_type = cast(Literal["client"], d.pop("keyType"))
        if key_type != "client":
            raise ValueError(f"keyType must match const 'client', got '{key_type}'")

        scopes: list[str] = d.pop("scopes")

        tags: list[str] | Unset = d.pop("tags", UNSET)

        description = d.pop("description", UNSET)

        return cls(
            scopes,
            key_type,
            tags,
            description,
        )
