"""Line breaking for PO output: GNU gettext's wrapping (UAX #14 opportunities, 79 columns)."""

from __future__ import annotations

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


def wrap_units(units: list[str], width: int, first_width: int) -> list[str]:
    """Greedily fill lines of ``width`` columns from atomic ``units`` (escaped characters).

    A unit's class is that of its first character, except that an escape
    sequence such as ``\\"`` is judged by its last character after it.
    Returns the lines; a unit run longer than a line overflows rather than
    being cut where no break is allowed.
    """
    lines: list[str] = []
    line: list[str] = []
    column = 0
    limit = first_width
    piece: list[str] = []
    piece_width = 0
    before = before_space = None
    for unit in units:
        first = _cls(unit[0]) if len(unit) == 1 else "PR"
        if before is not None and unit != "\\n" and _allowed(before, first, before_space):
            if line and column + piece_width > limit:
                lines.append("".join(line))
                line, column, limit = [], 0, width
            line.extend(piece)
            column += piece_width
            piece, piece_width = [], 0
        piece.append(unit)
        piece_width += sum(char_width(c) for c in unit)
        last = _cls(unit[-1]) if len(unit) == 1 else _escape_class(unit)
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
