""".mo files: the one place that turns a Catalog into .mo pairs and bytes, compiles a .po, and loads a .mo."""

from __future__ import annotations

import ctypes
import gettext
import re
import struct
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from stele.errors import CatalogError
from stele.fsutil import write_bytes_atomic
from stele.po.catalog import Catalog, with_charset
from stele.po.fast import BYTE_SAFE_CODECS, fast_pairs, header_bytes
from stele.po.mo_sysdep import Sysdep, may_have_sysdep, sysdep_mo_bytes, sysdep_of
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
        if any("\0" in form for form in forms):  # as msgfmt's C strings: each form ends at its first NUL
            forms = [form.partition("\0")[0] for form in forms]
        if (not message.msgid and message.msgctxt is None) or not forms or not forms[0] or message.msgid_plural == "":
            continue
        key = mo_key(message.msgid, message.msgctxt)
        if message.msgid_plural is not None:
            key += "\0" + message.msgid_plural
        pairs[key.encode(codec, "replace")] = "\0".join(forms).encode(codec, "replace")
    return pairs, count


def sysdep_pairs(catalog: Catalog, codec: str) -> dict[bytes, Sysdep]:
    """The keys of ``mo_pairs`` that msgfmt writes as system-dependent strings (``%<PRId64>``), in catalog order."""
    found: dict[bytes, Sysdep] = {}
    for message in catalog.entries:
        if message.obsolete or message.fuzzy or not message.translated or message.msgid_plural == "":
            continue
        where = sysdep_of(message, codec)
        if where is not None:
            key = mo_key(message.msgid, message.msgctxt)
            key += "\0" + message.msgid_plural if message.msgid_plural is not None else ""
            found[key.encode(codec, "replace")] = where
    return found


def compile_mo(catalog: Catalog) -> bytes:
    """The .mo bytes msgfmt would give (less its optional hash table), every string in UTF-8."""
    metadata = catalog.metadata()
    if "Content-Type" in metadata:  # every string below is encoded as UTF-8, whatever the .po's charset was
        metadata["Content-Type"] = with_charset(metadata["Content-Type"], "UTF-8")
    pairs, _ = mo_pairs(catalog, "utf-8", metadata=metadata)
    return mo_bytes(sorted(pairs.items()))


def write_mo(path: Path, catalog: Catalog, *, sync: bool = True) -> None:
    """Compile ``catalog`` to ``path``: translated, non-fuzzy messages only, as msgfmt does."""
    write_bytes_atomic(path, compile_mo(catalog), sync=sync)


def mo_bytes(items: list[tuple[bytes, bytes]], *, hashed: bool = False,
             sysdep: dict[bytes, Sysdep] | None = None) -> bytes:
    """GNU .mo layout: header, originals table, translations table, (with ``hashed``) msgfmt's hash table, then
    every key and every value. Pairs in ``sysdep`` make it the revision-1 layout (stele.po.mo_sysdep)."""
    if sysdep:
        values = dict(items)
        static = [item for item in items if item[0] not in sysdep]
        return sysdep_mo_bytes(static, [(key, values[key], where) for key, where in sysdep.items() if key in values],
                               hash_table)
    count = len(items)
    originals_at = 28
    translations_at = originals_at + 8 * count
    hash_at = translations_at + 8 * count
    buckets = hash_table([item[0] for item in items]) if hashed else b""
    at = hash_at + len(buckets)
    table: list[int] = []
    size = len(buckets) // 4
    parts = [struct.pack("<7I", 0x950412DE, 0, count, originals_at, translations_at, size, hash_at), b"", buckets]
    for side in (0, 1):
        for item in items:
            table += (len(item[side]), at)
            at += len(item[side]) + 1
            parts += (item[side], b"\0")
    parts[1] = struct.pack(f"<{4 * count}I", *table)
    return b"".join(parts)


