"""Merge: turn Segments into gettext templates and merge templates into locale catalogs, as msgmerge does."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from stele.catalogs.guesses import FuzzyGuesses
from stele.catalogs.merge_rules import fuzzy_reason, merged_header, reshape
from stele.locales import LocaleInfo
from stele.model import CheckSettings, Config, DisclaimerRule, Segment, disclaimer_comment, disclaimer_ids
from stele.po import Catalog, Message, read_plural_forms, render_po

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


def new_template(domain: str, *, origin: str, created: str) -> Catalog:
    """An empty template with xgettext's header (fuzzy, placeholder fields)."""
    template = Catalog()
    template.set_header({
        "Project-Id-Version": domain,
        "Report-Msgid-Bugs-To": "",
        "POT-Creation-Date": created,
        "PO-Revision-Date": "YEAR-MO-DA HO:MI+ZONE",
        "Last-Translator": "FULL NAME <EMAIL@ADDRESS>",
        "Language-Team": "LANGUAGE <LL@li.org>",
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
    }, comments=[f"Translations template for {domain}.", f"Extracted by stele from {origin}."], fuzzy=True)
    return template


def add_segments(template: Catalog, segments: Iterable[Segment], *, rules: Sequence[DisclaimerRule]) -> None:
    """Append one entry per distinct msgid, in source order, with references and comments."""
    descriptions = {rule.id: rule.description for rule in rules}
    by_msgid: dict[str, Message] = {}
    for segment in segments:
        entry = by_msgid.get(segment.msgid)
        if entry is None:
            entry = by_msgid[segment.msgid] = Message(msgid=segment.msgid)
            template.append(entry)
        entry.references.append(f"{segment.path}:{segment.line}")
        _add_comments(entry, _comments(segment, descriptions))


def _add_comments(entry: Message, lines: Iterable[str]) -> None:
    for line in lines:
        if line not in entry.extracted:
            entry.extracted.append(line)


def _comments(segment: Segment, descriptions: dict[str, str]) -> list[str]:
    lines = [segment.detail or segment.kind.value]
    if segment.disclaimers:
        what = "; ".join(descriptions.get(rule, "marked in the source") for rule in segment.disclaimers)
        lines.append(disclaimer_comment(
            segment.disclaimers,
            f"{what}. Its meaning must survive translation in full: do not drop, soften or strengthen it, and keep"
            " every number and unit. The page is published only once this is translated and not fuzzy.",
        ))
    return lines


def add_message(
    template: Catalog,
    message: str | tuple[str, ...],
    *,
    reference: str,
    comments: Sequence[str] = (),
    context: str | None = None,
) -> None:
    """Add a template string (singular or plural), merging repeated ones."""
    msgid, plural = (message, None) if isinstance(message, str) else (message[0], message[1])
    entry = template.find(msgid, context)
    if entry is None:
        entry = Message(msgid=msgid, msgid_plural=plural, msgctxt=context, msgstr_plural=["", ""] if plural else [])
        if _PYTHON_FORMAT_RE.search(msgid + (plural or "")):
            entry.flags.append("python-format")
        template.append(entry)
    if reference not in entry.references:
        entry.references.append(reference)
    _add_comments(entry, comments)


def same_content(a: Catalog, b: Catalog) -> bool:
    """True when two catalogs differ at most in their POT-Creation-Date."""
    return render_po(_without_date(a)) == render_po(_without_date(b))


def _without_date(catalog: Catalog) -> Catalog:
    copy = Catalog(list(catalog.messages))
    metadata = catalog.metadata()
    metadata.pop("POT-Creation-Date", None)
    if copy.header is not None:
        copy.messages[0] = replace(copy.messages[0], flags=list(copy.messages[0].flags))
        copy.set_header(metadata)
    return copy


def init_catalog(template: Catalog, info: LocaleInfo, *, now: dt.datetime) -> Catalog:
    """A new catalog for ``info`` from ``template``, with Language and Plural-Forms from CLDR."""
    catalog = Catalog()
    domain = template.header_field("Project-Id-Version", "messages")
    catalog.set_header({
        "Project-Id-Version": domain,
        "Report-Msgid-Bugs-To": "",
        "POT-Creation-Date": template.header_field("POT-Creation-Date", timestamp(now)),
        "PO-Revision-Date": timestamp(now),
        "Last-Translator": "",
        "Language-Team": f"{info.native_name} <{info.code}@li.org>",
        "Language": info.code,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": info.plural_forms,
    }, comments=[f"{info.native_name} ({info.code}) translations for {domain}."])
    merged, _ = merge_catalog(template, catalog)
    return merged


