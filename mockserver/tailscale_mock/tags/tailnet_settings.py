"""Tag `tailnet-settings`: the tailnet's switches (device approval, key duration, ...)."""

from __future__ import annotations

from typing import Any

from .._operations import Context, Reply, handles


@handles("getTailnetSettings")
def get_tailnet_settings(ctx: Context, settings: dict[str, Any]) -> Reply:
    return Reply(body=settings)


@handles("updateTailnetSettings")
def update_tailnet_settings(ctx: Context, settings: dict[str, Any]) -> Reply:
    settings.update(ctx.json())
    return Reply(body=settings)
