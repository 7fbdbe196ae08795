"""The cycle collector held off (stele.collector): as it was after each block, whatever the block did."""

from __future__ import annotations

import gc
import os

import pytest

from stele.collector import collector_paused, frozen_for_fork
from stele.site.workers import parallel_map


def _frozen_in_worker(_: int) -> tuple[int, int]:
    return os.getpid(), gc.get_freeze_count()


def test_paused_collector_comes_back_as_it_was() -> None:
    assert gc.isenabled()
    with collector_paused(freeze=True):
        assert not gc.isenabled() and gc.get_freeze_count() > 0
    assert gc.isenabled() and gc.get_freeze_count() == 0
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()  # a collector the caller held off stays off
    finally:
        gc.enable()


def test_workers_are_forked_with_the_parents_objects_frozen() -> None:
    """A forked worker's full collections leave what it inherited alone; the parent walks its own again after."""
    if "fork" not in __import__("multiprocessing").get_all_start_methods():
        pytest.skip("no fork here")
    found = parallel_map(_frozen_in_worker, list(range(4)), parallel=True, workers=2)
    assert {pid for pid, _ in found} - {os.getpid()}  # they ran in other processes
    assert all(frozen > 1000 for _, frozen in found)
    assert gc.get_freeze_count() == 0


def test_frozen_for_fork_unfreezes_on_error() -> None:
    with pytest.raises(RuntimeError), frozen_for_fork():
        assert gc.get_freeze_count() > 0
        raise RuntimeError("stop")
    assert gc.get_freeze_count() == 0
