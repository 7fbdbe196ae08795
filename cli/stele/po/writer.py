"""PO writer: a Catalog as GNU msgcat writes it (layout, wrapping, order), encoded in its header's charset."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from stele.errors import CatalogError
from stele.forked import fork_cores, forked_map
from stele.fsutil import write_bytes_if_changed
from stele.po.catalog import Catalog, Message
from stele.po.wrap import layout

PAGE_WIDTH = 79
NO_WRAP = 1 << 30  # a width no line reaches


@dataclass(frozen=True, slots=True)
class Layout:
    """How msgcat lays a catalog out: ``width`` (-w), ``wrap`` (off: --no-wrap), ``sort`` (by msgid or by file)."""

    width: int = PAGE_WIDTH
    wrap: bool = True
    sort: str | None = None  # "output" (--sort-output) or "file" (--sort-by-file)


DEFAULT_LAYOUT = Layout()
# GNU's format languages, in the order msgcat writes their flags.
FORMAT_ORDER = (
    "c", "objc", "python", "python-brace", "java", "java-printf", "csharp", "javascript", "scheme", "lisp", "elisp",
    "librep", "ruby", "sh", "awk", "lua", "object-pascal", "smalltalk", "qt", "qt-plural", "kde", "kde-kuit",
    "boost", "tcl", "perl", "perl-brace", "php", "gcc-internal", "gfc-internal", "ycp",
)
_FORMAT_RANK = {name: rank for rank, name in enumerate(FORMAT_ORDER)}
_FORMAT_FLAG_RE = re.compile(r"(possible-|impossible-|no-)?([a-z-]+?)-format$")
# Directives no line may break inside, by format language (as msgcat's format parsers mark them).
_DIRECTIVES = {
    "c": re.compile(r"%(?:[0-9]+\$)?[-+ #0'I]*(?:\*(?:[0-9]+\$)?|[0-9]+)?(?:\.(?:\*(?:[0-9]+\$)?|[0-9]*))?"
                    r"(?:<[^>]*>|[hlLqjzZt]*[diouxXeEfFgGaAcspnmCS%@])"),
    "python": re.compile(r"%(?:\([^)]*\))?[-+ #0]*(?:\*|[0-9]+)?(?:\.(?:\*|[0-9]*))?[hlL]?[diouxXeEfFgGcrsa%]"),
    "python-brace": re.compile(r"\{\{|\}\}|\{[^{}]*\}"),
}
_DIRECTIVES["objc"] = _DIRECTIVES["c"]
_DIRECTIVES["javascript"] = _DIRECTIVES["python"]
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


def encode_po(path: Path | str, catalog: Catalog, how: Layout | None = None) -> bytes:
    """The bytes ``write_po`` would write, without writing; ``path`` only names the file in an error."""
    charset = catalog.charset
    charset = charset if charset and charset.upper() != "CHARSET" else "UTF-8"
    try:
        return render_po(catalog, how or DEFAULT_LAYOUT).encode(charset)
    except LookupError:
        raise CatalogError(f"unknown charset {charset!r} in Content-Type; use UTF-8", path=str(path)) from None
    except UnicodeEncodeError as exc:
        raise CatalogError(f"{exc.object[exc.start]!r} cannot be written in {charset}; switch the catalog to "
                           "UTF-8 (Content-Type: text/plain; charset=UTF-8)", path=str(path)) from None


def write_po(path: Path, catalog: Catalog, how: Layout | None = None) -> bool:
    """Write ``catalog`` atomically in GNU layout, in the charset its header declares; True if changed."""
    return write_bytes_if_changed(path, encode_po(path, catalog, how))


def render_po(catalog: Catalog, how: Layout = DEFAULT_LAYOUT) -> str:
    """The text of ``catalog`` exactly as GNU ``msgcat`` would write it."""
    header = catalog.header
    entries = _sorted(catalog.entries, how.sort)
    shown = [e for e in entries if not e.obsolete] + [e for e in entries if e.obsolete and e.has_translation]
    blocks = [render_entry(header, how) if header is not None else "", *_render_all(shown, how)]
    return "\n".join(block for block in blocks if block)


PARALLEL_FROM = 20_000  # entries; fewer are rendered faster in this process than two processes can start


def _render_all(entries: list[Message], how: Layout) -> list[str]:
    """The entries' texts, to be joined by blank lines; a large catalog on both cores, each core's share sent
    back as one text (the joined texts of its entries: no entry's text is empty), not one string per entry."""
    if len(entries) < PARALLEL_FROM:
        return [render_entry(entry, how) for entry in entries]
    step = -(-len(entries) // (2 * fork_cores()))
    shares = [entries[start:start + step] for start in range(0, len(entries), step)]
    return forked_map(lambda share: "\n".join(render_entry(entry, how) for entry in share), shares, parallel=True)


def _sorted(entries: list[Message], sort: str | None) -> list[Message]:
    """As write-catalog.c sorts: by msgid then msgctxt (none first); by file, each message's references sorted
    first, then by its first one (none first), then by msgid and msgctxt."""
    if sort == "output":
        return sorted(entries, key=_msgid_key)
    if sort == "file":
        ordered = [replace(e, references=sorted(e.references, key=_reference_key)) if len(e.references) > 1 else e
                   for e in entries]
        return sorted(ordered, key=lambda e: (bool(e.references), _reference_key(e.references[0]) if e.references
                                              else ("", 0), *_msgid_key(e)))
    return entries


def _msgid_key(entry: Message) -> tuple[str, bool, str]:
    return entry.msgid, entry.msgctxt is not None, entry.msgctxt or ""


def _reference_key(reference: str) -> tuple[str, int]:
    name, _, line = reference.rpartition(":")
    return (name, int(line)) if name and line.isdigit() else (reference, -1)


def render_entry(entry: Message, how: Layout = DEFAULT_LAYOUT) -> str:
    """One entry, newline-terminated, in GNU layout."""
    lines = ["# " + line if line else "#" for line in entry.comments]
    lines += [("#. " + line) if line else "#." for line in entry.extracted]
    if entry.references and not entry.obsolete:
        lines += _reference_lines(entry.references, how.width)
    flags = flag_words(entry.flags)
    if entry.msgid and not entry.has_translation:
        flags = [flag for flag in flags if flag != "fuzzy"]  # as GNU: fuzzy needs a translation
    if flags:
        lines.append("#, " + ", ".join(flags))
    width = how.width if how.wrap and "no-wrap" not in entry.flags else NO_WRAP
    spans = _directive_spans(entry.flags)
    keyword_prefix = "#~ " if entry.obsolete else ""
    previous_prefix = "#~| " if entry.obsolete else "#| "
    for keyword, value in (
        ("msgctxt", entry.previous_msgctxt),
        ("msgid", entry.previous_msgid),
        ("msgid_plural", entry.previous_msgid_plural),
    ):
        if value is not None and (value or keyword == "msgid"):
            lines += _field(previous_prefix, keyword, value, width, spans)
    if entry.msgctxt is not None:
        lines += _field(keyword_prefix, "msgctxt", entry.msgctxt, width, spans)
    lines += _field(keyword_prefix, "msgid", entry.msgid, width, spans)
    if entry.msgid_plural is not None:
        lines += _field(keyword_prefix, "msgid_plural", entry.msgid_plural, width, spans)
        for index, form in enumerate(entry.msgstr_plural):
            lines += _field(keyword_prefix, f"msgstr[{index}]", form, width, spans)
    else:
        lines += _field(keyword_prefix, "msgstr", entry.msgstr, width, spans)
    return "\n".join(lines) + "\n"


def flag_words(flags: list[str]) -> list[str]:
    """The ``#,`` line's words as msgcat writes them: fuzzy, the format flags in GNU's order (the last one given
    for a language wins), ``range: MIN..MAX`` as one flag, no-wrap; any other flag after them, kept."""
    fuzzy = ["fuzzy"] if "fuzzy" in flags else []
    formats: dict[str, str] = {}
    ranges: list[str] = []
    wraps: list[str] = []
    other: list[str] = []
    skip = False
    for index, flag in enumerate(flags):
        match = _FORMAT_FLAG_RE.match(flag)
        if skip:
            skip = False
        elif match is not None and match.group(2) in _FORMAT_RANK:  # possible-X is written X, impossible-X not
            formats[match.group(2)] = flag.removeprefix("possible-")
        elif flag == "range:" and index + 1 < len(flags):
            ranges, skip = [f"range: {flags[index + 1]}"], True
        elif flag.startswith("range:"):
            ranges = [f"range: {flag[6:].strip()}"]
        elif flag in ("wrap", "no-wrap"):
            wraps = [flag] if flag == "no-wrap" else []
        elif flag != "fuzzy" and flag not in other:
            other.append(flag)
    ordered = [formats[name] for name in sorted(formats, key=_FORMAT_RANK.__getitem__)]
    return fuzzy + [flag for flag in ordered if not flag.startswith("impossible-")] + ranges + wraps + other


def _directive_spans(flags: list[str]) -> list[re.Pattern[str]]:
    """The directive patterns of the formats a message is flagged with (yes or possible)."""
    found = []
    for flag in flags:
        match = _FORMAT_FLAG_RE.match(flag)
        if match is not None and match.group(1) in (None, "possible-") and match.group(2) in _DIRECTIVES:
            found.append(_DIRECTIVES[match.group(2)])
    return found


def _reference_lines(references: list[str], width: int = PAGE_WIDTH) -> list[str]:
    lines, line = [], "#:"
    for ref in dict.fromkeys(references):  # as GNU: a file position given twice is kept once
        if len(line) > 2 and len(line) + 1 + len(ref) > width:
            lines.append(line)
            line = "#:"
        line += " " + ref
    lines.append(line)
    return lines


def _field(prefix: str, keyword: str, value: str, width: int = PAGE_WIDTH,
           patterns: list[re.Pattern[str]] | None = None) -> list[str]:
    head = f"{prefix}{keyword} "
    room = width - len(prefix) - 2
    single, texts = layout(value, _ESCAPES, room, width - len(head) - 2, patterns=patterns or ())
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
