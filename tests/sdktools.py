"""Helpers for tests/overlays (the SDK's tests): fake time, mock log queries, resource methods."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from starlette.applications import Starlette

from tailscale_sdk import RetryPolicy

BASE_URL = "http://127.0.0.1/api/v2"


@dataclass
class FakeTime:
    """Records the waits the retry layer asks for instead of sleeping."""

    now: float = 1_700_000_000.0
    waits: list[float] = field(default_factory=list)

    def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)

    async def async_sleep(self, seconds: float) -> None:
        self.waits.append(seconds)

    def clock(self) -> float:
        return self.now

    def policy(self, max_retries: int = 2, **kwargs: Any) -> RetryPolicy:
        return RetryPolicy(
            max_retries=max_retries,
            sleep=self.sleep,
            async_sleep=self.async_sleep,
            clock=self.clock,
            **kwargs,
        )


class Blocking:
    """An AsyncTailscale whose coroutines run to completion: the async twin of a Tailscale."""

    def __init__(self, target: Any, loop: asyncio.AbstractEventLoop) -> None:
        self._target = target
        self._loop = loop

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._target, name)
        if callable(value):

            def run(*args: Any, **kwargs: Any) -> Any:
                result = value(*args, **kwargs)
                if asyncio.iscoroutine(result):
                    return self._loop.run_until_complete(result)
                return result

            return run
        if isinstance(value, (str, int, float, bool)) or value is None:
            return value
        return Blocking(value, self._loop)


def operations(app: Starlette) -> list[str | None]:
    """The operation ids the mock served, in order."""
    return [record.operation_id for record in app.state.log]


def statuses(app: Starlette, operation_id: str) -> list[int]:
    return [r.status for r in app.state.log if r.operation_id == operation_id]


MakeClient = Callable[..., Any]


def declared_methods() -> dict[str, tuple[str, ...]]:
    """Every resource method ("devices.get") -> the operation ids it declares."""
    from tailscale_sdk._core import Operation, Paginated
    from tailscale_sdk.resources import (
        contacts,
        device_invites,
        devices,
        dns,
        keys,
        logging,
        policy_file,
        posture_integrations,
        tailnet_settings,
        user_invites,
        users,
        webhooks,
    )

    classes = {
        "devices": devices.Devices,
        "device_invites": device_invites.DeviceInvites,
        "user_invites": user_invites.UserInvites,
        "policy_file": policy_file.PolicyFile,
        "keys": keys.Keys,
        "dns": dns.Dns,
        "users": users.Users,
        "webhooks": webhooks.Webhooks,
        "contacts": contacts.Contacts,
        "logging": logging.Logging,
        "posture_integrations": posture_integrations.PostureIntegrations,
        "tailnet_settings": tailnet_settings.TailnetSettings,
    }
    found = {}
    for attribute, cls in classes.items():
        for name, member in vars(cls).items():
            if isinstance(member, Operation | Paginated):
                found[f"{attribute}.{name}"] = member.operation_ids
    return found
