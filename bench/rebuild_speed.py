"""Rebuild speed, this checkout against a baseline commit: `stele build` with nothing changed, paired and interleaved.

    python bench/rebuild_speed.py --baseline fb6d2f1 [--articles 500] [--rounds 7] [--cold 3]

Makes the bench site (``sitegen``: ARTICLES × 5 locales + the source), copies it once per code (a manifest holds
absolute paths, and each code has its own code digest), builds both cold, then times in turn, each round alternating
which code goes first: a cold build (``--cold`` rounds), the start-up import of the CLI, a build with nothing changed,
one after every input was touched (new mtime, same bytes) and one after one catalog edit. Prints medians of wall time
and of the CPU (user + sys) of the process, and the paired ratios; the machine may be shared, so compare the ratios.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tarfile
import time
from collections.abc import Callable
from pathlib import Path

import sitegen

HERE = Path(__file__).resolve().parent
REPO = HERE.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", required=True, help="commit to compare with (its cli/ is extracted)")
    parser.add_argument("--this", default="HEAD", help="the commit measured against it (default HEAD: the code does "
                        "not change under the run while you work on)")
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--cold", type=int, default=1, help="cold builds per code (slow: ~10 s each at 500 articles)")
    parser.add_argument("--out", type=Path, default=HERE / "out" / "rebuild")
    args = parser.parse_args()
    codes = {"baseline": _extract(args.baseline, args.out / "baseline"), "this": _extract(args.this, args.out / "this")}
    sites = _sites(args.out, args.articles, codes)
    figures: dict[tuple[str, str], list[tuple[float, float]]] = {}
    steps: list[tuple[str, Callable[[Path], None] | None, list[str]]] = [
        ("import the CLI", None, ["-c", "import stele.commands"]),
        ("build, nothing changed", None, ["-m", "stele", "-q", "build"]),
        ("build, every input touched", _touch_inputs, ["-m", "stele", "-q", "build"]),
        ("build, nothing changed (again)", None, ["-m", "stele", "-q", "build"]),
        ("build, one catalog edited", _edit_one, ["-m", "stele", "-q", "build"]),
    ]
    cold = ("build, cold", sitegen.clean_outputs, ["-m", "stele", "-q", "build"])
    for number in range(max(args.rounds, args.cold)):
        order = list(codes) if number % 2 == 0 else list(reversed(codes))
        for name, prepare, argv in ([cold] if number < args.cold else []) + (steps if number < args.rounds else []):
            for code in order:
                if prepare is not None:
                    prepare(sites[code])
                figures.setdefault((name, code), []).append(_timed(codes[code], sites[code], argv))
        print(f"round {number + 1} done", file=sys.stderr)
    _report(figures, list(codes))


def _extract(commit: str, folder: Path) -> Path:
    """The baseline's cli/ folder, extracted with git archive."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    archive = subprocess.run(["git", "-C", str(REPO), "archive", commit, "cli"], check=True, capture_output=True)
    tar = folder / "cli.tar"
    tar.write_bytes(archive.stdout)
    with tarfile.open(tar) as opened:
        opened.extractall(folder, filter="data")
    return folder / "cli"


def _sites(out: Path, articles: int, codes: dict[str, Path]) -> dict[str, Path]:
    """One copy of the bench site per code, each built cold once by it."""
    first = out / "site-this"
    sitegen.create_site(first, [sys.executable, "-m", "stele"], articles)  # (extract and init: any code will do)
    sites = {}
    for code, cli in codes.items():
        site = out / f"site-{code}"
        if site != first:
            shutil.rmtree(site, ignore_errors=True)
            shutil.copytree(first, site, symlinks=True)
        _timed(cli, site, ["-m", "stele", "-q", "build"])
        sites[code] = site
    return sites


def _timed(cli: Path, site: Path, argv: list[str]) -> tuple[float, float]:
    """Wall seconds and CPU seconds (user + sys) of one run of python ``argv`` in ``site`` with ``cli`` first."""
    env = {**os.environ, "PYTHONPATH": str(cli)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([sys.executable, *argv], cwd=site, env=env, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _touch_inputs(site: Path) -> None:
    """Every source, template and catalog gets a new mtime (and ctime), its bytes the same."""
    stamp = time.time_ns()
    for folder in ("source", "locales", "templates"):
        for path in (site / folder).rglob("*"):
            if path.is_file() and path.suffix in (".md", ".po", ".pot", ".html", ".xml"):
                os.utime(path, ns=(stamp, stamp))


_EDITS = iter(range(1, 1_000_000))


def _edit_one(site: Path) -> None:
    sitegen.change_one_catalog(site, f" (правка {next(_EDITS)})")


def _report(figures: dict[tuple[str, str], list[tuple[float, float]]], codes: list[str]) -> None:
    names = list(dict.fromkeys(name for name, _ in figures))
    print(f"| step | {' | '.join(f'{c} wall, CPU' for c in codes)} | ratio (paired median, wall) |")
    print(f"| --- | {' | '.join('---' for _ in codes)} | --- |")
    for name in names:
        cells = []
        for code in codes:
            runs = figures[name, code]
            wall, cpu = statistics.median(w for w, _ in runs), statistics.median(c for _, c in runs)
            cells.append(f"{wall:.3f} s, {cpu:.3f} s")
        pairs = zip(figures[name, codes[1]], figures[name, codes[0]], strict=True)
        ratio = statistics.median(new[0] / old[0] for new, old in pairs)
        print(f"| {name} ({len(figures[name, codes[0]])} runs) | {' | '.join(cells)} | {ratio:.2f}× |")


if __name__ == "__main__":
    main()
