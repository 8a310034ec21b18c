"""Retries of failed requests, done by an httpx transport of the SDK's own.

What is retried:

- ``429``, ``502``, ``503`` and ``504`` responses and connection failures and timeouts, for
  ``GET``, ``HEAD``, ``OPTIONS``, ``PUT`` and ``DELETE`` (repeating them is harmless);
- for ``POST`` and ``PATCH`` only ``429`` (the request was refused, not carried out) and
  failures to connect (the request was never sent): a ``POST`` that reached the server is
  never sent twice;
- never any other status (``409``, ``412`` and ``422`` included).

Waits grow exponentially with full jitter (``backoff_factor * 2**retry``, times a random
factor in [0, 1)); a ``Retry-After`` header (seconds or an HTTP date) replaces the backoff.
Every wait is capped at ``max_wait`` seconds. ``max_retries=0`` turns retries off.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

__all__ = ["RetryPolicy"]


async def _async_sleep(seconds: float) -> None:
    """``asyncio.sleep``, imported when first needed: blocking clients never load asyncio."""
    import asyncio

    await asyncio.sleep(seconds)


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How the client retries (pass it as ``max_retries=``; an int sets only ``max_retries``).

    ``sleep``, ``async_sleep`` and ``clock`` (wall-clock seconds, for ``Retry-After`` dates)
    exist so tests and schedulers can replace them.
    """

    max_retries: int = 2
    backoff_factor: float = 0.5
    max_wait: float = 30.0
    sleep: Callable[[float], None] = field(default=time.sleep, repr=False)
    async_sleep: Callable[[float], Awaitable[None]] = field(default=_async_sleep, repr=False)
    clock: Callable[[], float] = field(default=time.time, repr=False)

    def __post_init__(self) -> None:
        if isinstance(self.max_retries, bool) or not isinstance(self.max_retries, int):
            raise TypeError(f"max_retries must be an int, not {type(self.max_retries).__name__}")
        if self.max_retries < 0:
            raise ValueError(f"max_retries must be >= 0, not {self.max_retries}")
        if self.backoff_factor < 0 or self.max_wait <= 0:
            raise ValueError("backoff_factor must be >= 0 and max_wait > 0")
