"""Decimal numbers in words for the numbers rule: «ноль целых пять десятых» (0.5), "one point five" (1.5), «нуль
кома п’ять», read as one number where num2words' own names of a sample of decimals read back as their values."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from stele.rules.number_words import (
    INFLECTIONS,
    WORD,
    Compound,
    compounding,
    converter,
    joiners,
    multipliers,
    name_compounds,
    name_key,
    number_words,
    spelling_language,
    whole,
    word_key,
)

# Samples whose names show a language's words for the decimal point and for the places («десятых»: one place), and
# which the reading must give back: a whole part of 0, 1 and more, one to three places, a zero after the point.
_SAMPLES = ("0.5", "1.5", "0.1", "0.05", "0.01", "0.005", "0.001", "2.25", "1.05", "0.125", "3.75")
_BLANKS = re.compile(r"[^\S\n]+")
_POINT = re.compile(rf"[^\S\n]+({WORD.pattern})[^\S\n]+")  # the word after a number, between blanks
_PLACES = re.compile(rf"[^\S\n]+({WORD.pattern})")


@dataclass(frozen=True, slots=True)
class DecimalWords:
    points: frozenset[str]  # what comes between the whole part and the fraction: "point", «целых», «кома»
    places: Mapping[str, int]  # a word after the fraction → its places («десятых» 1, «сотых» 2); empty: none written
    # (the fraction is then read as its digits: "point two five", «кома двадцять п’ять», "point zero five")
    language: str = ""
    inflected: bool = False  # with the words' other forms (``_inflected``)


def decimals(text: str, groups: Sequence[Compound], language: str, unit_at: Callable[[int], bool]) -> list[Compound]:
    """``groups`` (``compounds`` of ``text``) with each decimal in words read as one: a whole part, a point word, a
    fraction (and its places' word). Where no places' word says it is a fraction ("one point two", which may be "at
    one point two patients"), only with a zero before the point or a unit after the fraction (``unit_at``)."""
    spelled = decimal_words(language)
    return list(groups) if spelled is None else _merged(text, groups, spelled, unit_at)


def _merged(text: str, groups: Sequence[Compound], spelled: DecimalWords, unit_at: Callable[[int], bool]) \
        -> list[Compound]:
    found: list[Compound] = []
    index = 0
    while index < len(groups):
        read = _decimal_at(text, groups, index, spelled)
        if read is not None and (spelled.places or read[0].value < 1 or unit_at(read[0].end)):
            found.append(read[0])
            index = read[1]
        else:
            found.append(groups[index])
            index += 1
    return found


def _decimal_at(text: str, groups: Sequence[Compound], index: int, spelled: DecimalWords) \
        -> tuple[Compound, int] | None:
    """The decimal whose whole part is ``groups[index]``, and the index of the group after it; None if none is."""
    first = groups[index]
    point = _POINT.match(text, first.end)
    if point is None or first.value != int(first.value) or index + 1 == len(groups) \
            or groups[index + 1].start != point.end():
        return None
    if word_key(point.group(1)) not in spelled.points:
        if spelled.inflected or spelled.language not in INFLECTIONS:
            return None
        return _decimal_at(text, groups, index, _inflected(spelled.language))  # «одной целой пяти десятых»
    digits, at, end, after, words = "", point.end(), first.end, index + 1, first.words + 1
    while after < len(groups) and groups[after].start == at and groups[after].value == int(groups[after].value):
        digits += str(int(groups[after].value))  # "point two five", «кома двадцять п’ять»: the digits as read
        end, words, after = groups[after].end, words + groups[after].words, after + 1
        blank = _BLANKS.match(text, end)
        if spelled.places or blank is None:
            break  # one fraction, before its places' word
        at = blank.end()
    if not digits:
        return None
    if spelled.places:
        word = _PLACES.match(text, end)
        places = spelled.places.get(word_key(word.group(1))) if word is not None else None
        if word is not None and places is None and not spelled.inflected and spelled.language in INFLECTIONS:
            return _decimal_at(text, groups, index, _inflected(spelled.language))  # «одну десятую»
        if word is None or places is None or len(digits) > places:
            return None
        digits, end, words = digits.rjust(places, "0"), word.end(), words + 1
    value = first.value + Decimal(f"0.{digits}")
    return Compound(first.start, end, Decimal(0), value, value, groups[after - 1].key, None, words), after


@lru_cache(maxsize=64)
def decimal_words(language: str) -> DecimalWords | None:
    """A language's words around a decimal, from num2words' names of ``_SAMPLES``; None where num2words writes none,
    its numbers are not read as compounds, or its names of the samples do not read back as the samples."""
    convert = converter(spelling_language(language))
    if convert is None or not compounding(language):
        return None
    numbers = {**number_words(language), **multipliers(language)}
    points: set[str] = set()
    places: dict[str, int] = {}
    names = []
    for sample in _SAMPLES:
        try:
            name = str(convert(Decimal(sample), lang=spelling_language(language)))
        except (NotImplementedError, ValueError, TypeError, KeyError, ArithmeticError):
            return None
        keys = [name_key(m.group()) for m in WORD.finditer(name) if name_key(m.group()) not in joiners(language)]
        others = [n for n, key in enumerate(keys) if key not in numbers]
        if not others or others[0] == 0 or len(others) > 2 or (len(others) == 2 and others[1] != len(keys) - 1):
            return None  # not: a whole part, a point word, a fraction, maybe its places' word
        points.add(keys[others[0]])
        if len(others) == 2:
            places[keys[-1]] = len(sample.partition(".")[2])
        names.append((Decimal(sample), name))
    spelled = DecimalWords(frozenset(points), places, language)
    return spelled if all(_reads(name, value, language, spelled, numbers) for value, name in names) else None


@lru_cache(maxsize=8)
def _inflected(language: str) -> DecimalWords:
    """``decimal_words`` of a language pymorphy3 inflects with each word's other forms: asked only where a number, a
    word and a number follow one another and the word is no nominative point word (the dictionary is loaded then)."""
    spelled = decimal_words(language)
    assert spelled is not None  # (asked only from its own reading)
    return DecimalWords(frozenset(form for word in spelled.points for form in _forms(word, language)),
                        {form: n for word, n in spelled.places.items() for form in _forms(word, language)},
                        language, inflected=True)


def _forms(word: str, language: str) -> set[str]:
    """``word`` and, where it is an adjective of a language pymorphy3 inflects, its other forms as one («целую»,
    «десятой»: num2words writes a decimal in the nominative only)."""
    if language not in INFLECTIONS:
        return {word}
    from stele.rules.morphology import analyzer

    parses = [parse for parse in analyzer(language).parse(word) if "ADJF" in parse.tag]
    return {word} | ({name_key(form.word) for form in parses[0].lexeme
                       if "ADJF" in form.tag and "Supr" not in form.tag} if parses else set())


def _reads(name: str, value: Decimal, language: str, spelled: DecimalWords, numbers: Mapping[str, int]) -> bool:
    """Whether ``name`` reads as ``value`` with ``spelled``."""
    read = _merged(name, name_compounds(name, language, numbers), spelled, lambda end: True)
    return len(read) == 1 and whole(read[0].value) == whole(value)
