"""Numbers in words: a language's one-word number names (num2words, in every case and gender it knows), the words
that multiply the number before them ("thousand", «тысяч»), and the compounds written with them — «двадцать пять»
(25), "twenty-five", «две тысячи пятьсот» (2,500), "one hundred and five", «полторы тысячи» — read as one value."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from babel import Locale, UnknownLocaleError

from stele.rules.cldr_numbers import number_data
from stele.rules.number_forms import number_forms
from stele.rules.number_vocabulary import RANGE_WORDS

# The cases and genders num2words' converter of each language takes, as it spells them (Russian says "prepositional"
# and "f"; Ukrainian "locative" and "feminine", and takes any other gender as masculine).
_CASES = ("nominative", "genitive", "dative", "accusative", "instrumental")
INFLECTIONS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "ru": ((*_CASES, "prepositional"), ("m", "f", "n")),
    "uk": ((*_CASES, "locative"), ("masculine", "feminine")),
}
# The values whose one-word names are read: 0 to 100 (a language that writes 25 as one word, "veinticinco", has it
# here), and the hundreds (Russian «двести», «пятьсот»); larger numbers are compounds of these.
_VALUES = (*range(101), *range(200, 1000, 100))
_BASES = (100, 1000, 10**6)  # what a multiplier word multiplies by
# A word, with the apostrophes inside it (Ukrainian "п’ять", "дев'ять"): ', ’ and ʼ are all written.
WORD = re.compile(r"[^\W\d_]+(?:['\u2019\u02bc][^\W\d_]+)*")
_WORD_PART = re.compile(r"[^\W\d_]+")
_ONE_APOSTROPHE = str.maketrans("\u2019\u02bc", "''")


def word_key(word: str) -> str:
    """A word as the number words are looked up: case-folded, its apostrophes all "'"."""
    folded = word.casefold()
    return folded.translate(_ONE_APOSTROPHE) if "\u2019" in folded or "\u02bc" in folded else folded


def name_key(name: str) -> str:
    """A name num2words wrote, as ``word_key`` reads a word (composed: NFC)."""
    return word_key(unicodedata.normalize("NFC", name))


def word_matches(text: str, words: Mapping[str, int | Decimal]) -> Iterator[re.Match[str]]:
    """The number words of ``text``: a word with apostrophes whole ("п’ять"), else its parts (French "l'un")."""
    for m in WORD.finditer(text):
        key = word_key(m.group())  # its apostrophes all "'"
        if key in words:
            yield m
        elif "'" in key:
            yield from (p for p in _WORD_PART.finditer(text, m.start(), m.end()) if word_key(p.group()) in words)


def whole(value: Decimal) -> Decimal:
    """1500, not 1500.0, for «полторы тысячи»."""
    return Decimal(int(value)) if value == int(value) else value


ORDINAL_LANGUAGES = frozenset(("en", "ru", "uk"))  # num2words spells their ordinals, pymorphy3 inflects ru and uk
_HIGHEST_ORDINAL = 20  # a course's days and weeks, a dose's order


@lru_cache(maxsize=8)
def ordinal_words(language: str) -> dict[str, int]:
    """The ordinal words of 1 to 20 in ``language`` ("first", «второй»), in every case, gender and number (not
    the superlative «первейший»), casefolded, ё also as е → value."""
    from num2words import num2words

    words: dict[str, int] = {}
    for value in range(1, _HIGHEST_ORDINAL + 1):
        word = str(num2words(value, to="ordinal", lang=language))
        forms = {word}
        if language in INFLECTIONS:
            from stele.rules.morphology import analyzer

            forms |= {form.word for form in analyzer(language).parse(word)[0].lexeme if "Supr" not in form.tag}
        for form in forms:
            key = form.casefold()
            words[key] = words[key.replace("ё", "е")] = value
    return words


def converter(language: str) -> Callable[..., object] | None:
    """num2words, where it spells ``language`` (as ``spelling_language`` names it)."""
    try:
        from num2words import CONVERTER_CLASSES, num2words
    except ImportError:  # pragma: no cover - a dependency
        return None
    return num2words if language in CONVERTER_CLASSES else None


def spelling_language(language: str) -> str:
    """``language`` as num2words names it (Norwegian Bokmål and Nynorsk: "no")."""
    return {"nb": "no", "nn": "no"}.get(language, language)


@lru_cache(maxsize=256)
def number_words(language: str, dictionary: bool = True) -> dict[str, int]:
    """One-word number names (casefolded) → value: 0 to 100 and the hundreds, in every case and gender num2words
    knows (a value whose plain name is two words has no one-word forms: they are not asked for), and the forms of
    CLDR's spellout rules (``number_forms``: "une", "una", "duas"; where num2words has no cases and genders of its
    own); with ``dictionary``, the forms pymorphy3 adds (``_numeral_forms``)."""
    language = spelling_language(language)
    convert = converter(language)
    if convert is None:
        return {}
    found: dict[str, set[int]] = {}
    for value in _VALUES:
        for name in _names(convert, value, language):
            if name and " " not in name and not any(ch.isdigit() for ch in name):
                found.setdefault(name_key(name), set()).add(value)
                for form in _numeral_forms(name, language) if dictionary else ():
                    found.setdefault(form, set()).add(value)
    for form, value in number_forms(language).items() if language not in INFLECTIONS else ():
        found.setdefault(form, set()).add(value)  # "une", "duas", «две»: the forms num2words does not write
    return {name: next(iter(values)) for name, values in found.items() if len(values) == 1}


def _numeral_forms(name: str, language: str) -> list[str]:
    """The forms pymorphy3's dictionary gives a Ukrainian numeral: the standard oblique cases of the hundreds, where
    num2words writes others («п’ятисот», «трьохсот»; num2words has «п'ятиста»). Russian needs none (num2words has
    each of its forms: tests/test_number_compounds.py), and so loads no dictionary for them."""
    if language != "uk":
        return []
    from stele.rules.morphology import analyzer

    parses = [parse for parse in analyzer(language).parse(name) if "NUMR" in parse.tag]
    return [name_key(form.word) for form in parses[0].lexeme] if parses else []


@lru_cache(maxsize=256)
def multipliers(language: str) -> dict[str, int]:
    """Words that multiply the number before them (casefolded) → by what: the last word of num2words' names of two
    and five hundred, thousand and million ("hundred", «тысячи», «тысяч», «миллиона»), in every case and gender, and
    a thousand or a million named by one word ("mille", «тысяча» is «одна тысяча»: one of the former)."""
    language = spelling_language(language)
    convert = converter(language)
    if convert is None:
        return {}
    plain = number_words(language)
    found: dict[str, int] = {}
    for base in _BASES:
        for count in (1, 2, 5):
            for name in _names(convert, count * base, language):
                words = name.split()
                if len(words) > 1 or (count == 1 and base > 100):
                    word = name_key(words[-1])
                    if word.isalpha() and word not in plain:
                        found.setdefault(word, base)
    return {**abbreviations(language), **found}


@lru_cache(maxsize=256)
def abbreviations(language: str) -> dict[str, int]:
    """The multipliers CLDR's short compact formats of the language write after a number, of three letters or
    more, up to a billion (Russian «10 тыс.», «2 млн», German "2 Mio."; not "10K", nor French "10 k"), casefolded,
    without a dot: read only after digits (alone, German "Bio" is organic, not a trillion)."""
    try:
        formats = number_data(Locale.parse(language))["compact_decimal_formats"]["short"]
    except (UnknownLocaleError, ValueError, KeyError):
        return {}
    found: dict[str, int] = {}
    for patterns in formats.values():
        for magnitude, pattern in patterns.items():
            shown = str(getattr(pattern, "pattern", pattern))
            zeros, _, word = shown.partition("\u00a0")
            word = name_key(word.replace("'", "").rstrip("."))
            if zeros.strip("0") == "" and zeros and word.isalpha() and len(word) >= 3 and int(magnitude) <= 10**9:
                found.setdefault(word, int(magnitude) // 10 ** (len(zeros) - 1))
    return found


@lru_cache(maxsize=256)
def joiners(language: str) -> frozenset[str]:
    """Words between the parts of a compound ("one hundred and five", Portuguese "vinte e cinco"): a word of
    num2words' names of 105 and 25 that is no number, between two that are."""
    language = spelling_language(language)
    convert = converter(language)
    if convert is None:
        return frozenset()
    numbers = {**number_words(language), **multipliers(language)}
    found: set[str] = set()
    for value in (105, 25, 35, 2500):
        name = str(convert(value, lang=language))
        words = [name_key(word) for word in re.split(r"[\s-]+", name.replace(",", " , ")) if word]
        found.update(word for before, word, after in zip(words, words[1:], words[2:], strict=False)
                     if word not in numbers and before in numbers and after in numbers)
    return frozenset(found)


