"""Worker processes for the build and status stages: both cores when the work is large enough."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

Job = TypeVar("Job")
Result = TypeVar("Result")
ItemT = TypeVar("ItemT")


def cores(limit: int = 2) -> int:
    """Worker processes to use: the cores this process may run on, at most ``limit``.

    The build and status stages take 2 (the machines they target); checking many files takes up to 8.
    """
    try:
        available = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        available = os.cpu_count() or 1
    return max(1, min(limit, available))


def parallel_map(
    work: Callable[[Job], Result], jobs: Sequence[Job], *, parallel: bool, workers: int | None = None,
    done: Callable[[int], None] | None = None,
) -> list[Result]:
    """``[work(job) for job in jobs]``, spread over ``workers`` processes (default: ``cores()``) when ``parallel``
    and there are cores to spread over; ``done`` hears how many results are in, in order, as they come.

    ``work`` must be a module-level function and the jobs picklable. An error raised in a
    worker is raised here, as it would be in a plain loop.
    """
    count = cores() if workers is None else workers
    results: list[Result] = []
    if not parallel or len(jobs) < 2 or count < 2:
        for job in jobs:
            results.append(work(job))
            if done is not None:
                done(len(results))
        return results
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    with ProcessPoolExecutor(max_workers=min(count, len(jobs)), mp_context=context) as pool:
        for result in pool.map(work, jobs):
            results.append(result)
            if done is not None:
                done(len(results))
    return results


def chunks(items: Sequence[ItemT], count: int) -> list[list[ItemT]]:
    """``items`` cut into ``count`` runs of near-equal length, in order (none empty)."""
    size, extra = divmod(len(items), count)
    found: list[list[ItemT]] = []
    start = 0
    for number in range(count):
        stop = start + size + (1 if number < extra else 0)
        if stop > start:
            found.append(list(items[start:stop]))
        start = stop
    return found
