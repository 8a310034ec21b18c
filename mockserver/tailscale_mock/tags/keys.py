"""Tag `keys`: the tailnet's auth keys and API access tokens."""

from __future__ import annotations

import copy
from datetime import UTC, datetime, timedelta
from typing import Any

from .._access import Principal
from .._common import ApiError, Clock, Ids, Record, Records, TagOwners, parse_time, rfc3339
from .._operations import NO_BODY, Context, Reply, handles
from .users import Users


class Keys(Records):
    """Keys by id, without their secrets (shown once, when created)."""

    missing = "key not found"

    def __init__(
        self,
        seed: list[dict[str, Any]],
        *,
        clock: Clock,
        ids: Ids,
        users: Users,
        tag_owners: TagOwners,
    ) -> None:
        super().__init__()
        self._ids = ids
        self._tag_owners = tag_owners
        for entry in seed:
            owner = entry.pop("owner", None)
            key_id = entry.pop("id", None) or self._new_id()
            key: Record = {
                "id": key_id,
                "keyType": entry.pop("keyType", "auth"),
                "userId": users.by_login(owner)["id"] if owner else "",
            }
            for name in ("created", "expires"):
                entry[name] = clock.at(entry[name])
            key.update(entry)
            self._records[key_id] = key

    def _new_id(self) -> str:
        return "k" + self._ids.network_id(8) + "CNTRL"

    def view(self, key_id: str) -> Record:
        """A key without its secret; expired keys carry `invalid: true`."""
        view = copy.deepcopy(self.find(key_id))
        expires = parse_time(view.get("expires"))
        if expires is not None and expires <= datetime.now(UTC):
            view["invalid"] = True
        return view

    def listed(self, caller: Principal) -> list[dict[str, Any]]:
        """Ids of the caller's unexpired keys: its own (user token) or the tailnet's (OAuth)."""
        now = datetime.now(UTC)
        owner = "" if caller.kind == "oauth" else caller.user_id
        listed = []
        for key in self._records.values():
            expires = parse_time(key.get("expires"))
            if key.get("userId", "") == owner and (expires is None or expires > now):
                listed.append({"id": key["id"]})
        return listed

    def create(self, request: dict[str, Any], caller: Principal) -> Record:
        create = request["capabilities"]["devices"].get("create", {})
        tags = list(create.get("tags", []))
        if caller.kind == "oauth" and not tags:
            raise ApiError(400, "auth keys created with an OAuth token must have tags")
        self._tag_owners.check_tags(tags)
        seconds = int(request.get("expirySeconds", 90 * 86400))
        now = datetime.now(UTC)
        try:
            expires = rfc3339(now + timedelta(seconds=seconds))
        except OverflowError:
            raise ApiError(400, f"expirySeconds {seconds} is too large") from None
        key_id = self._new_id()
        key: Record = {
            "id": key_id,
            "keyType": "auth",
            "userId": "" if caller.kind == "oauth" else caller.user_id,
            "created": rfc3339(now),
            "expires": expires,
            "expirySeconds": seconds,
            "capabilities": {
                "devices": {
                    "create": {
                        "reusable": bool(create.get("reusable", False)),
                        "ephemeral": bool(create.get("ephemeral", False)),
                        "preauthorized": bool(create.get("preauthorized", False)),
                        "tags": tags,
                    }
                }
            },
            "description": request.get("description", ""),
        }
        self._records[key_id] = key
        return {**copy.deepcopy(key), "key": f"tskey-auth-{key_id}-{self._ids.network_id(30)}"}


# ---------------------------------------------------------------------- handlers


@handles("listTailnetKeys")
def list_tailnet_keys(ctx: Context, keys: Keys) -> Reply:
    return Reply(body={"keys": keys.listed(ctx.caller)})


@handles("createAuthKey")
def create_auth_key(ctx: Context, keys: Keys) -> Reply:
    return Reply(body=keys.create(ctx.json(), ctx.caller))


@handles("getKey")
def get_key(ctx: Context, keys: Keys) -> Reply:
    return Reply(body=keys.view(ctx.path["keyId"]))


@handles("deleteKey")
def delete_key(ctx: Context, keys: Keys) -> Reply:
    keys.delete(ctx.path["keyId"])
    return NO_BODY
