"""Catalogs: turn Segments into gettext templates and merge templates into locale catalogs."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import polib

from stele.catalogs.fuzzy import FuzzyIndex
from stele.locales import LocaleInfo
from stele.model import DisclaimerRule, Segment
from stele.po.plurals import PluralSyntaxError, check_values, parse_plural

FUZZY_CUTOFF = 60.0  # similarity (0-100) below which no old translation is offered
FUZZY_MAX_CHARS = 20_000  # longer messages get no fuzzy guess: comparing them would take minutes
_PYTHON_FORMAT_RE = re.compile(r"%\([A-Za-z_]\w*\)[-#0 +]*\d*(?:\.\d+)?[diouxXeEfFgGcrsa%]")


@dataclass(frozen=True, slots=True)
class MergeStats:
    """What a merge did to one catalog."""

    exact: int = 0
    fuzzy: int = 0
    new: int = 0
    revived: int = 0
    obsolete: int = 0
    memory: int = 0


def timestamp(now: dt.datetime) -> str:
    """A PO header date, as GNU tools write it: ``2026-11-22 07:46+0000``."""
    return now.strftime("%Y-%m-%d %H:%M%z")


def new_template(domain: str, *, origin: str, created: str) -> polib.POFile:
    """An empty template with xgettext's header (fuzzy, placeholder fields)."""
    template = polib.POFile(wrapwidth=79)
    template.header = f"Translations template for {domain}.\nExtracted by stele from {origin}."
    template.metadata = {
        "Project-Id-Version": domain,
        "Report-Msgid-Bugs-To": "",
        "POT-Creation-Date": created,
        "PO-Revision-Date": "YEAR-MO-DA HO:MI+ZONE",
        "Last-Translator": "FULL NAME <EMAIL@ADDRESS>",
        "Language-Team": "LANGUAGE <LL@li.org>",
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
    }
    template.metadata_is_fuzzy = ["fuzzy"]
    return template


def add_segments(template: polib.POFile, segments: Iterable[Segment], *, rules: Sequence[DisclaimerRule]) -> None:
    """Append one entry per distinct msgid, in source order, with references and comments."""
    descriptions = {rule.id: rule.description for rule in rules}
    by_msgid: dict[str, polib.POEntry] = {}
    for segment in segments:
        entry = by_msgid.get(segment.msgid)
        if entry is None:
            entry = polib.POEntry(msgid=segment.msgid, msgstr="")
            by_msgid[segment.msgid] = entry
            template.append(entry)
        entry.occurrences.append((segment.path, str(segment.line)))
        for line in _comments(segment, descriptions):
            if line not in entry.comment.split("\n"):
                entry.comment = f"{entry.comment}\n{line}" if entry.comment else line


def _comments(segment: Segment, descriptions: dict[str, str]) -> list[str]:
    lines = [segment.detail or segment.kind.value]
    if segment.disclaimers:
        what = "; ".join(descriptions.get(rule, "marked in the source") for rule in segment.disclaimers)
        lines.append(
            f"DISCLAIMER ({', '.join(segment.disclaimers)}): {what}. Its meaning must survive"
            " translation in full: do not drop, soften or strengthen it, and keep every number"
            " and unit. The page is published only once this is translated and not fuzzy."
        )
    return lines


def add_message(
    template: polib.POFile,
    message: str | tuple[str, ...],
    *,
    reference: tuple[str, str],
    comments: Sequence[str] = (),
    context: str | None = None,
) -> None:
    """Add a template string (singular or plural), merging repeated ones."""
    msgid, plural = (message, "") if isinstance(message, str) else (message[0], message[1])
    entry = template.find(msgid, msgctxt=context) if context else template.find(msgid)
    if entry is None or entry.msgctxt != context:
        entry = polib.POEntry(msgid=msgid, msgid_plural=plural, msgctxt=context)
        if plural:
            entry.msgstr_plural = {0: "", 1: ""}
        if _PYTHON_FORMAT_RE.search(msgid + plural):
            entry.flags.append("python-format")
        template.append(entry)
    if reference not in entry.occurrences:
        entry.occurrences.append(reference)
    for line in comments:
        if line not in entry.comment.split("\n"):
            entry.comment = f"{entry.comment}\n{line}" if entry.comment else line


