"""Replay GNU gettext's own msgmerge/msgfmt tests against stele: ``python bench/gnu_replay.py --gettext-repo DIR``.

GNU's scripts (``gettext-tools/tests/msgmerge-*``, ``msgfmt-*``, ``msgcat-*``) are GPL: nothing of them is kept in
this repository. The harness extracts ``gettext-tools/tests`` of one ref of a gettext git repository (a clone or a
bare mirror) into a temporary folder at run time, writes its own minimal ``init.sh`` there (the gnulib file the
scripts source is not in gettext's git), and runs each usable script twice in a fresh folder: with the GNU
programs on PATH (the control) and with shims that call ``stele merge`` for ${MSGMERGE} and ``stele compile`` for
${MSGFMT} (their options translated, and ``--diagnostics gnu`` added: the scripts that diff stderr against
GNU's sentences then compare GNU's wording, which stele gives on that option). Programs a script only uses to
look at the result (msgunfmt, msgcmp, msgcat, msgconv, and msgfmt --check in a msgmerge test) stay GNU's. A
script passes when it exits 0.

The round trip: every expected PO file the scripts write (``*.ok``, and the ``*.out`` data files of the test
folder) that GNU msgcat leaves unchanged must come out of ``stele format`` byte-identical.
"""

from __future__ import annotations

import argparse
import difflib
import io
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import gnu_replay_shims as shims

FAMILIES = ("msgmerge", "msgfmt --check", "msgfmt (compile)")
UNDER_TEST = {"msgmerge": "MSGMERGE", "msgfmt --check": "MSGFMT", "msgfmt (compile)": "MSGFMT"}
# What the drop-ins promise (issue 17): the options a script may give the program under test.
MERGE_OPTIONS = {
    "-o", "-q", "-U", "--update", "-C", "--compendium", "--previous", "-N", "--no-fuzzy-matching",
    "--no-wrap", "-w", "--width", "-s", "--sort-output", "-F", "--sort-by-file", "--for-msgfmt",
}  # fmt: skip
FMT_OPTIONS = {
    "-o", "-c", "--check", "--check-format", "--check-header", "--check-domain", "--statistics", "-v",
    "--verbose", "--no-hash",
}  # fmt: skip
OTHER_FORMATS = ("properties", "stringtable", "qt", "desktop", "xml")
# Programs a script may use besides the one under test: GNU's, as the test's own eyes.
HELPERS = {"MSGUNFMT", "MSGCMP", "MSGCAT", "MSGCONV", "MSGFMT"}
INIT_SH = """\
# init.sh of gnu_replay.py (stele, MIT): the little of gnulib's init.sh that gettext's msg* tests use.
Exit () { set +e; (exit $1); exit $1; }
fail_ () { echo "$0: failed test: $*" 1>&2; Exit 1; }
skip_ () { echo "$0: skipped test: $*" 1>&2; Exit 77; }
framework_failure_ () { echo "$0: set-up failure: $*" 1>&2; Exit 99; }
path_prepend_ () { :; }
: ${DIFF=diff}
: ${CMP=cmp}
"""


@dataclass(frozen=True)
class Script:
    """One test script of GNU's: its family, or why it is not replayed."""

    name: str
    family: str
    excluded: str = ""
    wording: bool = False  # the script diffs the program's own diagnostics (stderr) against GNU's text


@dataclass
class Result:
    script: Script
    gnu: bool = False
    stele: bool = False
    log: list[str] = field(default_factory=list)
    same_errors: bool = False  # failed on wording alone: every error location GNU's text names, stele names too


def extract(repo: Path, ref: str, into: Path) -> str:
    """gettext-tools/tests of REF into INTO; the commit id."""
    git = ["git", "-C", str(repo)]
    commit = subprocess.run([*git, "rev-parse", f"{ref}^{{commit}}"], capture_output=True, text=True, check=True)
    tests = "gettext-tools/tests"
    archive = subprocess.run([*git, "archive", "--format=tar", ref, tests], capture_output=True, check=True)
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(into, filter="data")
    (into / "gettext-tools/tests/init.sh").write_text(INIT_SH)
    return commit.stdout.strip()


def options_of(text: str, variable: str) -> set[str]:
    """The options a script gives ${VARIABLE} (continuation lines joined)."""
    joined = text.replace("\\\n", " ")
    found: set[str] = set()
    for line in re.findall(r"\$\{" + variable + r"\}([^|;&\n]*)", joined):
        found |= {m.split("=")[0] for m in re.findall(r"(?<![\w/.])--?[A-Za-z][\w-]*(?:=\S*)?", line)}
    return found


