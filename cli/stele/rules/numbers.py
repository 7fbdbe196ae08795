"""Numbers: compare the numbers, ranges and units of a message and its translation, locale-aware."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.numbers import get_decimal_symbol, get_group_symbol

from stele.locales import cldr_locale
from stele.rules.number_vocabulary import RANGE_WORDS, STARTERS, number_words, unit_alternatives

__all__ = ["NumberProblem", "Quantity", "compare_numbers", "number_problems"]


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


@dataclass(frozen=True, slots=True)
class NumberProblem:
    """One mismatch, and how sure it is a defect: error with a unit or a range at stake, else warning."""

    text: str
    severity: str


# Units: canonical id -> regex alternatives (no capturing groups). English words and the international symbols
# are recognized in every locale (translators keep "mg"); each language with a vocabulary adds its own words.
_EN_UNITS: dict[str, str] = {
    "mcg": r"mcg|[µμu]g|micrograms?|microgrammes?",
    "mg": r"mg|milligrams?|milligrammes?",
    "kg": r"kg|kilograms?|kilogrammes?|kilos?",
    "g": r"g|grams?|grammes?",
    "ml": r"ml|cc|millilit(?:er|re)s?",
    "dl": r"dl|decilit(?:er|re)s?",
    "l": r"l|lit(?:er|re)s?",
    "mmol": r"mmol",
    "iu": r"iu|i\.u\.|international units?",
    "%": r"%|percent|per[ \u00a0]?cent",
    "°c": r"°[ \u00a0]?[cс]|℃",
    "°f": r"°[ \u00a0]?f|℉",
    "h": r"h|hrs?\.?|hours?",
    "min": r"mins?\.?|minutes?",
    "sec": r"secs?\.?|seconds?",
    "day": r"days?",
    "week": r"weeks?|wks?\.?",
    "month": r"months?",
    "year": r"years?|yrs?\.?",
    "times": r"times|fold|x|×",
}
_LANGUAGE_UNITS: dict[str, dict[str, str]] = {
    "en": {},
    "ru": {
        "mcg": r"мкг|микрограмм\w*",
        "mg": r"мг|миллиграмм\w*",
        "kg": r"кг|килограмм\w*",
        "g": r"гр?\.?|грамм\w*",
        "ml": r"мл|миллилитр\w*",
        "dl": r"дл",
        "l": r"л|литр\w*",
        "mmol": r"ммоль\w*",
        "iu": r"МЕ",
        "%": r"процент\w*",
        "h": r"ч\.?|час(?:а|у|ам|ах|ами|ов\w*)?",
        "min": r"мин\.?|минут\w*",
        "sec": r"сек\.?|секунд\w*",
        "day": r"дн\.?|день|дн(?:я|ей|и|ям|ях|ями)|сут\.?|сут(?:ки|ок|кам|ках)|дневн\w*|суточн\w*",
        "week": r"нед\.?|недел\w*",
        "month": r"мес\.?|месяц\w*|месячн\w*",
        "year": r"гг\.?|год(?:а|у|ом|ах|ам|ами|ов)?|лет|летн\w*|годичн\w*",
        "times": r"раза?|кратн\w*",
    },
    "uk": {
        "mcg": r"мкг|мікрограм\w*",
        "mg": r"мг|міліграм\w*",
        "kg": r"кг|кілограм\w*",
        "g": r"гр?\.?|грам\w*",
        "ml": r"мл|мілілітр\w*",
        "dl": r"дл",
        "l": r"л|літр\w*",
        "mmol": r"ммоль\w*",
        "iu": r"МО",
        "%": r"відсот\w*",
        "h": r"год\.?|годин\w*",
        "min": r"хв\.?|хвилин\w*",
        "sec": r"сек\.?|секунд\w*",
        "day": r"дн\.?|день|дн(?:я|ів|і|ям|ях|ями)|доб(?:а|и|у|ою)|діб|денн\w*|добов\w*",
        "week": r"тиж\.?|тижн\w*|тиждень",
        "month": r"міс\.?|місяц\w*|місяць|місячн\w*",
        "year": r"р\.|рр\.|рік|рок(?:и|ів|у|ом|ах)|році|річн\w*",
        "times": r"раз(?:и|ів)?|кратн\w*",
    },
}
_DENOMINATORS = frozenset({"g", "mg", "mcg", "kg", "ml", "dl", "l"})  # "mg/kg", "mmol/l"; "/day" is left out
_IMPLICIT = frozenset({"year", "times"})  # "under 12" is "до 12 лет", "2 times" may be "в 2 раза": unit or none
_SPACES = " \u00a0\u202f\u2009"

_DIGIT = re.compile(r"\d")
_OTHER_DIGIT = re.compile(r"(?![0-9])\d")  # Persian ۴, Arabic-Indic ٤, Devanagari ४, full-width ４…
_WORD = re.compile(r"[^\W\d_]+")
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
_ORDINAL_WORD = re.compile(r"[а-яёіїєґ']{1,3}", re.IGNORECASE)
_SLASH = re.compile(r"[^\S\n]*/[^\S\n]*")
_DASH = re.compile(r"[^\S\n]*[-‐‑‒–−~〜～][^\S\n]*|—")
_MID = re.compile(r"[^\S\n]+(\w+)[^\S\n]+")
_BEFORE = re.compile(r"(?<!\w)(\w+)[^\S\n]+$")
# A unit ends at a non-word character, or anywhere after a character of a script written without spaces
# (CJK, kana, Hangul, Thai, Lao, Khmer, Myanmar): "7日間", "7 วัน".
_UNSPACED = "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff"
_UNIT_END = rf"(?:(?<=[%.×℃℉{_UNSPACED}])|(?!\w)|(?=[{_UNSPACED}]))"
# Units of one dimension, in a common base: "7 days" is "1 week", "1000 mg" is "1 g".
_BASE: dict[str, tuple[str, Decimal]] = {
    "mcg": ("mg", Decimal("0.001")), "mg": ("mg", Decimal(1)), "g": ("mg", Decimal(1000)),
    "kg": ("mg", Decimal(1000000)), "ml": ("ml", Decimal(1)), "dl": ("ml", Decimal(100)),
    "l": ("ml", Decimal(1000)), "sec": ("sec", Decimal(1)), "min": ("sec", Decimal(60)),
    "h": ("sec", Decimal(3600)), "day": ("sec", Decimal(86400)), "week": ("sec", Decimal(604800)),
}
_DURATIONS = frozenset({"h", "day", "week", "month", "year"})  # "a week" may stand for "7 days"


@dataclass(frozen=True, slots=True)
class _Syntax:
    """How one locale writes numbers, ranges and units (compiled once per locale)."""

    start: re.Pattern[str]  # where a number begins
    number: re.Pattern[str]  # the number itself, at its start
    unit: re.Pattern[str]  # separator and unit right after a number
    unit_word: re.Pattern[str]  # a unit alone (after "/", or after "5-")
    ids: tuple[str, ...]  # group u<i> of the unit patterns -> canonical unit id
    table: Mapping[int, str | None]  # str.translate: group symbols dropped, decimal symbols -> "."
    mids: Mapping[str, frozenset[str] | None]
    starters: frozenset[str]
    vocabulary: bool  # False: the language's unit words are unknown, so a bare number may have lost one
    words: Mapping[str, int]  # number words ("three", "трёх") → value
    percent_first: bool  # CLDR writes the percent sign first ("%50" in Turkish)
    curated: bool  # stele's own unit vocabulary (en, ru, uk): every form known


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


@lru_cache(maxsize=64)
def _syntax(locale: str) -> _Syntax:
    loc = _parse_locale(locale)
    decimal, group = str(get_decimal_symbol(loc)), str(get_group_symbol(loc))
    decimals = decimal + ("." if "." not in (decimal, group) else "")
    if group in _APOSTROPHES:  # de_CH, it_CH: CLDR has moved between ' and ’; writers use both
        group = _APOSTROPHES
    groups = _SPACES if group.isspace() or group in _SPACES else group + _SPACES[1:]
    d, g = f"[{re.escape(decimals)}]", f"[{re.escape(groups)}]"
    primary, secondary = loc.decimal_formats[None].grouping  # (3, 3); (3, 2) for the lakh grouping "1,23,456"
    sizes = sorted({(3, 3), (primary, secondary)}, reverse=True)  # "12,345,678" before "1,23,45,678"
    grouped = "|".join(rf"[0-9]{{1,{b}}}(?:{g}[0-9]{{{b}}})*{g}[0-9]{{{a}}}(?![0-9])" for a, b in sizes)
    words = _LANGUAGE_UNITS.get(loc.language)
    cldr = unit_alternatives(str(loc)) if loc.language != "en" else {}
    pairs = [*_EN_UNITS.items(), *(words or {}).items(), *((u, a) for u, a in cldr.items() if a)]
    alternation = "|".join(f"(?P<u{i}>{alternatives})" for i, (_, alternatives) in enumerate(pairs))
    mids = RANGE_WORDS.get(loc.language, {})
    starters = frozenset(w for pres in mids.values() if pres for w in pres) | STARTERS.get(loc.language, frozenset())
    return _Syntax(
        start=re.compile(rf"[0-9]|(?<![\w.,]){d}(?=[0-9])"),
        number=re.compile(rf"(?:{grouped}|[0-9]+)?(?:{d}[0-9]+)?"),
        unit=re.compile(rf"(?:-|[^\S\n]*)(?:{alternation}){_UNIT_END}", re.IGNORECASE),
        unit_word=re.compile(rf"(?:{alternation}){_UNIT_END}", re.IGNORECASE),
        ids=tuple(unit for unit, _ in pairs),
        table=str.maketrans(dict.fromkeys(groups, None) | dict.fromkeys(decimals, ".")),
        mids=mids,
        starters=starters,
        vocabulary=words is not None or bool(cldr),
        words=_with_plain_e(number_words(loc.language)),
        curated=words is not None,
        percent_first=str(loc.percent_formats[None].pattern).lstrip("\u200e\u200f\u061c").startswith("%"),
    )


def _with_plain_e(words: Mapping[str, int]) -> dict[str, int]:
    """Russian writes ё as е as often as not: "трёх" and "трех" are both three."""
    return {**{w.replace("ё", "е"): v for w, v in words.items()}, **words}


def _blank(text: str) -> str:
    """Text with link targets, URLs, tags and placeholders replaced by spaces (offsets kept)."""
    return _IGNORED.sub(lambda m: " " * len(m.group()), text)


def _unit(text: str, pos: int, syn: _Syntax) -> tuple[str | None, int]:
    """The canonical unit written at ``pos`` (right after a number) and where it ends."""
    m = syn.unit.match(text, pos)
    if m is None or m.lastgroup is None:
        return None, pos
    unit = syn.ids[int(m.lastgroup[1:])]
    slash = _SLASH.match(text, m.end())
    if slash is not None:
        per = syn.unit_word.match(text, slash.end())
        if per is not None and per.lastgroup is not None and syn.ids[int(per.lastgroup[1:])] in _DENOMINATORS:
            return f"{unit}/{syn.ids[int(per.lastgroup[1:])]}", per.end()
    return unit, m.end()


def _number(text: str, pos: int, syn: _Syntax) -> _Atom:
    """The number starting at ``pos`` with its unit, or with an ordinal suffix ("1st", "2-й") dropped."""
    m = syn.number.match(text, pos)
    assert m is not None and m.end() > pos, "a number starts here"
    low = Decimal(m.group().translate(syn.table))
    unit, end = _unit(text, m.end(), syn)
    if unit is None and syn.percent_first and text[pos - 1 : pos] == "%":
        return _Atom(low, None, "%", pos - 1, end)
    if unit is None and (ordinal := _ORDINAL.match(text, end)) is not None:
        end = ordinal.end()
    return _Atom(low, None, unit, pos, end)


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
    """Numbers written as words ("three", "трёх"), each with the unit right after it."""
    atoms: list[_Atom] = []
    for m in _WORD.finditer(text):
        value = syn.words.get(m.group().casefold())
        if value is not None:
            unit, end = _unit(text, m.end(), syn)
            atoms.append(_Atom(Decimal(value), None, unit, m.start(), end, word=True))
    return atoms


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


def _tokens(text: str, locale: str, *, words: bool = True) -> tuple[list[Quantity], list[tuple[str, int]]]:
    syn = _syntax(locale)
    if _OTHER_DIGIT.search(text):
        text = _DIGIT.sub(lambda m: str(unicodedata.decimal(m.group())), text)
    clean = _blank(text)
    atoms, names = _scan(clean, syn)
    if words and syn.words:
        atoms = sorted(atoms + _word_atoms(clean, syn), key=lambda a: a.start)
    found = [
        Quantity(a.low, a.high, a.unit, text[a.start : a.end], a.start, a.word, unit_before=a.unit_before)
        for a in _ranges(clean, atoms, syn)
    ]
    return found, [(text[start:end], start) for start, end in names]


# Comparison ---------------------------------------------------------------------------------------------

_Problem = tuple[int, int, str, str]  # (0: at a source / 1: at a translation position, offset, message, severity)
_MISSING, _EXTRA = "is missing from the translation", "is in the translation but not in the source"


def _value(q: Quantity) -> str:
    return "–".join(format(d.normalize(), "f") for d in (q.low, q.high) if d is not None)


def _digits(d: Decimal) -> str:
    return format(d, "f").replace(".", "")


def _same_values(s: Quantity, t: Quantity) -> bool:
    return s.low == t.low and s.high == t.high


def _calendar(q: Quantity) -> bool:
    """Whether "2020 г." may be a year (not 2020 grams): the other side has a bare 2020."""
    return q.unit == "g" and q.high is None and q.low == int(q.low) and 1000 <= q.low < 2200


def _tolerated(s: Quantity, t: Quantity, wild_s: bool, wild_t: bool) -> bool:
    """Same values, and a unit that one side may leave implicit."""
    if not _same_values(s, t) or (s.unit is not None and t.unit is not None):
        return False
    if (s.unit is None and wild_s) or (t.unit is None and wild_t) or (t.unit is None and t.unit_before == s.unit):
        return True
    other = s if s.unit is not None else t
    return other.unit in _IMPLICIT or _calendar(other)


def _collapsed(s: Quantity, t: Quantity) -> bool:
    return s.high is not None and t.high is None and _digits(s.low) + _digits(s.high) == _digits(t.low)


def _lost_end(s: Quantity, t: Quantity) -> bool:
    return s.high is not None and t.high is None and t.low in (s.low, s.high) and t.unit in (s.unit, None)


def _became(note: Callable[[Quantity, Quantity], str]) -> Callable[[Quantity, Quantity], str]:
    return lambda s, t: f'"{s.text}" became "{t.text}" ({note(s, t)})'


_changed = _became(lambda s, t: f"value changed: {_value(s)} → {_value(t)}")


# Leftovers are paired by the first rule that fits, in this order; what stays unpaired is missing or extra.
_DIAGNOSES: tuple[tuple[Callable[[Quantity, Quantity], bool], Callable[[Quantity, Quantity], str]], ...] = (
    (_same_values, _became(lambda s, t: f"unit changed: {s.unit or 'none'} → {t.unit or 'none'}")),
    (_collapsed, _became(lambda s, t: "the range is collapsed into one number")),
    (_lost_end, _became(lambda s, t: "the range lost an end")),
    (lambda s, t: s.unit == t.unit and (s.high is None) == (t.high is None), _changed),
    (lambda s, t: s.unit == t.unit, _changed),
)


def _key(q: Quantity) -> tuple[Decimal, Decimal | None, str | None]:
    """A quantity in its dimension's base unit: "7 days" and "1 week" have one key."""
    unit, factor = _BASE.get(q.unit or "", (q.unit, Decimal(1)))
    return (q.low * factor, q.high * factor if q.high is not None else None, unit)


