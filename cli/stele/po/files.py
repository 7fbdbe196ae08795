"""PO I/O: the only module that reads and writes .po, .pot and .mo files (GNU msgcat layout)."""

from __future__ import annotations

import gettext
import re
import struct
from collections.abc import Callable
from pathlib import Path

import polib

from stele.errors import CatalogError
from stele.fsutil import write_bytes_atomic, write_bytes_if_changed
from stele.po.fast import BYTE_SAFE_CODECS, fast_pairs, header_bytes
from stele.po.syntax import ParsedPo, parse_po
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


MAX_CATALOG_BYTES = 128 * 1024 * 1024


def _read_bytes(path: Path, shown: str) -> bytes:
    """A catalog's bytes; one too large to hold in memory is refused before it is read."""
    try:
        size = path.stat().st_size
        if size > MAX_CATALOG_BYTES:
            raise CatalogError(f"is {size / 2**20:.0f} MiB; stele reads catalogs of up to "
                               f"{MAX_CATALOG_BYTES // 2**20} MiB: split the domain into smaller catalogs", path=shown)
        return path.read_bytes()
    except OSError as exc:
        raise CatalogError(f"cannot read: {exc.strerror or exc}", path=shown) from None


def read_po(path: Path, *, display: str | None = None) -> polib.POFile:
    """Read a .po or .pot file strictly (as msgfmt would); the first problem names the file and line."""
    shown = display or str(path)
    return to_polib(_strict(parse_po_bytes(_read_bytes(path, shown)), shown))


def _strict(parsed: ParsedPo, shown: str) -> ParsedPo:
    """``parsed``, if it has no problem; else the first problem, naming the file and line."""
    if parsed.problems:
        first = parsed.problems[0]
        more = f" (and {len(parsed.problems) - 1} more)" if len(parsed.problems) > 1 else ""
        raise CatalogError(f"{first.message}{more}; fix the file (stele check {shown} lists every problem)",
                           path=shown, line=first.line)
    return parsed


_REFERENCE_RE = re.compile(r"(.+):(\d+)")


def to_polib(parsed: ParsedPo) -> polib.POFile:
    """The model the pipeline edits: polib's POFile, from a strictly parsed file."""
    catalog = polib.POFile(wrapwidth=PAGE_WIDTH)
    header = parsed.header
    if header is not None:
        catalog.header = "\n".join(header.comments)
        catalog.metadata = parsed.metadata()
        catalog.metadata_is_fuzzy = ["fuzzy"] if header.fuzzy else 0
    for message in parsed.messages:
        if message is header:
            continue
        entry = polib.POEntry(
            msgid=message.msgid, msgstr=message.msgstr, msgctxt=message.msgctxt,
            msgid_plural=message.msgid_plural or "", obsolete=message.obsolete, flags=list(message.flags),
            comment="\n".join(message.extracted), tcomment="\n".join(message.comments),
            occurrences=[_reference(ref) for ref in message.references], previous_msgid=message.previous_msgid,
            previous_msgctxt=message.previous_msgctxt, previous_msgid_plural=message.previous_msgid_plural,
            linenum=message.line,
        )
        if message.msgid_plural is not None:
            entry.msgstr_plural = dict(enumerate(message.msgstr_plural))
        catalog.append(entry)
    return catalog


def _reference(ref: str) -> tuple[str, str]:
    match = _REFERENCE_RE.fullmatch(ref)
    return (match.group(1), match.group(2)) if match else (ref, "")


def write_po(path: Path, catalog: polib.POFile) -> bool:
    """Write ``catalog`` atomically in GNU layout, in the charset its header declares; True if changed."""
    match = re.search(r"charset=([\w.:-]+)", catalog.metadata.get("Content-Type", ""))
    charset = match.group(1) if match and match.group(1).upper() != "CHARSET" else "UTF-8"
    try:
        data = render_po(catalog).encode(charset)
    except LookupError:
        raise CatalogError(f"unknown charset {charset!r} in Content-Type; use UTF-8", path=str(path)) from None
    except UnicodeEncodeError as exc:
        raise CatalogError(f"{exc.object[exc.start]!r} cannot be written in {charset}; switch the catalog to "
                           "UTF-8 (Content-Type: text/plain; charset=UTF-8)", path=str(path)) from None
    return write_bytes_if_changed(path, data)


def write_mo(path: Path, catalog: polib.POFile) -> None:
    """Compile ``catalog`` to ``path``: translated, non-fuzzy messages only, as msgfmt does."""
    write_bytes_atomic(path, compile_mo(catalog))


