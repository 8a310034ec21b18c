"""Tag `devices`: the tailnet's devices, their routes, tags, names and posture attributes."""

from __future__ import annotations

import ipaddress
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from .._common import ApiError, Clock, Events, Ids, Record, Records, TagOwners, not_found, rfc3339
from .._operations import EMPTY, NO_BODY, Context, Reply, handles
from ._posture import PostureAttributes

FIELDS_ALL_ONLY = ("enabledRoutes", "advertisedRoutes", "clientConnectivity", "postureIdentity")
CGNAT = ipaddress.ip_network("100.64.0.0/10")
_SEED_ONLY = ("sharedFrom", "expired", "posture", "postureExpiries")
UBUNTU = {"name": "ubuntu", "version": "24.04", "codeName": "Noble Numbat"}


class Devices(Records):
    """Devices by `nodeId`, with their posture attributes.

    Deleting one tells `on_delete` listeners (its invites go too) and emits `nodeDeleted`.
    """

    missing = "device not found"

    def __init__(
        self,
        seed: list[dict[str, Any]],
        *,
        dns_name: str,
        clock: Clock,
        ids: Ids,
        events: Events,
        tag_owners: TagOwners,
    ) -> None:
        super().__init__()
        self.dns_name = dns_name
        self._events = events
        self._tag_owners = tag_owners
        self.on_delete: list[Callable[[Record], None]] = []
        self.posture = PostureAttributes()
        for index, entry in enumerate(seed):
            self._seed(index, entry, clock, ids)

    def _seed(self, index: int, entry: dict[str, Any], clock: Clock, ids: Ids) -> None:
        rng, now = ids.network, clock.seeded
        shared_from = entry.get("sharedFrom")
        created = now - timedelta(days=400 - 25 * index, hours=index)
        host, os_name = entry["hostname"], entry["os"]
        a, b, c = rng.randint(64, 127), rng.randint(0, 255), rng.randint(1, 254)
        words = [f"{rng.randint(0, 0xFFFF):x}" for _ in range(5)]
        device: Record = {
            "addresses": [f"100.{a}.{b}.{c}", "fd7a:115c:a1e0:" + ":".join(words)],
            "id": str(100000000000 + rng.randint(0, 899999999999)),
            "nodeId": "n" + ids.network_id(7) + "CNTRL",
            "user": entry["user"],
            "name": f"{host}.{shared_from or self.dns_name}",
            "hostname": host,
            "clientVersion": ""
            if shared_from
            else f"1.{70 + index % 6}.{index % 3}-t{ids.network_id(9).lower()}",
            "updateAvailable": None if shared_from else False,
            "os": os_name,
            "created": "" if shared_from else rfc3339(created),
            "lastSeen": rfc3339(now - timedelta(minutes=7 * index + 1)),
            "keyExpiryDisabled": False,
            "expires": clock.at("-3d")
            if entry.get("expired")
            else rfc3339(created + timedelta(days=580)),
            "authorized": True,
            "isExternal": bool(shared_from),
            "machineKey": "" if shared_from else "mkey:" + ids.network_id(32).lower(),
            "nodeKey": "nodekey:" + ids.network_id(32).lower(),
            "blocksIncomingConnections": False,
            "enabledRoutes": list(entry.get("enabledRoutes", [])),
            "advertisedRoutes": list(entry.get("advertisedRoutes", [])),
            "clientConnectivity": {
                "endpoints": [f"203.0.113.{10 + index}:41641", f"192.168.1.{20 + index}:41641"],
                "derp": "",
                "mappingVariesByDestIP": False,
                "latency": {
                    "Frankfurt": {"latencyMs": round(20 + rng.random() * 40, 3)},
                    "New York City": {
                        "preferred": True,
                        "latencyMs": round(5 + rng.random() * 20, 3),
                    },
                },
                "clientSupports": {
                    "hairPinning": False,
                    "ipv6": index % 2 == 0,
                    "pcp": False,
                    "pmp": False,
                    "udp": True,
                    "upnp": index % 3 == 0,
                },
            },
            "tags": list(entry.get("tags", [])),
            "tailnetLockError": "",
            "tailnetLockKey": "tlpub:" + ids.network_id(32).lower(),
            "postureIdentity": {"serialNumbers": [ids.network_id(10).upper()]}
            if os_name in ("macOS", "windows")
            else {"disabled": True},
            "connectedToControl": not (shared_from or entry.get("expired")),
            "isEphemeral": False,
            "sshEnabled": False,
        }
        if os_name == "linux" and not shared_from:
            device["distro"] = dict(UBUNTU)
        device.update({k: v for k, v in entry.items() if k not in _SEED_ONLY})
        node_id = device["nodeId"]
        self._records[node_id] = device
        self.posture.values[node_id] = {
            "node:os": os_name,
            "node:osVersion": f"{10 + index}.{index % 4}.0",
            "node:tsReleaseTrack": "stable",
            "node:tsVersion": device["clientVersion"].split("-")[0] or "1.70.0",
            "node:tsAutoUpdate": index % 2 == 0,
            **entry.get("posture", {}),
        }
        if "postureExpiries" in entry:
            expiries = entry["postureExpiries"].items()
            self.posture.expiries[node_id] = {k: clock.at(v) for k, v in expiries}

    def find(self, device_id: str) -> Record:
        """A device by `nodeId` or legacy numeric `id` (404 if unknown)."""
        found = self._records.get(device_id)
        if found is None:
            found = next((d for d in self._records.values() if d["id"] == device_id), None)
        if found is None:
            raise not_found(self.missing)
        return found

    def owned_by(self, login_name: str) -> list[Record]:
        return [d for d in self._records.values() if d["user"] == login_name]

    def delete(self, device_id: str) -> None:
        device = self.find(device_id)
        if device.get("isExternal"):
            raise ApiError(501, "cannot delete devices outside of your tailnet")
        del self._records[device["nodeId"]]
        self._events.emit(
            "nodeDeleted",
            f"{device['name']} was deleted",
            {"nodeID": device["nodeId"], "deviceName": device["name"]},
        )
        self.posture.forget(device["nodeId"])
        for listener in self.on_delete:
            listener(device)

    def expire_key(self, device_id: str) -> None:
        device = self.find(device_id)
        if device.get("isExternal"):
            raise ApiError(400, "cannot expire devices outside of your tailnet")
        device["keyExpiryDisabled"] = False
        device["expires"] = rfc3339(datetime.now(UTC) - timedelta(seconds=1))

    def routes(self, device_id: str) -> dict[str, Any]:
        device = self.find(device_id)
        return {
            "advertisedRoutes": list(device["advertisedRoutes"]),
            "enabledRoutes": list(device["enabledRoutes"]),
        }

    def set_routes(self, device_id: str, routes: list[str]) -> dict[str, Any]:
        device = self.find(device_id)
        normalized = []
        for route in routes:
            try:
                normalized.append(str(ipaddress.ip_network(route, strict=False)))
            except ValueError:
                raise ApiError(400, f"invalid route {route!r}: not a CIDR prefix") from None
        device["enabledRoutes"] = list(dict.fromkeys(normalized))
        return self.routes(device_id)

    def set_tags(self, device_id: str, tags: list[str]) -> None:
        device = self.find(device_id)
        self._tag_owners.check_tags(tags)
        device["tags"] = list(dict.fromkeys(tags))

    def set_ipv4(self, device_id: str, ipv4: str) -> None:
        device = self.find(device_id)
        others = {a for d in self._records.values() if d is not device for a in d["addresses"]}
        address = tailnet_ipv4(ipv4, others)
        device["addresses"] = [address, *[a for a in device["addresses"] if ":" in a]]

    def set_name(self, device_id: str, name: str) -> None:
        """Rename a device: a base name gets the tailnet's domain; empty means its hostname."""
        device = self.find(device_id)
        if device.get("isExternal"):
            raise ApiError(400, "cannot rename devices outside of your tailnet")
        suffix = "." + self.dns_name
        name = name.lower()
        if not name:
            base = device["hostname"].lower()
        elif "." in name:
            if not name.endswith(suffix) or name == suffix[1:]:
                raise ApiError(400, f"name must be a base name or end in {suffix}")
            base = name.removesuffix(suffix)
            if "." in base:
                raise ApiError(400, "the base name cannot contain dots")
        else:
            base = name
        full = base + suffix
        if any(d is not device and d["name"] == full for d in self._records.values()):
            raise ApiError(400, f"name {full} is already in use by another device")
        device["name"] = full

    def posture_attributes(self, device_id: str) -> dict[str, Any]:
        return self.posture.view(self.find(device_id)["nodeId"])

    def patch_posture(self, changes: Mapping[str, Mapping[str, Any]]) -> None:
        """A merge patch of several devices' custom attributes: all of it, or none (404)."""
        by_node = {
            self.find(device_id)["nodeId"]: settings for device_id, settings in changes.items()
        }
        self.posture.patch(by_node)


