"""Tag `tailnet-settings`: the tailnet's switches (device approval, key duration, ...)."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from .._common import ApiError
from .._operations import Context, Reply, handles


@handles("getTailnetSettings")
def get_tailnet_settings(ctx: Context, settings: dict[str, Any]) -> Reply:
    return Reply(body=settings)


@handles("updateTailnetSettings")
def update_tailnet_settings(ctx: Context, settings: dict[str, Any]) -> Reply:
    patch = ctx.json()
    # openapi-core does not check `format: uri`.
    if "aclsExternalLink" in patch and not _is_url(patch["aclsExternalLink"]):
        raise ApiError(400, "aclsExternalLink must be an absolute URL")
    settings.update(patch)
    return Reply(body=settings)


def _is_url(text: str) -> bool:
    try:
        parts = urlsplit(text)
    except ValueError:
        return False
    return bool(parts.scheme and parts.netloc)
