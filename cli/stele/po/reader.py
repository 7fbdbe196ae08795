"""PO reader: a .po/.pot file's bytes, decoded by the charset its header names, into a Catalog, as msgfmt reads it."""

from __future__ import annotations

from pathlib import Path

from stele.errors import CatalogError
from stele.po.catalog import Catalog, charset_of
from stele.po.syntax import parse_po

MAX_CATALOG_BYTES = 128 * 1024 * 1024
# The charsets msgfmt calls portable, and so decodes and checks; it only warns about any other.
PORTABLE_CODECS = {
    "ASCII": "ascii", "ANSI_X3.4-1968": "ascii", "US-ASCII": "ascii", "UTF-8": "utf-8",
    **{f"ISO{sep}8859-{n}": f"iso8859_{n}" for sep in "-_" for n in (1, 2, 3, 4, 5, 6, 7, 8, 9, 13, 14, 15)},
    **{name: name.lower().replace("-", "_") for name in (
        "KOI8-R", "KOI8-U", "KOI8-T", "CP850", "CP866", "CP874", "CP932", "CP949", "CP950", "CP1250", "CP1251",
        "CP1252", "CP1253", "CP1254", "CP1255", "CP1256", "CP1257", "GB2312", "EUC-JP", "EUC-KR", "BIG5", "GBK",
        "GB18030", "SHIFT_JIS", "JOHAB", "TIS-620")},
    "BIG5-HKSCS": "big5hkscs",
    # EUC-TW, VISCII and GEORGIAN-PS are portable too, but Python cannot decode them: read as UTF-8, unchecked.
}


def read_bytes(path: Path, shown: str) -> bytes:
    """A catalog's bytes; one too large to hold in memory is refused before it is read."""
    try:
        size = path.stat().st_size
        if size > MAX_CATALOG_BYTES:
            raise CatalogError(f"is {size / 2**20:.0f} MiB; stele reads catalogs of up to "
                               f"{MAX_CATALOG_BYTES // 2**20} MiB: split the domain into smaller catalogs", path=shown)
        return path.read_bytes()
    except OSError as exc:
        raise CatalogError(f"cannot read: {exc.strerror or exc}", path=shown) from None


def read_po(path: Path, *, display: str | None = None) -> Catalog:
    """Read a .po or .pot file strictly (as msgfmt would); the first problem names the file and line."""
    shown = display or str(path)
    return strict(parse_po_bytes(read_bytes(path, shown)), shown)


def strict(parsed: Catalog, shown: str) -> Catalog:
    """``parsed``, if it has no problem; else the first problem, naming the file and line."""
    if parsed.problems:
        first = parsed.problems[0]
        more = f" (and {len(parsed.problems) - 1} more)" if len(parsed.problems) > 1 else ""
        raise CatalogError(f"{first.message}{more}; fix the file (stele check {shown} lists every problem)",
                           path=shown, line=first.line)
    return parsed


def parse_po_file(path: Path) -> Catalog:
    """Read a PO file strictly for checking: bytes not in the declared charset are syntax problems.

    Raises CatalogError only when the file cannot be read at all.
    """
    return parse_po_bytes(read_bytes(path, str(path)))


def parse_po_bytes(data: bytes) -> Catalog:
    """Decode ``data`` by the charset its header names and parse it, as msgfmt does.

    Only with a charset msgfmt calls portable are bytes invalid in it problems (in strings after the header);
    with no charset, CHARSET or another name msgfmt merely warns, and the text is read unchecked.
    """
    parsed = _as_utf8(data)
    if parsed is not None:
        return parsed
    charset = header_charset(data)
    codec = PORTABLE_CODECS.get(charset.upper())
    if codec is None:
        lenient = lenient_codec(charset)
        return parse_po(data.decode(lenient, errors="replace"), codec=lenient)
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return parse_po(data.decode(codec, errors="surrogateescape"), undecodable=True, codec=codec)
    return parse_po(text, codec=codec)


def _as_utf8(data: bytes) -> Catalog | None:
    """The common case in one pass: valid UTF-8 whose header names UTF-8. The PO syntax is ASCII, so the header entry
    found in the whole UTF-8 text is the one ``header_charset`` finds in its Latin-1 prefix, with the same charset
    name: the result is the two-pass one. Else None."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    parsed = parse_po(text, codec="utf-8")
    header = next((m for m in parsed.messages if m.is_header), None)
    charset = charset_of(header.msgstr) if header is not None else ""
    return parsed if PORTABLE_CODECS.get(charset.upper()) == "utf-8" else None


def header_charset(data: bytes) -> str:
    """The charset= value of the header entry's msgstr ('' when none), read from as few bytes as need be."""
    size = 1 << 10  # a header entry and the start of the next: the rest of the file is parsed once, later
    while True:
        parsed = parse_po(data[:size].decode("latin-1"))
        header = next((m for m in parsed.messages if m.is_header), None)
        if size >= len(data) or (header is not None and header is not parsed.messages[-1]):
            break
        size *= 8
    return charset_of(header.msgstr) if header is not None else ""


def lenient_codec(charset: str) -> str:
    """How to read a charset msgfmt does not check: as Python's codec if that keeps each byte one character and
    ASCII as it is (so the PO syntax reads as msgfmt reads the bytes), else as UTF-8."""
    try:
        decoded = bytes(range(256)).decode(charset, errors="replace")
    except (LookupError, UnicodeError):  # no such codec, or no text one
        return "utf-8"
    return charset if len(decoded) == 256 and decoded[:128] == bytes(range(128)).decode("ascii") else "utf-8"
