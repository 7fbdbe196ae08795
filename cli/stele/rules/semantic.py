"""Semantic pass: polarity, modality, misplaced and the coverage of messages that are no disclaimer in one pass over
a catalog, so that each message is cleaned and split into words once for the rules (they run one after another on
the same file)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from stele.collector import collector_paused
from stele.model import CheckSettings, Finding
from stele.po.catalog import Message
from stele.rules import coverage, meaning, misplaced, verdicts
from stele.rules.base import CatalogFile

RULES = ("polarity", "modality", "misplaced", "coverage")  # coverage: of the messages that are no disclaimer
_CHUNK = 4096  # messages whose words are searched at once
_last: list[tuple[CatalogFile, frozenset[str], _Pass]] = []  # the file last read, only


def findings(file: CatalogFile, settings: CheckSettings, source_locale: str, rules: frozenset[str]) \
        -> dict[str, list[Finding]]:
    """The findings of ``rules`` (of polarity, modality, misplaced) on ``file``, each rule's in message order."""
    return _pass_of(file, settings, source_locale, rules).found


def misplaced_entries(file: CatalogFile, settings: CheckSettings, source_locale: str, rules: frozenset[str]) \
        -> list[misplaced.Entry]:
    """What misplaced compares of each message of ``file`` (from the pass that gave ``rules``' findings): a piece
    of a large catalog gives its entries, and misplaced.report runs once over all the pieces' entries."""
    return _pass_of(file, settings, source_locale, rules).entries


def forget() -> None:
    """Drop the pass of the file last read (and so the file): a caller done with a file lets it go at once."""
    _last.clear()


@dataclass(frozen=True, slots=True)
class _Also:
    """What the pass reads for the rules beside polarity and modality, when they run: misplaced's features and the
    coverage check of a message that is no disclaimer."""

    features: misplaced.Features | None
    body: coverage.BodyCheck | None


@dataclass(slots=True)
class _Pass:
    found: dict[str, list[Finding]]
    entries: list[misplaced.Entry]


def _pass_of(file: CatalogFile, settings: CheckSettings, source_locale: str, rules: frozenset[str]) -> _Pass:
    if _last and _last[0][0] is file and _last[0][1] == rules:
        return _last[0][2]
    done = _run(file, settings, source_locale, rules)
    _last[:] = [(file, rules, done)]
    return done


def _run(file: CatalogFile, settings: CheckSettings, source_locale: str, rules: frozenset[str]) -> _Pass:
    found: dict[str, list[Finding]] = {rule: [] for rule in RULES}
    lex = meaning.lexicons(file, settings, source_locale)
    entries: list[misplaced.Entry] = []
    if file.is_template or not file.locale:
        return _Pass(found, entries)
    features = misplaced.features_of(file, settings, source_locale) if "misplaced" in rules else None
    body = coverage.body_check(file, settings, lex) if "coverage" in rules and lex is not None else None
    with collector_paused(freeze=True):
        _pass(file, lex, _Also(features, body), rules, found, entries)
        if features is not None:
            found["misplaced"] = list(misplaced.report(file, entries))
    return _Pass(found, entries)



def _pass(file: CatalogFile, lex: tuple[meaning.Compiled, meaning.Compiled] | None, also: _Also,
          rules: frozenset[str], found: dict[str, list[Finding]], entries: list[misplaced.Entry]) -> None:
    """Each chunk of messages: every source searched with its lexicon at once, every translation with its own,
    then each message judged from those matches; the sentence-by-sentence detail is worked out only for a message
    whose whole does not keep its polarity or modality (or a disclaimer)."""
    features = also.features
    readers = _distinct((lex[0] if lex else None, features.source if features else None))  # of the sources
    writers = _distinct((lex[1] if lex else None, features.target if features else None))  # of the translations
    last = None
    _SOURCES.make_room()
    cleaned = _SOURCES.cleaned
    clean = meaning.cleaner(file.locale or "")
    items = [(msg, cleaned(source), clean(text)) for msg, source, text in meaning.sources(file)]
    for first in range(0, len(items), _CHUNK):
        chunk = items[first: first + _CHUNK]
        said = {id(one): _SOURCES.said([source for _, source, _ in chunk], one) for one in readers}
        kept = {id(one): meaning.grouped_each([text for _, _, text in chunk], one) for one in writers}
        numbers = _numbers(chunk) if features is not None else None
        with meaning.primed(()):
            _judge(file, chunk, lex, also, rules, found, entries, said, kept, numbers, last)
        last = chunk[-1][0]


def _judge(file: CatalogFile, chunk: list[tuple[Message, str, str]],
           lex: tuple[meaning.Compiled, meaning.Compiled] | None,
           also: _Also,
           rules: frozenset[str], found: dict[str, list[Finding]], entries: list[misplaced.Entry],
           said: dict[int, list[meaning.Grouped]], kept: dict[int, list[meaning.Grouped]],
           numbers: list[tuple[list[str], list[str]]] | None, last: Message | None) -> None:
    """Each message of a chunk judged from its texts' matches (``said``, ``kept``) and ``numbers``; ``also``: what
    misplaced compares and the coverage check of a message that is no disclaimer, when those rules run."""
    features, body = also.features, also.body
    nothing = meaning.NOTHING
    ours_all, theirs_all = (said[id(lex[0])], kept[id(lex[1])]) if lex is not None else ([], [])
    terms_said = said[id(features.source)] if features is not None and features.source is not None else None
    terms_kept = kept[id(features.target)] if features is not None and features.target is not None else None
    for index, (msg, source, text) in enumerate(chunk):
        if lex is not None and msg is not last:
            ours, theirs = ours_all[index], theirs_all[index]
            if not (ours is nothing and theirs is nothing and not meaning.is_disclaimer(msg)) \
                    and not meaning.holds_source(source, text):
                unkept = _unkept(msg, source, text, ours, theirs, lex, rules)
                if unkept:
                    meaning.remember(source, lex[0], ours)
                    meaning.remember(text, lex[1], theirs)
                    _polarity_and_modality(file, msg, source, text, lex, unkept, found)
            if body is not None and ours["term"] and not meaning.is_disclaimer(msg) \
                    and (uncovered := body(msg, source, text, ours["term"], theirs["term"])) is not None:
                found["coverage"].append(uncovered)
        last = msg
        if features is None:
            continue
        if numbers is None:  # (the plain path: each text searched again)
            entry = misplaced.entry_of(msg, source, text, features)
        else:
            terms = (terms_said[index]["term"] if terms_said is not None else [],
                     terms_kept[index]["term"] if terms_kept is not None else [])
            if len(numbers[index][0]) + len(numbers[index][1]) + len(terms[0]) + len(terms[1]) \
                    < misplaced.MIN_FEATURES:
                continue  # fewer numbers and terms than misplaced compares (entry_of: None)
            entry = misplaced.entry_of(msg, source, text, features, *terms, numbers[index])
        if entry is not None:
            entries.append(entry)