def _unmatched(source: list[Quantity], translation: list[Quantity]) -> tuple[list[Quantity], list[Quantity]]:
    """Remove the quantities found identically on both sides (as multisets)."""
    pool: defaultdict[tuple[Decimal, Decimal | None, str | None], list[Quantity]] = defaultdict(list)
    for t in reversed(translation):
        pool[_key(t)].append(t)
    left: list[Quantity] = []
    for s in source:
        bucket = pool.get(_key(s))
        if bucket:
            bucket.pop()
        else:
            left.append(s)
    return left, sorted((t for bucket in pool.values() for t in bucket), key=lambda q: q.start)


def _pair(
    source: list[Quantity], translation: list[Quantity], fits: Callable[[Quantity, Quantity], bool]
) -> list[tuple[Quantity, Quantity]]:
    """Pair each source quantity with the first translation quantity that fits; paired ones are removed."""
    pairs: list[tuple[Quantity, Quantity]] = []
    for s in list(source):
        t = next((t for t in translation if fits(s, t)), None)
        if t is not None:
            source.remove(s)
            translation.remove(t)
            pairs.append((s, t))
    return pairs


def _sure(*quantities: Quantity) -> str:
    """Error when a unit or a range is at stake (a dose); a bare number may be a date, a version, an example."""
    return "error" if any(q.unit is not None or q.high is not None for q in quantities) else "warning"


