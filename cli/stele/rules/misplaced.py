"""Misplaced rule: a translation whose numbers and safety terms fit another message of the same catalog exactly
and its own clearly not (two paragraphs' translations swapped) is reported with the message it belongs to."""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from stele.model import CheckSettings, Finding
from stele.po.catalog import Message
from stele.rules.base import CatalogFile
from stele.rules.coverage import source_concepts, stem
from stele.rules.meaning import clean, lexicon, severity_of, translated
from stele.rules.wordmatch import Matcher, tokens

_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)?(?![\w])")
_MIN_FEATURES = 3  # a translation must carry this many numbers and terms before it can be said to belong elsewhere
_MIN_OWN_MISFIT = 2  # …and differ from its own source in at least this many
_MIN_HOME_FEATURES = 2  # the message it belongs to has at least this many numbers and terms
_MAX_TERMS = 6  # terms of one translation tried in combination (2**6 look-ups at most)


@dataclass(frozen=True, slots=True)
class _Entry:
    msg: Message
    text: str
    source: Counter[str]  # the features of the msgid
    target: Counter[str]  # the features of the translation


def _numbers(text: str) -> Counter[str]:
    return Counter("#" + n.replace(",", ".") for n in _NUMBER.findall(text))


@lru_cache(maxsize=16)
def _concept_matcher(terms: tuple[tuple[str, tuple[str, ...]], ...]) -> Matcher:
    """The translation's safety terms by plain stems (lemmas would cost a dictionary look-up per word)."""
    return Matcher((_stem(entry), name) for name, entries in terms for entry in entries)


def _stem(entry: str) -> str:
    return " ".join(word if word.endswith("*") else stem(word) + "*" for word in entry.split())


def _target_concepts(text: str, matcher: Matcher | None) -> Counter[str]:
    if not matcher:
        return Counter()
    return Counter({"@" + match.label: 1 for match in matcher.find(tokens(text))})


def _misfit(source: Counter[str], target: Counter[str]) -> int:
    """Numbers and terms of the source the translation lacks, and numbers it adds (a term it adds may be a
    word's other sense: в зависимости от, "depending on", is not dependence)."""
    extra = sum(count for feature, count in (target - source).items() if feature.startswith("#"))
    return sum((source - target).values()) + extra


def check_misplaced(file: CatalogFile, settings: CheckSettings, source_locale: str) -> Iterator[Finding]:
    """Translations that belong to another message: exact fit there, a clear misfit at home."""
    if file.is_template or not file.locale:
        return
    target_lexicon = lexicon(file.locale, settings)
    pattern = _concept_matcher(tuple(sorted(target_lexicon.terms.items()))) if target_lexicon else None
    known = set(target_lexicon.terms) if target_lexicon else set()
    entries: list[_Entry] = []
    for msg, text in translated(file):
        if msg.msgid_plural is not None or (pattern is None and not any(ch.isdigit() for ch in msg.msgid + text)):
            continue
        source_text, target_text = clean(msg.msgid), clean(text)
        source = _numbers(source_text)
        source.update("@" + c for c in source_concepts(source_text, settings, source_locale) if c in known)
        target = _numbers(target_text) + _target_concepts(target_text, pattern)
        if sum(source.values()) + sum(target.values()) >= _MIN_FEATURES:
            entries.append(_Entry(msg, text, source, target))
    yield from _report(file, entries)


Key = tuple[tuple[tuple[str, int], ...], frozenset[str]]


def _key(numbers: Counter[str], concepts: Iterable[str]) -> Key:
    return tuple(sorted(numbers.items())), frozenset(concepts)


def _split(features: Counter[str]) -> tuple[Counter[str], list[str]]:
    numbers = Counter({f: n for f, n in features.items() if f.startswith("#")})
    return numbers, sorted(f for f in features if not f.startswith("#"))


def _report(file: CatalogFile, entries: list[_Entry]) -> Iterator[Finding]:
    """Index each source by its exact numbers and terms; a translation fits source j exactly when it has j's
    numbers and (at least) j's terms, so each translation looks up its numbers with each subset of its terms."""
    by_key: dict[Key, list[int]] = defaultdict(list)
    for index, entry in enumerate(entries):
        if sum(entry.source.values()) >= _MIN_HOME_FEATURES:
            by_key[_key(*_split(entry.source))].append(index)
    for index, entry in enumerate(entries):
        if _misfit(entry.source, entry.target) < _MIN_OWN_MISFIT or sum(entry.target.values()) < _MIN_FEATURES:
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


def _fits_length(entry: _Entry, home: _Entry) -> bool:
    ratio = len(entry.text) / max(1, len(home.msg.msgid))
    return 0.5 <= ratio <= 2.5


def _short(text: str) -> str:
    return text if len(text) <= 50 else text[:47].rstrip() + "…"
