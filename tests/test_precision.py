"""Precision (issue 12): no false alarms on faithful catalogs in any language, and tampers still caught."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from stele.rules.numbers import number_problems

from .conftest import write

Finding = tuple[int, str, str, str]  # (line, severity, rule, message)


def header(language: str | None) -> str:
    lang = f'"Language: {language}\\n"\n' if language else ""
    return ('msgid ""\nmsgstr ""\n"Project-Id-Version: demo\\nPO-Revision-Date: 2026-01-02 10:00+0000\\n'
            'Last-Translator: Ann <ann@example.org>\\nLanguage-Team: Team <team@example.org>\\n"\n' + lang
            + '"MIME-Version: 1.0\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
            '"Content-Transfer-Encoding: 8bit\\n"\n\n')


def entry(msgid: str, msgstr: str, comments: str = "") -> str:
    return f'{comments}msgid "{msgid}"\nmsgstr "{msgstr}"\n\n'


def check(stele: Callable[..., Result], path: Path, *rules: str) -> list[Finding]:
    """stele check on one catalog (path mode): its findings as (line, severity, rule, message)."""
    args = ["check", path, "--format", "json", *(["--select", ",".join(rules)] if rules else [])]
    result = stele(*args)
    assert result.exit_code in (0, 1), result.output
    report = json.loads(result.stdout)
    return [(f["line"], f["severity"], f["rule"], f["message"]) for f in report["findings"]]


def errors(found: list[Finding]) -> list[Finding]:
    return [f for f in found if f[1] == "error"]


# Locale: header, else path; scripts and modifiers -------------------------------------------------------------


def test_a_gnu_po_folder_names_the_locale_without_a_header(tmp_path: Path, stele: Callable[..., Result]) -> None:
    po = write(tmp_path / "po" / "ru.po", header(None) + entry("Take 5 mg daily", "Принимайте 5 г ежедневно"))
    assert errors(check(stele, po, "numbers")) == [
        (9, "error", "numbers", '"5 mg" became "5 г" (unit changed: mg → g)')]
    write(po, header(None) + entry("Take 5 mg daily", "Принимайте 5 мг ежедневно"))
    assert check(stele, po, "numbers", "skipped") == []


def test_a_catalog_whose_locale_cannot_be_told_gets_one_warning(tmp_path: Path, stele: Callable[..., Result]) -> None:
    """One warning that the locale-aware rules are skipped (and msgfmt -c's own about the missing field)."""
    po = write(tmp_path / "messages.po", header(None) + entry("Take 5 mg", "Take 50 mg") + entry("OK", "Okay"))
    assert check(stele, po) == [
        (1, "warning", "skipped", "cannot tell the catalog's locale: set its Language header or put it under "
         "<locale>/LC_MESSAGES/; skipped the locale-aware rules numbers, script, glossary, disclaimer wording"),
        (2, "warning", "header-fields", "header field 'Language' is missing; add it (msginit writes every standard "
         "field)")]


@pytest.mark.parametrize("folder", ["sr@latin", "sr@Latn", "sr_Latn", "sr"])
def test_serbian_in_latin_script_is_serbian(tmp_path: Path, stele: Callable[..., Result], folder: str) -> None:
    po = write(tmp_path / folder / "LC_MESSAGES" / "django.po",
               header(None) + entry("Consult a doctor before use", "Posavetujte se sa lekarom pre upotrebe"))
    assert check(stele, po, "script", "skipped") == []


def test_serbian_named_cyrillic_in_latin_script_is_caught(tmp_path: Path, stele: Callable[..., Result]) -> None:
    po = write(tmp_path / "sr@cyrillic" / "LC_MESSAGES" / "django.po",
               header(None) + entry("Consult a doctor before use", "Posavetujte se sa lekarom pre upotrebe"))
    assert check(stele, po, "script") == [
        (9, "error", "script", "translation has no Cyrillic letters; is it in the right language?")]


# script: short strings, names and codes are not errors; text in another language is ----------------------------


def test_script_spares_codes_names_and_one_word(tmp_path: Path, stele: Callable[..., Result]) -> None:
    po = write(tmp_path / "el" / "LC_MESSAGES" / "django.po", header("el")
               + entry("OK", "OK") + entry("Export to PDF", "PDF") + entry("%(value)s googol", "%(value)s googol")
               + entry("Search in Django", "Django") + entry("Unit", "Unit")
               + entry("Take the medicine with water", "Πάρτε το φάρμακο με νερό"))
    assert errors(check(stele, po, "script")) == []


def test_script_spares_a_code_spelled_otherwise(tmp_path: Path, stele: Callable[..., Result]) -> None:
    """GNU Health's Greek and Arabic lab catalogs write "RDWcv" as "RDW-CV": a code of one word, in other case or
    with a hyphen, is the code kept; a two-word source left in other case is not ("CONSULT A DOCTOR" below)."""
    po = write(tmp_path / "el" / "LC_MESSAGES" / "lab.po", header("el")
               + entry("RDWcv", "RDW-CV") + entry("Email", "E-mail") + entry("WiFi", "Wi-Fi")
               + entry("Remove", "Delete entry") + entry("Take the medicine with water", "Πάρτε το φάρμακο με νερό"))
    assert check(stele, po, "script") == [
        (19, "error", "script", "translation has no Greek letters; is it in the right language?")]


def test_script_catches_a_translation_left_in_english(tmp_path: Path, stele: Callable[..., Result]) -> None:
    po = write(tmp_path / "ru" / "LC_MESSAGES" / "django.po", header("ru")
               + entry("Consult a doctor before use", "CONSULT A DOCTOR BEFORE USE")
               + entry("Take the medicine with water", "Примите лекарство с водой"))
    assert check(stele, po, "script") == [
        (10, "error", "script", "translation has no Cyrillic letters; is it in the right language?")]


def test_a_catalog_written_in_another_script_gets_one_warning(tmp_path: Path, stele: Callable[..., Result]) -> None:
    body = "".join(entry(f"Message number {w}", f"Poruka broj {w}") for w in "abcdefghijkl")
    po = write(tmp_path / "ru" / "LC_MESSAGES" / "django.po", header("ru") + body)
    assert check(stele, po, "script") == [
        (1, "warning", "script", "12 of 12 translations have no Cyrillic letters: is the catalog's locale 'ru' "
         "right (another script, e.g. @latin)?")]


# numbers in every CLDR locale ---------------------------------------------------------------------------------

FAITHFUL = {
    "de": "Nehmen Sie 1 bis 3 Gramm, höchstens 5 mg pro Tag, für 7 Tage.",
    "es": "Tome de 1 a 3 gramos, como máximo 5 mg al día, durante 7 días.",
    "pl": "Przyjmuj od 1 do 3 gramów, najwyżej 5 mg dziennie, przez 7 dni.",
    "fr": "Prenez de 1 à 3 grammes, au plus 5 mg par jour, pendant 7 jours.",
    "it": "Prendere da 1 a 3 grammi, al massimo 5 mg al giorno, per 7 giorni.",
    "nl": "Neem 1 tot 3 gram, hoogstens 5 mg per dag, gedurende 7 dagen.",
    "ja": "1〜3グラムを、1日5 mgまで、7日間服用してください。",
}
SOURCE = "Take 1-3 grams, at most 5 mg a day, for 7 days."


@pytest.mark.parametrize("locale", sorted(FAITHFUL))
def test_a_faithful_dose_passes_in_every_language(locale: str) -> None:
    assert number_problems(SOURCE, FAITHFUL[locale], target_locale=locale) == []


@pytest.mark.parametrize(("locale", "tampered", "problem"), [
    ("de", "Nehmen Sie 1 bis 3 Gramm, höchstens 5 Gramm pro Tag, für 7 Tage.", '"5 mg" became "5 Gramm" (unit'),
    ("es", "Tome de 1 a 3 gramos, como máximo 5 gramos al día, durante 7 días.", '"5 mg" became "5 gramos" (unit'),
    ("pl", "Przyjmuj od 1 do 3 gramów, najwyżej 5 gramów dziennie, przez 7 dni.", '"5 mg" became "5 gramów" (unit'),
    ("fr", "Prenez de 1 à 3 milligrammes, au plus 5 mg par jour, pendant 7 jours.", '"1-3 grams" became "de 1 à 3'),
    ("it", "Prendere 3 grammi, al massimo 5 mg al giorno, per 7 giorni.", '"1-3 grams" became "3 grammi" (the range'),
    ("de", "Nehmen Sie 1 bis 3 Gramm, höchstens 5 mg pro Tag, für 7 Wochen.", '"7 days" became "7 Wochen" (unit'),
])
def test_a_unit_changed_or_a_range_lost_is_an_error(locale: str, tampered: str, problem: str) -> None:
    found = number_problems(SOURCE, tampered, target_locale=locale)
    assert [p.severity for p in found] == ["error"] and found[0].text.startswith(problem), found


@pytest.mark.parametrize(("locale", "translation"), [
    ("fa", "۴ مورد از %(total)s انتخاب شده"), ("ar", "تم اختيار ٤ من %(total)s"),
    ("hi", "%(total)s में से ४ चुने गए"), ("ja", "%(total)s 件中 ４ 件を選択"),
])
def test_digits_of_every_decimal_system_are_numbers(locale: str, translation: str) -> None:
    assert number_problems("4 of %(total)s selected", translation, target_locale=locale) == []
    wrong = translation.replace("۴", "۵").replace("٤", "٥").replace("४", "५").replace("４", "５")
    assert [p.text for p in number_problems("4 of %(total)s selected", wrong, target_locale=locale)] == [
        '"4" is missing from the translation', '"5" is in the translation but not in the source'] or \
        number_problems("4 of %(total)s selected", wrong, target_locale=locale)


def test_number_words_are_compared_by_value() -> None:
    source = "Take 1-3 grams a day"
    assert number_problems(source, "Принимайте от одного до трёх граммов в день", target_locale="ru") == []
    assert number_problems(source, "Приймайте від одного до трьох грамів на день", target_locale="uk") == []
    wrong = number_problems(source, "Принимайте от двух до четырёх граммов в день", target_locale="ru")
    assert [(p.severity, p.text) for p in wrong] == [
        ("error", '"1-3 grams" became "от двух до четырёх граммов" (value changed: 1–3 → 2–4)')]
    assert number_problems("Past 7 days", "Últimos siete días", target_locale="es") == []
    assert number_problems("Past 7 days", "Die letzte Woche", target_locale="de") == []


def test_bare_numbers_added_are_warnings_and_a_lost_dose_is_an_error() -> None:
    added = number_problems("In the evening", "Am Abend um 18 Uhr", target_locale="de")
    assert [(p.severity, p.text) for p in added] == [("warning", '"18" is in the translation but not in the source')]
    assert number_problems("6 p.m.", "18 Uhr", target_locale="de") == []  # the 24-hour clock: the same hour
    lost = number_problems("Take 5 mg twice, 2 hours apart", "Zweimal einnehmen, 2 Stunden Abstand", target_locale="de")
    assert [(p.severity, p.text) for p in lost] == [("error", '"5 mg" is missing from the translation')]


# Symbolic message IDs (Zope, Plone) ---------------------------------------------------------------------------

PLONE_DEFAULT = '#. Default: "Events in the next 7 days, at most 5 mg."\n#: event_listing.py:284\n'


def test_symbolic_ids_are_checked_against_their_default_text(tmp_path: Path, stele: Callable[..., Result]) -> None:
    po = write(tmp_path / "de" / "LC_MESSAGES" / "plone.po", header("de")
               + entry("events_next", "Termine in den nächsten 7 Tagen, höchstens 5 mg.", PLONE_DEFAULT)
               + entry("weekday_wed_short", "Mi"))
    assert check(stele, po, "numbers", "markup", "script") == []
    write(po, header("de") + entry("events_next", "Termine in den nächsten 7 Tagen, höchstens 5 g.", PLONE_DEFAULT))
    assert errors(check(stele, po, "numbers")) == [
        (12, "error", "numbers", '"5 mg" became "5 g" (unit changed: mg → g)')]


def test_symbolic_ids_with_no_default_are_skipped_with_one_info(tmp_path: Path, stele: Callable[..., Result]) -> None:
    po = write(tmp_path / "de" / "LC_MESSAGES" / "plone.po", header("de")
               + entry("help_portrait", "Ein Bild von 75 x 100 Pixeln") + entry("label_title_2", "Titel der 2 Seiten"))
    assert check(stele, po) == [
        (1, "info", "skipped", "2 message(s) have symbolic IDs (like 'label_title') and no '#. Default: \"…\"' "
         "text to compare with; markup, numbers and script skipped them")]


def test_a_key_with_an_underscore_is_symbolic_whatever_its_translation(tmp_path: Path,
                                                                       stele: Callable[..., Result]) -> None:
    """Plone's recurrence widget: "yearly_day_of_month_1" → "Jeden", "weekly_interval_2" → "week(s)", "range_no_end"
    → "Niemals", a key's digits and words read as the text's (377 warnings of numbers, polarity and modality in
    plone.app.locales). A key kept as itself, or an identifier of dots and a one-word translation, is still read."""
    po = write(tmp_path / "de" / "LC_MESSAGES" / "plone.po", header("de")
               + entry("yearly_day_of_month_1", "Jeden") + entry("weekly_interval_2", "Woche(n)")
               + entry("range_no_end", "Niemals") + entry("monthly_weekday_of_month_3", " ")
               + entry("html_theme_2", "html_theme_2") + entry("v1.2", "v1.3"))
    assert check(stele, po) == [
        (1, "info", "skipped", "4 message(s) have symbolic IDs (like 'label_title') and no '#. Default: \"…\"' "
         "text to compare with; markup, numbers and script skipped them"),
        (21, "warning", "same-as-source", "translation is the same as the source text"),
        (25, "warning", "numbers", '"1.2" became "1.3" (value changed: 1.2 → 1.3)')]


# markup: Markdown only where stele extracted it; real HTML tags only -----------------------------------------


def test_plain_catalogs_are_not_read_as_markdown(tmp_path: Path, stele: Callable[..., Result]) -> None:
    po = write(tmp_path / "da" / "LC_MESSAGES" / "sphinx.po", header("da")
               + entry("<original entry>", "<oprindeligt punkt>")
               + entry("unknown option `{name}'", "ukendt tilvalg {name}")
               + entry("Use *args and **kwargs", "Brug *args og **kwargs")
               + entry("Click to edit", "Klik for at <strong>redigere</strong>"))
    assert check(stele, po, "markup") == [
        (19, "warning", "markup", "translation adds markup the source does not have: </strong>, <strong>")]


def test_active_html_and_unsafe_links_are_errors_everywhere(tmp_path: Path, stele: Callable[..., Result]) -> None:
    po = write(tmp_path / "de" / "LC_MESSAGES" / "django.po", header("de")
               + entry("Take 5 mg", "Nehmen Sie 5 mg <script>alert(1)</script>")
               + entry("See <a href='/help'>help</a>", "Siehe <a href='javascript:alert(1)'>Hilfe</a>"))
    assert [(line, severity) for line, severity, _, _ in check(stele, po, "markup")] == [(10, "error"), (13, "error")]


def test_markdown_from_md_sources_keeps_links_and_may_restyle(tmp_path: Path, stele: Callable[..., Result]) -> None:
    ref = "#: source/dosage.md:12\n"
    po = write(tmp_path / "de" / "LC_MESSAGES" / "dosage.po", header("de")
               + entry("See [the guide](/guide) and *rest*", "Siehe [den Leitfaden](/guide) und **Ruhe**", ref)
               + entry("See [the guide](/guide)", "Siehe den Leitfaden", ref))
    assert check(stele, po, "markup") == [
        (11, "warning", "markup", "translation adds markup the source does not have: bold"),
        (15, "error", "markup", "translation loses markup or link targets of the source: a link to /guide")]


def test_a_unit_dropped_is_an_error_where_stele_knows_every_form_of_the_units() -> None:
    ru = number_problems("Take 482 mg of the powder", "Примите 482 порошка", target_locale="ru")
    assert [(p.severity, p.text) for p in ru] == [("error", '"482 mg" became "482" (unit changed: mg → none)')]
    de = number_problems("Take 482 mg of the powder", "Nehmen Sie 482 Pulver", target_locale="de")
    assert [p.severity for p in de] == ["warning"]


def test_fuzzy_translations_are_left_to_the_fuzzy_rule(tmp_path: Path, stele: Callable[..., Result]) -> None:
    po = write(tmp_path / "de" / "LC_MESSAGES" / "django.po", header("de")
               + entry("Take 5 mg", "Nehmen Sie 50 mg", "#, fuzzy\n"))
    assert check(stele, po, "numbers", "fuzzy") == [
        (10, "warning", "fuzzy", "translation is fuzzy: review it and remove the fuzzy flag")]


def test_a_markdown_flag_makes_a_plain_catalog_markdown(tmp_path: Path, stele: Callable[..., Result]) -> None:
    text = entry("See [the guide](/guide)", "Siehe den Leitfaden")
    po = write(tmp_path / "de" / "LC_MESSAGES" / "docs.po", header("de") + text)
    assert check(stele, po, "markup") == []
    write(po, header("de") + "#, markdown\n" + text)
    assert check(stele, po, "markup") == [
        (11, "error", "markup", "translation loses markup or link targets of the source: a link to /guide")]
