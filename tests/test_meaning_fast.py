"""The meaning rules' fast paths (a word search that skips to word edges, screens before slower searches, messages
that say no negation or modality word passed over) give exactly the findings of the plain searches they replace."""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from stele.model import MODALITY_CLASSES, CheckSettings
from stele.po.catalog import Message
from stele.rules import (
    CheckOptions,
    catalog_file,
    check_file,
    clauses,
    coverage,
    invisible,
    meaning,
    misplaced,
    semantic,
    verdicts,
    wordmatch,
)
from stele.rules.lexicons import BUILTIN
from tests.test_meaning import FAITHFUL, TAMPERED, _catalog

ROOT = Path(__file__).resolve().parent.parent
NEW_RULES = frozenset(("polarity", "modality", "coverage", "misplaced", "invisible"))

# The searches as they were written before the fast paths: the specification the fast ones must meet.
_SPACES = re.compile(r"\s+")
_ODD_SPACE = re.compile(r"\s\s|[^\S ]")
_NOISE_START = re.compile(r"[\](<%{`:]|None|True|False|NULL")
_NOISE = re.compile(r"\]\([^)]*\)|</?[a-zA-Z!][^<>]*>|%\(\w+\)[a-z]|%[a-z]|\{\w*\}|https?://\S+|`[^`]*`"
                    r"|(?:(?<=[\w,] )|(?<==))(?:None|True|False)\b|\bNULL\b")  # None at a sentence's start: a word
_EMPHASIS = re.compile(r"(?<!\w)_+|_+(?!\w)")
_SENTENCE_END = re.compile(r"(?<=[.!?。！？])[\"'»”)\]]*\s+(?=\S)")
_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)?(?![\w])")


@lru_cache(maxsize=16)
def plain_lowered(text: str) -> str:
    low = text.lower().replace("ё", "е")
    return _SPACES.sub(" ", low) if _ODD_SPACE.search(low) else low


def plain_clean(text: str) -> str:
    return _EMPHASIS.sub("", _NOISE.sub(" ", text) if _NOISE_START.search(text) else text)


def plain_sentences(text: str) -> list[str]:
    return [part for part in _SENTENCE_END.split(text) if part.strip()]


def plain_numbers(text: str) -> list[str]:
    return [n.replace(",", ".") for n in _NUMBER.findall(text)]  # found in the text as written, then read


# Texts made of what the searches care about: lexicon words with and without endings, phrases, punctuation of
# every kind next to them, odd spaces, digits, placeholders, markup, letters of three scripts.
_PIECES = sorted({word.strip("*") for lex in BUILTIN.values()
                  for words in (lex.negations, lex.concord, lex.implicit, *lex.modality.values(), *lex.terms.values())
                  for word in words})
_GLUE = [" ", "  ", "\n", "\t", "\u00a0", "", ",", ", ", ". ", "! ", "? ", "(", ")", "«", "» ", "\"", "'", "’", "-",
         " - ", "—", "/", "_", ":", ";", "…", "。", "%(name)s", "{0}", "%d", "<b>", "</b>", "[x](http://a.b/c)",
         "`code`", "None", " True ", "n't", "’t", "Ё", "ё", "x", "а", "o", "о", "α", "12", "3,5", "1.5", "٣", "1-3",
         "\u200b", "\u202e", "ing", "ами", "ов", "s"]
texts = st.lists(st.one_of(st.sampled_from(_PIECES), st.sampled_from(_GLUE),
                           st.sampled_from(_PIECES).map(str.upper), st.text(max_size=3)),
                 max_size=24).map("".join)


@settings(max_examples=400, deadline=None)
@given(texts, st.sampled_from(sorted(BUILTIN)))
@example("can't not, no-one: (never) avoid-no", "en")
@example("«не» не-е не\u00a0более 5 г", "ru")
def test_the_word_search_finds_what_the_one_regular_expression_finds(text: str, language: str) -> None:
    lex = meaning.compiled(language, CheckSettings())
    assert lex is not None
    assert lex.matcher.find(text) == lex.matcher.find(text, fast=False)


