"""The benchmark rows: which commands run on which inputs, and the checks made on their outputs.

Every command runs with the output folder (``--out``) as its working directory, so the table shows
short relative paths (``data/ru_2000.po``) that can be pasted into a shell there.
"""

from __future__ import annotations

import itertools
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import analysis
import sitegen
from runner import Command, Measurement, measure_group

GETTEXT_RULES = "syntax,header,plural-forms,format,newlines"
HOW_TO_INSTALL = {
    "msgfmt": "apt-get install gettext",
    "msgmerge": "apt-get install gettext",
    "pofilter": "pip install translate-toolkit",
    "pybabel": "pip install babel",
    "hugo": "apt-get install hugo",
    "mkdocs": "pip install mkdocs mkdocs-static-i18n",
}
PYBABEL_UPDATE_MAX = 20000  # beyond this, babel's difflib fuzzy matching takes hours to days
# Peers known to outlast --quick's timeout (perf-anchors.md): (label, smallest size) → their time there.
QUICK_SKIPS = {
    ("pybabel update", 2000): "≈ 115 s at 2k",
    ("msgmerge (fuzzy)", 20000): "≈ 207 s at 20k",
    ("pofilter", 20000): "≈ 11 s at 20k",
    ("pybabel compile", 20000): "≈ 10 s at 20k",
}


@dataclass
class Tools:
    """Where each program is; None when it is not installed."""

    stele: list[str]
    found: dict[str, str | None]

    @classmethod
    def find(cls) -> Tools:
        stele = _program("stele")
        return cls([stele] if stele else [sys.executable, "-m", "stele"], {n: _program(n) for n in HOW_TO_INSTALL})

    def missing(self) -> list[str]:
        return [f"{name}: not found; skipped ({HOW_TO_INSTALL[name]})" for name, p in self.found.items() if not p]


def _program(name: str) -> str | None:
    """The program next to this Python (its venv) first, then on PATH."""
    local = Path(sys.executable).parent / name
    return str(local) if local.exists() else shutil.which(name)


@dataclass
class Settings:
    out: Path
    repeat: int
    timeout: float
    articles: int
    quick: bool = False


@dataclass
class Section:
    """One benchmark (check, merge, compile, build) at one size: its rows and notes."""

    name: str
    size: int
    results: list[Measurement]
    notes: list[str] = field(default_factory=list)
    figures: dict[str, object] = field(default_factory=dict)


def command(tools: Tools, name: str, label: str, args: list[str], cwd: Path, **options: object) -> Command:
    """A row's command; ``name`` is the program ("stele", "msgfmt", …), skipped if not installed."""
    if name == "stele":
        argv, skip = [*tools.stele, *args], None
    else:
        path = tools.found[name]
        argv = [path or name, *args]
        skip = None if path else f"skipped: {name} not installed ({HOW_TO_INSTALL[name]})"
    display = " ".join([name, *args])
    return Command(label=label, argv=argv, display=display, cwd=cwd, skip=skip, **options)  # type: ignore[arg-type]


def _remove(path: Path) -> Callable[[], None]:
    return lambda: path.unlink(missing_ok=True)


def _copy(source: Path, target: Path) -> Callable[[], None]:
    def copy() -> None:
        shutil.copyfile(source, target)

    return copy


def _run(section: str, size: int, commands: list[Command], settings: Settings) -> list[Measurement]:
    for cmd in commands:
        slow = [t for (label, smallest), t in QUICK_SKIPS.items() if label == cmd.label and size >= smallest]
        if settings.quick and slow and cmd.skip is None:
            cmd.skip = f"skipped in --quick ({slow[0]}; perf-anchors)"
    logs = settings.out / "logs" / f"{section}_{size}"
    return measure_group(commands, repeat=settings.repeat, timeout=settings.timeout, logs=logs)


def check_section(tools: Tools, size: int, settings: Settings) -> Section:
    """msgfmt -c (baseline) vs stele check (gettext rules, then all rules) vs pofilter."""
    out, po = settings.out, f"data/ru_{size}.po"
    report = f"work/check/pofilter_{size}.po"
    summary = re.compile(r"\d+ files? checked: [^\n]*")
    commands = [
        command(tools, "msgfmt", "msgfmt -c", ["-c", "-o", "/dev/null", po], out, baseline=True),
        command(
            tools,
            "stele",
            "stele check (gettext rules)",
            ["check", po, "--select", GETTEXT_RULES],
            out,
            ok_codes=(0, 1),
            capture=summary,
        ),
        command(tools, "stele", "stele check (all rules)", ["check", po], out, ok_codes=(0, 1), capture=summary),
        command(
            tools,
            "pofilter",
            "pofilter",
            ["--progress=none", "-i", po, "-o", report],
            out,
            prepare=_remove(out / report),
        ),
    ]
    results = _run("check", size, commands, settings)
    notes = [f"{r.command.label}: {r.captured[-1]}" for r in results if r.captured]
    return Section("check", size, results, notes)


