from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PolicyValidation")


@_attrs_define
class PolicyValidation:
    """Outcome of a validation; no `message` means success.

    Attributes:
        message (None | str | Unset):
        data (list[PolicyTestResult] | None | Unset):
    """

    message: None | str | Unset = UNSET
    data: list[PolicyTestResult] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        data: list[dict[str, Any]] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, list):
            data = []
            for data_type_0_item_data in self.data:
                data_type_0_item = data_type_0_item_data.to_dict()
                data.append(data_type_0_item)

        else:
            data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message: None | str | Unset = d.pop("message", UNSET)

        _data: Any = d.pop("data", UNSET)
        data: list[PolicyTestResult] | None | Unset
        if isinstance(_data, list):
            data_type_0 = []
            _data_type_0 = _data
            for data_type_0_item_data in _data_type_0:
                data_type_0_item = PolicyTestResult.from_dict(data_type_0_item_data)

                data_type_0.append(data_type_0_item)

            data = data_type_0
        elif _data is None or _data is UNSET:
            data = _data
        else:
            raise TypeError(f"data: {type(_data).__name__} is not list[PolicyTestResult] | None | Unset")

        return cls(
            message,
            data,
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
from ..models.policy_test_result import PolicyTestResult  # noqa: E402
