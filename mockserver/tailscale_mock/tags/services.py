"""Tag `services`: Tailscale Services, their hosts and each host's approval.

A Service (`svc:<dns label>`) has an IPv4 and an IPv6 address of its own, allocated when it
is created (a create may pin the IPv4 one). Devices advertise that they host it (in the
mock: the seed's `hosts`); each host must be approved, by an admin
(`updateServiceDeviceApproval`, which wins either way) or by the policy file's
`autoApprovers.services` (`{"svc:name": [tag, login name, group or "autogroup:member"]}`).
An approval may be given before the device advertises the Service.
"""

from __future__ import annotations

import copy
import ipaddress
import re
from collections.abc import Iterator, Mapping
from typing import Any

from .._common import ApiError, Record, not_found
from .._operations import NO_BODY, Context, Reply, handles
from .devices import Devices, tailnet_ipv4
from .policy_file import PolicyFile

SERVICE_IPV4 = ipaddress.ip_network("100.100.0.0/16")  # inside CGNAT, where the mock allocates
SERVICE_IPV6 = ipaddress.ip_network("fd7a:115c:a1e0::a00:0/104")
_LABEL = re.compile(r"svc:[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?")


class Services(Mapping[str, Record]):
    """Services by name, with the devices that host each and their approvals."""

    def __init__(self, seed: list[dict[str, Any]], *, devices: Devices, policy: PolicyFile) -> None:
        self._devices = devices
        self._policy = policy
        self._services: dict[str, Record] = {}
        self.hosts: dict[str, list[str]] = {}  # Service -> nodeIds advertising it
        self.decisions: dict[str, dict[str, bool]] = {}  # Service -> nodeId -> admin's word
        devices.on_delete.append(self._forget_device)
        for entry in seed:
            name = entry["name"]
            record = {k: v for k, v in entry.items() if k != "hosts"}
            record["addrs"] = self._allocate(None)
            self._services[name] = record
            self.hosts[name] = []
            for host in entry.get("hosts", []):
                node_id = self._by_hostname(host["device"])
                self.hosts[name].append(node_id)
                if "approved" in host:
                    self.decisions.setdefault(name, {})[node_id] = host["approved"]

    def __getitem__(self, name: str) -> Record:
        return self._services[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._services)

    def __len__(self) -> int:
        return len(self._services)

    def find(self, name: str) -> Record:
        if name not in self._services:
            raise not_found("service not found")
        return self._services[name]

    def _by_hostname(self, hostname: str) -> str:
        node_id: str = next(
            d["nodeId"] for d in self._devices.values() if d["hostname"] == hostname
        )
        return node_id

    def _used(self) -> set[str]:
        used = {a for d in self._devices.values() for a in d["addresses"]}
        return used | {a for s in self._services.values() for a in s["addrs"]}

    def _allocate(self, ipv4: str | None) -> list[str]:
        """[IPv4, IPv6] for a new Service: `ipv4` if given (checked), else the first free."""
        used = self._used()
        if ipv4 is None:
            ipv4 = next(str(a) for a in SERVICE_IPV4.hosts() if str(a) not in used)
        else:
            ipv4 = tailnet_ipv4(ipv4, used)
        ipv6 = next(str(a) for a in SERVICE_IPV6.hosts() if str(a) not in used)
        return [ipv4, ipv6]

    def _check_name(self, name: str) -> None:
        if not _LABEL.fullmatch(name):
            raise ApiError(400, "a Service name is svc: and a DNS label (a-z, 0-9, hyphens)")
        label = name.removeprefix("svc:")
        if any(d["hostname"].lower() == label for d in self._devices.values()):
            raise ApiError(400, f"{label} is the name of a machine")
        if name in self._services:
            raise ApiError(400, f"a Service named {name} exists already")

    def upsert(self, path_name: str, request: Mapping[str, Any]) -> Record:
        """Create the Service `path_name`, or update it (a different `name` renames it)."""
        current = self._services.get(path_name)
        name = request.get("name", path_name)
        self._policy.check_tags(request.get("tags", []))
        if current is None:
            if name != path_name:
                raise ApiError(400, "a new Service's name must be the name in the path")
            self._check_name(name)
            addrs = request.get("addrs")
            if addrs is not None and len(addrs) != 1:
                raise ApiError(400, "a new Service takes no addresses or its IPv4 address alone")
            record: Record = {"name": name, "addrs": self._allocate(addrs[0] if addrs else None)}
        else:
            if name != path_name:
                self._check_name(name)
            record = {**current, "addrs": self._readdress(current, request.get("addrs"))}
        record.update(
            name=name,
            comment=request.get("comment", ""),
            ports=list(request.get("ports", [])),
            tags=list(request.get("tags", [])),
        )
        if current is not None and name != path_name:
            self._services = {(name if k == path_name else k): v for k, v in self._services.items()}
            self.hosts[name] = self.hosts.pop(path_name, [])
            self.decisions[name] = self.decisions.pop(path_name, {})
        self._services[name] = record
        self.hosts.setdefault(name, [])
        return copy.deepcopy(record)

    def _readdress(self, current: Record, addrs: list[str] | None) -> list[str]:
        if addrs is None:
            return list(current["addrs"])
        ipv4, ipv6 = current["addrs"]
        if len(addrs) != 2 or addrs[1] != ipv6:
            raise ApiError(400, f"send the IPv4 address, then the IPv6 address {ipv6} unchanged")
        if addrs[0] == ipv4:
            return [ipv4, ipv6]
        return [tailnet_ipv4(addrs[0], self._used()), ipv6]

    def delete(self, name: str) -> None:
        self.find(name)
        del self._services[name]
        self.hosts.pop(name, None)
        self.decisions.pop(name, None)

    def approval_level(self, name: str, node_id: str) -> str:
        decision = self.decisions.get(name, {}).get(node_id)
        if decision is not None:
            return "approved:manual" if decision else "not-approved"
        return "approved:auto" if self._auto_approved(name, node_id) else "not-approved"

    def _auto_approved(self, name: str, node_id: str) -> bool:
        policy = self._policy.parsed
        approvers = policy.get("autoApprovers")
        rules = approvers.get("services") if isinstance(approvers, dict) else None
        entries = rules.get(name) if isinstance(rules, dict) else None
        if not isinstance(entries, list):
            return False
        device = self._devices.find(node_id)
        groups = policy.get("groups")
        groups = groups if isinstance(groups, dict) else {}
        for entry in entries:
            if entry in device["tags"] or (not device["tags"] and entry == "autogroup:member"):
                return True
            if not device["tags"] and device["user"] in [entry, *groups.get(entry, [])]:
                return True
        return False

    def host_list(self, name: str) -> list[Record]:
        self.find(name)
        return [
            {
                "stableNodeID": n,
                "approvalLevel": self.approval_level(name, n),
                "configured": "ready",
            }
            for n in self.hosts[name]
        ]

    def approval(self, name: str, device_id: str) -> Record:
        self.find(name)
        level = self.approval_level(name, self._devices.find(device_id)["nodeId"])
        return {"approved": level != "not-approved", "autoApproved": level == "approved:auto"}

    def approve(self, name: str, device_id: str, approved: bool) -> Record:
        self.find(name)
        node_id = self._devices.find(device_id)["nodeId"]
        self.decisions.setdefault(name, {})[node_id] = approved
        return self.approval(name, node_id)

    def _forget_device(self, device: Record) -> None:
        for hosts in self.hosts.values():
            if device["nodeId"] in hosts:
                hosts.remove(device["nodeId"])
        for decisions in self.decisions.values():
            decisions.pop(device["nodeId"], None)


