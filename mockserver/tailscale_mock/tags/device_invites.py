"""Tag `device-invites`: invitations to share one device with users of other tailnets."""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from .._access import Principal
from .._common import ApiError, Clock, Ids, Record, Records, Resends, not_found, wall_clock
from .._operations import EMPTY, Context, Reply, handles
from .devices import Devices
from .users import Users


class DeviceInvites(Records):
    """Device invites by id; a deleted device takes its invites with it."""

    missing = "invite not found"

    def __init__(
        self,
        seed: list[dict[str, Any]],
        *,
        tailnet_id: int,
        clock: Clock,
        ids: Ids,
        devices: Devices,
        users: Users,
    ) -> None:
        super().__init__()
        self._tailnet_id = tailnet_id
        self._ids = ids
        self._devices = devices
        self._users = users
        self.resends = Resends()
        devices.on_delete.append(self._forget_device)
        for entry in seed:
            device = next(d for d in devices.values() if d["hostname"] == entry["device"])
            invite = self._new(entry["id"], device["id"], users.by_login(entry["sharer"])["id"])
            invite.update(
                {k: entry[k] for k in ("multiUse", "allowExitNode", "email", "accepted")},
                created=clock.at(entry["created"]),
                lastEmailSentAt=clock.at(entry["lastEmailSentAt"])
                if entry["lastEmailSentAt"]
                else "",
            )
            if "acceptedBy" in entry:
                invite["acceptedBy"] = entry["acceptedBy"]
        self._next_id = max((int(i) for i in self._records), default=12344) + 1

    def _new(self, invite_id: str, device_id: str, sharer_id: str) -> Record:
        invite: Record = {
            "id": invite_id,
            "created": "",
            "tailnetId": self._tailnet_id,
            "deviceId": device_id,
            "sharerId": sharer_id,
            "multiUse": False,
            "allowExitNode": False,
            "email": "",
            "lastEmailSentAt": "",
            "inviteUrl": "https://login.tailscale.com/admin/invite/" + self._ids.network_id(12),
            "accepted": False,
        }
        self._records[invite_id] = invite
        return invite

    def _forget_device(self, device: Record) -> None:
        for invite_id in [i for i, v in self._records.items() if v["deviceId"] == device["id"]]:
            del self._records[invite_id]

    def of_device(self, device_id: str) -> list[Record]:
        device = self._devices.find(device_id)
        return [copy.deepcopy(v) for v in self._records.values() if v["deviceId"] == device["id"]]

    def create(
        self, device_id: str, requests: list[dict[str, Any]], sharer: Principal
    ) -> list[Record]:
        device = self._devices.find(device_id)
        now = wall_clock()
        created = []
        for request in requests:
            invite = self._new(str(self._next_id), device["id"], sharer.user_id)
            self._next_id += 1
            email = request.get("email", "")
            invite.update(
                created=now,
                multiUse=bool(request.get("multiUse", False)),
                allowExitNode=bool(request.get("allowExitNode", False)),
                email=email,
                lastEmailSentAt=now if email else "",
            )
            if email:
                self.resends.sent(invite["id"])
            created.append(copy.deepcopy(invite))
        return created

    def accept(self, invite_ref: str, accepter: Principal) -> dict[str, Any]:
        code = invite_ref.rstrip("/").rsplit("/", 1)[-1]
        invite = next(
            (v for v in self._records.values() if v["inviteUrl"].rsplit("/", 1)[-1] == code),
            None,
        )
        if invite is None or not code:
            raise not_found("invite not found")
        if invite.get("accepted") and not invite.get("multiUse"):
            raise ApiError(400, "invite has already been accepted")
        device = next((d for d in self._devices.values() if d["id"] == invite["deviceId"]), None)
        if device is None:
            raise not_found("shared device no longer exists")
        invite["accepted"] = True
        invite["acceptedBy"] = {
            "id": accepter.user_id,
            "loginName": accepter.login_name,
            "profilePicUrl": "",
        }
        sharer = next((u for u in self._users.values() if u["id"] == str(invite["sharerId"])), None)
        return {
            "device": {
                "id": device["id"],
                "os": device["os"],
                "name": device["hostname"],
                "fqdn": device["name"],
                "ipv4": next((a for a in device["addresses"] if ":" not in a), ""),
                "ipv6": next((a for a in device["addresses"] if ":" in a), ""),
                "includeExitNode": bool(invite.get("allowExitNode")),
            },
            "sharer": _party(
                sharer or {"id": str(invite["sharerId"]), "loginName": "", "displayName": ""}
            ),
            "acceptedBy": _party(
                {"id": accepter.user_id, "loginName": accepter.login_name, "displayName": ""}
            ),
        }


def _party(user: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "id": user.get("id", ""),
        "displayName": user.get("displayName", ""),
        "loginName": user.get("loginName", ""),
        "profilePicURL": "",
    }


# ---------------------------------------------------------------------- handlers


@handles("listDeviceInvites")
def list_device_invites(ctx: Context, invites: DeviceInvites) -> Reply:
    return Reply(body=invites.of_device(ctx.device_id))


@handles("createDeviceInvites")
def create_device_invites(ctx: Context, invites: DeviceInvites) -> Reply:
    return Reply(body=invites.create(ctx.device_id, ctx.json(), ctx.caller))


@handles("getDeviceInvite")
def get_device_invite(ctx: Context, invites: DeviceInvites) -> Reply:
    return Reply(body=invites.find(ctx.path["deviceInviteId"]))


@handles("deleteDeviceInvite")
def delete_device_invite(ctx: Context, invites: DeviceInvites) -> Reply:
    invites.delete(ctx.path["deviceInviteId"])
    return EMPTY


@handles("resendDeviceInvite")
def resend_device_invite(ctx: Context, invites: DeviceInvites) -> Reply:
    invites.resends.resend(invites.find(ctx.path["deviceInviteId"]))
    return EMPTY


@handles("acceptDeviceInvite")
def accept_device_invite(ctx: Context, invites: DeviceInvites) -> Reply:
    return Reply(body=invites.accept(ctx.json()["invite"], ctx.caller))
