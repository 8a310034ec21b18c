"""Devices of a tailnet (spec tag ``devices``): ``ts.devices``."""

from __future__ import annotations

import builtins
import re
from collections.abc import Iterable
from datetime import datetime
from functools import partial

from tailscale_sdk_generated.api.devices import (
    authorize_device,
    delete_custom_device_posture_attribute,
    delete_device,
    expire_device_key,
    get_device,
    get_device_posture_attributes,
    get_device_routes,
    list_tailnet_devices,
    set_custom_device_posture_attribute,
    set_device_ipv_4_address,
    set_device_name,
    set_device_routes,
    set_device_tags,
    update_device_key,
)
from tailscale_sdk_generated.models.authorize_device_request import AuthorizeDeviceRequest
from tailscale_sdk_generated.models.device import Device
from tailscale_sdk_generated.models.device_fields import DeviceFields
from tailscale_sdk_generated.models.device_filters import DeviceFilters
from tailscale_sdk_generated.models.device_posture_attributes import DevicePostureAttributes
from tailscale_sdk_generated.models.device_routes import DeviceRoutes
from tailscale_sdk_generated.models.set_device_ipv_4_address_request import (
    SetDeviceIpv4AddressRequest,
)
from tailscale_sdk_generated.models.set_device_name_request import SetDeviceNameRequest
from tailscale_sdk_generated.models.set_device_routes_request import SetDeviceRoutesRequest
from tailscale_sdk_generated.models.set_device_tags_request import SetDeviceTagsRequest
from tailscale_sdk_generated.models.set_posture_attribute_request import (
    SetPostureAttributeRequest,
)
from tailscale_sdk_generated.models.update_device_key_request import UpdateDeviceKeyRequest
from tailscale_sdk_generated.types import UNSET, Unset

from .. import _validate as check
from .._core import Call, M, Resource, call, call_map, call_none, operation

__all__ = ["Devices"]

_FIELDS = ("all", "default")
_SNAKE = re.compile(r"_([a-z0-9])")
# SetDeviceNameRequest.name: DNS labels separated by dots, or empty.
_LABEL = r"[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_NAME = re.compile(rf"({_LABEL})?(\.{_LABEL})*")


def _fields(fields: DeviceFields | None) -> DeviceFields:
    return "default" if fields is None else check.one_of("fields", fields, _FIELDS)


def _device(device_id: str) -> str:
    return check.identifier(device_id, "device_id")


def _filters(filters: dict[str, str | bool | int]) -> DeviceFilters | Unset:
    if not filters:
        return UNSET
    query = DeviceFilters()
    for name, value in filters.items():
        # The API names device fields in camelCase: os, tags, nodeId, clientVersion, ...
        field = _SNAKE.sub(lambda match: match[1].upper(), name)
        query[field] = check.query_value(value, name)
    return query


def _name(name: str) -> str:
    if not isinstance(name, str):
        raise TypeError(f"name must be a str, not {type(name).__name__}")
    if len(name) > 253 or not _NAME.fullmatch(name):
        raise ValueError(f"invalid device name {name!r}: expected DNS labels separated by dots")
    return name


