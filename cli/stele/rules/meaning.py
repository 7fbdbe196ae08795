"""Meaning rules: polarity (negations kept) and modality (always, only, at most, must, may… kept), sentence by
sentence where the sentences align, counted with the per-locale lexicons of rules/lexicons.py."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache

from stele.model import STAND_IN_CLASSES, CheckSettings, Lexicon, disclaimer_ids
from stele.po.catalog import Message
from stele.rules.base import CatalogFile
from stele.rules.clauses import may_add, modalities_in, negations_in
from stele.rules.lexicon_classes import IF
from stele.rules.lexicons import BUILTIN, UNSPACED
from stele.rules.lexicons_world import OTHERS, VOWELLED
from stele.rules.phrases import declined
from stele.rules.sources import content_messages
from stele.rules.wordmatch import Match, Matcher, whole_words

MORPHOLOGY_LANGUAGES = frozenset(("ru", "uk"))  # pymorphy3 has dictionaries for these; their terms are lemmas
_ENDING = re.compile(r"[аеёиоуыэюяйьіїєґ]+$")
# A sentence's end mark, then what split drops (read as group 1): the mark starts the match, so that the search
# skips to such marks instead of trying a lookbehind at every position.
SENTENCE_MARKS = ".!?。！？"
_SENTENCE_END = re.compile(r"[.!?。！？]([\"'»”)\]]*\s+)(?=\S)")
_DIGIT = re.compile(r"\d")
LOWERS_TO_TWO = "\u0130"  # İ → i̇: the one character str.lower makes two of (tests/test_meaning_fast.py holds it so)
_SPACE_RUN = re.compile(r"\s\s+")


def _digit_class() -> re.Pattern[str]:
    """The decimal digits of the Basic Multilingual Plane as ranges, and every character beyond it."""
    ranges: list[list[int]] = []
    for code in range(0x10000):
        if chr(code).isdecimal():
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1][1] = code
            else:
                ranges.append([code, code])
    return re.compile("[" + "".join(f"{chr(a)}-{chr(b)}" for a, b in ranges) + "\U00010000-\U0010ffff]")


MAY_DIGIT = _digit_class()
# Each alternative starts with a literal character, so that the search skips to those characters instead of trying
# every position. None, True and False are code after a word or a comma and a space, or after "=" ("either None,
# True or False", "value=None"); elsewhere they start a sentence, as English words ("None of these…": a negation).
TAG = r"</?[a-zA-Z!][^<>]*>"  # a tag or a comment, not "<5 мг … >10 мг"
_NOISE = re.compile(r"\]\([^)]*\)|" + TAG + r"|%\(\w+\)[a-z]|%[a-z]|\{\w*\}|https?://\S+|`[^`]*`"
                    r"|N(?:(?<=[\w,] N)|(?<==N))one\b|T(?:(?<=[\w,] T)|(?<==T))rue\b"
                    r"|F(?:(?<=[\w,] F)|(?<==F))alse\b|N(?<!\wN)ULL\b")
_EMPHASIS = re.compile(r"_(?<!\w_)_*|_+(?!\w)")  # Markdown's _emphasis_ (an underscore at a word's edge): «_Не_»


@dataclass(frozen=True, slots=True, eq=False)  # one per lexicon (_compile is cached): hashed by identity, fast
class Compiled:
    """A lexicon's words in one matcher, each labelled with its kind: "neg", "con" (concord), "imp" (implicit),
    "bnd:<class>" (at least / at most: they bound a number, they negate nothing), "mod:<class>", "term:<concept>",
    "cap" (exceed, более: with the negation before them, an at-most bound), "std:<class>" (``STAND_IN_CLASSES``: words
    that say a class only where the other text says it, and a double negation's second word), "pos:<word>" and
    "opp:<word>" (a word and the same negated by a prefix: ``Lexicon.opposites``)."""

    matcher: Matcher
    kinds: frozenset[str]  # the kinds this lexicon has words for
    unspaced: bool
    kind_of: dict[str, str] = field(compare=False)  # label → kind
    name_of: dict[str, str] = field(compare=False, default_factory=dict)  # label → what follows its kind
    sliceable: bool = False  # no word holds a sentence's end mark: a sentence's matches are its text's (prime_parts)
    classes: frozenset[str] = frozenset()  # the modality classes it can say (at-most by a cap too)
    curated: bool = True  # stele's own lexicon of the language (en, ru, uk), not one of the short lists
    conditional: re.Pattern[str] | None = field(compare=False, default=None)  # its IF words, looked for apart


def stem(lemma: str) -> str:
    """A plain stem: the lemma without its final vowels (печень → печен, дети → дет)."""
    folded = lemma.lower().replace("ё", "е")
    return _ENDING.sub("", folded) or folded


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
    lang = language(locale)
    return None if found is None else _compile(_frozen(found), lang in UNSPACED, lang in MORPHOLOGY_LANGUAGES,
                                               lang not in OTHERS)


Frozen = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[tuple[str, tuple[str, ...]], ...],
               tuple[tuple[str, tuple[str, ...]], ...], tuple[str, ...], tuple[str, ...],
               tuple[tuple[str, tuple[tuple[str, ...], tuple[str, ...]]], ...]]


def _frozen(lex: Lexicon) -> Frozen:
    return (lex.negations, lex.concord, lex.implicit, tuple(sorted(lex.modality.items())),
            tuple(sorted(lex.terms.items())), lex.caps, lex.carriers, tuple(sorted(lex.opposites.items())))


@lru_cache(maxsize=64)
def _compile(lex: Frozen, unspaced: bool, lemmas: bool, curated: bool = True) -> Compiled:
    """The matcher of a lexicon; terms given as lemmas match by their stems here (coverage reads lemmas)."""
    negations, concord, implicit, modality, terms, caps, carriers, opposites = lex
    entries = [(w, "neg") for w in negations] + [(w, "con") for w in concord] + [(w, "imp") for w in implicit]
    for name, (words, negated) in opposites:
        entries += [(w, f"pos:{name}") for w in words] + [(w, f"opp:{name}") for w in negated]
        entries += [(w, "imp") for w in negated]
    entries += [(w, "cap") for w in caps] + [(w, "car") for w in carriers]
    entries += [(w, f"bnd:{name}") for name, words in modality if name in ("at-least", "at-most") for w in words]
    entries += [(w, f"{'std' if name in STAND_IN_CLASSES else 'mod'}:{name}") for name, words in modality
                if name != IF for w in words]  # (IF's words are read only where a cap is: not in every text)
    entries += [(form, f"term:{name}") for name, words in terms for w in words
                for form in (_stemmed(w) if lemmas else (w,))]
    kind_of = {label: label.split(":")[0] for _, label in entries}
    matcher = Matcher(entries, unspaced=unspaced)
    sliceable = not any(mark in literal for literal in matcher.entries for mark in SENTENCE_MARKS)
    name_of = {label: label.split(":")[1] for label in kind_of if ":" in label}
    classes = frozenset(name for name, words in modality if words and name not in STAND_IN_CLASSES) | \
        ({"at-most"} if caps else set())
    ifs = next((words for name, words in modality if name == IF and words), ())
    conditional = whole_words(ifs) if ifs else None
    return Compiled(matcher, frozenset(kind_of.values()), unspaced, kind_of, name_of, sliceable, classes, curated,
                    conditional)


def _stemmed(entry: str) -> tuple[str, ...]:
    """A lemma entry as the matcher's entries: its last word a stem with any ending, each word before it its stem with
    each ending a Russian or Ukrainian noun or adjective takes (the matcher reads a ``*`` at a phrase's end only; a word
    of three letters or fewer, «при», as written): «головной боль» is «головная бол*», «головного бол*»…"""
    *before, last = entry.split()
    end = last if last.endswith("*") else stem(last) + "*"
    if not before:
        return (end,)
    inner = [(word,) if len(word) <= 3 else declined(stem(word), _ENDINGS) for word in before]
    return tuple(" ".join(words) for words in itertools.product(*inner, (end,)))


# the endings of Russian and Ukrainian nouns and adjectives, for the words before a term's last (``_stemmed``)
_ENDINGS = ("- а я о е ё и ы у ю і ї є й ый ий ій ой ая яя ое ее ые ие ого его ього ому ему ьому ым им ім ом ем ую юю "
            "ых их іх ыми ими іми ої ьої ою ею ьою ей ам ям ами ями ах ях ов ев ів їв ия ию ием ии иям иями иях")


Grouped = dict[str, list[Match]]  # kind → the matches of that kind, in text order
_PRIMED: dict[tuple[int, str], Grouped] = {}  # (id of a lexicon, text) → its matches, for a while
NOTHING: Grouped = {"neg": [], "con": [], "imp": [], "bnd": [], "mod": [], "term": [], "cap": [],  # read only
                    "car": [], "std": [], "pos": [], "opp": []}
_NOTHING = NOTHING


def matches(text: str, lex: Compiled) -> Grouped:
    """The lexicon's words in ``text``, by kind (neg, con, imp, bnd, mod, term, cap, car), in text order (read only)."""
    found = _PRIMED.get((id(lex), text))
    return found if found is not None else _matches(text, lex)


@lru_cache(maxsize=1024)  # a source's words are asked for again for each locale's translation (the build)
def _matches(text: str, lex: Compiled) -> Grouped:
    return _grouped(lex.matcher.find(text), lex)


def _grouped(found: list[Match], lex: Compiled) -> Grouped:
    if not found:
        return _NOTHING
    grouped: dict[str, list[Match]] = {kind: [] for kind in _NOTHING}
    for match in found:
        grouped[lex.kind_of[match.label]].append(match)
    return grouped


def grouped_each(texts: Sequence[str], lex: Compiled) -> list[Grouped]:
    """``matches`` of each of ``texts``, by one search of them all (``NOTHING`` for a text with none)."""
    found = lex.matcher.find_each(texts)
    grouped = [_NOTHING] * len(texts)
    for index, each in found.items():
        grouped[index] = _grouped(each, lex)
    return grouped


def remember(text: str, lex: Compiled, found: Grouped) -> None:
    """Within ``primed``, ``matches(text, lex)`` is ``found`` (from ``grouped_each``)."""
    _PRIMED[id(lex), text] = found


@contextmanager
def primed(searches: Iterable[tuple[Sequence[str], Compiled]]) -> Iterator[None]:
    """Within the block, ``matches`` of each text with its lexicon found beforehand, by one search of them all
    (and of any text ``remember`` is told of)."""
    for texts, lex in searches:
        for text, found in zip(texts, grouped_each(texts, lex), strict=True):
            _PRIMED[id(lex), text] = found
    try:
        yield
    finally:
        _PRIMED.clear()


def says_nothing(text: str, lex: Compiled) -> bool:
    """Whether ``text`` has no negation or modality word of the lexicon (then it has the polarity and modality
    of any other text with none: the rules need not look further)."""
    found = matches(text, lex)
    return not (found["neg"] or found["con"] or found["imp"] or found["mod"])


def clean(text: str) -> str:
    """``text`` without link targets, tags, placeholders, URLs, code and emphasis underscores: what a reader reads
    (``text`` itself when it has none). An underscore goes with nothing in its place: "drive._ Never" is two
    sentences, "current.__name__" none."""
    text = _NOISE.sub(" ", text)
    return _EMPHASIS.sub("", text) if "_" in text else text


# the vowel marks and the tatweel; the shadda (U+0651) doubles the letter before it, which tells words apart: «غيّر»
# (change) is «غيير», no «غير» (non-), and «مطوّلًا» one word, «مطوولا», with no «لا» (not) after a mark in it
_VOWEL_MARKS = re.compile("[\u0640\u064b-\u0650\u0652-\u065f\u0670]")
_SHADDA = re.compile("(.)\u0651")


def cleaner(locale: str) -> Callable[[str], str]:
    """``clean`` for a translation into ``locale``: in a language of ``VOWELLED``, its vowel marks dropped too."""
    if language(locale) not in VOWELLED:
        return clean
    return lambda text: _SHADDA.sub(r"\1\1", _VOWEL_MARKS.sub("", clean(text)))


def sentences(text: str) -> list[str]:
    """``text`` split after each sentence's end mark, the closing quotes and spaces dropped."""
    parts, last = [], 0
    for match in _SENTENCE_END.finditer(text):
        parts.append(text[last: match.start(1)])
        last = match.end(1)
    parts.append(text[last:])
    return [part for part in parts if part.strip()]


def has_digit(text: str) -> bool:
    """Whether ``text`` has a decimal digit (``\\d``), asked first of a character set Python tests faster."""
    first = MAY_DIGIT.search(text)
    return first is not None and ("0" <= first.group() <= "9" or _DIGIT.search(text, first.start()) is not None)


def is_disclaimer(msg: Message) -> bool:
    return bool(msg.extracted) and bool(disclaimer_ids(msg.extracted))


def negations(text: str, lex: Compiled) -> list[str]:
    """The negations of ``text``: each negation word, and in a clause with none, its first negative word
    (никогда не… is one negation); words that bound a number (не более) are not negations, nor is the negation
    that makes a cap one (do not exceed, не принимайте более)."""
    return negations_in(matches(text, lex), text, lex)


def implicit_negations(text: str, lex: Compiled) -> int:
    return may_add(matches(text, lex), text, lex)


def modalities(text: str, lex: Compiled) -> dict[str, str]:
    """Modality class → the first words of ``text`` that express it (a denied cap: at most)."""
    return modalities_in(matches(text, lex), text, lex)


def concepts(text: str, lex: Compiled) -> set[str]:
    """The safety concepts ``text`` names, by the lexicon's terms."""
    return {lex.name_of[match.label] for match in matches(text, lex)["term"]}


@dataclass(frozen=True, slots=True)
class Pair:
    """A source text and its translation, or one aligned sentence of each (``where`` names it)."""

    where: str
    source: str
    target: str


def aligned(source: str, target: str, lex: tuple[Compiled, Compiled] | None = None) -> list[Pair]:
    """Sentence pairs when both texts have the same number of sentences (more than one), else the whole; with
    ``lex``, each sentence's words taken from those of its whole text (primed) where they are the same."""
    ours = sentences(source) if _SENTENCE_END.search(source) is not None else []  # [] for one sentence
    theirs = sentences(target) if len(ours) > 1 else []
    if len(ours) > 1 and len(ours) == len(theirs):
        if lex is not None:
            prime_parts(source, ours, lex[0])
            prime_parts(target, theirs, lex[1])
        return [Pair(f"sentence {n}", s, t) for n, (s, t) in enumerate(zip(ours, theirs, strict=False), 1)]
    return [Pair("", source, target)]


def prime_parts(text: str, parts: list[str], lex: Compiled) -> None:
    """Within ``primed``, the matches of each of ``parts`` (``text``'s sentences, in order) as those of ``text``
    that lie in it, moved to its offsets: what a search of the sentence alone finds, when ``text`` is read at the
    same offsets lower-cased but for its folded space runs (no letter that lower-cases to two or by its context)
    and no match crosses a sentence's edge (no word of the lexicon holds a sentence's end mark)."""
    whole = _PRIMED.get((id(lex), text))
    if whole is None or not lex.sliceable or "\u03a3" in text:
        return
    spans, at = [], 0
    for part in parts:
        at = text.find(part, at)
        if at < 0:
            return
        spans.append((at, at + len(part)))
        at += len(part)
    if not text.isascii() and LOWERS_TO_TWO in text:
        return  # a letter lower-cased to two
    if "  " in text or not text.isprintable():  # space runs (each but the space is unprintable) fold into one
        folded = _folded_spans(text, spans)
        if folded is None:
            return
        spans = folded
    moved: dict[int, dict[str, list[Match]]] = {}  # sentence → its matches, for the sentences with any
    starts = [a for a, _ in spans]
    for kind, found in whole.items():
        for match in found:
            index = bisect.bisect(starts, match.start) - 1
            if index < 0 or match.end > spans[index][1]:
                return  # before the first sentence, between two, or across an edge: each is searched alone
            shift = starts[index]
            grouped = moved.get(index)
            if grouped is None:
                grouped = moved[index] = {kind: [] for kind in _NOTHING}
            grouped[kind].append(Match(match.start - shift, match.end - shift, match.label, match.text))
    for index, part in enumerate(parts):
        _PRIMED.setdefault((id(lex), part), moved.get(index, _NOTHING))


def _folded_spans(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]] | None:
    """``spans`` of ``text`` moved to where they lie once each run of spaces is one space; None when a span's edge
    lies inside a run (a sentence's own runs fold alike, alone or in its text)."""
    runs = [match.span() for match in _SPACE_RUN.finditer(text)]

    def moved(offset: int) -> int | None:
        lost = 0
        for start, end in runs:
            if end <= offset:
                lost += end - start - 1
            elif start < offset:
                return None
            else:
                break
        return offset - lost

    folded = []
    for start, end in spans:
        first, last = moved(start), moved(end)
        if first is None or last is None:
            return None
        folded.append((first, last))
    return folded


