from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DnsConfiguration")


@_attrs_define
class DnsConfiguration:
    """The whole DNS setup of a tailnet.

    Attributes:
        nameservers (list[DnsConfigurationResolver] | None | Unset): Global resolvers. With
            `preferences.overrideLocalDNS` they replace the devices' own
            DNS settings; otherwise devices fall back to them.
        split_dns (DnsConfigurationSplitDns | None | Unset):
        search_paths (list[str] | None | Unset): Search domains given to devices.
        preferences (DnsConfigurationPreferences | None | Unset):
    """

    nameservers: list[DnsConfigurationResolver] | None | Unset = UNSET
    split_dns: DnsConfigurationSplitDns | None | Unset = UNSET
    search_paths: list[str] | None | Unset = UNSET
    preferences: DnsConfigurationPreferences | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nameservers: list[dict[str, Any]] | None | Unset
        if isinstance(self.nameservers, Unset):
            nameservers = UNSET
        elif isinstance(self.nameservers, list):
            nameservers = []
            for nameservers_type_0_item_data in self.nameservers:
                nameservers_type_0_item = nameservers_type_0_item_data.to_dict()
                nameservers.append(nameservers_type_0_item)

        else:
            nameservers = self.nameservers

        split_dns: dict[str, Any] | None | Unset
        if isinstance(self.split_dns, Unset):
            split_dns = UNSET
        elif isinstance(self.split_dns, DnsConfigurationSplitDns):
            split_dns = self.split_dns.to_dict()
        else:
            split_dns = self.split_dns

        search_paths: list[str] | None | Unset
        if isinstance(self.search_paths, Unset):
            search_paths = UNSET
        elif isinstance(self.search_paths, list):
            search_paths = self.search_paths

        else:
            search_paths = self.search_paths

        preferences: dict[str, Any] | None | Unset
        if isinstance(self.preferences, Unset):
            preferences = UNSET
        elif isinstance(self.preferences, DnsConfigurationPreferences):
            preferences = self.preferences.to_dict()
        else:
            preferences = self.preferences

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if nameservers is not UNSET:
            field_dict["nameservers"] = nameservers
        if split_dns is not UNSET:
            field_dict["splitDNS"] = split_dns
        if search_paths is not UNSET:
            field_dict["searchPaths"] = search_paths
        if preferences is not UNSET:
            field_dict["preferences"] = preferences

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _nameservers: Any = d.pop("nameservers", UNSET)
        nameservers: list[DnsConfigurationResolver] | None | Unset
        if isinstance(_nameservers, list):
            nameservers_type_0 = []
            _nameservers_type_0 = _nameservers
            for nameservers_type_0_item_data in _nameservers_type_0:
                nameservers_type_0_item = DnsConfigurationResolver.from_dict(nameservers_type_0_item_data)

                nameservers_type_0.append(nameservers_type_0_item)

            nameservers = nameservers_type_0
        elif _nameservers is None or _nameservers is UNSET:
            nameservers = _nameservers
        else:
            raise TypeError(
                f"nameservers: {type(_nameservers).__name__} is not list[DnsConfigurationResolver] | None | Unset"
            )

        _split_dns: Any = d.pop("splitDNS", UNSET)
        split_dns: DnsConfigurationSplitDns | None | Unset
        if isinstance(_split_dns, dict):
            split_dns_type_0 = DnsConfigurationSplitDns.from_dict(_split_dns)

            split_dns = split_dns_type_0
        elif _split_dns is None or _split_dns is UNSET:
            split_dns = _split_dns
        else:
            raise TypeError(f"splitDNS: {type(_split_dns).__name__} is not DnsConfigurationSplitDns | None | Unset")

        search_paths: list[str] | None | Unset = d.pop("searchPaths", UNSET)

        _preferences: Any = d.pop("preferences", UNSET)
        preferences: DnsConfigurationPreferences | None | Unset
        if isinstance(_preferences, dict):
            preferences_type_0 = DnsConfigurationPreferences.from_dict(_preferences)

            preferences = preferences_type_0
        elif _preferences is None or _preferences is UNSET:
            preferences = _preferences
        else:
            raise TypeError(
                f"preferences: {type(_preferences).__name__} is not DnsConfigurationPreferences | None | Unset"
            )

        return cls(
            nameservers,
            split_dns,
            search_paths,
            preferences,
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
from ..models.dns_configuration_preferences import DnsConfigurationPreferences  # noqa: E402
from ..models.dns_configuration_resolver import DnsConfigurationResolver  # noqa: E402
from ..models.dns_configuration_split_dns import DnsConfigurationSplitDns  # noqa: E402
