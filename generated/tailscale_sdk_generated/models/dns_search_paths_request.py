from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="DnsSearchPathsRequest")


@_attrs_define
class DnsSearchPathsRequest:
    """Search domains to set; replaces the current list.

    Attributes:
        search_paths (list[str]): The search domains; replaces the current list.
    """

    search_paths: list[str]

    def to_dict(self) -> dict[str, Any]:
        search_paths = self.search_paths

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "searchPaths": search_paths,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        search_paths: list[str] = d.pop("searchPaths")

        return cls(
            search_paths,
        )
