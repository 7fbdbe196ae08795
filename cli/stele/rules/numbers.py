"""Numbers: compare the numbers, ranges and units of a message and its translation, locale-aware."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache

from stele.rules.bounds import bound_problems
from stele.rules.calendar_words import with_named
from stele.rules.durations import implied, nouns
from stele.rules.number_tokens import (
    BASE,
    DIGIT_ORDINAL,
    DURATIONS,
    IMPLICIT,
    NUMERAL,
    Quantity,
    may_hold_number_word,
    syntax,
    tokens,
)
from stele.rules.number_vocabulary import AFTERNOON, COUNT_UNITS, NOUN_KINDS, SAID_BY_NOUN
from stele.rules.ordinals import Ordinal, ordinal_problems, ordinals
from stele.rules.rates import Problem, frequencies, rate_change, rate_problems, split_doses
from stele.rules.zawgyi import misread_digits

__all__ = ["NumberProblem", "Quantity", "compare_numbers", "number_problems"]


@dataclass(frozen=True, slots=True)
class NumberProblem:
    """One mismatch, and how sure it is a defect: error with a unit or a range at stake, else warning."""

    text: str
    severity: str


# Comparison ---------------------------------------------------------------------------------------------

_MISSING, _EXTRA = "is missing from the translation", "is in the translation but not in the source"


def _digits(d: Decimal) -> str:
    return format(d, "f").replace(".", "")


def _same_values(s: Quantity, t: Quantity) -> bool:
    return s.low == t.low and s.high == t.high


def _calendar(q: Quantity) -> bool:
    """Whether "2020 г." may be a year (not 2020 grams): the other side has a bare 2020."""
    return q.unit == "g" and q.high is None and q.low == int(q.low) and 1000 <= q.low < 2200


def _tolerated(s: Quantity, t: Quantity, wild_s: bool, wild_t: bool) -> bool:
    """Same values, and a unit that one side may leave implicit."""
    if not _same_values(s, t) or (s.unit is not None and t.unit is not None):
        return False
    if (s.unit is None and wild_s) or (t.unit is None and wild_t) or (t.unit is None and t.unit_before == s.unit) \
            or (s.unit is None and s.unit_before == t.unit):  # "day 21" → «двадцать первый день»
        return True
    other = s if s.unit is not None else t  # an hour of the clock may be written with the word for hours ("6 a.m."
    # → "6h", "6 óra")
    return other.unit in IMPLICIT or _calendar(other) or (other.unit == "h" and (s.clock or t.clock))


def _contested(s: Quantity, t: Quantity, left_s: list[Quantity], left_t: list[Quantity]) -> bool:
    """Whether a bare number may not take the unit of the same value on the other side: its own side has another
    quantity of that unit left ("2 tablets 3 times" → "3 таблетки 2 раза" is two values changed, not units); nor
    may two units swap where each side has a quantity of the other's unit left."""
    if s.unit is not None and t.unit is not None:
        return s.unit != t.unit and any(q.unit == s.unit for q in left_t) and any(q.unit == t.unit for q in left_s)
    if s.unit is None and t.unit is None:
        return False
    unit, bare_side = (t.unit, left_s) if s.unit is None else (s.unit, left_t)
    return any(q.unit == unit for q in bare_side)


def _uncontested(
    fits: Callable[[Quantity, Quantity], bool], left_s: list[Quantity], left_t: list[Quantity]
) -> Callable[[Quantity, Quantity], bool]:
    return lambda s, t: fits(s, t) and not _contested(s, t, left_s, left_t)


def _collapsed(s: Quantity, t: Quantity) -> bool:
    return s.high is not None and t.high is None and _digits(s.low) + _digits(s.high) == _digits(t.low)


def _lost_end(s: Quantity, t: Quantity) -> bool:
    return s.high is not None and t.high is None and t.low in (s.low, s.high) and t.unit in (s.unit, None)


def _became(note: Callable[[Quantity, Quantity], str]) -> Callable[[Quantity, Quantity], str]:
    return lambda s, t: f'"{s.text}" became "{t.text}" ({note(s, t)})'


