"""Unit words from CLDR (via Babel): each locale's names of the units stele compares, in every plural form and
length, for the numbers rule's unit patterns (rules/number_syntax.py); stele's own words are in
rules/number_vocabulary.py."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import lru_cache

from babel import Locale

from stele.rules.cldr_numbers import number_data
from stele.rules.number_vocabulary import EN_UNITS, LANGUAGE_UNITS, STARTERS, range_words

# Canonical unit id → CLDR unit key: Babel's unit patterns give every language's names, in every plural form.
CLDR_UNITS: dict[str, str] = {
    "mcg": "mass-microgram",
    "mg": "mass-milligram",
    "g": "mass-gram",
    "kg": "mass-kilogram",
    "ml": "volume-milliliter",
    "dl": "volume-deciliter",
    "l": "volume-liter",
    "tbsp": "volume-tablespoon",
    "dsp": "volume-dessert-spoon",
    "tsp": "volume-teaspoon",
    "%": "concentr-percent",
    "°c": "temperature-celsius",
    "°f": "temperature-fahrenheit",
    "h": "duration-hour",
    "min": "duration-minute",
    "sec": "duration-second",
    "day": "duration-day",
    "week": "duration-week",
    "month": "duration-month",
    "year": "duration-year",
}

# Range words that join two numbers only where a unit follows the second ("1 or 2 tablets" is «1–2 таблетки»; "2.5
# or 3.0", two versions, is no range): range words of their language too (``range_words``).
_UNSPACED = re.compile("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _pattern_words(patterns: Mapping[str, str]) -> Iterator[str]:
    for count, pattern in patterns.items():
        if count == "per" or "{0}" not in pattern:
            continue
        before, after = pattern.split("{0}", 1)
        word = " ".join(after.split()) if not before.strip() else ""
        if word and not any(ch.isdigit() for ch in word):
            yield word


def _slash_words(data: Mapping[str, Mapping[str, Mapping[str, str]]]) -> Iterator[tuple[str, str]]:
    """(unit, word) for the word after the slash of each "per" pattern ("{0}/giờ": CLDR writes Vietnamese hours
    «tiếng» after a number and «giờ» after a slash, and translators write «giờ»), in a locale whose per patterns name
    the units as its count patterns do (4 in 5 of them: Serbian's "{0}/дневно", daily, is no count of days), where
    the word is one of two letters or more in a script written with spaces (Japanese "{0}/月" is per month, "1月"
    January). A per pattern without a slash says a rate ("{0} в час"), not a count."""
    found: list[tuple[str, str, bool]] = []
    for unit, key in CLDR_UNITS.items():
        for patterns in (data.get(key) or {}).values():
            per = patterns.get("per", "").replace("{0}", "", 1).strip()
            if "{0}" in patterns.get("per", "") and per.startswith("/"):
                word = per[1:].strip().lower()
                found.append((unit, word, word in {w.lower() for w in _pattern_words(patterns)}))
    if len(found) < 5 or sum(named for _, _, named in found) < 0.8 * len(found):
        return
    for unit, word, _ in found:
        if len(word.split()) == 1 and sum(ch.isalpha() for ch in word) >= 2 and not _UNSPACED.search(word) \
                and not any(ch.isdigit() for ch in word):
            yield unit, word


@lru_cache(maxsize=128)
def unit_words(locale: str) -> dict[str, tuple[str, ...]]:
    """Canonical unit id → the unit's names and symbols in ``locale`` (written after the number), from CLDR.

    A word CLDR uses for two units ("m" for minute and month) is left out: it cannot tell them apart; so is one that
    stele's own words give another unit, which are read first (Russian «г.», CLDR's year, is «г», grams: a search
    of the durations alone must find what a search of every unit word finds).
    """
    data = number_data(Locale.parse(locale)).get("unit_patterns", {})
    owners: dict[str, set[str]] = {}
    for unit, key in CLDR_UNITS.items():
        lengths = data.get(key)
        if lengths is None:
            continue
        for length in ("long", "short", "narrow"):
            for word in _pattern_words(lengths.get(length, {})):
                owners.setdefault(word.lower(), set()).add(unit)
    for unit, word in _slash_words(data):
        owners.setdefault(word, set()).add(unit)
    words: dict[str, list[str]] = {}
    language = locale.split("_")[0]
    common = set(range_words(language)) | STARTERS.get(language, frozenset())
    for word, units in owners.items():
        if len(units) == 1 and (len(word) > 1 or not word.isalpha() or _UNSPACED.match(word)) and word not in common \
                and _own_unit(word, language) in (None, next(iter(units))):
            words.setdefault(next(iter(units)), []).append(word)
    return {unit: tuple(sorted(found, key=len, reverse=True)) for unit, found in words.items()}


def _own_unit(word: str, language: str) -> str | None:
    """The unit stele's own words (EN_UNITS, the language's LANGUAGE_UNITS) give ``word``, if any."""
    pattern, units = _own_words(language)
    found = pattern.fullmatch(word)
    return units[int(found.lastgroup[1:])] if found is not None and found.lastgroup else None


@lru_cache(maxsize=256)
def _own_words(language: str) -> tuple[re.Pattern[str], list[str]]:
    own = list({**EN_UNITS, **LANGUAGE_UNITS.get(language, {})}.items())
    return re.compile("|".join(f"(?P<o{i}>{regex})" for i, (_, regex) in enumerate(own)), re.IGNORECASE), \
        [unit for unit, _ in own]


def unit_alternatives(locale: str, *, endings: bool) -> dict[str, str]:
    """Canonical unit id → a regex of its CLDR names in ``locale``, in lower case (to be matched in a lowered text,
    or with IGNORECASE); ``endings``: with the short endings CLDR does not list (a language whose every form stele
    does not know)."""
    return {unit: "(?:" + "|".join(_word_regex(w, endings) for w in sorted(words, key=len, reverse=True)) + ")"
            for unit, words in unit_words(locale).items()}


def _word_regex(word: str, endings: bool) -> str:
    """A unit name as a regex; with ``endings``, a name of three letters or more may take a short ending CLDR does
    not list (German "Tagen" for "Tage", Spanish "meses" for "mes"; not Russian "лет" + "о", «лето» is summer)."""
    regex = r"[^\S\n]*".join(re.escape(part) for part in word.split())
    spaced = word.isalpha() and _UNSPACED.match(word) is None
    return regex + r"\w{0,2}" if endings and spaced and len(word) >= 3 else regex
