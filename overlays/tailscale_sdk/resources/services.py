"""Tailscale Services (spec tag ``services``): ``ts.services``."""

from __future__ import annotations

import builtins
from collections.abc import Iterable
from functools import partial

from tailscale_sdk_generated.api.services import (
    delete_service,
    get_service,
    get_service_device_approval,
    list_service_hosts,
    list_services,
    update_service,
    update_service_device_approval,
)
from tailscale_sdk_generated.models.service_host_info import ServiceHostInfo
from tailscale_sdk_generated.models.vip_service_approval import VIPServiceApproval
from tailscale_sdk_generated.models.vip_service_approval_request import (
    VIPServiceApprovalRequest,
)
from tailscale_sdk_generated.models.vip_service_info import VIPServiceInfo
from tailscale_sdk_generated.models.vip_service_info_put import VIPServiceInfoPut
from tailscale_sdk_generated.types import UNSET

from .. import _validate as check
from .._core import Call, M, Resource, call, call_map, call_none, operation

__all__ = ["Services"]

_NAME = check.rule("getService.serviceName")
_NEW_NAME = check.rule("VIPServiceInfoPut.name")
_ADDRS = check.rule("VIPServiceInfoPut.addrs")
_PORTS = check.rule("VIPServiceInfoPut.ports")
_TAGS = check.rule("VIPServiceInfoPut.tags")


def _service(service_name: str) -> str:
    name = check.conform(check.identifier(service_name, "service_name"), _NAME, "service_name")
    return name


def _device(device_id: str) -> str:
    return check.identifier(device_id, "device_id")


class Services(Resource[M]):
    """Services (``svc:name``): virtual endpoints with their own addresses, served by the
    devices that host them once each host is approved."""

    @operation("listServices")
    def list(self, *, tailnet: str | None = None) -> Call[builtins.list[VIPServiceInfo]]:
        """List the Services of the tailnet."""
        send = partial(list_services.sync_detailed, self._tailnet(tailnet))
        return call_map(send, lambda page: page.vip_services or [])

    @operation("getService")
    def get(self, service_name: str, *, tailnet: str | None = None) -> Call[VIPServiceInfo]:
        """Get one Service by name (``svc:...``)."""
        return call(
            partial(get_service.sync_detailed, self._tailnet(tailnet), _service(service_name))
        )

    @operation("updateService")
    def upsert(
        self,
        service_name: str,
        *,
        ports: Iterable[str] = (),
        tags: Iterable[str] = (),
        comment: str = "",
        addrs: Iterable[str] | None = None,
        rename_to: str | None = None,
        tailnet: str | None = None,
    ) -> Call[VIPServiceInfo]:
        """Create the Service, or replace its settings; returns it with its addresses.

        ``ports`` are ``tcp:<port>`` (or ``do-not-validate``). ``addrs``: for a new Service
        nothing, or the one IPv4 address to give it; for an existing one its IPv4 address
        (which may change) then its IPv6 address (which may not). ``rename_to`` renames an
        existing Service.
        """
        name = _service(service_name)
        new_name = name if rename_to is None else check.text(rename_to, "rename_to")
        body = VIPServiceInfoPut(
            name=check.conform(new_name, _NEW_NAME, "rename_to"),
            ports=check.conform(check.strings(ports, "ports"), _PORTS, "ports"),
            tags=check.conform(check.strings(tags, "tags"), _TAGS, "tags"),
            comment=check.text(comment, "comment"),
            addrs=UNSET
            if addrs is None
            else check.conform(check.strings(addrs, "addrs"), _ADDRS, "addrs"),
        )
        return call(partial(update_service.sync_detailed, self._tailnet(tailnet), name, body=body))

    @operation("deleteService")
    def delete(self, service_name: str, *, tailnet: str | None = None) -> Call[None]:
        """Delete a Service."""
        send = partial(delete_service.sync_detailed, self._tailnet(tailnet), _service(service_name))
        return call_none(send)

    @operation("listServiceHosts")
    def list_hosts(
        self, service_name: str, *, tailnet: str | None = None
    ) -> Call[builtins.list[ServiceHostInfo]]:
        """List the devices that host a Service, each with how it was approved."""
        send = partial(
            list_service_hosts.sync_detailed, self._tailnet(tailnet), _service(service_name)
        )
        return call_map(send, lambda page: page.hosts or [])

    @operation("getServiceDeviceApproval")
    def get_device_approval(
        self, service_name: str, device_id: str, *, tailnet: str | None = None
    ) -> Call[VIPServiceApproval]:
        """Whether a device may host a Service, and whether an auto-approver said so."""
        send = partial(
            get_service_device_approval.sync_detailed,
            self._tailnet(tailnet),
            _service(service_name),
            _device(device_id),
        )
        return call(send)

    @operation("updateServiceDeviceApproval")
    def set_device_approval(
        self, service_name: str, device_id: str, *, approved: bool, tailnet: str | None = None
    ) -> Call[VIPServiceApproval]:
        """Approve a device as a host of a Service (``approved=False`` withdraws it)."""
        body = VIPServiceApprovalRequest(approved=check.flag(approved, "approved"))
        send = partial(
            update_service_device_approval.sync_detailed,
            self._tailnet(tailnet),
            _service(service_name),
            _device(device_id),
            body=body,
        )
        return call(send)