# ---------------------------------------------------------------------- handlers


@handles("listServices")
def list_services(ctx: Context, services: Services) -> Reply:
    return Reply(body={"vipServices": [copy.deepcopy(s) for s in services.values()]})


@handles("getService")
def get_service(ctx: Context, services: Services) -> Reply:
    return Reply(body=copy.deepcopy(services.find(ctx.path["serviceName"])))


@handles("updateService")
def update_service(ctx: Context, services: Services) -> Reply:
    return Reply(body=services.upsert(ctx.path["serviceName"], ctx.json()))


@handles("deleteService")
def delete_service(ctx: Context, services: Services) -> Reply:
    services.delete(ctx.path["serviceName"])
    return NO_BODY


@handles("listServiceHosts")
def list_service_hosts(ctx: Context, services: Services) -> Reply:
    return Reply(body={"hosts": services.host_list(ctx.path["serviceName"])})


@handles("getServiceDeviceApproval")
def get_service_device_approval(ctx: Context, services: Services) -> Reply:
    return Reply(body=services.approval(ctx.path["serviceName"], ctx.device_id))


@handles("updateServiceDeviceApproval")
def update_service_device_approval(ctx: Context, services: Services) -> Reply:
    approved = ctx.json()["approved"]
    return Reply(body=services.approve(ctx.path["serviceName"], ctx.device_id, approved))