def tailnet_ipv4(ipv4: str, used: set[str]) -> str:
    """`ipv4` normalised, if it is a tailnet (CGNAT) address not in `used` (else a 400)."""
    try:
        address = ipaddress.IPv4Address(ipv4)
    except ValueError:
        raise ApiError(400, f"invalid IPv4 address {ipv4!r}") from None
    if address not in CGNAT:
        raise ApiError(400, "ipv4 address must be within 100.64.0.0/10")
    if str(address) in used:
        raise ApiError(400, f"address {address} is already in use")
    return str(address)


def view(device: Mapping[str, Any], fields: str | None) -> dict[str, Any]:
    """The device as the API shows it; `fields != "all"` leaves out the heavy fields."""
    # Shallow: the reply is serialized before the tailnet lock is released.
    if fields == "all":
        return dict(device)
    return {k: v for k, v in device.items() if k not in FIELDS_ALL_ONLY}


def field_matches(device: Mapping[str, Any], name: str, value: str) -> bool:
    """Whether the device's field `name` equals `value` or, for a list field, contains it.

    Matching reads the stored device, whatever `fields` shows. A field devices do not
    have matches nothing (no error: the API names its fields, a typo just finds none), and
    so does an object field such as `clientConnectivity`. Booleans match `true`/`false`.
    """
    if name not in device:
        return False
    field = device[name]
    candidates = field if isinstance(field, list) else [field]
    return any(_as_query_text(c) == value for c in candidates)


