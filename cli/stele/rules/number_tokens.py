"""Number tokens: find the numbers, ranges and units of a text, locale-aware, as Quantities."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache

from babel import Locale, UnknownLocaleError

from stele.collector import collector_paused
from stele.locales import cldr_locale
from stele.rules.cldr_numbers import number_data
from stele.rules.number_vocabulary import (
    AND_A_HALF,
    EN_UNITS,
    FRACTION_OF,
    FRACTIONS,
    HALF_PREFIXES,
    LANGUAGE_UNITS,
    MULTIPLICATIVES,
    NOT_HALVES,
    ONCE,
    RANGE_WORDS,
    STARTERS,
    number_words,
    unit_alternatives,
)
from stele.rules.wordmatch import trie_regex

__all__ = ["BASE", "DIGIT", "DURATIONS", "IMPLICIT", "NUMERAL", "Quantity", "may_hold_number_word", "syntax", "tokens"]


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number or a range, with its canonical unit, as written in a message."""

    low: Decimal  # the number, or the low end of a range
    high: Decimal | None  # the high end of a range, else None
    unit: str | None  # canonical unit id ("g", "mg", "mcg", "h", "%", "mg/kg", ...) or None
    text: str  # the text as written, e.g. "1–3 г" or "10 000"
    start: int  # offset in the message
    word: bool = False  # written in words ("three grams"): counts when it matches, is never reported missing
    implied: bool = False  # a unit word alone ("a week"): one of it, counted only when it matches exactly
    unit_before: str | None = None  # no unit after it, but one right before ("количество дней 7")


_DENOMINATORS = frozenset({"g", "mg", "mcg", "kg", "ml", "dl", "l"})  # "mg/kg", "mmol/l"; "/day" is left out
IMPLICIT = frozenset({"year", "times"})  # "under 12" is "до 12 лет", "2 times" may be "в 2 раза": unit or none
_SPACES = " \u00a0\u202f\u2009"

DIGIT = re.compile(r"\d")
NUMERAL = re.compile(r"[\d½¼¾]")  # a digit or a fraction of one character
# Halves and quarters: "1/2", "3/4" (not of a date, "1/2/2020"), "½"; after a whole number, its fraction ("1 1/2").
_PART = re.compile(r"(?:1/[24]|3/4)(?![0-9]|[/.,][0-9])|[½¼¾]")
_PARTS = {"1/2": Decimal("0.5"), "1/4": Decimal("0.25"), "3/4": Decimal("0.75"), "½": Decimal("0.5"),
          "¼": Decimal("0.25"), "¾": Decimal("0.75")}
_MIXED = re.compile(r"[^\S\n]?")
_OTHER_DIGIT = re.compile(r"(?![0-9])\d")  # Persian ۴, Arabic-Indic ٤, Devanagari ४, full-width ４…
# A word, with the apostrophes inside it (Ukrainian "п’ять", "дев'ять"): ', ’ and ʼ are all written.
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019\u02bc][^\W\d_]+)*")
_WORD_PART = re.compile(r"[^\W\d_]+")
_ONE_APOSTROPHE = str.maketrans("\u2019\u02bc", "''")
_IGNORED = re.compile(
    r"\]\([^)\s]*(?:\s+\"[^\"]*\")?\)"  # Markdown link and image targets
    r"|(?:https?|ftp)://[^\s<>\"'«»()\[\]]+|www\.[^\s<>\"'«»()\[\]]+"  # bare URLs
    r"|</?[A-Za-z][^<>\n]*>|&(?:#[0-9]+|#[xX][0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);"  # HTML tags and entities
    r"|%\([^()\s]+\)[-#0+ ]*(?:[0-9]+|\*)?(?:\.(?:[0-9]+|\*))?[diouxXeEfFgGcrsa]"  # %(name)d
    r"|%(?:[0-9]+\$)?[-#0+]*(?:[0-9]+|\*)?(?:\.(?:[0-9]+|\*))?[sdifgeuxX](?![A-Za-z])"  # %s, %5.2f, %1$s
    r"|\{\{.*?\}\}|\{[\w.\[\]!:<>^=+#\-]*\}"  # {{ var }}, {count}, {0:.2f}, {#anchor}
    r"|\$\{[^{}\s]*\}|%[1-9](?![0-9])"  # ${name} (Zope, Plone), %1 (Qt)
)
_NAME = re.compile(r"(?<![^\W\d_])[0-9]+(?:[.,][0-9]+)*-(?P<word>[^\W\d_][\w\-]*)")
_ORDINAL = re.compile(r"(?:st|nd|rd|th|'?s)(?!\w)|-[а-яёіїєґ']{1,3}(?!\w)", re.IGNORECASE)
_CARDINAL_ENDINGS = frozenset({"ти", "ми", "ух", "ох", "ьох", "ех", "ёх"})  # пяти, семи, двух, двох, трёх
_ORDINAL_WORD = re.compile(r"[а-яёіїєґ']{1,3}", re.IGNORECASE)
_BLANKS = re.compile(r"[^\S\n]*")
_SLASH = re.compile(r"[^\S\n]*/[^\S\n]*")
_DASH = re.compile(r"[^\S\n]*[-‐‑‒–−~〜～][^\S\n]*|—")
_MID = re.compile(r"[^\S\n]+(\w+)[^\S\n]+")
_BEFORE = re.compile(r"(?<!\w)(\w+)[^\S\n]+$")
# A unit ends at a non-word character, or anywhere after a character of a script written without spaces
# (CJK, kana, Hangul, Thai, Lao, Khmer, Myanmar): "7日間", "7 วัน".
_UNSPACED = "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff"
# Case-sensitive inside the IGNORECASE unit pattern: none of these characters has a case, and compiling the wide
# ranges under IGNORECASE folds every character in them (most of a locale's compile time).
_UNIT_END = rf"(?-i:(?<=[%.×℃℉{_UNSPACED}])|(?!\w)|(?=[{_UNSPACED}]))"
# The same, for a text with no such character (where the two say the same): the wide ranges take most of the time
# a pattern takes to compile, so a locale compiles them only if one of its texts has such a character.
_PLAIN_UNIT_END = r"(?-i:(?<=[%.×℃℉])|(?!\w))"
_FIRST_UNSPACED = "\u0e00"  # the lowest character of _UNSPACED


