from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OAuthAppList")


@_attrs_define
class OAuthAppList:
    """The OAuth apps of a tailnet.

    Attributes:
        oauth_apps (list[OAuthApp] | None | Unset):
    """

    oauth_apps: list[OAuthApp] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        oauth_apps: list[dict[str, Any]] | None | Unset
        if isinstance(self.oauth_apps, Unset):
            oauth_apps = UNSET
        elif isinstance(self.oauth_apps, list):
            oauth_apps = []
            for oauth_apps_type_0_item_data in self.oauth_apps:
                oauth_apps_type_0_item = oauth_apps_type_0_item_data.to_dict()
                oauth_apps.append(oauth_apps_type_0_item)

        else:
            oauth_apps = self.oauth_apps

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if oauth_apps is not UNSET:
            field_dict["oauthApps"] = oauth_apps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _oauth_apps: Any = d.pop("oauthApps", UNSET)
        oauth_apps: list[OAuthApp] | None | Unset
        if isinstance(_oauth_apps, list):
            oauth_apps_type_0 = []
            _oauth_apps_type_0 = _oauth_apps
            for oauth_apps_type_0_item_data in _oauth_apps_type_0:
                oauth_apps_type_0_item = OAuthApp.from_dict(oauth_apps_type_0_item_data)

                oauth_apps_type_0.append(oauth_apps_type_0_item)

            oauth_apps = oauth_apps_type_0
        elif _oauth_apps is None or _oauth_apps is UNSET:
            oauth_apps = _oauth_apps
        else:
            raise TypeError(f"oauthApps: {type(_oauth_apps).__name__} is not list[OAuthApp] | None | Unset")

        return cls(
            oauth_apps,
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
from ..models.o_auth_app import OAuthApp  # noqa: E402
