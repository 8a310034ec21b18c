from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DerpLatency")


@_attrs_define
class DerpLatency:
    """Latency to one DERP region.

    Attributes:
        preferred (bool | None | Unset): A boolean the API sends as `null` when it does not know the value.
        latency_ms (float | Unset): Round-trip time in milliseconds.
    """

    preferred: bool | None | Unset = UNSET
    latency_ms: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        preferred: bool | None | Unset
        if isinstance(self.preferred, Unset):
            preferred = UNSET
        else:
            preferred = self.preferred

        latency_ms = self.latency_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if preferred is not UNSET:
            field_dict["preferred"] = preferred
        if latency_ms is not UNSET:
            field_dict["latencyMs"] = latency_ms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        preferred: bool | None | Unset = d.pop("preferred", UNSET)

        latency_ms = d.pop("latencyMs", UNSET)

        return cls(
            preferred,
            latency_ms,
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