def classify(name: str, text: str) -> Script:
    """The family of a script and why it is left out, if it is."""
    program = name.split("-")[0]
    if any(f"-{fmt}-" in name for fmt in OTHER_FORMATS):
        return Script(name, program, f"{name.split('-')[1]} format, not PO")
    used = set(re.findall(r"\$\{([A-Z]+)\}", text)) - {"DIFF", "CMP"}
    family = program
    if program == "msgfmt":
        family = "msgfmt --check" if options_of(text, "MSGFMT") & {"-c", "--check"} else "msgfmt (compile)"
    under = UNDER_TEST.get(family)
    if under is None:
        return Script(name, family, "msgcat: its expected files are in the round trip")
    others = used - {under} - HELPERS
    if others:
        why = {"GETTEXT": "tstgettext (a test program of gettext's build)", "XGETTEXT": "xgettext"}
        return Script(name, family, "needs " + ", ".join(why.get(o, o.lower()) for o in sorted(others)))
    allowed = MERGE_OPTIONS if under == "MSGMERGE" else FMT_OPTIONS
    extra = options_of(text, under) - allowed
    if extra:
        return Script(name, family, "option " + ", ".join(sorted(extra)) + " is not among the drop-in's options")
    return Script(name, family, wording="2>&1 | grep -v '^=='" in text)


_ERROR_AT = re.compile(r"^(\S+?:\d+): (?!warning)", re.M)


def _names(said: str, where: str) -> bool:
    """Whether stele's text names FILE:LINE: as a location, or as the line of a first definition."""
    line = where.rpartition(":")[2]
    return f"{where}:" in said or f"first defined at line {line})" in said or f"first defined at {where})" in said


def same_errors(folder: Path) -> bool:
    """Whether each expected diagnostics file (X.ok beside X.err or X.out) names no error location (file:line)
    that stele's output there lacks, and stele's output names one at all."""
    checked = False
    for expected in folder.glob("*.ok"):
        ours = next((p for p in (expected.with_suffix(".err"), expected.with_suffix(".out")) if p.exists()), None)
        wanted = _ERROR_AT.findall(expected.read_text("latin-1"))
        if ours is None or not wanted:
            continue
        said = ours.read_text("latin-1")
        if not all(_names(said, where) for where in wanted):
            return False
        checked = True
    return checked


def run_script(tests: Path, script: Script, work: Path, env: dict[str, str]) -> tuple[bool, str]:
    work.mkdir(parents=True)
    done = subprocess.run(
        ["sh", str(tests / script.name)], cwd=work, env=env, capture_output=True, text=True, errors="replace",
        timeout=120, check=False,
    )  # fmt: skip
    return done.returncode == 0, (done.stdout + done.stderr).strip()


def environments(tests: Path, bin_dir: Path) -> tuple[dict[str, str], dict[str, str]]:
    """The control's environment and stele's (shims for the programs under test)."""
    base = {k: v for k, v in os.environ.items() if not k.startswith(("MSG", "LC_", "LANG"))}
    base.update(srcdir=str(tests), abs_srcdir=str(tests), wabs_srcdir=str(tests), LC_ALL="C")
    base.update(abs_top_srcdir=str(tests.parent), abs_top_builddir=str(tests.parent), top_srcdir=str(tests.parent))
    control = dict(base)
    ours = dict(base, MSGMERGE=str(bin_dir / "stele-msgmerge"), MSGFMT=str(bin_dir / "stele-msgfmt"))
    return control, ours


def replay(tests: Path, scripts: list[Script], work: Path, verbose: bool) -> list[Result]:
    bin_dir = work / "bin"
    shims.write(bin_dir, stele_command())
    control, ours = environments(tests, bin_dir)
    results = []
    for script in scripts:
        result = Result(script)
        result.gnu, gnu_log = run_script(tests, script, work / "gnu" / script.name, control)
        env = dict(ours)
        if script.family == "msgmerge":
            env.pop("MSGFMT")  # msgfmt --check in a msgmerge test looks at the merge: GNU's
        result.stele, log = run_script(tests, script, work / "stele" / script.name, env)
        result.log = log.splitlines()
        result.same_errors = script.wording and not result.stele and same_errors(work / "stele" / script.name)
        results.append(result)
        mark, control_mark = ("PASS" if ok else "FAIL" for ok in (result.stele, result.gnu))
        why = "; only the wording differs: the same errors at the same lines" if result.same_errors else ""
        print(f"{mark}  {script.family:<17} {script.name:<22} (GNU: {control_mark}{why})")
        if verbose and not result.stele:
            print("\n".join("      " + line for line in result.log[:80]))
        if verbose and not result.gnu:
            print("\n".join("      gnu: " + line for line in gnu_log.splitlines()[:20]))
    return results