@lru_cache(maxsize=256)
def compounding(language: str) -> bool:
    """Whether ``compounds`` reads num2words' own names of a sample of numbers as those numbers (in each case
    num2words declines them in): where it does not (French «quatre-vingt-treize», Spanish "ciento cinco"), each
    number word is read alone, as a number of its own."""
    convert = converter(spelling_language(language))
    words = {**number_words(language), **multipliers(language)}
    if convert is None or not words:
        return False
    joining = joiners(language)
    for value in (21, 25, 99, 105, 250, 999, 2000, 2500, 10000, 25000, 100000, 2500000):
        for name in _names(convert, value, spelling_language(language)):
            if any(key not in words and key not in joining for key in map(name_key, WORD.findall(name))):
                return False
            made = name_compounds(name, language, words)
            if len(made) != 1 or made[0].value != value:
                return False
    return True


def name_compounds(name: str, language: str, words: Mapping[str, int | Decimal]) -> list[Compound]:
    """``compounds`` of the ``words`` in ``name``, a name num2words wrote in ``language`` (its self-tests: a sample
    of numbers, of decimals)."""
    found = [(m.start(), m.end(), key) for m in WORD.finditer(name) if (key := name_key(m.group())) in words]
    return compounds(name, found, words, multipliers(language), joiners(language))


