"""Number tokens: find the numbers, ranges and units of a text, locale-aware, as Quantities."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache

from stele.rules.number_decimals import decimals
from stele.rules.number_syntax import (
    BASE,
    DOT_DECIMAL,
    DURATIONS,
    _Syntax,
    has_unspaced,
    may_hold_number_word,
    syntax,
)
from stele.rules.number_vocabulary import (
    AFTERNOON,
    ALTERNATIVES,
    AND_A_HALF,
    COMPOUND_UNITS,
    FRACTION_OF,
    FRACTIONS,
    HALF_LINKS,
    HALF_PREFIXES,
    MORNING,
    MULTIPLICATIVES,
    NOT_HALVES,
    ONCE,
    compound_pattern,
)
from stele.rules.number_words import (
    WORD,
    abbreviations,
    compounding,
    compounds,
    joiners,
    multiplier_after,
    multipliers,
    ordinal_ranges,
    ordinal_tail,
    whole,
    word_key,
    word_matches,
)

__all__ = [
    "BASE", "DIGIT", "DURATIONS", "IMPLICIT", "IN_OF", "NUMERAL", "Quantity", "has_unspaced", "may_hold_number_word",
    "syntax",
    "tokens",
]


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
    afternoon: bool = False  # an hour read after noon ("8 p.m.", «8 вечера»: 20)
    clock: bool = False  # an hour of the clock ("8:00", "8 a.m.", "8 p.m."), which may be written with an hour word

    @property
    def value(self) -> str:
        """The value as a reader checks it: "5", "1–3", "0.5"."""
        return "–".join(format(d.normalize(), "f") for d in (self.low, self.high) if d is not None)


_DENOMINATORS = frozenset({"g", "mg", "mcg", "kg", "ml", "dl", "l"})  # "mg/kg", "mmol/l"; "/day" is left out
IMPLICIT = frozenset({"year", "times"})  # "under 12" is "до 12 лет", "2 times" may be "в 2 раза": unit or none
DIGIT = re.compile(r"\d")
NUMERAL = re.compile(r"[\d½¼¾]")  # a digit or a fraction of one character
# Halves and quarters: "1/2", "3/4" (not of a date, "1/2/2020"), "½"; after a whole number, its fraction ("1 1/2").
_PART = re.compile(r"(?:1/[24]|3/4)(?![0-9]|[/.,][0-9])|[½¼¾]")
_PARTS = {"1/2": Decimal("0.5"), "1/4": Decimal("0.25"), "3/4": Decimal("0.75"), "½": Decimal("0.5"),
          "¼": Decimal("0.25"), "¾": Decimal("0.75")}
_MIXED = re.compile(r"[^\S\n]?")
_COUNTED = re.compile(r"[^\S\n]+|-")
_ON_THE_HOUR = re.compile(r":00(?![0-9])")
_OTHER_DIGIT = re.compile(r"[^\D0-9]")  # Persian ۴, Arabic-Indic ٤, Devanagari ४, full-width ４… (one set: fast)
_IGNORED = re.compile(
    r"\]\([^)\s]*(?:\s+\"[^\"]*\")?\)"  # Markdown link and image targets
    r"|(?:https?|ftp)://[^\s<>\"'«»()\[\]]+|www\.[^\s<>\"'«»()\[\]]+"  # bare URLs
    r"|</?[A-Za-z][^<>\n]*>|&(?:#[0-9]+|#[xX][0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);"  # HTML tags and entities
    r"|%\([^()\s]+\)[-#0+ ]*(?:[0-9]+|\*)?(?:\.(?:[0-9]+|\*))?[diouxXeEfFgGcrsa]"  # %(name)d
    r"|%(?:[0-9]+\$)?[-#0+]*(?:[0-9]+|\*)?(?:\.(?:[0-9]+|\*)[sdifgeuxX]|[sdifgeuxX](?![A-Za-z]))"  # %s, %1$s,
    # %5.2f; with a precision, a letter may follow ("%.3fs": seconds)
    r"|\{\{.*?\}\}|\{[\w.\[\]!:<>^=+#\-]*\}"  # {{ var }}, {count}, {0:.2f}, {#anchor}
    r"|\$\{[^{}\s]*\}|%[1-9](?![0-9])"  # ${name} (Zope, Plone), %1 (Qt)
)
_NAME = re.compile(r"(?<![^\W\d_])[0-9]+(?:[.,][0-9]+)*-(?P<word>[^\W\d_][\w\-]*)")
_EN_ORDINAL = "st|nd|rd|th"
_ORDINAL = re.compile(rf"(?:{_EN_ORDINAL}|'?s)(?!\w)|-[а-яёіїєґ']{{1,3}}(?!\w)", re.IGNORECASE)
DIGIT_ORDINAL = re.compile(rf"[0-9]+(?:{_EN_ORDINAL})", re.IGNORECASE)  # "2nd": read as a bare 2 (``_number``)
_CARDINAL_ENDINGS = frozenset({"ти", "ми", "ух", "ох", "ьох", "ех", "ёх"})  # пяти, семи, двух, двох, трёх
_ORDINAL_WORD = re.compile(r"[а-яёіїєґ']{1,3}", re.IGNORECASE)
_BLANKS = re.compile(r"[^\S\n]*")
# What joins a unit to the one it is per: "mg/kg", "mg per kg", «мг на кг», «мг на 1 кг» (a one: of the unit)
_PER = re.compile(r"[^\S\n]*/[^\S\n]*|[^\S\n]+(?:per|на)[^\S\n]+(?:1[^\S\n]+)?")
_DASH = re.compile(r"[^\S\n]*[-‐‑‒–−~〜～—][^\S\n]*")  # «двадцать — тридцать минут»: a range too
_MID = re.compile(r"[^\S\n]+(\w+)[^\S\n]+")
IN_OF = r"(?:in|out\s+of|из|з|із|зі)"  # what "1 in 10" says between its numbers: "1 out of 10", «1 из 10», «1 з 10»
_AFTER_ONE = re.compile(rf"[^\S\n]+{IN_OF}[^\S\n]", re.IGNORECASE)  # after a frequency's one
_BEFORE = re.compile(r"(?<!\w)(\w+)[^\S\n]+$")

@dataclass(frozen=True, slots=True)
class _Atom:
    low: Decimal
    high: Decimal | None
    unit: str | None
    start: int
    end: int
    word: bool = False
    unit_before: str | None = None
    afternoon: bool = False
    clock: bool = False
    scale: Decimal | None = None  # in words, after a multiplier it starts with («тысяч»: what digits before multiply)
    alone: bool = True  # False: no number unless digits come before it (an abbreviation, «тыс.»)
    per: Decimal | None = None  # the multiplier it ends with («шести тысяч», «3 тысяч»): a range's low end shares it



@lru_cache(maxsize=16)  # a text is read by tokens and by durations.implied, once or twice (digits, then words)
def _blank(text: str) -> str:
    """Text with link targets, URLs, tags and placeholders replaced by spaces (offsets kept)."""
    return _IGNORED.sub(lambda m: " " * len(m.group()), text)


def _unit(text: str, pos: int, syn: _Syntax) -> tuple[str | None, int]:
    """The canonical unit written at ``pos`` (right after a number) and where it ends."""
    m = _unit_after(text, pos, syn)
    if m is None or m.lastgroup is None:
        return None, pos
    unit = syn.ids[int(m.lastgroup[1:])]
    slash = _PER.match(text, m.end())
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
    if (hour := _hour(text, low, pos, end, syn)) is not None:
        return hour
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
    low = Decimal(m.group() if DOT_DECIMAL.fullmatch(m.group()) else m.group().translate(syn.table))
    blank = _MIXED.match(text, m.end())
    if low == int(low) and blank is not None and (part := _PART.match(text, blank.end())) is not None:
        return low + _PARTS[part.group()], part.end()
    return low, m.end()


def _hour(text: str, low: Decimal, start: int, end: int, syn: _Syntax) -> _Atom | None:
    """An hour of the clock: "8:00" is 8 (not 8 and 0), "8 p.m." and «8 вечера» are 20 ("20:00")."""
    if low != int(low) or low > 24:
        return None
    if (minutes := _ON_THE_HOUR.match(text, end)) is not None:
        return _Atom(low, None, None, start, minutes.end(), clock=True)
    later, earlier = _pattern(AFTERNOON.get(syn.language)), _pattern(MORNING.get(syn.language))
    if 1 <= low < 12 and later is not None and (pm := later.match(text, end)) is not None:
        return _Atom(low + 12, None, None, start, pm.end(), afternoon=True, clock=True)
    if 1 <= low <= 12 and earlier is not None and (am := earlier.match(text, end)) is not None:
        return _Atom(low, None, None, start, am.end(), clock=True)
    return None


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
    found = [(m.start(), m.end(), word_key(m.group())) for m in word_matches(text, syn.words)]
    joined = compounding(syn.language)
    alone = times.keys() if joined else syn.words.keys()  # words read alone, not joined
    groups = compounds(text, found, syn.words, multipliers(syn.language), joiners(syn.language), alone,
                       abbreviations(syn.language))
    for group in groups if joined else ():
        ordinal_tail(text, group, syn.language)
    if joined:  # «ноль целых пять десятых»: 0.5
        groups = decimals(text, groups, syn.language, lambda end: _unit(text, end, syn)[0] is not None)
    for index, group in enumerate(groups):
        if atoms and group.start < atoms[-1].end:  # the "half" of "one and a half"
            continue
        key, start, value, end, per = group.key, group.start, group.value, group.end, group.per
        if key in fractions and value < 1 and atoms and _counts(text, atoms[-1], start):  # «три четверти»: 3/4
            value, start = atoms[-1].low * value, atoms.pop().start
        if half is not None and (more := half.match(text, end)) is not None:
            value, end = value + Decimal("0.5"), more.end()
            after = next((later for later in groups[index + 1:] if later.end > end), None)
            scale = multiplier_after(text, end, after)  # «двух с половиной тысяч»: 2,500
            if scale is not None and after is not None:
                value, end, per = whole(value * scale), after.end, scale
        unit, end = ("times", end) if key in times else _unit(text, end, syn)
        if unit is None and key in fractions and of is not None and (article := of.match(text, end)) is not None:
            unit, end = _unit(text, article.end(), syn)
            end = end if unit is not None else group.end
        atoms.append(_Atom(value, None, unit, start, end, word=True, scale=group.scale, alone=group.alone, per=per))
    folded = text.casefold()  # screened once for the words _once and _prefixed_halves look for
    return sorted([*atoms, *_prefixed_halves(text, folded, syn), *_once(text, folded, syn), *_compounds(text, syn),
                   *_ordinal_spans(text, syn)], key=lambda a: a.start)


def _ordinal_spans(text: str, syn: _Syntax) -> Iterator[_Atom]:
    """«с первого по пятый день»: a range of days said by ordinal words, with its unit."""
    for start, end, low, high in ordinal_ranges(text, syn.language):
        unit, stop = _unit(text, end, syn)
        yield _Atom(Decimal(low), Decimal(high), unit, start, stop, word=True)


def _compounds(text: str, syn: _Syntax) -> Iterator[_Atom]:
    """A number glued to its unit in one word: «двухпроцентный» (2 %), «трёхдневный» (3 days), «двовідсотковий»."""
    pattern = compound_pattern(syn.language)
    if pattern is None:
        return
    for m in pattern.finditer(text):
        number = word_key(m.group(1))
        value = syn.words.get(number, syn.words.get(number + "х"))  # «дво» of «двовідсотковий» is «двох»
        if value is not None:
            yield _Atom(Decimal(value), None, COMPOUND_UNITS[syn.language][m.group(2).lower()], m.start(), m.end(),
                        word=True)


def _counts(text: str, before: _Atom, start: int) -> bool:
    """Whether the number in words ``before`` counts the fraction at ``start`` ("three quarters", «три четверти»)."""
    return before.unit is None and before.high is None and _COUNTED.fullmatch(text, before.end, start) is not None


def _once(text: str, folded: str, syn: _Syntax) -> Iterator[_Atom]:
    """Once, where a rate follows ("once a day", «раз в день»): one time (not where a number takes the «раз»);
    ``folded``: ``text`` case-folded."""
    word, rate = ONCE.get(syn.language, ("", ""))
    if word and word in folded:
        for m in _pattern(rf"(?<![^\W\d_]){word}(?={rate})").finditer(text):  # type: ignore[union-attr]
            yield _Atom(Decimal(1), None, "times", m.start(), m.end(), word=True)


@lru_cache(maxsize=16)
def _pattern(regex: str | None) -> re.Pattern[str] | None:
    return re.compile(regex, re.IGNORECASE) if regex is not None else None


def _prefixed_halves(text: str, folded: str, syn: _Syntax) -> Iterator[_Atom]:
    """A half written as a prefix of its unit: «полграмма» (half a gram), «півгодини» (half an hour); ``folded``:
    ``text`` case-folded."""
    prefix = HALF_PREFIXES.get(syn.language)
    if prefix is None or prefix not in folded:
        return
    link = HALF_LINKS.get(syn.language)
    for m in _pattern(rf"(?<![^\W\d_]){prefix}(?=[^\W\d_])").finditer(text):  # type: ignore[union-attr]
        word = WORD.match(text, m.start())
        if word is None or word_key(word.group()) in NOT_HALVES:
            continue
        linked = link is not None and text[m.end(): m.end() + 1].lower() == link
        for start in (m.end(), m.end() + 1) if linked else (m.end(),):  # «полунции»: the у may be the unit's
            unit, end = _unit(text, start, syn)
            if unit is not None and end == word.end():
                yield _Atom(Decimal("0.5"), None, unit, m.start(), end, word=True)
                break


def _range_start(text: str, a: _Atom, b: _Atom, syn: _Syntax) -> int | None:
    """Where the range "a … b" starts in ``text``, or None when a and b are not a range."""
    if a.high is not None or (a.unit is not None and b.unit is not None and a.unit != b.unit) \
            or (b.low == 1 and _AFTER_ONE.match(text, b.end) is not None):  # "1 in 10,000 to 1 in 1,000": no 10,000–1
        return None
    gap = text[a.end : b.start]
    if _DASH.fullmatch(gap) or (gap in ("...", "…") and a.low < b.low):  # «двадцать...тридцать», not "1... 2... 3"
        # "5 mg – 10 people" is no range; "с 2019 года до 2021" is one
        return a.start if a.unit in (None, b.unit) else None
    mid = _MID.fullmatch(gap)
    if mid is None or (mid_word := mid.group(1).casefold()) not in syn.mids:
        return None
    before = _BEFORE.search(text, max(0, a.start - 24), a.start)
    word = before.group(1).casefold() if before is not None else None
    required = syn.mids[mid_word]
    if (required is not None and word not in required) or (b.unit is None and mid_word in _alternatives(syn)):
        return None
    if mid_word == "по" and "-" in text[a.start: a.end]:  # «с 5-го по 12-й день»: days of a schedule, read one by
        return None  # one, as the source's "from day 5 to day 10" is; «с 2010 по 2020 год» is a range
    return before.start(1) if before is not None and word in syn.starters else a.start


def _alternatives(syn: _Syntax) -> frozenset[str]:
    return ALTERNATIVES.get(syn.language, frozenset())


def _ranges(text: str, atoms: list[_Atom], syn: _Syntax) -> list[_Atom]:
    """Join "1-3", "1 to 3", "от 1 до 3", "між 1 і 3"... into one atom with low and high."""
    out: list[_Atom] = []
    for atom in atoms:
        start = _range_start(text, out[-1], atom, syn) if out else None
        if start is None:
            out.append(atom)
        else:
            word, low = out[-1].word and atom.word, out[-1].low
            if atom.per is not None and out[-1].per is None and low * atom.per <= atom.low:
                low = whole(low * atom.per)  # «пять-шесть тысяч», «от 1 до 3 тысяч»; not «от 500 до 2 тысяч»
            out[-1] = _Atom(low, atom.low, atom.unit or out[-1].unit, start, atom.end, word,
                            unit_before=out[-1].unit_before)  # "days 1 to 5"
    return out


def _scaled(text: str, atoms: list[_Atom]) -> list[_Atom]:
    """``atoms`` with a number in digits and the multiplier after it one number («10 тысяч» 10,000, "1.5 million";
    a range's low end shares it: ``_ranges``)."""
    kept: list[_Atom] = []
    for atom in atoms:
        scale, before = atom.scale, kept[-1] if kept else None
        if scale is None or before is None or before.word or before.unit is not None \
                or not text[before.end: atom.start].isspace():
            if atom.alone:
                kept.append(atom)
            continue
        rest = atom.low - scale  # what the words add after the multiplier («10 тысяч пятьсот»)
        kept[-1] = replace(atom, low=before.low * scale + rest, start=before.start, word=False, scale=None,
                           per=scale if rest == 0 else None)
    return kept


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
        atoms = _scaled(clean, _apart(sorted(atoms + _word_atoms(clean, syn), key=lambda a: a.start)))
    found = [
        Quantity(a.low, a.high, a.unit, text[a.start : a.end], a.start, a.word, unit_before=a.unit_before,
                 afternoon=a.afternoon, clock=a.clock)
        for a in _ranges(clean, atoms, syn)
    ]
    return found, [(text[start:end], start) for start, end in names]
