"""Device share invites (spec tag ``device-invites``): ``ts.device_invites``."""

from __future__ import annotations

import builtins
from collections.abc import Iterable
from functools import partial

from tailscale_sdk_generated.api.device_invites import (
    accept_device_invite,
    create_device_invites,
    delete_device_invite,
    get_device_invite,
    list_device_invites,
    resend_device_invite,
)
from tailscale_sdk_generated.models.accept_device_invite_request import AcceptDeviceInviteRequest
from tailscale_sdk_generated.models.accept_device_invite_response import (
    AcceptDeviceInviteResponse,
)
from tailscale_sdk_generated.models.create_device_invite_request import CreateDeviceInviteRequest
from tailscale_sdk_generated.models.device_invite import DeviceInvite
from tailscale_sdk_generated.types import UNSET

from .. import _validate as check
from .._core import Call, M, Resource, call, call_map, call_none, operation

__all__ = ["DeviceInvites"]

_MANY = check.rule("createDeviceInvites.body")
_INVITE = check.rule("AcceptDeviceInviteRequest.invite")


def _invite(invite_id: str) -> str:
    return check.identifier(invite_id, "invite_id")


def _requests(requests: Iterable[CreateDeviceInviteRequest]) -> list[CreateDeviceInviteRequest]:
    items = check.conform(list(requests), _MANY, "requests")
    for item in items:
        if not isinstance(item, CreateDeviceInviteRequest):
            raise TypeError(f"expected CreateDeviceInviteRequest, not {type(item).__name__}")
    return items


class DeviceInvites(Resource[M]):
    """Invitations that share one device with a user outside its tailnet."""

    @operation("listDeviceInvites")
    def list(self, device_id: str) -> Call[builtins.list[DeviceInvite]]:
        """List the share invites of a device, accepted or not."""
        device = check.identifier(device_id, "device_id")
        return call_map(
            partial(list_device_invites.sync_detailed, device), lambda invites: invites or []
        )

    @operation("createDeviceInvites")
    def create(
        self,
        device_id: str,
        *,
        email: str | None = None,
        multi_use: bool | None = None,
        allow_exit_node: bool | None = None,
    ) -> Call[DeviceInvite]:
        """Create one share invite for a device (mailed to ``email`` if given)."""
        request = CreateDeviceInviteRequest(
            email=UNSET if email is None else check.text(email, "email"),
            multi_use=UNSET if multi_use is None else check.flag(multi_use, "multi_use"),
            allow_exit_node=UNSET
            if allow_exit_node is None
            else check.flag(allow_exit_node, "allow_exit_node"),
        )
        device = check.identifier(device_id, "device_id")
        send = partial(create_device_invites.sync_detailed, device, body=[request])
        # An empty answer is no reason to fail after the invite was made (see README).
        return call_map(send, lambda invites: invites[0] if invites else DeviceInvite())

    @operation("createDeviceInvites")
    def create_many(
        self, device_id: str, requests: Iterable[CreateDeviceInviteRequest]
    ) -> Call[builtins.list[DeviceInvite]]:
        """Create several share invites for a device at once, in request order."""
        device = check.identifier(device_id, "device_id")
        body = _requests(requests)
        send = partial(create_device_invites.sync_detailed, device, body=body)
        return call_map(send, lambda invites: invites or [])

    @operation("getDeviceInvite")
    def get(self, invite_id: str) -> Call[DeviceInvite]:
        """Get one device share invite."""
        return call(partial(get_device_invite.sync_detailed, _invite(invite_id)))

    @operation("deleteDeviceInvite")
    def delete(self, invite_id: str) -> Call[None]:
        """Withdraw a device share invite."""
        return call_none(partial(delete_device_invite.sync_detailed, _invite(invite_id)))

    @operation("resendDeviceInvite")
    def resend(self, invite_id: str) -> Call[None]:
        """Mail a device share invite again (only invites made with an email)."""
        return call_none(partial(resend_device_invite.sync_detailed, _invite(invite_id)))

    @operation("acceptDeviceInvite")
    def accept(self, invite: str) -> Call[AcceptDeviceInviteResponse]:
        """Accept a device share invite (its URL or code) for the caller."""
        body = AcceptDeviceInviteRequest(
            invite=check.conform(check.text(invite, "invite"), _INVITE, "invite")
        )
        return call(partial(accept_device_invite.sync_detailed, body=body))