@lru_cache(maxsize=1)
def _unspaced_re() -> re.Pattern[str]:
    return re.compile(f"[{_UNSPACED}]")  # compiled when first needed: its wide ranges compile slowly


def has_unspaced(text: str) -> bool:
    """Whether ``text`` has a character of a script written without spaces."""
    return bool(text) and max(text) >= _FIRST_UNSPACED and _unspaced_re().search(text) is not None
# Units of one dimension, in a common base: "7 days" is "1 week", "1000 mg" is "1 g".
BASE: dict[str, tuple[str, Decimal]] = {
    "mcg": ("mg", Decimal("0.001")), "mg": ("mg", Decimal(1)), "g": ("mg", Decimal(1000)),
    "kg": ("mg", Decimal(1000000)), "ml": ("ml", Decimal(1)), "dl": ("ml", Decimal(100)),
    "l": ("ml", Decimal(1000)), "sec": ("sec", Decimal(1)), "min": ("sec", Decimal(60)),
    "h": ("sec", Decimal(3600)), "day": ("sec", Decimal(86400)), "week": ("sec", Decimal(604800)),
}
DURATIONS = frozenset({"h", "day", "week", "month", "year"})  # "a week" may stand for "7 days"


class _Units:
    """A locale's unit words: one alternation of them all, as patterns tried in turn (the English units and the
    language's own words, shared by the locales of a language; then the locale's CLDR words), matching what the
    one alternation would: compiling the shared part once per process, not once per locale."""

    __slots__ = ("patterns",)

    def __init__(self, patterns: tuple[re.Pattern[str], ...]) -> None:
        self.patterns = patterns

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        for pattern in self.patterns:
            found = pattern.match(text, pos)
            if found is not None:
                return found
        return None

    def fullmatch(self, text: str) -> re.Match[str] | None:
        for pattern in self.patterns:
            found = pattern.fullmatch(text)
            if found is not None:
                return found
        return None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The leftmost match, the earlier pattern's where two start together, then on after it (as re.finditer;
        no unit word is empty). Each pattern's next match is kept until it falls behind: a search from a later
        position finds the same one (a lookbehind still sees the text before it), and a pattern that has none left
        is not searched again."""
        pos = 0
        ahead: list[re.Match[str] | None] = [pattern.search(text) for pattern in self.patterns]
        while True:
            first: re.Match[str] | None = None
            for index, pattern in enumerate(self.patterns):
                found = ahead[index]
                if found is not None and found.start() < pos:
                    found = ahead[index] = pattern.search(text, pos)
                if found is not None and (first is None or found.start() < first.start()):
                    first = found
            if first is None:
                return
            yield first
            pos = max(first.end(), first.start() + 1)


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


@lru_cache(maxsize=64)
def _words(language: str) -> dict[str, int | Decimal]:
    own: dict[str, int | Decimal] = {**MULTIPLICATIVES.get(language, {}), **FRACTIONS.get(language, {})}
    return _with_plain_e({**number_words(language), **own})


@dataclass(frozen=True, slots=True)
class _Atom:
    low: Decimal
    high: Decimal | None
    unit: str | None
    start: int
    end: int
    word: bool = False
    unit_before: str | None = None


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
        return replace(plain, unit_word=_Units(tuple(_unit_pattern(a, f, True) for a, f in plain.units)))
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
    cldr = unit_alternatives(str(loc)) if loc.language != "en" else {}
    shared = [*EN_UNITS.items(), *(words or {}).items()]
    own = [(u, a) for u, a in cldr.items() if a]
    units: list[tuple[str, int]] = [(_alternation(shared, 0), re.IGNORECASE)]
    if own:  # every CLDR alternative is case-sensitive (?-i:…): compiled without IGNORECASE, the same pattern
        units.append((_alternation(own, len(shared)), 0))
    mids = RANGE_WORDS.get(loc.language, {})
    starters = frozenset(w for pres in mids.values() if pres for w in pres) | STARTERS.get(loc.language, frozenset())
    return _Syntax(
        start=re.compile(rf"[0-9½¼¾]|(?<![\w.,]){d}(?=[0-9])"),
        number=re.compile(rf"(?:{grouped}|[0-9]+)?(?:{d}[0-9]+)?"),
        unit_word=_Units(tuple(_unit_pattern(a, f, False) for a, f in units)),
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


def _blank(text: str) -> str:
    """Text with link targets, URLs, tags and placeholders replaced by spaces (offsets kept)."""
    return _IGNORED.sub(lambda m: " " * len(m.group()), text)


def _unit(text: str, pos: int, syn: _Syntax) -> tuple[str | None, int]:
    """The canonical unit written at ``pos`` (right after a number) and where it ends."""
    m = _unit_after(text, pos, syn)
    if m is None or m.lastgroup is None:
        return None, pos
    unit = syn.ids[int(m.lastgroup[1:])]
    slash = _SLASH.match(text, m.end())
    if slash is not None:
        per = syn.unit_word.match(text, slash.end())
        if per is not None and per.lastgroup is not None and syn.ids[int(per.lastgroup[1:])] in _DENOMINATORS:
            return f"{unit}/{syn.ids[int(per.lastgroup[1:])]}", per.end()
    return unit, m.end()


def _unit_after(text: str, pos: int, syn: _Syntax) -> re.Match[str] | None:
    """A dash or blanks, then ``syn.unit_word``, at ``pos``: tried in the order one pattern holding both would
    (after the dash, then after the most blanks down to none), so a locale compiles one unit pattern, not two."""
    blanks = _BLANKS.match(text, pos)
    starts = [pos + 1] if text.startswith("-", pos) else []
    starts += range(blanks.end() if blanks is not None else pos, pos - 1, -1)
    for start in starts:
        m = syn.unit_word.match(text, start)
        if m is not None:
            return m
    return None


def _number(text: str, pos: int, syn: _Syntax) -> _Atom:
    """The number starting at ``pos`` with its unit, or with an ordinal suffix ("1st", "2-й") dropped."""
    low, end = _value(text, pos, syn)
    unit, end = _unit(text, end, syn)
    if unit is None and syn.percent_first and text[pos - 1 : pos] == "%":
        return _Atom(low, None, "%", pos - 1, end)
    if unit is None and (ordinal := _ORDINAL.match(text, end)) is not None:
        end = ordinal.end()
        if _cardinal_case(ordinal.group(), low):  # "2-х недель" is two weeks
            unit, end = _unit(text, end, syn)
    return _Atom(low, None, unit, pos, end)


def _cardinal_case(suffix: str, value: Decimal) -> bool:
    """Whether a suffix ("2-х", "5-ти", "2-ох") is the case ending of a cardinal, not of an ordinal ("2-й", "90-х",
    "1-х"): "-х" is a cardinal's after 2, 3 and 4 (двух, трёх, четырёх), an ordinal's after others."""
    ending = suffix.casefold().lstrip("-")
    if ending == "х":
        return value % 10 in (2, 3, 4) and value % 100 not in (12, 13, 14)
    return ending in _CARDINAL_ENDINGS


def _value(text: str, pos: int, syn: _Syntax) -> tuple[Decimal, int]:
    """The number starting at ``pos`` ("1,5", "1/2", "½", "1 1/2") and where it ends."""
    if (part := _PART.match(text, pos)) is not None:
        return _PARTS[part.group()], part.end()
    m = syn.number.match(text, pos)
    assert m is not None and m.end() > pos, "a number starts here"
    low = Decimal(m.group().translate(syn.table))
    blank = _MIXED.match(text, m.end())
    if low == int(low) and blank is not None and (part := _PART.match(text, blank.end())) is not None:
        return low + _PARTS[part.group()], part.end()
    return low, m.end()


def _is_name(word: str, syn: _Syntax) -> bool:
    """Whether "7-<word>" is a name ("7-hydroxymitragynine") rather than "5-day" or "2-й"."""
    first = word.split("-", 1)[0]
    return syn.unit_word.fullmatch(first) is None and _ORDINAL_WORD.fullmatch(first) is None


def _scan(text: str, syn: _Syntax) -> tuple[list[_Atom], list[tuple[int, int]]]:
    """Numbers (not yet joined into ranges) and the spans of names with numbers, left to right."""
    atoms: list[_Atom] = []
    names: list[tuple[int, int]] = []
    pos = 0
    while (m := syn.start.search(text, pos)) is not None:
        name = _NAME.match(text, m.start())
        if name is not None and _is_name(name.group("word"), syn):
            names.append((m.start(), name.end() - (name.group().endswith("-"))))
            pos = name.end()
            continue
        atom = _number(text, m.start(), syn)
        if atom.unit is None and (before := _BEFORE.search(text, max(0, atom.start - 24), atom.start)) is not None:
            unit = syn.unit_word.fullmatch(before.group(1))
            if unit is not None and unit.lastgroup is not None:
                atom = replace(atom, unit_before=syn.ids[int(unit.lastgroup[1:])])
        atoms.append(atom)
        pos = atom.end
    return atoms, names


def _word_atoms(text: str, syn: _Syntax) -> list[_Atom]:
    """Numbers written as words ("three", "трёх", "one and a half", «полграмма»), each with the unit right after it
    (after "a" or "of the" for a fraction: "half a gram")."""
    atoms: list[_Atom] = []
    times, fractions = MULTIPLICATIVES.get(syn.language, {}), FRACTIONS.get(syn.language, {})
    half, of = _pattern(AND_A_HALF.get(syn.language)), _pattern(FRACTION_OF.get(syn.language))
    for m in _number_word_matches(text, syn.words):
        if atoms and m.start() < atoms[-1].end:  # the "half" of "one and a half"
            continue
        key = _word_key(m.group())
        value, end = Decimal(syn.words[key]), m.end()
        if half is not None and (more := half.match(text, end)) is not None:
            value, end = value + Decimal("0.5"), more.end()
        unit, end = ("times", end) if key in times else _unit(text, end, syn)
        if unit is None and key in fractions and of is not None and (article := of.match(text, end)) is not None:
            unit, end = _unit(text, article.end(), syn)
            end = end if unit is not None else m.end()
        atoms.append(_Atom(value, None, unit, m.start(), end, word=True))
    return sorted([*atoms, *_prefixed_halves(text, syn), *_once(text, syn)], key=lambda a: a.start)


def _once(text: str, syn: _Syntax) -> Iterator[_Atom]:
    """Once, where a rate follows ("once a day", «раз в день»): one time (not where a number takes the «раз»)."""
    word, rate = ONCE.get(syn.language, ("", ""))
    if word and word in text.casefold():
        for m in _pattern(rf"(?<![^\W\d_]){word}(?={rate})").finditer(text):  # type: ignore[union-attr]
            yield _Atom(Decimal(1), None, "times", m.start(), m.end(), word=True)


@lru_cache(maxsize=16)
def _pattern(regex: str | None) -> re.Pattern[str] | None:
    return re.compile(regex, re.IGNORECASE) if regex is not None else None


def _prefixed_halves(text: str, syn: _Syntax) -> Iterator[_Atom]:
    """A half written as a prefix of its unit: «полграмма» (half a gram), «півгодини» (half an hour)."""
    prefix = HALF_PREFIXES.get(syn.language)
    if prefix is None or prefix not in text.casefold():
        return
    for m in _pattern(rf"(?<![^\W\d_]){prefix}(?=[^\W\d_])").finditer(text):  # type: ignore[union-attr]
        unit, end = _unit(text, m.end(), syn)
        word = _WORD.match(text, m.start())
        if unit is not None and word is not None and end == word.end() and _word_key(word.group()) not in NOT_HALVES:
            yield _Atom(Decimal("0.5"), None, unit, m.start(), end, word=True)


def _word_key(word: str) -> str:
    folded = word.casefold()
    return folded.translate(_ONE_APOSTROPHE) if "\u2019" in folded or "\u02bc" in folded else folded


def may_hold_number_word(text: str, syn: _Syntax) -> bool:
    """Whether ``text`` may hold one of ``syn``'s number words (False: ``_number_word_matches`` finds none), by one
    search of its case-folded text for them all as whole words."""
    return bool(syn.words) and _number_words_re(syn.language).search(" " + _word_key(text)) is not None


@lru_cache(maxsize=64)
def _number_words_re(language: str) -> re.Pattern[str]:
    """The language's number words (as ``_word_key`` has them), each between two non-letters: the one before it
    read as part of the match (the search skips to such characters, as it cannot to a lookbehind)."""
    once, half = ONCE.get(language, ("", ""))[0], HALF_PREFIXES.get(language)
    more = (f"|{once}" if once else "") + (rf"|{half}[^\W\d_]+" if half else "")  # "once a day", «полграмма»
    return re.compile(rf"[\W\d_](?:{trie_regex(_words(language))}{more})(?![^\W\d_])")


def _number_word_matches(text: str, words: Mapping[str, int | Decimal]) -> Iterator[re.Match[str]]:
    """The number words of ``text``: a word with apostrophes whole ("п’ять"), else its parts (French "l'un")."""
    for m in _WORD.finditer(text):
        key = _word_key(m.group())  # its apostrophes all "'"
        if key in words:
            yield m
        elif "'" in key:
            yield from (p for p in _WORD_PART.finditer(text, m.start(), m.end()) if _word_key(p.group()) in words)


def _range_start(text: str, a: _Atom, b: _Atom, syn: _Syntax) -> int | None:
    """Where the range "a … b" starts in ``text``, or None when a and b are not a range."""
    if a.high is not None or (a.unit is not None and b.unit is not None and a.unit != b.unit):
        return None
    gap = text[a.end : b.start]
    if _DASH.fullmatch(gap):  # "5 mg – 10 people" is no range; "с 2019 года до 2021" is one
        return a.start if a.unit in (None, b.unit) else None
    mid = _MID.fullmatch(gap)
    if mid is None or (mid_word := mid.group(1).casefold()) not in syn.mids:
        return None
    before = _BEFORE.search(text, max(0, a.start - 24), a.start)
    word = before.group(1).casefold() if before is not None else None
    required = syn.mids[mid_word]
    if required is not None and word not in required:
        return None
    return before.start(1) if before is not None and word in syn.starters else a.start


def _ranges(text: str, atoms: list[_Atom], syn: _Syntax) -> list[_Atom]:
    """Join "1-3", "1 to 3", "от 1 до 3", "між 1 і 3"... into one atom with low and high."""
    out: list[_Atom] = []
    for atom in atoms:
        start = _range_start(text, out[-1], atom, syn) if out else None
        if start is None:
            out.append(atom)
        else:
            word = out[-1].word and atom.word
            out[-1] = _Atom(out[-1].low, atom.low, atom.unit or out[-1].unit, start, atom.end, word)
    return out


def _apart(atoms: list[_Atom]) -> list[_Atom]:
    """``atoms`` (in order) but a word inside the one before it: the «раз» of «2 раза в день» is its unit."""
    kept: list[_Atom] = []
    for atom in atoms:
        if not (atom.word and kept and atom.start < kept[-1].end):
            kept.append(atom)
    return kept


def tokens(text: str, locale: str, *, words: bool = True) -> tuple[list[Quantity], list[tuple[str, int]]]:
    syn = syntax(locale, has_unspaced(text))
    if _OTHER_DIGIT.search(text):
        text = DIGIT.sub(lambda m: str(unicodedata.decimal(m.group())), text)
    clean = _blank(text)
    atoms, names = _scan(clean, syn)
    if words and syn.words:
        atoms = _apart(sorted(atoms + _word_atoms(clean, syn), key=lambda a: a.start))
    found = [
        Quantity(a.low, a.high, a.unit, text[a.start : a.end], a.start, a.word, unit_before=a.unit_before)
        for a in _ranges(clean, atoms, syn)
    ]
    return found, [(text[start:end], start) for start, end in names]