def _pair_severity(s: Quantity, t: Quantity, curated: bool) -> str:
    """A unit added next to the same value is a warning; one dropped is an error where stele knows every form
    of the language's units (en, ru, uk), a warning where CLDR's forms may miss an inflection."""
    if _same_values(s, t) and (s.unit is None or t.unit is None):
        return "error" if curated and t.unit is None else "warning"
    return _sure(s, t)


def _split_ranges(ranges: list[Quantity], other: list[Quantity]) -> None:
    """A range on one side whose two ends the other side has apart ("from 1 (lowest) to 95 (highest)")."""
    for r in [q for q in ranges if q.high is not None]:
        ends = [next((q for q in other if q.high is None and q.unit in (None, r.unit) and q.low == v), None)
                for v in (r.low, r.high)]
        if ends[0] is not None and ends[1] is not None and ends[0] is not ends[1]:
            ranges.remove(r)
            other.remove(ends[0])
            other.remove(ends[1])


def _quantity_problems(
    source: list[Quantity], translation: list[Quantity], wild_s: bool, wild_t: bool, curated: bool = False
) -> list[_Problem]:
    left_s, left_t = _unmatched(source, translation)
    # A number in words counts where it matches; alone and bare ("one of", "no one") it says nothing.
    left_s = [q for q in left_s if not q.implied and (not q.word or _sure(q) == "error")]
    left_t = [q for q in left_t if not q.implied and (not q.word or _sure(q) == "error")]
    _pair(left_s, left_t, lambda s, t: _tolerated(s, t, wild_s, wild_t))
    _split_ranges(left_s, left_t)
    _split_ranges(left_t, left_s)
    problems: list[_Problem] = []
    for fits, message in _DIAGNOSES:
        problems += [(0, s.start, message(s, t), _pair_severity(s, t, curated)) for s, t in _pair(left_s, left_t, fits)]
    # With no digit left in the translation, the numbers may be written in words stele does not know.
    lost = "error" if any(not t.word for t in translation) else "warning"
    problems += [
        (0, s.start, f'"{s.text}" {_MISSING}', _sure(s) if lost == "error" else lost) for s in left_s if not s.word
    ]
    # Added numbers are noted, not errors: a 24-hour clock for "6 p.m.", an example, a date format.
    problems += [(1, t.start, f'"{t.text}" {_EXTRA}', "warning") for t in left_t if not t.word]
    return problems


