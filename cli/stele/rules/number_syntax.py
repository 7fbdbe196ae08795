"""Number syntax: how one locale writes numbers, ranges and units (CLDR symbols and formats, unit words, number
words), compiled once per locale for the numbers rule's reading (number_tokens)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache

from babel import Locale, UnknownLocaleError

from stele.collector import collector_paused
from stele.locales import cldr_locale
from stele.rules.cldr_numbers import number_data
from stele.rules.cldr_units import unit_alternatives
from stele.rules.number_vocabulary import (
    COLLECTIVES,
    EN_UNITS,
    FRACTIONS,
    HALF_PREFIXES,
    LANGUAGE_UNITS,
    MULTIPLICATIVES,
    ONCE,
    STARTERS,
    range_words,
)
from stele.rules.number_words import ORDINAL_LANGUAGES, multipliers, number_words, ordinal_words, word_key
from stele.rules.wordmatch import trie_regex

__all__ = ["BASE", "DOT_DECIMAL", "DURATIONS", "has_unspaced", "may_hold_number_word", "syntax"]

_SPACES = " \u00a0\u202f\u2009"
# A dot before other than three digits is a decimal point in every locale ("2.5" kept in Spanish, whose dot groups
# thousands: "2.500" is 2500).
_DOT_DECIMAL = r"\.(?:[0-9]{1,2}|[0-9]{4,})(?![0-9])"
DOT_DECIMAL = re.compile(rf"[0-9]+{_DOT_DECIMAL}")
# A unit ends at a non-word character, or anywhere after a character of a script written without spaces
# (CJK, kana, Hangul, Thai, Lao, Khmer, Myanmar): "7日間", "7 วัน".
_UNSPACED = "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff"
# Case-sensitive inside the IGNORECASE unit pattern: none of these characters has a case, and compiling the wide
# ranges under IGNORECASE folds every character in them (most of a locale's compile time).
_UNIT_END = rf"(?-i:(?<=[%.×℃℉{_UNSPACED}])|(?!\w)|(?=[{_UNSPACED}]))"
# The same, for a text with no such character (where the two say the same): the wide ranges take most of the time
# a pattern takes to compile, so a locale compiles them only if one of its texts has such a character.
_PLAIN_UNIT_END = r"(?-i:(?<=[%.×℃℉])|(?!\w))"


@lru_cache(maxsize=1)
def _unspaced_re() -> re.Pattern[str]:
    return re.compile(f"[{_UNSPACED}]")  # compiled when first needed: its wide ranges compile slowly


def has_unspaced(text: str) -> bool:
    """Whether ``text`` has a character of a script written without spaces."""
    return not text.isascii() and _unspaced_re().search(text) is not None


# Units of one dimension, in a common base: "7 days" is "1 week", "1000 mg" is "1 g".
BASE: dict[str, tuple[str, Decimal]] = {
    "mcg": ("mg", Decimal("0.001")), "mg": ("mg", Decimal(1)), "g": ("mg", Decimal(1000)),
    "kg": ("mg", Decimal(1000000)), "ml": ("ml", Decimal(1)), "dl": ("ml", Decimal(100)),
    "l": ("ml", Decimal(1000)), "sec": ("sec", Decimal(1)), "min": ("sec", Decimal(60)),
    "h": ("sec", Decimal(3600)), "day": ("sec", Decimal(86400)), "week": ("sec", Decimal(604800)),
    "month": ("month", Decimal(1)), "year": ("month", Decimal(12)),  # "6 months" is «полгода»; not in weeks
    "tbsp": ("ml", Decimal(15)), "dsp": ("ml", Decimal(10)), "tsp": ("ml", Decimal(5)),  # a spoon's volume
}
DURATIONS = frozenset({"h", "day", "week", "month", "year"})  # "a week" may stand for "7 days"


class _Units:
    """A locale's unit words: one alternation of them all, as patterns tried in turn (the English units and the
    language's own words, shared by the locales of a language; then the locale's CLDR words), matching what the
    one alternation would: compiling the shared part once per process, not once per locale. A pattern marked
    ``lowered`` reads the text in lower case (``lowered``): its words are written once, in lower case, not in
    each of their cases (compiled in a sixth of the time). The patterns are compiled when first read: half the
    locales of a corpus of UI catalogs never have a number with a word after it."""

    __slots__ = ("_compiled", "lowered", "specs", "unspaced")

    def __init__(self, specs: tuple[tuple[str, int], ...], unspaced: bool) -> None:
        self.specs = specs  # each pattern's alternation and flags (IGNORECASE, else it reads the lowered text)
        self.unspaced = unspaced
        self.lowered = tuple(not flags for _, flags in specs)
        self._compiled: tuple[re.Pattern[str], ...] | None = None

    @property
    def patterns(self) -> tuple[re.Pattern[str], ...]:
        if self._compiled is None:
            self._compiled = tuple(_unit_pattern(a, f, self.unspaced) for a, f in self.specs)
        return self._compiled

    def _read(self, text: str) -> list[tuple[re.Pattern[str], str]]:
        return [(pattern, lowered(text) if low else text) for pattern, low in zip(self.patterns, self.lowered,
                                                                                  strict=True)]

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        for pattern, read in self._read(text):
            found = pattern.match(read, pos)
            if found is not None:
                return found
        return None

    def fullmatch(self, text: str) -> re.Match[str] | None:
        for pattern, read in self._read(text):
            found = pattern.fullmatch(read)
            if found is not None:
                return found
        return None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The leftmost match, the earlier pattern's where two start together, then on after it (as re.finditer;
        no unit word is empty). Each pattern's next match is kept until it falls behind: a search from a later
        position finds the same one (a lookbehind still sees the text before it), and a pattern that has none left
        is not searched again."""
        pos = 0
        reads = self._read(text)
        ahead: list[re.Match[str] | None] = [pattern.search(read) for pattern, read in reads]
        while True:
            first: re.Match[str] | None = None
            for index, (pattern, read) in enumerate(reads):
                found = ahead[index]
                if found is not None and found.start() < pos:
                    found = ahead[index] = pattern.search(read, pos)
                if found is not None and (first is None or found.start() < first.start()):
                    first = found
            if first is None:
                return
            yield first
            pos = max(first.end(), first.start() + 1)


