"""stele check always reports: a catalog that cannot be parsed or read is a [syntax] finding in a complete,
valid report (every format, stdout or -o), every other file is still checked, and the exit status is 1."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from pathlib import Path
from xml.etree import ElementTree

import pytest
from click.testing import Result

SITE_PO = "locales/ru/LC_MESSAGES/site.po"
DOSAGE = "locales/ru/LC_MESSAGES/kratom-muscle-soreness-dosage.po"
Row = tuple[str, int, str, str]  # path, line, rule, severity
UNTERMINATED = "end-of-line within string: close the string with '\"' on the same line"


def _break(site: Path) -> int:
    """Drop the closing quote of a msgstr in ru/site.po; the line it is on."""
    po = site / SITE_PO
    lines = po.read_text(encoding="utf-8").split("\n")
    number = lines.index('msgstr "Заметки о мышцах и восстановлении"')
    lines[number] = lines[number].removesuffix('"')
    po.write_text("\n".join(lines), encoding="utf-8")
    return number + 1


def _tamper_dose(site: Path, *, charset: str = "utf-8") -> None:
    """"1–3 г" becomes "13 г" in the first ru translation that has it."""
    po = site / DOSAGE
    data = po.read_bytes()
    old = "1–3\u00a0г".encode(charset)
    assert old in data
    po.write_bytes(data.replace(old, "13\u00a0г".encode(charset), 1))


def _recode(site: Path, po: str, charset: str) -> None:
    path = site / po
    text = path.read_text(encoding="utf-8").replace("charset=UTF-8", f"charset={charset}")
    path.write_bytes(text.encode(charset))


def _rows(fmt: str, report: str) -> list[Row]:
    """(path, line, rule, severity) of each finding, from a report that must parse in its format."""
    if fmt == "json":
        return [(f["path"], f["line"], f["rule"], f["severity"]) for f in json.loads(report)["findings"]]
    return {"sarif": _sarif_rows, "junit": _junit_rows, "github": _github_rows, "text": _text_rows}[fmt](report)


def _sarif_rows(report: str) -> list[Row]:
    log = json.loads(report)
    assert log["version"] == "2.1.0" and len(log["runs"]) == 1
    level = {"error": "error", "warning": "warning", "note": "info"}
    rows = []
    for result in log["runs"][0]["results"]:
        where = result["locations"][0]["physicalLocation"]
        rows.append((where["artifactLocation"]["uri"], where["region"]["startLine"], result["ruleId"],
                     level[result["level"]]))
    return rows


def _junit_rows(report: str) -> list[Row]:
    suites = ElementTree.fromstring(report)
    rows = []
    for case in suites.iter("testcase"):
        match = re.fullmatch(r"([\w-]+) at line (\d+)", case.get("name", ""))
        assert match is not None
        severity = "error" if case.find("failure") is not None else "not an error"
        rows.append((case.get("classname", ""), int(match[2]), match[1], severity))
    assert suites.get("failures") == str(sum(row[3] == "error" for row in rows))
    return rows


def _github_rows(report: str) -> list[Row]:
    pattern = r"::(error|warning|notice) file=([^,]+),line=(\d+),title=stele ([\w-]+)::.+"
    matches = [re.fullmatch(pattern, line) for line in report.splitlines()]
    assert all(matches), report
    return [(m[2], int(m[3]), m[4], m[1]) for m in matches if m]


def _text_rows(report: str) -> list[Row]:
    lines = report.splitlines()
    assert re.fullmatch(r"\d+ files? checked: \d+ errors?, \d+ warnings?, \d+ notes?", lines.pop())
    matches = [re.fullmatch(r"(.+?):(\d+): (error|warning|info): \[([\w-]+)\] .+", line) for line in lines]
    assert all(matches), report
    return [(m[1], int(m[2]), m[4], m[3]) for m in matches if m]


def _check(stele: Callable[..., Result], mode: str, site: Path, fmt: str, out: Path) -> tuple[int, list[Row]]:
    """Project mode, or path mode on locales/ from inside the site; the report is written to ``out``."""
    where = ["--project", site, "check"] if mode == "project" else ["check", "locales"]
    result = stele(*where, "--format", fmt, "-o", out)
    assert (result.stdout, result.stderr) == ("", "")
    return result.exit_code, _rows(fmt, out.read_text(encoding="utf-8"))


@pytest.mark.parametrize("fmt", ["text", "json", "github", "junit", "sarif"])
@pytest.mark.parametrize("mode", ["project", "paths"])
def test_unparsable_catalog_is_a_finding_and_the_rest_is_checked(
    site: Path, stele: Callable[..., Result], monkeypatch: pytest.MonkeyPatch, tmp_path: Path, mode: str, fmt: str
) -> None:
    monkeypatch.chdir(site)
    out = tmp_path / f"report.{fmt}"
    assert _check(stele, mode, site, fmt, out) == (0, [])
    _tamper_dose(site)
    code, tampered = _check(stele, mode, site, fmt, out)
    numbers = [row for row in tampered if row[2] == "numbers"]
    assert code == 1 and [(p, r, s) for p, _, r, s in numbers] == [(DOSAGE, "numbers", "error")]
    line = _break(site)
    code, both = _check(stele, mode, site, fmt, out)
    assert code == 1
    assert sorted(both) == sorted([*tampered, (SITE_PO, line, "syntax", "error")])
    _untamper(site)
    code, broken = _check(stele, mode, site, fmt, out)
    assert (code, broken) == (1, [(SITE_PO, line, "syntax", "error")])


def _untamper(site: Path) -> None:
    po = site / DOSAGE
    po.write_text(po.read_text(encoding="utf-8").replace("13\u00a0г", "1–3\u00a0г", 1), encoding="utf-8")


def test_unparsable_catalog_on_stdout(site: Path, stele: Callable[..., Result]) -> None:
    line = _break(site)
    result = stele("--project", site, "check")
    assert (result.exit_code, result.stderr) == (1, "")
    assert result.stdout == (
        f"{SITE_PO}:{line}: error: [syntax] {UNTERMINATED}\n11 files checked: 1 error, 0 warnings, 0 notes\n"
    )
    github = stele("--project", site, "check", "--format", "github")
    assert (github.exit_code, github.stdout) == (
        1,
        f"::error file={SITE_PO.replace(':', '%3A')},line={line},title=stele syntax::{UNTERMINATED}\n",
    )


BAD_CATALOGS = [
    ("duplicate", lambda t: t + '\nmsgid "Published"\nmsgstr "Ещё раз"\n', "syntax", "duplicate message definition"),
    ("stray line", lambda t: t + '\nmsgid "x"\nmsgstr "y"\nstray words\n', "syntax", "keyword 'stray' unknown"),
    ("no plural-forms", lambda t: re.sub(r'"Plural-Forms:[^\n]*\n"n%10[^\n]*\n', "", t), "plural-forms", ""),
    ("bad plural-forms", lambda t: t.replace("nplurals=3;", "nplurals=2;"), "plural-forms", "nplurals = 2"),
]


@pytest.mark.parametrize(("case", "change", "rule", "message"), BAD_CATALOGS, ids=[c[0] for c in BAD_CATALOGS])
def test_catalogs_build_refuses_are_findings(  # type: ignore[no-untyped-def]
    site: Path, stele: Callable[..., Result], case: str, change, rule: str, message: str
) -> None:
    """What stops `stele build` (exit 2) is a finding of `stele check` (exit 1), next to the other files'."""
    po = site / "locales/uk/LC_MESSAGES/site.po"
    po.write_text(change(po.read_text(encoding="utf-8")), encoding="utf-8")
    _tamper_dose(site)
    assert stele("--project", site, "build").exit_code == 2
    result = stele("--project", site, "check", "--format", "json")
    assert (result.exit_code, result.stderr) == (1, "")
    findings = json.loads(result.stdout)["findings"]
    assert any(f["path"] == str(po.relative_to(site)) and f["rule"] == rule and message in f["message"]
               for f in findings), findings
    assert [f["path"] for f in findings if f["rule"] == "numbers"] == [DOSAGE]


