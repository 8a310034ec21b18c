"""Auth keys and API access tokens (spec tag ``keys``): ``ts.keys``."""

from __future__ import annotations

import builtins
from collections.abc import Iterable
from datetime import timedelta
from functools import partial

from tailscale_sdk_generated.api.keys import create_auth_key, delete_key, get_key, list_tailnet_keys
from tailscale_sdk_generated.models.create_key_device_options import CreateKeyDeviceOptions
from tailscale_sdk_generated.models.create_key_request import CreateKeyRequest
from tailscale_sdk_generated.models.create_key_request_capabilities import (
    CreateKeyRequestCapabilities,
)
from tailscale_sdk_generated.models.create_key_request_capabilities_devices import (
    CreateKeyRequestCapabilitiesDevices,
)
from tailscale_sdk_generated.models.key import Key
from tailscale_sdk_generated.types import UNSET

from .. import _validate as check
from .._core import Call, M, Resource, call, call_map, call_none, operation

__all__ = ["Keys"]


class Keys(Resource[M]):
    """Auth keys for registering devices, and the caller's API access tokens."""

    @operation("listTailnetKeys")
    def list(self, *, tailnet: str | None = None) -> Call[builtins.list[Key]]:
        """List the keys the caller can see (often only their ids)."""
        send = partial(list_tailnet_keys.sync_detailed, self._tailnet(tailnet))
        return call_map(send, lambda page: page.keys or [])

    @operation("createAuthKey")
    def create(
        self,
        *,
        reusable: bool = False,
        ephemeral: bool = False,
        preauthorized: bool = False,
        tags: Iterable[str] = (),
        expiry: int | timedelta | None = None,
        description: str | None = None,
        tailnet: str | None = None,
    ) -> Call[Key]:
        """Create an auth key; its secret (``key.key``) is in this result only."""
        options = CreateKeyDeviceOptions(
            reusable=check.flag(reusable, "reusable"),
            ephemeral=check.flag(ephemeral, "ephemeral"),
            preauthorized=check.flag(preauthorized, "preauthorized"),
            tags=check.tags(tags),
        )
        body = CreateKeyRequest(
            capabilities=CreateKeyRequestCapabilities(
                devices=CreateKeyRequestCapabilitiesDevices(create=options)
            ),
            expiry_seconds=UNSET if expiry is None else check.seconds(expiry, "expiry"),
            description=UNSET if description is None else check.key_description(description),
        )
        return call(partial(create_auth_key.sync_detailed, self._tailnet(tailnet), body=body))

    @operation("getKey")
    def get(self, key_id: str, *, tailnet: str | None = None) -> Call[Key]:
        """Get one key, without its secret (``invalid`` is true once revoked or expired)."""
        key = check.identifier(key_id, "key_id")
        return call(partial(get_key.sync_detailed, self._tailnet(tailnet), key))

    @operation("deleteKey")
    def delete(self, key_id: str, *, tailnet: str | None = None) -> Call[None]:
        """Revoke a key; it stops working at once."""
        key = check.identifier(key_id, "key_id")
        return call_none(partial(delete_key.sync_detailed, self._tailnet(tailnet), key))
