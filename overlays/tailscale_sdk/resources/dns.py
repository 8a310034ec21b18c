"""Tailnet DNS settings (spec tag ``dns``): ``ts.dns``."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import partial

from tailscale_sdk_generated.api.dns import (
    get_dns_configuration,
    get_dns_nameservers,
    get_dns_preferences,
    get_dns_search_paths,
    get_split_dns,
    set_dns_configuration,
    set_dns_nameservers,
    set_dns_preferences,
    set_dns_search_paths,
    set_split_dns,
    update_split_dns,
)
from tailscale_sdk_generated.models.dns_configuration import DnsConfiguration
from tailscale_sdk_generated.models.dns_configuration_preferences_request import (
    DnsConfigurationPreferencesRequest,
)
from tailscale_sdk_generated.models.dns_configuration_request import DnsConfigurationRequest
from tailscale_sdk_generated.models.dns_configuration_resolver_request import (
    DnsConfigurationResolverRequest,
)
from tailscale_sdk_generated.models.dns_configuration_split_dns_request import (
    DnsConfigurationSplitDnsRequest,
)
from tailscale_sdk_generated.models.dns_nameservers_request import DnsNameserversRequest
from tailscale_sdk_generated.models.dns_nameservers_result import DnsNameserversResult
from tailscale_sdk_generated.models.dns_preferences import DnsPreferences
from tailscale_sdk_generated.models.dns_preferences_request import DnsPreferencesRequest
from tailscale_sdk_generated.models.dns_search_paths_request import DnsSearchPathsRequest
from tailscale_sdk_generated.models.split_dns import SplitDns
from tailscale_sdk_generated.models.split_dns_request import SplitDnsRequest
from tailscale_sdk_generated.types import Unset

from .. import _validate as check
from .._core import Call, M, Resource, call, call_map, operation

__all__ = ["Dns", "Resolver"]

Resolver = str | DnsConfigurationResolverRequest
"""A resolver for :meth:`Dns.set_configuration`: its address, or a
``DnsConfigurationResolverRequest`` (to set ``use_with_exit_node``)."""
_ADDRESS = check.rule("DnsConfigurationResolverRequest.address")
_SEARCH_PATHS = check.rule("DnsConfigurationRequest.searchPaths")


def _split_dns(domains: Mapping[str, Iterable[str] | None]) -> SplitDnsRequest:
    if not isinstance(domains, Mapping):
        raise TypeError(f"domains must be a mapping, not {type(domains).__name__}")
    body = SplitDnsRequest()
    for domain, nameservers in domains.items():
        name = check.text(domain, "domain")
        body[name] = None if nameservers is None else check.strings(nameservers, name)
    return body


def _resolvers(resolvers: Iterable[Resolver], name: str) -> list[DnsConfigurationResolverRequest]:
    if isinstance(resolvers, str | bytes) or not isinstance(resolvers, Iterable):
        raise TypeError(f"{name} must be a list of resolvers, not {type(resolvers).__name__}")
    found = []
    for resolver in resolvers:
        if isinstance(resolver, str):
            resolver = DnsConfigurationResolverRequest(address=resolver)
        elif not isinstance(resolver, DnsConfigurationResolverRequest):
            raise TypeError(
                f"{name} must hold addresses (str) or DnsConfigurationResolverRequest, "
                f"not {type(resolver).__name__}"
            )
        check.conform(check.text(resolver.address, "address"), _ADDRESS, f"{name} address")
        if not isinstance(resolver.use_with_exit_node, Unset):
            check.flag(resolver.use_with_exit_node, "use_with_exit_node")
        found.append(resolver)
    return found


def _split_resolvers(
    domains: Mapping[str, Iterable[Resolver] | None],
) -> DnsConfigurationSplitDnsRequest:
    if not isinstance(domains, Mapping):
        raise TypeError(f"split_dns must be a mapping, not {type(domains).__name__}")
    body = DnsConfigurationSplitDnsRequest()
    for domain, resolvers in domains.items():
        name = check.text(domain, "split_dns domain")
        body[name] = None if resolvers is None else _resolvers(resolvers, name)
    return body


class Dns(Resource[M]):
    """Tailnet-wide DNS: nameservers, MagicDNS, search domains and split DNS, one by one or
    as one configuration."""

    @operation("getDnsConfiguration")
    def get_configuration(self, *, tailnet: str | None = None) -> Call[DnsConfiguration]:
        """Get the whole DNS configuration: resolvers, split DNS, search paths, preferences."""
        return call(partial(get_dns_configuration.sync_detailed, self._tailnet(tailnet)))

    @operation("setDnsConfiguration")
    def set_configuration(
        self,
        *,
        nameservers: Iterable[Resolver],
        split_dns: Mapping[str, Iterable[Resolver] | None],
        search_paths: Iterable[str],
        magic_dns: bool,
        override_local_dns: bool = False,
        tailnet: str | None = None,
    ) -> Call[DnsConfiguration]:
        """Replace the whole DNS configuration; returns the one stored.

        Everything is replaced, so each part is asked for: ``[]`` and ``{}`` clear one.
        A resolver is an address, or a ``DnsConfigurationResolverRequest`` to keep using it
        behind an exit node. ``override_local_dns``: the nameservers take precedence over
        the devices' own DNS settings.
        """
        paths = check.conform(
            check.strings(search_paths, "search_paths"), _SEARCH_PATHS, "search_paths"
        )
        body = DnsConfigurationRequest(
            nameservers=_resolvers(nameservers, "nameservers"),
            split_dns=_split_resolvers(split_dns),
            search_paths=paths,
            preferences=DnsConfigurationPreferencesRequest(
                magic_dns=check.flag(magic_dns, "magic_dns"),
                override_local_dns=check.flag(override_local_dns, "override_local_dns"),
            ),
        )
        return call(partial(set_dns_configuration.sync_detailed, self._tailnet(tailnet), body=body))

    @operation("getDnsNameservers")
    def get_nameservers(self, *, tailnet: str | None = None) -> Call[list[str]]:
        """Get the global nameservers."""
        send = partial(get_dns_nameservers.sync_detailed, self._tailnet(tailnet))
        return call_map(send, lambda result: result.dns or [])

    @operation("setDnsNameservers")
    def set_nameservers(
        self, nameservers: Iterable[str], *, tailnet: str | None = None
    ) -> Call[DnsNameserversResult]:
        """Replace the global nameservers (none at all also turns MagicDNS off)."""
        body = DnsNameserversRequest(dns=check.strings(nameservers, "nameservers"))
        return call(partial(set_dns_nameservers.sync_detailed, self._tailnet(tailnet), body=body))

    @operation("getDnsPreferences")
    def get_preferences(self, *, tailnet: str | None = None) -> Call[DnsPreferences]:
        """Get the DNS preferences (whether MagicDNS is on)."""
        return call(partial(get_dns_preferences.sync_detailed, self._tailnet(tailnet)))

    @operation("setDnsPreferences")
    def set_preferences(
        self, *, magic_dns: bool, tailnet: str | None = None
    ) -> Call[DnsPreferences]:
        """Turn MagicDNS on or off (on needs a nameserver)."""
        body = DnsPreferencesRequest(magic_dns=check.flag(magic_dns, "magic_dns"))
        return call(partial(set_dns_preferences.sync_detailed, self._tailnet(tailnet), body=body))

    @operation("getDnsSearchPaths")
    def get_search_paths(self, *, tailnet: str | None = None) -> Call[list[str]]:
        """Get the search domains."""
        send = partial(get_dns_search_paths.sync_detailed, self._tailnet(tailnet))
        return call_map(send, lambda result: result.search_paths or [])

    @operation("setDnsSearchPaths")
    def set_search_paths(
        self, search_paths: Iterable[str], *, tailnet: str | None = None
    ) -> Call[list[str]]:
        """Replace the search domains."""
        body = DnsSearchPathsRequest(search_paths=check.strings(search_paths, "search_paths"))
        send = partial(set_dns_search_paths.sync_detailed, self._tailnet(tailnet), body=body)
        return call_map(send, lambda result: result.search_paths or [])

    @operation("getSplitDns")
    def get_split_dns(self, *, tailnet: str | None = None) -> Call[SplitDns]:
        """Get the split DNS map: domain -> nameservers (``.to_dict()`` for a plain dict)."""
        return call(partial(get_split_dns.sync_detailed, self._tailnet(tailnet)))

    @operation("updateSplitDns")
    def update_split_dns(
        self, domains: Mapping[str, Iterable[str] | None], *, tailnet: str | None = None
    ) -> Call[SplitDns]:
        """Change only the given domains (``None`` removes one); returns the whole map."""
        send = partial(
            update_split_dns.sync_detailed, self._tailnet(tailnet), body=_split_dns(domains)
        )
        return call(send)

    @operation("setSplitDns")
    def set_split_dns(
        self, domains: Mapping[str, Iterable[str] | None], *, tailnet: str | None = None
    ) -> Call[SplitDns]:
        """Replace the whole split DNS map (``{}`` clears it)."""
        send = partial(
            set_split_dns.sync_detailed, self._tailnet(tailnet), body=_split_dns(domains)
        )
        return call(send)
