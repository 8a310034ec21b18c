"""Tag `users`: the tailnet's members (and users of other tailnets it shares with)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

from .._common import ApiError, Clock, Events, Record, Records, not_found
from .._operations import NO_BODY, Context, Reply, handles


class OwnedDevices(Protocol):
    """What users need of the devices tag: whose devices are whose, and their removal."""

    def owned_by(self, login_name: str) -> list[Record]: ...

    def delete(self, device_id: str) -> None: ...


class Users(Records):
    """Users by id. Deleting a member deletes their untagged devices; changes emit events."""

    missing = "user not found"

    def __init__(
        self,
        seed: list[dict[str, Any]],
        *,
        tailnet: str,
        clock: Clock,
        devices: OwnedDevices,
        events: Events,
    ) -> None:
        super().__init__()
        self._devices = devices
        self._events = events
        for entry in seed:
            self._records[entry["id"]] = {
                "id": entry["id"],
                "loginName": entry["loginName"],
                "displayName": entry["displayName"],
                "profilePicUrl": "",
                "tailnetId": entry.get("tailnetId", tailnet),
                "created": clock.at(entry["created"]),
                "type": entry.get("type", "member"),
                "role": entry["role"],
                "status": entry["status"],
                "lastSeen": clock.at(entry["lastSeen"]) if "lastSeen" in entry else "",
                "currentlyConnected": entry.get("currentlyConnected", False),
            }

    def by_login(self, login_name: str) -> Record:
        found = next((u for u in self._records.values() if u["loginName"] == login_name), None)
        if found is None:
            raise not_found(self.missing)
        return found

    def view(self, user: Mapping[str, Any]) -> dict[str, Any]:
        return {**user, "deviceCount": len(self._devices.owned_by(user["loginName"]))}

    def listed(self, kind: str | None, role: str | None) -> list[dict[str, Any]]:
        kind = kind or "member"  # the API's default
        return [
            self.view(u)
            for u in self._records.values()
            if kind in ("all", u.get("type")) and role in (None, "all", u.get("role"))
        ]

    def _member(self, user_id: str, doing: str) -> Record:
        user = self.find(user_id)
        if user.get("type") != "member":
            raise ApiError(400, f"cannot {doing} a user of another tailnet")
        return user

    def _emit(self, event_type: str, user: Record, message: str, **data: str) -> None:
        login = user["loginName"]
        self._events.emit(event_type, f"{login} {message}", {"user": login, **data})

    def approve(self, user_id: str) -> None:
        user = self._member(user_id, "approve")
        if user["status"] != "needs-approval":
            raise ApiError(400, "user does not need approval")
        user["status"] = "active"
        self._emit("userApproved", user, "was approved")

    def suspend(self, user_id: str) -> None:
        user = self._member(user_id, "suspend")
        if user["role"] == "owner":
            raise ApiError(400, "the owner of a tailnet cannot be suspended")
        if user["status"] != "suspended":
            user["status"] = "suspended"
            user["currentlyConnected"] = False
            self._emit("userSuspended", user, "was suspended")

    def restore(self, user_id: str) -> None:
        user = self._member(user_id, "restore")
        if user["status"] != "suspended":
            raise ApiError(400, "user is not suspended")
        user["status"] = "active"
        self._emit("userRestored", user, "was restored")

    def delete(self, user_id: str) -> None:
        """Remove a member and the devices they own."""
        user = self._member(user_id, "delete")
        if user["role"] == "owner":
            raise ApiError(400, "the owner of a tailnet cannot be deleted")
        del self._records[user["id"]]
        # Tagged devices belong to the tailnet, not to whoever tagged them.
        for device in [d for d in self._devices.owned_by(user["loginName"]) if not d["tags"]]:
            self._devices.delete(device["nodeId"])
        self._emit("userDeleted", user, "was deleted")

    def set_role(self, user_id: str, role: str) -> None:
        user = self._member(user_id, "change the role of")
        if role == "owner" and user["role"] != "owner":
            raise ApiError(400, "ownership of a tailnet cannot be transferred through the API")
        if user["role"] == "owner" and role != "owner":
            raise ApiError(400, "the owner's role cannot be changed")
        if user["role"] != role:
            old, user["role"] = user["role"], role
            self._emit("userRoleUpdated", user, f"is now {role}", oldRole=old, newRole=role)


# ---------------------------------------------------------------------- handlers


@handles("listUsers")
def list_users(ctx: Context, users: Users) -> Reply:
    return Reply(body={"users": users.listed(ctx.query.get("type"), ctx.query.get("role"))})


@handles("getUser")
def get_user(ctx: Context, users: Users) -> Reply:
    return Reply(body=users.view(users.find(ctx.path["userId"])))


@handles("approveUser")
def approve_user(ctx: Context, users: Users) -> Reply:
    users.approve(ctx.path["userId"])
    return NO_BODY


@handles("suspendUser")
def suspend_user(ctx: Context, users: Users) -> Reply:
    users.suspend(ctx.path["userId"])
    return NO_BODY


@handles("restoreUser")
def restore_user(ctx: Context, users: Users) -> Reply:
    users.restore(ctx.path["userId"])
    return NO_BODY


@handles("deleteUser")
def delete_user(ctx: Context, users: Users) -> Reply:
    users.delete(ctx.path["userId"])
    return NO_BODY


@handles("updateUserRole")
def update_user_role(ctx: Context, users: Users) -> Reply:
    users.set_role(ctx.path["userId"], ctx.json()["role"])
    return NO_BODY
