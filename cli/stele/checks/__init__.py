"""Checks: what `stele check` runs above the site build: catalogs given by path (in parallel), the whole
project (templates, catalogs and rendered pages against their sources), and the reports CI reads.

Exports ``check_paths``; the rules themselves live in ``stele.rules``, below the site build, so that the
publishing gate runs the very same ones.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields
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


@dataclass(frozen=True, slots=True)
class _Batch:
    """Files one worker process checks in a row (one pickle each way): all of a locale's files go together, so
    what a locale costs to set up (its number syntax, CLDR data) is paid once."""

    files: list[tuple[Path, str]]
    options: CheckOptions


def _check_path(path: Path, shown: str, options: CheckOptions, workers: int) -> list[Finding]:
    from stele.rules.streamed import check_catalog

    with working_on(shown):
        try:
            return check_catalog(path, shown, options, workers=workers)
        except SteleError as exc:
            return [unreadable(path, shown, exc)]


# A worker sends its findings back as plain tuples, rebuilt here: pickling tens of thousands of dataclasses (and,
# above all, unpickling them in this one process) took longer than checking the files they came from.
_FINDING_FIELDS = operator.attrgetter(*(f.name for f in fields(Finding)))
_Row = tuple[object, ...]


def _check_batch(batch: _Batch) -> list[list[_Row]]:
    return [[_FINDING_FIELDS(finding) for finding in _check_path(path, shown, batch.options, 1)]
            for path, shown in batch.files]


def check_paths(
    paths: Iterable[tuple[Path, str]], options: CheckOptions, progress: Callable[[int, int], None] | None = None,
    *, jobs: int | None = None,
) -> list[Finding]:
    """Check files, in ``jobs`` processes (default: the cores, at most 8) when there are many; a file that cannot
    be read is a finding too. The findings are those of one process, in the files' order. ``progress`` hears
    (files done, files in all) as the results come in."""
    from stele.forked import cores
    from stele.site.workers import parallel_each

    workers = jobs if jobs is not None else cores(limit=8)
    files = list(paths)
    if len(files) <= 4 or workers < 2:  # few files: a large one is read in pieces, checked in two processes
        results = []
        for path, shown in files:
            results.append(_check_path(path, shown, options, min(workers, 2)))
            if progress is not None:
                progress(len(results), len(files))
        return [finding for result in results for finding in result]
    batches = _batches(files, 4 * workers)
    work = [_Batch([files[i] for i in batch], options) for batch in batches]
    found: list[list[Finding]] = [[] for _ in files]
    done = 0  # each batch's findings are made again here as it comes in, while the workers check the rest
    for batch, result in zip(batches, parallel_each(_check_batch, work, parallel=True, workers=workers), strict=True):
        for index, rows in zip(batch, result, strict=True):
            found[index] = [Finding(*row) for row in rows]  # type: ignore[arg-type]
        done += len(batch)
        if progress is not None:
            progress(done, len(files))
    return [finding for result in found for finding in result]


def _batches(files: list[tuple[Path, str]], count: int) -> list[list[int]]:
    """The files' indices in at most ``count`` batches of near-equal bytes, each locale's files in one batch
    (unless the locale alone is more than a batch), heaviest batch first."""
    groups: dict[str | None, list[int]] = {}
    for index, (path, _) in enumerate(files):
        groups.setdefault(catalog_locale(path), []).append(index)
    weights = [_weight(path) for path, _ in files]
    target = sum(weights) / count
    pieces: list[list[int]] = []
    for group in groups.values():
        piece: list[int] = []
        for index in group:
            if piece and sum(weights[i] for i in piece) + weights[index] > target:
                pieces.append(piece)
                piece = []
            piece.append(index)
        pieces.append(piece)
    bins: list[list[int]] = [[] for _ in range(count)]
    loads = [0] * count
    for piece in sorted(pieces, key=lambda p: -sum(weights[i] for i in p)):
        lightest = loads.index(min(loads))
        bins[lightest] += piece
        loads[lightest] += sum(weights[i] for i in piece)
    order = sorted(range(count), key=lambda k: -loads[k])
    return [sorted(bins[k]) for k in order if bins[k]]


def _weight(path: Path) -> int:
    """About what checking a file costs: its bytes, and a little for the file itself."""
    try:
        return path.stat().st_size + 4096
    except OSError:
        return 4096