def holds_source(source: str, text: str) -> bool:
    """Whether the translation still holds the whole source text (a placeholder translation such as
    "[рус] This article…"): its words are not the locale's, so there is no meaning to compare."""
    return len(source) > 3 and source in text


def severity_of(msg: Message) -> str:
    """Error on a disclaimer message, warning elsewhere."""
    return "error" if is_disclaimer(msg) else "warning"


def translated(file: CatalogFile) -> Iterator[tuple[Message, str]]:
    """Each reviewed translation of a translated catalog, with its message (any message: a symbolic ID with no
    Default text too, whose translation is still shown)."""
    if file.is_template or not file.locale:
        return
    reviewed = (m for m in file.parsed.messages if not (m.obsolete or m.is_header or m.fuzzy))
    for msg, _, text in _forms(reviewed):
        yield msg, text


def sources(file: CatalogFile) -> Iterator[tuple[Message, str, str]]:
    """Each reviewed translation of a translated catalog with its message and the source it renders: a symbolic ID's
    Default text, as ``content_messages`` gives it (Plone's ``label_keep`` with ``#. Default: "Do not delete"``)."""
    if file.is_template or not file.locale:
        return
    yield from _forms(content_messages(file))


def _forms(messages: Iterable[Message]) -> Iterator[tuple[Message, str, str]]:
    """Each translation of ``messages`` with its message and its source (msgid_plural for a plural's later forms); a
    message's forms come one after another, so a rule reports a message once by skipping the rest."""
    for msg in messages:
        if msg.msgid_plural is None:
            if msg.msgstr:
                yield msg, msg.msgid, msg.msgstr
            continue
        for index, text in enumerate(msg.msgstr_plural):
            if text:
                yield msg, (msg.msgid_plural if index and msg.msgid_plural else msg.msgid), text


def lexicons(file: CatalogFile, settings: CheckSettings, source_locale: str) -> tuple[Compiled, Compiled] | None:
    """The source's and the catalog's compiled lexicons, when both languages have one."""
    if file.is_template or not file.locale:
        return None
    ours, theirs = compiled(source_locale, settings), compiled(file.locale, settings)
    return None if ours is None or theirs is None else (ours, theirs)
