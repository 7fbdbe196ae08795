""".mo files: the one place that turns a Catalog into .mo pairs and bytes, compiles a .po, and loads a .mo."""

from __future__ import annotations

import gettext
import re
import struct
from collections.abc import Callable
from pathlib import Path

from stele.errors import CatalogError
from stele.fsutil import write_bytes_atomic
from stele.po.catalog import Catalog
from stele.po.fast import BYTE_SAFE_CODECS, fast_pairs, header_bytes
from stele.po.reader import PORTABLE_CODECS, header_charset, lenient_codec, parse_po_bytes, read_bytes, strict


def mo_pairs(catalog: Catalog, codec: str, *, metadata: dict[str, str] | None = None) -> tuple[dict[bytes, bytes], int]:
    """The .mo's (key, value) pairs, as msgfmt gives them: translated, non-fuzzy, non-obsolete messages in
    ``codec`` (msgctxt joined by EOT, plural forms by NUL); and the number of translated messages."""
    metadata = catalog.metadata() if metadata is None else metadata
    pairs = {b"": header_bytes(metadata, codec)} if metadata else {}
    count = 0
    for message in catalog.entries:
        if message.obsolete or message.fuzzy:
            continue
        forms = message.translations
        count += message.translated
        if not message.msgid or not forms or not forms[0] or message.msgid_plural == "":
            continue
        key = mo_key(message.msgid, message.msgctxt)
        if message.msgid_plural is not None:
            key += "\0" + message.msgid_plural
        pairs[key.encode(codec, "replace")] = "\0".join(forms).encode(codec, "replace")
    return pairs, count


def compile_mo(catalog: Catalog) -> bytes:
    """The .mo bytes msgfmt would give (less its optional hash table), every string in UTF-8."""
    metadata = catalog.metadata()
    if "Content-Type" in metadata:  # every string below is encoded as UTF-8, whatever the .po's charset was
        metadata["Content-Type"] = re.sub(r"charset=[^\s;]+", "charset=UTF-8", metadata["Content-Type"])
    pairs, _ = mo_pairs(catalog, "utf-8", metadata=metadata)
    return mo_bytes(sorted(pairs.items()))


def write_mo(path: Path, catalog: Catalog) -> None:
    """Compile ``catalog`` to ``path``: translated, non-fuzzy messages only, as msgfmt does."""
    write_bytes_atomic(path, compile_mo(catalog))


def mo_bytes(items: list[tuple[bytes, bytes]]) -> bytes:
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
    pairs, count = _compile_pairs(read_bytes(source, str(source)), str(source))
    items = sorted(pairs.items())
    del pairs
    write_bytes_atomic(target, mo_bytes(items))
    return count


def _compile_pairs(data: bytes, shown: str) -> tuple[dict[bytes, bytes], int]:
    charset = header_charset(data)
    codec = PORTABLE_CODECS.get(charset.upper())
    fast = fast_pairs(data, codec) if codec in BYTE_SAFE_CODECS else None
    if fast is not None:
        return fast
    parsed = strict(parse_po_bytes(data), shown)
    del data
    return mo_pairs(parsed, codec or lenient_codec(charset))


class MoTranslations(gettext.GNUTranslations):
    """A compiled catalog that tells a missing message from one translated as itself."""

    _catalog: dict[str | tuple[str, int], str]  # set by GNUTranslations._parse
    plural: Callable[[int], int]

    def lookup(self, message: str, context: str | None = None) -> str | None:
        found = self._catalog.get(mo_key(message, context))
        return found if isinstance(found, str) and found else None

    def lookup_plural(self, singular: str, plural: str, n: int, context: str | None = None) -> str | None:
        found = self._catalog.get((mo_key(singular, context), self.plural(n)))
        return found if isinstance(found, str) and found else None


def mo_key(msgid: str, msgctxt: str | None) -> str:
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
