"""PO writer: a Catalog as GNU msgcat writes it (layout, wrapping, order), encoded in its header's charset."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from stele.errors import CatalogError
from stele.fsutil import write_bytes_if_changed
from stele.po.catalog import Catalog, Message
from stele.po.wrap import layout

PAGE_WIDTH = 79
_ESCAPES = {
    "\\": "\\\\",
    '"': '\\"',
    "\n": "\\n",
    "\t": "\\t",
    "\r": "\\r",
    "\a": "\\a",
    "\b": "\\b",
    "\f": "\\f",
    "\v": "\\v",
}


def encode_po(path: Path | str, catalog: Catalog) -> bytes:
    """The bytes ``write_po`` would write, without writing; ``path`` only names the file in an error."""
    charset = catalog.charset
    charset = charset if charset and charset.upper() != "CHARSET" else "UTF-8"
    try:
        return render_po(catalog).encode(charset)
    except LookupError:
        raise CatalogError(f"unknown charset {charset!r} in Content-Type; use UTF-8", path=str(path)) from None
    except UnicodeEncodeError as exc:
        raise CatalogError(f"{exc.object[exc.start]!r} cannot be written in {charset}; switch the catalog to "
                           "UTF-8 (Content-Type: text/plain; charset=UTF-8)", path=str(path)) from None


def write_po(path: Path, catalog: Catalog) -> bool:
    """Write ``catalog`` atomically in GNU layout, in the charset its header declares; True if changed."""
    return write_bytes_if_changed(path, encode_po(path, catalog))


def render_po(catalog: Catalog) -> str:
    """The text of ``catalog`` exactly as GNU ``msgcat`` would write it."""
    header = catalog.header
    entries = catalog.entries
    blocks = [render_entry(header) if header is not None else ""]
    blocks.extend(render_entry(e) for e in entries if not e.obsolete)
    blocks.extend(render_entry(e) for e in entries if e.obsolete and e.has_translation)
    return "\n".join(block for block in blocks if block)


def render_entry(entry: Message) -> str:
    """One entry, newline-terminated, in GNU layout."""
    lines = [("# " + line).rstrip() if line else "#" for line in entry.comments]
    lines += [("#. " + line) if line else "#." for line in entry.extracted]
    if entry.references and not entry.obsolete:
        lines += _reference_lines(entry.references)
    flags = sorted(entry.flags, key=lambda flag: flag != "fuzzy")
    if entry.msgid and not entry.has_translation:
        flags = [flag for flag in flags if flag != "fuzzy"]  # as GNU: fuzzy needs a translation
    if flags:
        lines.append("#, " + ", ".join(flags))
    keyword_prefix = "#~ " if entry.obsolete else ""
    previous_prefix = "#~| " if entry.obsolete else "#| "
    for keyword, value in (
        ("msgctxt", entry.previous_msgctxt),
        ("msgid", entry.previous_msgid),
        ("msgid_plural", entry.previous_msgid_plural),
    ):
        if value is not None and (value or keyword == "msgid"):
            lines += _field(previous_prefix, keyword, value)
    if entry.msgctxt is not None:
        lines += _field(keyword_prefix, "msgctxt", entry.msgctxt)
    lines += _field(keyword_prefix, "msgid", entry.msgid)
    if entry.msgid_plural is not None:
        lines += _field(keyword_prefix, "msgid_plural", entry.msgid_plural)
        for index, form in enumerate(entry.msgstr_plural):
            lines += _field(keyword_prefix, f"msgstr[{index}]", form)
    else:
        lines += _field(keyword_prefix, "msgstr", entry.msgstr)
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


def _field(prefix: str, keyword: str, value: str) -> list[str]:
    head = f"{prefix}{keyword} "
    room = PAGE_WIDTH - len(prefix) - 2
    single, texts = layout(value, _ESCAPES, room, PAGE_WIDTH - len(head) - 2)
    if single:
        return [f'{head}"{texts[0]}"']
    return [f'{head}""'] + [f'{prefix}"{text}"' for text in texts]


def patch_translations(text: str, changed: Sequence[Message]) -> str:
    """``text`` (a whole PO file) with the msgstr lines of each ``changed`` message rewritten in msgcat's layout;
    every other byte stays as it was, whatever tool wrote the file."""
    lines = text.splitlines(keepends=True)
    newline = "\r\n" if lines and lines[0].endswith("\r\n") else "\n"
    for message in sorted(changed, key=lambda m: m.msgstr_line, reverse=True):
        start = message.msgstr_line - 1
        end = start + 1
        while end < len(lines) and (lines[end].lstrip().startswith('"') or lines[end].startswith("msgstr[")):
            end += 1
        block: list[str] = []
        if message.msgid_plural is None:
            block = _field("", "msgstr", message.msgstr)
        else:
            for index, form in enumerate(message.msgstr_plural):
                block += _field("", f"msgstr[{index}]", form)
        lines[start:end] = [line + newline for line in block]
    return "".join(lines)
