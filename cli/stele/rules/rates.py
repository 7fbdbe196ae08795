"""Rates for the numbers rule: a dose's time words with no number ("a day", "weekly", «в неделю», "one week")
compared where a dose or a disclaimer is at stake, and how a changed rate or unit is told."""

from __future__ import annotations

from collections.abc import Sequence

from stele.rules.number_syntax import DURATIONS
from stele.rules.number_tokens import Quantity

__all__ = ["Problem", "rate_change", "rate_problems"]

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
