"""Python's cycle collector paused around bulk work (reading and importing a register).

A bulk read or write allocates hundreds of thousands of small objects (cells, rows, audit
events, sealed values) that stay alive while the work goes on; the collector kept walking
them, about a fifth of a 10,000-row read and a tenth of its import. Reference counting still
frees what is no longer used, so memory stays bounded; cycles made meanwhile are collected
at the first collection after the pause.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """Pause the cycle collector for the block (restored as it was, also on an error)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