class Devices(Resource[M]):
    """Machines in a tailnet, and the settings an admin controls on them."""

    @operation("listTailnetDevices")
    def list(
        self,
        /,
        *,
        fields: DeviceFields | None = None,
        tailnet: str | None = None,
        **filters: str | bool | int,
    ) -> Call[builtins.list[Device]]:
        """List the devices of the tailnet; ``fields="all"`` adds routes and connectivity.

        Keyword filters keep only devices whose field equals the value, or for a list field
        (``tags``, ``addresses``) contains it: ``list(tags="tag:web", os="linux")``. Names
        are the device fields in snake_case or as the API spells them (``client_version`` or
        ``clientVersion``); booleans are sent as ``true``/``false``, integers in decimal.
        """
        send = partial(
            list_tailnet_devices.sync_detailed,
            self._tailnet(tailnet),
            fields=UNSET if fields is None else _fields(fields),
            filters=_filters(filters),
        )
        return call_map(send, lambda page: page.devices or [])

    @operation("getDevice")
    def get(self, device_id: str, *, fields: DeviceFields | None = None) -> Call[Device]:
        """Get one device by its ``nodeId`` (or legacy numeric ``id``)."""
        send = partial(
            get_device.sync_detailed,
            _device(device_id),
            fields=UNSET if fields is None else _fields(fields),
        )
        return call(send)

    @operation("deleteDevice")
    def delete(self, device_id: str) -> Call[None]:
        """Remove a device from its tailnet."""
        return call_none(partial(delete_device.sync_detailed, _device(device_id)))

    @operation("setDeviceName")
    def set_name(self, device_id: str, name: str) -> Call[None]:
        """Rename a device (base or full MagicDNS name); ``""`` goes back to its hostname."""
        body = SetDeviceNameRequest(name=_name(name))
        return call_none(partial(set_device_name.sync_detailed, _device(device_id), body=body))

    @operation("expireDeviceKey")
    def expire_key(self, device_id: str) -> Call[None]:
        """Expire the device's node key, so that it must authenticate again."""
        return call_none(partial(expire_device_key.sync_detailed, _device(device_id)))

    @operation("authorizeDevice")
    def authorize(self, device_id: str, authorized: bool = True) -> Call[None]:
        """Approve a device (``authorized=False`` withdraws the approval)."""
        body = AuthorizeDeviceRequest(authorized=check.flag(authorized, "authorized"))
        return call_none(partial(authorize_device.sync_detailed, _device(device_id), body=body))

    @operation("getDeviceRoutes")
    def get_routes(self, device_id: str) -> Call[DeviceRoutes]:
        """Get the subnet routes a device advertises and the ones that are approved."""
        return call(partial(get_device_routes.sync_detailed, _device(device_id)))

    @operation("setDeviceRoutes")
    def set_routes(self, device_id: str, routes: Iterable[str]) -> Call[DeviceRoutes]:
        """Replace the approved subnet routes of a device (CIDR strings)."""
        body = SetDeviceRoutesRequest(routes=check.routes(routes))
        return call(partial(set_device_routes.sync_detailed, _device(device_id), body=body))

    @operation("setDeviceTags")
    def set_tags(self, device_id: str, tags: Iterable[str]) -> Call[None]:
        """Replace the tags of a device (each ``tag:name``, defined in the policy file)."""
        body = SetDeviceTagsRequest(tags=check.tags(tags))
        return call_none(partial(set_device_tags.sync_detailed, _device(device_id), body=body))

    @operation("updateDeviceKey")
    def set_key_expiry(self, device_id: str, *, disabled: bool) -> Call[None]:
        """Turn node key expiry off (``disabled=True``) or back on for a device."""
        body = UpdateDeviceKeyRequest(key_expiry_disabled=check.flag(disabled, "disabled"))
        return call_none(partial(update_device_key.sync_detailed, _device(device_id), body=body))

    @operation("setDeviceIpv4Address")
    def set_ipv4_address(self, device_id: str, ipv4: str) -> Call[None]:
        """Give a device a chosen Tailscale IPv4 address (inside 100.64.0.0/10)."""
        body = SetDeviceIpv4AddressRequest(ipv4=check.tailscale_ipv4(ipv4))
        send = partial(set_device_ipv_4_address.sync_detailed, _device(device_id), body=body)
        return call_none(send)

    @operation("getDevicePostureAttributes")
    def get_posture_attributes(self, device_id: str) -> Call[DevicePostureAttributes]:
        """Get every posture attribute of a device (``node:`` and ``custom:``)."""
        return call(partial(get_device_posture_attributes.sync_detailed, _device(device_id)))

    @operation("setCustomDevicePostureAttribute")
    def set_posture_attribute(
        self,
        device_id: str,
        key: str,
        value: str | int | bool,
        *,
        expiry: datetime | None = None,
        comment: str | None = None,
    ) -> Call[None]:
        """Set a custom posture attribute (``custom:name``) to a string, integer or boolean."""
        body = SetPostureAttributeRequest(value=check.attribute_value(value))
        if expiry is not None:
            if not isinstance(expiry, datetime) or expiry.tzinfo is None:
                raise TypeError("expiry must be a timezone-aware datetime")
            body.expiry = expiry
        if comment is not None:
            body.comment = check.identifier(comment, "comment")
        send = partial(
            set_custom_device_posture_attribute.sync_detailed,
            _device(device_id),
            check.attribute_key(key),
            body=body,
        )
        return call_none(send)

    @operation("deleteCustomDevicePostureAttribute")
    def delete_posture_attribute(self, device_id: str, key: str) -> Call[None]:
        """Remove a custom posture attribute from a device."""
        send = partial(
            delete_custom_device_posture_attribute.sync_detailed,
            _device(device_id),
            check.attribute_key(key),
        )
        return call_none(send)
