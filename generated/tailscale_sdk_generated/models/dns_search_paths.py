from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DnsSearchPaths")


@_attrs_define
class DnsSearchPaths:
    """Search domains.

    Attributes:
        search_paths (list[str] | None | Unset):
    """

    search_paths: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        search_paths: list[str] | None | Unset
        if isinstance(self.search_paths, Unset):
            search_paths = UNSET
        elif isinstance(self.search_paths, list):
            search_paths = self.search_paths

        else:
            search_paths = self.search_paths

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if search_paths is not UNSET:
            field_dict["searchPaths"] = search_paths

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        search_paths: list[str] | None | Unset = d.pop("searchPaths", UNSET)

        return cls(
            search_paths,
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
