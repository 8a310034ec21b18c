"""Typed Python SDK for the Tailscale API v2.

The low-level client is generated from ``openapi.yaml`` into ``tailscale_sdk_generated``;
this package is the hand-written layer on top of it.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__: str = version("tailscale-sdk")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0+unknown"

__all__ = ["__version__"]
