"""Users of a tailnet (spec tag ``users``): ``ts.users``."""

from __future__ import annotations

import builtins
from functools import partial

from tailscale_sdk_generated.api.users import (
    approve_user,
    delete_user,
    get_user,
    list_users,
    restore_user,
    suspend_user,
    update_user_role,
)
from tailscale_sdk_generated.models.update_user_role_request import UpdateUserRoleRequest
from tailscale_sdk_generated.models.update_user_role_request_role import (
    UPDATE_USER_ROLE_REQUEST_ROLE_VALUES,
    UpdateUserRoleRequestRole,
)
from tailscale_sdk_generated.models.user import User
from tailscale_sdk_generated.models.user_role_filter import USER_ROLE_FILTER_VALUES, UserRoleFilter
from tailscale_sdk_generated.models.user_type_filter import USER_TYPE_FILTER_VALUES, UserTypeFilter
from tailscale_sdk_generated.types import UNSET

from .. import _validate as check
from .._core import Call, M, Resource, call, call_map, call_none, operation

__all__ = ["Users"]


def _user(user_id: str) -> str:
    return check.identifier(user_id, "user_id")


class Users(Resource[M]):
    """The people of a tailnet (members and users shared in), their roles and status."""

    @operation("listUsers")
    def list(
        self,
        *,
        type: UserTypeFilter | None = None,
        role: UserRoleFilter | None = None,
        tailnet: str | None = None,
    ) -> Call[builtins.list[User]]:
        """List the users of the tailnet, optionally only of one ``type`` or ``role``."""
        send = partial(
            list_users.sync_detailed,
            self._tailnet(tailnet),
            type_=UNSET if type is None else check.one_of("type", type, USER_TYPE_FILTER_VALUES),
            role=UNSET if role is None else check.one_of("role", role, USER_ROLE_FILTER_VALUES),
        )
        return call_map(send, lambda page: page.users or [])

    @operation("getUser")
    def get(self, user_id: str) -> Call[User]:
        """Get one user."""
        return call(partial(get_user.sync_detailed, _user(user_id)))

    @operation("updateUserRole")
    def update_role(self, user_id: str, role: UpdateUserRoleRequestRole) -> Call[None]:
        """Give a user another role."""
        body = UpdateUserRoleRequest(
            role=check.one_of("role", role, UPDATE_USER_ROLE_REQUEST_ROLE_VALUES)
        )
        return call_none(partial(update_user_role.sync_detailed, _user(user_id), body=body))

    @operation("approveUser")
    def approve(self, user_id: str) -> Call[None]:
        """Approve a user waiting for approval (when user approval is on)."""
        return call_none(partial(approve_user.sync_detailed, _user(user_id)))

    @operation("suspendUser")
    def suspend(self, user_id: str) -> Call[None]:
        """Suspend a user: their devices lose access until the user is restored."""
        return call_none(partial(suspend_user.sync_detailed, _user(user_id)))

    @operation("restoreUser")
    def restore(self, user_id: str) -> Call[None]:
        """Restore a suspended user."""
        return call_none(partial(restore_user.sync_detailed, _user(user_id)))

    @operation("deleteUser")
    def delete(self, user_id: str) -> Call[None]:
        """Delete a user and their devices from the tailnet."""
        return call_none(partial(delete_user.sync_detailed, _user(user_id)))
