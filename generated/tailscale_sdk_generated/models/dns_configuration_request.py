from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DnsConfigurationRequest")


@_attrs_define
class DnsConfigurationRequest:
    """The whole DNS setup of a tailnet, replacing the current one.

    Attributes:
        nameservers (list[DnsConfigurationResolverRequest] | Unset): Global resolvers.
        split_dns (DnsConfigurationSplitDnsRequest | Unset): Resolvers for the names under each DNS suffix, keyed by
            suffix; `null` gives a suffix none.
        search_paths (list[str] | Unset): Search domains given to devices.
        preferences (DnsConfigurationPreferencesRequest | Unset): Tailnet-wide DNS switches; each is false when left
            out.
    """

    nameservers: list[DnsConfigurationResolverRequest] | Unset = UNSET
    split_dns: DnsConfigurationSplitDnsRequest | Unset = UNSET
    search_paths: list[str] | Unset = UNSET
    preferences: DnsConfigurationPreferencesRequest | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        nameservers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.nameservers, Unset):
            nameservers = []
            for nameservers_item_data in self.nameservers:
                nameservers_item = nameservers_item_data.to_dict()
                nameservers.append(nameservers_item)

        split_dns: dict[str, Any] | Unset = UNSET
        if not isinstance(self.split_dns, Unset):
            split_dns = self.split_dns.to_dict()

        search_paths: list[str] | Unset = UNSET
        if not isinstance(self.search_paths, Unset):
            search_paths = self.search_paths

        preferences: dict[str, Any] | Unset = UNSET
        if not isinstance(self.preferences, Unset):
            preferences = self.preferences.to_dict()

        field_dict: dict[str, Any] = {}

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
        _nameservers = d.pop("nameservers", UNSET)
        nameservers: list[DnsConfigurationResolverRequest] | Unset = UNSET
        if _nameservers is not UNSET:
            nameservers = []
            for nameservers_item_data in _nameservers:
                nameservers_item = DnsConfigurationResolverRequest.from_dict(nameservers_item_data)

                nameservers.append(nameservers_item)

        _split_dns = d.pop("splitDNS", UNSET)
        split_dns: DnsConfigurationSplitDnsRequest | Unset
        if isinstance(_split_dns, Unset):
            split_dns = UNSET
        else:
            split_dns = DnsConfigurationSplitDnsRequest.from_dict(_split_dns)

        search_paths: list[str] | Unset = d.pop("searchPaths", UNSET)

        _preferences = d.pop("preferences", UNSET)
        preferences: DnsConfigurationPreferencesRequest | Unset
        if isinstance(_preferences, Unset):
            preferences = UNSET
        else:
            preferences = DnsConfigurationPreferencesRequest.from_dict(_preferences)

        return cls(
            nameservers,
            split_dns,
            search_paths,
            preferences,
        )


# Imported last: see the template (generator-templates/model.py.jinja).
from ..models.dns_configuration_preferences_request import DnsConfigurationPreferencesRequest  # noqa: E402
from ..models.dns_configuration_resolver_request import DnsConfigurationResolverRequest  # noqa: E402
from ..models.dns_configuration_split_dns_request import DnsConfigurationSplitDnsRequest  # noqa: E402