_DOTTED_I = str.maketrans("\u0130", "i")  # the one character str.lower makes two of: offsets kept


@lru_cache(maxsize=16)  # a text's units are looked for at each of its numbers
def lowered(text: str) -> str:
    """``text`` in lower case, each character one (İ as i), so a match's offsets are the text's."""
    return (text.translate(_DOTTED_I) if "\u0130" in text else text).lower()


@lru_cache(maxsize=1024)
def _unit_pattern(alternation: str, flags: int, unspaced: bool) -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation}){_UNIT_END if unspaced else _PLAIN_UNIT_END}", flags)


@dataclass(frozen=True, slots=True)
class _Syntax:
    """How one locale writes numbers, ranges and units (compiled once per locale)."""

    start: re.Pattern[str]  # where a number begins
    number: re.Pattern[str]  # the number itself, at its start
    unit_word: _Units  # a unit alone (after "/", or after "5-")
    ids: tuple[str, ...]  # group u<i> of the unit patterns -> canonical unit id
    table: Mapping[int, str | None]  # str.translate: group symbols dropped, decimal symbols -> "."
    mids: Mapping[str, frozenset[str] | None]
    starters: frozenset[str]
    vocabulary: bool  # False: the language's unit words are unknown, so a bare number may have lost one
    language: str  # its number words ("three", "трёх" → value): read when first asked for
    percent_first: bool  # CLDR writes the percent sign first ("%50" in Turkish)
    curated: bool  # stele's own unit vocabulary (en, ru, uk): every form known
    units: tuple[tuple[str, int], ...]  # the unit patterns' alternations and flags
    durations: tuple[tuple[str, str], ...]  # its duration units (DURATIONS) alone, as ``units`` writes them

    @property
    def words(self) -> Mapping[str, int | Decimal]:
        """Number words ("three", "трёх", "half") → value."""
        return _words(self.language)


@lru_cache(maxsize=256)  # a corpus of UI catalogs has a hundred languages
def _words(language: str) -> dict[str, int | Decimal]:
    own: dict[str, int | Decimal] = {**MULTIPLICATIVES.get(language, {}), **FRACTIONS.get(language, {}),
                                     **COLLECTIVES.get(language, {})}
    return _with_plain_e({**number_words(language), **multipliers(language), **own})


def _parse_locale(locale: str) -> Locale:
    """``locale`` ("ru", "ru_RU", "ru-RU"), or its language when Babel lacks the full code."""
    code = cldr_locale(locale) or locale.replace("-", "_")
    for candidate in (code, code.split("_")[0]):
        try:
            return Locale.parse(candidate)
        except (UnknownLocaleError, ValueError):
            continue
    raise ValueError(f"unknown locale {locale!r}")


_APOSTROPHES = "'\u2019"


@lru_cache(maxsize=1024)
def syntax(locale: str, unspaced: bool = False) -> _Syntax:
    """How ``locale`` writes numbers; ``unspaced``: for a text with a character of a script written without spaces
    (else its unit patterns skip the test for one). Made with the cycle collector held off: loading CLDR's pickles
    and compiling the unit patterns make many objects, and each collection they set off walks every object alive
    (a whole parsed catalog's), for none of them is in a cycle."""
    with collector_paused():
        return _syntax(locale, unspaced)


