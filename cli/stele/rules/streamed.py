"""Streamed checks: a large catalog checked piece by piece (in two processes where there are cores), with the
findings of the single-pass check; whenever a piece's findings could depend on another piece, the single pass."""

from __future__ import annotations

import itertools
import multiprocessing
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from stele.collector import frozen_for_fork
from stele.model import Finding
from stele.po.catalog import Catalog, Message
from stele.po.parts import PoPart, find_boundary, parse_po_part
from stele.po.reader import MAX_CATALOG_BYTES, PORTABLE_CODECS, header_charset, lenient_codec
from stele.rules import RULES, CheckOptions, catalog_file, check_file, file_of, semantic_rules, sources
from stele.rules import semantic as semantic_pass
from stele.rules.base import CatalogFile
from stele.rules.gettext_rules import checked, plurals_of
from stele.rules.misplaced import Entry, report
from stele.rules.semantic import misplaced_entries

PART_BYTES = 4 << 20  # each piece, read, decoded and checked at once
MIN_BYTES = 8 << 20  # smaller files are read in one pass
_HEAD_BYTES = 64 << 10  # the first piece: the header entry and a little more
_WINDOW = 1 << 20  # how far past a target offset a boundary is looked for
_WHOLE_FILE_RULES = frozenset(("header", "header-fields", "plural-forms"))
_ACROSS_PIECES = "misplaced"  # compares each translation with every message: the pieces give what it compares


@dataclass(frozen=True, slots=True)
class _Task:
    path: Path
    start: int
    end: int
    first_line: int
    codec: str
    strict: bool  # bytes invalid in the charset are problems (a portable charset); else replaced
    file: CatalogFile  # the path shown, locale, template-ness, and the header entry as its only message
    options: CheckOptions


@dataclass(slots=True)
class _PartResult:
    findings: dict[str, list[Finding]]
    clean: bool
    keys: frozenset[int]
    plurals: list[tuple[int, int, int]]  # checked plural messages: line, msgstr line, number of forms
    often: tuple[bool, ...] | None  # what the piece alone makes of Plural-Forms, when it has plural messages
    entries: list[Entry]  # what misplaced compares of the piece's messages, when it is on


def check_catalog(
    path: Path, shown: str, options: CheckOptions, *, workers: int = 1, part_bytes: int = PART_BYTES,
    min_bytes: int = MIN_BYTES,
) -> list[Finding]:
    """``check_file(catalog_file(path, shown), options)``, reading a large file in pieces of about
    ``part_bytes`` in ``workers`` processes; files under ``min_bytes`` are read in one pass."""
    findings = _streamed(path, shown, options, workers, part_bytes, min_bytes)
    return findings if findings is not None else check_file(catalog_file(path, shown), options)


def _streamed(path: Path, shown: str, options: CheckOptions, workers: int, part_bytes: int, min_bytes: int) \
        -> list[Finding] | None:
    try:
        size = path.stat().st_size
        if not min_bytes <= size <= MAX_CATALOG_BYTES:
            return None
        head, offsets, lines = _layout(path, size, part_bytes)
    except OSError:
        return None  # the single pass reports it
    charset = _charset(head)
    if charset is None or len(offsets) < 3:
        return None
    first = _first_part(path, shown, head[: offsets[1]], charset, options)
    if first is None:
        return None
    header_file, result = first
    tasks = [_Task(path, offsets[k], offsets[k + 1], lines[k], *charset, header_file, options)
             for k in range(1, len(offsets) - 1)]
    return _merge([result, *_run(tasks, workers)], header_file, options)


def _layout(path: Path, size: int, part_bytes: int) -> tuple[bytes, list[int], list[int]]:
    """The file's head, the offsets its pieces start at (and its size), and each piece's first line."""
    offsets = [0]
    with path.open("rb") as stream:
        head = stream.read(_WINDOW)
        for target in [_HEAD_BYTES, *range(part_bytes, size, part_bytes)]:
            if target <= offsets[-1] or target >= size:
                continue
            stream.seek(target)
            found = find_boundary(stream.read(_WINDOW))
            if found is not None and target + found < size:
                offsets.append(target + found)
        offsets.append(size)
        lines, line = [], 1
        stream.seek(0)
        for start, end in itertools.pairwise(offsets):
            lines.append(line)
            line += stream.read(end - start).count(b"\n")
    return head, offsets, lines


def _charset(head: bytes) -> tuple[str, bool] | None:
    """The codec, and whether bytes invalid in it are problems, as parse_po_bytes decides; None for codecs
    whose text cannot be cut at any newline byte (only UTF-8 and ASCII are read in pieces)."""
    charset = header_charset(head)
    codec = PORTABLE_CODECS.get(charset.upper())
    if codec is None:
        return ("utf-8", False) if lenient_codec(charset) == "utf-8" else None
    return (codec, True) if codec in ("utf-8", "ascii") else None


