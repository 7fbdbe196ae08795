"""Line breaking for PO output: GNU gettext's wrapping (UAX #14 opportunities, 79 columns)."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache
from itertools import accumulate, repeat

# Line-break classes (UAX #14), reduced to those that change a decision in running text.
_CLASSES: dict[str, str] = {
    " ": "SP",
    "\u00a0": "GL",
    "\u202f": "GL",
    "\u2007": "GL",
    "\u2060": "WJ",
    "\ufeff": "WJ",
    "-": "HY",
    "\t": "BA",
    "|": "BA",
    "\u2010": "BA",
    "\u2013": "BA",
    "\u00ad": "BA",
    "\u2014": "B2",
    "(": "OP",
    "[": "OP",
    "{": "OP",
    "\u00a1": "OP",
    "\u00bf": "OP",
    "\u201a": "OP",
    "\u201e": "OP",
    ")": "CP",
    "]": "CP",
    "}": "CL",
    '"': "QU",
    "'": "QU",
    "\u00ab": "QU",
    "\u00bb": "QU",
    "\u2018": "QU",
    "\u2019": "QU",
    "\u201c": "QU",
    "\u201d": "QU",
    "\u2039": "QU",
    "\u203a": "QU",
    "!": "EX",
    "?": "EX",
    ",": "IS",
    ".": "IS",
    ":": "IS",
    ";": "IS",
    "/": "SY",
    "$": "PR",
    "+": "PR",
    "\\": "PR",
    "\u00a3": "PR",
    "\u20ac": "PR",
    "\u2116": "PR",
    "%": "PO",
    "\u00b0": "PO",
    "\u2030": "PO",
    "\u2026": "IN",
}
_NO_BREAK_BEFORE = {"SP", "CL", "CP", "EX", "IS", "SY", "WJ"}
_NUMERIC_BEFORE = {"PR", "PO", "HY", "OP", "SY", "IS", "NU"}


@lru_cache(maxsize=4096)
def _cls(char: str) -> str:
    found = _CLASSES.get(char)
    if found is not None:
        return found
    if char.isdigit():
        return "NU"
    if unicodedata.east_asian_width(char) in ("W", "F"):
        return "ID"
    return "AL"


def char_width(char: str) -> int:
    """Columns a character takes on a terminal (CJK wide: 2; combining: 0)."""
    if unicodedata.combining(char):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def _allowed(before: str, after: str, before_space: str | None) -> bool:
    """May a line break between class ``before`` and class ``after``?

    ``before_space`` is the class of the last non-space before a run of
    spaces when ``before`` is SP.
    """
    if after in _NO_BREAK_BEFORE or before in ("WJ", "GL"):
        return False
    if before == "SP":
        if before_space is None or before_space == "OP":
            return False
        return not (before_space == "QU" and after == "OP") and not (before_space == "B2" and after == "B2")
    if after == "GL":
        return before in ("BA", "HY")
    if before == "OP" or before == "QU" or after == "QU":
        return False
    if after in ("BA", "HY", "IN") or before == "BB":
        return False
    if after == "NU":
        return before not in _NUMERIC_BEFORE and before != "AL"
    if before == "NU":
        return after not in ("AL", "PO", "PR", "OP")
    if (before in ("PR", "PO") and after == "AL") or (before == "AL" and after in ("PR", "PO")):
        return False
    if (before == "AL" and after in ("AL", "OP")) or (before in ("PR", "PO") and after == "OP"):
        return False
    if before == "CP" and after == "AL":
        return False
    return not (before == "B2" and after == "B2")


Unit = tuple[str, str, str, int]  # text as written, class before it, class after it, columns

# Runs of these letters and digits hold no break opportunity (AL×AL, AL×NU, NU×AL, NU×NU),
# so they are measured as one unit: a 1 MB message wraps in a fraction of a second.
_RUN = re.compile(r"[0-9A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0400-\u0482\u048a-\u052f]{2,}|[\s\S]")


def units(value: str, escapes: dict[str, str]) -> list[Unit]:
    """Cut ``value`` into the atomic units of wrapping, escaping each character as ``escapes`` says."""
    found: list[Unit] = []
    for match in _RUN.finditer(value):
        text = match.group()
        if len(text) > 1:
            found.append((text, _cls(text[0]), _cls(text[-1]), len(text)))
            continue
        escaped = escapes.get(text)
        if escaped is not None:
            found.append((escaped, "PR", _escape_class(escaped), len(escaped)))
        else:
            cls = _cls(text)
            found.append((text, cls, cls, char_width(text)))
    return found


def wrap_units(items: list[Unit], width: int, first_width: int) -> list[str]:
    """Greedily fill lines of ``width`` columns (``first_width`` for the first) with ``items``.

    Breaks only where UAX #14, as GNU libunistring applies it, allows one, and
    never just before an escaped newline; a run longer than a line overflows.
    """
    lines: list[str] = []
    line: list[str] = []
    column = 0
    limit = first_width
    piece: list[str] = []
    piece_width = 0
    before = before_space = None
    for text, first, last, size in items:
        if before is not None and text != "\\n" and _allowed(before, first, before_space):
            if line and column + piece_width > limit:
                lines.append("".join(line))
                line, column, limit = [], 0, width
            line.extend(piece)
            column += piece_width
            piece, piece_width = [], 0
        piece.append(text)
        piece_width += size
        if last != "SP":
            before_space = last
        before = last
    if line and column + piece_width > limit:
        lines.append("".join(line))
        line = []
    line.extend(piece)
    lines.append("".join(line))
    return lines


def _escape_class(unit: str) -> str:
    return {'\\"': "QU", "\\\\": "PR"}.get(unit, "AL")


# Fast path. A message made only of one-column characters whose classes are known in
# advance (Latin, Cyrillic, ASCII punctuation, the escapes) is cut at its break
# opportunities by one regular expression, built from ``_allowed`` itself, instead of a
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
                keys[char] = (_cls(char), _cls(char), False)
    for char, escaped in escapes.items():
        keys[char] = ("PR", _escape_class(escaped), escaped == "\\n")
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
        plain = frozenset(a for a in by_key if not a[2] and _allowed(before[1], a[0], None))
        spaced = frozenset(a for a in by_key if not a[2] and a[0] != "SP" and _allowed("SP", a[0], before[1]))
        kind = "run" if before[1] in ("AL", "NU") else "plain"
        for flag, afters in ((kind, plain), ("spaced", spaced)):
            if afters:
                groups.setdefault((flag, afters), []).extend(chars)
    return {(flag, frozenset(c for a in afters for c in by_key[a])): chars for (flag, afters), chars in groups.items()}


class _Fast:
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
        main_pattern = _char_class(tops) + "(?:" + "|".join(main) + ")"
        self.breaks = re.compile(f"({main_pattern})")
        self.all_breaks = re.compile("(" + "|".join([main_pattern, *runs]) + ")")
        self.run_trigger = re.compile(_char_class(triggers) if triggers else "(?!)")
        self.escaped = re.compile(_char_class(list(escapes)) if escapes else "(?!)")
        self.table = str.maketrans(escapes)


_FAST: list[_Fast] = []


def _fast_for(escapes: dict[str, str]) -> _Fast | None:
    """The fast path's tables for ``escapes``, or None when it cannot serve them."""
    for fast in _FAST:
        if fast.escapes == escapes:
            return fast
    if escapes.get("\n") != "\\n" or list(escapes.values()).count("\\n") != 1:
        return None
    if any(len(char) != 1 for char in escapes):
        return None
    _FAST.append(_Fast(escapes))
    return _FAST[-1]