def _surplus(names: list[tuple[str, int]], other: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The names in ``names`` that ``other`` does not match one for one (case aside)."""
    pool = Counter(text.casefold() for text, _ in other)
    left: list[tuple[str, int]] = []
    for text, start in names:
        if pool[text.casefold()] > 0:
            pool[text.casefold()] -= 1
        else:
            left.append((text, start))
    return left


def _name_problems(source: list[tuple[str, int]], translation: list[tuple[str, int]]) -> list[_Problem]:
    """Names with numbers ("7-hydroxymitragynine") must be kept as written."""
    missing = [(0, at, f'"{text}" {_MISSING}') for text, at in _surplus(source, translation)]
    extra = [(1, at, f'"{text}" {_EXTRA}') for text, at in _surplus(translation, source)]
    return [(side, at, f"{message} (a name with a number)", "warning") for side, at, message in missing + extra]


def _implied(text: str, locale: str) -> list[Quantity]:
    """Duration words with no number before them ("a week", "daily"): one of the unit each."""
    syn, clean = _syntax(locale), _blank(text)
    found: list[Quantity] = []
    for m in syn.unit_word.finditer(clean):
        unit = syn.ids[int(m.lastgroup[1:])] if m.lastgroup else None
        before = clean[: m.start()].rstrip(_SPACES + "-")
        start_ok = m.start() == 0 or not clean[m.start() - 1].isalnum() or re.match(f"[{_UNSPACED}]", m.group())
        if unit in _DURATIONS and start_ok and not before[-1:].isdigit():
            found.append(Quantity(Decimal(1), None, unit, m.group(), m.start(), word=True, implied=True))
    return found


def _named_counts(
    source: list[Quantity], added: list[tuple[str, int]], names: list[tuple[str, int]]
) -> tuple[list[Quantity], list[tuple[str, int]]]:
    """"2x" written as a word with its number ("2-facher", "2-кратный"): both sides kept the 2."""
    for text, start in added:
        value = Decimal(re.match(r"[0-9]+", text).group())  # type: ignore[union-attr]
        match = next((q for q in source if q.high is None and q.unit in (None, "times") and q.low == value), None)
        if match is not None:
            source = [q for q in source if q is not match]
            names = [n for n in names if n != (text, start)]
    return source, names


def compare_numbers(source: str, translation: str, *, target_locale: str, source_locale: str = "en") -> list[str]:
    """Problems (human-readable, one per mismatch, deterministic order); empty when every quantity survives."""
    return [p.text for p in number_problems(source, translation, target_locale=target_locale,
                                            source_locale=source_locale)]


def number_problems(
    source: str, translation: str, *, target_locale: str, source_locale: str = "en"
) -> list[NumberProblem]:
    """compare_numbers' problems, each with its severity."""
    if _DIGIT.search(source) is None and _DIGIT.search(translation) is None:
        return []
    problems = _compare(source, translation, target_locale, source_locale, words=False)
    if problems and (_syntax(target_locale).words or _syntax(source_locale).words):
        problems = _compare(source, translation, target_locale, source_locale, words=True)  # "three grams"
    return [NumberProblem(message, severity) for _, _, message, severity in sorted(problems)]


def _compare(source: str, translation: str, target_locale: str, source_locale: str, *, words: bool) -> list[_Problem]:
    src, src_names = _tokens(source, source_locale, words=words)
    tgt, tgt_names = _tokens(translation, target_locale, words=words)
    if any(q.unit in _DURATIONS for q in src):
        tgt += _implied(translation, target_locale)
    if any(q.unit in _DURATIONS for q in tgt if not q.implied):
        src += _implied(source, source_locale)
    src, tgt_names = _named_counts(src, _surplus(tgt_names, src_names), tgt_names)
    wild_s, wild_t = not _syntax(source_locale).vocabulary, not _syntax(target_locale).vocabulary
    curated = _syntax(target_locale).curated
    return _quantity_problems(src, tgt, wild_s, wild_t, curated) + _name_problems(src_names, tgt_names)