def _names(convert: Callable[..., object], value: int, language: str) -> Iterator[str]:
    try:
        plain = str(convert(value, lang=language))
    except (NotImplementedError, ValueError, TypeError, KeyError, OverflowError):
        return
    yield plain
    cases, genders = INFLECTIONS.get(language, ((), ()))
    if " " in plain and value < 100:
        return  # its inflected forms are two words too: no one-word name, nor a multiplier, to find in them
    for case in cases:
        for gender in genders:
            try:
                yield str(convert(value, lang=language, case=case, gender=gender))
            except (NotImplementedError, ValueError, TypeError, KeyError):
                continue


@dataclass(slots=True)
class Compound:
    """Number words read as one number: where it is written, its value, and how it was made."""

    start: int
    end: int
    total: Decimal  # what its multipliers of a thousand or more have made
    current: Decimal  # the part after them
    last: Decimal  # its last term: what the next word may add to (twenty, then five)
    key: str  # its last word (casefolded): a fraction, a "twice"…
    scale: Decimal | None  # the multiplier it starts with («тысяч» in «10 тысяч»: the digits before it multiply)
    words: int = 1
    alone: bool = True  # False: an abbreviation alone («тыс.»), a number only after digits
    per: Decimal | None = None  # the multiplier it ends with («шести тысяч»), which a range's low end may share

    @property
    def value(self) -> Decimal:
        return whole(self.total + self.current)


def compounds(text: str, found: Sequence[tuple[int, int, str]], words: Mapping[str, int | Decimal],
              scales: Mapping[str, int], joining: frozenset[str], alone: Collection[str] = (),
              abbreviated: Collection[str] = ()) -> list[Compound]:
    """The number words ``found`` in ``text`` (start, end, key), adjacent ones read as one number where they make
    one: a smaller part after a round one (twenty-five, сто пять, две тысячи пятьсот), a multiplier after a number
    smaller than it (две тысячи, fifteen hundred). "twenty-thirty" stays two numbers (a range), as do «пять пять»
    and the words of ``alone`` ("twice"); an ``abbreviated`` multiplier («тыс.») starts one, never joins one."""
    made: list[Compound] = []
    for start, end, key in found:
        value = Decimal(words[key])
        scale = scales.get(key)
        gap = text[made[-1].end: start] if made else ""
        if made and key not in alone and made[-1].key not in alone and key not in abbreviated \
                and _joined(gap, joining, made[-1]) and not (gap == "-" and scale is not None) \
                and _grows(made[-1], value, scale):  # «пятьсот-тысячу» is a range, 500 to 1,000
            _add(made[-1], value, scale, end, key)
            continue
        if scale is not None:
            big = Decimal(scale) if scale > 100 else Decimal(0)
            short = key in abbreviated
            if short and text[end: end + 1] == ".":  # «тыс.»: its dot with it
                end += 1
            made.append(Compound(start, end, big, Decimal(scale) - big, Decimal(scale), key, Decimal(scale),
                                 alone=not short, per=Decimal(scale) if scale > 100 else None))
        else:
            made.append(Compound(start, end, Decimal(0), value, value, key, None))
    return made