def compile_mo(catalog: polib.POFile) -> bytes:
    """The .mo bytes msgfmt would give (less its optional hash table)."""
    metadata = dict(catalog.metadata)
    if "Content-Type" in metadata:  # every string below is encoded as UTF-8, whatever the .po's charset was
        metadata["Content-Type"] = re.sub(r"charset=[^\s;]+", "charset=UTF-8", metadata["Content-Type"])
    pairs: dict[bytes, bytes] = {b"": header_bytes(metadata, "utf-8")} if metadata else {}
    for entry in catalog:
        if entry.obsolete or "fuzzy" in entry.flags or not entry.msgid:
            continue
        key = _key(entry.msgid, entry.msgctxt)
        if entry.msgid_plural:
            forms = [entry.msgstr_plural[i] for i in sorted(entry.msgstr_plural)]
            if not forms or not forms[0]:
                continue
            pairs[f"{key}\0{entry.msgid_plural}".encode()] = "\0".join(forms).encode("utf-8")
        elif entry.msgstr:
            pairs[key.encode("utf-8")] = entry.msgstr.encode("utf-8")
    return _mo_bytes(sorted(pairs.items()))


def _mo_bytes(items: list[tuple[bytes, bytes]]) -> bytes:
    """GNU .mo layout: header, originals table, translations table, then every key and every value."""
    count = len(items)
    originals_at = 28
    translations_at = originals_at + 8 * count
    at = translations_at + 8 * count
    table: list[int] = []
    parts = [struct.pack("<7I", 0x950412DE, 0, count, originals_at, translations_at, 0, at), b""]
    for side in (0, 1):
        for item in items:
            table += (len(item[side]), at)
            at += len(item[side]) + 1
            parts += (item[side], b"\0")
    parts[1] = struct.pack(f"<{4 * count}I", *table)
    return b"".join(parts)


def compile_po_file(source: Path, target: Path) -> int:
    """``stele compile``: ``source`` (.po) to ``target`` (.mo) as msgfmt compiles it, strings kept in the
    catalog's charset; the number of translated messages. A file with any problem is refused, nothing written."""
    pairs, count = _compile_pairs(_read_bytes(source, str(source)), str(source))
    items = sorted(pairs.items())
    del pairs
    write_bytes_atomic(target, _mo_bytes(items))
    return count


def _compile_pairs(data: bytes, shown: str) -> tuple[dict[bytes, bytes], int]:
    charset = _header_charset(data)
    codec = _PORTABLE_CODECS.get(charset.upper())
    fast = fast_pairs(data, codec) if codec in BYTE_SAFE_CODECS else None
    if fast is not None:
        return fast
    parsed = _strict(parse_po_bytes(data), shown)
    del data
    return _parsed_pairs(parsed, codec or _lenient_codec(charset))


def _parsed_pairs(parsed: ParsedPo, codec: str) -> tuple[dict[bytes, bytes], int]:
    """The .mo's (key, value) pairs from a strictly parsed file, as ``compile_mo``; and the translated count."""
    metadata = parsed.metadata()
    pairs = {b"": header_bytes(metadata, codec)} if metadata else {}
    count = 0
    for message in parsed.messages[1:] if parsed.header is not None else parsed.messages:
        if message.obsolete or message.fuzzy:
            continue
        forms = message.translations
        count += message.translated
        if not message.msgid or not forms or not forms[0] or message.msgid_plural == "":
            continue
        key = message.msgid if message.msgctxt is None else f"{message.msgctxt}\x04{message.msgid}"
        if message.msgid_plural is not None:
            key += "\0" + message.msgid_plural
        pairs[key.encode(codec, "replace")] = "\0".join(forms).encode(codec, "replace")
    return pairs, count


def render_po(catalog: polib.POFile) -> str:
    """The text of ``catalog`` exactly as GNU ``msgcat`` would write it."""
    blocks = [_render_header(catalog)]
    blocks.extend(render_entry(e) for e in catalog if not e.obsolete)
    blocks.extend(render_entry(e) for e in catalog if e.obsolete and _has_translation(e))
    return "\n".join(block for block in blocks if block)


def _render_header(catalog: polib.POFile) -> str:
    header = polib.POEntry(msgid="", msgstr=_header_text(catalog))
    header.tcomment = catalog.header
    fuzzy = catalog.metadata_is_fuzzy
    header.flags = list(fuzzy) if isinstance(fuzzy, list) else (["fuzzy"] if fuzzy else [])
    return render_entry(header)


def _header_text(catalog: polib.POFile) -> str:
    return "".join(f"{key}: {value}\n" for key, value in catalog.metadata.items())


def render_entry(entry: polib.POEntry) -> str:
    """One entry, newline-terminated, in GNU layout."""
    lines = [("# " + line).rstrip() if line else "#" for line in _comment_lines(entry.tcomment)]
    lines += [("#. " + line) if line else "#." for line in _comment_lines(entry.comment)]
    if entry.occurrences and not entry.obsolete:
        lines += _reference_lines(entry.occurrences)
    flags = sorted(entry.flags, key=lambda flag: flag != "fuzzy")
    if entry.msgid and not _has_translation(entry):
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
    if entry.msgid_plural:
        lines += _field(keyword_prefix, "msgid_plural", entry.msgid_plural)
        for index in sorted(entry.msgstr_plural):
            lines += _field(keyword_prefix, f"msgstr[{index}]", entry.msgstr_plural[index])
    else:
        lines += _field(keyword_prefix, "msgstr", entry.msgstr)
    return "\n".join(lines) + "\n"


