from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, format_time, parse_time

T = TypeVar("T", bound="Device")


@_attrs_define
class Device:
    """A machine in a tailnet, or shared into it.

    Attributes:
        addresses (list[str] | None | Unset): Tailscale IPv4 (100.x.y.z) and IPv6 (fd7a:115c:a1e0::/48) addresses.
        id (None | str | Unset): Legacy numeric id, still accepted wherever a device id is expected.
        node_id (None | str | Unset): Preferred id for API calls.
        user (None | str | Unset): Login name of the user who registered the device (its owner unless tagged).
        name (None | str | Unset): MagicDNS name.
        hostname (None | str | Unset): Machine name shown in the admin console.
        client_version (None | str | Unset): Tailscale client version; empty for shared-in devices.
        update_available (bool | None | Unset): A boolean the API sends as `null` when it does not know the value.
        os (None | str | Unset): Operating system. Known values include linux, macOS, windows, iOS, android,
            freebsd, openbsd, tvOS and js; others may appear.
        created (datetime.datetime | None | str | Unset): An RFC 3339 time. The API sends `""` or `null` when it has no
            value (for example
            the creation time of a device shared in from another tailnet).
        last_seen (datetime.datetime | None | str | Unset): An RFC 3339 time. The API sends `""` or `null` when it has
            no value (for example
            the creation time of a device shared in from another tailnet).
        key_expiry_disabled (bool | None | Unset): A boolean the API sends as `null` when it does not know the value.
        expires (datetime.datetime | None | str | Unset): An RFC 3339 time. The API sends `""` or `null` when it has no
            value (for example
            the creation time of a device shared in from another tailnet).
        authorized (bool | None | Unset): A boolean the API sends as `null` when it does not know the value.
        is_external (bool | None | Unset): A boolean the API sends as `null` when it does not know the value.
        machine_key (None | str | Unset): Internal; empty for shared-in devices.
        node_key (None | str | Unset): Node public key, needed for some tailnet lock operations.
        blocks_incoming_connections (bool | None | Unset): A boolean the API sends as `null` when it does not know the
            value.
        enabled_routes (list[str] | None | Unset): Subnet routes an admin approved (only with `fields=all`).
        advertised_routes (list[str] | None | Unset): Subnet routes the device offers (only with `fields=all`).
        client_connectivity (DeviceClientConnectivity | None | Unset):
        tags (list[str] | None | Unset): Tags owning the device; empty for shared-in devices.
        tailnet_lock_error (None | str | Unset): Problem with the device's tailnet lock signature, when tailnet lock is
            on.
        tailnet_lock_key (None | str | Unset): The device's tailnet lock public key.
        posture_identity (DevicePostureIdentity | None | Unset):
        connected_to_control (bool | None | Unset): A boolean the API sends as `null` when it does not know the value.
        distro (DeviceDistro | None | Unset):
        is_ephemeral (bool | None | Unset): A boolean the API sends as `null` when it does not know the value.
        multiple_connections (bool | None | Unset): A boolean the API sends as `null` when it does not know the value.
        ssh_enabled (bool | None | Unset): A boolean the API sends as `null` when it does not know the value.
    """

    addresses: list[str] | None | Unset = UNSET
    id: None | str | Unset = UNSET
    node_id: None | str | Unset = UNSET
    user: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    hostname: None | str | Unset = UNSET
    client_version: None | str | Unset = UNSET
    update_available: bool | None | Unset = UNSET
    os: None | str | Unset = UNSET
    created: datetime.datetime | None | str | Unset = UNSET
    last_seen: datetime.datetime | None | str | Unset = UNSET
    key_expiry_disabled: bool | None | Unset = UNSET
    expires: datetime.datetime | None | str | Unset = UNSET
    authorized: bool | None | Unset = UNSET
    is_external: bool | None | Unset = UNSET
    machine_key: None | str | Unset = UNSET
    node_key: None | str | Unset = UNSET
    blocks_incoming_connections: bool | None | Unset = UNSET
    enabled_routes: list[str] | None | Unset = UNSET
    advertised_routes: list[str] | None | Unset = UNSET
    client_connectivity: DeviceClientConnectivity | None | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    tailnet_lock_error: None | str | Unset = UNSET
    tailnet_lock_key: None | str | Unset = UNSET
    posture_identity: DevicePostureIdentity | None | Unset = UNSET
    connected_to_control: bool | None | Unset = UNSET
    distro: DeviceDistro | None | Unset = UNSET
    is_ephemeral: bool | None | Unset = UNSET
    multiple_connections: bool | None | Unset = UNSET
    ssh_enabled: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        addresses: list[str] | None | Unset
        if isinstance(self.addresses, Unset):
            addresses = UNSET
        elif isinstance(self.addresses, list):
            addresses = self.addresses

        else:
            addresses = self.addresses

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        node_id: None | str | Unset
        if isinstance(self.node_id, Unset):
            node_id = UNSET
        else:
            node_id = self.node_id

        user: None | str | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        else:
            user = self.user

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        hostname: None | str | Unset
        if isinstance(self.hostname, Unset):
            hostname = UNSET
        else:
            hostname = self.hostname

        client_version: None | str | Unset
        if isinstance(self.client_version, Unset):
            client_version = UNSET
        else:
            client_version = self.client_version

        update_available: bool | None | Unset
        if isinstance(self.update_available, Unset):
            update_available = UNSET
        else:
            update_available = self.update_available

        os: None | str | Unset
        if isinstance(self.os, Unset):
            os = UNSET
        else:
            os = self.os

        created: None | str | Unset
        if isinstance(self.created, Unset):
            created = UNSET
        elif isinstance(self.created, datetime.datetime):
            created = format_time(self.created)
        else:
            created = self.created

        last_seen: None | str | Unset
        if isinstance(self.last_seen, Unset):
            last_seen = UNSET
        elif isinstance(self.last_seen, datetime.datetime):
            last_seen = format_time(self.last_seen)
        else:
            last_seen = self.last_seen

        key_expiry_disabled: bool | None | Unset
        if isinstance(self.key_expiry_disabled, Unset):
            key_expiry_disabled = UNSET
        else:
            key_expiry_disabled = self.key_expiry_disabled

        expires: None | str | Unset
        if isinstance(self.expires, Unset):
            expires = UNSET
        elif isinstance(self.expires, datetime.datetime):
            expires = format_time(self.expires)
        else:
            expires = self.expires

        authorized: bool | None | Unset
        if isinstance(self.authorized, Unset):
            authorized = UNSET
        else:
            authorized = self.authorized

        is_external: bool | None | Unset
        if isinstance(self.is_external, Unset):
            is_external = UNSET
        else:
            is_external = self.is_external

        machine_key: None | str | Unset
        if isinstance(self.machine_key, Unset):
            machine_key = UNSET
        else:
            machine_key = self.machine_key

        node_key: None | str | Unset
        if isinstance(self.node_key, Unset):
            node_key = UNSET
        else:
            node_key = self.node_key

        blocks_incoming_connections: bool | None | Unset
        if isinstance(self.blocks_incoming_connections, Unset):
            blocks_incoming_connections = UNSET
        else:
            blocks_incoming_connections = self.blocks_incoming_connections

        enabled_routes: list[str] | None | Unset
        if isinstance(self.enabled_routes, Unset):
            enabled_routes = UNSET
        elif isinstance(self.enabled_routes, list):
            enabled_routes = self.enabled_routes

        else:
            enabled_routes = self.enabled_routes

        advertised_routes: list[str] | None | Unset
        if isinstance(self.advertised_routes, Unset):
            advertised_routes = UNSET
        elif isinstance(self.advertised_routes, list):
            advertised_routes = self.advertised_routes

        else:
            advertised_routes = self.advertised_routes

        client_connectivity: dict[str, Any] | None | Unset
        if isinstance(self.client_connectivity, Unset):
            client_connectivity = UNSET
        elif isinstance(self.client_connectivity, DeviceClientConnectivity):
            client_connectivity = self.client_connectivity.to_dict()
        else:
            client_connectivity = self.client_connectivity

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        tailnet_lock_error: None | str | Unset
        if isinstance(self.tailnet_lock_error, Unset):
            tailnet_lock_error = UNSET
        else:
            tailnet_lock_error = self.tailnet_lock_error

        tailnet_lock_key: None | str | Unset
        if isinstance(self.tailnet_lock_key, Unset):
            tailnet_lock_key = UNSET
        else:
            tailnet_lock_key = self.tailnet_lock_key

        posture_identity: dict[str, Any] | None | Unset
        if isinstance(self.posture_identity, Unset):
            posture_identity = UNSET
        elif isinstance(self.posture_identity, DevicePostureIdentity):
            posture_identity = self.posture_identity.to_dict()
        else:
            posture_identity = self.posture_identity

        connected_to_control: bool | None | Unset
        if isinstance(self.connected_to_control, Unset):
            connected_to_control = UNSET
        else:
            connected_to_control = self.connected_to_control

        distro: dict[str, Any] | None | Unset
        if isinstance(self.distro, Unset):
            distro = UNSET
        elif isinstance(self.distro, DeviceDistro):
            distro = self.distro.to_dict()
        else:
            distro = self.distro

        is_ephemeral: bool | None | Unset
        if isinstance(self.is_ephemeral, Unset):
            is_ephemeral = UNSET
        else:
            is_ephemeral = self.is_ephemeral

        multiple_connections: bool | None | Unset
        if isinstance(self.multiple_connections, Unset):
            multiple_connections = UNSET
        else:
            multiple_connections = self.multiple_connections

        ssh_enabled: bool | None | Unset
        if isinstance(self.ssh_enabled, Unset):
            ssh_enabled = UNSET
        else:
            ssh_enabled = self.ssh_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if addresses is not UNSET:
            field_dict["addresses"] = addresses
        if id is not UNSET:
            field_dict["id"] = id
        if node_id is not UNSET:
            field_dict["nodeId"] = node_id
        if user is not UNSET:
            field_dict["user"] = user
        if name is not UNSET:
            field_dict["name"] = name
        if hostname is not UNSET:
            field_dict["hostname"] = hostname
        if client_version is not UNSET:
            field_dict["clientVersion"] = client_version
        if update_available is not UNSET:
            field_dict["updateAvailable"] = update_available
        if os is not UNSET:
            field_dict["os"] = os
        if created is not UNSET:
            field_dict["created"] = created
        if last_seen is not UNSET:
            field_dict["lastSeen"] = last_seen
        if key_expiry_disabled is not UNSET:
            field_dict["keyExpiryDisabled"] = key_expiry_disabled
        if expires is not UNSET:
            field_dict["expires"] = expires
        if authorized is not UNSET:
            field_dict["authorized"] = authorized
        if is_external is not UNSET:
            field_dict["isExternal"] = is_external
        if machine_key is not UNSET:
            field_dict["machineKey"] = machine_key
        if node_key is not UNSET:
            field_dict["nodeKey"] = node_key
        if blocks_incoming_connections is not UNSET:
            field_dict["blocksIncomingConnections"] = blocks_incoming_connections
        if enabled_routes is not UNSET:
            field_dict["enabledRoutes"] = enabled_routes
        if advertised_routes is not UNSET:
            field_dict["advertisedRoutes"] = advertised_routes
        if client_connectivity is not UNSET:
            field_dict["clientConnectivity"] = client_connectivity
        if tags is not UNSET:
            field_dict["tags"] = tags
        if tailnet_lock_error is not UNSET:
            field_dict["tailnetLockError"] = tailnet_lock_error
        if tailnet_lock_key is not UNSET:
            field_dict["tailnetLockKey"] = tailnet_lock_key
        if posture_identity is not UNSET:
            field_dict["postureIdentity"] = posture_identity
        if connected_to_control is not UNSET:
            field_dict["connectedToControl"] = connected_to_control
        if distro is not UNSET:
            field_dict["distro"] = distro
        if is_ephemeral is not UNSET:
            field_dict["isEphemeral"] = is_ephemeral
        if multiple_connections is not UNSET:
            field_dict["multipleConnections"] = multiple_connections
        if ssh_enabled is not UNSET:
            field_dict["sshEnabled"] = ssh_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        addresses: list[str] | None | Unset = d.pop("addresses", UNSET)

        id: None | str | Unset = d.pop("id", UNSET)

        node_id: None | str | Unset = d.pop("nodeId", UNSET)

        user: None | str | Unset = d.pop("user", UNSET)

        name: None | str | Unset = d.pop("name", UNSET)

        hostname: None | str | Unset = d.pop("hostname", UNSET)

        client_version: None | str | Unset = d.pop("clientVersion", UNSET)

        update_available: bool | None | Unset = d.pop("updateAvailable", UNSET)

        os: None | str | Unset = d.pop("os", UNSET)

        _created: Any = d.pop("created", UNSET)
        created: datetime.datetime | None | str | Unset
        if isinstance(_created, str):
            try:
                componentsschemas_timestamp_type_0 = parse_time(_created)

                created = componentsschemas_timestamp_type_0
            except ValueError:  # not a time: kept as the string it is
                created = _created
        elif _created is None or _created is UNSET or isinstance(_created, str):
            created = _created
        else:
            raise TypeError(f"created: {type(_created).__name__} is not datetime.datetime | None | str | Unset")

        _last_seen: Any = d.pop("lastSeen", UNSET)
        last_seen: datetime.datetime | None | str | Unset
        if isinstance(_last_seen, str):
            try:
                componentsschemas_timestamp_type_0 = parse_time(_last_seen)

                last_seen = componentsschemas_timestamp_type_0
            except ValueError:  # not a time: kept as the string it is
                last_seen = _last_seen
        elif _last_seen is None or _last_seen is UNSET or isinstance(_last_seen, str):
            last_seen = _last_seen
        else:
            raise TypeError(f"lastSeen: {type(_last_seen).__name__} is not datetime.datetime | None | str | Unset")

        key_expiry_disabled: bool | None | Unset = d.pop("keyExpiryDisabled", UNSET)

        _expires: Any = d.pop("expires", UNSET)
        expires: datetime.datetime | None | str | Unset
        if isinstance(_expires, str):
            try:
                componentsschemas_timestamp_type_0 = parse_time(_expires)

                expires = componentsschemas_timestamp_type_0
            except ValueError:  # not a time: kept as the string it is
                expires = _expires
        elif _expires is None or _expires is UNSET or isinstance(_expires, str):
            expires = _expires
        else:
            raise TypeError(f"expires: {type(_expires).__name__} is not datetime.datetime | None | str | Unset")

        authorized: bool | None | Unset = d.pop("authorized", UNSET)

        is_external: bool | None | Unset = d.pop("isExternal", UNSET)

        machine_key: None | str | Unset = d.pop("machineKey", UNSET)

        node_key: None | str | Unset = d.pop("nodeKey", UNSET)

        blocks_incoming_connections: bool | None | Unset = d.pop("blocksIncomingConnections", UNSET)

        enabled_routes: list[str] | None | Unset = d.pop("enabledRoutes", UNSET)

        advertised_routes: list[str] | None | Unset = d.pop("advertisedRoutes", UNSET)

        _client_connectivity: Any = d.pop("clientConnectivity", UNSET)
        client_connectivity: DeviceClientConnectivity | None | Unset
        if isinstance(_client_connectivity, dict):
            client_connectivity_type_0 = DeviceClientConnectivity.from_dict(_client_connectivity)

            client_connectivity = client_connectivity_type_0
        elif _client_connectivity is None or _client_connectivity is UNSET:
            client_connectivity = _client_connectivity
        else:
            raise TypeError(
                f"clientConnectivity: {type(_client_connectivity).__name__} is not DeviceClientConnectivity | None | Unset"
            )

        tags: list[str] | None | Unset = d.pop("tags", UNSET)

        tailnet_lock_error: None | str | Unset = d.pop("tailnetLockError", UNSET)

        tailnet_lock_key: None | str | Unset = d.pop("tailnetLockKey", UNSET)

        _posture_identity: Any = d.pop("postureIdentity", UNSET)
        posture_identity: DevicePostureIdentity | None | Unset
        if isinstance(_posture_identity, dict):
            posture_identity_type_0 = DevicePostureIdentity.from_dict(_posture_identity)

            posture_identity = posture_identity_type_0
        elif _posture_identity is None or _posture_identity is UNSET:
            posture_identity = _posture_identity
        else:
            raise TypeError(
                f"postureIdentity: {type(_posture_identity).__name__} is not DevicePostureIdentity | None | Unset"
            )

        connected_to_control: bool | None | Unset = d.pop("connectedToControl", UNSET)

        _distro: Any = d.pop("distro", UNSET)
        distro: DeviceDistro | None | Unset
        if isinstance(_distro, dict):
            distro_type_0 = DeviceDistro.from_dict(_distro)

            distro = distro_type_0
        elif _distro is None or _distro is UNSET:
            distro = _distro
        else:
            raise TypeError(f"distro: {type(_distro).__name__} is not DeviceDistro | None | Unset")

        is_ephemeral: bool | None | Unset = d.pop("isEphemeral", UNSET)

        multiple_connections: bool | None | Unset = d.pop("multipleConnections", UNSET)

        ssh_enabled: bool | None | Unset = d.pop("sshEnabled", UNSET)

        return cls(
            addresses,
            id,
            node_id,
            user,
            name,
            hostname,
            client_version,
            update_available,
            os,
            created,
            last_seen,
            key_expiry_disabled,
            expires,
            authorized,
            is_external,
            machine_key,
            node_key,
            blocks_incoming_connections,
            enabled_routes,
            advertised_routes,
            client_connectivity,
            tags,
            tailnet_lock_error,
            tailnet_lock_key,
            posture_identity,
            connected_to_control,
            distro,
            is_ephemeral,
            multiple_connections,
            ssh_enabled,
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
from ..models.device_client_connectivity import DeviceClientConnectivity  # noqa: E402
from ..models.device_distro import DeviceDistro  # noqa: E402
from ..models.device_posture_identity import DevicePostureIdentity  # noqa: E402
