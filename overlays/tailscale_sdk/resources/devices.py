"""Devices of a tailnet (spec tag ``devices``): ``ts.devices``."""

from __future__ import annotations

import builtins
import re
from collections.abc import Iterable, Mapping
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING

from tailscale_sdk_generated.models.device_fields import DEVICE_FIELDS_VALUES, DeviceFields
from tailscale_sdk_generated.types import UNSET, Unset

from .. import _validate as check
from .._core import Call, M, Resource, call, call_map, call_none, operation

if TYPE_CHECKING:
    from tailscale_sdk_generated.models.batch_posture_attributes_request import (
        BatchPostureAttributesRequest,
    )
    from tailscale_sdk_generated.models.device import Device
    from tailscale_sdk_generated.models.device_filters import DeviceFilters
    from tailscale_sdk_generated.models.device_posture_attributes import DevicePostureAttributes
    from tailscale_sdk_generated.models.device_routes import DeviceRoutes

__all__ = ["Devices"]

# Each method imports the generated modules of its own operation when it is first called, so
# that `ts.devices.get` does not load the modules and request models of the fourteen others.

_Scalar = str | bool | int
Filter = _Scalar | list[_Scalar] | tuple[_Scalar, ...] | set[_Scalar] | frozenset[_Scalar]
_SNAKE = re.compile(r"_([a-z0-9])")
_NAME = check.rule("SetDeviceNameRequest.name")
_TAGS = check.rule("SetDeviceTagsRequest.tags")
_ROUTES = check.rule("SetDeviceRoutesRequest.routes")
_IPV4 = check.rule("SetDeviceIpv4AddressRequest.ipv4")
_ATTRIBUTE_KEY = check.rule("CustomAttributeKey")
_ATTRIBUTE_VALUE = check.rule("SetPostureAttributeRequest.value")
_COMMENT = check.rule("SetPostureAttributeRequest.comment")
_BATCH_COMMENT = check.rule("BatchPostureAttributesRequest.comment")
AttributeValue = str | int | bool
"""A custom posture attribute value."""


def _fields(fields: DeviceFields | None) -> DeviceFields:
    return "default" if fields is None else check.one_of("fields", fields, DEVICE_FIELDS_VALUES)


def _device(device_id: str) -> str:
    return check.identifier(device_id, "device_id")


def _filter(value: Filter, name: str) -> builtins.list[str]:
    if not isinstance(value, list | tuple | set | frozenset):
        return [check.query_value(value, name)]
    values = [check.query_value(item, name) for item in value]
    if not values:
        raise ValueError(f"{name} needs at least one value to match")
    return values


def _filters(filters: dict[str, Filter]) -> DeviceFilters | Unset:
    if not filters:
        return UNSET
    from tailscale_sdk_generated.models.device_filters import DeviceFilters

    query = DeviceFilters()
    for name, value in filters.items():
        # The API names device fields in camelCase: os, tags, nodeId, clientVersion, ...
        field = _SNAKE.sub(lambda match: match[1].upper(), name)
        query[field] = _filter(value, name)
    return query


def _attribute_key(key: str) -> str:
    return check.conform(check.text(key, "key"), _ATTRIBUTE_KEY, "attribute key")


def _attribute_value(value: str | int | bool) -> str | int | bool:
    if not isinstance(value, str | int):  # bool is an int
        raise TypeError(f"attribute value must be a str, int or bool, not {type(value).__name__}")
    return check.conform(value, _ATTRIBUTE_VALUE, "attribute value")


def _expiry(expiry: datetime | None) -> datetime | Unset:
    if expiry is None:
        return UNSET
    if not isinstance(expiry, datetime) or expiry.tzinfo is None:
        raise TypeError("expiry must be a timezone-aware datetime")
    return expiry


def _batch(
    changes: Mapping[str, Mapping[str, AttributeValue | None]],
    expiry: datetime | None,
    comment: str | None,
) -> BatchPostureAttributesRequest:
    """The JSON Merge Patch of ``changes``: device -> attribute -> value, None removes it."""
    from tailscale_sdk_generated.models.batch_posture_attributes_request import (
        BatchPostureAttributesRequest,
    )
    from tailscale_sdk_generated.models.batch_posture_attributes_request_nodes import (
        BatchPostureAttributesRequestNodes,
    )
    from tailscale_sdk_generated.models.device_posture_attributes_patch import (
        DevicePostureAttributesPatch,
    )
    from tailscale_sdk_generated.models.posture_attribute_setting import PostureAttributeSetting

    if not isinstance(changes, Mapping):
        raise TypeError(f"changes must be a mapping, not {type(changes).__name__}")
    lapse = _expiry(expiry)
    nodes = BatchPostureAttributesRequestNodes()
    for device_id, attributes in changes.items():
        if not isinstance(attributes, Mapping):
            raise TypeError(f"the changes of {device_id!r} must be a mapping of attributes")
        if not attributes:
            raise ValueError(f"no attribute to set or delete on {device_id!r}")
        patch = DevicePostureAttributesPatch()
        for key, value in attributes.items():
            patch[_attribute_key(key)] = (
                None
                if value is None
                else PostureAttributeSetting(value=_attribute_value(value), expiry=lapse)
            )
        nodes[_device(device_id)] = patch
    if not nodes.additional_properties:
        raise ValueError("name at least one device")
    body = BatchPostureAttributesRequest(nodes=nodes)
    if comment is not None:
        body.comment = check.conform(check.text(comment, "comment"), _BATCH_COMMENT, "comment")
    return body


