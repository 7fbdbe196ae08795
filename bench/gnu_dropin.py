"""stele merge/compile/format against GNU msgmerge/msgfmt/msgcat on small cases: ``python bench/gnu_dropin.py``.

A differential harness: every case is a few PO/POT files written here (no GNU test script is copied), run
through the GNU program and through its stele counterpart with the same options; the outputs (PO text, .mo
bytes, exit codes, the statistics line) must be equal. Prints a pass table per family and, with -v, the
diff of each failure. GNU gettext must be installed (apt-get install gettext); its version is printed.
"""

from __future__ import annotations

import argparse
import difflib
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import gnu_cases

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Case:
    """Files to write, the GNU command and the stele command (``{out}`` is replaced), what to compare."""

    family: str
    name: str
    files: dict[str, bytes]
    gnu: list[str]
    stele: list[str]
    compare: tuple[str, ...] = ("out",)  # files to compare; "rc" and "stderr" compare those
    note: str = ""


@dataclass
class Outcome:
    case: Case
    ok: bool
    diff: list[str] = field(default_factory=list)


def stele_command() -> list[str]:
    found = shutil.which("stele")
    return [found] if found else [sys.executable, "-m", "stele"]


def run_side(case: Case, argv: list[str], root: Path) -> dict[str, bytes]:
    """Run one side of a case in a fresh folder; what it produced, by name."""
    root.mkdir(parents=True)
    for name, data in case.files.items():
        (root / name).write_bytes(data)
    done = subprocess.run(argv, cwd=root, capture_output=True, timeout=60, check=False)
    found: dict[str, bytes] = {"rc": str(done.returncode).encode(), "stderr": done.stderr}
    for name in case.compare:
        if name in ("rc", "stderr"):
            continue
        path = root / name
        found[name] = path.read_bytes() if path.exists() else b"<no file>"
        if name == "out" and not path.exists():
            found[name] = done.stdout or b"<no file>"
    return found


def run_case(case: Case, work: Path, stele: list[str]) -> Outcome:
    gnu = run_side(case, case.gnu, work / "gnu")
    ours = run_side(case, stele + case.stele, work / "stele")
    diff: list[str] = []
    for name in case.compare:
        if gnu[name] != ours[name]:
            diff += [f"--- {name} differs"]
            diff += list(
                difflib.unified_diff(
                    gnu[name].decode("utf-8", "replace").splitlines(),
                    ours[name].decode("utf-8", "replace").splitlines(),
                    "gnu",
                    "stele",
                    lineterm="",
                    n=1,
                )
            )
    if ours["rc"] not in (b"0", b"1") or (ours["rc"] != gnu["rc"] and "rc" not in case.compare):
        diff.append(
            f"exit codes: gnu {gnu['rc'].decode()}, stele {ours['rc'].decode()}: "
            f"{ours['stderr'].decode('utf-8', 'replace').strip()[:300]}"
        )
    return Outcome(case, not diff, diff)


def table(outcomes: list[Outcome]) -> str:
    families: dict[str, list[Outcome]] = {}
    for outcome in outcomes:
        families.setdefault(outcome.case.family, []).append(outcome)
    lines = ["| family | cases | stele agrees with GNU |", "|---|---|---|"]
    for family, found in families.items():
        lines.append(f"| {family} | {len(found)} | {sum(o.ok for o in found)} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="show the diff of every failure")
    parser.add_argument("-k", "--keyword", default="", help="only cases whose family/name contains this")
    args = parser.parse_args(argv)
    if not shutil.which("msgmerge"):
        print("GNU gettext is not installed (apt-get install gettext)", file=sys.stderr)
        return 2
    version = subprocess.run(["msgmerge", "--version"], capture_output=True, text=True, check=True).stdout
    print(f"oracle: {version.splitlines()[0]}")
    stele = stele_command()
    cases: list[Case] = [c for make in gnu_cases.FAMILIES for c in make(Case)]
    cases = [c for c in cases if args.keyword in f"{c.family}/{c.name}"]
    outcomes = []
    with tempfile.TemporaryDirectory() as tmp:
        for number, case in enumerate(cases):
            outcome = run_case(case, Path(tmp) / str(number), stele)
            outcomes.append(outcome)
            mark = "PASS" if outcome.ok else "FAIL"
            print(f"{mark}  {case.family:<10} {case.name}{'  (' + case.note + ')' if case.note else ''}")
            if args.verbose and not outcome.ok:
                print("\n".join("      " + line for line in outcome.diff[:60]))
    print()
    print(table(outcomes))
    return 0 if all(o.ok for o in outcomes) else 1


MakeCases = Callable[[type[Case]], list[Case]]

if __name__ == "__main__":
    sys.exit(main())
