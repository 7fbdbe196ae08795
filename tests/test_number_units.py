"""The numbers rule's unit patterns: tried in turn, they find what one alternation of every unit word finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from stele.rules import number_tokens
from stele.rules.durations import _after_number_word, _rates, implied
from stele.rules.number_syntax import _SPACES, _UNIT_END, _UNSPACED, has_unspaced, syntax
from stele.rules.number_tokens import _blank, tokens
from stele.rules.numbers import compare_numbers

LOCALES = ["en", "ru", "uk", "de", "ja", "zh_Hans", "th", "ko", "fr_CA", "tr"]
PIECES = ["5", " ", "mg", "MG", "Mg", "g", "grams", "г", "грамм", "мг", "Tage", "Tagen", "日", "日間", "วัน", "시간",
          "分", "%", "/", "kg", "-", "week", "недели", "a", "x", "×", "時間", "mL", "heures", "h", ".", "ç", "saat",
          "mG", "TAGEN", "hEURES", "İ", "Minuten"]


def _one_alternation(locale: str) -> re.Pattern[str]:
    """The unit pattern as it was: every unit word of the locale in one alternation, compiled per locale."""
    alternatives = "|".join(alternation for alternation, _ in syntax(locale).units)
    return re.compile(rf"(?:{alternatives}){_UNIT_END}", re.IGNORECASE)


def _found(match: re.Match[str] | None) -> tuple[int, int, str | None] | None:
    return None if match is None else (match.start(), match.end(), match.lastgroup)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(LOCALES), st.lists(st.sampled_from(PIECES), max_size=8).map("".join), st.integers(0, 12))
def test_unit_patterns_in_turn_match_as_one_alternation(locale: str, text: str, pos: int) -> None:
    """Both variants on a text with no character of a script written without spaces; the full one on any text."""
    one, at = _one_alternation(locale), min(pos, len(text))
    for unspaced in (False, True) if not has_unspaced(text) else (True,):
        units = syntax(locale, unspaced).unit_word
        assert _found(units.match(text, at)) == _found(one.match(text, at))
        assert _found(units.fullmatch(text)) == _found(one.fullmatch(text))
        assert [_found(m) for m in units.finditer(text)] == [_found(m) for m in one.finditer(text)]


def test_units_of_unspaced_scripts_end_inside_a_word() -> None:
    """"7日間" is 7 days in Japanese; "5 mg日" still has its mg: the wide-range test is there when the text needs it."""
    assert [(q.low, q.unit) for q in tokens("7日間", "ja")[0]] == [(7, "day")]
    assert [(q.unit, q.text) for q in tokens("毎日 5 mg日", "ja")[0]] == [("mg", "5 mg")]
    assert [(q.unit, q.text) for q in tokens("3 วัน", "th")[0]] == [("day", "3 วัน")]
    assert [q.unit for q in implied("ทุกสัปดาห์", "th")] == ["week"]
    assert [q.unit for q in implied("once a week, every week, 2 weeks", "en")] == ["week", "week"]
    assert [q.unit for q in implied("daily, 2 daily, dailyx, weekly", "en")] == ["day", "day", "week"]


def _implied_by_every_unit_word(text: str, locale: str) -> list[tuple[str | None, str, int]]:
    """implied as it was: every unit word searched, its durations kept where a word starts."""
    syn, clean = syntax(locale, has_unspaced(text)), _blank(text)
    found = []
    for m in syn.unit_word.finditer(clean):
        unit = syn.ids[int(m.lastgroup[1:])] if m.lastgroup else None
        before = clean[: m.start()].rstrip(_SPACES + "-")
        start_ok = m.start() == 0 or not clean[m.start() - 1].isalnum() or re.match(f"[{_UNSPACED}]", m.group())
        if unit in ("h", "day", "week", "month", "year") and start_ok and not before[-1:].isdigit() \
                and not _after_number_word(before, syn):
            found.append((unit, clean[m.start(): m.end()], m.start()))
    rates = _rates(syn.language)  # and the words that say a rate alone ("daily"), searched apart in both;
    rated = [(*rates[1][int(m.lastgroup[1:])], m) for m in (rates[0].finditer(clean) if rates else ())
             if m.lastgroup]  # "every other day" (a count of 2) holds its day
    found = [f for f in found if not any(count == 2 and m.start() <= f[2] < m.end() for _, count, m in rated)]
    found += [(unit, m.group(), m.start()) for unit, _, m in rated]
    return sorted(found, key=lambda f: f[2])


DURATION_PIECES = [*PIECES, "day", "days", "Day", "daily", "hour", "hrs", "год", "лет", "дн.", "сутки", "Woche",
                   "semaines", "años", "yr.", "two", "два", "п’ять", "fl oz", "km/h", "mg/day", "i.u.", "/",
                   "every other ", "через ", "день", "г."]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(LOCALES), st.lists(st.sampled_from(DURATION_PIECES), max_size=12).map("".join))
@example("ru", "г.").via("found by a fresh clone's run: CLDR's «г.», a year, is read as «г», grams, first")
@example("ru", "через г.")
def test_durations_searched_alone_are_those_every_unit_word_finds(locale: str, text: str) -> None:
    """implied searches the duration words alone (a dose's rate is compared in every message with a dose: the search
    of every unit word made the numbers rule 3× slower); it finds what that search found."""
    assert [(q.unit, q.text, q.start) for q in implied(text, locale)] == _implied_by_every_unit_word(text, locale)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789½.,'’ \u00a0aбZ_-٫", max_size=12), st.sampled_from(["en", "ru", "de", "fr", "ar"]))
def test_where_a_number_starts_is_found_as_the_plain_pattern_finds_it(text: str, locale: str) -> None:
    """The start pattern tests a decimal symbol's left side after it (so that the search can skip to the characters
    a number starts with); it finds what the plain pattern, with the test before the symbol, finds."""
    syn = syntax(locale)
    decimals = syn.start.pattern.split("|", 1)[1].split("(?<!", 1)[0]
    plain = re.compile(rf"[0-9½¼¾]|(?<![\w.,]){decimals}(?=[0-9])")
    for pos in range(len(text) + 1):
        fast, slow = syn.start.search(text, pos), plain.search(text, pos)
        assert (fast and fast.span()) == (slow and slow.span())


def test_a_digit_of_another_system_is_every_decimal_digit_but_0_to_9() -> None:
    every = "".join(chr(code) for code in range(0x110000) if not 0xD800 <= code < 0xE000)
    assert number_tokens._OTHER_DIGIT.findall(every) == re.findall(r"(?![0-9])\d", every)


GREEK = [("every 2 hours", "Κάθε 2 ώρες", []), ("for 2 days", "για 2 ημέρες", []), ("EVERY 8 HOURS", "ΚΆΘΕ 8 ΏΡΕΣ", []),
         ("every 2 hours", "Κάθε 2 ημέρες", ['"2 hours" became "2 ημέρες" (unit changed: h → day)']),
         ("for 2 days", "για 2 ώρες", ['"2 days" became "2 ώρες" (unit changed: day → h)'])]


@pytest.mark.parametrize(("source", "translation", "problems"), GREEK)
def test_greek_unit_words_end_in_final_sigma(source: str, translation: str, problems: list[str]) -> None:
    """CLDR's Greek plurals end in ς («ώρες», «ημέρες»), which case folding makes σ: the words are matched in the
    lower-cased text, as written (GNU Health's «Κάθε 2 ώρες» for "every 2 hours" was a unit lost)."""
    assert compare_numbers(source, translation, target_locale="el") == problems


PER_SLASH = [
    ("vi", "every 8 hours", "mỗi 8 giờ", []), ("vi", "Wait 2 hours before eating.", "Chờ 2 giờ trước khi ăn.", []),
    ("vi", "every 8 hours", "mỗi 8 tiếng", []), ("vi", "Take it at 8 am.", "Uống lúc 8 giờ sáng.", []),
    ("ja", "January", "1月", []), ("ko", "January", "1월", []), ("el", "6 p.m.", "6 μ.μ.", []),
    ("sr", "Take 2 daily.", "Узмите 2 дневно.", []),
    ("vi", "every 8 days", "mỗi 8 giờ", ['"8 days" became "8 giờ" (unit changed: day → h)']),
    ("vi", "every 8 hours", "mỗi 8 ngày", ['"8 hours" became "8 ngày" (unit changed: h → day)']),
    ("ru", "for 2 months", "2 нед.", ['"2 months" became "2 нед." (unit changed: month → week)']),
    ("uk", "for 2 weeks", "2 міс.", ['"2 weeks" became "2 міс." (unit changed: week → month)']),
]


@pytest.mark.parametrize(("locale", "source", "translation", "problems"), PER_SLASH)
def test_the_unit_after_the_slash_of_a_per_pattern_is_a_unit_word(locale: str, source: str, translation: str,
                                                                 problems: list[str]) -> None:
    """CLDR writes Vietnamese hours «tiếng» after a number and «giờ» after a slash ("{0}/giờ"); translators write
    «giờ» (GNU Health: «mỗi 8 giờ» for "every 8 hours" was a unit lost, 7 warnings). A per pattern's slash word is a
    unit word where it has two letters or more in a script written with spaces (Japanese "{0}/月" is no count: "1月"
    is January; nor Greek "{0}/μ.": "μ.μ." is p.m.), in a locale whose per patterns name the units as its count
    patterns do (Serbian's "{0}/дневно" is daily, no count of days)."""
    assert compare_numbers(source, translation, target_locale=locale) == problems
