"""Line-break opportunities for PO output (UAX #14 as GNU libunistring applies it), and the unit-by-unit wrapping
that is the reference for the fast path (stele.po.wrap_fast)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

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
def line_class(char: str) -> str:
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


def break_allowed(before: str, after: str, before_space: str | None) -> bool:
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
RUN = re.compile(r"[0-9A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0400-\u0482\u048a-\u052f]{2,}|[\s\S]")


def units(value: str, escapes: dict[str, str]) -> list[Unit]:
    """Cut ``value`` into the atomic units of wrapping, escaping each character as ``escapes`` says."""
    found: list[Unit] = []
    for match in RUN.finditer(value):
        text = match.group()
        if len(text) > 1:
            found.append((text, line_class(text[0]), line_class(text[-1]), len(text)))
            continue
        escaped = escapes.get(text)
        if escaped is not None:
            found.append((escaped, "PR", escape_class(escaped), len(escaped)))
        else:
            cls = line_class(text)
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
        if before is not None and text != "\\n" and break_allowed(before, first, before_space):
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


def escape_class(unit: str) -> str:
    return {'\\"': "QU", "\\\\": "PR"}.get(unit, "AL")