@pytest.mark.parametrize(("po", "charset"), [(DOSAGE, "CP1251"), (SITE_PO, "KOI8-R")])
def test_catalog_in_another_charset_is_checked_in_it(
    site: Path, stele: Callable[..., Result], po: str, charset: str
) -> None:
    """A catalog msgfmt accepts in CP1251 or KOI8-R: no finding when it is right, the finding when it is not."""
    _recode(site, po, charset)
    for args in (["--project", site, "check"], ["check", site / "locales"]):
        result = stele(*args)
        assert (result.exit_code, result.stderr) == (0, ""), result.output
    if po == DOSAGE:
        _tamper_dose(site, charset="cp1251")
        result = stele("--project", site, "check", "--format", "json")
        assert result.exit_code == 1
        assert [(f["path"], f["rule"]) for f in json.loads(result.stdout)["findings"]] == [(DOSAGE, "numbers")]


def test_catalog_in_another_charset_is_stale_or_not(site: Path, stele: Callable[..., Result]) -> None:
    _recode(site, DOSAGE, "CP1251")
    article = site / "source/kratom-muscle-soreness-dosage.md"
    article.write_text(article.read_text(encoding="utf-8") + "\nOne more sentence.\n", encoding="utf-8")
    assert stele("--project", site, "extract").exit_code == 0
    stale = stele("--project", site, "check", "--select", "stale")
    assert stale.exit_code == 1
    assert f"{DOSAGE}:1: error: [stale] catalog is out of date" in stale.stdout
    assert stele("--project", site, "update").exit_code == 0
    assert b"charset=CP1251" in (site / DOSAGE).read_bytes()
    fresh = stele("--project", site, "check", "--select", "stale")
    assert (fresh.exit_code, fresh.stdout) == (0, "11 files checked: 0 errors, 0 warnings, 0 notes\n")


