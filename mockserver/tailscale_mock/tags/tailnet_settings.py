"""Tag `tailnet-settings`: the tailnet's switches (device approval, key duration, ...)."""

from __future__ import annotations

from .._operations import Context, Reply, handles


@handles("getTailnetSettings")
def get_tailnet_settings(ctx: Context) -> Reply:
    return Reply(body=ctx.tailnet.tailnet_settings)


@handles("updateTailnetSettings")
def update_tailnet_settings(ctx: Context) -> Reply:
    settings = ctx.tailnet.tailnet_settings
    settings.update(ctx.json())
    return Reply(body=settings)