def round_trip_files(tests: Path, work: Path, names: list[str]) -> list[Path]:
    """Expected PO files: every *.ok a script writes (run again under GNU) and the *.out data files."""
    control, _ = environments(tests, work / "bin")
    found = sorted(p for p in tests.glob("mm-*.out"))
    for name in names:
        folder = work / "rt" / name
        run_script(tests, Script(name, ""), folder, control)
        found += sorted(folder.glob("*.ok"))
    return [p for p in found if looks_like_po(p.read_bytes())]


def looks_like_po(data: bytes) -> bool:
    return re.search(rb"^msgid ", data, re.M) is not None


def round_trip(files: list[Path], work: Path, verbose: bool) -> tuple[int, int, list[str]]:
    """(files msgcat leaves unchanged, of them stele format leaves unchanged, the names stele changes)."""
    stele = stele_command()
    kept, same, failing = 0, 0, []
    for number, path in enumerate(files):
        out = work / f"rt-{number}.po"
        gnu = subprocess.run(["msgcat", "-o", str(out), str(path)], capture_output=True, check=False)
        if gnu.returncode != 0 or not out.exists() or out.read_bytes() != path.read_bytes():
            continue
        kept += 1
        ours = subprocess.run([*stele, "format", str(path)], capture_output=True, check=False)
        label = f"{path.parent.name}/{path.name}"
        if ours.stdout == path.read_bytes():
            same += 1
            continue
        failing.append(label)
        print(f"FAIL  round trip         {label}")
        if verbose:
            diff = difflib.unified_diff(
                path.read_text("utf-8", "replace").splitlines(), ours.stdout.decode("utf-8", "replace").splitlines(),
                "expected", "stele format", lineterm="", n=1,
            )  # fmt: skip
            print("\n".join("      " + line for line in [*diff, ours.stderr.decode("utf-8", "replace")][:60]))
    return kept, same, failing


def stele_command() -> list[str]:
    found = shutil.which("stele")
    return [found] if found else [sys.executable, "-m", "stele"]


def table(results: list[Result], trip: tuple[int, int, list[str]]) -> str:
    lines = ["| family | usable tests | GNU passes | stele passes | stele fails on GNU's wording only |",
             "|---|---|---|---|---|"]
    for family in FAMILIES:
        rows = [r for r in results if r.script.family == family]
        lines.append(f"| {family} | {len(rows)} | {sum(r.gnu for r in rows)} | {sum(r.stele for r in rows)} | "
                     f"{sum(r.same_errors for r in rows)} |")
    kept, same, _ = trip
    lines.append(f"| round trip (expected PO files msgcat leaves unchanged) | {kept} | {kept} | {same} | – |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gettext-repo", type=Path, required=True, help="a git clone or bare mirror of gettext")
    parser.add_argument("--ref", default="v0.21", help="tag or commit of gettext whose tests to replay")
    parser.add_argument("-v", "--verbose", action="store_true", help="show the output of every failing script")
    parser.add_argument("-k", "--keyword", default="", help="only scripts whose name contains this")
    args = parser.parse_args(argv)
    if not shutil.which("msgmerge"):
        print("GNU gettext is not installed (apt-get install gettext)", file=sys.stderr)
        return 2
    version = subprocess.run(["msgmerge", "--version"], capture_output=True, text=True, check=True).stdout
    with tempfile.TemporaryDirectory(prefix="gnu-replay-") as tmp:
        root = Path(tmp)
        commit = extract(args.gettext_repo, args.ref, root / "src")
        tests = root / "src/gettext-tools/tests"
        print(f"gettext tests: {args.ref} ({commit}); control: {version.splitlines()[0]}")
        names = sorted((p.name for p in tests.glob("msg*-*") if re.fullmatch(r"msg(merge|fmt|cat)-[\w-]+", p.name)),
                       key=natural)  # fmt: skip
        scripts = [classify(n, (tests / n).read_text("latin-1")) for n in names if args.keyword in n]
        for script in (s for s in scripts if s.excluded):
            print(f"skip  {script.family:<17} {script.name:<22} {script.excluded}")
        results = replay(tests, [s for s in scripts if not s.excluded], root / "run", args.verbose)
        trip = round_trip(round_trip_files(tests, root / "run", [s.name for s in scripts]), root, args.verbose)
    print()
    print(f"gettext {args.ref} = commit {commit}")
    print(table(results, trip))
    behind = [r.script.name for r in results if r.gnu and not r.stele]
    print("stele fails where GNU passes: " + (", ".join(behind) or "none"))
    return 0 if not behind and not trip[2] else 1


def natural(name: str) -> list[object]:
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", name)]


if __name__ == "__main__":
    sys.exit(main())