def _has_translation(entry: polib.POEntry) -> bool:
    if entry.msgid_plural:
        return any(entry.msgstr_plural.values())
    return bool(entry.msgstr)


def _comment_lines(text: str | None) -> list[str]:
    return text.split("\n") if text else []


def _reference_lines(occurrences: list[tuple[str, str]]) -> list[str]:
    lines, line = [], "#:"
    for file, number in occurrences:
        ref = f"{file}:{number}" if number else file
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


class MoTranslations(gettext.GNUTranslations):
    """A compiled catalog that tells a missing message from one translated as itself."""

    _catalog: dict[str | tuple[str, int], str]  # set by GNUTranslations._parse
    plural: Callable[[int], int]

    def lookup(self, message: str, context: str | None = None) -> str | None:
        found = self._catalog.get(_key(message, context))
        return found if isinstance(found, str) and found else None

    def lookup_plural(self, singular: str, plural: str, n: int, context: str | None = None) -> str | None:
        found = self._catalog.get((_key(singular, context), self.plural(n)))
        return found if isinstance(found, str) and found else None


def _key(msgid: str, msgctxt: str | None) -> str:
    """A message's key in a .mo file: ``msgctxt EOT msgid`` when it has a context."""
    return msgid if msgctxt is None else f"{msgctxt}\x04{msgid}"


def read_mo(path: Path, *, display: str | None = None) -> MoTranslations:
    """Load a compiled .mo file."""
    try:
        with path.open("rb") as handle:
            return MoTranslations(handle)
    except (OSError, UnicodeDecodeError) as exc:
        raise CatalogError(
            f"cannot read compiled catalog: {exc}; run 'stele build' again", path=display or path
        ) from None


_CHARSET_RE = re.compile(r"charset=([^ \t\n]*)")
# The charsets msgfmt calls portable, and so decodes and checks; it only warns about any other.
_PORTABLE_CODECS = {
    "ASCII": "ascii", "ANSI_X3.4-1968": "ascii", "US-ASCII": "ascii", "UTF-8": "utf-8",
    **{f"ISO{sep}8859-{n}": f"iso8859_{n}" for sep in "-_" for n in (1, 2, 3, 4, 5, 6, 7, 8, 9, 13, 14, 15)},
    **{name: name.lower().replace("-", "_") for name in (
        "KOI8-R", "KOI8-U", "KOI8-T", "CP850", "CP866", "CP874", "CP932", "CP949", "CP950", "CP1250", "CP1251",
        "CP1252", "CP1253", "CP1254", "CP1255", "CP1256", "CP1257", "GB2312", "EUC-JP", "EUC-KR", "BIG5", "GBK",
        "GB18030", "SHIFT_JIS", "JOHAB", "TIS-620")},
    "BIG5-HKSCS": "big5hkscs",
    # EUC-TW, VISCII and GEORGIAN-PS are portable too, but Python cannot decode them: read as UTF-8, unchecked.
}


def parse_po_file(path: Path) -> ParsedPo:
    """Read a PO file strictly for checking: bytes not in the declared charset are syntax problems.

    Raises CatalogError only when the file cannot be read at all.
    """
    return parse_po_bytes(_read_bytes(path, str(path)))


def parse_po_bytes(data: bytes) -> ParsedPo:
    """Decode ``data`` by the charset its header names and parse it, as msgfmt does.

    Only with a charset msgfmt calls portable are bytes invalid in it problems (in strings after the header);
    with no charset, CHARSET or another name msgfmt merely warns, and the text is read unchecked.
    """
    charset = _header_charset(data)
    codec = _PORTABLE_CODECS.get(charset.upper())
    if codec is None:
        lenient = _lenient_codec(charset)
        return parse_po(data.decode(lenient, errors="replace"), codec=lenient)
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return parse_po(data.decode(codec, errors="surrogateescape"), undecodable=True, codec=codec)
    return parse_po(text, codec=codec)


def _header_charset(data: bytes) -> str:
    """The charset= value of the header entry's msgstr ('' when none), read from as few bytes as need be."""
    size = 1 << 15
    while True:
        parsed = parse_po(data[:size].decode("latin-1"))
        header = next((m for m in parsed.messages if m.is_header), None)
        if size >= len(data) or (header is not None and header is not parsed.messages[-1]):
            break
        size *= 8
    match = _CHARSET_RE.search(header.msgstr) if header is not None else None
    return match.group(1) if match else ""


def _lenient_codec(charset: str) -> str:
    """How to read a charset msgfmt does not check: as Python's codec if that keeps each byte one character and
    ASCII as it is (so the PO syntax reads as msgfmt reads the bytes), else as UTF-8."""
    try:
        decoded = bytes(range(256)).decode(charset, errors="replace")
    except (LookupError, UnicodeError):  # no such codec, or no text one
        return "utf-8"
    return charset if len(decoded) == 256 and decoded[:128] == bytes(range(128)).decode("ascii") else "utf-8"