_changed = _became(lambda s, t: f"value changed: {s.value} → {t.value}")


# Leftovers are paired by the first rule that fits, in this order; what stays unpaired is missing or extra.
_DIAGNOSES: tuple[tuple[Callable[[Quantity, Quantity], bool], Callable[[Quantity, Quantity], str]], ...] = (
    (_same_values, _became(lambda s, t: f"unit changed: {s.unit or 'none'} → {t.unit or 'none'}")),
    (_collapsed, _became(lambda s, t: "the range is collapsed into one number")),
    (_lost_end, _became(lambda s, t: "the range lost an end")),
    (lambda s, t: s.unit == t.unit and (s.high is None) == (t.high is None), _changed),
    (lambda s, t: s.unit == t.unit, _changed),
)


def _key(q: Quantity) -> tuple[Decimal, Decimal | None, str | None]:
    """A quantity in its dimension's base unit: "7 days" and "1 week" have one key."""
    unit, factor = BASE.get(q.unit or "", (q.unit, Decimal(1)))
    return (q.low * factor, q.high * factor if q.high is not None else None, unit)


def _unmatched(source: list[Quantity], translation: list[Quantity]) -> tuple[list[Quantity], list[Quantity]]:
    """Remove the quantities found identically on both sides (as multisets): digits with digits first, words with
    words ("twice … 2 times" → «2 veces»: the 2 is the digits')."""
    pool: defaultdict[tuple[Decimal, Decimal | None, str | None], list[Quantity]] = defaultdict(list)
    for t in reversed(translation):
        pool[_key(t)].append(t)
    left: list[Quantity] = []
    for s in _digits_first(source):
        bucket = pool.get(_key(s))
        if bucket:
            alike = [i for i, t in enumerate(bucket) if t.word == s.word]
            bucket.pop(alike[-1] if alike else -1)
        else:
            left.append(s)
    left.sort(key=lambda q: q.start)
    return left, sorted((t for bucket in pool.values() for t in bucket), key=lambda q: q.start)


def _digits_first(quantities: list[Quantity]) -> list[Quantity]:
    """``quantities``, those in digits first (a number in words only counts where it matches)."""
    return sorted(quantities, key=lambda q: q.word)


def _pair(
    source: list[Quantity], translation: list[Quantity], fits: Callable[[Quantity, Quantity], bool]
) -> list[tuple[Quantity, Quantity]]:
    """Pair each source quantity (in digits first) with the first translation quantity that fits; paired ones are
    removed."""
    pairs: list[tuple[Quantity, Quantity]] = []
    for s in _digits_first(source):
        t = next((t for t in translation if fits(s, t)), None)
        if t is not None:
            source.remove(s)
            translation.remove(t)
            pairs.append((s, t))
    return pairs


def is_dose(quantity: Quantity) -> bool:
    """A number with a unit, or a range: a dose; a bare number may be a date, a version, an example."""
    return quantity.unit is not None or quantity.high is not None


def names_a_dose(text: str, locale: str) -> bool:
    """Whether ``text`` has a dose written in digits (what this rule's findings on it are errors about)."""
    try:
        return any(is_dose(q) for q in tokens(text, locale, words=False)[0])
    except ValueError:  # a locale Babel does not know
        return False


def _sure(*quantities: Quantity) -> str:
    """Error when a dose is at stake."""
    return "error" if any(is_dose(q) for q in quantities) else "warning"


def _pair_severity(s: Quantity, t: Quantity, curated: bool) -> str:
    """A unit added next to the same value is a warning; one dropped is an error where stele knows every form
    of the language's units (en, ru, uk), a warning where CLDR's forms may miss an inflection. A value changed is
    an error where a dose is at stake or a unit names the number ("day 10" → «12-й день»: a day of a schedule)."""
    if _same_values(s, t) and (s.unit is None or t.unit is None):
        return "error" if curated and t.unit is None else "warning"
    return "error" if s.unit_before is not None or t.unit_before is not None else _sure(s, t)


