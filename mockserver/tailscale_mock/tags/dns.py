"""Tag `dns`: nameservers, MagicDNS, search paths and split DNS."""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from .._common import ApiError
from .._operations import Context, Reply, handles


class Dns:
    """The tailnet's DNS configuration. MagicDNS needs at least one nameserver."""

    def __init__(self, seed: Mapping[str, Any]) -> None:
        self.nameservers: list[str] = list(seed["nameservers"])
        self.magic_dns: bool = seed["magicDNS"]
        self.search_paths: list[str] = list(seed["searchPaths"])
        self.split_dns: dict[str, list[str]] = copy.deepcopy(dict(seed["splitDns"]))

    def set_nameservers(self, servers: list[str]) -> dict[str, Any]:
        self.nameservers = list(servers)
        if not servers:
            self.magic_dns = False
        return {"dns": list(self.nameservers), "magicDNS": self.magic_dns}

    def set_magic_dns(self, enabled: bool) -> None:
        if enabled and not self.nameservers:
            raise ApiError(400, "need at least one nameserver to enable MagicDNS")
        self.magic_dns = enabled

    def update_split_dns(self, changes: Mapping[str, list[str] | None]) -> dict[str, list[str]]:
        for domain, servers in changes.items():
            if servers is None:
                self.split_dns.pop(domain, None)
            else:
                self.split_dns[domain] = list(servers)
        return copy.deepcopy(self.split_dns)

    def replace_split_dns(self, mapping: Mapping[str, list[str] | None]) -> dict[str, list[str]]:
        self.split_dns = {d: list(s) for d, s in mapping.items() if s is not None}
        return copy.deepcopy(self.split_dns)


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
    return Reply(body=dict(dns.split_dns))


@handles("updateSplitDns")
def update_split_dns(ctx: Context, dns: Dns) -> Reply:
    return Reply(body=dns.update_split_dns(ctx.json()))


@handles("setSplitDns")
def set_split_dns(ctx: Context, dns: Dns) -> Reply:
    return Reply(body=dns.replace_split_dns(ctx.json()))
