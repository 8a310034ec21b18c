"""Tag `user-invites`: invitations for new members of the tailnet."""

from __future__ import annotations

import copy
from typing import Any

from .._access import Principal
from .._common import Clock, Ids, Record, Records, Resends, wall_clock
from .._operations import EMPTY, Context, Reply, handles
from .users import Users


class UserInvites(Records):
    """User invites by id."""

    missing = "invite not found"

    def __init__(
        self, seed: list[dict[str, Any]], *, tailnet_id: int, clock: Clock, ids: Ids, users: Users
    ) -> None:
        super().__init__()
        self._tailnet_id = tailnet_id
        self._ids = ids
        self.resends = Resends()
        for entry in seed:
            sent = entry["lastEmailSentAt"]
            self._new(
                entry["id"],
                role=entry["role"],
                inviter_id=users.by_login(entry["inviter"])["id"],
                email=entry["email"],
                last_sent=clock.at(sent) if sent else "",
            )
        self._next_id = max((int(i) for i in self._records), default=29213) + 1

    def _new(
        self, invite_id: str, *, role: str, inviter_id: str, email: str, last_sent: str
    ) -> Record:
        invite: Record = {
            "id": invite_id,
            "role": role,
            "tailnetId": self._tailnet_id,
            "inviterId": inviter_id,
            "email": email,
            "lastEmailSentAt": last_sent,
            "inviteUrl": "https://login.tailscale.com/uinv/" + self._ids.network_id(12),
        }
        self._records[invite_id] = invite
        return invite

    def create(self, requests: list[dict[str, Any]], inviter: Principal) -> list[Record]:
        now = wall_clock()
        created = []
        for request in requests:
            email = request.get("email", "")
            invite = self._new(
                str(self._next_id),
                role=request.get("role", "member"),
                inviter_id=inviter.user_id,
                email=email,
                last_sent=now if email else "",
            )
            self._next_id += 1
            if email:
                self.resends.sent(invite["id"])
            created.append(copy.deepcopy(invite))
        return created


# ---------------------------------------------------------------------- handlers


@handles("listUserInvites")
def list_user_invites(ctx: Context, invites: UserInvites) -> Reply:
    return Reply(body=list(invites.values()))


@handles("createUserInvites")
def create_user_invites(ctx: Context, invites: UserInvites) -> Reply:
    return Reply(body=invites.create(ctx.json(), ctx.caller))


@handles("getUserInvite")
def get_user_invite(ctx: Context, invites: UserInvites) -> Reply:
    return Reply(body=invites.find(ctx.path["userInviteId"]))


@handles("deleteUserInvite")
def delete_user_invite(ctx: Context, invites: UserInvites) -> Reply:
    invites.delete(ctx.path["userInviteId"])
    return EMPTY


@handles("resendUserInvite")
def resend_user_invite(ctx: Context, invites: UserInvites) -> Reply:
    invites.resends.resend(invites.find(ctx.path["userInviteId"]))
    return EMPTY