def _as_query_text(value: Any) -> str | None:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str | int | float):
        return str(value)
    return None


# ---------------------------------------------------------------------- handlers


@handles("listTailnetDevices")
def list_tailnet_devices(ctx: Context, devices: Devices) -> Reply:
    fields = ctx.query.get("fields")
    # Repeated values of one field are alternatives (`?tags=a&tags=b`: either tag);
    # different fields must all match.
    filters: dict[str, list[str]] = {}
    for name, value in ctx.query_items:
        if name != "fields":
            filters.setdefault(name, []).append(value)
    shown = [
        view(d, fields)
        for d in devices.values()
        if all(any(field_matches(d, name, v) for v in values) for name, values in filters.items())
    ]
    return Reply(body={"devices": shown})


@handles("getDevice")
def get_device(ctx: Context, devices: Devices) -> Reply:
    return Reply(body=view(devices.find(ctx.device_id), ctx.query.get("fields")))


@handles("deleteDevice")
def delete_device(ctx: Context, devices: Devices) -> Reply:
    devices.delete(ctx.device_id)
    return NO_BODY


@handles("expireDeviceKey")
def expire_device_key(ctx: Context, devices: Devices) -> Reply:
    devices.expire_key(ctx.device_id)
    return NO_BODY


@handles("getDeviceRoutes")
def get_device_routes(ctx: Context, devices: Devices) -> Reply:
    return Reply(body=devices.routes(ctx.device_id))


@handles("setDeviceRoutes")
def set_device_routes(ctx: Context, devices: Devices) -> Reply:
    return Reply(body=devices.set_routes(ctx.device_id, ctx.json()["routes"]))


@handles("authorizeDevice")
def authorize_device(ctx: Context, devices: Devices) -> Reply:
    devices.find(ctx.device_id)["authorized"] = ctx.json()["authorized"]
    return EMPTY


@handles("setDeviceTags")
def set_device_tags(ctx: Context, devices: Devices) -> Reply:
    devices.set_tags(ctx.device_id, ctx.json()["tags"])
    return EMPTY


@handles("updateDeviceKey")
def update_device_key(ctx: Context, devices: Devices) -> Reply:
    disabled = ctx.json().get("keyExpiryDisabled")
    device = devices.find(ctx.device_id)
    if disabled is not None:
        device["keyExpiryDisabled"] = disabled
    return EMPTY


@handles("setDeviceIpv4Address")
def set_device_ipv4_address(ctx: Context, devices: Devices) -> Reply:
    devices.set_ipv4(ctx.device_id, ctx.json()["ipv4"])
    return EMPTY


@handles("setDeviceName")
def set_device_name(ctx: Context, devices: Devices) -> Reply:
    devices.set_name(ctx.device_id, ctx.json()["name"])
    return EMPTY


@handles("getDevicePostureAttributes")
def get_device_posture_attributes(ctx: Context, devices: Devices) -> Reply:
    return Reply(body=devices.posture_attributes(ctx.device_id))


@handles("setCustomDevicePostureAttribute")
def set_custom_device_posture_attribute(ctx: Context, devices: Devices) -> Reply:
    body = ctx.json()
    node_id = devices.find(ctx.device_id)["nodeId"]
    devices.posture.set(node_id, ctx.path["attributeKey"], body["value"], body.get("expiry"))
    return Reply(body=devices.posture.view(node_id))


@handles("deleteCustomDevicePostureAttribute")
def delete_custom_device_posture_attribute(ctx: Context, devices: Devices) -> Reply:
    devices.posture.delete(devices.find(ctx.device_id)["nodeId"], ctx.path["attributeKey"])
    return EMPTY


@handles("batchUpdateCustomDevicePostureAttributes")
def batch_update_custom_device_posture_attributes(ctx: Context, devices: Devices) -> Reply:
    devices.patch_posture(ctx.json()["nodes"])
    return NO_BODY
