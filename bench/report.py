"""The printed report (machine, tables, targets) and the JSON dump of every figure."""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from runner import Measurement, paired_ratio
from suites import Section, Tools

REPO = Path(__file__).resolve().parent.parent
TITLES = {
    "check": "check: msgfmt -c (baseline) vs stele check vs pofilter",
    "check-many": "check-many: Django + Sphinx catalogs; msgfmt -c per file, two at a time (baseline) vs stele check",
    "merge": "merge: msgmerge with fuzzy matching (baseline) vs stele merge vs msgmerge -N vs pybabel update",
    "compile": "compile: msgfmt (baseline) vs stele compile vs pybabel compile",
    "build": "build: stele build of the generated site (ratio against the cold build)",
    "build-peers": "build peers: the same pages, cold (ratio against the Python floor; below 1× is faster)",
}


def size_name(size: int) -> str:
    return f"{size // 1000}k" if size >= 1000 and size % 1000 == 0 else str(size)


def _first_line(argv: list[str]) -> str:
    try:
        done = subprocess.run(argv, capture_output=True, text=True, timeout=60, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"unavailable ({exc})"
    text = (done.stdout or done.stderr).strip()
    return text.splitlines()[0] if text else "unknown"


def _proc_field(path: str, key: str) -> str:
    try:
        text = Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return "?"
    return next((line.split(":", 1)[1].strip() for line in text.splitlines() if line.startswith(key)), "?")


def stele_commit() -> str:
    """The repository's HEAD (read-only). Others may commit during a long run: compare start and end."""
    return _first_line(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"])


def load_average() -> str:
    """1, 5 and 15 minute load averages: other work on the machine skews every figure."""
    try:
        return " ".join(f"{value:.2f}" for value in os.getloadavg())
    except OSError:
        return "?"


def machine_info(tools: Tools) -> dict[str, str]:
    """What the figures were measured on (CPU, cores, memory, versions)."""
    commit = stele_commit()
    info = {
        "cpu": _proc_field("/proc/cpuinfo", "model name"),
        "cores": str(os.cpu_count()),
        "load average at start": load_average(),
        "memory": _proc_field("/proc/meminfo", "MemTotal"),
        "os": platform.platform(),
        "python": f"{platform.python_version()} ({sys.executable})",
        "stele": f"{_first_line([*tools.stele, '--version'])} (commit {commit})",
    }
    for name, flag in (("msgfmt", "--version"), ("pofilter", "--version"), ("pybabel", "--version")):
        path = tools.found.get(name)
        info[name] = _first_line([path, flag]) if path else "not installed"
    return info


@dataclass
class Bound:
    """A figure that may only be known as a bound (a timeout gives "> 600 s")."""

    value: float
    relation: str  # "=", ">" or "<"

    def __str__(self) -> str:
        prefix = "" if self.relation == "=" else self.relation
        return f"{prefix}{self.value:.3g}"


def wall_bound(result: Measurement | None, timeout: float) -> Bound | None:
    if result is None:
        return None
    if result.ok:
        return Bound(result.median_wall or 0.0, "=")
    return Bound(timeout, ">") if (result.failure or "").startswith("timeout") else None


def ratio_bound(result: Measurement | None, baseline: Measurement | None, timeout: float) -> Bound | None:
    """result ÷ baseline wall time: the median of paired ratios when both finished, else a bound."""
    if result is None or baseline is None:
        return None
    if result.ok and baseline.ok:
        ratio = paired_ratio(result, baseline)
        return Bound(ratio, "=") if ratio is not None else None
    a, b = wall_bound(result, timeout), wall_bound(baseline, timeout)
    if a is None or b is None or a.relation == b.relation == ">":
        return None
    return Bound(a.value / b.value, ">" if a.relation == ">" else "<")


def render_section(section: Section, timeout: float, width: int) -> list[str]:
    """Rows of one section at one size: command, median wall, peak MiB, ratio to the baseline, runs."""
    baseline = next((r for r in section.results if r.command.baseline), None)
    if section.name.startswith("build"):
        size = f"{section.size} art."
    else:
        size = f"{section.size} f." if section.name == "check-many" else size_name(section.size)
    lines = []
    for result in section.results:
        ratio = "baseline" if result is baseline else _ratio_text(ratio_bound(result, baseline, timeout))
        wall = f"{result.median_wall:9.3f}" if result.ok else f"{'—':>9}"
        peak = f"{result.median_peak_mib:8.1f}" if result.ok else f"{'—':>8}"
        note = "" if result.ok else result.failure or ""
        runs = len(result.samples)
        lines.append(f"  {size:>9}  {result.command.display:<{width}} {wall} {peak}  {ratio:>9}  {runs}  {note}")
    lines += [f"  {'':>9}  · {note}" for note in section.notes]
    return lines


def _ratio_text(bound: Bound | None) -> str:
    return "n/a" if bound is None else f"{bound}×"


def render_tables(sections: list[Section], timeout: float) -> list[str]:
    lines: list[str] = []
    for name in TITLES:
        group = [s for s in sections if s.name == name]
        if not group:
            continue
        width = max([len("command"), *(len(r.command.display) for s in group for r in s.results)])
        header = f"  {'size':>9}  {'command':<{width}} {'median s':>9} {'peak MiB':>8}  {'ratio':>9}  n  note"
        lines += ["", TITLES[name], header, "  " + "-" * (len(header) - 2)]
        for section in group:
            lines += render_section(section, timeout, width)
    return lines


def find(sections: list[Section], name: str, size: int | None, label: str) -> Measurement | None:
    for section in sections:
        if section.name == name and (size is None or section.size == size):
            return next((r for r in section.results if r.command.label == label), None)
    return None


@dataclass
class Target:
    name: str
    status: str  # PASS, MISS or n/a
    figure: str


def _judge(bound: Bound | None, limit: float, *, at_most: bool) -> str:
    """PASS/MISS of "figure ≤ limit" (at_most) or "figure ≥ limit"; n/a when a bound cannot decide."""
    if bound is None:
        return "n/a"
    if bound.relation == "=":
        return "PASS" if (bound.value <= limit if at_most else bound.value >= limit) else "MISS"
    above = bound.relation == ">" and bound.value >= limit
    below = bound.relation == "<" and bound.value <= limit
    if at_most:
        return "MISS" if above else "PASS" if below else "n/a"
    return "PASS" if above else "MISS" if below else "n/a"


def _unavailable(result: Measurement | None, size: int | None) -> Target | None:
    """Why a target cannot be judged from ``result`` (None when it can): stele failing is a MISS."""
    if result is None:
        return Target("", "n/a", f"not run ({size_name(size or 0)} not selected)")
    if result.ok or (result.failure or "").startswith("timeout"):
        return None
    status = "MISS" if result.command.display.startswith("stele") else "n/a"
    return Target("", status, f"{result.command.label}: {result.failure}")


def _named(target: Target, name: str) -> Target:
    target.name = name
    return target


def time_target(sections: list[Section], spec: TimeSpec, timeout: float) -> Target:
    """A target on the ratio of two wall times measured in the same group (paired per round)."""
    name, section, size, label, base_label, limit, at_most = spec
    result, base = find(sections, section, size, label), find(sections, section, size, base_label)
    for item in (result, base):
        problem = _unavailable(item, size)
        if problem:
            return _named(problem, name)
    bound = ratio_bound(result, base, timeout)
    if bound is None:
        return Target(name, "n/a", f"{label} and {base_label} both timed out")
    return Target(name, _judge(bound, limit, at_most=at_most), f"{bound}× ({label} ÷ {base_label})")


TimeSpec = tuple[str, str, "int | None", str, str, float, bool]
TIME_TARGETS: list[TimeSpec] = [
    (
        "check (gettext rules) ≤ msgfmt -c at 100k",
        "check",
        100000,
        "stele check (gettext rules)",
        "msgfmt -c",
        1.0,
        True,
    ),
    (
        "full rule set ≥ 20× faster than pofilter at 100k",
        "check",
        100000,
        "pofilter",
        "stele check (all rules)",
        20.0,
        False,
    ),
    ("check-many (gettext rules) ≤ 0.5× msgfmt -c per file, -P2", "check-many", None, "stele check (gettext rules)",
     "msgfmt -c per file, -P2", 0.5, True),
    ("check-many (all rules) ≤ 1.0× msgfmt -c per file, -P2", "check-many", None, "stele check (all rules)",
     "msgfmt -c per file, -P2", 1.0, True),
    ("merge 100k (fuzzy) ≤ 1.5× msgmerge --no-fuzzy-matching", "merge", 100000, "stele merge",
     "msgmerge --no-fuzzy-matching", 1.5, True),
    ("merge ≥ 10× faster than msgmerge (fuzzy) at 20k", "merge", 20000, "msgmerge (fuzzy)", "stele merge", 10.0, False),
    ("compile ≤ msgfmt at 100k", "compile", 100000, "stele compile", "msgfmt", 1.0, True),
    ("no-change rebuild < 5% of cold build", "build", None, "build, nothing changed", "build, cold", 0.05, True),
    (
        "cold build ≥ 0.5× the Python floor's pages/s",
        "build-peers",
        None,
        "python floor (2 processes)",
        "stele build, cold",
        0.5,
        False,
    ),
]
MEMORY_TARGETS = [
    ("check", "stele check (gettext rules)", "msgfmt -c"),
    ("check", "stele check (all rules)", "msgfmt -c"),
    ("compile", "stele compile", "msgfmt"),
]


def scaling_target(sections: list[Section], timeout: float) -> Target:
    """stele merge at 100k ÷ stele merge at 20k (medians of separate groups)."""
    name = "merge 100k ≤ 6× merge 20k"
    big, small = find(sections, "merge", 100000, "stele merge"), find(sections, "merge", 20000, "stele merge")
    for item, size in ((big, 100000), (small, 20000)):
        problem = _unavailable(item, size)
        if problem:
            return _named(problem, name)
    a, b = wall_bound(big, timeout), wall_bound(small, timeout)
    if a is None or b is None or b.relation != "=":
        return Target(name, "n/a", "stele merge at 20k did not finish")
    bound = Bound(a.value / b.value, a.relation)
    return Target(name, _judge(bound, 6.0, at_most=True), f"{bound}× (stele merge 100k ÷ 20k, medians)")


def memory_target(sections: list[Section], spec: tuple[str, str, str]) -> Target:
    section, label, base_label = spec
    name = f"peak memory of {label} ≤ 2× {base_label}'s at 100k"
    result, base = find(sections, section, 100000, label), find(sections, section, 100000, base_label)
    for item in (result, base):
        problem = _unavailable(item, 100000)
        if problem:
            return _named(problem, name)
    if not (result and base and result.ok and base.ok):
        return Target(name, "n/a", "no peak figure (timeout)")
    ratio = (result.median_peak_mib or 0) / (base.median_peak_mib or 1)
    figure = f"{ratio:.2f}× ({result.median_peak_mib:.0f} MiB vs {base.median_peak_mib:.0f} MiB)"
    return Target(name, "PASS" if ratio <= 2 else "MISS", figure)


def all_targets(sections: list[Section], timeout: float) -> list[Target]:
    targets = [time_target(sections, spec, timeout) for spec in TIME_TARGETS]
    targets.insert(6, scaling_target(sections, timeout))  # after "merge ≥ 10× …"
    return targets + own_source_targets(sections) + [memory_target(sections, spec) for spec in MEMORY_TARGETS]


def own_source_targets(sections: list[Section]) -> list[Target]:
    """Merge quality on the changed template: own-source guesses ≥ msgmerge's at 2k and 20k, none lost, and
    the own-source rate at 100k at least that at 20k."""
    figures = {s.size: s.figures for s in sections if s.name == "merge"}
    targets = []
    for size in (2000, 20000):
        ours, theirs = (figures.get(size, {}).get(f"{tool}_own_source") for tool in ("stele", "msgmerge"))
        name = f"own-source fuzzy guesses ≥ msgmerge's at {size_name(size)}, 0 lost"
        if not isinstance(ours, dict) or not isinstance(theirs, dict):
            targets.append(Target(name, "n/a", "stele merge or msgmerge did not run or finish"))
            continue
        good = ours["own"] >= theirs["own"] and ours["lost"] == 0
        targets.append(Target(name, "PASS" if good else "MISS",
                              f"{ours['own']} vs {theirs['own']} of {ours['edited']}, {ours['lost']} lost"))
    rates = {size: own["own"] / max(own["edited"], 1) for size in (20000, 100000)
             if isinstance(own := figures.get(size, {}).get("stele_own_source"), dict)}
    name = "own-source rate at 100k ≥ at 20k"
    if len(rates) < 2:
        return [*targets, Target(name, "n/a", "stele merge at 20k or 100k did not run")]
    good = rates[100000] >= rates[20000]
    return [*targets, Target(name, "PASS" if good else "MISS",
                             f"{100 * rates[100000]:.1f} % vs {100 * rates[20000]:.1f} %")]


def render_problems(sections: list[Section]) -> list[str]:
    """Every crashed command with its exact command line and the end of its stderr."""
    lines: list[str] = []
    for section in sections:
        for r in section.results:
            if r.failure and r.failure.startswith("crashed"):
                lines += [
                    f"  {section.name} {size_name(section.size)}: (cd {r.command.cwd} && {' '.join(r.command.argv)})"
                ]
                lines += [f"    {line}" for line in r.stderr_tail.splitlines()]
    return ["", "crashes", *lines] if lines else []


def render_targets(targets: list[Target]) -> list[str]:
    width = max(len(t.name) for t in targets)
    return ["", "targets"] + [f"  {t.status:<4}  {t.name:<{width}}  {t.figure}" for t in targets]


def to_json(
    machine: dict[str, str], settings: dict[str, object], sections: list[Section], targets: list[Target], timeout: float
) -> dict[str, object]:
    """Every figure of the run, for ``--json``."""
    return {
        "machine": machine,
        "settings": settings,
        "sections": [_section_json(s, timeout) for s in sections],
        "targets": [t.__dict__ for t in targets],
    }


def _section_json(section: Section, timeout: float) -> dict[str, object]:
    baseline = next((r for r in section.results if r.command.baseline), None)
    rows = []
    for r in section.results:
        ratio = ratio_bound(r, baseline, timeout) if r is not baseline else Bound(1.0, "=")
        rows.append(
            {
                "label": r.command.label,
                "command": r.command.display,
                "argv": r.command.argv,
                "baseline": r.command.baseline,
                "wall_s": [s.wall for s in r.samples],
                "peak_mib": [s.peak_kib / 1024 for s in r.samples],
                "returncodes": [s.returncode for s in r.samples],
                "median_wall_s": r.median_wall,
                "median_peak_mib": r.median_peak_mib,
                "ratio": None if ratio is None else {"value": ratio.value, "relation": ratio.relation},
                "failure": r.failure,
                "stderr_tail": r.stderr_tail,
                "captured": r.captured,
            }
        )
    return {
        "name": section.name,
        "size": section.size,
        "rows": rows,
        "notes": section.notes,
        "figures": section.figures,
    }


def write_json(path: Path, data: dict[str, object]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=1, ensure_ascii=False, default=str) + "\n", encoding="utf-8")
