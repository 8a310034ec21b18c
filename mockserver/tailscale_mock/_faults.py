"""Injected failures for client tests: rate limiting and transient errors, deterministic."""

from __future__ import annotations

import random
import threading
from dataclasses import dataclass, field


@dataclass
class Faults:
    """Injected failures, off by default and deterministic.

    `schedule(...)` queues statuses for the next matching requests; `rate_limit_every=N`
    answers every Nth request with 429 (and `Retry-After: retry_after`); `transient_rate`
    is the share of requests answered with one of `transient_statuses`, drawn from a
    `random.Random(seed)`.
    """

    rate_limit_every: int = 0
    retry_after: int = 1
    transient_rate: float = 0.0
    transient_statuses: tuple[int, ...] = (502, 503)
    seed: int = 0
    _queue: list[tuple[int, int | None, str | None]] = field(default_factory=list, repr=False)
    _count: int = field(default=0, repr=False)
    _rng: random.Random = field(init=False, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def __post_init__(self) -> None:
        self._rng = random.Random(self.seed)

    def schedule(
        self, *statuses: int, retry_after: int | None = None, operation_id: str | None = None
    ) -> None:
        """Answer the next `len(statuses)` matching requests with these statuses, in order."""
        with self._lock:
            self._queue.extend((s, retry_after, operation_id) for s in statuses)

    def clear(self) -> None:
        """Drop scheduled faults and turn the rate-based ones off."""
        with self._lock:
            self._queue.clear()
            self.rate_limit_every = 0
            self.transient_rate = 0.0

    @property
    def pending(self) -> int:
        """How many scheduled faults are still waiting."""
        return len(self._queue)

    def draw(self, operation_id: str) -> tuple[int, dict[str, str]] | None:
        """The fault for this request, if any: (status, extra headers)."""
        with self._lock:
            for index, (status, retry_after, only) in enumerate(self._queue):
                if only is None or only == operation_id:
                    del self._queue[index]
                    return status, self._headers(status, retry_after)
            self._count += 1
            if self.rate_limit_every and self._count % self.rate_limit_every == 0:
                return 429, self._headers(429, None)
            if self.transient_rate and self._rng.random() < self.transient_rate:
                return self._rng.choice(self.transient_statuses), {}
        return None

    def _headers(self, status: int, retry_after: int | None) -> dict[str, str]:
        if status != 429:
            return {}
        return {"Retry-After": str(self.retry_after if retry_after is None else retry_after)}
