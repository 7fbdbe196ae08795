"""Core: Python's cycle collector held off around work that builds many objects and no reference cycle."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused(*, freeze: bool = False) -> Iterator[None]:
    """No cyclic collection until the block ends, then the collector as it was.

    Reading, merging and checking a catalog make millions of objects that hold no cycle; each collection their
    number triggers walks them all again (nearly half of reading 100,000 messages, 2 s of a 100k merge, a sixth
    of the semantic pass). With ``freeze``, what exists already (a parsed catalog) is also left out of the walks
    of collections after the block.
    """
    if freeze:
        gc.freeze()
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
        if freeze:
            gc.unfreeze()


@contextmanager
def frozen_for_fork() -> Iterator[None]:
    """What exists now is left out of the collector's walks until the block ends: in worker processes forked
    within it, too (they inherit every module, catalog and table the parent holds, and each full collection of
    theirs walked them all again; unwalked, their memory pages also stay shared), as the gc module's
    documentation advises before a fork."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