def plural_forms_problem(catalog: Catalog, *, needed: bool) -> str | None:
    """What is wrong with the catalog's Plural-Forms header (None when fine or not needed)."""
    value = catalog.metadata().get("Plural-Forms")
    example = "e.g. 'Plural-Forms: nplurals=2; plural=(n != 1);' ('stele init' writes the right one)"
    if value is None:
        return f"header has no Plural-Forms but the catalog has plural messages; add one, {example}" if needed else None
    forms = read_plural_forms(value)
    if forms.ok:
        return None
    if forms.nplurals is None or forms.expression is None:
        return f"header has an unreadable Plural-Forms {value!r} ({'; '.join(forms.problems)}); write it as {example}"
    return f"header Plural-Forms: {forms.problems[0]}; fix it, {example}"


class Memory:
    """Reviewed translations from a locale's other catalogs, by (msgctxt, msgid) and by msgid."""

    def __init__(self, catalogs: Iterable[Catalog] = ()):
        self.exact: dict[tuple[str | None, str], Message] = {}
        self.by_msgid: dict[str, Message] = {}
        for catalog in catalogs:
            for entry in catalog:
                if entry.msgid and not entry.obsolete and entry.has_translation and not entry.fuzzy:
                    self.exact.setdefault(entry.key, entry)
                    self.by_msgid.setdefault(entry.msgid, entry)

    def find(self, new: Message) -> tuple[Message, bool] | None:
        """A translation of the same text, and whether it is safe (same context) or only a guess."""
        same = self.exact.get(new.key)
        if same is not None:
            return same, True
        other = self.by_msgid.get(new.msgid)
        return (other, False) if other is not None else None


@dataclass(frozen=True, slots=True)
class MergeOptions:
    """How a merge behaves: msgmerge's options, and stele's additions (all on in ``stele update``).

    ``previous``: write the old msgid of a fuzzy message as ``#|`` (msgmerge --previous); ``fuzzy_matching``:
    offer the closest old translation to a new message (off: msgmerge -N); ``notes``: add stele's comments on an
    unsafe fuzzy guess (its negations counted with the lexicon of ``source_locale``, with ``settings``' words
    from stele.toml); ``keep_sources``: keep an old message whose translation was reused as a guess also as
    obsolete (``#~``), so it comes back should the old text return; ``to_utf8``: write a catalog whose charset
    differs from the template's in UTF-8, as msgmerge does (``stele update`` keeps each catalog's own charset).
    """

    previous: bool = True
    fuzzy_matching: bool = True
    notes: bool = True
    keep_sources: bool = True
    to_utf8: bool = False
    source_locale: str = "en"
    settings: CheckSettings = field(default_factory=CheckSettings)

    @classmethod
    def of_project(cls, config: Config) -> MergeOptions:
        """``stele update``'s options for the project of ``config`` (its source locale and lexicons)."""
        return cls(source_locale=config.source_locale, settings=config.check)


STELE_UPDATE = MergeOptions()
MSGMERGE = MergeOptions(previous=False, notes=False, keep_sources=False, to_utf8=True)


