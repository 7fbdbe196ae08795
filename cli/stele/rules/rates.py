"""Rates for the numbers rule: a dose's time words with no number ("a day", "weekly", «в неделю», "one week")
compared where a dose or a disclaimer is at stake, and how a changed rate or unit is told."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from decimal import Decimal
from functools import lru_cache

from stele.rules.number_syntax import DURATIONS
from stele.rules.number_tokens import IN_OF, Quantity
from stele.rules.number_words import number_words

__all__ = ["Problem", "frequencies", "rate_change", "rate_problems", "split_doses"]

Problem = tuple[int, int, str, str]  # (0: at a source / 1: at a translation position, offset, message, severity)


def rate_problems(left_s: list[Quantity], left_t: list[Quantity], dosed: bool) -> list[Problem]:
    """A duration word with no number, left unmatched on both sides, in a message with a dose or a disclaimer
    (``dosed``): "4 g per day" → "4 г в неделю", "2-3 times a day" → "2–3 раза в неделю", "no longer than a week" →
    «не дольше месяца». Not where a number of days or weeks is left too ("a month" → "4 недели" may be the same
    time), nor for a one-letter word ("h", "ч." of "в т. ч.")."""
    if not dosed or _loose_durations(left_s) or _loose_durations(left_t, bare_in=left_s):
        return []
    words_s, words_t = ([q for q in side if (q.implied or _one_time(q)) and len(q.text.rstrip(".")) > 1]
                        for side in (left_s, left_t))
    return [(0, s.start, f'"{s.text}" became "{t.text}" ({rate_change(s, t)})', "error")
            for s, t in zip(words_s, words_t, strict=False)]


def _loose_durations(ours: list[Quantity], bare_in: Sequence[Quantity] = ()) -> bool:
    """Whether ``ours`` has a number of a duration left that ``bare_in`` has no bare number of the same value for (a
    source's bare number the translation gives a unit of time: "over 65" → «старше 65 років», an age, no time the
    dose is taken over; not the other way: "7 days" → "7" lost its unit, which is reported)."""
    bare = {q.low for q in bare_in if q.unit is None and q.high is None and not q.implied}
    return any(q.unit in DURATIONS and not q.implied and not _one_time(q) and not (q.high is None and q.low in bare)
               for q in ours)


def _one_time(q: Quantity) -> bool:
    """A duration of one spelled out ("one week", «одну неделю»): the time word alone says as much ("a week")."""
    return q.word and q.low == 1 and q.high is None and q.unit in DURATIONS


def rate_change(s: Quantity, t: Quantity) -> str:
    if s.unit != t.unit:
        return f"unit changed: {s.unit} → {t.unit}"
    return f"rate changed: {_every(s)} → {_every(t)}"  # every other day → daily


def _every(q: Quantity) -> str:
    """"every 2 days", "every day", "every 2 h"."""
    value, unit = q.value, q.unit or ""
    return f"every {unit}" if value == "1" else f"every {value} {unit}{'s' if len(unit) > 1 else ''}"


_COUNTS = ("times", "dose")  # a number of times or of doses a day's amount is taken in


def split_doses(left_s: list[Quantity], left_t: list[Quantity], amount: Callable[[Quantity], bool]) -> None:
    """Remove a day's amount the translation gives per dose with the number of doses, where the source gives that
    number too ("2 g a day, divided into two doses" → «по 1 г два раза в день»; "2-4 g in 2 divided doses" → «по
    1–2 г дважды»): the amounts, the source's count and the translation's, left unmatched on each side."""
    for s in [q for q in left_s if amount(q) and not q.implied]:
        for t in [q for q in left_t if q.unit == s.unit and not q.implied and 0 < q.low < s.low]:
            times = s.low / t.low
            if times != times.to_integral_value() or not 2 <= times <= 6 or not _same_split(s, t, times):
                continue
            ours = _count(left_s, times, (*_COUNTS, None))
            theirs = _count(left_t, times, _COUNTS)
            if ours is not None and theirs is not None:
                for side, found in ((left_s, s), (left_s, ours), (left_t, t), (left_t, theirs)):
                    side.remove(found)
                break


def _same_split(s: Quantity, t: Quantity, times: Decimal) -> bool:
    return (s.high is None and t.high is None) or (s.high is not None and t.high is not None and
                                                   s.high == t.high * times)


def _count(side: list[Quantity], times: Decimal, units: tuple[str | None, ...]) -> Quantity | None:
    return next((q for q in side if q.unit in units and q.low == times and q.high is None and not q.implied), None)


# "1 in 10", "1 out of 1,000", «1 из 100», «1 з 10 000»: how often something happens, the number of people (N) after it
_ONE_IN = re.compile(rf"(?<![\d.,])1\s+{IN_OF}\s+(?=\d)", re.IGNORECASE)


@lru_cache(maxsize=256)
def _one_in(language: str) -> re.Pattern[str]:
    """"1 in M" in a translation, the one and the M in digits or in words, a noun between («у одного человека из
    ста», «в однієї людини з тисячі»)."""
    ones = sorted((word for word, value in number_words(language).items() if value == 1), key=len, reverse=True)
    one = "|".join(["1", *map(re.escape, ones)])
    return re.compile(rf"(?<![\w.,])(?:{one})(?:\s+[^\W\d_]+)?\s+{IN_OF}\s+(?=\w)", re.IGNORECASE)


def frequencies(problems: list[Problem], source: str, translation: str, language: str) -> list[Problem]:
    """``problems``, those about the N of the source's "1 in N" errors where the translation says "1 in M" too: a
    frequency changed ("1 in 10" → «1 из 100», «у одного из ста»), not a number put another way («10 %» for "1 in 10"
    stays a warning)."""
    if not problems or _one_in(language).search(translation) is None:
        return problems
    starts = {match.end() for match in _ONE_IN.finditer(source)}
    return [(side, at, message, "error" if side == 0 and at in starts else severity)
            for side, at, message, severity in problems]
