from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SetDeviceRoutesRequest")


@_attrs_define
class SetDeviceRoutesRequest:
    """
    Attributes:
        routes (list[str]): The routes to approve; replaces the current list.
    """

    routes: list[str]

    def to_dict(self) -> dict[str, Any]:
        routes = self.routes

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "routes": routes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        routes: list[str] = d.pop("routes")

        return cls(
            routes,
        )
