"""The fast line-breaking path (used by stele.po.wrap): break opportunities found by one regular expression, built
from stele.po.linebreak's rules, for texts of one-column characters whose classes are known in advance."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from itertools import accumulate, repeat

from stele.po.linebreak import break_allowed, char_width, escape_class, line_class

# Fast path. A message made only of one-column characters whose classes are known in
# advance (Latin, Cyrillic, ASCII punctuation, the escapes) is cut at its break
# opportunities by one regular expression, built from ``break_allowed`` itself, instead of a
# Python loop over units: the same lines, byte for byte, several times faster.
_BASE_RANGES = ((0x00, 0x052F), (0x2000, 0x206F), (0x20AC, 0x20AC), (0x2116, 0x2116))
_Key = tuple[str, str, bool]  # class at the start, class at the end, is the escaped newline


def _one_column(char: str) -> bool:
    return not unicodedata.combining(char) and char_width(char) == 1


def _char_class(chars: list[str]) -> str:
    """A regex character class matching exactly ``chars``."""
    codes = sorted(ord(char) for char in chars)
    spans: list[list[int]] = []
    for code in codes:
        if spans and spans[-1][1] == code - 1:
            spans[-1][1] = code
        else:
            spans.append([code, code])
    return "[" + "".join(f"\\U{low:08x}-\\U{high:08x}" for low, high in spans) + "]"


def _keys(escapes: dict[str, str]) -> dict[str, _Key]:
    keys: dict[str, _Key] = {}
    for low, high in _BASE_RANGES:
        for code in range(low, high + 1):
            char = chr(code)
            if _one_column(char) and char not in escapes:
                keys[char] = (line_class(char), line_class(char), False)
    for char, escaped in escapes.items():
        keys[char] = ("PR", escape_class(escaped), escaped == "\\n")
    return keys


_Groups = dict[tuple[str, frozenset[str]], list[str]]


def _after_sets(keys: dict[str, _Key]) -> _Groups:
    """Characters that may end a segment, grouped by kind and the characters that may follow.

    Kinds: "run" (a letter or digit, or an escape ending like one), "plain" (any other
    character) and "spaced" (the character before a run of spaces). The escaped newline
    neither takes a break before it nor gives one after it (``_field`` starts a portion).
    """
    by_key: dict[_Key, list[str]] = {}
    for char, key in keys.items():
        by_key.setdefault(key, []).append(char)
    groups: dict[tuple[str, frozenset[_Key]], list[str]] = {}
    for before, chars in by_key.items():
        if before[2] or before[1] == "SP":
            continue
        plain = frozenset(a for a in by_key if not a[2] and break_allowed(before[1], a[0], None))
        spaced = frozenset(a for a in by_key if not a[2] and a[0] != "SP" and break_allowed("SP", a[0], before[1]))
        kind = "run" if before[1] in ("AL", "NU") else "plain"
        for flag, afters in ((kind, plain), ("spaced", spaced)):
            if afters:
                groups.setdefault((flag, afters), []).extend(chars)
    return {(flag, frozenset(c for a in afters for c in by_key[a])): chars for (flag, afters), chars in groups.items()}


class Fast:
    """What the fast path needs for one escape table.

    ``breaks`` starts with one character class, so the regex engine skips letters
    without trying a branch; breaks after letters (before an em dash) are rare and
    only ``all_breaks`` finds them, used for a text holding a character ``run_trigger`` finds.
    """

    def cut(self, text: str, escape: bool, offset: int, inside: bytearray | None) -> tuple[str, list[int]]:
        """``text`` (escaped when ``escape``) and the columns where its segments end: after each of its break
        opportunities but those inside a directive (``inside``, from ``offset`` in the value), and at its end.

        The pieces ``split`` gives alternate text and the character(s) before a break, so the breaks are the
        running lengths at its odd places: found without a Python loop over the pieces.
        """
        parts = (self.all_breaks if self.run_trigger.search(text) else self.breaks).split(text)
        shown = list(map(str.translate, parts, repeat(self.table))) if escape else parts
        ends = list(accumulate(map(len, shown)))[1::2]
        if inside is not None:
            starts = list(accumulate(map(len, parts)))[1::2] if escape else ends
            ends = [end for end, start in zip(ends, starts, strict=True) if not inside[offset + start]]
        joined = "".join(shown)
        ends.append(len(joined))
        return joined, ends

    def __init__(self, escapes: dict[str, str]) -> None:
        self.escapes = dict(escapes)
        keys = _keys(escapes)
        self.outside = re.compile("[^" + _char_class(list(keys))[1:])
        spaces = [char for char, key in keys.items() if key[1] == "SP"]
        groups = _after_sets(keys) if spaces else {}
        tops: list[str] = list(spaces)
        main: list[str] = []
        runs: list[str] = []
        triggers: list[str] = []
        for (kind, after_chars), befores in groups.items():
            afters = _char_class(list(after_chars))
            if kind == "spaced":
                main.insert(0, f"(?<={_char_class(befores)}{_char_class(spaces)}){_char_class(spaces)}*(?={afters})")
            elif kind == "plain":
                tops += befores
                main.append(f"(?<={_char_class(befores)})(?={afters})")
            else:
                triggers += after_chars
                runs.append(f"{_char_class(befores)}(?={afters})")
        self.spaces = "".join(spaces)
        main_pattern = _char_class(tops) + "(?:" + "|".join(main) + ")"
        self.breaks = re.compile(f"({main_pattern})")
        self.all_breaks = re.compile("(" + "|".join([main_pattern, *runs]) + ")")
        self.last_breaks = re.compile(r"[\s\S]*" + self.breaks.pattern)
        self.last_all_breaks = re.compile(r"[\s\S]*" + self.all_breaks.pattern)
        self.run_trigger = re.compile(_char_class(triggers) if triggers else "(?!)")
        self.escaped = re.compile(_char_class(list(escapes)) if escapes else "(?!)")
        self.table = str.maketrans(escapes)


_FAST: list[Fast] = []


def fast_for(escapes: dict[str, str]) -> Fast | None:
    """The fast path's tables for ``escapes``, or None when it cannot serve them."""
    for fast in _FAST:
        if fast.escapes == escapes:
            return fast
    if escapes.get("\n") != "\\n" or list(escapes.values()).count("\\n") != 1:
        return None
    if any(len(char) != 1 for char in escapes):
        return None
    _FAST.append(Fast(escapes))
    return _FAST[-1]


