"""PO parts: a PO file read piece by piece, each piece cut at an entry boundary, with what joins them checked."""

from __future__ import annotations

import re
from dataclasses import dataclass

from stele.collector import collector_paused
from stele.po.catalog import Catalog, Message
from stele.po.fast import lean_catalog
from stele.po.syntax import _ENDABLE, _duplicates, _read, _Reader

# A blank line followed by a line that can only begin a new entry: a comment (not #~ or #|), msgctxt or msgid.
BOUNDARY_RE = re.compile(rb"\n[ \t\r\f\v]*\n(?=#[^~|]|msgctxt[ \t]|msgid[ \t])")
_BOM = "byte order mark at the start of the file: msgfmt cannot read it; save without BOM"


@dataclass(slots=True)
class PoPart:
    """One piece of a PO file, read as the whole file's reader reads it when ``clean`` holds."""

    parsed: Catalog  # its messages, and problems (duplicates among its own messages included)
    clean: bool  # it ends between entries: nothing in progress that the next piece could continue
    keys: frozenset[int]  # hashes of its messages' duplicate keys, to find duplicates across pieces


def find_boundary(data: bytes, start: int = 0) -> int | None:
    """The offset just after the first entry boundary (a blank line) at or after ``start``, if any."""
    match = BOUNDARY_RE.search(data, start)
    return match.end() if match is not None else None


def parse_po_part(
    text: str, first_line: int, *, undecodable: bool = False, header_read: bool = False, codec: str = "utf-8"
) -> PoPart:
    """Read ``text``, a piece of a PO file whose first line is line ``first_line`` of the file.

    ``header_read``: the file's header entry stands before this piece (bytes invalid in the charset are then
    problems, as in ``parse_po``). ``codec`` decodes the bytes of octal and hex escapes, as in ``parse_po``.
    """
    with collector_paused():
        lean = None if undecodable else lean_catalog(text, first_line)
    if lean is not None:  # entries only, each complete: nothing in progress
        return PoPart(lean, True, frozenset(hash(duplicate_key(message)) for message in lean.messages))
    reader = _Reader(undecodable, codec)
    reader.check_bytes = header_read
    if first_line == 1 and text.startswith("\ufeff"):
        reader.problem(1, _BOM)
        text = text[1:]
    end = _read(reader, text, first_line)
    clean = reader.pending == Message() and (
        reader.state == "idle" or (reader.state in _ENDABLE and not reader.need_string)
    )
    reader.close(end)
    _duplicates(reader)
    keys = frozenset(hash(duplicate_key(message)) for message in reader.messages)
    return PoPart(Catalog(reader.messages, sorted(reader.problems, key=lambda p: p.line)), clean, keys)


def duplicate_key(message: Message) -> tuple[str | None, str]:
    """What msgfmt compares to find duplicate definitions: msgctxt and msgid, each up to a NUL."""
    return (message.msgctxt and message.msgctxt.split("\0")[0], message.msgid.split("\0")[0])
