"""Meaning rules: polarity (negations kept) and modality (always, only, at most, must, may… kept), sentence by
sentence where the sentences align, counted with the per-locale lexicons of rules/lexicons.py."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from stele.model import CheckSettings, Finding, Lexicon, disclaimer_ids
from stele.po.catalog import Message
from stele.rules.base import CatalogFile
from stele.rules.lexicons import BUILTIN, STRICT_CLASSES, UNSPACED
from stele.rules.wordmatch import Matcher, tokens

_SENTENCE_END = re.compile(r"(?<=[.!?。！？])[\"'»”)\]]*\s+(?=\S)")
_CLAUSE = re.compile(r"[,;:()—–]|\s-\s")
_NOISE = re.compile(r"\]\([^)]*\)|<[^>]*>|%\(\w+\)[a-z]|%[a-z]|\{\w*\}|https?://\S+|`[^`]*`|\b(?:None|True|False|NULL)\b")


@dataclass(frozen=True, slots=True)
class Compiled:
    """A lexicon's words as matchers."""

    negation: Matcher
    concord: Matcher
    implicit: Matcher
    bounds: Matcher  # at least / at most: "не более" bounds a number, it negates nothing
    modality: Matcher  # labelled with the modality class
    terms: Matcher  # labelled with the safety concept
    unspaced: bool


def language(locale: str) -> str:
    return re.split(r"[_@-]", locale)[0].lower()


def lexicon(locale: str, settings: CheckSettings) -> Lexicon | None:
    """The built-in lexicon of ``locale``'s language with stele.toml's words ([meaning.<locale>]) added."""
    base = BUILTIN.get(language(locale))
    extra = settings.meaning.get(locale) or settings.meaning.get(language(locale))
    if base is None or extra is None:
        return base or extra
    return base.extended(extra)


def compiled(locale: str, settings: CheckSettings) -> Compiled | None:
    found = lexicon(locale, settings)
    return None if found is None else _compile(_frozen(found), language(locale) in UNSPACED)


Frozen = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[tuple[str, tuple[str, ...]], ...],
               tuple[tuple[str, tuple[str, ...]], ...]]


def _frozen(lex: Lexicon) -> Frozen:
    return (lex.negations, lex.concord, lex.implicit, tuple(sorted(lex.modality.items())),
            tuple(sorted(lex.terms.items())))


@lru_cache(maxsize=64)
def _compile(lex: Frozen, unspaced: bool) -> Compiled:
    negations, concord, implicit, modality, terms = lex

    def matcher(words: Iterable[tuple[str, str]]) -> Matcher:
        return Matcher(words, unspaced=unspaced)

    return Compiled(
        matcher((w, "") for w in negations),
        matcher((w, "") for w in concord),
        matcher((w, "") for w in implicit),
        matcher((w, name) for name, words in modality if name in ("at-least", "at-most") for w in words),
        matcher((w, name) for name, words in modality for w in words),
        matcher((w, name) for name, words in terms for w in words),
        unspaced,
    )


def clean(text: str) -> str:
    """``text`` without link targets, tags, placeholders, URLs and code: what a reader reads."""
    return _NOISE.sub(" ", text) if any(c in text for c in "](<%{`:NTFU") else text


def sentences(text: str) -> list[str]:
    return [part for part in _SENTENCE_END.split(text) if part.strip()]


def negations(text: str, lex: Compiled) -> list[str]:
    """The negations of ``text``: each negation word, and per clause with none, its first negative word."""
    if lex.unspaced:
        for bound in lex.bounds.count(text):
            text = text.replace(bound.text, " ")
        return [m.text for m in lex.negation.count(text)]
    found: list[str] = []
    for clause in _CLAUSE.split(text) if lex.concord else (text,):
        words = tokens(clause)
        bounded = {k for m in lex.bounds.find(words) for k in range(m.start, m.end)}
        said = [m for m in lex.negation.find(words) if m.start not in bounded]
        if not said and lex.concord:
            said = [m for m in lex.concord.find(words) if m.start not in bounded][:1]
        found += [" ".join(words[m.start:m.end]) for m in said]
    return found


def implicit_negations(text: str, lex: Compiled) -> int:
    if not lex.implicit:
        return 0
    return len(lex.implicit.count(text) if lex.unspaced else lex.implicit.find(tokens(text)))


def modalities(text: str, lex: Compiled) -> dict[str, str]:
    """Modality class → the first words of ``text`` that express it."""
    found: dict[str, str] = {}
    if lex.unspaced:
        for match in sorted(lex.modality.count(text), key=lambda m: m.start):
            found.setdefault(match.label, match.text)
        return found
    words = tokens(text)
    for match in lex.modality.find(words):
        found.setdefault(match.label, " ".join(words[match.start:match.end]))
    return found


@dataclass(frozen=True, slots=True)
class Pair:
    """A source text and its translation, or one aligned sentence of each (``where`` names it)."""

    where: str
    source: str
    target: str


