from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="KeyList")


@_attrs_define
class KeyList:
    """Keys visible to the caller.

    Attributes:
        keys (list[Key] | None | Unset):
    """

    keys: list[Key] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        keys: list[dict[str, Any]] | None | Unset
        if isinstance(self.keys, Unset):
            keys = UNSET
        elif isinstance(self.keys, list):
            keys = []
            for keys_type_0_item_data in self.keys:
                keys_type_0_item = keys_type_0_item_data.to_dict()
                keys.append(keys_type_0_item)

        else:
            keys = self.keys

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if keys is not UNSET:
            field_dict["keys"] = keys

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _keys: Any = d.pop("keys", UNSET)
        keys: list[Key] | None | Unset
        if isinstance(_keys, list):
            keys_type_0 = []
            _keys_type_0 = _keys
            for keys_type_0_item_data in _keys_type_0:
                keys_type_0_item = Key.from_dict(keys_type_0_item_data)

                keys_type_0.append(keys_type_0_item)

            keys = keys_type_0
        elif _keys is None or _keys is UNSET:
            keys = _keys
        else:
            raise TypeError(f"keys: {type(_keys).__name__} is not list[Key] | None | Unset")

        return cls(
            keys,
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


# Imported last: see the template (generator-templates/model.py.jinja).
from ..models.key import Key  # noqa: E402