def _fill(text: str, ends: list[int], width: int, first_width: int) -> list[str]:
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


def _inside(value: str, spans: list[tuple[int, int]]) -> bytearray:
    """A mask of ``value``'s positions where no line may break (strictly inside a span)."""
    inside = bytearray(len(value) + 1)
    for start, end in spans:
        inside[start + 1:end] = b"\1" * max(end - start - 1, 0)
    return inside


def directive_spans(value: str, patterns: Sequence[re.Pattern[str]]) -> list[tuple[int, int]]:
    """Where ``patterns`` (format directives) match ``value`` over more than one character, sorted."""
    return sorted(m.span() for pattern in patterns for m in pattern.finditer(value) if m.end() - m.start() > 1)


Layout = tuple[bool, list[str]]  # fits on the keyword's line; the quoted texts of the lines


def layout(value: str, escapes: dict[str, str], width: int, first_width: int,
           protect: list[tuple[int, int]] | None = None, patterns: Sequence[re.Pattern[str]] = ()) -> Layout:
    """How a PO field shows ``value``, escaped as ``escapes`` says, as GNU msgcat does.

    ``(True, [text])`` when it fits after the keyword (``first_width`` columns), else
    ``(False, lines)``: the lines under ``keyword ""``, of ``width`` columns, a new one
    after every escaped newline. No line breaks inside a ``protect`` span, nor inside a
    match of ``patterns`` (format directives; sought only when the text must be broken).
    """
    fast = _fast_for(escapes)
    if fast is None or fast.outside.search(value):
        spans = protect if protect is not None else directive_spans(value, patterns)
        return layout_general(value, escapes, width, first_width, spans)
    escape = fast.escaped.search(value) is not None
    newline = "\n" in value[:-1]
    if not newline:
        text = value.translate(fast.table) if escape else value
        if len(text) <= first_width:
            return True, [text]
    spans = protect if protect is not None else directive_spans(value, patterns)
    if spans and any("\n" in value[start:end] for start, end in spans):
        return layout_general(value, escapes, width, first_width, spans)
    return _layout_fast(value, fast, width, first_width, escape, _inside(value, spans) if spans else None)