@pytest.mark.parametrize("scan", ["plain", "bmp"])  # the faster scan a matcher compiles once it has read enough text
@settings(max_examples=200, deadline=None)
@given(many=st.lists(texts, max_size=6), language=st.sampled_from(sorted(BUILTIN)))
@example(many=["No.", "", "   ", "can't not", "Σ ΟΔΟΣ no", "x\0no"], language="en")
def test_one_search_of_many_texts_finds_what_a_search_of_each_finds(scan: str, many: list[str], language: str) -> None:
    lex = meaning.compiled(language, CheckSettings())
    assert lex is not None
    each = {n: found for n, text in enumerate(many) if (found := lex.matcher.find(text, fast=False))}
    matcher = copy.copy(lex.matcher)
    matcher._unpaid = 0 if scan == "bmp" else 1 << 40
    assert matcher.find_each(many) == each


def test_the_faster_scan_is_compiled_once_a_matcher_has_read_enough() -> None:
    matcher = copy.copy(meaning.compiled("en", CheckSettings()).matcher)  # type: ignore[union-attr]
    matcher._unpaid = 40
    matcher.find_each(["Do not take it."])
    assert matcher._bmp is None
    found = matcher.find_each(["Do not take it with alcohol, never more than twice."])
    assert matcher._bmp is not None and found == {0: matcher.find(
        "Do not take it with alcohol, never more than twice.", fast=False)}


@settings(max_examples=200, deadline=None)
@given(st.lists(texts, max_size=6))
@example(["1", "2,5 g", "", "x3", "4.", ".5", "٣ mg", "7\0 8"])
def test_the_numbers_of_many_texts_are_those_of_each(many: list[str]) -> None:
    assert misplaced.numbers_each(many) == [plain_numbers(text) for text in many]


@settings(max_examples=300, deadline=None)
@given(st.lists(texts, min_size=2, max_size=5), st.sampled_from(sorted(BUILTIN)))
@example(["Do not exceed 5 g", "Never drive", "can't stop"], "en")
@example(["Не превышайте дозу", "Никогда не садитесь за руль", "Не более 5 г"], "ru")
@example(["Do  not   exceed %(n)s", "  Never\n\ndrive", "can't  stop  "], "en")
@example(["Не  более  5 г", "никогда\n не   садитесь", "Ни  один  врач"], "ru")
def test_a_sentences_words_taken_from_its_text_are_those_a_search_of_it_finds(pieces: list[str], language: str) \
        -> None:
    lex = meaning.compiled(language, CheckSettings())
    assert lex is not None
    text = ". ".join(pieces)
    parts = meaning.sentences(text)
    with meaning.primed([([text], lex)]):
        meaning.prime_parts(text, parts, lex)
        taken = [meaning.matches(part, lex) for part in parts]
    meaning._matches.cache_clear()
    assert taken == [meaning._grouped(lex.matcher.find(part, fast=False), lex) for part in parts]


_PAIRS = [("en", "ru"), ("en", "uk"), ("en", "en"), ("en", "de"), ("en", "tr"), ("en", "zh"), ("ru", "en")]


