from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="KeyDeviceCreateCapabilities")


@_attrs_define
class KeyDeviceCreateCapabilities:
    """How devices registered with an auth key are set up.

    Attributes:
        reusable (bool | None | Unset): A boolean the API sends as `null` when it does not know the value.
        ephemeral (bool | None | Unset): A boolean the API sends as `null` when it does not know the value.
        preauthorized (bool | None | Unset): A boolean the API sends as `null` when it does not know the value.
        tags (list[str] | None | Unset): Tags given to devices it registers.
    """

    reusable: bool | None | Unset = UNSET
    ephemeral: bool | None | Unset = UNSET
    preauthorized: bool | None | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reusable: bool | None | Unset
        if isinstance(self.reusable, Unset):
            reusable = UNSET
        else:
            reusable = self.reusable

        ephemeral: bool | None | Unset
        if isinstance(self.ephemeral, Unset):
            ephemeral = UNSET
        else:
            ephemeral = self.ephemeral

        preauthorized: bool | None | Unset
        if isinstance(self.preauthorized, Unset):
            preauthorized = UNSET
        else:
            preauthorized = self.preauthorized

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reusable is not UNSET:
            field_dict["reusable"] = reusable
        if ephemeral is not UNSET:
            field_dict["ephemeral"] = ephemeral
        if preauthorized is not UNSET:
            field_dict["preauthorized"] = preauthorized
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reusable: bool | None | Unset = d.pop("reusable", UNSET)

        ephemeral: bool | None | Unset = d.pop("ephemeral", UNSET)

        preauthorized: bool | None | Unset = d.pop("preauthorized", UNSET)

        tags: list[str] | None | Unset = d.pop("tags", UNSET)

        return cls(
            reusable,
            ephemeral,
            preauthorized,
            tags,
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
