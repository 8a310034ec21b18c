from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PostureIntegrationList")


@_attrs_define
class PostureIntegrationList:
    """Posture integrations of a tailnet.

    Attributes:
        integrations (list[PostureIntegration] | None | Unset):
    """

    integrations: list[PostureIntegration] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        integrations: list[dict[str, Any]] | None | Unset
        if isinstance(self.integrations, Unset):
            integrations = UNSET
        elif isinstance(self.integrations, list):
            integrations = []
            for integrations_type_0_item_data in self.integrations:
                integrations_type_0_item = integrations_type_0_item_data.to_dict()
                integrations.append(integrations_type_0_item)

        else:
            integrations = self.integrations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if integrations is not UNSET:
            field_dict["integrations"] = integrations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _integrations: Any = d.pop("integrations", UNSET)
        integrations: list[PostureIntegration] | None | Unset
        if isinstance(_integrations, list):
            integrations_type_0 = []
            _integrations_type_0 = _integrations
            for integrations_type_0_item_data in _integrations_type_0:
                integrations_type_0_item = PostureIntegration.from_dict(integrations_type_0_item_data)

                integrations_type_0.append(integrations_type_0_item)

            integrations = integrations_type_0
        elif _integrations is None or _integrations is UNSET:
            integrations = _integrations
        else:
            raise TypeError(
                f"integrations: {type(_integrations).__name__} is not list[PostureIntegration] | None | Unset"
            )

        return cls(
            integrations,
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
from ..models.posture_integration import PostureIntegration  # noqa: E402