def _joined(gap: str, joining: frozenset[str], made: Compound) -> bool:
    """Whether ``gap`` joins a word to the number ``made``: blanks, a hyphen alone ("twenty-five"; "ten - twenty" is
    a range), a joining word between blanks ("hundred and five"), or a comma after a thousand where the language
    writes one there ("two thousand, five hundred")."""
    if gap == "-" or (gap.isspace() and "\n" not in gap):
        return True
    parts = gap.split()
    if gap[:1] == "," and gap[1:].isspace() and "," in joining:
        return made.current == 0 and made.total > 0
    return len(parts) == 1 and parts[0].casefold() in joining and gap[:1].isspace() and gap[-1:].isspace()


def _grows(made: Compound, value: Decimal, scale: int | None) -> bool:
    """Whether the word of ``value`` (a multiplier by ``scale``) goes on the number ``made`` so far."""
    if scale is not None:  # after a larger one: «два миллиона пятьсот тысяч» is one number, «две тысячи пять тысяч» two
        return 0 < made.current < scale and (scale == 100 or made.total % (scale * 1000) == 0)
    if value != int(value) or value <= 0 or made.last != int(made.last):
        return False
    size = 10 ** len(str(int(value)))  # 10 for five, 100 for twenty, 1000 for five hundred
    return made.last % size == 0 and made.last >= size and not (size == 10 and made.last == 10)


def _add(made: Compound, value: Decimal, scale: int | None, end: int, key: str) -> None:
    made.per = None
    if scale is None:
        made.current += value
        made.last = value
    elif scale > 100:
        made.last = made.current * scale
        made.total += made.last
        made.current = Decimal(0)
        made.per = Decimal(scale)
    else:
        made.current *= scale
        made.last = made.current
    made.end, made.key, made.words = end, key, made.words + 1


def multiplier_after(text: str, end: int, after: Compound | None) -> Decimal | None:
    """The multiplier right after a number's "and a half" that ends at ``end`` («двух с половиной тысяч»: the group
    ``after`` is the multiplier alone, or the half's own word with it, as «половиной тысяч» reads as one group)."""
    if after is None:
        return None
    if after.start >= end:
        return after.scale if after.words == 1 and text[end: after.start].isspace() else None
    return after.per if after.words == 2 and after.end > end else None


_NEXT_WORD = re.compile(rf"(?:[^\S\n]+|-)({WORD.pattern})")  # «двадцять п’ятий»: with its apostrophe


def ordinal_tail(text: str, made: Compound, language: str) -> bool:
    """Whether an ordinal word right after the number ``made`` goes on it («двадцать первый» 21, «две тысячи
    двадцатом году» 2020, "twenty-first"), and if so ``made`` with it: a number's last word read alone said less
    than it (20 for «двадцать первый»). Asked only after a round number (twenty, a thousand), where one can."""
    if language not in ORDINAL_LANGUAGES or made.last < 20 or made.last % 10:
        return False
    after = _NEXT_WORD.match(text, made.end)
    value = ordinal_words(language).get(word_key(after.group(1))) if after is not None else None
    if after is None or value is None or not _grows(made, Decimal(value), None):
        return False
    _add(made, Decimal(value), None, after.end(), word_key(after.group(1)))
    return True


@lru_cache(maxsize=8)
def _ordinal_span(language: str) -> re.Pattern[str] | None:
    """«с X по Y»: the range words' «по» (``RANGE_WORDS``) between two words, the word before the first one it takes."""
    starters = RANGE_WORDS.get(language, {}).get("по")
    if not starters or language not in ORDINAL_LANGUAGES:
        return None
    first = "|".join(sorted(starters, key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])(?:{first})\s+({WORD.pattern})\s+по\s+({WORD.pattern})", re.IGNORECASE)


def ordinal_ranges(text: str, language: str) -> list[tuple[int, int, int, int]]:
    """Each range of days said by two ordinal words, «с первого по пятый», «з першого по п’ятий» (start, end, low,
    high: a range's low end below its high end)."""
    span = _ordinal_span(language)
    if span is None or " по " not in text:
        return []
    table = ordinal_words(language)
    found = []
    for m in span.finditer(text):
        low, high = table.get(word_key(m.group(1))), table.get(word_key(m.group(2)))
        if low is not None and high is not None and low < high:
            found.append((m.start(), m.end(), low, high))
    return found