def same_content(a: polib.POFile, b: polib.POFile) -> bool:
    """True when two catalogs differ at most in their POT-Creation-Date."""
    strip = {"POT-Creation-Date"}
    meta_a = {k: v for k, v in a.metadata.items() if k not in strip}
    meta_b = {k: v for k, v in b.metadata.items() if k not in strip}
    return meta_a == meta_b and a.header == b.header and [str(e) for e in a] == [str(e) for e in b]


def init_catalog(template: polib.POFile, info: LocaleInfo, *, now: dt.datetime) -> polib.POFile:
    """A new catalog for ``info`` from ``template``, with Language and Plural-Forms from CLDR."""
    catalog = polib.POFile(wrapwidth=79)
    domain = template.metadata.get("Project-Id-Version", "messages")
    catalog.header = f"{info.native_name} ({info.code}) translations for {domain}."
    catalog.metadata = {
        "Project-Id-Version": domain,
        "Report-Msgid-Bugs-To": "",
        "POT-Creation-Date": template.metadata.get("POT-Creation-Date", timestamp(now)),
        "PO-Revision-Date": timestamp(now),
        "Last-Translator": "",
        "Language-Team": f"{info.native_name} <{info.code}@li.org>",
        "Language": info.code,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": info.plural_forms,
    }
    merged, _ = merge_catalog(template, catalog)
    return merged


_PLURAL_FORMS_RE = re.compile(r"\s*nplurals\s*=\s*(\d+)\s*;\s*plural\s*=\s*([^;]+);?\s*")


def plural_forms_problem(catalog: polib.POFile, *, needed: bool) -> str | None:
    """What is wrong with the catalog's Plural-Forms header (None when fine or not needed)."""
    value = catalog.metadata.get("Plural-Forms")
    example = "e.g. 'Plural-Forms: nplurals=2; plural=(n != 1);' ('stele init' writes the right one)"
    if value is None:
        return f"header has no Plural-Forms but the catalog has plural messages; add one, {example}" if needed else None
    match = _PLURAL_FORMS_RE.fullmatch(value)
    if match is None or int(match.group(1)) < 1:
        return f"header has an unreadable Plural-Forms {value!r}; write it as {example}"
    try:
        problem, _ = check_values(parse_plural(match.group(2)), int(match.group(1)))
    except PluralSyntaxError as exc:
        problem = f"the plural expression is invalid ({exc})"
    return f"header Plural-Forms: {problem}; fix it, {example}" if problem else None


def nplurals(catalog: polib.POFile) -> int:
    """The catalog's nplurals from its Plural-Forms header (2 when absent)."""
    match = re.search(r"nplurals\s*=\s*(\d+)", catalog.metadata.get("Plural-Forms", ""))
    return int(match.group(1)) if match else 2


class Memory:
    """Reviewed translations from a locale's other catalogs, by (msgctxt, msgid) and by msgid."""

    def __init__(self, catalogs: Iterable[polib.POFile] = ()):
        self.exact: dict[tuple[str | None, str], polib.POEntry] = {}
        self.by_msgid: dict[str, polib.POEntry] = {}
        for catalog in catalogs:
            for entry in catalog:
                if entry.msgid and _translated(entry) and "fuzzy" not in entry.flags:
                    self.exact.setdefault((entry.msgctxt, entry.msgid), entry)
                    self.by_msgid.setdefault(entry.msgid, entry)

    def find(self, new: polib.POEntry) -> tuple[polib.POEntry, bool] | None:
        """A translation of the same text, and whether it is safe (same context) or only a guess."""
        same = self.exact.get((new.msgctxt, new.msgid))
        if same is not None:
            return same, True
        other = self.by_msgid.get(new.msgid)
        return (other, False) if other is not None else None


