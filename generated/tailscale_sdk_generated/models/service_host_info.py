from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServiceHostInfo")


@_attrs_define
class ServiceHostInfo:
    """A device that hosts a Service.

    Attributes:
        stable_node_id (None | str | Unset): The device's stable node id (its `nodeId`).
        approval_level (None | str | Unset): Whether and how the device was approved to host the Service.
        configured (None | str | Unset): The device's configuration state for the Service.
    """

    stable_node_id: None | str | Unset = UNSET
    approval_level: None | str | Unset = UNSET
    configured: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stable_node_id: None | str | Unset
        if isinstance(self.stable_node_id, Unset):
            stable_node_id = UNSET
        else:
            stable_node_id = self.stable_node_id

        approval_level: None | str | Unset
        if isinstance(self.approval_level, Unset):
            approval_level = UNSET
        else:
            approval_level = self.approval_level

        configured: None | str | Unset
        if isinstance(self.configured, Unset):
            configured = UNSET
        else:
            configured = self.configured

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if stable_node_id is not UNSET:
            field_dict["stableNodeID"] = stable_node_id
        if approval_level is not UNSET:
            field_dict["approvalLevel"] = approval_level
        if configured is not UNSET:
            field_dict["configured"] = configured

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        stable_node_id: None | str | Unset = d.pop("stableNodeID", UNSET)

        approval_level: None | str | Unset = d.pop("approvalLevel", UNSET)

        configured: None | str | Unset = d.pop("configured", UNSET)

        return cls(
            stable_node_id,
            approval_level,
            configured,
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