@settings(max_examples=400, deadline=None)
@given(texts, texts, st.sampled_from(_PAIRS))
@example("Do not exceed 5 g. Always ask a doctor", "Можно превышать 5 г. Спросите врача", ("en", "ru"))
@example("No more than 5 g, never", "Не более 5 г, никогда не", ("en", "ru"))
@example("You must not", "Вы можете", ("en", "ru"))
def test_a_message_kept_as_a_whole_is_one_the_rules_find_nothing_on(source: str, text: str,
                                                                     locales: tuple[str, str]) -> None:
    """semantic._unkept, from the texts' matches, names exactly the rules whose whole-message check (the plain one:
    a search of each text) finds something on a message other than a disclaimer; on a disclaimer, every rule."""
    lex = (meaning.compiled(locales[0], CheckSettings()), meaning.compiled(locales[1], CheckSettings()))
    assert lex[0] is not None and lex[1] is not None
    pair = (lex[0], lex[1])
    source, text = meaning.clean(source), meaning.clean(text)
    said, kept = (meaning._grouped(one.matcher.find(t, fast=False), one)
                  for one, t in ((lex[0], source), (lex[1], text)))
    meaning._matches.cache_clear()
    polarity = not verdicts.counts_negations(lex[1]) or verdicts.Negations.of(source, text, *pair).agree()
    modality = not verdicts.modality_changes(*verdicts.modalities_of(source, text, pair))
    for rules in (frozenset(("polarity", "modality")), frozenset(("polarity",)), frozenset(("modality",))):
        plain = {rule for rule, holds in (("polarity", polarity), ("modality", modality)) if not holds} & rules
        assert semantic._unkept(Message(msgid=source, msgstr=text), source, text, said, kept, pair, rules) == plain
        disclaimer = Message(msgid=source, msgstr=text, extracted=["DISCLAIMER (medical): x"])
        assert semantic._unkept(disclaimer, source, text, said, kept, pair, rules) == rules


@given(st.sets(st.sampled_from(MODALITY_CLASSES)), st.sets(st.sampled_from(MODALITY_CLASSES)))
def test_a_modality_change_is_told_as_the_changes_are_listed(said: set[str], kept: set[str]) -> None:
    ours, theirs = dict.fromkeys(said, "w"), dict.fromkeys(kept, "w")
    assert verdicts.modality_differs(ours, theirs) == bool(verdicts.modality_changes(ours, theirs))


@settings(max_examples=300, deadline=None)
@given(texts, texts, st.sampled_from(_PAIRS))
@example("Take 5 mg twice a day; ask a doctor about alcohol", "Принимайте 5 мг дважды; спросите врача", ("en", "ru"))
def test_misplaced_compares_the_terms_the_pass_found_as_those_a_search_finds(source: str, text: str,
                                                                            locales: tuple[str, str]) -> None:
    features = misplaced.Features(meaning.compiled(locales[1], CheckSettings()), frozenset(BUILTIN["en"].terms),
                                  meaning.compiled(locales[0], CheckSettings()))
    source, text = meaning.clean(source), meaning.clean(text)
    msg = Message(msgid=source, msgstr=text)
    said = features.source.matcher.find(source) if features.source else []
    named = features.target.matcher.find(text) if features.target else []
    terms = [[m for m in found if m.label.startswith("term:")] for found in (said, named)]
    meaning._matches.cache_clear()
    assert misplaced.entry_of(msg, source, text, features, *terms) == misplaced.entry_of(msg, source, text, features)


@settings(max_examples=400, deadline=None)
@given(texts)
@example(" a  b ")
@example("   ")
def test_the_screens_answer_as_the_searches_they_stand_before(text: str) -> None:
    assert wordmatch.lowered(text) == plain_lowered(text)
    assert meaning.clean(text) == plain_clean(text)
    assert meaning.sentences(text) == plain_sentences(text)
    assert misplaced._numbers(text) == plain_numbers(text)
    assert meaning.has_digit(text) == (re.search(r"\d", text) is not None)
    assert invisible._may_mix(text) or invisible._MIXED.search(text) is None
    assert invisible.has_mixed(text) == (invisible._MIXED.search(text) is not None)


def _test_catalogs(folder: Path) -> Iterator[Path]:
    yield from sorted((ROOT / "locales").glob("*/LC_MESSAGES/*.po"))
    cases = [(locale, case) for locale, found in FAITHFUL.items() for case in found]
    cases += [(locale, case) for locale, rules in TAMPERED.items() for found in rules.values() for case in found]
    for number, (locale, case) in enumerate(cases):
        yield _catalog(locale, case, folder / str(number))[0]


