"""stele measured side by side with msgfmt, msgmerge, pofilter and pybabel: ``python bench/run.py --help``.

Generates deterministic inputs into ``--out`` (cached), runs every row's commands interleaved
(``--repeat`` rounds), and prints wall time, peak RSS and ratios, then the targets with PASS/MISS.
Installs nothing: a missing peer is skipped with a note (see bench/README.md).
"""

from __future__ import annotations

import argparse
import importlib.util
import subprocess
import sys
import time
from pathlib import Path

import build_peers
import generate
import report
import suites

SECTIONS = ("check", "check-many", "merge", "compile", "build")
DEFAULT_SIZES = (2000, 20000, 100000)
HERE = Path(__file__).resolve().parent


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=_int_list, help="catalog sizes (default 2000,20000,100000)")
    parser.add_argument("--only", type=_section_list, default=list(SECTIONS), help=",".join(SECTIONS))
    parser.add_argument("--repeat", type=int, help="rounds per row; the table shows medians (default 3)")
    parser.add_argument(
        "--quick",
        action="store_true",
        help="smoke test: 2k and 20k, 1 round, 50 articles, 8 s timeout, slow peers skipped",
    )
    parser.add_argument("--timeout", type=float, help="seconds before a run is killed (default 600; --quick 8)")
    parser.add_argument("--articles", type=int, help="articles of the build site (default 500; --quick 50)")
    parser.add_argument("--no-peers", action="store_true", help="build: skip the floor, Hugo and MkDocs rows")
    parser.add_argument("--out", type=Path, default=HERE / "out", help="generated data and outputs (default bench/out)")
    parser.add_argument("--json", type=Path, help="also write every figure as JSON here")
    args = parser.parse_args(argv)
    quick = args.quick
    args.sizes = args.sizes or ([2000, 20000] if quick else list(DEFAULT_SIZES))
    args.repeat = args.repeat or (1 if quick else 3)
    args.timeout = args.timeout or (8.0 if quick else 600.0)
    args.articles = args.articles or (50 if quick else 500)
    args.out = args.out.resolve()
    return args


def _int_list(text: str) -> list[int]:
    try:
        return [int(part) for part in text.split(",") if part.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a comma-separated list of numbers: {text!r}") from None


def _section_list(text: str) -> list[str]:
    names = [part.strip() for part in text.split(",") if part.strip()]
    unknown = [name for name in names if name not in SECTIONS]
    if unknown:
        raise argparse.ArgumentTypeError(f"unknown {unknown[0]!r}; choose from {','.join(SECTIONS)}")
    return names


def progress(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def prepare_inputs(sizes: list[int], out: Path) -> list[str]:
    """Generate (or reuse) the catalogs and templates; one summary line per size."""
    lines = []
    for size in sizes:
        progress(f"inputs for {report.size_name(size)} (generated once, then reused)")
        m = generate.ensure(size, out / "data")
        po = out / "data" / f"ru_{size}.po"
        lines.append(
            f"  ru_{size}.po {po.stat().st_size / 1e6:.1f} MB: {m['messages']} messages, {m['plural']} plural, "
            f"{m['msgctxt']} msgctxt, {m['fuzzy']} fuzzy, {m['untranslated']} untranslated, {m['python_format']} "
            f"python-format, {m['c_format']} c-format, {m['obsolete']} obsolete; tmpl_{size}.pot: {m['edited']} "
            f"edited, {m['removed']} removed, {m['added']} added"
        )
    return lines


def warm_up(tools: suites.Tools) -> None:
    """Start every program once (untimed) so the first measured run does not pay for a cold disk cache; and compile
    stele's bytecode, as installing it does (an editable install under PYTHONDONTWRITEBYTECODE=1 never writes it, and
    each run would compile every module of stele from source: ~40 % of its start-up)."""
    spec = importlib.util.find_spec("stele")
    if spec is not None and spec.submodule_search_locations:
        for folder in spec.submodule_search_locations:
            subprocess.run([sys.executable, "-m", "compileall", "-q", folder], capture_output=True, check=False)
    for argv in [[*tools.stele, "--help"], *[[path, "--version"] for path in tools.found.values() if path]]:
        subprocess.run(argv, capture_output=True, check=False)


def run_sections(args: argparse.Namespace, tools: suites.Tools) -> list[suites.Section]:
    settings = suites.Settings(args.out, args.repeat, args.timeout, args.articles, args.quick)
    runners = {"check": suites.check_section, "merge": suites.merge_section, "compile": suites.compile_section}
    sections: list[suites.Section] = []
    for name in (n for n in SECTIONS if n in args.only and n not in ("build", "check-many")):
        for size in args.sizes:
            progress(f"{name} {report.size_name(size)}: {args.repeat} round(s)")
            sections.append(runners[name](tools, size, settings))
            _say_done(sections[-1])
    if "check-many" in args.only:
        progress(f"check-many: the Django + Sphinx catalogs, {args.repeat} round(s)")
        sections.append(suites.check_many_section(tools, settings))
        _say_done(sections[-1])
    if "build" in args.only:
        progress(f"build: creating the site ({args.articles} articles × 5 locales), then {args.repeat} round(s)")
        sections.append(suites.build_section(tools, settings))
        _say_done(sections[-1])
        if not args.no_peers:
            progress(f"build peers: stele cold, the Python floor, Hugo, MkDocs; {args.repeat} round(s)")
            sections.append(build_peers.peers_section(tools, settings))
            _say_done(sections[-1])
    return sections


def _say_done(section: suites.Section) -> None:
    parts = [
        f"{r.command.label} {r.median_wall:.2f} s" if r.ok else f"{r.command.label}: {r.failure}"
        for r in section.results
    ]
    progress("  " + "; ".join(parts))


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    started = time.perf_counter()
    for folder in ("data", "work/check", "work/merge", "work/compile", "logs"):
        (args.out / folder).mkdir(parents=True, exist_ok=True)
    tools = suites.Tools.find()
    machine = report.machine_info(tools)
    lines = ["stele benchmark", *[f"  {key}: {value}" for key, value in machine.items()]]
    lines += [f"  rounds: {args.repeat}, timeout: {args.timeout:g} s, sizes: {args.sizes}, sections: {args.only}"]
    lines += [f"  note: {note}" for note in tools.missing()]
    print("\n".join(lines), flush=True)
    inputs = prepare_inputs(args.sizes, args.out) if set(args.only) - {"build", "check-many"} else []
    warm_up(tools)
    sections = run_sections(args, tools)
    targets = report.all_targets(sections, args.timeout)
    elapsed = time.perf_counter() - started
    body = ["", "inputs", *inputs] if inputs else []
    body += report.render_tables(sections, args.timeout) + report.render_problems(sections)
    body += report.render_targets(targets)
    body += ["", f"total time of this run: {elapsed / 60:.1f} min; load average at the end: {report.load_average()}"]
    if (commit := report.stele_commit()) not in machine["stele"]:
        body.append(f"note: the repository moved to commit {commit} during the run; the figures mix code versions")
    print("\n".join(body), flush=True)
    if args.json:
        settings = {
            "sizes": args.sizes,
            "only": args.only,
            "repeat": args.repeat,
            "timeout": args.timeout,
            "articles": args.articles,
            "out": str(args.out),
            "total_seconds": elapsed,
        }
        report.write_json(args.json, report.to_json(machine, settings, sections, targets, args.timeout))
    return 0


if __name__ == "__main__":
    sys.exit(main())
