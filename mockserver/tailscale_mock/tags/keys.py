"""Tag `keys`: auth keys, API access tokens and trust credentials (OAuth clients, federated
identities).

A trust credential has scopes and, when a scope creates tagged things (`devices:core`,
`auth_keys`), tags. The secret of an OAuth client is in the create response only; the
token endpoint checks it through `client_secret_matches`. A federated identity has no
secret: the token exchange checks an ID token against its issuer, subject, audience and
custom claim rules instead.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from .._access import Principal
from .._common import ApiError, Clock, Ids, Record, Records, TagOwners, parse_time, rfc3339
from .._operations import NO_BODY, Context, Reply, handles
from .users import Users

TRUST_CREDENTIALS = ("client", "federated")
TAGGED_SCOPES = frozenset({"devices:core", "auth_keys"})
_HTTPS_URL = re.compile(r"https://[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*(:[0-9]{1,5})?(/[\x21-\x7e]*)?")
_SEED_ONLY = ("owner", "secret")


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
        self._secrets: dict[str, str] = {}
        for entry in seed:
            owner, secret = entry.get("owner"), entry.get("secret")
            key_id = entry.pop("id", None) or self._new_id()
            key: Record = {
                "id": key_id,
                "keyType": entry.pop("keyType", "auth"),
                "userId": users.by_login(owner)["id"] if owner else "",
            }
            for name in ("created", "expires", "updated"):
                if name in entry:
                    entry[name] = clock.at(entry[name])
            key.update({k: v for k, v in entry.items() if k not in _SEED_ONLY})
            if key["keyType"] in TRUST_CREDENTIALS:
                key.setdefault("tags", [])
            self._records[key_id] = key
            if secret:
                self._secrets[key_id] = secret

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
        """A new auth key, OAuth client or federated identity, by `keyType`."""
        key_type = request.get("keyType", "auth")
        if key_type in TRUST_CREDENTIALS:
            return self._create_credential(key_type, request, caller)
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

    def _create_credential(
        self, key_type: str, request: Mapping[str, Any], caller: Principal
    ) -> Record:
        self._check_credential(request)
        key_id = self._new_id()
        now = rfc3339(datetime.now(UTC))
        key: Record = {
            "id": key_id,
            "keyType": key_type,
            "userId": "" if caller.kind == "oauth" else caller.user_id,
            "created": now,
            "updated": now,
            "description": request.get("description", ""),
            "scopes": list(request["scopes"]),
            "tags": list(request.get("tags", [])),
        }
        if key_type == "federated":
            key.update(
                {
                    "issuer": request["issuer"],
                    "subject": request["subject"],
                    # Tailscale generates the audience when none is given.
                    "audience": request.get("audience") or f"api.tailscale.com/{key_id}",
                    "customClaimRules": dict(request.get("customClaimRules", {})),
                }
            )
        self._records[key_id] = key
        created = copy.deepcopy(key)
        if key_type == "client":
            secret = f"tskey-client-{key_id}-{self._ids.network_id(30)}"
            self._secrets[key_id] = secret
            created["key"] = secret
        return created

    def _check_credential(self, request: Mapping[str, Any]) -> None:
        scopes, tags = request["scopes"], request.get("tags", [])
        needs_tags = sorted(TAGGED_SCOPES.intersection(scopes))
        if needs_tags and not tags:
            raise ApiError(400, f"tags are required with the scopes {', '.join(needs_tags)}")
        self._tag_owners.check_tags(tags)
        issuer = request.get("issuer")
        if issuer is not None and not _HTTPS_URL.fullmatch(issuer):
            # openapi-core does not check `format: uri`.
            raise ApiError(400, f"issuer {issuer!r} is not an https:// URL with a host name")

    def update(self, key_id: str, request: Mapping[str, Any]) -> Record:
        """Change an OAuth client or federated identity; settings left out are kept."""
        key = self.find(key_id)
        if key["keyType"] not in TRUST_CREDENTIALS:
            raise ApiError(400, "only OAuth clients and federated identities can be changed")
        if request["keyType"] != key["keyType"]:
            raise ApiError(400, f"key {key_id} is a {key['keyType']} key, not {request['keyType']}")
        merged = {**key, **request}
        self._check_credential(merged)
        key.update({k: copy.deepcopy(v) for k, v in request.items() if k != "keyType"})
        key["updated"] = rfc3339(datetime.now(UTC))
        return copy.deepcopy(key)

    def delete(self, key_id: str) -> None:
        super().delete(key_id)
        self._secrets.pop(key_id, None)

    def client_secret_matches(self, client_id: str, secret: str) -> Record | None:
        """The OAuth client `client_id` if `secret` is its secret."""
        key = self._records.get(client_id)
        if key is None or key["keyType"] != "client" or self._secrets.get(client_id) != secret:
            return None
        return key

    def federated_identity(self, client_id: str) -> Record | None:
        key = self._records.get(client_id)
        return key if key is not None and key["keyType"] == "federated" else None


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


@handles("setKey")
def set_key(ctx: Context, keys: Keys) -> Reply:
    return Reply(body=keys.update(ctx.path["keyId"], ctx.json()))


@handles("deleteKey")
def delete_key(ctx: Context, keys: Keys) -> Reply:
    keys.delete(ctx.path["keyId"])
    return NO_BODY