MANY_PROJECTS = ("Django==5.2.19", "sphinx==9.0.4")  # the tests' corpus: 1,296 catalogs, 90k translated messages


def many_files(out: Path) -> tuple[list[str], str | None]:
    """The corpus's .po files (downloaded once by bench/precision.py's cache) as paths relative to ``out``, or
    why there are none."""
    import precision

    try:
        roots = [precision.download(spec) for spec in MANY_PROJECTS]
    except (OSError, subprocess.SubprocessError) as exc:
        return [], f"corpus not available ({exc}); it is downloaded with pip into {precision.CACHE}"
    files = [str(path) for root in roots for path in sorted(root.rglob("*.po"))]
    return files, None


def check_many_section(tools: Tools, settings: Settings) -> Section:
    """Many small catalogs: msgfmt -c once per file, two at a time (xargs -P2, baseline) vs stele check, every file
    named on one command line (start-up included)."""
    out = settings.out
    files, problem = many_files(out)
    section = Section("check-many", len(files), [])
    if problem:
        section.notes.append(problem)
        return section
    listing = out / "work" / "check-many" / "files.txt"
    listing.parent.mkdir(parents=True, exist_ok=True)
    listing.write_text("\0".join(files), encoding="utf-8")
    msgfmt = tools.found["msgfmt"]
    xargs = Command(label="msgfmt -c per file, -P2", display="xargs -0 -P2 -n1 -a files.txt msgfmt -c -o /dev/null",
                    argv=["xargs", "-0", "-P2", "-n1", "-a", str(listing), msgfmt or "msgfmt", "-c", "-o", "/dev/null"],
                    cwd=out, baseline=True, ok_codes=(0, 123),
                    skip=None if msgfmt else f"skipped: msgfmt not installed ({HOW_TO_INSTALL['msgfmt']})")
    summary = re.compile(r"\d+ files? checked: [^\n]*")
    rows = [("stele check (gettext rules)", ["--select", GETTEXT_RULES]),
            ("stele check (gettext rules, --jobs 1)", ["--select", GETTEXT_RULES, "--jobs", "1"]),
            ("stele check (all rules)", [])]
    commands = [xargs]
    for label, options in rows:
        cmd = command(tools, "stele", label, ["check", *options, *files], out, ok_codes=(0, 1), capture=summary)
        cmd.display = " ".join(["stele", "check", *options, f"<{len(files)} files>"])
        commands.append(cmd)
    section.results = _run("check-many", len(files), commands, settings)
    section.notes = [f"{r.command.label}: {r.captured[-1]}" for r in section.results if r.captured]
    return section


def merge_section(tools: Tools, size: int, settings: Settings) -> Section:
    """msgmerge (fuzzy, baseline) vs stele merge vs msgmerge --no-fuzzy-matching vs pybabel update."""
    out, po, pot = settings.out, f"data/ru_{size}.po", f"data/tmpl_{size}.pot"
    target = {name: f"work/merge/{name}_{size}.po" for name in ("msgmerge", "stele", "nofuzzy", "pybabel")}
    commands = [
        command(
            tools,
            "msgmerge",
            "msgmerge (fuzzy)",
            ["--quiet", "-o", target["msgmerge"], po, pot],
            out,
            baseline=True,
            prepare=_remove(out / target["msgmerge"]),
        ),
        command(
            tools,
            "stele",
            "stele merge",
            ["merge", po, pot, "-o", target["stele"]],
            out,
            prepare=_remove(out / target["stele"]),
        ),
        command(
            tools,
            "msgmerge",
            "msgmerge --no-fuzzy-matching",
            ["--quiet", "--no-fuzzy-matching", "-o", target["nofuzzy"], po, pot],
            out,
            prepare=_remove(out / target["nofuzzy"]),
        ),
        command(
            tools,
            "pybabel",
            "pybabel update",
            ["update", "-i", pot, "-o", target["pybabel"], "-l", "ru"],
            out,
            prepare=_copy(out / po, out / target["pybabel"]),
        ),
    ]
    if size > PYBABEL_UPDATE_MAX:
        commands[-1].skip = "not run: takes hours at this size (babel's difflib fuzzy matching; see perf-anchors)"
    results = _run("merge", size, commands, settings)
    section = Section("merge", size, results)
    if results[0].ok and results[1].ok:
        agreement = analysis.fuzzy_agreement(out / po, out / pot, out / target["stele"], out / target["msgmerge"])
        section.notes.append(agreement.summary())
        section.figures["fuzzy_agreement"] = agreement.__dict__
    else:
        section.notes.append("fuzzy agreement: n/a (stele merge or msgmerge did not finish)")
    for result, tool in zip(results[:2], ("msgmerge", "stele"), strict=True):
        if result.ok:
            own = analysis.own_source(out / po, out / pot, out / target[tool])
            section.notes.append(own.summary(result.command.label))
            section.figures[f"{tool}_own_source"] = own.__dict__
    return section


