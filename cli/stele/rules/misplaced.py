"""Misplaced rule: a translation whose numbers and safety terms fit another message of the same catalog exactly
and its own clearly not (two paragraphs' translations swapped) is reported with the message it belongs to."""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from stele.model import CheckSettings, Finding
from stele.po.catalog import Message
from stele.rules.base import CatalogFile
from stele.rules.meaning import MAY_DIGIT, Compiled, compiled, concepts, has_digit, lexicon, severity_of
from stele.rules.wordmatch import Match

# A number not inside a word or another number: (?<![\w.,])\d+(?:[.,]\d+)?(?!\w), written to start with a set of
# characters (every decimal digit, and more) that the search skips to fast, its first digit checked after it.
_NUMBER = re.compile(MAY_DIGIT.pattern + r"(?<=\d)(?<![\w.,][\s\S])\d*(?:[.,]\d+)?(?!\w)")
MIN_FEATURES = 3  # a translation must carry this many numbers and terms before it can be said to belong elsewhere
_MIN_OWN_MISFIT = 2  # …and differ from its own source in at least this many
_MIN_HOME_FEATURES = 2  # the message it belongs to has at least this many numbers and terms
_MAX_TERMS = 6  # terms of one translation tried in combination (2**6 look-ups at most)


@dataclass(frozen=True, slots=True)
class Entry:
    msg: Message
    text: str
    source: Counter[str]  # the features of the msgid: its numbers ("1.5") and its concepts ("@liver")
    target: Counter[str]  # the features of the translation


def _numbers(text: str) -> list[str]:
    """The numbers of ``text``, a decimal comma read as a point (the pattern reads both alike): "1,5" is "1.5"."""
    return _NUMBER.findall(text.replace(",", "."))


def numbers_each(texts: Sequence[str]) -> list[list[str]]:
    """``_numbers`` of each of ``texts``, made ready by one pass over them all joined by NUL characters."""
    joined = "\0".join(texts)
    if joined.count("\0") != len(texts) - 1:
        return [_numbers(text) for text in texts]
    findall = _NUMBER.findall
    return [findall(piece) for piece in joined.replace(",", ".").split("\0")]


def _misfit(source: Counter[str], target: Counter[str]) -> int:
    """Numbers and terms of the source the translation lacks, and numbers it adds (a term it adds may be a
    word's other sense: в зависимости от, "depending on", is not dependence)."""
    extra = sum(max(0, count - source.get(feature, 0)) for feature, count in target.items() if feature[0] != "@")
    return sum(max(0, count - target.get(feature, 0)) for feature, count in source.items()) + extra


@dataclass(frozen=True, slots=True)
class Features:
    """What misplaced compares: the catalog's concept matcher and the safety concepts it knows."""

    target: Compiled | None  # the catalog language's lexicon, when it names safety terms
    known: frozenset[str]
    source: Compiled | None  # the source language's lexicon


def features_of(file: CatalogFile, settings: CheckSettings, source_locale: str) -> Features:
    target = lexicon(file.locale or "", settings)
    lex = compiled(file.locale or "", settings) if target and target.terms else None
    return Features(lex, frozenset(target.terms) if target else frozenset(), compiled(source_locale, settings))


def entry_of(msg: Message, source: str, text: str, features: Features, said: list[Match] | None = None,
             named: list[Match] | None = None, numbers: tuple[list[str], list[str]] | None = None) -> Entry | None:
    """A message's numbers and terms (``source`` and ``text`` cleaned), when it has enough to compare;
    ``said`` and ``named``: the term matches of each text, ``numbers`` the ``_numbers`` of each, when the caller
    has them."""
    if msg.msgid_plural is not None:
        return None
    ours, theirs = numbers or (_numbers(source), _numbers(text))  # (a text without a digit has no number)
    if features.target is None and not ours and not theirs and not (has_digit(source) or has_digit(text)):
        return None
    terms = _concepts(source, features.source, said) & features.known if features.source is not None else set()
    found = _concepts(text, features.target, named) if features.target is not None else set()
    if len(ours) + len(terms) + len(theirs) + len(found) < MIN_FEATURES:
        return None
    kept = Counter(theirs)
    kept.update("@" + concept for concept in found)
    counted = Counter(ours)
    counted.update("@" + c for c in terms)
    return Entry(msg, text, counted, kept)


def _concepts(text: str, lex: Compiled, found: list[Match] | None) -> set[str]:
    if found is None:
        return concepts(text, lex)
    return {lex.name_of[match.label] for match in found} if found else set()


Key = tuple[tuple[tuple[str, int], ...], frozenset[str]]


def _key(numbers: dict[str, int], concepts: Iterable[str]) -> Key:
    return tuple(sorted(numbers.items())), frozenset(concepts)


def _split(features: Counter[str]) -> tuple[dict[str, int], list[str]]:
    """The numbers with their counts, and the concepts (sorted): a plain dict, as only its items are read."""
    numbers = {f: n for f, n in features.items() if f[0] != "@"}
    return numbers, sorted(f for f in features if f[0] == "@")


def report(file: CatalogFile, entries: list[Entry]) -> Iterator[Finding]:
    """Index each source by its exact numbers and terms; a translation fits source j exactly when it has j's
    numbers and (at least) j's terms, so each translation looks up its numbers with each subset of its terms."""
    by_key: dict[Key, list[int]] = defaultdict(list)
    for index, entry in enumerate(entries):
        if sum(entry.source.values()) >= _MIN_HOME_FEATURES:
            by_key[_key(*_split(entry.source))].append(index)
    for index, entry in enumerate(entries):
        if _misfit(entry.source, entry.target) < _MIN_OWN_MISFIT or sum(entry.target.values()) < MIN_FEATURES:
            continue
        numbers, concepts = _split(entry.target)
        home = next((entries[other] for size in range(len(concepts), -1, -1)
                     for subset in itertools.combinations(concepts[:_MAX_TERMS], size)
                     for other in by_key.get(_key(numbers, subset), ())
                     if other != index and entries[other].msg.msgid != entry.msg.msgid
                     and _fits_length(entry, entries[other])), None)
        if home is not None:
            yield file.finding(
                "misplaced", entry.msg.msgstr_line,
                f"this translation fits another message better: its numbers and terms are those of "
                f"“{_short(home.msg.msgid)}” (line {home.msg.line}), not of this one; was it pasted into "
                f"the wrong entry?",
                msg=entry.msg, severity=severity_of(entry.msg))


def _fits_length(entry: Entry, home: Entry) -> bool:
    ratio = len(entry.text) / max(1, len(home.msg.msgid))
    return 0.5 <= ratio <= 2.5


def _short(text: str) -> str:
    return text if len(text) <= 50 else text[:47].rstrip() + "…"