def fill(text: str, ends: list[int], width: int, first_width: int) -> list[str]:
    """``wrap_units`` over a text of one column per character, breakable only at ``ends``.

    Greedy, as ``wrap_units``: each line takes the most segments that fit (at least one),
    found by bisection over the segments' ends instead of a loop over segments.
    """
    if len(text) <= first_width:
        return [text]
    lines: list[str] = []
    start = index = 0
    limit = first_width
    count = len(ends)
    while index < count:
        stop = max(bisect_right(ends, start + limit, index), index + 1)
        end = ends[stop - 1]
        lines.append(text[start:end])
        start, index, limit = end, stop, width
    return lines


def fill_plain(text: str, breaks: re.Pattern[str], last: re.Pattern[str], spaces: str, width: int,
               inside: bytearray | None) -> list[str]:
    """``fill(*cut(text), width, width)`` for a text that needs no escaping, without finding every break: the
    last break that fits a line is found by ``last`` (``breaks`` after a greedy ``[\\s\\S]*``) backing off from
    the line's end; only a line without one (a word longer than a line) looks ahead for the next."""
    size = len(text)
    lines: list[str] = []
    start = 0
    while size - start > width:
        high = start + width
        end = last_break(text, last, start, high, inside)
        if end is None:
            end = _next_break(text, breaks, _run_start(text, high, start, spaces), high, inside)
        lines.append(text[start:end])
        if end == size:
            return lines
        start = end
    lines.append(text[start:])
    return lines


def last_break(text: str, last: re.Pattern[str], low: int, high: int, inside: bytearray | None) -> int | None:
    """Where the last break of ``text`` between ``low`` and ``high`` is (None: there is none), but none inside a
    directive. A break is found the same whatever the search started from: it is one character, or a run of
    spaces from its first (the one the character before decides), then the character after it."""
    stop = high + 1  # the character after the break must be seen
    while (match := last.match(text, low, stop)) is not None:
        end = match.end()
        if inside is None or not inside[end]:
            return end
        stop = match.start(1) + 1  # no break can start at match.start(1) now: earlier ones only
    return None


def _run_start(text: str, position: int, start: int, spaces: str) -> int:
    """``position``, or where the run of spaces before it begins (not before ``start``)."""
    while position > start and text[position - 1] in spaces:
        position -= 1
    return position


def _next_break(text: str, breaks: re.Pattern[str], low: int, high: int, inside: bytearray | None) -> int:
    """The first break of ``text`` after ``high``, searched from ``low``, or the text's end."""
    for match in breaks.finditer(text, low):
        end = match.end()
        if end > high and (inside is None or not inside[end]):
            return end
    return len(text)
