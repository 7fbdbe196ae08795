"""Line breaking for PO output: GNU gettext's wrapping (UAX #14 opportunities, 79 columns)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from stele.po.linebreak import RUN, Unit, units, wrap_units
from stele.po.wrap_fast import Fast, fast_for, fill, fill_plain, last_break


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
    fast = fast_for(escapes)
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
    for item, match in zip(items, RUN.finditer(value), strict=True):
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


def _layout_fast(value: str, fast: Fast, width: int, first_width: int, escape: bool,
                 inside: bytearray | None) -> Layout:
    """``layout`` of a text the fast path serves that does not fit after the keyword as it stands."""
    if not escape:
        runs = fast.run_trigger.search(value) is not None
        breaks, last = (fast.all_breaks, fast.last_all_breaks) if runs else (fast.breaks, fast.last_breaks)
        lines = fill_plain(value, breaks, last, fast.spaces, width, inside)
        # on the keyword's line only when no break can be made at all (it is longer than first_width)
        return len(lines) == 1 and last_break(value, last, 0, len(value) - 1, inside) is None, lines
    if "\n" not in value[:-1]:
        lines = fill(*fast.cut(value, escape, 0, inside), width, first_width)
        if len(lines) == 1:
            return True, lines
    pieces = value.split("\n")
    portions = [piece + "\n" for piece in pieces[:-1]] + [pieces[-1]] * bool(pieces[-1])
    found: list[str] = []
    offset = 0
    for portion in portions:
        found += fill(*fast.cut(portion, escape, offset, inside), width, width)
        offset += len(portion)
    return False, found