def merge_catalog(template: Catalog, old: Catalog, memory: Memory | None = None, options: MergeOptions = STELE_UPDATE,
                  compendia: Sequence[Catalog] = ()) -> tuple[Catalog, MergeStats]:
    """Merge ``template`` into ``old`` as msgmerge does, losing no translation.

    Exact matches keep their translation (obsolete ones come back to life), fuzzy when msgmerge would make them
    so (plural added, removed or changed, range changed, a format flag the translation fails); a message
    translated identically in another catalog of the locale (``memory``) takes that translation, fuzzy unless
    its context is the same; an edited message gets the closest old translation, fuzzy; old messages no longer
    in the template become obsolete. ``compendia`` (msgmerge -C) offer more translations, never obsolete.
    """
    # msgmerge looks the header up as any message: a catalog without one takes the first compendium's
    base = old if old.header is not None else next((c for c in compendia if c.header is not None), old)
    merged = _merged_header(template, base, to_utf8=options.to_utf8)
    entries = old.entries
    index = {e.key: e for e in entries if not e.obsolete}
    extra = [e for compendium in compendia for e in compendium.entries if not e.obsolete and e.has_translation]
    for entry in [*(e for e in entries if e.obsolete), *extra]:
        held = index.get(entry.key)  # msgmerge: a translation beats an untranslated match, else the first found
        if held is None or not held.has_translation:
            index[entry.key] = entry
    in_template = {message.key for message in template}
    orphans = {id(e) for e in entries if e.key not in in_template}
    matcher = FuzzyGuesses([e for e in entries if e.msgid and e.has_translation] if options.fuzzy_matching else [],
                          orphans,
                          [e for c in compendia for e in c.entries if not e.obsolete] if options.fuzzy_matching else [])
    counts = {"exact": 0, "fuzzy": 0, "new": 0, "revived": 0, "memory": 0}
    used: set[int] = set()
    plurals = old.nplurals()
    late: list[Message] = []  # a template's own #~ entries that match: obsolete, after the live ones (msgmerge)
    guesses = matcher.guesses([new for new in template if new.key not in index
                               and (memory is None or memory.find(new) is None)])
    for new in template:
        found = index.get(new.key)
        if found is not None:
            used.add(id(found))
        if new.obsolete and found is not None:
            late.append(replace(_carry(new, found, plurals, options), obsolete=True))
            continue
        new = replace(new, obsolete=False) if new.obsolete else new  # msgmerge copies it as a live message
        wanted = memory is not None and (found is None or not found.has_translation)
        recalled = memory.find(new) if memory is not None and wanted else None
        if recalled is not None:
            counts["memory"] += 1
            merged.append(_recall(new, recalled[0], plurals, safe=recalled[1], comments=found, options=options))
        elif found is not None:
            counts["revived" if found.obsolete else "exact"] += 1
            merged.append(_carry(new, found, plurals, options))
        else:
            guess = guesses.get(id(new))
            counts["fuzzy" if guess else "new"] += 1
            if guess is not None and not options.keep_sources:
                used.add(id(guess))
            merged.append(_guess(new, guess, plurals, options) if guess else _unmatched(new, plurals))
    obsolete = [_obsolete(e) for e in entries if id(e) not in used and (e.has_translation or e.comments)]
    for entry in [*late, *obsolete]:
        merged.append(entry)
    return merged, MergeStats(obsolete=len(obsolete), **counts)


def for_msgfmt(catalog: Catalog) -> Catalog:
    """msgmerge --for-msgfmt: only the header and translated messages, without comments or ``#|``."""
    kept = [_bare(catalog.header)] if catalog.header is not None else []
    kept += [_bare(e) for e in catalog.entries if e.translated]
    return Catalog(kept)


def _bare(entry: Message) -> Message:
    return replace(entry, comments=[], extracted=[], references=[], previous_msgid=None, previous_msgctxt=None,
                   previous_msgid_plural=None)


def _merged_header(template: Catalog, old: Catalog, *, to_utf8: bool) -> Catalog:
    if old.header is None:
        return Catalog()
    header = replace(old.header, flags=list(old.header.flags), comments=list(old.header.comments),
                     previous_msgid=None, previous_msgctxt=None, previous_msgid_plural=None)
    header.msgstr = merged_header(template, old, to_utf8=to_utf8) or header.msgstr
    return Catalog([header])


def _recall(new: Message, source: Message, plurals: int, *, safe: bool, comments: Message | None,
            options: MergeOptions) -> Message:
    entry = _skeleton(new, plurals)
    _fill(entry, source, plurals)
    entry.comments = list(comments.comments) if comments is not None else []
    if not safe or fuzzy_reason(new, source) is not None:
        entry.set_fuzzy(True)
        if options.notes and not safe:
            entry.comments.append(f"{FUZZY_NOTE} from the same text in another context")
    return entry


