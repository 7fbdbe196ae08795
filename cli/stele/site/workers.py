"""Worker processes for the build and status stages: both cores when the work is large enough."""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

from stele.collector import frozen_for_fork
from stele.forked import cores

Job = TypeVar("Job")
Result = TypeVar("Result")
ItemT = TypeVar("ItemT")


def parallel_map(
    work: Callable[[Job], Result], jobs: Sequence[Job], *, parallel: bool, workers: int | None = None,
    done: Callable[[int], None] | None = None,
) -> list[Result]:
    """``[work(job) for job in jobs]``, spread over ``workers`` processes (default: ``cores()``) when ``parallel``
    and there are cores to spread over; ``done`` hears how many results are in, in order, as they come.

    ``work`` must be a module-level function and the jobs picklable. An error raised in a
    worker is raised here, as it would be in a plain loop.
    """
    results: list[Result] = []
    for result in parallel_each(work, jobs, parallel=parallel, workers=workers):
        results.append(result)
        if done is not None:
            done(len(results))
    return results


def parallel_each(work: Callable[[Job], Result], jobs: Sequence[Job], *, parallel: bool,
                  workers: int | None = None) -> Iterator[Result]:
    """``parallel_map``'s results one by one, in order, as they come: each can be used and dropped before the
    next is there (the render stage writes a batch's pages and keeps none)."""
    count = cores() if workers is None else workers
    if not parallel or len(jobs) < 2 or count < 2:
        yield from (work(job) for job in jobs)
        return
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    with frozen_for_fork(), ProcessPoolExecutor(max_workers=min(count, len(jobs)), mp_context=context) as pool:
        yield from pool.map(work, jobs)


def batch_count(items: int, size: int = 32) -> int:
    """How many runs to cut ``items`` into: 4 per core at least, and runs of about ``size`` on a large site, so
    that what a worker holds and sends back stays small however large the site is."""
    return max(4 * cores(), -(-items // size))


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
