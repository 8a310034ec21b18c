from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PolicyPreview")


@_attrs_define
class PolicyPreview:
    """Rules matching a user or destination.

    Attributes:
        matches (list[PolicyRuleMatch] | None | Unset):
        type_ (str | Unset):
        preview_for (str | Unset):
    """

    matches: list[PolicyRuleMatch] | None | Unset = UNSET
    type_: str | Unset = UNSET
    preview_for: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        matches: list[dict[str, Any]] | None | Unset
        if isinstance(self.matches, Unset):
            matches = UNSET
        elif isinstance(self.matches, list):
            matches = []
            for matches_type_0_item_data in self.matches:
                matches_type_0_item = matches_type_0_item_data.to_dict()
                matches.append(matches_type_0_item)

        else:
            matches = self.matches

        type_ = self.type_

        preview_for = self.preview_for

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if matches is not UNSET:
            field_dict["matches"] = matches
        if type_ is not UNSET:
            field_dict["type"] = type_
        if preview_for is not UNSET:
            field_dict["previewFor"] = preview_for

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _matches: Any = d.pop("matches", UNSET)
        matches: list[PolicyRuleMatch] | None | Unset
        if isinstance(_matches, list):
            try:
                matches_type_0 = []
                _matches_type_0 = _matches
                for matches_type_0_item_data in _matches_type_0:
                    matches_type_0_item = PolicyRuleMatch.from_dict(matches_type_0_item_data)

                    matches_type_0.append(matches_type_0_item)

                matches = matches_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                matches = cast("list[PolicyRuleMatch] | None | Unset", _matches)
        else:
            matches = _matches

        type_ = d.pop("type", UNSET)

        preview_for = d.pop("previewFor", UNSET)

        policy_preview = cls(
            matches,
            type_,
            preview_for,
            d or {},
        )
        return policy_preview

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
from ..models.policy_rule_match import PolicyRuleMatch  # noqa: E402
