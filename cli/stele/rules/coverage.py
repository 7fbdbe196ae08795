"""Coverage rule: each safety term of a disclaimer's source (doctor, pregnancy, alcohol…) appears in its
translation in any grammatical form, found by lemma (pymorphy3 for ru and uk) or, elsewhere, by the lexicon's
stems."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache

from stele.model import CheckSettings, Finding, disclaimer_ids
from stele.po.catalog import Message
from stele.rules.base import CatalogFile
from stele.rules.lexicons import SAFETY_CONCEPTS
from stele.rules.meaning import (
    MORPHOLOGY_LANGUAGES,
    Compiled,
    clean,
    compiled,
    concepts,
    holds_source,
    language,
    lexicon,
    sources,
    stem,
)
from stele.rules.morphology import analyzer
from stele.rules.wordmatch import Match

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def _fold(word: str) -> str:
    return word.lower().replace("ё", "е")


@lru_cache(maxsize=65536)
def lemmas(word: str, lang: str) -> frozenset[str]:
    """Every dictionary form ``word`` can be a form of (and the word itself)."""
    folded = _fold(word)
    return frozenset({folded, *(_fold(parse.normal_form) for parse in analyzer(lang).parse(folded))})


def concepts_in(text: str, lang: str, terms: dict[str, tuple[str, ...]], *, morphology: bool = True,
                starts: frozenset[str] | None = None) -> set[str]:
    """The safety concepts ``text`` names: an entry is a lemma (any form of it counts) or a stem ending in *;
    ``starts``: lemmatize only the words that begin as one of the entries' words does (``beginnings``)."""
    words = [_fold(word) for word in _WORD.findall(text)]
    forms: set[str] = set()
    if morphology:
        for word in words:
            if starts is None or word[:2] in starts:
                forms |= lemmas(word, lang)
    found: set[str] = set()
    for concept, entries in terms.items():
        for entry in entries:
            if _names(entry, words, forms, morphology):
                found.add(concept)
                break
    return found


def beginnings(terms: dict[str, tuple[str, ...]]) -> frozenset[str]:
    """The first two letters of each word of ``terms``' entries: a word that begins otherwise is no form of one (the
    forms of «ребёнок» begin «ре», of «беременность» «бе»), not worth lemmatizing."""
    return frozenset(_fold(part)[:2] for entries in terms.values() for entry in entries for part in entry.split())


def _names(entry: str, words: list[str], forms: set[str], morphology: bool) -> bool:
    for part in _fold(entry).split():
        if part.endswith("*") or not morphology:
            prefix = part.rstrip("*") if part.endswith("*") else stem(part)
            if not any(word.startswith(prefix) for word in words):
                return False
        elif part not in forms:
            return False
    return True


def source_concepts(text: str, settings: CheckSettings, source_locale: str) -> set[str]:
    lex = compiled(source_locale, settings)
    return set() if lex is None else concepts(text, lex)


def check_coverage(file: CatalogFile, settings: CheckSettings, source_locale: str, *, morphology: bool = True) \
        -> Iterator[Finding]:
    """Each safety term of a disclaimer's source is named in its translation."""
    if file.is_template or not file.locale:
        return
    target = lexicon(file.locale, settings)
    lang = language(file.locale)
    if target is None or not target.terms:
        return
    use_morphology = morphology and lang in MORPHOLOGY_LANGUAGES
    for msg, source, text in sources(file):
        if not disclaimer_ids(msg.extracted):
            continue
        if holds_source(clean(source), clean(text)):
            continue
        said = source_concepts(clean(source), settings, source_locale) & set(target.terms)
        if not said:
            continue
        missing = said - concepts_in(clean(text), lang, target.terms, morphology=use_morphology)
        if missing:
            yield _finding(file, msg, missing, target.terms, "disclaimer translation", "warns about")


def _finding(file: CatalogFile, msg: Message, missing: set[str], terms: dict[str, tuple[str, ...]], what: str,
             verb: str, severity: str = "error") -> Finding:
    names = [c for c in (*SAFETY_CONCEPTS, *sorted(terms)) if c in missing]
    shown = ", ".join(dict.fromkeys(names))
    return file.finding("coverage", msg.msgstr_line, f"{what} does not mention what its source {verb}: {shown} "
                        f"(e.g. {', '.join(terms[names[0]][:3])}); translate every safety term", msg=msg,
                        severity=severity)


BodyCheck = Callable[[Message, str, str, list[Match], list[Match]], "Finding | None"]


def body_check(file: CatalogFile, settings: CheckSettings, lex: tuple[Compiled, Compiled]) -> BodyCheck | None:
    """The coverage of a message that is no disclaimer, a warning, for the semantic pass, which has each text's
    term matches (``said``, ``kept``; its lexicons ``lex``): a concept of the source that the translation's matches
    lack and its words' lemmas too (pymorphy3, asked only then: «ребенка» is a form of «ребёнок», which no stem
    of it begins)."""
    target = lexicon(file.locale or "", settings)
    if target is None or not target.terms or file.is_template or not file.locale:
        return None
    lang, known = language(file.locale), set(target.terms)
    ours, theirs = lex

    def check(msg: Message, source: str, text: str, said: list[Match], kept: list[Match]) -> Finding | None:
        missing = {ours.name_of[m.label] for m in said} & known
        missing -= {theirs.name_of[m.label] for m in kept}
        if not missing or holds_source(source, text):
            return None
        wanted = {concept: target.terms[concept] for concept in missing}
        missing -= concepts_in(text, lang, wanted, morphology=lang in MORPHOLOGY_LANGUAGES, starts=beginnings(wanted))
        return _finding(file, msg, missing, target.terms, "translation", "names", "warning") if missing else None

    return check
