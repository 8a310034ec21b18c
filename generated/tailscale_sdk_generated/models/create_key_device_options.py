from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateKeyDeviceOptions")


@_attrs_define
class CreateKeyDeviceOptions:
    """
    Attributes:
        reusable (bool | Unset):
        ephemeral (bool | Unset):
        preauthorized (bool | Unset):
        tags (list[str] | Unset):
    """

    reusable: bool | Unset = UNSET
    ephemeral: bool | Unset = UNSET
    preauthorized: bool | Unset = UNSET
    tags: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        reusable = self.reusable

        ephemeral = self.ephemeral

        preauthorized = self.preauthorized

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}

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
        reusable = d.pop("reusable", UNSET)

        ephemeral = d.pop("ephemeral", UNSET)

        preauthorized = d.pop("preauthorized", UNSET)

        tags: list[str] | Unset = d.pop("tags", UNSET)

        return cls(
            reusable,
            ephemeral,
            preauthorized,
            tags,
        )