def _first_part(path: Path, shown: str, data: bytes, charset: tuple[str, bool], options: CheckOptions) \
        -> tuple[CatalogFile, _PartResult] | None:
    """Check the first piece; it must hold the header entry first, and another entry after it."""
    text, undecodable = _decode(data, *charset)
    part = parse_po_part(text, 1, undecodable=undecodable, codec=charset[0])
    messages = part.parsed.messages
    if len(messages) < 2 or not messages[0].is_header:
        return None
    file = file_of(path, shown, part.parsed)
    header_file = replace(file, parsed=Catalog([messages[0]], []))
    return header_file, _check_part_parsed(file, part, 1, options)


def _decode(data: bytes, codec: str, strict: bool) -> tuple[str, bool]:
    if not strict:
        return data.decode("utf-8", errors="replace"), False
    try:
        return data.decode(codec), False
    except UnicodeDecodeError:
        return data.decode(codec, errors="surrogateescape"), True


def _run(tasks: list[_Task], workers: int) -> Iterable[_PartResult]:
    if workers < 2 or len(tasks) < 2:
        return [_check_part(task) for task in tasks]
    with frozen_for_fork(), multiprocessing.get_context("fork").Pool(min(workers, len(tasks))) as pool:
        return list(pool.imap(_check_part, tasks))


def _check_part(task: _Task) -> _PartResult:
    with task.path.open("rb") as stream:
        stream.seek(task.start)
        data = stream.read(task.end - task.start)
    text, undecodable = _decode(data, task.codec, task.strict)
    del data
    part = parse_po_part(text, task.first_line, undecodable=undecodable, header_read=True, codec=task.codec)
    del text
    parsed = Catalog(task.file.parsed.messages + part.parsed.messages, part.parsed.problems)
    return _check_part_parsed(replace(task.file, parsed=parsed), part, task.first_line, task.options)


def _check_part_parsed(file: CatalogFile, part: PoPart, first_line: int, options: CheckOptions) -> _PartResult:
    findings: dict[str, list[Finding]] = {}
    for info in RULES.values():
        if info.check is None or info.id in _WHOLE_FILE_RULES or info.id == _ACROSS_PIECES \
                or not options.enabled(info.id):
            continue
        findings[info.id] = list(options.graded(info, (f for f in info.check(file, options) if f.line >= first_line)))
    plural = [(m.line, m.msgstr_line, len(m.msgstr_plural)) for m in part.parsed.messages
              if m.msgid_plural is not None and checked(m)]
    often = plurals_of(file.parsed).often if plural and options.enabled("format") else None
    semantic = semantic_rules(options)  # the pass the rules ran: its entries, not a second pass
    entries = [entry for entry in misplaced_entries(file, options.settings, options.source_locale, semantic)
               if entry.msg.line >= first_line] if _ACROSS_PIECES in semantic else []
    # The rules' caches of this piece let it go now, not when the next piece is checked: while the next is read,
    # the collector would walk this one's million objects again and again.
    sources.forget()
    semantic_pass.forget()
    return _PartResult(findings, part.clean, part.keys, plural, often, entries)


def _merge(results: list[_PartResult], header_file: CatalogFile, options: CheckOptions) -> list[Finding] | None:
    """The pieces' findings in the single pass's order, or None when the pieces do not stand alone."""
    if not all(result.clean for result in results[:-1]) or not _distinct(r.keys for r in results):
        return None
    stubs = [Message(msgid="x", msgid_plural="x", msgstr_plural=["x"] * count, line=line, msgstr_line=msgstr_line)
             for result in results for line, msgstr_line, count in result.plurals]
    whole = replace(header_file, parsed=Catalog(header_file.parsed.messages + stubs, []))
    if options.enabled("format") and stubs:
        often = plurals_of(whole.parsed).often
        if any(r.plurals and r.often != often for r in results):
            return None
    findings: list[Finding] = []
    for info in RULES.values():
        if info.id in _WHOLE_FILE_RULES:
            only = frozenset((info.id,)) & (options.select or {info.id})
            findings += check_file(whole, replace(options, select=only))
        elif info.id == _ACROSS_PIECES and options.enabled(info.id):
            findings += options.graded(info, report(header_file, [e for r in results for e in r.entries]))
        else:
            findings += _concat(r.findings.get(info.id, []) for r in results)
    return findings


def _distinct(keys: Iterator[frozenset[int]] | Iterable[frozenset[int]]) -> bool:
    seen: set[int] = set()
    for part in keys:
        if not seen.isdisjoint(part):
            return False
        seen |= part
    return True


def _concat(parts: Iterable[list[Finding]]) -> list[Finding]:
    return [finding for part in parts for finding in part]