def _split_ranges(ranges: list[Quantity], other: list[Quantity]) -> None:
    """A range on one side whose two ends the other side has apart ("from 1 (lowest) to 95 (highest)")."""
    for r in [q for q in ranges if q.high is not None]:
        ends = [next((q for q in other if q.high is None and q.unit in (None, r.unit) and q.low == v), None)
                for v in (r.low, r.high)]
        if ends[0] is not None and ends[1] is not None and ends[0] is not ends[1]:
            ranges.remove(r)
            other.remove(ends[0])
            other.remove(ends[1])


def _quantity_problems(
    source: list[Quantity], translation: list[Quantity], wild_s: bool, wild_t: bool, curated: bool = False,
    disclaimer: bool = False, said: Sequence[Quantity] = (), text: str = "",
) -> list[Problem]:
    """What differs between the quantities of a source and of its translation (``said``: the translation's nouns
    that say one of a dose form or a spoon alone; ``text``: the translation)."""
    left_s, left_t = _unmatched(source, translation)
    split_doses(left_s, left_t, _amount)
    rates = rate_problems(left_s, left_t, disclaimer or any(is_dose(q) for q in source if not q.implied))
    # A number in words counts where it matches; alone and bare ("one of", "no one") it says nothing.
    left_s = [q for q in left_s if not q.implied and (not q.word or _sure(q) == "error")]
    left_t = [q for q in left_t if not q.implied and (not q.word or _sure(q) == "error")]
    _pair(left_s, left_t, _uncontested(lambda s, t: _tolerated(s, t, wild_s, wild_t), left_s, left_t))
    _split_ranges(left_s, left_t)
    _split_ranges(left_t, left_s)
    problems: list[Problem] = []
    for fits, message in _DIAGNOSES:
        pairs = _pair(left_s, left_t, _uncontested(fits, left_s, left_t))
        problems += [(0, s.start, message(s, t), _pair_severity(s, t, curated)) for s, t in pairs]
    # With no digit left in the translation, the numbers may be written in words stele does not know; not in a
    # disclaimer, where a dose must stay as written.
    lost = "error" if disclaimer or any(not t.word for t in translation) else "warning"
    problems += _lost([s for s in left_s if not s.word], list(said), lost, curated)
    # Added numbers are noted, not errors: a 24-hour clock for "6 p.m.", an example, a date format; an amount added
    # (mg, ml, IU, tablets…) is a dose the source does not give, unless a bare number of the source is left (a unit
    # stele does not know, converted: "1 oz" → «28 г») or it glosses the quantity before it ("1 cup (250 ml)").
    unknown = any(s.unit is None for s in left_s)
    for t in left_t:
        if not t.word:
            added = not unknown and _amount(t) and not text[:t.start].rstrip().endswith("(")
            problems.append((1, t.start, f'"{t.text}" {_EXTRA}' + (" (a dose added)" if added else ""),
                             "error" if added else "warning"))
    return problems + rates


def _amount(quantity: Quantity) -> bool:
    """Whether a quantity is an amount of something taken (mg, ml, IU, tablets, mg/kg…; not a body's kg)."""
    return (quantity.unit or "").split("/")[0] in _AMOUNTS


_AMOUNTS = COUNT_UNITS | {"mcg", "mg", "g", "ml", "dl", "l", "tbsp", "dsp", "tsp", "iu", "mmol"}


def _lost(left: list[Quantity], said: list[Quantity], lost: str, curated: bool) -> list[Problem]:
    """The source's quantities the translation has no number for: missing (``lost``: the severity where a dose is
    sure), or said by a noun alone — of the same unit (nothing lost) or of another ("1 tablespoon" → «чайную
    ложку»: a changed dose)."""
    problems: list[Problem] = []
    for s in left:
        noun = _noun_for(s, said) if _said_by_noun(s) else None
        if noun is None:
            severity = _sure(s) if lost == "error" and not _said_by_noun(s) else "warning"
            problems.append((0, s.start, f'"{s.text}" {_MISSING}', severity))
        elif noun.unit != s.unit:
            problems.append((0, s.start, f'"{s.text}" became "{noun.text}" ({rate_change(s, noun)})',
                             _pair_severity(s, noun, curated)))
    return problems