def _syntax(locale: str, unspaced: bool) -> _Syntax:
    if unspaced:
        plain = syntax(locale)
        return replace(plain, unit_word=_Units(plain.units, True))
    loc = _parse_locale(locale)
    data = number_data(loc)
    symbols = data["number_symbols"]["latn"]  # as babel.numbers.get_decimal_symbol(loc) reads them
    decimal, group = str(symbols["decimal"]), str(symbols["group"])
    decimals = decimal + ("." if "." not in (decimal, group) else "")
    if group in _APOSTROPHES:  # de_CH, it_CH: CLDR has moved between ' and ’; writers use both
        group = _APOSTROPHES
    groups = _SPACES if group.isspace() or group in _SPACES else group + _SPACES[1:]
    d, g = f"[{re.escape(decimals)}]", f"[{re.escape(groups)}]"
    primary, secondary = data["decimal_formats"][None].grouping  # (3, 3); (3, 2) for the lakh grouping "1,23,456"
    sizes = sorted({(3, 3), (primary, secondary)}, reverse=True)  # "12,345,678" before "1,23,45,678"
    grouped = "|".join(rf"[0-9]{{1,{b}}}(?:{g}[0-9]{{{b}}})*{g}[0-9]{{{a}}}(?![0-9])" for a, b in sizes)
    words = LANGUAGE_UNITS.get(loc.language)
    cldr = unit_alternatives(str(loc), endings=words is None) if loc.language != "en" else {}
    shared = [*EN_UNITS.items(), *(words or {}).items()]
    own = [(u, a) for u, a in cldr.items() if a]
    units: list[tuple[str, int]] = [(_alternation(shared, 0), re.IGNORECASE)]
    if own:  # CLDR's words in lower case, matched in the lowered text (an IGNORECASE regex of hundreds of
        units.append((_alternation(own, len(shared)), 0))  # non-ASCII words compiles slowly)
    mids = range_words(loc.language)
    starters = frozenset(w for pres in mids.values() if pres for w in pres) | STARTERS.get(loc.language, frozenset())
    return _Syntax(
        # a decimal symbol starts one where no word or number is before it, tested after it (the set of what a
        # number starts with first: the search skips to those characters)
        start=re.compile(rf"[0-9½¼¾]|{d}(?<![\w.,]{d})(?=[0-9])"),
        number=re.compile(rf"(?:{grouped}|[0-9]+)?(?:{d}[0-9]+|{_DOT_DECIMAL})?"),
        unit_word=_Units(tuple(units), False),
        ids=tuple(unit for unit, _ in [*shared, *own]),
        table=str.maketrans(dict.fromkeys(groups, None) | dict.fromkeys(decimals, ".")),
        mids=mids,
        starters=starters,
        vocabulary=words is not None or bool(cldr),
        language=loc.language,
        curated=words is not None,
        percent_first=str(data["percent_formats"][None].pattern).lstrip("\u200e\u200f\u061c").startswith("%"),
        units=tuple(units),
        durations=tuple((u, a) for u, a in [*shared, *own] if u in DURATIONS),
    )


def _alternation(pairs: list[tuple[str, str]], first: int) -> str:
    """Units' alternatives, each in its group u<i> (numbered from ``first``)."""
    return "|".join(f"(?P<u{first + i}>{alternatives})" for i, (_, alternatives) in enumerate(pairs))


def _with_plain_e(words: Mapping[str, int | Decimal]) -> dict[str, int | Decimal]:
    """Russian writes ё as е as often as not: "трёх" and "трех" are both three."""
    return {**{w.replace("ё", "е"): v for w, v in words.items()}, **words}


def may_hold_number_word(text: str, syn: _Syntax) -> bool:
    """Whether ``text`` may hold one of ``syn``'s number words or ordinal words (False: ``word_matches``
    and ``ordinals`` find none), by one search of its case-folded text for them all as whole words."""
    return bool(syn.words) and _number_words_re(syn.language).search(" " + word_key(text)) is not None


@lru_cache(maxsize=256)
def _number_words_re(language: str) -> re.Pattern[str]:
    """The language's number words (as ``word_key`` has them), each between two non-letters: the one before it
    read as part of the match (the search skips to such characters, as it cannot to a lookbehind)."""
    once, half = ONCE.get(language, ("", ""))[0], HALF_PREFIXES.get(language)
    more = (f"|{once}" if once else "") + (rf"|{half}[^\W\d_]+" if half else "")  # "once a day", «полграмма»
    words = {**_words(language), **(ordinal_words(language) if language in ORDINAL_LANGUAGES else {})}
    return re.compile(rf"[\W\d_](?:{trie_regex(words)}{more})(?![^\W\d_])")
