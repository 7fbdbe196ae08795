"""compile/merge --diagnostics gnu: GNU gettext 0.21's exact stderr (GNU msgfmt/msgmerge as the oracle), msgfmt's
header-field warnings, and stele's own report unchanged by default."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from .conftest import write

GNU = shutil.which("msgfmt") is not None and shutil.which("msgmerge") is not None
FIELDS = ('"Project-Id-Version: health 1.0\\n"\n"PO-Revision-Date: 2026-11-02 10:00+0000\\n"\n'
          '"Last-Translator: Anna Martin <anna@example.org>\\n"\n"Language-Team: French <fr@example.org>\\n"\n'
          '"Language: fr\\n"\n"MIME-Version: 1.0\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
          '"Content-Transfer-Encoding: 8bit\\n"\n"Plural-Forms: nplurals=2; plural=(n > 1);\\n"\n')
HEADER = 'msgid ""\nmsgstr ""\n' + FIELDS + "\n"  # 12 lines
SPARSE = ('# French translation.\nmsgid ""\nmsgstr ""\n"Project-Id-Version: health 1.0\\n"\n'
          '"PO-Revision-Date: 2026-11-02 10:00+0000\\n"\n"Last-Translator: FULL NAME <EMAIL@ADDRESS>\\n"\n'
          '"MIME-Version: 1.0\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
          '"Content-Transfer-Encoding: 8bit\\n"\n\n')  # 10 lines, the header's msgstr on line 3

CASES = {
    "duplicate": (HEADER + 'msgid "Fever"\nmsgstr "Fièvre"\n\nmsgid "Rash"\nmsgstr "Éruption"\n\n'
                  'msgid "Fever"\nmsgstr "Fièvre"\n',
                  "fr.po:19: duplicate message definition...\n"
                  "fr.po:14: ...this is the location of the first definition\n"
                  "msgfmt: found 1 fatal error\n"),
    "format count": (HEADER + '#, c-format\nmsgid "%d doses"\nmsgstr "%d doses de %s"\n',
                     "fr.po:15: number of format specifications in 'msgid' and 'msgstr' does not match\n"
                     "msgfmt: found 1 fatal error\n"),
    "format argument": (HEADER + '#, c-format\nmsgid "%d mg every %s"\nmsgstr "%s mg toutes les %d"\n',
                        "fr.po:15: format specifications in 'msgid' and 'msgstr' for argument 1 are not the same\n"
                        "msgfmt: found 1 fatal error\n"),
    "plural format and newline": (
        HEADER + '#, python-format\nmsgid "%d tablet"\nmsgid_plural "%d tablets"\nmsgstr[0] "%d comprimé"\n'
        'msgstr[1] "comprimés"\n\nmsgid "Rest\\n"\nmsgstr "Repos"\n',
        "fr.po:16: number of format specifications in 'msgid_plural' and 'msgstr[1]' does not match\n"
        "fr.po:20: 'msgid' and 'msgstr' entries do not both end with '\\n'\n"
        "msgfmt: found 2 fatal errors\n"),
    "plural forms: the first with the fewest": (
        HEADER + 'msgid "%d dose"\nmsgid_plural "%d doses"\nmsgstr[0] "%d dose"\nmsgstr[1] "%d doses"\n\n'
        'msgid "day"\nmsgid_plural "days"\nmsgstr[0] "jour"\n\nmsgid "week"\nmsgid_plural "weeks"\n'
        'msgstr[0] "semaine"\nmsgstr[1] "semaines"\nmsgstr[2] "semaines"\n',
        "fr.po:2: nplurals = 2...\nfr.po:20: ...but some messages have only one plural form\n"
        "msgfmt: found 1 fatal error\n"),
    "plural forms: else the first with the most": (
        HEADER + 'msgid "day"\nmsgid_plural "days"\nmsgstr[0] "jour"\nmsgstr[1] "jours"\nmsgstr[2] "jours"\n\n'
        'msgid "week"\nmsgid_plural "weeks"\nmsgstr[0] "semaine"\nmsgstr[1] "semaines"\nmsgstr[2] "semaines"\n'
        'msgstr[3] "semaines"\n',
        "fr.po:2: nplurals = 2...\nfr.po:21: ...but some messages have 4 plural forms\nmsgfmt: found 1 fatal error\n"),
    "header fields": (SPARSE + '#, c-format\nmsgid "%s ml"\nmsgstr "%s ml %s"\n',
                      "fr.po:3: warning: header field 'Last-Translator' still has the initial default value\n"
                      "fr.po:3: warning: header field 'Language-Team' missing in header\n"
                      "fr.po:3: warning: header field 'Language' missing in header\n"
                      "fr.po:13: number of format specifications in 'msgid' and 'msgstr' does not match\n"
                      "msgfmt: found 1 fatal error\n"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_compile_check_says_what_gnu_msgfmt_says(case: str, tmp_path: Path, stele: Callable[..., Result],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    text, expected = CASES[case]
    write(tmp_path / "fr.po", text)
    monkeypatch.chdir(tmp_path)
    result = stele("compile", "-c", "--diagnostics", "gnu", "-o", "fr.mo", "fr.po")
    assert (result.exit_code, result.stderr) == (1, expected)
    if GNU:
        gnu = subprocess.run(["msgfmt", "-c", "-o", "gnu.mo", "fr.po"], capture_output=True, text=True, check=False,
                             env={"LC_ALL": "C", "PATH": "/usr/bin:/bin"})
        assert (gnu.returncode, gnu.stderr) == (1, expected)


def test_compile_without_check_says_what_gnu_msgfmt_says(tmp_path: Path, stele: Callable[..., Result],
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Without -c msgfmt still reports what breaks reading: a duplicate definition."""
    write(tmp_path / "fr.po", CASES["duplicate"][0])
    monkeypatch.chdir(tmp_path)
    result = stele("compile", "--diagnostics", "gnu", "-o", "fr.mo", "fr.po")
    assert (result.exit_code, result.stderr) == (1, CASES["duplicate"][1])
    if GNU:
        gnu = subprocess.run(["msgfmt", "-o", "gnu.mo", "fr.po"], capture_output=True, text=True, check=False,
                             env={"LC_ALL": "C", "PATH": "/usr/bin:/bin"})
        assert (gnu.returncode, gnu.stderr) == (1, CASES["duplicate"][1])


