from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListOrganizationTailnetsResponse")


@_attrs_define
class ListOrganizationTailnetsResponse:
    """One page of the tailnets of an organization.

    Attributes:
        tailnets (list[OrganizationTailnet] | None | Unset):
        cursor (None | str | Unset): Pass it as `cursor` to get the next page; empty or missing on the last page.
        total_count (int | Unset): The number of tailnets on all pages together.
    """

    tailnets: list[OrganizationTailnet] | None | Unset = UNSET
    cursor: None | str | Unset = UNSET
    total_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tailnets: list[dict[str, Any]] | None | Unset
        if isinstance(self.tailnets, Unset):
            tailnets = UNSET
        elif isinstance(self.tailnets, list):
            tailnets = []
            for tailnets_type_0_item_data in self.tailnets:
                tailnets_type_0_item = tailnets_type_0_item_data.to_dict()
                tailnets.append(tailnets_type_0_item)

        else:
            tailnets = self.tailnets

        cursor: None | str | Unset
        if isinstance(self.cursor, Unset):
            cursor = UNSET
        else:
            cursor = self.cursor

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tailnets is not UNSET:
            field_dict["tailnets"] = tailnets
        if cursor is not UNSET:
            field_dict["cursor"] = cursor
        if total_count is not UNSET:
            field_dict["totalCount"] = total_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _tailnets: Any = d.pop("tailnets", UNSET)
        tailnets: list[OrganizationTailnet] | None | Unset
        if isinstance(_tailnets, list):
            tailnets_type_0 = []
            _tailnets_type_0 = _tailnets
            for tailnets_type_0_item_data in _tailnets_type_0:
                tailnets_type_0_item = OrganizationTailnet.from_dict(tailnets_type_0_item_data)

                tailnets_type_0.append(tailnets_type_0_item)

            tailnets = tailnets_type_0
        elif _tailnets is None or _tailnets is UNSET:
            tailnets = _tailnets
        else:
            raise TypeError(f"tailnets: {type(_tailnets).__name__} is not list[OrganizationTailnet] | None | Unset")

        cursor: None | str | Unset = d.pop("cursor", UNSET)

        total_count = d.pop("totalCount", UNSET)

        return cls(
            tailnets,
            cursor,
            total_count,
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
from ..models.organization_tailnet import OrganizationTailnet  # noqa: E402
