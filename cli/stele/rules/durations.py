"""Unit words with no number before them: durations ("a week", "daily", «раз в день») and the nouns that say one of
a dose form or a spoon («таблетку», «столовую ложку»); the numbers rule reads each as one of its unit, to compare a
dose's rate, durations and doses written without a number."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from functools import lru_cache

from stele.rules.number_syntax import _PLAIN_UNIT_END, _SPACES, _UNSPACED, DURATIONS, _Syntax, has_unspaced, syntax
from stele.rules.number_tokens import _BEFORE, Quantity, _blank
from stele.rules.number_vocabulary import EVERY_OTHER, FRACTION_OF, FRACTIONS, RATE_WORDS, SAID_BY_NOUN
from stele.rules.number_words import word_key

__all__ = ["implied", "nouns"]


def implied(text: str, locale: str) -> list[Quantity]:
    """Duration words with no number before them ("a week", "daily"): one of the unit each."""
    unspaced = has_unspaced(text)
    syn, clean = syntax(locale, unspaced), _blank(text)
    found: list[Quantity] = []
    rates = _rates(syn.language)
    spans: list[tuple[int, int]] = []  # where a word says every other day: the day in it is no day of its own
    if rates is not None:
        pattern, rated = rates
        for m in pattern.finditer(clean):
            if m.lastgroup:
                unit, count = rated[int(m.lastgroup[1:])]
                found.append(Quantity(Decimal(count), None, unit, m.group(), m.start(), word=True, implied=True))
                if count != 1:
                    spans.append(m.span())
    for unit, m in _duration_words(clean, syn) if not unspaced else _unit_durations(clean, syn):
        if _alone(clean, m.start(), syn) and not any(start <= m.start() < end for start, end in spans):
            found.append(Quantity(Decimal(1), None, unit, clean[m.start(): m.end()], m.start(), word=True,
                                  implied=True))  # as written: a unit pattern may read the lowered text
    return sorted(found, key=lambda q: q.start)


def nouns(text: str, locale: str) -> list[Quantity]:
    """The nouns of ``text`` that say one of a dose form or a spoon with no number before them («таблетку», «чайную
    ложку»): one of the unit each."""
    syn, clean = syntax(locale, has_unspaced(text)), _blank(text)
    return [Quantity(Decimal(1), None, unit, clean[m.start(): m.end()], m.start(), word=True, implied=True)
            for unit, m in _unit_words(clean, syn, SAID_BY_NOUN) if _alone(clean, m.start(), syn)]


def _alone(clean: str, start: int, syn: _Syntax) -> bool:
    """Whether no number (in digits or in words) is written right before ``start``."""
    before = clean[:start].rstrip(_SPACES + "-")
    return not before[-1:].isdigit() and not _after_number_word(before, syn)


@lru_cache(maxsize=64)
def _rates(language: str) -> tuple[re.Pattern[str], list[tuple[str, int]]] | None:
    """The language's RATE_WORDS ("daily", «еженедельно»: one of the unit) and EVERY_OTHER words (two), each in its
    group r<i> of one pattern, with the unit and count of each group."""
    rated = [(unit, 1, words) for unit, words in RATE_WORDS.get(language, {}).items()]
    rated += [(unit, 2, words) for unit, words in EVERY_OTHER.get(language, {}).items()]
    if not rated:
        return None
    groups = "|".join(f"(?P<r{i}>{words})" for i, (_, _, words) in enumerate(rated))
    return re.compile(rf"(?<![^\W_])(?:{groups})(?!\w)", re.IGNORECASE), [(unit, n) for unit, n, _ in rated]


def _duration_words(clean: str, syn: _Syntax) -> Iterator[tuple[str, re.Match[str]]]:
    """The duration words of a text with no character of a script written without spaces, each where a word starts:
    searched alone, they are what a search of every unit word finds of them (tests/test_number_units.py holds the
    two equal)."""
    units = [unit for unit, _ in syn.durations]
    for m in _durations_re(syn.durations).finditer(clean):
        if m.lastgroup:
            yield units[int(m.lastgroup[1:])], m


def _unit_durations(clean: str, syn: _Syntax) -> Iterator[tuple[str, re.Match[str]]]:
    """The duration words of any text, from a search of every unit word."""
    return _unit_words(clean, syn, DURATIONS)


def _unit_words(clean: str, syn: _Syntax, units: frozenset[str]) -> Iterator[tuple[str, re.Match[str]]]:
    """The words of ``units`` in ``clean``, from a search of every unit word: where a word starts, or where it is of
    a script written without spaces ("7日間")."""
    for m in syn.unit_word.finditer(clean):
        unit = syn.ids[int(m.lastgroup[1:])] if m.lastgroup else None
        if unit in units and (m.start() == 0 or not clean[m.start() - 1].isalnum()
                              or re.match(f"[{_UNSPACED}]", m.group())):
            yield unit, m


@lru_cache(maxsize=256)
def _durations_re(durations: tuple[tuple[str, str], ...]) -> re.Pattern[str]:
    """Duration words where a word starts, each unit's in its group d<i>, ending as a unit ends."""
    groups = "|".join(f"(?P<d{i}>{alternatives})" for i, (_, alternatives) in enumerate(durations))
    return re.compile(rf"(?<![^\W_])(?:{groups}){_PLAIN_UNIT_END}", re.IGNORECASE)


def _after_number_word(before: str, syn: _Syntax) -> bool:
    """Whether ``before`` ends with a number word ("два" of "два часа": two hours, not one), or with a fraction and
    its article ("half an" of "half an hour": half of one)."""
    last = _BEFORE.search(before + " ", max(0, len(before) - 24))
    if last is not None and word_key(last.group(1)) in syn.words:
        return True
    fraction = _fraction_before(syn.language)
    found = fraction.search(before, max(0, len(before) - 32)) if fraction is not None else None
    return found is not None and word_key(found.group(1)) in FRACTIONS.get(syn.language, {})


@lru_cache(maxsize=64)
def _fraction_before(language: str) -> re.Pattern[str] | None:
    """A word, then what comes between a fraction and its unit ("of a", "an"), at the end of a text."""
    between = FRACTION_OF.get(language)
    return re.compile(rf"(?<!\w)(\w+){between}$", re.IGNORECASE) if between is not None else None
