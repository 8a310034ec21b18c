"""Tag `dns`: nameservers, MagicDNS, search paths and split DNS, apart or as one configuration."""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from .._common import ApiError
from .._operations import Context, Reply, handles

Resolver = dict[str, Any]  # {"address": ..., "useWithExitNode": ...}


class Dns:
    """The tailnet's DNS configuration, kept as the unified view (`getDnsConfiguration`).

    The older operations read and write the same state through addresses alone: a resolver
    they keep keeps its `useWithExitNode`, a new one gets false. MagicDNS needs at least
    one nameserver.
    """

    def __init__(self, seed: Mapping[str, Any]) -> None:
        exit_node = set(seed.get("useWithExitNode", []))
        self.resolvers: list[Resolver] = _resolvers(seed["nameservers"], exit_node)
        self.split: dict[str, list[Resolver]] = {
            domain: _resolvers(servers, exit_node) for domain, servers in seed["splitDns"].items()
        }
        self.magic_dns: bool = seed["magicDNS"]
        self.override_local_dns: bool = seed.get("overrideLocalDNS", False)
        self.search_paths: list[str] = list(seed["searchPaths"])

    @property
    def nameservers(self) -> list[str]:
        return [r["address"] for r in self.resolvers]

    @property
    def split_dns(self) -> dict[str, list[str]]:
        return {domain: [r["address"] for r in rs] for domain, rs in self.split.items()}

    def set_nameservers(self, servers: list[str]) -> dict[str, Any]:
        self.resolvers = _keeping(self.resolvers, servers)
        if not servers:
            self.magic_dns = False
        return {"dns": self.nameservers, "magicDNS": self.magic_dns}

    def set_magic_dns(self, enabled: bool) -> None:
        if enabled and not self.resolvers:
            raise ApiError(400, "need at least one nameserver to enable MagicDNS")
        self.magic_dns = enabled

    def update_split_dns(self, changes: Mapping[str, list[str] | None]) -> dict[str, list[str]]:
        for domain, servers in changes.items():
            if servers is None:
                self.split.pop(domain, None)
            else:
                self.split[domain] = _keeping(self.split.get(domain, []), servers)
        return self.split_dns

    def replace_split_dns(self, mapping: Mapping[str, list[str] | None]) -> dict[str, list[str]]:
        self.split = {
            d: _keeping(self.split.get(d, []), s) for d, s in mapping.items() if s is not None
        }
        return self.split_dns

    def configuration(self) -> dict[str, Any]:
        return {
            "nameservers": copy.deepcopy(self.resolvers),
            "splitDNS": copy.deepcopy(self.split),
            "searchPaths": list(self.search_paths),
            "preferences": {
                "overrideLocalDNS": self.override_local_dns,
                "magicDNS": self.magic_dns,
            },
        }

    def set_configuration(self, request: Mapping[str, Any]) -> dict[str, Any]:
        """Replace everything; what the request leaves out is emptied or false."""
        preferences = request.get("preferences", {})
        resolvers = [_resolver(r) for r in request.get("nameservers", [])]
        if preferences.get("magicDNS", False) and not resolvers:
            raise ApiError(400, "need at least one nameserver to enable MagicDNS")
        self.resolvers = resolvers
        self.split = {
            domain: [_resolver(r) for r in servers]
            for domain, servers in request.get("splitDNS", {}).items()
            if servers is not None
        }
        self.search_paths = list(request.get("searchPaths", []))
        self.magic_dns = preferences.get("magicDNS", False)
        self.override_local_dns = preferences.get("overrideLocalDNS", False)
        return self.configuration()


def _resolver(request: Mapping[str, Any]) -> Resolver:
    return {"address": request["address"], "useWithExitNode": request.get("useWithExitNode", False)}


def _resolvers(addresses: list[str], exit_node: set[str]) -> list[Resolver]:
    return [{"address": a, "useWithExitNode": a in exit_node} for a in addresses]


def _keeping(current: list[Resolver], addresses: list[str]) -> list[Resolver]:
    """Resolvers for `addresses`, each keeping its `useWithExitNode` if it was there before."""
    flags = {r["address"]: r["useWithExitNode"] for r in current}
    return [{"address": a, "useWithExitNode": flags.get(a, False)} for a in addresses]


# ---------------------------------------------------------------------- handlers


@handles("getDnsNameservers")
def get_dns_nameservers(ctx: Context, dns: Dns) -> Reply:
    return Reply(body={"dns": list(dns.nameservers)})


@handles("setDnsNameservers")
def set_dns_nameservers(ctx: Context, dns: Dns) -> Reply:
    return Reply(body=dns.set_nameservers(ctx.json()["dns"]))


@handles("getDnsPreferences")
def get_dns_preferences(ctx: Context, dns: Dns) -> Reply:
    return Reply(body={"magicDNS": dns.magic_dns})


@handles("setDnsPreferences")
def set_dns_preferences(ctx: Context, dns: Dns) -> Reply:
    dns.set_magic_dns(ctx.json()["magicDNS"])
    return Reply(body={"magicDNS": dns.magic_dns})


@handles("getDnsSearchPaths")
def get_dns_search_paths(ctx: Context, dns: Dns) -> Reply:
    return Reply(body={"searchPaths": list(dns.search_paths)})


@handles("setDnsSearchPaths")
def set_dns_search_paths(ctx: Context, dns: Dns) -> Reply:
    dns.search_paths = list(ctx.json()["searchPaths"])
    return Reply(body={"searchPaths": list(dns.search_paths)})


@handles("getSplitDns")
def get_split_dns(ctx: Context, dns: Dns) -> Reply:
    return Reply(body=dns.split_dns)


@handles("updateSplitDns")
def update_split_dns(ctx: Context, dns: Dns) -> Reply:
    return Reply(body=dns.update_split_dns(ctx.json()))


@handles("setSplitDns")
def set_split_dns(ctx: Context, dns: Dns) -> Reply:
    return Reply(body=dns.replace_split_dns(ctx.json()))


@handles("getDnsConfiguration")
def get_dns_configuration(ctx: Context, dns: Dns) -> Reply:
    return Reply(body=dns.configuration())


@handles("setDnsConfiguration")
def set_dns_configuration(ctx: Context, dns: Dns) -> Reply:
    return Reply(body=dns.set_configuration(ctx.json()))
