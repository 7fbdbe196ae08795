"""Number tokens: find the numbers, ranges and units of a text, locale-aware, as Quantities."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.numbers import get_decimal_symbol, get_group_symbol

from stele.locales import cldr_locale
from stele.rules.number_vocabulary import RANGE_WORDS, STARTERS, number_words, unit_alternatives

__all__ = ["BASE", "DIGIT", "DURATIONS", "IMPLICIT", "Quantity", "implied", "syntax", "tokens"]


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
IMPLICIT = frozenset({"year", "times"})  # "under 12" is "до 12 лет", "2 times" may be "в 2 раза": unit or none
_SPACES = " \u00a0\u202f\u2009"

DIGIT = re.compile(r"\d")
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
# Units of one dimension, in a common base: "7 days" is "1 week", "1000 mg" is "1 g".
BASE: dict[str, tuple[str, Decimal]] = {
    "mcg": ("mg", Decimal("0.001")), "mg": ("mg", Decimal(1)), "g": ("mg", Decimal(1000)),
    "kg": ("mg", Decimal(1000000)), "ml": ("ml", Decimal(1)), "dl": ("ml", Decimal(100)),
    "l": ("ml", Decimal(1000)), "sec": ("sec", Decimal(1)), "min": ("sec", Decimal(60)),
    "h": ("sec", Decimal(3600)), "day": ("sec", Decimal(86400)), "week": ("sec", Decimal(604800)),
}
DURATIONS = frozenset({"h", "day", "week", "month", "year"})  # "a week" may stand for "7 days"


@dataclass(frozen=True, slots=True)
class _Syntax:
    """How one locale writes numbers, ranges and units (compiled once per locale)."""

    start: re.Pattern[str]  # where a number begins
    number: re.Pattern[str]  # the number itself, at its start
    unit_word: re.Pattern[str]  # a unit alone (after "/", or after "5-")
    ids: tuple[str, ...]  # group u<i> of the unit pattern -> canonical unit id
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


@lru_cache(maxsize=512)
def syntax(locale: str) -> _Syntax:
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


def tokens(text: str, locale: str, *, words: bool = True) -> tuple[list[Quantity], list[tuple[str, int]]]:
    syn = syntax(locale)
    if _OTHER_DIGIT.search(text):
        text = DIGIT.sub(lambda m: str(unicodedata.decimal(m.group())), text)
    clean = _blank(text)
    atoms, names = _scan(clean, syn)
    if words and syn.words:
        atoms = sorted(atoms + _word_atoms(clean, syn), key=lambda a: a.start)
    found = [
        Quantity(a.low, a.high, a.unit, text[a.start : a.end], a.start, a.word, unit_before=a.unit_before)
        for a in _ranges(clean, atoms, syn)
    ]
    return found, [(text[start:end], start) for start, end in names]


def implied(text: str, locale: str) -> list[Quantity]:
    """Duration words with no number before them ("a week", "daily"): one of the unit each."""
    syn, clean = syntax(locale), _blank(text)
    found: list[Quantity] = []
    for m in syn.unit_word.finditer(clean):
        unit = syn.ids[int(m.lastgroup[1:])] if m.lastgroup else None
        before = clean[: m.start()].rstrip(_SPACES + "-")
        start_ok = m.start() == 0 or not clean[m.start() - 1].isalnum() or re.match(f"[{_UNSPACED}]", m.group())
        if unit in DURATIONS and start_ok and not before[-1:].isdigit():
            found.append(Quantity(Decimal(1), None, unit, m.group(), m.start(), word=True, implied=True))
    return found