def compile_section(tools: Tools, size: int, settings: Settings) -> Section:
    """msgfmt (baseline) vs stele compile vs pybabel compile; the .mo files compared through gettext."""
    out, po = settings.out, f"data/ru_{size}.po"
    mo = {name: f"work/compile/{name}_{size}.mo" for name in ("msgfmt", "stele", "pybabel")}
    commands = [
        command(
            tools, "msgfmt", "msgfmt", ["-o", mo["msgfmt"], po], out, baseline=True, prepare=_remove(out / mo["msgfmt"])
        ),
        command(
            tools, "stele", "stele compile", ["compile", po, "-o", mo["stele"]], out, prepare=_remove(out / mo["stele"])
        ),
        command(
            tools,
            "pybabel",
            "pybabel compile",
            ["compile", "-i", po, "-o", mo["pybabel"]],
            out,
            prepare=_remove(out / mo["pybabel"]),
        ),
    ]
    results = _run("compile", size, commands, settings)
    section = Section("compile", size, results)
    for result, name in zip(results[1:], ("stele", "pybabel"), strict=True):
        if results[0].ok and result.ok:
            comparison = analysis.compare_mo(out / mo["msgfmt"], out / mo[name])
            section.notes.append(f"{name} .mo vs msgfmt .mo (gettext.GNUTranslations): {comparison.summary()}")
            section.figures[f"{name}_mo_identical"] = comparison.identical
            section.figures[f"{name}_mo"] = comparison.__dict__
    return section


BUILD_SUMMARY = re.compile(r"build: \d+ files,[^\n]*")


def build_section(tools: Tools, settings: Settings) -> Section:
    """stele build: cold (public/ and build/ deleted), again unchanged, again after one catalog edit."""
    site = settings.out / "site"
    section = Section("build", settings.articles, [])
    try:
        section.figures["setup_seconds"] = _setup_site(tools, site, settings.articles)
    except subprocess.CalledProcessError as exc:
        stderr = (exc.stderr or "").strip()[-400:]
        section.notes.append(f"site setup failed: {' '.join(map(str, exc.cmd))}: exit {exc.returncode}: {stderr}")
        return section
    section.notes.append(
        "site setup (not measured): "
        + ", ".join(
            f"{step} {seconds:.1f} s"
            for step, seconds in section.figures["setup_seconds"].items()  # type: ignore[attr-defined]
        )
    )
    logs = settings.out / "logs" / "build"
    commands = _build_commands(tools, site, settings.out)
    section.results = measure_group(commands, repeat=settings.repeat, timeout=settings.timeout, logs=logs, rotate=False)
    for result in section.results:
        written = [int(m.group(1)) for line in result.captured if (m := re.search(r"(\d+) written", line))]
        section.figures[f"{result.command.label}: files written"] = written
        if result.captured:
            section.notes.append(f"{result.command.label}: {result.captured[-1]}")
    return section


def _build_commands(tools: Tools, site: Path, cwd: Path) -> list[Command]:
    """The three builds of one round, in order; each prints its summary line (``-v``)."""
    edits = itertools.count(1)

    def edit_one_catalog() -> None:
        sitegen.change_one_catalog(site, f" (правка {next(edits)})")

    variants = [
        ("build, cold", "cold: public/ and build/ deleted first", lambda: sitegen.clean_outputs(site)),
        ("build, nothing changed", "again, nothing changed", None),
        ("build, one catalog changed", "again, one msgstr of one ru catalog edited", edit_one_catalog),
    ]
    commands = []
    for label, what, prepare in variants:
        cmd = command(tools, "stele", label, ["-v", "--project", "site", "build"], cwd, capture=BUILD_SUMMARY)
        cmd.display += f"  # {what}"
        cmd.prepare, cmd.baseline = prepare, label == "build, cold"
        commands.append(cmd)
    return commands


def _setup_site(tools: Tools, site: Path, articles: int) -> dict[str, float]:
    start = time.perf_counter()
    timings = sitegen.create_site(site, tools.stele, articles)
    timings["total, with deleting the previous site"] = time.perf_counter() - start
    return timings
