"""Forked workers for large in-memory work (core): the data is inherited by fork, never pickled on the way in."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Sequence
from typing import TypeVar

from stele.collector import frozen_for_fork

Item = TypeVar("Item")
Result = TypeVar("Result")

_WORK: list[tuple[Callable[[object], object], Sequence[object]]] = []  # what forked children run, by fork


def cores(limit: int = 2) -> int:
    """Worker processes to use: the cores this process may run on, at most ``limit``.

    The build, status and merge take 2 (the machines they target); checking many files takes up to 8.
    """
    try:
        available = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        available = os.cpu_count() or 1
    return max(1, min(limit, available))


def fork_cores() -> int:
    """Processes worth forking: ``cores()``, and 1 where there is no fork."""
    return cores() if "fork" in multiprocessing.get_all_start_methods() else 1


def forked_map(work: Callable[[Item], Result], items: Sequence[Item], *, parallel: bool) -> list[Result]:
    """``[work(item) for item in items]``, in forked processes when ``parallel`` and there are cores: each child
    inherits ``work`` and ``items`` (closures and unpicklable objects are fine) and sends back only its results.
    An error raised in a child is raised here."""
    workers = fork_cores() if parallel else 1
    if workers < 2 or len(items) < 2:
        return [work(item) for item in items]
    step = -(-len(items) // (2 * workers))
    _WORK.append((work, items))  # type: ignore[arg-type]
    try:
        with frozen_for_fork(), multiprocessing.get_context("fork").Pool(workers) as pool:
            parts = pool.map(_run_range, [(start, start + step) for start in range(0, len(items), step)])
    finally:
        _WORK.pop()
    return [result for part in parts for result in part]  # type: ignore[misc]


def _run_range(bounds: tuple[int, int]) -> list[object]:
    work, items = _WORK[-1]
    return [work(item) for item in items[bounds[0]:bounds[1]]]
