"""A month or a time of day named in the source and said by its number in the translation: Django's "May" → «5月»,
"October" → «10월», "Sept." → «9月», "Noon" → «12» were 230 of the 415 numbers warnings on the Django + Sphinx
catalogs ("is in the translation but not in the source"). The names are CLDR's (through Babel), wide and abbreviated,
and a month's name counts only where it is capitalised as CLDR writes it or is the whole text ("you may" is no May).
Another number is still reported. An hour of the clock: "6 p.m." → "18:00", "18 Uhr" was "value changed: 6 → 18"
where the translation's words for the afternoon are unknown (both sides' hours were read before noon; now a side that
writes 18 keeps it), and "6 a.m." → "6h", "6 óra" a unit changed (none → h): 34 of the numbers warnings."""

from __future__ import annotations

from pathlib import Path

import pytest

from stele.rules.calendar_words import named_numbers
from stele.rules.numbers import compare_numbers
from tests.test_meaning_probe import Run

FAITHFUL = [
    ("ja", "May", "5月"),
    ("ja", "Sept.", "9月"),
    ("ja", "jan", "1月"),
    ("ko", "October", "10월"),
    ("zh_Hans", "December", "12月"),
    ("fi", "Noon", "12"),
    ("he", "noon", "12 בצהריים"),
    ("fi", "Midnight", "24"),
    ("ja", "Take it from March to May.", "3月から5月まで服用してください。"),
]


@pytest.mark.parametrize(("locale", "source", "text"), FAITHFUL)
def test_a_month_or_hour_said_by_its_number_is_no_problem(locale: str, source: str, text: str) -> None:
    assert compare_numbers(source, text, target_locale=locale) == []


TAMPERED = [
    ("ja", "May", "6月", ['"6" is in the translation but not in the source']),
    ("ko", "October", "11월", ['"11" is in the translation but not in the source']),
    ("ja", "Sept.", "10月", ['"10" is in the translation but not in the source']),
    ("fi", "Noon", "13", ['"13" is in the translation but not in the source']),
    ("ru", "You may take it with water.", "Можно запивать 5 глотками воды.",
     ['"5" is in the translation but not in the source']),  # "may" in a sentence is no month
    ("ru", "The march lasted all day.", "Поход с 3 привалами длился весь день.",
     ['"3" is in the translation but not in the source']),  # nor "march"
]


@pytest.mark.parametrize(("locale", "source", "text", "problems"), TAMPERED)
def test_another_number_is_still_reported(locale: str, source: str, text: str, problems: list[str]) -> None:
    assert compare_numbers(source, text, target_locale=locale) == problems


@pytest.mark.parametrize(("text", "numbers"), [
    ("May", {5}), ("may", {5}), ("You may take it", set()), ("The march of time", set()), ("In March", {3}),
    ("Sept.", {9}), ("Jan.", {1}), ("jan", {1}), ("Noon", {12}), ("at noon", {12}), ("Midnight", {0, 12, 24}),
    ("Monday", set()),
])
def test_named_numbers(text: str, numbers: set[int]) -> None:
    assert {number for number, _, _ in named_numbers(text, "en")} == numbers


def test_django_month_names_pass_check(tmp_path: Path, stele: Run) -> None:
    """A Japanese catalog of Django's month names, as Django ships it: no finding."""
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"]
    entries = "".join(f'msgctxt "abbrev. month"\nmsgid "{name[:3].lower()}"\nmsgstr "{n}月"\n\n'
                      f'msgid "{name}"\nmsgstr "{n}月"\n\n' for n, name in enumerate(months, 1))
    path = tmp_path / "ja" / "LC_MESSAGES" / "django.po"
    path.parent.mkdir(parents=True)
    path.write_text('msgid ""\nmsgstr ""\n"Language: ja\\n"\n"MIME-Version: 1.0\\n"\n'
                    '"Content-Type: text/plain; charset=UTF-8\\n"\n"Content-Transfer-Encoding: 8bit\\n"\n'
                    '"Plural-Forms: nplurals=1; plural=0;\\n"\n\n' + entries, encoding="utf-8")
    result = stele("check", str(path), "--select", "numbers")
    assert (result.exit_code, result.output) == (0, "1 file checked: 0 errors, 0 warnings, 0 notes\n")


CLOCK_FAITHFUL = [
    ("af", "6 p.m.", "18:00"),
    ("de", "6 p.m.", "18 Uhr"),
    ("hu", "6 a.m.", "Reggel 6 óra"),
    ("cs", "6 p.m.", "6h večer"),
    ("nl", "6 p.m.", "6 uur 's avonds"),
    ("ru", "Take it at 8 a.m.", "Принимайте в 8 утра."),
    ("uk", "Take it at 8 a.m.", "Приймайте о 8 ранку."),
]


@pytest.mark.parametrize(("locale", "source", "text"), CLOCK_FAITHFUL)
def test_an_hour_of_the_clock_as_another_clock_writes_it(locale: str, source: str, text: str) -> None:
    assert compare_numbers(source, text, target_locale=locale) == []


@pytest.mark.parametrize(("locale", "source", "text", "problems"), [
    ("sr", "6 a.m.", "18ч", ['"6 a.m." became "18" (value changed: 6 → 18)']),  # Django's own Serbian
    ("ru", "Take it at 8 a.m.", "Принимайте в 9 утра.", ['"8 a.m." became "9 утра" (value changed: 8 → 9)']),
    ("de", "Take it at 6 p.m.", "Um 19 Uhr einnehmen.", ['"6 p.m." became "19" (value changed: 6 → 19)']),
    ("ru", "Take 6 tablets.", "Принимайте 6 часов.", ['"6 tablets" became "6 часов" (unit changed: tablet → h)']),
])
def test_another_hour_is_reported(locale: str, source: str, text: str, problems: list[str]) -> None:
    assert compare_numbers(source, text, target_locale=locale) == problems
