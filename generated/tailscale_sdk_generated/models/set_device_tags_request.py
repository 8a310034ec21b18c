from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SetDeviceTagsRequest")


@_attrs_define
class SetDeviceTagsRequest:
    """
    Attributes:
        tags (list[str]): The tags to set; replaces the current list.
    """

    tags: list[str]

    def to_dict(self) -> dict[str, Any]:
        tags = self.tags

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "tags": tags,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tags: list[str] = d.pop("tags")

        return cls(
            tags,
        )