def _findings(paths: list[Path], *, alone: bool = False) -> list[str]:
    """The findings of each file, checked one after another in this process (``alone``: as if each were the
    first, nothing read of the others' sources kept)."""
    semantic._last.clear()
    meaning._matches.cache_clear()
    found = []
    for path in paths:
        if alone or not found:
            semantic._SOURCES.clear()
        found += [f"{f.severity} {f.as_text()}"
                  for f in check_file(catalog_file(path, str(path)), CheckOptions(select=NEW_RULES))]
    return found


def test_what_is_kept_of_other_files_sources_changes_no_finding(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """The semantic pass keeps what it read of each source for the next file (a project's catalogs share their
    sources): each file's findings are those it has checked alone, in any order, and with the memory full."""
    paths = list(_test_catalogs(tmp_path))
    alone = _findings(paths, alone=True)
    assert any(line.startswith("error") for line in alone)
    assert _findings(paths) == alone
    assert _findings(paths[::-1]) == [line for path in paths[::-1] for line in _findings([path], alone=True)]
    monkeypatch.setattr(semantic._SourceMemo, "LIMIT", 3)  # dropped whole, again and again
    assert _findings(paths) == alone


def test_the_fast_paths_give_the_findings_of_the_plain_ones(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = list(_test_catalogs(tmp_path))
    fast = _findings(paths)
    plain_find = wordmatch.Matcher.find
    monkeypatch.setattr(wordmatch.Matcher, "find", lambda self, text: plain_find(self, text, fast=False))
    monkeypatch.setattr(wordmatch.Matcher, "find_each", lambda self, texts: {
        n: found for n, text in enumerate(texts) if (found := plain_find(self, text, fast=False))})
    monkeypatch.setattr(semantic, "_unkept", lambda *args: args[-1])  # every message: sentence by sentence
    monkeypatch.setattr(semantic, "_numbers", lambda *args: None)  # misplaced searches each text for its own
    for module in (wordmatch, clauses):
        monkeypatch.setattr(module, "lowered", plain_lowered)
    for module in (meaning, coverage, invisible):
        monkeypatch.setattr(module, "clean", plain_clean)
    monkeypatch.setattr(meaning, "sentences", plain_sentences)
    monkeypatch.setattr(meaning, "prime_parts", lambda *args: None)
    monkeypatch.setattr(misplaced, "has_digit", lambda text: re.search(r"\d", text) is not None)
    monkeypatch.setattr(misplaced, "_numbers", plain_numbers)
    monkeypatch.setattr(invisible, "_may_mix", lambda text: True)
    monkeypatch.setattr(invisible, "has_mixed", lambda text: invisible._MIXED.search(text) is not None)
    plain = _findings(paths)
    assert any(line.startswith("error") for line in plain)  # the tampered catalogs: the comparison has findings
    assert fast == plain


def test_one_character_lowers_to_two() -> None:
    """prime_parts trusts a text's lower-cased offsets to be its own but where this character is."""
    assert [chr(code) for code in range(0x110000) if len(chr(code).lower()) != 1] == [meaning.LOWERS_TO_TWO]


@pytest.mark.parametrize("fast", [True, False])
def test_a_phrase_glued_to_a_longer_word_hides_none_of_the_words_in_it(fast: bool) -> None:
    """"if you can" is no phrase of "if you cannot", which holds "cannot" (the search tries the shorter words where a
    phrase goes on into a word; before, the phrase was dropped with the words it had passed)."""
    matcher = wordmatch.Matcher([("if you can", "mod:if"), ("cannot", "neg"), ("can", "mod:may"), ("see*", "stem")])
    found = [(m.text, m.label) for m in matcher.find("Call if you cannot come; if you can, seeing", fast=fast)]
    assert found == [("cannot", "neg"), ("if you can", "mod:if"), ("seeing", "stem")]
    assert {n: [(m.text, m.label) for m in each] for n, each in
            matcher.find_each(["if you cannot", "you can", "cans"]).items()} == {
        0: [("cannot", "neg")], 1: [("can", "mod:may")]}
