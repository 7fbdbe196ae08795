"""Checks: what `stele check` runs above the site build: catalogs given by path (in parallel), the whole
project (templates, catalogs and rendered pages against their sources), and the reports CI reads.

Exports ``check_paths``; the rules themselves live in ``stele.rules``, below the site build, so that the
publishing gate runs the very same ones.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from stele.errors import SteleError
from stele.model import Finding
from stele.rules import CheckOptions

__all__ = ["check_paths"]


def _check_path(args: tuple[Path, str, CheckOptions, int]) -> list[Finding] | str:
    from stele.rules.streamed import check_catalog

    path, shown, options, workers = args
    try:
        return check_catalog(path, shown, options, workers=workers)
    except SteleError as exc:
        return str(exc)


def check_paths(paths: Iterable[tuple[Path, str]], options: CheckOptions) -> tuple[list[Finding], list[str]]:
    """Check files (in parallel when there are many); returns findings and unreadable-file messages."""
    from stele.site.workers import cores

    workers = cores(limit=8)
    jobs = [(path, shown, options, 1) for path, shown in paths]
    if len(jobs) > 4 and workers > 1:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=workers) as pool:
            results = list(pool.map(_check_path, jobs, chunksize=max(1, len(jobs) // (workers * 4))))
    else:  # few files: a large one is read in pieces, checked in two processes
        results = [_check_path((path, shown, options, min(workers, 2))) for path, shown, options, _ in jobs]
    findings = [f for r in results if not isinstance(r, str) for f in r]
    errors = [r for r in results if isinstance(r, str)]
    return findings, errors
