"""Bounds before a number for the numbers rule ("under 12", «от 12 лет»): a bound the translation turns the other
way, or the one bound of its way given another number ("under 6" → «младше 16 лет»: an age limit, a bare number in
the source), is an error; one either text leaves unsaid is no finding (translators render "under 12" «до 12 лет» or
«детям младше 12»)."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from stele.rules.lexicon_classes import IF
from stele.rules.lexicons import BUILTIN
from stele.rules.number_tokens import Quantity
from stele.rules.phrases import or_than, than_forms
from stele.rules.wordmatch import CLAUSE_MARKS, SENTENCE_MARK, whole_words

__all__ = ["BOUND_WORDS", "bound_problems"]


# Words that bound the number right after them from below or above ("under 12", «от 12 лет»), where a translation
# may turn them the other way: not "more than", «более» (a negation before them turns them: «не более»).
BOUND_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {"below": ("under", "below", "younger than"), "above": ("over", "above", "older than")},
    "ru": {"below": ("до", "младше", "моложе"), "above": ("от", "с", "со", "старше", "свыше")},
    "uk": {"below": ("до", "молодше", "молодших", *than_forms("молодш")),
           "above": ("від", "з", "зі", "із", "старше", "старших", "понад", *than_forms("старш"))},
}

# Comparatives that bound the number after them ("less than 10 kg", «более 10 кг», «не більше ніж 4»); a negation
# outside a bound may turn it, comparative or not ("do not take more than 4 g": «принимайте не более 4 г»).
COMPARATIVES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {"below": ("less than", "fewer than", "lower than", "no more than", "not more than", "no greater than",
                     "not greater than", "no higher than", "not higher than", "less often than", "less frequently than",
                     "less commonly than", "no more often than", "not more often than"),
           "above": ("more than", "greater than", "higher than", "no less than", "not less than", "no fewer than",
                     "not fewer than", "more often than", "more frequently than", "more commonly than",
                     "no less often than", "not less often than")},
    "ru": {"below": or_than("чем", "менее", "меньше", "ниже", "не более", "не больше", "не выше", "реже", "не чаще"),
           "above": or_than("чем", "более", "больше", "выше", "не менее", "не меньше", "не ниже", "чаще", "не реже")},
    "uk": {"below": ("менше ніж", "менш ніж", "менше", "нижче", "не більше ніж", "не більш ніж", "не більше",
                     "не вище", *or_than("ніж", "рідше", "не частіше"), *than_forms("нижч"), *than_forms("менш")),
           "above": ("більше ніж", "більш ніж", "більше", "вище", "не менше ніж", "не менш ніж", "не менше",
                     "не нижче", *or_than("ніж", "частіше", "не рідше"), *than_forms("вищ"), *than_forms("більш"))},
}
# Where a preposition stands between a comparative and its number: «менее чем у 1 из 1000», «чаще, ніж у 1 з 10».
_BETWEEN = {"ru": ("у", "в", "во"), "uk": ("у", "в")}

# the quantity, its bound's direction (below, above), the bound and number written, and whether a negation outside it
# may govern it (``_negated_sentence``; one that may turn it: "do not store above 25 °C" is «хранить не выше 25 °C»),
# read with the negation's scope its sentence and its conditional clause
_Bound = tuple[Quantity, str, str, tuple[bool, bool]]


def bound_problems(source: str, said: list[Quantity], translation: str, kept: list[Quantity], source_language: str,
                   target_language: str) -> list[tuple[int, str]]:
    """(source offset, message) of each number the source bounds one way and the translation the other way, or
    with another number."""
    ours = _bounded(source, said, source_language)
    theirs = _bounded(translation, kept, target_language) if ours else []
    values = {q.low for q in said}
    found = [_turned(bound, theirs) or _changed(bound, ours, theirs, values) for bound in ours]
    return [problem for problem in found if problem is not None]


def _turned(bound: _Bound, theirs: list[_Bound]) -> tuple[int, str] | None:
    """The translation bounds the number's value, never the source's way (compared where both clauses hold another
    negation or neither does, read either way: "do not take it if your fever is above 39 °C" with «не принимайте при
    температуре выше 39 °C», whose «не» governs all its sentence, or with «если …, не проходит … или если температура
    выше 38,5 °C», whose «не» stops at the «если» of the bound's clause)."""
    quantity, way, written, negated = bound
    same = [(w, t) for q, w, t, n in theirs if q.low == quantity.low and (n[0] == negated[0] or n[1] == negated[1])]
    if not same or any(w == way for w, _ in same):
        return None
    return quantity.start, f'"{written}" became "{same[0][1]}" (bound turned: {way} → {same[0][0]})'


def _changed(bound: _Bound, ours: list[_Bound], theirs: list[_Bound], values: set[Decimal]) -> tuple[int, str] | None:
    """The source's one bound of its way, on a bare number ("under 6"; a number with a unit is compared as every
    one is), is the translation's one bound of that way on another number, which is none of the source's
    (``values``: "Since 2019, over 10,000" → «С 2019 года … более десяти тысяч» bounds the source's 2019)."""
    quantity, way, written, _ = bound
    if quantity.unit is not None or any(q.low == quantity.low for q, _, _, _ in theirs) \
            or [w for _, w, _, _ in ours].count(way) != 1 or [w for _, w, _, _ in theirs].count(way) != 1:
        return None
    other = next((q, t) for q, w, t, _ in theirs if w == way)
    if other[0].low in values:
        return None
    return quantity.start, f'"{written}" became "{other[1]}" (value changed: {_plain(quantity.low)} → ' \
                           f'{_plain(other[0].low)})'


def _plain(value: Decimal) -> str:
    return format(value.normalize(), "f")


def _bounded(text: str, quantities: list[Quantity], language: str) -> list[_Bound]:
    """The numbers of ``text`` (not ranges) with a bound word right before them."""
    pattern = _pattern(language)
    if pattern is None:
        return []
    found: list[_Bound] = []
    for q in quantities:
        if q.high is not None or q.implied or (q.word and q.unit is None and q.low <= 1):  # «з половини дози»,
            continue  # «з одного боку»: no bound; «менее десяти тысяч» is one
        m = pattern.search(text, max(0, q.start - 24), q.start)
        if m is None or m.lastgroup is None:
            continue
        negated = _negated_sentence(text, m.start(), m.end(), q.start + len(q.text), language)
        found.append((q, m.lastgroup.removeprefix("c_"), text[m.start(): q.start + len(q.text)], negated))
    return found


def _negated_sentence(text: str, start: int, end: int, stop: int, language: str) -> tuple[bool, bool]:
    """Whether a negation outside a bound (``start``–``end``) may govern it: before it in its sentence ("This medicine
    is not suitable for children under 12": a comma may stand between) or after it in its clause ("children under 12
    should not take it"; not «…, пропущену дозу не приймайте»); then the same with none before a conditional that
    opens the bound's clause ("if", «если»: «если боль не проходит … или если температура выше 38,5 °C»)."""
    first = max((m.end() for m in SENTENCE_MARK.finditer(text, 0, start)), default=0)
    opens = max((m.end() for m in _conditional(language).finditer(text, first, start)), default=first)
    last = next((m.start() for m in CLAUSE_MARKS.finditer(text, stop)), len(text))
    negation = _negation(language)
    after = negation.search(text, end, last) is not None
    before = negation.search(text, first, start)
    return before is not None or after, (before is not None and before.start() >= opens) or after


@lru_cache(maxsize=16)
def _conditional(language: str) -> re.Pattern[str]:
    """A word of the language's lexicon that opens a conditional clause ("if", «если»: ``IF``)."""
    lexicon = BUILTIN.get(language)
    return whole_words(lexicon.modality.get(IF, ()) if lexicon else (), re.IGNORECASE)


@lru_cache(maxsize=16)
def _negation(language: str) -> re.Pattern[str]:
    """A negation word of the language's lexicon ("not", «не», «нельзя»; "*n't": don't, can't), where a word starts."""
    lexicon = BUILTIN.get(language)
    return whole_words(lexicon.negations if lexicon else (), re.IGNORECASE)


@lru_cache(maxsize=16)
def _pattern(language: str) -> re.Pattern[str] | None:
    """A bound word at the end of a text, in group ``below`` or ``above``."""
    words = BOUND_WORDS.get(language)
    if words is None:
        return None
    groups = "|".join(f"(?P<{way}>{'|'.join(re.escape(w) for w in found)})" for way, found in words.items())
    between = "|".join(_BETWEEN.get(language, ()))
    after = rf"(?:[^\S\n]+(?:{between}))?" if between else ""
    groups += "".join(f"|(?P<c_{way}>(?:{'|'.join(re.escape(w) for w in found)}){after})"
                      for way, found in COMPARATIVES.get(language, {}).items())
    return re.compile(rf"(?<!\w)(?:{groups})[^\S\n]+$", re.IGNORECASE)
