"""Pausing CPython's cyclic garbage collector while a large response body is decoded.

Decoding 10,000 devices makes ~200,000 container objects (the JSON's lists and dicts, then the
models). Every 700 of them start a collection of the youngest generation, every tenth of
those one of the middle generation, and once the survivors outgrow a quarter of the older
objects a full collection of the whole heap: with the collector running, decoding took ~2.6x
as long as without it (make bench: ~600 collections, 4 of them full). Nothing made while
decoding is garbage (no cycles; all of it is reachable from the result or freed by its
reference count), so those collections find nothing. Paused, the new objects are looked at by
the collector's next young collection after the decode, once, instead of over and over.

The collector is process-wide, so the pause is shared: a counter of the decodes under way, the
first one in turns the collector off, the last one out turns it back on, and only if it was on
before. A program that calls ``gc.disable()`` while a decode is under way sees the collector
on again once it ends.
"""

from __future__ import annotations

import gc
import threading
from types import TracebackType

__all__ = ["PAUSE_GC_MIN_BYTES", "gc_paused"]

PAUSE_GC_MIN_BYTES = 256 * 1024
"""Response bodies of at least this many bytes are decoded with the cyclic GC paused; below,
a decode makes too few objects for the collector to run more than once or twice."""

_lock = threading.Lock()
_depth = 0  # decodes under way with the collector paused, in every thread
_resume = False  # whether the collector was on when the first of them began


class _Paused:
    """Context manager: the cyclic GC is off inside, shared by threads and nested uses."""

    __slots__ = ()

    def __enter__(self) -> None:
        global _depth, _resume
        with _lock:
            if _depth == 0:
                _resume = gc.isenabled()
                gc.disable()
            _depth += 1

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        global _depth
        with _lock:
            _depth -= 1
            if _depth == 0 and _resume:
                gc.enable()


gc_paused = _Paused()