def hash_table(keys: list[bytes], messages: int | None = None) -> bytes:
    """msgfmt's hash table of the (sorted) keys: a prime number of buckets over 4/3 of the ``messages`` (default:
    the keys), open addressing with double hashing, each bucket the key's index + 1 (0: empty)."""
    size = _next_prime((len(keys) if messages is None else messages) * 4 // 3)
    size = 3 if size <= 2 else size
    buckets = [0] * size
    hashes = _native_hasher()([key.split(b"\0", 1)[0] for key in keys])
    for number, value in enumerate(hashes, 1):
        index = value % size
        if buckets[index]:
            step = 1 + value % (size - 2)
            while buckets[index]:
                index = index - (size - step) if index >= size - step else index + step
        buckets[index] = number
    return struct.pack(f"<{size}I", *buckets)


def hash_string(data: bytes) -> int:
    """GNU gettext's hash_string (hashpjw) of ``data``, as the 32-bit value a .mo file uses."""
    value = 0
    for byte in data:
        value = (value << 4) + byte
        if value > 0xFFFFFFF:  # fold the top nibble back in (bits above 32 never reach the low ones)
            value = (value & 0xFFFFFFF) ^ ((value >> 24) & 0xF0)
    return value


def _python_hashes(keys: list[bytes]) -> list[int]:
    return [hash_string(key) for key in keys]


@lru_cache(maxsize=1)
def _native_hasher() -> Callable[[list[bytes]], list[int]]:
    """hash_string is the System V ELF symbol hash: libelf's ``elf_hash`` computes it 40 times faster. Used
    when libelf is there and agrees with ``hash_string`` on a sample; else the Python loop."""
    elf_hash = None
    for name in ("libelf.so.1", "libelf.so", "libelf.dylib"):  # dlopen by name: no ldconfig run
        try:
            elf_hash = ctypes.CDLL(name).elf_hash
            break
        except (OSError, AttributeError):
            continue
    if elf_hash is None:
        return _python_hashes
    elf_hash.restype, elf_hash.argtypes = ctypes.c_ulong, [ctypes.c_char_p]
    sample = [bytes(range(1, 256)) * 3, b"menu\x04Open", "Привет, мир".encode()]
    if [elf_hash(key) & 0xFFFFFFFF for key in sample] != _python_hashes(sample):
        return _python_hashes
    return lambda keys: [elf_hash(key) & 0xFFFFFFFF for key in keys]



def _next_prime(seed: int) -> int:
    """gettext's next_prime: the next odd number its is_prime accepts (which, made for seeds of 10 and more,
    calls 3 not prime)."""
    seed |= 1
    while not _is_prime(seed):
        seed += 2
    return seed


def _is_prime(candidate: int) -> bool:
    divisor, square = 3, 9
    while square < candidate and candidate % divisor != 0:
        divisor += 1
        square += 4 * divisor
        divisor += 1
    return candidate % divisor != 0


def compile_po_file(source: Path, target: Path, *, hashed: bool = True) -> int | None:
    """``stele compile``: ``source`` (.po) to ``target`` (.mo) as msgfmt compiles it, strings kept in the
    catalog's charset; the number of translated messages. A file with any problem is refused, nothing written.
    None, nothing written, when the file holds ``domain`` directives (``compile_domains`` compiles it)."""
    data = read_bytes(source, str(source))
    if b"domain" in data and DOMAIN_RE.search(data):
        return None
    compiled = _compile_pairs(data, str(source))
    del data
    items = sorted(compiled.pairs.items())
    compiled.pairs.clear()
    if items:  # as msgfmt: no .mo for a catalog without a single message to compile
        write_bytes_atomic(target, mo_bytes(items, hashed=hashed, sysdep=compiled.sysdep))
    return compiled.counts.translated


def _compile_pairs(data: bytes, shown: str) -> Compiled:
    charset = header_charset(data)
    codec = PORTABLE_CODECS.get(charset.upper())
    candidate = may_have_sysdep(data)  # system-dependent strings need the flags: the strict reader
    fast = fast_pairs(data, codec) if codec in BYTE_SAFE_CODECS and not candidate else None
    if fast is not None:
        return Compiled(fast[0], Counts(fast[1]))
    parsed = strict(parse_po_bytes(data), shown)
    del data
    codec = codec or lenient_codec(charset)
    pairs, count = mo_pairs(parsed, codec)
    return Compiled(pairs, Counts(count), sysdep_pairs(parsed, codec) if candidate else {})


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


class DuplicateMessage(CatalogError):
    """A message defined twice in one domain: msgfmt's fatal error (exit 1)."""

    exit_code = 1


DOMAIN_RE = re.compile(rb'^domain[ \t]+"([^"\n]*)"[ \t]*\r?$', re.M)


@dataclass(frozen=True, slots=True)
class Counts:
    """msgfmt --statistics: translated, fuzzy and untranslated messages (the header not counted)."""

    translated: int = 0
    fuzzy: int = 0
    untranslated: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.translated + other.translated, self.fuzzy + other.fuzzy,
                      self.untranslated + other.untranslated)

    def line(self) -> str:
        """msgfmt's statistics line, e.g. ``1 translated message, 1 fuzzy translation, 2 untranslated messages.``"""
        parts = [f"{self.translated} translated message{'s' * (self.translated != 1)}"]
        if self.fuzzy:
            parts.append(f"{self.fuzzy} fuzzy translation{'s' * (self.fuzzy != 1)}")
        if self.untranslated:
            parts.append(f"{self.untranslated} untranslated message{'s' * (self.untranslated != 1)}")
        return ", ".join(parts) + "."


