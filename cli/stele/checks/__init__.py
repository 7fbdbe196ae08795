"""Checks: what `stele check` runs above the site build: catalogs given by path (in parallel), the whole
project (templates, catalogs and rendered pages against their sources), and the reports CI reads.

Exports ``check_paths``; the rules themselves live in ``stele.rules``, below the site build, so that the
publishing gate runs the very same ones.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from stele.errors import SteleError, working_on
from stele.locales import catalog_locale
from stele.model import Finding
from stele.rules import CheckOptions

__all__ = ["check_paths", "unreadable"]


def unreadable(path: Path, shown: str, exc: SteleError) -> Finding:
    """A catalog no rule could check (too large, unreadable): a syntax error whatever --select says."""
    locale = catalog_locale(path) if path.suffix == ".po" else None
    return Finding(shown, exc.line or 1, "error", "syntax", exc.detail, locale=locale)


def _check_path(args: tuple[Path, str, CheckOptions, int]) -> list[Finding]:
    from stele.rules.streamed import check_catalog

    path, shown, options, workers = args
    with working_on(shown):
        try:
            return check_catalog(path, shown, options, workers=workers)
        except SteleError as exc:
            return [unreadable(path, shown, exc)]


def check_paths(
    paths: Iterable[tuple[Path, str]], options: CheckOptions, progress: Callable[[int, int], None] | None = None
) -> list[Finding]:
    """Check files (in parallel when there are many); a file that cannot be read is a finding too. ``progress``
    hears (files done, files in all) as the results come in, in order."""
    from stele.site import cores

    workers = cores(limit=8)
    jobs = [(path, shown, options, 1) for path, shown in paths]
    results: list[list[Finding]] = []
    if len(jobs) > 4 and workers > 1:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=workers) as pool:
            for result in pool.map(_check_path, jobs, chunksize=max(1, len(jobs) // (workers * 4))):
                results.append(result)
                if progress is not None:
                    progress(len(results), len(jobs))
    else:  # few files: a large one is read in pieces, checked in two processes
        results = [_check_path((path, shown, options, min(workers, 2))) for path, shown, options, _ in jobs]
    return [finding for result in results for finding in result]
