"""Months and times of day named in words (CLDR's names, through Babel), and Roman numerals, for the numbers rule: a
translation may write their number instead ("May" → «5月», "October" → «10월», "Noon" → «12», "Level III" →
«レベル３»), or the other way."""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from functools import lru_cache

from babel import Locale, UnknownLocaleError

from stele.rules.number_tokens import Quantity

_HOURS = {"noon": frozenset({12}), "midnight": frozenset({0, 12, 24})}  # CLDR's day periods that are one hour


def named_numbers(text: str, locale: str) -> list[tuple[int, str, int]]:
    """The months and hours ``text`` names, each as (its number, the word, where): 1 for "January", "Jan." and "jan";
    12 for "noon" in any case. A month's name, which may be a common word too ("May", "March"), counts where it is
    written as CLDR writes it (capital first) or is the whole text."""
    months, hours = _names(locale)
    named = _named(locale)
    if named is None or named.search(text) is None:  # (the common case, answered by one search)
        return []
    alone = text.strip()
    found: list[tuple[int, str, int]] = []
    for match in named.finditer(text):
        word = match.group()
        key = word.rstrip(".").casefold()
        values = hours.get(key)
        if values is None and (word[:1].isupper() or word == alone):
            values = months.get(key) or months.get(word.casefold())
        found += [(number, word, match.start()) for number in sorted(values or ())]
    return found


@lru_cache(maxsize=32)
def _named(locale: str) -> re.Pattern[str] | None:
    """Where ``_names`` may be in a text: any of them as a whole word (with its dot), in any case."""
    months, hours = _names(locale)
    if not months:
        return None
    words = sorted({name.rstrip(".") for name in (*months, *hours)}, key=len, reverse=True)
    return re.compile(rf"(?<![^\W\d_])(?:{'|'.join(map(re.escape, words))})(?![^\W\d_])\.?", re.IGNORECASE)


@lru_cache(maxsize=32)
def _names(locale: str) -> tuple[dict[str, frozenset[int]], dict[str, frozenset[int]]]:
    """Each month's wide and abbreviated names (both contexts), and each prefix of three letters or more of the wide
    name written with a dot ("Sept."), casefolded, without the dot → its number; the names of the day periods that
    are one hour (noon, midnight) → the hours they may be written as."""
    try:
        loc = Locale.parse(locale)
    except (UnknownLocaleError, ValueError):
        return {}, {}
    months: dict[str, set[int]] = {}
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for number, name in loc.months[context][width].items():
                months.setdefault(str(name).rstrip(".").casefold(), set()).add(int(number))
        for number, name in loc.months[context]["wide"].items():
            wide = str(name).casefold()
            for size in range(3, len(wide)):
                months.setdefault(wide[:size] + ".", set()).add(int(number))
    hours = {str(name).casefold(): _HOURS[period] for period, name in loc.day_periods["stand-alone"]["wide"].items()
             if period in _HOURS}
    return {name: frozenset(numbers) for name, numbers in months.items()}, hours


# A Roman numeral of two letters or more, capitals, as a word ("Stage II", "Schedule IV"; not "MIX", "DIV": up to
# XXXIX, as stages, grades, levels and schedules run), or of one letter after a word that numbers ("Level I",
# "Type V"; not the pronoun "I").
_ROMAN = re.compile(r"(?<![\w.-])(?:(?:X{0,3})(?:IX|IV|V?I{0,3}))(?![\w-]|\.\w)")
_NUMBERING = re.compile(r"(?i:level|stage|grade|type|class|phase|schedule|part|chapter|category|step|degree|"
                        r"tier|group|section)\s+$")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}


def roman_numbers(text: str) -> list[tuple[int, str, int]]:
    """The Roman numerals of ``text`` (``_ROMAN``), each as (its value, the numeral, where)."""
    if not any(letter in text for letter in "IVX"):
        return []
    found = []
    for match in _ROMAN.finditer(text):
        numeral = match.group()
        if not numeral or (len(numeral) == 1 and _NUMBERING.search(text, 0, match.start()) is None):
            continue
        found.append((_value(numeral), numeral, match.start()))
    return found


def _value(numeral: str) -> int:
    values = [_ROMAN_VALUES[letter] for letter in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def with_named(source: str, src: list[Quantity], translation: str, tgt: list[Quantity], source_locale: str) \
        -> tuple[list[Quantity], list[Quantity]]:
    """The quantities of each side with the numbers it names where the other has a bare number it lacks: the
    source's months and hours ("May" → «5月», "Noon" → «12»), each side's Roman numerals ("Level III" → «レベル３»,
    "Stage 2" → "Stade II"): the same number, written otherwise (nothing lost where the other side has none)."""
    if _lacking(src, tgt, _of_a_day):
        src = src + _quantities(named_numbers(source, source_locale))
    source_lacks, translation_lacks = _lacking(src, tgt, _roman_range), _lacking(tgt, src, _roman_range)
    return (src + _quantities(roman_numbers(source)) if source_lacks else src), \
        (tgt + _quantities(roman_numbers(translation)) if translation_lacks else tgt)


def _of_a_day(value: Decimal) -> bool:
    return value <= 24  # a month's or an hour's number


def _roman_range(value: Decimal) -> bool:
    return value < 40  # up to XXXIX (``_ROMAN``)


def _lacking(ours: list[Quantity], theirs: list[Quantity], fits: Callable[[Decimal], bool]) -> bool:
    """Whether ``theirs`` has a bare number that ``fits`` and that ``ours`` lacks."""
    return any(q.unit is None and fits(q.low) and all(o.low != q.low for o in ours) for q in theirs)


def _quantities(found: list[tuple[int, str, int]]) -> list[Quantity]:
    """Numbers named by words or numerals (value, word, where) as the numbers rule's quantities."""
    return [Quantity(Decimal(n), None, None, word, at, word=True, implied=True) for n, word, at in found]