class Devices(Resource[M]):
    """Machines in a tailnet, and the settings an admin controls on them."""

    @operation("listTailnetDevices")
    def list(
        self,
        /,
        *,
        fields: DeviceFields | None = None,
        tailnet: str | None = None,
        **filters: Filter,
    ) -> Call[builtins.list[Device]]:
        """List the devices of the tailnet; ``fields="all"`` adds routes and connectivity.

        Keyword filters keep only devices whose field equals the value, or for a list field
        (``tags``, ``addresses``) contains it: ``list(tags="tag:web", os="linux")``. A list of
        values matches any of them: ``list(tags=["tag:prod", "tag:server"])`` sends
        ``tags=tag:prod&tags=tag:server``. Names are the device fields in snake_case or as the
        API spells them (``client_version`` or ``clientVersion``); booleans are sent as
        ``true``/``false``, integers in decimal.
        """
        from tailscale_sdk_generated.api.devices import list_tailnet_devices

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
        from tailscale_sdk_generated.api.devices import get_device

        send = partial(
            get_device.sync_detailed,
            _device(device_id),
            fields=UNSET if fields is None else _fields(fields),
        )
        return call(send)

    @operation("deleteDevice")
    def delete(self, device_id: str) -> Call[None]:
        """Remove a device from its tailnet."""
        from tailscale_sdk_generated.api.devices import delete_device

        return call_none(partial(delete_device.sync_detailed, _device(device_id)))

    @operation("setDeviceName")
    def set_name(self, device_id: str, name: str) -> Call[None]:
        """Rename a device (base or full MagicDNS name); ``""`` goes back to its hostname."""
        from tailscale_sdk_generated.api.devices import set_device_name
        from tailscale_sdk_generated.models.set_device_name_request import SetDeviceNameRequest

        body = SetDeviceNameRequest(name=check.conform(check.text(name, "name"), _NAME, "name"))
        return call_none(partial(set_device_name.sync_detailed, _device(device_id), body=body))

    @operation("expireDeviceKey")
    def expire_key(self, device_id: str) -> Call[None]:
        """Expire the device's node key, so that it must authenticate again."""
        from tailscale_sdk_generated.api.devices import expire_device_key

        return call_none(partial(expire_device_key.sync_detailed, _device(device_id)))

    @operation("authorizeDevice")
    def authorize(self, device_id: str, authorized: bool = True) -> Call[None]:
        """Approve a device (``authorized=False`` withdraws the approval)."""
        from tailscale_sdk_generated.api.devices import authorize_device
        from tailscale_sdk_generated.models.authorize_device_request import AuthorizeDeviceRequest

        body = AuthorizeDeviceRequest(authorized=check.flag(authorized, "authorized"))
        return call_none(partial(authorize_device.sync_detailed, _device(device_id), body=body))

    @operation("getDeviceRoutes")
    def get_routes(self, device_id: str) -> Call[DeviceRoutes]:
        """Get the subnet routes a device advertises and the ones that are approved."""
        from tailscale_sdk_generated.api.devices import get_device_routes

        return call(partial(get_device_routes.sync_detailed, _device(device_id)))

    @operation("setDeviceRoutes")
    def set_routes(self, device_id: str, routes: Iterable[str]) -> Call[DeviceRoutes]:
        """Replace the approved subnet routes of a device (CIDR strings)."""
        from tailscale_sdk_generated.api.devices import set_device_routes
        from tailscale_sdk_generated.models.set_device_routes_request import SetDeviceRoutesRequest

        cidrs = check.conform(check.strings(routes, "routes"), _ROUTES, "routes")
        body = SetDeviceRoutesRequest(routes=cidrs)
        return call(partial(set_device_routes.sync_detailed, _device(device_id), body=body))

    @operation("setDeviceTags")
    def set_tags(self, device_id: str, tags: Iterable[str]) -> Call[None]:
        """Replace the tags of a device (each ``tag:name``, defined in the policy file)."""
        from tailscale_sdk_generated.api.devices import set_device_tags
        from tailscale_sdk_generated.models.set_device_tags_request import SetDeviceTagsRequest

        body = SetDeviceTagsRequest(tags=check.conform(check.strings(tags, "tags"), _TAGS, "tags"))
        return call_none(partial(set_device_tags.sync_detailed, _device(device_id), body=body))

    @operation("updateDeviceKey")
    def set_key_expiry(self, device_id: str, *, disabled: bool) -> Call[None]:
        """Turn node key expiry off (``disabled=True``) or back on for a device."""
        from tailscale_sdk_generated.api.devices import update_device_key
        from tailscale_sdk_generated.models.update_device_key_request import UpdateDeviceKeyRequest

        body = UpdateDeviceKeyRequest(key_expiry_disabled=check.flag(disabled, "disabled"))
        return call_none(partial(update_device_key.sync_detailed, _device(device_id), body=body))

    @operation("setDeviceIpv4Address")
    def set_ipv4_address(self, device_id: str, ipv4: str) -> Call[None]:
        """Give a device a chosen Tailscale IPv4 address (inside 100.64.0.0/10)."""
        from tailscale_sdk_generated.api.devices import set_device_ipv_4_address
        from tailscale_sdk_generated.models.set_device_ipv_4_address_request import (
            SetDeviceIpv4AddressRequest,
        )

        address = check.conform(check.text(ipv4, "ipv4"), _IPV4, "ipv4")
        body = SetDeviceIpv4AddressRequest(ipv4=address)
        send = partial(set_device_ipv_4_address.sync_detailed, _device(device_id), body=body)
        return call_none(send)

    @operation("getDevicePostureAttributes")
    def get_posture_attributes(self, device_id: str) -> Call[DevicePostureAttributes]:
        """Get every posture attribute of a device (``node:`` and ``custom:``)."""
        from tailscale_sdk_generated.api.devices import get_device_posture_attributes

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
    ) -> Call[DevicePostureAttributes]:
        """Set a custom posture attribute (``custom:name``); returns the attributes after it."""
        from tailscale_sdk_generated.api.devices import set_custom_device_posture_attribute
        from tailscale_sdk_generated.models.set_posture_attribute_request import (
            SetPostureAttributeRequest,
        )

        body = SetPostureAttributeRequest(value=_attribute_value(value))
        if expiry is not None:
            if not isinstance(expiry, datetime) or expiry.tzinfo is None:
                raise TypeError("expiry must be a timezone-aware datetime")
            body.expiry = expiry
        if comment is not None:
            body.comment = check.conform(check.text(comment, "comment"), _COMMENT, "comment")
        send = partial(
            set_custom_device_posture_attribute.sync_detailed,
            _device(device_id),
            _attribute_key(key),
            body=body,
        )
        return call(send)

    @operation("deleteCustomDevicePostureAttribute")
    def delete_posture_attribute(self, device_id: str, key: str) -> Call[None]:
        """Remove a custom posture attribute from a device."""
        from tailscale_sdk_generated.api.devices import delete_custom_device_posture_attribute

        send = partial(
            delete_custom_device_posture_attribute.sync_detailed,
            _device(device_id),
            _attribute_key(key),
        )
        return call_none(send)

    @operation("batchUpdateCustomDevicePostureAttributes")
    def update_posture_attributes(
        self,
        device_ids: Iterable[str],
        *,
        set: Mapping[str, AttributeValue] | None = None,
        delete: Iterable[str] = (),
        expiry: datetime | None = None,
        comment: str | None = None,
        tailnet: str | None = None,
    ) -> Call[None]:
        """On each of ``device_ids``, set the custom attributes in ``set`` and remove those in
        ``delete``, in one request; other attributes stay as they are.

        ``update_posture_attributes(ids, set={"custom:onboarded": True},
        delete=["custom:legacy"], comment="MDM sync")``. ``expiry`` (an aware datetime)
        applies to every attribute set; ``comment`` goes to the audit log.
        """
        from tailscale_sdk_generated.api.devices import (
            batch_update_custom_device_posture_attributes,
        )

        values = {} if set is None else set
        if not isinstance(values, Mapping):
            raise TypeError(f"set must be a mapping, not {type(values).__name__}")
        removed = check.strings(delete, "delete")
        both = sorted(frozenset(values) & frozenset(removed))
        if both:
            raise ValueError(f"attributes both set and deleted: {', '.join(both)}")
        attributes: dict[str, AttributeValue | None] = {**values, **dict.fromkeys(removed)}
        devices = check.strings(device_ids, "device_ids")
        changes = {device: attributes for device in devices}
        body = _batch(changes, expiry, comment)
        send = partial(
            batch_update_custom_device_posture_attributes.sync_detailed,
            self._tailnet(tailnet),
            body=body,
        )
        return call_none(send)

    @operation("batchUpdateCustomDevicePostureAttributes")
    def update_posture_attributes_by_device(
        self,
        changes: Mapping[str, Mapping[str, AttributeValue | None]],
        *,
        expiry: datetime | None = None,
        comment: str | None = None,
        tailnet: str | None = None,
    ) -> Call[None]:
        """Change different custom attributes on each device, in one request.

        ``changes`` maps a device id to its changes: attribute -> new value, or None to
        remove it (``{"nQ4w...": {"custom:riskScore": 12, "custom:legacy": None}}``).
        """
        from tailscale_sdk_generated.api.devices import (
            batch_update_custom_device_posture_attributes,
        )

        send = partial(
            batch_update_custom_device_posture_attributes.sync_detailed,
            self._tailnet(tailnet),
            body=_batch(changes, expiry, comment),
        )
        return call_none(send)