@dataclass(slots=True)
class Compiled:
    """One domain's .mo to write: its (key, value) pairs, and what the catalogs held."""

    pairs: dict[bytes, bytes] = field(default_factory=dict)
    counts: Counts = Counts()
    sysdep: dict[bytes, Sysdep] = field(default_factory=dict)  # pairs written as system-dependent strings


def count_messages(catalog: Catalog) -> Counts:
    """What msgfmt --statistics counts in ``catalog``: a message whose first form is translated counts as
    translated (or fuzzy), whatever its other plural forms."""
    translated = fuzzy = untranslated = 0
    for message in catalog.entries:
        if message.obsolete:
            continue
        forms = message.translations
        if not forms or not forms[0]:
            untranslated += 1
        elif message.fuzzy:
            fuzzy += 1
        else:
            translated += 1
    return Counts(translated, fuzzy, untranslated)


def compile_domains(sources: list[Path], *, default: str = "messages") -> dict[str, Compiled]:
    """Several catalogs, each possibly cut by ``domain "NAME"`` directives, compiled by domain as msgfmt does.

    Strings are written in UTF-8 (msgfmt converts catalogs of other charsets to the first one's; several files
    of one charset keep it). A message defined twice in one domain is refused, naming both places.
    """
    domains: dict[str, Compiled] = {}
    seen: dict[tuple[str, tuple[str | None, str]], str] = {}
    for source in sources:
        for domain, chunk, first_line in domain_chunks(read_bytes(source, str(source)), default):
            parsed = strict(parse_po_bytes(b"\n" * (first_line - 1) + chunk), str(source))
            compiled = domains.setdefault(domain, Compiled())
            charset = parsed.charset
            codec = PORTABLE_CODECS.get(charset.upper()) or lenient_codec(charset)
            for message in parsed.messages:
                if message.obsolete or (message.is_header and (domain, message.key) in seen):
                    continue
                where = seen.setdefault((domain, message.key), f"{source}:{message.line}")
                if where != f"{source}:{message.line}":
                    raise DuplicateMessage(f"duplicate message definition (first defined at {where}); keep one",
                                       path=str(source), line=message.line)
            pairs, _ = mo_pairs(parsed, codec)
            for key, value in pairs.items():
                compiled.pairs.setdefault(key, value)
            for key, spans in sysdep_pairs(parsed, codec).items():
                compiled.sysdep.setdefault(key, spans)
            compiled.counts = compiled.counts + count_messages(parsed)
    return domains


def domain_chunks(data: bytes, default: str) -> list[tuple[str, bytes, int]]:
    """``data`` cut at its domain directives: (domain, bytes, first line) for each piece."""
    found: list[tuple[str, bytes, int]] = []
    domain, start = default, 0
    for match in DOMAIN_RE.finditer(data):
        found.append((domain, data[start:match.start()], data.count(b"\n", 0, start) + 1))
        domain, start = match.group(1).decode("utf-8", "replace"), match.end()
    found.append((domain, data[start:], data.count(b"\n", 0, start) + 1))
    return [(name, chunk, line) for name, chunk, line in found if chunk.strip() or name != default or len(found) == 1]


def write_domains(domains: dict[str, Compiled], target: Path | None, folder: Path, *,
                  hashed: bool = True) -> list[Path]:
    """Write each domain with messages to ``folder/DOMAIN.mo``, or all into ``target``; the files written."""
    if target is not None:
        merged = Compiled()
        for compiled in domains.values():
            for key, value in compiled.pairs.items():
                merged.pairs.setdefault(key, value)
            for key, where in compiled.sysdep.items():
                merged.sysdep.setdefault(key, where)
        domains = {"": merged}
    written = []
    for name, compiled in domains.items():
        if not compiled.pairs:
            continue  # as msgfmt: no .mo for a catalog without a single message to compile
        path = target if target is not None else folder / f"{name}.mo"
        write_bytes_atomic(path, mo_bytes(sorted(compiled.pairs.items()), hashed=hashed, sysdep=compiled.sysdep))
        written.append(path)
    return written
