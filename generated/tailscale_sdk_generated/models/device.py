from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Device")


@_attrs_define
class Device:
    """A machine in a tailnet, or shared into it.

    Attributes:
        id (str): Legacy numeric id, still accepted wherever a device id is expected.
        node_id (str): Preferred id for API calls.
        addresses (list[str] | Unset): Tailscale IPv4 (100.x.y.z) and IPv6 (fd7a:115c:a1e0::/48) addresses.
        user (str | Unset): Login name of the user who registered the device (its owner unless tagged).
        name (str | Unset): MagicDNS name.
        hostname (str | Unset): Machine name shown in the admin console.
        client_version (str | Unset): Tailscale client version; empty for shared-in devices.
        update_available (bool | None | Unset): A boolean the API sends as `null` when it does not know the value.
        os (str | Unset): Operating system. Known values include linux, macOS, windows, iOS, android,
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
        machine_key (str | Unset): Internal; empty for shared-in devices.
        node_key (str | Unset): Node public key, needed for some tailnet lock operations.
        blocks_incoming_connections (bool | None | Unset): A boolean the API sends as `null` when it does not know the
            value.
        enabled_routes (list[str] | Unset): Subnet routes an admin approved (only with `fields=all`).
        advertised_routes (list[str] | Unset): Subnet routes the device offers (only with `fields=all`).
        client_connectivity (DeviceClientConnectivity | Unset): The device's latest report on its network conditions
            (only with `fields=all`).
        tags (list[str] | Unset): Tags owning the device; empty for shared-in devices.
        tailnet_lock_error (str | Unset): Problem with the device's tailnet lock signature, when tailnet lock is on.
        tailnet_lock_key (str | Unset): The device's tailnet lock public key.
        posture_identity (DevicePostureIdentity | Unset): Hardware identifiers collected when posture identity
            collection is on; `disabled`
            is true when the device has not opted in.
        connected_to_control (bool | None | Unset): A boolean the API sends as `null` when it does not know the value.
        distro (DeviceDistro | None | Unset):
        is_ephemeral (bool | None | Unset): A boolean the API sends as `null` when it does not know the value.
        multiple_connections (bool | None | Unset): A boolean the API sends as `null` when it does not know the value.
        ssh_enabled (bool | None | Unset): A boolean the API sends as `null` when it does not know the value.
    """

    id: str
    node_id: str
    addresses: list[str] | Unset = UNSET
    user: str | Unset = UNSET
    name: str | Unset = UNSET
    hostname: str | Unset = UNSET
    client_version: str | Unset = UNSET
    update_available: bool | None | Unset = UNSET
    os: str | Unset = UNSET
    created: datetime.datetime | None | str | Unset = UNSET
    last_seen: datetime.datetime | None | str | Unset = UNSET
    key_expiry_disabled: bool | None | Unset = UNSET
    expires: datetime.datetime | None | str | Unset = UNSET
    authorized: bool | None | Unset = UNSET
    is_external: bool | None | Unset = UNSET
    machine_key: str | Unset = UNSET
    node_key: str | Unset = UNSET
    blocks_incoming_connections: bool | None | Unset = UNSET
    enabled_routes: list[str] | Unset = UNSET
    advertised_routes: list[str] | Unset = UNSET
    client_connectivity: DeviceClientConnectivity | Unset = UNSET
    tags: list[str] | Unset = UNSET
    tailnet_lock_error: str | Unset = UNSET
    tailnet_lock_key: str | Unset = UNSET
    posture_identity: DevicePostureIdentity | Unset = UNSET
    connected_to_control: bool | None | Unset = UNSET
    distro: DeviceDistro | None | Unset = UNSET
    is_ephemeral: bool | None | Unset = UNSET
    multiple_connections: bool | None | Unset = UNSET
    ssh_enabled: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        node_id = self.node_id

        addresses: list[str] | Unset = UNSET
        if not isinstance(self.addresses, Unset):
            addresses = self.addresses

        user = self.user

        name = self.name

        hostname = self.hostname

        client_version = self.client_version

        update_available: bool | None | Unset
        if isinstance(self.update_available, Unset):
            update_available = UNSET
        else:
            update_available = self.update_available

        os = self.os

        created: None | str | Unset
        if isinstance(self.created, Unset):
            created = UNSET
        elif isinstance(self.created, datetime.datetime):
            created = self.created.isoformat()
        else:
            created = self.created

        last_seen: None | str | Unset
        if isinstance(self.last_seen, Unset):
            last_seen = UNSET
        elif isinstance(self.last_seen, datetime.datetime):
            last_seen = self.last_seen.isoformat()
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
            expires = self.expires.isoformat()
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

        machine_key = self.machine_key

        node_key = self.node_key

        blocks_incoming_connections: bool | None | Unset
        if isinstance(self.blocks_incoming_connections, Unset):
            blocks_incoming_connections = UNSET
        else:
            blocks_incoming_connections = self.blocks_incoming_connections

        enabled_routes: list[str] | Unset = UNSET
        if not isinstance(self.enabled_routes, Unset):
            enabled_routes = self.enabled_routes

        advertised_routes: list[str] | Unset = UNSET
        if not isinstance(self.advertised_routes, Unset):
            advertised_routes = self.advertised_routes

        client_connectivity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client_connectivity, Unset):
            client_connectivity = self.client_connectivity.to_dict()

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        tailnet_lock_error = self.tailnet_lock_error

        tailnet_lock_key = self.tailnet_lock_key

        posture_identity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.posture_identity, Unset):
            posture_identity = self.posture_identity.to_dict()

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
        field_dict.update(
            {
                "id": id,
                "nodeId": node_id,
            }
        )
        if addresses is not UNSET:
            field_dict["addresses"] = addresses
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
        id = d.pop("id")

        node_id = d.pop("nodeId")

        addresses: list[str] | Unset = d.pop("addresses", UNSET)

        user = d.pop("user", UNSET)

        name = d.pop("name", UNSET)

        hostname = d.pop("hostname", UNSET)

        client_version = d.pop("clientVersion", UNSET)

        update_available: bool | None | Unset = d.pop("updateAvailable", UNSET)

        os = d.pop("os", UNSET)

        _created: Any = d.pop("created", UNSET)
        created: datetime.datetime | None | str | Unset
        if isinstance(_created, str):
            try:
                componentsschemas_timestamp_type_0 = datetime.datetime.fromisoformat(_created)

                created = componentsschemas_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                created = cast("datetime.datetime | None | str | Unset", _created)
        else:
            created = _created

        _last_seen: Any = d.pop("lastSeen", UNSET)
        last_seen: datetime.datetime | None | str | Unset
        if isinstance(_last_seen, str):
            try:
                componentsschemas_timestamp_type_0 = datetime.datetime.fromisoformat(_last_seen)

                last_seen = componentsschemas_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                last_seen = cast("datetime.datetime | None | str | Unset", _last_seen)
        else:
            last_seen = _last_seen

        key_expiry_disabled: bool | None | Unset = d.pop("keyExpiryDisabled", UNSET)

        _expires: Any = d.pop("expires", UNSET)
        expires: datetime.datetime | None | str | Unset
        if isinstance(_expires, str):
            try:
                componentsschemas_timestamp_type_0 = datetime.datetime.fromisoformat(_expires)

                expires = componentsschemas_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                expires = cast("datetime.datetime | None | str | Unset", _expires)
        else:
            expires = _expires

        authorized: bool | None | Unset = d.pop("authorized", UNSET)

        is_external: bool | None | Unset = d.pop("isExternal", UNSET)

        machine_key = d.pop("machineKey", UNSET)

        node_key = d.pop("nodeKey", UNSET)

        blocks_incoming_connections: bool | None | Unset = d.pop("blocksIncomingConnections", UNSET)

        enabled_routes: list[str] | Unset = d.pop("enabledRoutes", UNSET)

        advertised_routes: list[str] | Unset = d.pop("advertisedRoutes", UNSET)

        _client_connectivity = d.pop("clientConnectivity", UNSET)
        client_connectivity: DeviceClientConnectivity | Unset
        if isinstance(_client_connectivity, Unset):
            client_connectivity = UNSET
        else:
            client_connectivity = DeviceClientConnectivity.from_dict(_client_connectivity)

        tags: list[str] | Unset = d.pop("tags", UNSET)

        tailnet_lock_error = d.pop("tailnetLockError", UNSET)

        tailnet_lock_key = d.pop("tailnetLockKey", UNSET)

        _posture_identity = d.pop("postureIdentity", UNSET)
        posture_identity: DevicePostureIdentity | Unset
        if isinstance(_posture_identity, Unset):
            posture_identity = UNSET
        else:
            posture_identity = DevicePostureIdentity.from_dict(_posture_identity)

        connected_to_control: bool | None | Unset = d.pop("connectedToControl", UNSET)

        _distro: Any = d.pop("distro", UNSET)
        distro: DeviceDistro | None | Unset
        if isinstance(_distro, dict):
            try:
                distro_type_0 = DeviceDistro.from_dict(_distro)

                distro = distro_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                distro = cast("DeviceDistro | None | Unset", _distro)
        else:
            distro = _distro

        is_ephemeral: bool | None | Unset = d.pop("isEphemeral", UNSET)

        multiple_connections: bool | None | Unset = d.pop("multipleConnections", UNSET)

        ssh_enabled: bool | None | Unset = d.pop("sshEnabled", UNSET)

        device = cls(
            id,
            node_id,
            addresses,
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
        return device

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