def test_too_large_catalog_in_a_project(site: Path, stele: Callable[..., Result]) -> None:
    big = site / "locales/uk/LC_MESSAGES/kratom-muscle-soreness-relief.po"  # a live catalog: a leftover is not read
    with big.open("wb") as handle:
        handle.truncate(200 * 1024 * 1024)  # sparse: refused from its size, never read
    _tamper_dose(site)
    result = stele("--project", site, "check", "--select", "numbers")
    assert (result.exit_code, result.stderr) == (1, "")
    lines = result.stdout.splitlines()
    assert lines[1:] == [
        "locales/uk/LC_MESSAGES/kratom-muscle-soreness-relief.po:1: error: [syntax] is 200 MiB; stele reads "
        "catalogs of up to 128 MiB: split the domain into smaller catalogs",
        "11 files checked: 2 errors, 0 warnings, 0 notes",
    ]
    assert lines[0].startswith(f"{DOSAGE}:") and "[numbers]" in lines[0]


@pytest.mark.parametrize("mode", ["project", "paths"])
def test_catalog_that_cannot_be_opened(
    site: Path, stele: Callable[..., Result], monkeypatch: pytest.MonkeyPatch, mode: str
) -> None:
    """Permission denied (simulated: the tests may run as root) is a finding, the other files are checked."""
    real = Path.read_bytes

    def read_bytes(path: Path) -> bytes:
        if path.name == "site.po" and path.parent.parent.name == "ru":
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    monkeypatch.chdir(site)
    _tamper_dose(site)
    where = ["--project", site, "check"] if mode == "project" else ["check", "locales/ru"]  # in-process: ≤ 4 files
    result = stele(*where, "--format", "json")
    assert (result.exit_code, result.stderr) == (1, "")
    rows = [(f["path"], f["line"], f["rule"], f["message"]) for f in json.loads(result.stdout)["findings"]]
    assert (SITE_PO, 1, "syntax", "cannot read: Permission denied") in rows
    assert [row[0] for row in rows if row[2] == "numbers"] == [DOSAGE]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_catalog_without_read_permission(tmp_path: Path, stele: Callable[..., Result]) -> None:
    po = tmp_path / "locked.po"
    po.write_text('msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n', encoding="utf-8")
    po.chmod(0)
    result = stele("check", po)
    assert (result.exit_code, result.stdout) == (
        1,
        f"{po}:1: error: [syntax] cannot read: Permission denied\n1 file checked: 1 error, 0 warnings, 0 notes\n",
    )
