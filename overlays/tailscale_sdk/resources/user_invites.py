"""User invites (spec tag ``user-invites``): ``ts.user_invites``."""

from __future__ import annotations

import builtins
from collections.abc import Iterable
from functools import partial

from tailscale_sdk_generated.api.user_invites import (
    create_user_invites,
    delete_user_invite,
    get_user_invite,
    list_user_invites,
    resend_user_invite,
)
from tailscale_sdk_generated.models.create_user_invite_request import CreateUserInviteRequest
from tailscale_sdk_generated.models.user_invite import UserInvite
from tailscale_sdk_generated.models.user_role import USER_ROLE_VALUES, UserRole
from tailscale_sdk_generated.types import UNSET

from .. import _validate as check
from .._core import Call, M, Resource, call, call_map, call_none, operation

__all__ = ["UserInvites"]

_MANY = check.rule("createUserInvites.body")


def _invite(invite_id: str) -> str:
    return check.identifier(invite_id, "invite_id")


class UserInvites(Resource[M]):
    """Invitations for new users to join a tailnet with a given role."""

    @operation("listUserInvites")
    def list(self, *, tailnet: str | None = None) -> Call[builtins.list[UserInvite]]:
        """List the user invites of the tailnet that nobody has accepted yet."""
        send = partial(list_user_invites.sync_detailed, self._tailnet(tailnet))
        return call_map(send, lambda invites: invites or [])

    @operation("createUserInvites")
    def create(
        self,
        *,
        role: UserRole | None = None,
        email: str | None = None,
        tailnet: str | None = None,
    ) -> Call[UserInvite]:
        """Invite one user (as ``member`` unless ``role`` says otherwise; mailed if ``email``)."""
        request = CreateUserInviteRequest(
            role=UNSET if role is None else check.one_of("role", role, USER_ROLE_VALUES),
            email=UNSET if email is None else check.text(email, "email"),
        )
        send = partial(create_user_invites.sync_detailed, self._tailnet(tailnet), body=[request])
        # An empty answer is no reason to fail after the invite was made (see README).
        return call_map(send, lambda invites: invites[0] if invites else UserInvite())

    @operation("createUserInvites")
    def create_many(
        self, requests: Iterable[CreateUserInviteRequest], *, tailnet: str | None = None
    ) -> Call[builtins.list[UserInvite]]:
        """Invite several users at once; the invites come back in request order."""
        body = check.conform(list(requests), _MANY, "requests")
        for item in body:
            if not isinstance(item, CreateUserInviteRequest):
                raise TypeError(f"expected CreateUserInviteRequest, not {type(item).__name__}")
        send = partial(create_user_invites.sync_detailed, self._tailnet(tailnet), body=body)
        return call_map(send, lambda invites: invites or [])

    @operation("getUserInvite")
    def get(self, invite_id: str) -> Call[UserInvite]:
        """Get one user invite."""
        return call(partial(get_user_invite.sync_detailed, _invite(invite_id)))

    @operation("deleteUserInvite")
    def delete(self, invite_id: str) -> Call[None]:
        """Withdraw a user invite."""
        return call_none(partial(delete_user_invite.sync_detailed, _invite(invite_id)))

    @operation("resendUserInvite")
    def resend(self, invite_id: str) -> Call[None]:
        """Mail a user invite again (only invites made with an email)."""
        return call_none(partial(resend_user_invite.sync_detailed, _invite(invite_id)))
