"""A small PO writer in GNU msgcat's layout (79 columns), independent of stele's own writer.

The benchmark inputs are written with this module rather than with ``stele.po`` so that the
inputs do not change when stele's writer does. Wrapping follows GNU for the text the generator
produces: a string goes on one line when it fits and has no inner ``\\n``; otherwise it starts with
``""`` and breaks after each ``\\n`` and after the last space that fits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

PAGE_WIDTH = 79
# Break opportunities (a subset of UAX #14 that covers the generated text): after a space, after
# a slash before a letter (URLs, closing tags), and between "]" and "(" (Markdown links).
_BREAK = re.compile(r" |/(?=[^\W\d_])|\](?=\()")
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t"}


@dataclass
class Entry:
    """One message. ``msgstr_plural`` is used when ``msgid_plural`` is set."""

    msgid: str
    msgstr: str = ""
    msgid_plural: str | None = None
    msgstr_plural: list[str] = field(default_factory=list)
    msgctxt: str | None = None
    flags: list[str] = field(default_factory=list)
    previous_msgid: str | None = None
    tcomment: str = ""
    comment: str = ""
    references: list[str] = field(default_factory=list)
    obsolete: bool = False


def render_catalog(header_comment: str, header: dict[str, str], entries: list[Entry], *, fuzzy: bool) -> str:
    """The whole file: header entry, then the entries, separated by blank lines."""
    head = Entry(
        msgid="",
        msgstr="".join(f"{key}: {value}\n" for key, value in header.items()),
        tcomment=header_comment,
        flags=["fuzzy"] if fuzzy else [],
    )
    return "\n".join(render_entry(entry) for entry in [head, *entries])


def render_entry(entry: Entry) -> str:
    """One entry, newline-terminated."""
    lines = [f"# {line}".rstrip() for line in entry.tcomment.split("\n")] if entry.tcomment else []
    lines += [f"#. {line}" for line in entry.comment.split("\n")] if entry.comment else []
    if entry.references and not entry.obsolete:
        lines += _reference_lines(entry.references)
    if entry.flags:
        lines.append("#, " + ", ".join(entry.flags))
    prefix = "#~ " if entry.obsolete else ""
    if entry.previous_msgid is not None:
        lines += _field("#~| " if entry.obsolete else "#| ", "msgid", entry.previous_msgid)
    if entry.msgctxt is not None:
        lines += _field(prefix, "msgctxt", entry.msgctxt)
    lines += _field(prefix, "msgid", entry.msgid)
    if entry.msgid_plural is not None:
        lines += _field(prefix, "msgid_plural", entry.msgid_plural)
        for index, text in enumerate(entry.msgstr_plural):
            lines += _field(prefix, f"msgstr[{index}]", text)
    else:
        lines += _field(prefix, "msgstr", entry.msgstr)
    return "\n".join(lines) + "\n"


def _reference_lines(references: list[str]) -> list[str]:
    lines, line = [], "#:"
    for ref in references:
        if len(line) > 2 and len(line) + 1 + len(ref) > PAGE_WIDTH:
            lines.append(line)
            line = "#:"
        line += " " + ref
    lines.append(line)
    return lines


def _escape(text: str) -> str:
    return "".join(_ESCAPES.get(char, char) for char in text)


def _field(prefix: str, keyword: str, value: str) -> list[str]:
    escaped = _escape(value)
    head = f"{prefix}{keyword} "
    if "\n" not in value[:-1] and len(head) + len(escaped) + 2 <= PAGE_WIDTH:
        return [f'{head}"{escaped}"']
    room = PAGE_WIDTH - len(prefix) - 2
    lines = [f'{head}""']
    for portion in _portions(escaped):
        lines += [f'{prefix}"{chunk}"' for chunk in _wrap(portion, room)]
    return lines


def _portions(escaped: str) -> list[str]:
    """Split after each escaped newline (``\\n``), keeping it at the end of its portion."""
    parts = escaped.replace("\\\\", "\0").split("\\n")
    portions = [part + "\\n" for part in parts[:-1]] + [parts[-1]]
    return [portion.replace("\0", "\\\\") for portion in portions if portion]


def _wrap(text: str, room: int) -> list[str]:
    """Greedy: cut at the last break opportunity that keeps the line within ``room`` columns."""
    chunks: list[str] = []
    while len(text) > room:
        fitting = [m.end() for m in _BREAK.finditer(text, 0, room + 1) if 0 < m.end() <= room]
        cut = fitting[-1] if fitting else next((m.end() for m in _BREAK.finditer(text, room)), 0)
        if cut == 0:
            break
        chunks.append(text[:cut])
        text = text[cut:]
    if text:
        chunks.append(text)
    return chunks
