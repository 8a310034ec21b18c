"""Typed Python SDK for the Tailscale API v2.

    from tailscale_sdk import Tailscale

    with Tailscale.from_env() as ts:           # TAILSCALE_API_KEY, or OAuth/ID token variables
        for device in ts.devices.list():
            print(device.hostname, device.addresses)

The low-level client is generated from ``openapi.yaml`` into ``tailscale_sdk_generated``;
this package is the hand-written layer on top of it. Importing it is cheap: the clients,
httpx and the generated modules load on first use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._core import Page
    from .auth import APIKeyAuth, OAuthClientCredentials, WorkloadIdentityCredentials
    from .client import AsyncTailscale, Tailscale
    from .errors import (
        APIConnectionError,
        APIError,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        ConflictError,
        NotFoundError,
        PermissionDeniedError,
        PreconditionFailedError,
        RateLimitError,
        ResponseValidationError,
        ServerError,
        TailscaleError,
        UnprocessableEntityError,
        WebhookVerificationError,
    )
    from .resources.policy_file import PolicyDocument, PolicyDraft
    from .retries import RetryPolicy
    from .webhook import verify_webhook

    __version__: str

_EXPORTS = {
    "Tailscale": "client",
    "AsyncTailscale": "client",
    "APIKeyAuth": "auth",
    "OAuthClientCredentials": "auth",
    "WorkloadIdentityCredentials": "auth",
    "Page": "_core",
    "RetryPolicy": "retries",
    "PolicyDocument": "resources.policy_file",
    "PolicyDraft": "resources.policy_file",
    "TailscaleError": "errors",
    "APIError": "errors",
    "APIConnectionError": "errors",
    "APITimeoutError": "errors",
    "BadRequestError": "errors",
    "AuthenticationError": "errors",
    "PermissionDeniedError": "errors",
    "NotFoundError": "errors",
    "ConflictError": "errors",
    "PreconditionFailedError": "errors",
    "RateLimitError": "errors",
    "ResponseValidationError": "errors",
    "ServerError": "errors",
    "UnprocessableEntityError": "errors",
    "WebhookVerificationError": "errors",
    "verify_webhook": "webhook",
}

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIKeyAuth",
    "APITimeoutError",
    "AsyncTailscale",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "NotFoundError",
    "OAuthClientCredentials",
    "Page",
    "PermissionDeniedError",
    "PolicyDocument",
    "PolicyDraft",
    "PreconditionFailedError",
    "RateLimitError",
    "ResponseValidationError",
    "RetryPolicy",
    "ServerError",
    "Tailscale",
    "TailscaleError",
    "UnprocessableEntityError",
    "WebhookVerificationError",
    "WorkloadIdentityCredentials",
    "__version__",
    "verify_webhook",
]


def __getattr__(name: str) -> Any:
    # PEP 562: load each public name on first access, then keep it as a module global.
    if name == "__version__":
        from ._version import __version__

        value: Any = __version__
    elif name in _EXPORTS:
        value = getattr(importlib.import_module(f".{_EXPORTS[name]}", __name__), name)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