def _numbers(chunk: list[tuple[Message, str, str]]) -> list[tuple[list[str], list[str]]] | None:
    """The numbers of each source and translation of ``chunk``, for misplaced."""
    return list(zip(_SOURCES.numbers([source for _, source, _ in chunk]),
                    misplaced.numbers_each([text for _, _, text in chunk]), strict=True))


class _SourceMemo:
    """What the pass reads of each source text (cleaned, its lexicon's words, its numbers), kept from one file to
    the next: a project's catalogs, one per locale, share their sources, read once here, not once per catalog.
    What it keeps is read only; it is dropped whole when it grows past ``LIMIT`` texts."""

    LIMIT = 1 << 16

    def __init__(self) -> None:
        self.clean: dict[str, str] = {}  # a source → meaning.clean of it
        self.found: dict[meaning.Compiled, dict[str, meaning.Grouped]] = {}  # lexicon → cleaned source → matches
        self.counted: dict[str, list[str]] = {}  # a cleaned source → its numbers (misplaced)

    def make_room(self) -> None:
        if len(self.clean) > self.LIMIT:
            self.clear()

    def clear(self) -> None:
        self.clean.clear()
        self.found.clear()
        self.counted.clear()

    def cleaned(self, source: str) -> str:
        done = self.clean.get(source)
        if done is None:
            done = self.clean[source] = meaning.clean(source)
        return done

    def said(self, sources: list[str], lex: meaning.Compiled) -> list[meaning.Grouped]:
        """``meaning.grouped_each`` of ``sources``."""
        return _kept(self.found.setdefault(lex, {}), sources, lambda new: meaning.grouped_each(new, lex))

    def numbers(self, sources: list[str]) -> list[list[str]]:
        """``misplaced.numbers_each`` of ``sources`` (read only)."""
        return _kept(self.counted, sources, misplaced.numbers_each)


_T = TypeVar("_T")


def _kept(memo: dict[str, _T], texts: list[str], each: Callable[[list[str]], list[_T]]) -> list[_T]:
    """``each(texts)``, from ``memo`` where it has a text, ``each`` run once over the texts it has not."""
    new = [text for text in dict.fromkeys(texts) if text not in memo]
    memo.update(zip(new, each(new), strict=True))
    return [memo[text] for text in texts]


_SOURCES = _SourceMemo()


def _unkept(msg: Message, source: str, text: str, said: meaning.Grouped, kept: meaning.Grouped,
            lex: tuple[meaning.Compiled, meaning.Compiled], rules: frozenset[str]) -> frozenset[str]:
    """Which of ``rules`` (polarity, modality) may have a finding on a message, to be worked out sentence by
    sentence: on a disclaimer each; on any other message those whose whole it does not keep (the common case,
    none, answered from its texts' matches)."""
    if _quiet(said) and _quiet(kept):
        return rules if meaning.is_disclaimer(msg) else _NONE  # neither text says a negation, modality or bound
    if meaning.is_disclaimer(msg):
        return rules
    polarity = "polarity" in rules and not verdicts.polarity_kept(source, text, said, kept, lex)
    modality = "modality" in rules and not verdicts.modality_kept(source, text, said, kept, lex)
    return _UNKEPT[polarity, modality]


_UNKEPT = {(polarity, modality): frozenset(rule for rule, on in (("polarity", polarity), ("modality", modality)) if on)
           for polarity in (False, True) for modality in (False, True)}


_NONE: frozenset[str] = frozenset()


def _quiet(found: meaning.Grouped) -> bool:
    return found is meaning.NOTHING or not (found["neg"] or found["con"] or found["imp"] or found["mod"])


def _distinct(lexicons: tuple[meaning.Compiled | None, ...]) -> list[meaning.Compiled]:
    return list({id(lex): lex for lex in lexicons if lex is not None}.values())


def _polarity_and_modality(file: CatalogFile, msg: Message, source: str, text: str,
                           lex: tuple[meaning.Compiled, meaning.Compiled], rules: frozenset[str],
                           found: dict[str, list[Finding]]) -> None:
    parts: list[meaning.Pair] = []

    def split() -> list[meaning.Pair]:  # the sentence pairs, worked out once for both rules
        if not parts:
            parts.extend(meaning.aligned(source, text, lex))
        return parts

    for rule, check in (("polarity", verdicts.polarity_finding), ("modality", verdicts.modality_finding)):
        finding = check(file, msg, source, text, lex, split) if rule in rules else None
        if finding is not None and not (found[rule] and found[rule][-1].line == finding.line):
            found[rule].append(finding)