def merge_catalog(
    template: polib.POFile, old: polib.POFile, memory: Memory | None = None
) -> tuple[polib.POFile, MergeStats]:
    """Merge ``template`` into ``old`` as msgmerge does, losing no translation.

    Exact matches keep their translation (obsolete ones come back to life); a
    message translated identically in another catalog of the locale (``memory``)
    takes that translation, fuzzy unless its context is the same; an edited
    message gets the closest old translation, fuzzy, with the old msgid as
    ``#|``; old messages no longer in the template become obsolete.
    """
    merged = polib.POFile(wrapwidth=79)
    merged.header, merged.metadata = old.header, dict(old.metadata)
    merged.metadata_is_fuzzy = old.metadata_is_fuzzy
    if "POT-Creation-Date" in template.metadata:
        merged.metadata["POT-Creation-Date"] = template.metadata["POT-Creation-Date"]
    index = {(e.msgctxt, e.msgid): e for e in old if not e.obsolete}
    for entry in old.obsolete_entries():
        index.setdefault((entry.msgctxt, entry.msgid), entry)
    matcher = _FuzzyIndex([e for e in old if e.msgid and _translated(e)])
    counts = {"exact": 0, "fuzzy": 0, "new": 0, "revived": 0, "memory": 0}
    used: set[int] = set()
    plurals = nplurals(old)
    for new in template:
        found = index.get((new.msgctxt, new.msgid))
        if found is not None:
            used.add(id(found))
        recalled = memory.find(new) if memory is not None and (found is None or not _translated(found)) else None
        if recalled is not None:
            counts["memory"] += 1
            merged.append(_recall(new, recalled[0], plurals, safe=recalled[1], comments=found))
        elif found is not None:
            counts["revived" if found.obsolete else "exact"] += 1
            merged.append(_carry(new, found, plurals))
        else:
            guess = matcher.closest(new.msgid)
            counts["fuzzy" if guess else "new"] += 1
            merged.append(_guess(new, guess, plurals) if guess else _fresh(new, plurals))
    obsolete = [_obsolete(e) for e in old if id(e) not in used and (_translated(e) or e.tcomment)]
    merged.extend(obsolete)
    return merged, MergeStats(obsolete=len(obsolete), **counts)


def _recall(
    new: polib.POEntry, source: polib.POEntry, plurals: int, *, safe: bool, comments: polib.POEntry | None
) -> polib.POEntry:
    entry = _skeleton(new, plurals)
    _fill(entry, source, plurals)
    entry.tcomment = comments.tcomment if comments is not None else ""
    if not safe:
        entry.flags.insert(0, "fuzzy")
        entry.tcomment = "\n".join(
            filter(None, [entry.tcomment, f"{FUZZY_NOTE} from the same text in another context"])
        )
    return entry


class _FuzzyIndex:
    """Finds the most similar translated old message (rapidfuzz ratio ≥ FUZZY_CUTOFF) via stele.fuzzy."""

    def __init__(self, entries: list[polib.POEntry]):
        self._entries = [e for e in entries if len(e.msgid) <= FUZZY_MAX_CHARS]
        self._index = FuzzyIndex([e.msgid for e in self._entries], FUZZY_CUTOFF)

    def closest(self, msgid: str) -> polib.POEntry | None:
        if not self._entries or not msgid or len(msgid) > FUZZY_MAX_CHARS:
            return None
        best = self._index.closest(msgid)
        return self._entries[best[0]] if best else None


def _translated(entry: polib.POEntry) -> bool:
    if entry.msgid_plural:
        return any(entry.msgstr_plural.values())
    return bool(entry.msgstr)