def _protected(value: str, items: list[Unit], spans: list[tuple[int, int]]) -> list[Unit]:
    """``items`` with every unit that starts inside a span joined to the one before it."""
    inside = _inside(value, spans)
    joined: list[Unit] = []
    for item, match in zip(items, _RUN.finditer(value), strict=True):
        if joined and inside[match.start()]:
            text, first, _, size = joined[-1]
            joined[-1] = (text + item[0], first, item[2], size + item[3])
        else:
            joined.append(item)
    return joined


def layout_general(value: str, escapes: dict[str, str], width: int, first_width: int,
                   protect: list[tuple[int, int]] | None = None) -> Layout:
    """``layout`` for any text, unit by unit (the reference the fast path must match)."""
    items = units(value, escapes)
    if protect:
        items = _protected(value, items, protect)
    if "\n" not in value[:-1]:
        lines = wrap_units(items, width, first_width)
        if len(lines) == 1:
            return True, lines
    portions: list[list[Unit]] = [[]]
    for item in items:
        portions[-1].append(item)
        if item[0] == "\\n":
            portions.append([])
    return False, [line for portion in portions if portion for line in wrap_units(portion, width, width)]


def _layout_fast(value: str, fast: _Fast, width: int, first_width: int, escape: bool,
                 inside: bytearray | None) -> Layout:
    """``layout`` of a text the fast path serves that does not fit after the keyword as it stands."""
    if "\n" not in value[:-1]:
        lines = _fill(*fast.cut(value, escape, 0, inside), width, first_width)
        if len(lines) == 1:
            return True, lines
    pieces = value.split("\n")
    portions = [piece + "\n" for piece in pieces[:-1]] + [pieces[-1]] * bool(pieces[-1])
    found: list[str] = []
    offset = 0
    for portion in portions:
        found += _fill(*fast.cut(portion, escape, offset, inside), width, width)
        offset += len(portion)
    return False, found