def _skeleton(new: Message, plurals: int, *, comments: bool = False) -> Message:
    return Message(
        comments=list(new.comments) if comments else [],
        msgid=new.msgid,
        msgid_plural=new.msgid_plural,
        msgctxt=new.msgctxt,
        msgstr_plural=[""] * plurals if new.msgid_plural is not None else [],
        references=list(new.references),
        extracted=list(new.extracted),
        flags=[f for f in new.flags if f != "fuzzy"],
    )


def _unmatched(new: Message, plurals: int) -> Message:
    """A template message no old one matches; a translation the template already has is kept, as msgmerge does."""
    entry = _skeleton(new, plurals, comments=True)
    if new.has_translation:
        entry.msgstr, entry.msgstr_plural = new.msgstr, list(new.msgstr_plural)
    return entry


def _fill(entry: Message, source: Message, plurals: int) -> None:
    entry.msgstr, entry.msgstr_plural = reshape(source.translations, entry.msgid_plural is not None, plurals)


def _carry(new: Message, old: Message, plurals: int, options: MergeOptions) -> Message:
    entry = _skeleton(new, plurals)
    _fill(entry, old, plurals)
    entry.comments = list(old.comments)
    if old.has_translation and (old.fuzzy or fuzzy_reason(new, old) is not None):
        entry.set_fuzzy(True)
        if options.previous:
            _set_previous(entry, old)
    return entry


def _guess(new: Message, old: Message, plurals: int, options: MergeOptions) -> Message:
    entry = _skeleton(new, plurals)
    _fill(entry, old, plurals)
    entry.set_fuzzy(True)
    entry.comments = fuzzy_warnings(new, old, options) if options.notes else list(old.comments)
    if options.previous:
        _set_previous(entry, old)
    return entry


def _set_previous(entry: Message, old: Message) -> None:
    """The ``#|`` lines as msgmerge --previous writes them: a fuzzy old message's own ``#|`` (the text its
    translation was made for), else the old message's msgctxt, msgid and msgid_plural."""
    if old.fuzzy:
        entry.previous_msgctxt = old.previous_msgctxt
        entry.previous_msgid = old.previous_msgid
        entry.previous_msgid_plural = old.previous_msgid_plural
    else:
        entry.previous_msgctxt = old.msgctxt
        entry.previous_msgid = old.msgid
        entry.previous_msgid_plural = old.msgid_plural


_NUMBER_RE = re.compile(r"\d+(?:[.,]\d+)*")
FUZZY_NOTE = "stele: fuzzy guess"


def fuzzy_warnings(new: Message, old: Message, options: MergeOptions = STELE_UPDATE) -> list[str]:
    """Why a fuzzy guess is unsafe: its numbers, negations (as the polarity rule counts them, "avoid" among them)
    or disclaimer status differ."""
    from stele.rules.meaning import compiled, implicit_negations, negations

    notes = []
    old_numbers, new_numbers = _NUMBER_RE.findall(old.msgid), _NUMBER_RE.findall(new.msgid)
    if sorted(old_numbers) != sorted(new_numbers):
        notes.append(
            f"{FUZZY_NOTE} from a message with other numbers ({' '.join(old_numbers) or 'none'} → "
            f"{' '.join(new_numbers) or 'none'}): check every number and unit"
        )
    lex = compiled(options.source_locale, options.settings)
    if lex is not None and (len(negations(old.msgid, lex)), implicit_negations(old.msgid, lex)) \
            != (len(negations(new.msgid, lex)), implicit_negations(new.msgid, lex)):
        notes.append(f"{FUZZY_NOTE} from a message with a different negation: check that no 'not' was lost or added")
    if bool(disclaimer_ids(old.extracted)) != bool(disclaimer_ids(new.extracted)):
        notes.append(f"{FUZZY_NOTE} from a message whose disclaimer status differs: translate it afresh")
    return notes


def _obsolete(old: Message) -> Message:
    return Message(
        msgid=old.msgid,
        msgstr=old.msgstr,
        msgid_plural=old.msgid_plural,
        msgstr_plural=list(old.msgstr_plural),
        msgctxt=old.msgctxt,
        comments=list(old.comments),
        flags=list(old.flags),
        previous_msgctxt=old.previous_msgctxt,
        previous_msgid=old.previous_msgid,
        previous_msgid_plural=old.previous_msgid_plural,
        obsolete=True,
    )