def _skeleton(new: polib.POEntry, plurals: int) -> polib.POEntry:
    entry = polib.POEntry(
        msgid=new.msgid,
        msgid_plural=new.msgid_plural,
        msgctxt=new.msgctxt,
        occurrences=list(new.occurrences),
        comment=new.comment,
        flags=[f for f in new.flags if f != "fuzzy"],
    )
    if new.msgid_plural:
        entry.msgstr_plural = {i: "" for i in range(plurals)}
    return entry


def _fill(entry: polib.POEntry, source: polib.POEntry, plurals: int) -> None:
    if entry.msgid_plural:
        values = source.msgstr_plural if source.msgid_plural else {0: source.msgstr}
        entry.msgstr_plural = {i: values.get(i, "") for i in range(max(plurals, len(values)))}
    else:
        entry.msgstr = source.msgstr if not source.msgid_plural else source.msgstr_plural.get(0, "")


def _carry(new: polib.POEntry, old: polib.POEntry, plurals: int) -> polib.POEntry:
    entry = _skeleton(new, plurals)
    _fill(entry, old, plurals)
    entry.tcomment = old.tcomment
    if "fuzzy" in old.flags and _translated(old):
        entry.flags.insert(0, "fuzzy")
        entry.previous_msgctxt = old.previous_msgctxt
        entry.previous_msgid = old.previous_msgid
        entry.previous_msgid_plural = old.previous_msgid_plural
    return entry


def _guess(new: polib.POEntry, old: polib.POEntry, plurals: int) -> polib.POEntry:
    entry = _skeleton(new, plurals)
    _fill(entry, old, plurals)
    entry.flags.insert(0, "fuzzy")
    warnings = fuzzy_warnings(new, old)
    if warnings:
        entry.tcomment = "\n".join(warnings)
    entry.previous_msgctxt = old.msgctxt if old.msgctxt != new.msgctxt else None
    entry.previous_msgid = old.msgid
    entry.previous_msgid_plural = old.msgid_plural or None
    return entry


_NUMBER_RE = re.compile(r"\d+(?:[.,]\d+)*")
_NEGATION_RE = re.compile(r"(?i)\b(?:not|no|never|none|nor|without|cannot|avoid)\b|n't\b|\bне\b|\bні\b|\bнельзя\b")
FUZZY_NOTE = "stele: fuzzy guess"


def fuzzy_warnings(new: polib.POEntry, old: polib.POEntry) -> list[str]:
    """Why a fuzzy guess is unsafe: its numbers, negations or disclaimer status differ."""
    notes = []
    old_numbers, new_numbers = _NUMBER_RE.findall(old.msgid), _NUMBER_RE.findall(new.msgid)
    if sorted(old_numbers) != sorted(new_numbers):
        notes.append(
            f"{FUZZY_NOTE} from a message with other numbers ({' '.join(old_numbers) or 'none'} → "
            f"{' '.join(new_numbers) or 'none'}): check every number and unit"
        )
    if len(_NEGATION_RE.findall(old.msgid)) != len(_NEGATION_RE.findall(new.msgid)):
        notes.append(f"{FUZZY_NOTE} from a message with a different negation: check that no 'not' was lost or added")
    if ("DISCLAIMER" in (old.comment or "")) != ("DISCLAIMER" in (new.comment or "")):
        notes.append(f"{FUZZY_NOTE} from a message whose disclaimer status differs: translate it afresh")
    return notes


def _fresh(new: polib.POEntry, plurals: int) -> polib.POEntry:
    return _skeleton(new, plurals)


def _obsolete(old: polib.POEntry) -> polib.POEntry:
    entry = polib.POEntry(
        msgid=old.msgid,
        msgstr=old.msgstr,
        msgid_plural=old.msgid_plural,
        msgctxt=old.msgctxt,
        tcomment=old.tcomment,
        flags=list(old.flags),
        previous_msgctxt=old.previous_msgctxt,
        previous_msgid=old.previous_msgid,
        previous_msgid_plural=old.previous_msgid_plural,
        obsolete=True,
    )
    entry.msgstr_plural = dict(old.msgstr_plural)
    return entry
