"""System-dependent strings of a .mo (used by stele.po.mo): c-format ``%<PRId64>`` and ``%Id``, in the revision-1
layout msgfmt 0.21 writes (gettext-runtime/intl/gmo.h: sysdep segments and strings after the hash table)."""

from __future__ import annotations

import re
import struct
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from stele.po.catalog import Message
from stele.po.formats import FormatError, sysdep_spans

SEGMENTS_END = 0xFFFFFFFF
# Flags under which msgfmt looks for system-dependent directives (possible_format_p of c and objc).
_SYSDEP_FLAGS = frozenset({"c-format", "possible-c-format", "objc-format", "possible-objc-format"})
_I_FLAG_RE = re.compile(rb"%[-+ #0']*I")  # starts with a literal: searched at memchr speed


def may_have_sysdep(data: bytes) -> bool:
    """Whether PO bytes may hold a system-dependent directive (an inttypes macro, an 'I' flag); a catalog without
    either is compiled by the fast path."""
    return b"<PRI" in data or _I_FLAG_RE.search(data) is not None


@dataclass(frozen=True, slots=True)
class Sysdep:
    """Where a pair's system-dependent directives are: byte spans in its msgctxt+msgid and in its msgstr forms."""

    key: tuple[tuple[int, int], ...]
    value: tuple[tuple[int, int], ...]


def sysdep_of(message: Message, codec: str) -> Sysdep | None:
    """The spans msgfmt cuts ``message`` at, or None for a static pair (no c/objc flag, or no such directive)."""
    if not _SYSDEP_FLAGS.intersection(message.flags):
        return None
    lead = len(message.msgctxt.encode(codec, "replace")) + 1 if message.msgctxt is not None else 0
    key = _spans(message.msgid, False, codec, lead)
    value: list[tuple[int, int]] = []
    start = 0
    for form in message.translations:
        value += _spans(form, True, codec, start)
        start += len(form.encode(codec, "replace")) + 1
    return Sysdep(tuple(key), tuple(value)) if key or value else None


def _spans(text: str, translated: bool, codec: str, shift: int) -> list[tuple[int, int]]:
    try:
        found = sysdep_spans(text, translated)
    except FormatError:
        return []
    size = _byte_offset(text, codec)
    return [(shift + size(start), shift + size(end)) for start, end in found]


def _byte_offset(text: str, codec: str) -> Callable[[int], int]:
    return lambda index: len(text[:index].encode(codec, "replace"))


@dataclass(slots=True)
class _Cut:
    """A string cut into static pieces, each followed by a segment number (SEGMENTS_END after the last)."""

    pieces: list[bytes]
    refs: list[int]


def _cut(data: bytes, spans: Iterable[tuple[int, int]], segments: dict[bytes, int]) -> _Cut:
    cut, last = _Cut([], []), 0
    for start, end in spans:
        name = data[start:end]
        if len(name) >= 2 and name[:1] == b"<" and name[-1:] == b">":
            name = name[1:-1]
        cut.pieces.append(data[last:start])
        cut.refs.append(segments.setdefault(name, len(segments)))
        last = end
    cut.pieces.append(data[last:])
    cut.refs.append(SEGMENTS_END)
    return cut


def sysdep_mo_bytes(static: list[tuple[bytes, bytes]], sysdep: list[tuple[bytes, bytes, Sysdep]],
                    hash_table: Callable[[list[bytes], int], bytes]) -> bytes:
    """A revision-1 .mo as msgfmt writes it: ``static`` pairs sorted, ``sysdep`` ones in catalog order, the hash
    table (obligatory here) sized for all of them but holding the static ones."""
    segments: dict[bytes, int] = {}
    cuts: list[list[_Cut]] = [[], []]
    for key, value, where in sysdep:
        msgid, nul, plural = key.partition(b"\0")
        cuts[0].append(_cut(msgid + b"\0", where.key, segments))
        if nul:
            cuts[0][-1].pieces[-1] += plural + b"\0"
        cuts[1].append(_cut(value + b"\0", where.value, segments))
    outdigits = b"I" in segments
    count, nsys, nseg = len(static), len(sysdep), len(segments)
    buckets = hash_table([k for k, _ in static], count + nsys)
    at = 48 + 16 * count + len(buckets)
    segments_at, orig_sys_at = at, at + 8 * nseg
    descriptors_at = orig_sys_at + 8 * nsys
    descriptor_sizes = [[12 + 8 * (len(cut.refs) - 1) for cut in side] for side in cuts]
    end = descriptors_at + sum(map(sum, descriptor_sizes))
    head = struct.pack("<12I", 0x950412DE, (1 << 16 if outdigits else 0) + 1, count, 48, 48 + 8 * count,
                       len(buckets) // 4, 48 + 16 * count, nseg, segments_at, nsys, orig_sys_at, orig_sys_at + 4 * nsys)
    tables: list[int] = []
    strings: list[bytes] = []
    offset = end
    for side in (0, 1):
        for item in static:
            tables += (len(item[side]), offset)
            offset += len(item[side]) + 1
            strings += (item[side], b"\0")
    segment_table: list[int] = []
    for name in segments:
        segment_table += (len(name) + 1, offset)
        offset += len(name) + 1
        strings += (name, b"\0")
    descriptor_offsets, place = [], descriptors_at
    for sizes in descriptor_sizes:
        for size in sizes:
            descriptor_offsets.append(place)
            place += size
    descriptors: list[int] = []
    for cut_side in cuts:
        for cut in cut_side:
            descriptors.append(offset)
            for piece, ref in zip(cut.pieces, cut.refs, strict=True):
                descriptors += (len(piece), ref)
                offset += len(piece)
                strings.append(piece)
    words = [*tables, *segment_table, *descriptor_offsets, *descriptors]
    return b"".join([head, struct.pack(f"<{len(tables)}I", *tables), buckets,
                     struct.pack(f"<{len(words) - len(tables)}I", *words[len(tables):]), *strings])
