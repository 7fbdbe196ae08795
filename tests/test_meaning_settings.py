"""Meaning rules' severities and settings: error on a disclaimer, warning elsewhere, [check.severity] overrides,
[meaning.<locale>] extends the lexicons, and a bad [meaning] table is a stele.toml:line error."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import polib
from click.testing import Result

from .conftest import write

Run = Callable[..., Result]
HEADER = ('msgid ""\nmsgstr ""\n"Language: ru\\n"\n"MIME-Version: 1.0\\n"\n'
          '"Content-Type: text/plain; charset=UTF-8\\n"\n"Content-Transfer-Encoding: 8bit\\n"\n\n')
MARK = "#. DISCLAIMER (consult-before-use): advice to consult a doctor.\n"


def _po(tmp_path: Path, msgstr: str, *, disclaimer: bool, msgid: str = "Do not take it on an empty stomach.") -> Path:
    return write(tmp_path / "ru.po", HEADER + (MARK if disclaimer else "") + f'msgid "{msgid}"\nmsgstr "{msgstr}"\n')


def test_a_lost_negation_is_an_error_in_a_disclaimer_and_a_warning_elsewhere(tmp_path: Path, stele: Run) -> None:
    finding = ("[polarity] translation drops a negation: the source has 2 (“not”, “empty stomach”), the translation 1 "
               "(“натощак”); check that it does not say the opposite")
    path = _po(tmp_path, "Принимайте натощак.", disclaimer=False)
    result = stele("check", path, "--select", "polarity")
    assert (result.exit_code, result.stdout) == (
        0, f"{path}:9: warning: {finding}\n1 file checked: 0 errors, 1 warning, 0 notes\n")
    path = _po(tmp_path, "Принимайте натощак.", disclaimer=True)
    result = stele("check", path, "--select", "polarity")
    assert (result.exit_code, result.stdout) == (
        1, f"{path}:10: error: {finding}\n1 file checked: 1 error, 0 warnings, 0 notes\n")
    faithful = _po(tmp_path, "Не принимайте натощак.", disclaimer=True)
    assert stele("check", faithful, "--select", "polarity").exit_code == 0


def test_bidi_controls_are_errors_everywhere_zero_width_a_warning_outside_disclaimers(tmp_path: Path,
                                                                                   stele: Run) -> None:
    path = _po(tmp_path, "Не принимайте \u202eнатощак.", disclaimer=False)
    result = stele("check", path, "--select", "invisible")
    assert result.exit_code == 1
    assert result.stdout.startswith(f"{path}:9: error: [invisible] translation holds the bidirectional control "
                                    "U+202E RIGHT-TO-LEFT OVERRIDE")
    path = _po(tmp_path, "Не принимайте нато\u200bщак.", disclaimer=False)
    result = stele("check", path, "--select", "invisible")
    assert result.exit_code == 0
    assert result.stdout.startswith(f"{path}:9: warning: [invisible] translation hides U+200B ZERO WIDTH SPACE "
                                    "inside the word “натощак”")


def test_a_look_alike_letter_is_an_error_where_the_message_carries_safety_content_a_warning_elsewhere(
        tmp_path: Path, stele: Run) -> None:
    """A Latin "a" in «Сохрaнить» (a Save button) is a typo to fix; in a disclaimer, a dose or a safety term it
    hides the text from every other rule."""
    finding = ("[invisible] the word “Сохрaнить” mixes Cyrillic letters with look-alikes of another script: “a” "
               "(LATIN SMALL LETTER A, looks like Cyrillic “а”); retype it")
    path = _po(tmp_path, "Сохрaнить", disclaimer=False, msgid="Save")
    result = stele("check", path, "--select", "invisible")
    assert (result.exit_code, result.stdout) == (
        0, f"{path}:9: warning: {finding}\n1 file checked: 0 errors, 1 warning, 0 notes\n")
    path = _po(tmp_path, "Сохрaнить", disclaimer=True, msgid="Save")
    result = stele("check", path, "--select", "invisible")
    assert (result.exit_code, result.stdout) == (
        1, f"{path}:10: error: {finding}\n1 file checked: 1 error, 0 warnings, 0 notes\n")
    for msgid, msgstr in (("Save 5 mg", "Сохрaнить 5 мг"), ("Save for your doctor", "Сохрaнить для врача")):
        path = _po(tmp_path, msgstr, disclaimer=False, msgid=msgid)
        result = stele("check", path, "--select", "invisible")
        assert result.exit_code == 1 and f"{path}:9: error: {finding}" in result.stdout, msgid
    faithful = _po(tmp_path, "Сохранить 5 мг", disclaimer=True, msgid="Save 5 mg")
    assert stele("check", faithful, "--select", "invisible").exit_code == 0


def _add_message(site: Path, msgid: str, msgstr: str, *, disclaimer: bool) -> None:
    path = site / "locales/ru/LC_MESSAGES/kratom-muscle-soreness-dosage.po"
    po = polib.pofile(str(path))
    po.append(polib.POEntry(msgid=msgid, msgstr=msgstr, comment=MARK[3:].strip() if disclaimer else ""))
    po.save(str(path))


def _config(site: Path, extra: str) -> None:
    toml = site / "stele.toml"
    toml.write_text(toml.read_text(encoding="utf-8") + extra, encoding="utf-8")


def test_stele_toml_sets_one_severity_for_all_of_a_rules_findings(site: Path, stele: Run) -> None:
    _add_message(site, "Do not take it on an empty stomach.", "Принимайте натощак.", disclaimer=False)
    result = stele("--project", site, "check", "--select", "polarity")
    assert result.exit_code == 0 and "warning: [polarity]" in result.stdout
    text = (site / "stele.toml").read_text(encoding="utf-8")
    (site / "stele.toml").write_text(text.replace('obsolete = "info"', 'obsolete = "info"\npolarity = "error"'),
                                     encoding="utf-8")
    result = stele("--project", site, "check", "--select", "polarity")
    assert result.exit_code == 1 and "error: [polarity]" in result.stdout


def test_meaning_tables_add_safety_terms(site: Path, stele: Run) -> None:
    _add_message(site, "Kratom may harm the kidneys.", "Кратом может вредить организму.", disclaimer=True)
    assert stele("--project", site, "check", "--select", "coverage").exit_code == 0  # no such term built in
    _config(site, '\n[meaning.en.terms]\nkidney = ["kidney*", "renal"]\n[meaning.ru.terms]\nkidney = ["почка"]\n')
    result = stele("--project", site, "check", "--select", "coverage")
    assert result.exit_code == 1
    assert "does not mention what its source warns about: kidney (e.g. почка)" in result.stdout
    path = site / "locales/ru/LC_MESSAGES/kratom-muscle-soreness-dosage.po"
    po = polib.pofile(str(path))
    po.find("Kratom may harm the kidneys.").msgstr = "Кратом может вредить почкам."  # any form of почка counts
    po.save(str(path))
    assert stele("--project", site, "check", "--select", "coverage").exit_code == 0


def test_meaning_tables_add_negations(site: Path, stele: Run) -> None:
    _add_message(site, "This is not a cure.", "Это отнюдь лекарство.", disclaimer=True)
    assert stele("--project", site, "check", "--select", "polarity").exit_code == 1
    _config(site, '\n[meaning.ru]\nnegations = ["отнюдь"]\n')
    assert stele("--project", site, "check", "--select", "polarity").exit_code == 0


def test_a_bad_meaning_table_is_an_error_at_its_line(site: Path, stele: Run) -> None:
    _config(site, '\n[meaning.ru]\nnegations = "не"\n')
    result = stele("--project", site, "check")
    assert result.exit_code == 2
    lines = (site / "stele.toml").read_text(encoding="utf-8").splitlines()
    line = lines.index('negations = "не"') + 1
    assert result.stderr == (f'stele.toml:{line}: [meaning.ru] negations is the string \'не\'; write a list: '
                             'negations = ["не"]\n')


def test_meaning_tables_add_stand_in_words(site: Path, stele: Run) -> None:
    """An emphatic word a project adds says "always" where the source says it, as the built-in «обязательно» does."""
    _add_message(site, "Always consult a doctor first.", "Всенепременно сначала посоветуйтесь с врачом.",
                 disclaimer=True)
    result = stele("--project", site, "check", "--select", "modality")
    assert result.exit_code == 1 and "translation loses “always” (“always”)" in result.stdout
    _config(site, '\n[meaning.ru]\nemphatic = ["всенепременно"]\n')
    assert stele("--project", site, "check", "--select", "modality").exit_code == 0