def aligned(source: str, target: str) -> list[Pair]:
    """Sentence pairs when both texts have the same number of sentences (more than one), else the whole."""
    ours, theirs = sentences(source), sentences(target)
    if len(ours) > 1 and len(ours) == len(theirs):
        return [Pair(f"sentence {n}", s, t) for n, (s, t) in enumerate(zip(ours, theirs, strict=False), 1)]
    return [Pair("", source, target)]


def severity_of(msg: Message) -> str:
    """Error on a disclaimer message, warning elsewhere."""
    return "error" if disclaimer_ids(msg.extracted) else "warning"


def translated(file: CatalogFile) -> Iterator[tuple[Message, str]]:
    """Each reviewed translation of a translated catalog, with its message (a plural message's forms after the
    first are compared with msgid_plural)."""
    if file.is_template or not file.locale:
        return
    for msg in file.parsed.messages:
        if msg.obsolete or msg.is_header or msg.fuzzy:
            continue
        for text in msg.translations:
            if text:
                yield msg, text


def sources(file: CatalogFile) -> Iterator[tuple[Message, str, str]]:
    """Each reviewed translation with the source it renders (msgid_plural for a plural's later forms); a
    message's forms come one after another, so a rule reports a message once by skipping the rest."""
    for msg, text in translated(file):
        index = msg.translations.index(text)
        yield msg, (msg.msgid_plural if index and msg.msgid_plural else msg.msgid), text



def _overlap(said: int, may_say: int, kept: int, may_keep: int) -> bool:
    """Whether a count of ``said`` to ``said + may_say`` negations can be one of ``kept`` to ``kept + may_keep``."""
    return said <= kept + may_keep and kept <= said + may_say


def _quoted(words: list[str]) -> str:
    return ", ".join(f"“{w}”" for w in words) if words else "none"


def check_polarity(file: CatalogFile, settings: CheckSettings, source_locale: str) -> Iterator[Finding]:
    """Every sentence keeps the source's number of negations."""
    pair = _lexicons(file, settings, source_locale)
    if pair is None:
        return
    ours, theirs = pair
    if not theirs.negation and not theirs.concord:
        return  # a language that negates with suffixes (Turkish): no words to count
    last = None
    for msg, source, text in sources(file):
        if msg is last:
            continue
        for part in aligned(clean(source), clean(text)):
            said, kept = negations(part.source, ours), negations(part.target, theirs)
            may_say, may_keep = implicit_negations(part.source, ours), implicit_negations(part.target, theirs)
            if not _overlap(len(said), may_say, len(kept), may_keep):
                where = f"{part.where}: " if part.where else ""
                verb = "drops a negation" if len(said) > len(kept) else "adds a negation"
                yield file.finding(
                    "polarity", msg.msgstr_line,
                    f"{where}translation {verb}: the source has {len(said)} ({_quoted(said)}), the translation "
                    f"{len(kept)} ({_quoted(kept)}); check that it does not say the opposite",
                    msg=msg, severity=severity_of(msg))
                last = msg
                break


def check_modality(file: CatalogFile, settings: CheckSettings, source_locale: str) -> Iterator[Finding]:
    """Every sentence keeps the source's modality and frequency: always, only, at least, at most, must, may…"""
    pair = _lexicons(file, settings, source_locale)
    if pair is None:
        return
    ours, theirs = pair
    last = None
    for msg, source, text in sources(file):
        if msg is last:
            continue
        for part in aligned(clean(source), clean(text)):
            changes = modality_changes(modalities(part.source, ours), modalities(part.target, theirs))
            if not changes:
                continue
            where = f"{part.where}: " if part.where else ""
            yield file.finding("modality", msg.msgstr_line, f"{where}translation {' and '.join(changes)}",
                               msg=msg, severity=severity_of(msg))
            last = msg
            break


def modality_changes(said: dict[str, str], kept: dict[str, str]) -> list[str]:
    """How the translation's modality differs: a class lost or gained, or obligation turned into permission
    (must ↔ may; translators render each freely, so only a swap of the two counts)."""
    changes = [f"loses “{name}” (“{said[name]}”)" for name in STRICT_CLASSES if name in said.keys() - kept]
    changes += [f"adds “{name}” (“{kept[name]}”)" for name in STRICT_CLASSES if name in kept.keys() - said]
    for one, other in (("must", "may"), ("may", "must")):
        if one in said and other not in said and other in kept and one not in kept:
            changes.append(f"turns “{one}” (“{said[one]}”) into “{other}” (“{kept[other]}”)")
    return changes


def _lexicons(file: CatalogFile, settings: CheckSettings, source_locale: str) -> tuple[Compiled, Compiled] | None:
    if file.is_template or not file.locale:
        return None
    ours, theirs = compiled(source_locale, settings), compiled(file.locale, settings)
    return None if ours is None or theirs is None else (ours, theirs)