def _said_by_noun(quantity: Quantity) -> bool:
    """One of a dose form or a spoon: the noun alone says it ("1 tablet" → «таблетку»)."""
    return quantity.unit in SAID_BY_NOUN and quantity.low == 1 and quantity.high is None


def _noun_for(quantity: Quantity, said: list[Quantity]) -> Quantity | None:
    """The translation's noun alone (``said``, taken from it) that stands for ``quantity`` (one of a dose form or a
    spoon): of its unit, else of another of its kind ("1 tablespoon" → «чайную ложку»: a teaspoon); None if none."""
    kind = next((units for units in NOUN_KINDS if quantity.unit in units), frozenset((quantity.unit,)))
    for wanted in (lambda q: q.unit == quantity.unit, lambda q: q.unit in kind):
        found = next((q for q in said if wanted(q)), None)
        if found is not None:
            said.remove(found)
            return found
    return None


def _surplus(names: list[tuple[str, int]], other: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The names in ``names`` that ``other`` does not match one for one (case aside)."""
    pool = Counter(text.casefold() for text, _ in other)
    left: list[tuple[str, int]] = []
    for text, start in names:
        if pool[text.casefold()] > 0:
            pool[text.casefold()] -= 1
        else:
            left.append((text, start))
    return left


def _name_problems(source: list[tuple[str, int]], translation: list[tuple[str, int]]) -> list[Problem]:
    """Names with numbers ("7-hydroxymitragynine") must be kept as written."""
    missing = [(0, at, f'"{text}" {_MISSING}') for text, at in _surplus(source, translation)]
    extra = [(1, at, f'"{text}" {_EXTRA}') for text, at in _surplus(translation, source)]
    return [(side, at, f"{message} (a name with a number)", "warning") for side, at, message in missing + extra]


def _named_counts(
    source: list[Quantity], added: list[tuple[str, int]], names: list[tuple[str, int]]
) -> tuple[list[Quantity], list[tuple[str, int]]]:
    """"2x" written as a word with its number ("2-facher", "2-кратный"): both sides kept the 2."""
    for text, start in added:
        value = Decimal(re.match(r"[0-9]+", text).group())  # type: ignore[union-attr]
        match = next((q for q in source if q.high is None and q.unit in (None, "times") and q.low == value), None)
        if match is not None:
            source = [q for q in source if q is not match]
            names = [n for n in names if n != (text, start)]
    return source, names


def compare_numbers(source: str, translation: str, *, target_locale: str, source_locale: str = "en") -> list[str]:
    """Problems (human-readable, one per mismatch, deterministic order); empty when every quantity survives."""
    return [p.text for p in number_problems(source, translation, target_locale=target_locale,
                                            source_locale=source_locale)]


def number_problems(
    source: str, translation: str, *, target_locale: str, source_locale: str = "en", disclaimer: bool = False
) -> list[NumberProblem]:
    """compare_numbers' problems, each with its severity (``disclaimer``: a dose missing is an error even with no
    digit left in the translation). Numbers in words are read where the digits alone leave
    a problem, or where the source spells a dose ("three times a day" → "четыре раза в день" has no digit)."""
    spelled, said = _in_words(source, source_locale)
    ordinal: list[Problem] = [(0, at, message, "error") for at, message in
                               ordinal_problems(said, translation, target_locale)] if said else []
    if not (spelled or disclaimer) and NUMERAL.search(source) is None and NUMERAL.search(translation) is None:
        return [NumberProblem(message, severity) for _, _, message, severity in ordinal]
    if misread_digits(translation, target_locale.split("_")[0]):  # Burmese in Zawgyi (the escapes rule says so)
        return []
    problems = [] if spelled else _compare(source, translation, target_locale, source_locale, False, disclaimer)
    if spelled or (problems and (syntax(target_locale).words or syntax(source_locale).words)):
        problems = _compare(source, translation, target_locale, source_locale, True, disclaimer)  # "three grams"
    return [NumberProblem(message, severity) for _, _, message, severity in sorted(problems + ordinal)]


@lru_cache(maxsize=1 << 16)  # a source is asked again for each locale's catalog (Django's, one app after another)
def _in_words(source: str, locale: str) -> tuple[bool, tuple[Ordinal, ...]]:
    """Whether ``source`` has a dose in words ("two grams", "three times", "one to two"; never in a language
    num2words does not spell), and its ordinals ("the first day")."""
    if not may_hold_number_word(source, syntax(locale)):
        return False, ()
    spelled = any(q.word and is_dose(q) for q in _source_tokens(source, locale, True)[0])
    return spelled, ordinals(source, locale)


@lru_cache(maxsize=4096)
def _source_tokens(
    text: str, locale: str, words: bool
) -> tuple[tuple[Quantity, ...], tuple[tuple[str, int], ...]]:
    """A source's quantities and number names, read once for every locale's translation (copied by callers)."""
    quantities, names = tokens(text, locale, words=words)
    return tuple(quantities), tuple(names)


def _compare(
    source: str, translation: str, target_locale: str, source_locale: str, words: bool, disclaimer: bool
) -> list[Problem]:
    cached, cached_names = _source_tokens(source, source_locale, words)
    src, src_names = list(cached), list(cached_names)
    tgt, tgt_names = tokens(translation, target_locale, words=words)
    if any(q.unit is None and DIGIT_ORDINAL.fullmatch(q.text) for q in src):  # "on the 2nd day" → «на второй день»:
        tgt += [Quantity(Decimal(o.value), None, None, o.text, o.start, word=True)  # its ordinal word, counted where
                for o in ordinals(translation, target_locale)]  # it matches
    # A dose's rate ("per day") is compared: both sides' duration words, the translation's only where the source
    # has one (else they are left over, and dropped, with nothing to compare them with).
    durations_s = any(q.unit in DURATIONS for q in src)
    durations_t = any(q.unit in DURATIONS for q in tgt if not q.implied)
    dose = disclaimer or any(is_dose(q) for q in src)  # a disclaimer's time words are compared as a dose's rate
    said = implied(source, source_locale) if dose or durations_t else []
    if durations_s or (dose and said):
        tgt += implied(translation, target_locale)
    src += said
    src, tgt = with_named(source, src, translation, tgt, source_locale)
    src, tgt_names = _named_counts(src, _surplus(tgt_names, src_names), tgt_names)
    wild_s, wild_t = not syntax(source_locale).vocabulary, not syntax(target_locale).vocabulary
    curated = syntax(target_locale).curated
    if not (curated and syntax(source_locale).curated):  # "2 tablets" → "2 Tabletten": two bare 2s
        src, tgt = _uncounted(src), _uncounted(tgt)
    if not all(syntax(locale).language in AFTERNOON for locale in (source_locale, target_locale)):
        values_s, values_t = {q.low for q in src}, {q.low for q in tgt}  # "6 p.m." → "6 Uhr abends": both 6;
        src, tgt = _before_noon(src, values_t), _before_noon(tgt, values_s)  # → "18:00": both 18
    bounds = bound_problems(source, src, translation, tgt, syntax(source_locale).language,
                            syntax(target_locale).language)
    said = nouns(translation, target_locale) if any(_said_by_noun(q) for q in src) else []
    found = _quantity_problems(src, tgt, wild_s, wild_t, curated, disclaimer, said, translation)
    return frequencies(found, source, translation, syntax(target_locale).language) \
        + _name_problems(src_names, tgt_names) \
        + [(0, at, message, "error") for at, message in bounds]


def _uncounted(quantities: list[Quantity]) -> list[Quantity]:
    """``quantities`` with no unit of COUNT_UNITS (a number of tablets read as a bare number)."""
    return [replace(q, unit=None) if q.unit in COUNT_UNITS else q for q in quantities]


def _before_noon(quantities: list[Quantity], other: Collection[Decimal]) -> list[Quantity]:
    """``quantities`` with each hour read after noon ("8 p.m.": 20) as written (8), unless the ``other`` side's
    values have it (the 24-hour "20:00"): where one language's words for the afternoon are unknown, both sides'
    hours are compared as written."""
    return [replace(q, low=q.low - 12, afternoon=False) if q.afternoon and q.low not in other else q
            for q in quantities]
