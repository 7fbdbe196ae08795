"""Ordinal words for the numbers rule ("on the first day" → «во второй день»): compared where both texts say one
of the same unit, in the languages whose every form stele knows (``ORDINAL_LANGUAGES``)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from stele.rules.number_syntax import syntax
from stele.rules.number_tokens import _blank, _unit
from stele.rules.number_words import ORDINAL_LANGUAGES, WORD, ordinal_words, word_key

__all__ = ["ORDINAL_LANGUAGES", "Ordinal", "ordinal_problems", "ordinal_words", "ordinals"]

_LAST_WORD = re.compile(r"(?<!\w)(\w+)(?:[^\S\n]+|[^\S\n]*-)$")


@dataclass(frozen=True, slots=True)
class Ordinal:
    value: int
    unit: str
    text: str  # the ordinal and its unit, as written
    start: int


def ordinals(text: str, locale: str) -> tuple[Ordinal, ...]:
    """Each ordinal word of ``text`` with a unit right after it ("first day", «вторую дозу»); not one after a
    number ("twenty-first", «двадцать первый»: the number is more than it says)."""
    syn = syntax(locale)
    if syn.language not in ORDINAL_LANGUAGES:
        return ()
    table, clean = ordinal_words(syn.language), _blank(text)
    found: list[Ordinal] = []
    for m in WORD.finditer(clean):
        value = table.get(word_key(m.group()))
        if value is None:
            continue
        last = _LAST_WORD.search(clean, max(0, m.start() - 24), m.start())
        if last is not None and (last.group(1).isdigit() or word_key(last.group(1)) in syn.words):
            continue
        unit, end = _unit(clean, m.end(), syn)
        if unit is not None:
            found.append(Ordinal(value, unit, text[m.start(): end], m.start()))
    return tuple(found)


def ordinal_problems(said: tuple[Ordinal, ...], translation: str, target_locale: str) -> list[tuple[int, str]]:
    """(source offset, message) of each ordinal of the source (``said``) that the translation changed: of a unit
    both texts give ordinals of, a value the source has and the translation lacks, paired in order with one the
    translation has and the source lacks ("the second day" for "the next day" is no change: nothing is lost)."""
    kept = ordinals(translation, target_locale)
    problems: list[tuple[int, str]] = []
    for unit in dict.fromkeys(o.unit for o in said):
        ours, theirs = [o for o in said if o.unit == unit], [o for o in kept if o.unit == unit]
        problems += [(s.start, f'"{s.text}" became "{t.text}" (value changed: {s.value} → {t.value})')
                     for s, t in zip(_unmatched(ours, theirs), _unmatched(theirs, ours), strict=False)]
    return problems


def _unmatched(ours: list[Ordinal], theirs: list[Ordinal]) -> list[Ordinal]:
    """The ordinals of ``ours`` whose value ``theirs`` does not have one for one, in order."""
    pool = Counter(o.value for o in theirs)
    left = []
    for ordinal in ours:
        if pool[ordinal.value] > 0:
            pool[ordinal.value] -= 1
        else:
            left.append(ordinal)
    return left