def test_merge_says_what_gnu_msgmerge_says(tmp_path: Path, stele: Callable[..., Result],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / "fr.po", CASES["duplicate"][0])
    write(tmp_path / "messages.pot", 'msgid "Fever"\nmsgstr ""\n\nmsgid "Rash"\nmsgstr ""\n')
    monkeypatch.chdir(tmp_path)
    expected = CASES["duplicate"][1].replace("msgfmt:", "msgmerge:")
    result = stele("merge", "--diagnostics", "gnu", "-o", "out.po", "fr.po", "messages.pot")
    assert (result.exit_code, result.stderr) == (1, expected)
    assert not (tmp_path / "out.po").exists()
    if GNU:
        gnu = subprocess.run(["msgmerge", "-q", "-o", "gnu.po", "fr.po", "messages.pot"], capture_output=True,
                             text=True, check=False, env={"LC_ALL": "C", "PATH": "/usr/bin:/bin"})
        assert (gnu.returncode, gnu.stderr) == (1, expected)


def test_default_report_is_steles_own(tmp_path: Path, stele: Callable[..., Result],
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / "fr.po", CASES["duplicate"][0])
    write(tmp_path / "de.po", CASES["header fields"][0])
    monkeypatch.chdir(tmp_path)
    result = stele("compile", "-c", "-o", "fr.mo", "fr.po")
    assert (result.exit_code, result.stderr) == (1, (
        "fr.po:19: error: [syntax] duplicate message definition (first defined at line 13); keep one of them "
        "(msgcat --use-first)\n1 file checked: 1 error, 0 warnings, 0 notes\n"))
    result = stele("compile", "--check-header", "-o", "de.mo", "de.po")
    assert (result.exit_code, result.stderr) == (0, (
        "de.po:3: warning: [header-fields] header field 'Last-Translator' still has msginit's placeholder 'FULL NAME "
        "<EMAIL@ADDRESS>'; fill it in\n"
        "de.po:3: warning: [header-fields] header field 'Language-Team' is missing; add it (msginit writes every "
        "standard field)\n"
        "de.po:3: warning: [header-fields] header field 'Language' is missing; add it (msginit writes every "
        "standard field)\n"
        "1 file checked: 0 errors, 3 warnings, 0 notes\n"))
    assert (tmp_path / "de.mo").exists()  # warnings change neither the exit code nor the output


def test_template_placeholders_warn_in_compile_not_in_check(tmp_path: Path, stele: Callable[..., Result],
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """msgfmt -c warns about a template's msginit placeholders; stele check expects them in a template."""
    template = HEADER.replace("Anna Martin <anna@example.org>", "FULL NAME <EMAIL@ADDRESS>")
    write(tmp_path / "messages.pot", template + 'msgid "Fever"\nmsgstr ""\n')
    monkeypatch.chdir(tmp_path)
    expected = "messages.pot:2: warning: header field 'Last-Translator' still has the initial default value\n"
    result = stele("compile", "-c", "--diagnostics", "gnu", "-o", "t.mo", "messages.pot")
    assert (result.exit_code, result.stderr) == (0, expected)
    if GNU:
        gnu = subprocess.run(["msgfmt", "-c", "-o", "gnu.mo", "messages.pot"], capture_output=True, text=True,
                             check=False, env={"LC_ALL": "C", "PATH": "/usr/bin:/bin"})
        assert (gnu.returncode, gnu.stderr) == (0, expected)
    assert stele("check", "messages.pot").stdout == "1 file checked: 0 errors, 0 warnings, 0 notes\n"
    write(tmp_path / "fr.po", template + 'msgid "Fever"\nmsgstr "Fièvre"\n')
    assert stele("check", "fr.po").stdout.startswith(
        "fr.po:2: warning: [header-fields] header field 'Last-Translator' still has msginit's placeholder")
