"""Output checks: fuzzy-match agreement of two merges, and .mo files compared through Python's gettext."""

from __future__ import annotations

import gettext
from dataclasses import dataclass
from pathlib import Path

import polib

Key = tuple[str | None, str]
Decision = tuple[bool, tuple[str, ...]]


@dataclass
class FuzzyAgreement:
    """How two merges (stele, msgmerge) treated the template's messages."""

    candidates: int  # template msgids with no active exact match in the old catalog
    stele_fuzzy: int  # of the candidates, how many each tool filled with a fuzzy translation
    msgmerge_fuzzy: int
    agree: int  # candidates with the same fuzzy flag and the same msgstr(s) in both outputs
    template_messages: int
    agree_all: int  # the same over every template message
    missing_in_stele: int  # template messages absent from stele's output (should be 0)

    def summary(self) -> str:
        return (
            f"fuzzy matches: stele {self.stele_fuzzy}, msgmerge {self.msgmerge_fuzzy} "
            f"(of {self.candidates} new/edited msgids); same decision and msgstr on "
            f"{self.agree}/{self.candidates}; whole catalog {self.agree_all}/{self.template_messages}"
        ) + (
            f"; {self.missing_in_stele} template messages MISSING from stele's output" if self.missing_in_stele else ""
        )


def _active(path: Path) -> dict[Key, polib.POEntry]:
    return {(e.msgctxt, e.msgid): e for e in polib.pofile(str(path)) if not e.obsolete}


def _decision(entry: polib.POEntry | None) -> Decision | None:
    if entry is None:
        return None
    if entry.msgid_plural:
        forms = tuple(entry.msgstr_plural[i] for i in sorted(entry.msgstr_plural))
    else:
        forms = (entry.msgstr,)
    return ("fuzzy" in entry.flags and any(forms), forms)


def fuzzy_agreement(old_po: Path, template: Path, stele_out: Path, msgmerge_out: Path) -> FuzzyAgreement:
    """Compare the two merged catalogs message by message (read with polib)."""
    old, pot = _active(old_po), _active(template)
    ours, theirs = _active(stele_out), _active(msgmerge_out)
    candidates = [key for key in pot if key not in old]
    ours_d = {key: _decision(ours.get(key)) for key in pot}
    theirs_d = {key: _decision(theirs.get(key)) for key in pot}
    return FuzzyAgreement(
        candidates=len(candidates),
        stele_fuzzy=sum(bool(ours_d[k] and ours_d[k][0]) for k in candidates),  # type: ignore[index]
        msgmerge_fuzzy=sum(bool(theirs_d[k] and theirs_d[k][0]) for k in candidates),  # type: ignore[index]
        agree=sum(ours_d[k] == theirs_d[k] for k in candidates),
        template_messages=len(pot),
        agree_all=sum(ours_d[k] == theirs_d[k] for k in pot),
        missing_in_stele=sum(ours_d[k] is None for k in pot),
    )


@dataclass
class MoComparison:
    """Two .mo files as Python's gettext sees them (``GNUTranslations._catalog``)."""

    messages: int
    only_in_reference: int
    only_in_candidate: int
    different: int
    example: str

    @property
    def identical(self) -> bool:
        return not (self.only_in_reference or self.only_in_candidate or self.different)

    def summary(self) -> str:
        if self.identical:
            return f"OK ({self.messages} catalog keys identical)"
        return (
            f"DIFF: {self.only_in_reference} keys only in msgfmt's, {self.only_in_candidate} only in this one, "
            f"{self.different} with another value; e.g. {self.example}"
        )


def _mo_catalog(path: Path) -> dict[object, str]:
    with open(path, "rb") as handle:
        return dict(gettext.GNUTranslations(handle)._catalog)  # type: ignore[attr-defined]


def compare_mo(reference: Path, candidate: Path) -> MoComparison:
    """Compare ``candidate`` (stele's or babel's .mo) against ``reference`` (msgfmt's)."""
    ref, cand = _mo_catalog(reference), _mo_catalog(candidate)
    only_ref = [k for k in ref if k not in cand]
    only_cand = [k for k in cand if k not in ref]
    different = [k for k in ref if k in cand and ref[k] != cand[k]]
    example = ""
    for label, keys in (("only in msgfmt's", only_ref), ("only in this", only_cand), ("value differs", different)):
        if keys:
            key = keys[0]
            example = f"{label}: key {_short(key)}: msgfmt {_short(ref.get(key))}, this {_short(cand.get(key))}"
            break
    return MoComparison(len(ref), len(only_ref), len(only_cand), len(different), example)


def _short(value: object, size: int = 48) -> str:
    text = repr(value)
    return text if len(text) <= size else text[: size - 1] + "…"


@dataclass
class OwnSource:
    """How often a merge gave an edited message its own old translation as the fuzzy guess, and what it lost.

    An edited message is a template message with no exact match in the old catalog whose msgctxt and source
    references are those of exactly one translated old message that is gone from the template: its own source
    (bench/generate.py edits one word of a msgid and keeps the rest of the entry).
    """

    edited: int  # edited template messages whose own source could be told
    own: int  # of them, given their own source's translation as a fuzzy guess
    lost: int  # old (not fuzzy) translations found nowhere in the output, active or obsolete

    def summary(self, tool: str) -> str:
        rate = 100 * self.own / max(self.edited, 1)
        return f"{tool}: own-source guesses {self.own}/{self.edited} ({rate:.1f} %), translations lost {self.lost}"


def _forms(entry: polib.POEntry) -> tuple[str, ...]:
    if entry.msgid_plural:
        return tuple(entry.msgstr_plural[i] for i in sorted(entry.msgstr_plural))
    return (entry.msgstr,)


def own_source(old_po: Path, template: Path, merged: Path) -> OwnSource:
    """Count own-source guesses and lost translations of one merge (read with polib)."""
    old_all = [e for e in polib.pofile(str(old_po)) if e.msgid]
    pot = _active(template)
    out = [e for e in polib.pofile(str(merged)) if e.msgid]
    old_active = {(e.msgctxt, e.msgid) for e in old_all if not e.obsolete}
    gone: dict[tuple[str | None, tuple[tuple[str, str], ...]], list[polib.POEntry]] = {}
    for entry in old_all:
        if not entry.obsolete and (entry.msgctxt, entry.msgid) not in pot and any(_forms(entry)):
            gone.setdefault((entry.msgctxt, tuple(entry.occurrences)), []).append(entry)
    merged_active = {(e.msgctxt, e.msgid): e for e in out if not e.obsolete}
    edited = own = 0
    for key, entry in pot.items():
        sources = gone.get((entry.msgctxt, tuple(entry.occurrences)), [])
        if key in old_active or len(sources) != 1:
            continue
        edited += 1
        result = merged_active.get(key)
        own += result is not None and "fuzzy" in result.flags and _forms(result) == _forms(sources[0])
    kept = {_forms(e) for e in out}
    lost = sum(_forms(e) not in kept for e in old_all if any(_forms(e)) and "fuzzy" not in e.flags)
    return OwnSource(edited, own, lost)
