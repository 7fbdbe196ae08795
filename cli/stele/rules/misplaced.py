"""Misplaced rule: a translation whose numbers and safety terms fit another message of the same catalog exactly
and its own clearly not (two paragraphs' translations swapped) is reported with the message it belongs to."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from stele.model import CheckSettings, Finding
from stele.po.catalog import Message
from stele.rules.base import CatalogFile
from stele.rules.coverage import source_concepts, stem
from stele.rules.meaning import clean, lexicon, severity_of, translated

_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)?(?![\w])")
_MIN_FEATURES = 3  # a translation must carry this many numbers and terms before it can be said to belong elsewhere
_MIN_OWN_MISFIT = 2  # …and differ from its own source in at least this many


@dataclass(frozen=True, slots=True)
class _Entry:
    msg: Message
    text: str
    source: Counter[str]  # the features of the msgid
    target: Counter[str]  # the features of the translation


def _numbers(text: str) -> Counter[str]:
    return Counter("#" + n.replace(",", ".") for n in _NUMBER.findall(text))


@lru_cache(maxsize=16)
def _concept_regex(terms: tuple[tuple[str, tuple[str, ...]], ...]) -> re.Pattern[str] | None:
    groups = [f"(?P<{name.replace('-', '_')}>{'|'.join(sorted({_stem(e) for e in entries}, key=len, reverse=True))})"
              for name, entries in terms if entries]
    return re.compile(rf"(?<!\w)(?:{'|'.join(groups)})", re.IGNORECASE) if groups else None


def _stem(entry: str) -> str:
    words = entry.split()
    return r"\s+".join(re.escape(w.rstrip("*") if w.endswith("*") else stem(w)) + r"\w*" for w in words)


def _target_concepts(text: str, pattern: re.Pattern[str] | None) -> Counter[str]:
    if pattern is None:
        return Counter()
    return Counter({"@" + (m.lastgroup or "").replace("_", "-"): 1 for m in pattern.finditer(text)})


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
    pattern = _concept_regex(tuple(sorted(target_lexicon.terms.items()))) if target_lexicon else None
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


def _report(file: CatalogFile, entries: list[_Entry]) -> Iterator[Finding]:
    by_feature: dict[str, list[int]] = defaultdict(list)
    for index, entry in enumerate(entries):
        for feature in entry.source:
            by_feature[feature].append(index)
    for index, entry in enumerate(entries):
        own = _misfit(entry.source, entry.target)
        if own < _MIN_OWN_MISFIT or sum(entry.target.values()) < _MIN_FEATURES:
            continue
        known = [feature for feature in entry.target if feature in by_feature]
        if not known:
            continue
        rarest = min(known, key=lambda f: len(by_feature[f]))
        for other in by_feature[rarest]:
            home = entries[other]
            if other != index and home.msg.msgid != entry.msg.msgid and _misfit(home.source, entry.target) == 0 \
                    and _fits_length(entry, home):
                yield file.finding(
                    "misplaced", entry.msg.msgstr_line,
                    f"this translation fits another message better: its numbers and terms are those of "
                    f"“{_short(home.msg.msgid)}” (line {home.msg.line}), not of this one; was it pasted into "
                    f"the wrong entry?",
                    msg=entry.msg, severity=severity_of(entry.msg))
                break


def _fits_length(entry: _Entry, home: _Entry) -> bool:
    ratio = len(entry.text) / max(1, len(home.msg.msgid))
    return 0.5 <= ratio <= 2.5


def _short(text: str) -> str:
    return text if len(text) <= 50 else text[:47].rstrip() + "…"
