"""Semantic pass: polarity, modality and misplaced in one pass over a catalog, so that each message is cleaned
and split into words once for the three rules (they run one after another on the same file)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from stele.model import CheckSettings, Finding
from stele.po.catalog import Message
from stele.rules import meaning, misplaced
from stele.rules.base import CatalogFile

RULES = ("polarity", "modality", "misplaced")
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
    with _collector_skips_what_exists():
        _pass(file, lex, features, rules, found, entries)
    if features is not None:
        found["misplaced"] = list(misplaced.report(file, entries))
    return _Pass(found, entries)


@contextmanager
def _collector_skips_what_exists() -> Iterator[None]:
    """The pass makes many short-lived objects; the cyclic garbage collector, which each of their batches wakes,
    need not walk the parsed catalog's millions of objects again and again (gc.freeze: they stay, untouched)."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _pass(file: CatalogFile, lex: tuple[meaning.Compiled, meaning.Compiled] | None,
          features: misplaced.Features | None, rules: frozenset[str], found: dict[str, list[Finding]],
          entries: list[misplaced.Entry]) -> None:
    readers = (lex[0] if lex else None, features.source if features else None)  # of the sources
    writers = (lex[1] if lex else None, features.target if features else None)  # of the translations
    last = None
    items = [(msg, meaning.clean(source), meaning.clean(text)) for msg, source, text in meaning.sources(file)]
    for first in range(0, len(items), _CHUNK):
        chunk = items[first: first + _CHUNK]
        with meaning.primed([([source for _, source, _ in chunk], one) for one in _distinct(readers)]
                            + [([text for _, _, text in chunk], one) for one in _distinct(writers)]):
            for msg, source, text in chunk:
                if lex is not None and msg is not last and not meaning.holds_source(source, text) \
                        and not _plainly_same(msg, source, text, lex):
                    _polarity_and_modality(file, msg, source, text, lex, rules, found)
                if features is not None:
                    entry = misplaced.entry_of(msg, source, text, features)
                    if entry is not None:
                        entries.append(entry)
                last = msg


def _plainly_same(msg: Message, source: str, text: str, lex: tuple[meaning.Compiled, meaning.Compiled]) -> bool:
    """Whether neither text of a message other than a disclaimer says a negation, modality or bound: polarity and
    modality compare such a message as a whole, and find nothing (the common case, answered from one search of
    each text)."""
    return meaning.says_nothing(source, lex[0]) and meaning.says_nothing(text, lex[1]) \
        and not meaning.is_disclaimer(msg)


def _distinct(lexicons: tuple[meaning.Compiled | None, ...]) -> list[meaning.Compiled]:
    return list({id(lex): lex for lex in lexicons if lex is not None}.values())


def _polarity_and_modality(file: CatalogFile, msg: Message, source: str, text: str,
                           lex: tuple[meaning.Compiled, meaning.Compiled], rules: frozenset[str],
                           found: dict[str, list[Finding]]) -> None:
    for rule, check in (("polarity", meaning.polarity_finding), ("modality", meaning.modality_finding)):
        finding = check(file, msg, source, text, lex) if rule in rules else None
        if finding is not None and not (found[rule] and found[rule][-1].line == finding.line):
            found[rule].append(finding)
