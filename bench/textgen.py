"""Deterministic text for the benchmark: English-like source sentences and a Cyrillic pseudo-translation.

Everything here is driven by a ``random.Random`` passed in by the caller, so the same seed gives the
same text. The source vocabulary is a few hundred real words plus a Zipf-distributed long tail of
made-up words, so fuzzy matchers see realistic word diversity. The "translation" maps each word to a
fixed Cyrillic pseudo-word and keeps numbers, placeholders and markup exactly as they are.
"""

from __future__ import annotations

import hashlib
import itertools
import random
import re
from bisect import bisect
from functools import cache

COMMON_WORDS = """
the of and to in is for that with as on are be this it by from or can your you at may an not have
more when their which about some other also if has will these its what into how they than body
muscle muscles pain relief soreness recovery exercise workout training rest sleep water dose doses
dosage grams milligrams daily morning evening before after during between without health healthcare
professional doctor provider advice safety safe risk risks effect effects side reaction reactions
symptom symptoms condition conditions treatment therapy medication medications herb herbal plant
leaf leaves powder capsule capsules tea extract strain strains natural remedy remedies research
study studies evidence result results report reports user users people person individual
individuals patient patients tolerance response responses level levels amount amounts small large
higher lower moderate strong mild severe chronic acute common rare regular careful important
essential crucial helpful useful possible potential effective different specific general personal
physical mental emotional social active daily weekly monthly long short time times day days week
weeks month months year years hour hours minute minutes moment start starting begin stop stopping
continue increase decrease reduce reducing improve improving support supporting help helping
prevent preventing avoid avoiding manage managing monitor check read write save open close change
update remove delete add create select choose show hide file files folder page pages article
articles section sections list item items table column setting settings option options account
profile password email address message messages language languages translation translations version
download upload search filter sort error errors warning warnings notice note notes summary details
information guide guides question questions answer answers problem problems issue issues step steps
process method approach routine routines habit habits diet food foods meal meals protein vitamin
minerals stretch stretching walk walking run running swim swimming yoga strength balance
flexibility inflammation fibers tissue joints joint back neck shoulder knee legs arms heart blood
pressure stress anxiety nausea insomnia fatigue headache dizziness digestion appetite energy focus
mood always never often usually sometimes rarely only just even still already again once twice
first second third next last new old good better best right left full empty free open consult
consider discuss follow record track measure compare understand explain describe
""".split()  # noqa: SIM905

_SYLLABLES = (  # noqa: SIM905
    "ba be bi bo bu ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu ra re ri ro ru sa se si so su "
    "ta te ti to tu va ve vi vo vu za ze zi zo zu dra tre pli sto gra fle"
).split()

_LATIN_TO_CYRILLIC = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "абкдефгхийклмнопкрстуввкызАБКДЕФГХИЙКЛМНОПКРСТУВВКЫЗ",
)
_SUFFIXES = ("", "а", "ы", "ой", "ами", "ение", "ость", "ать", "ский", "ия")

# Spans a translation must keep byte for byte: placeholders, markup, links, numbers with units.
PROTECTED = re.compile(r"%\(\w+\)[sd]|%[sdu]|\{\w*\}|<[^>]*>|\]\([^)]*\)|`[^`]*`|https?://\S+|#[\w-]+|\d+(?:[.,-]\d+)*")
_WORD = re.compile(r"[A-Za-z]+")


class Vocabulary:
    """Source words with Zipf weights: the common words first, then a long tail of made-up words."""

    def __init__(self, rng: random.Random, tail_size: int = 8000) -> None:
        made_up: set[str] = set()
        while len(made_up) < tail_size:
            word = "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4)))
            if word not in COMMON_WORDS:
                made_up.add(word)
        self.words: list[str] = list(dict.fromkeys(COMMON_WORDS)) + sorted(made_up)
        rng.shuffle(self.words[len(COMMON_WORDS) // 2 :])
        weights = (1.0 / (rank + 8) for rank in range(len(self.words)))
        self._cumulative = list(itertools.accumulate(weights))

    def word(self, rng: random.Random) -> str:
        return self.words[bisect(self._cumulative, rng.random() * self._cumulative[-1])]


def sentence(rng: random.Random, vocab: Vocabulary, words: int) -> str:
    """A sentence of ``words`` words with a capital letter, the odd comma or quantity, and an end mark."""
    parts = [vocab.word(rng) for _ in range(words)]
    for index in range(2, len(parts) - 1):
        roll = rng.random()
        if roll < 0.06:
            parts[index] += ","
        elif roll < 0.075:
            parts[index] = rng.choice(_QUANTITIES).format(a=rng.randint(1, 9), b=rng.randint(10, 500))
    parts[0] = parts[0][:1].upper() + parts[0][1:]
    return " ".join(parts) + rng.choice(".....?!")


_QUANTITIES = ("{a}-{b} grams", "{b} ml", "{a}-{b} minutes", "{b} mg", "{a} times", "{b} steps")


def paragraph(rng: random.Random, vocab: Vocabulary) -> str:
    """Two to five sentences of 8–30 words: a paragraph that wraps over many lines."""
    return " ".join(sentence(rng, vocab, rng.randint(8, 30)) for _ in range(rng.randint(2, 5)))


def with_markup(rng: random.Random, text: str) -> str:
    """Wrap one word of ``text`` in inline markup (bold, a link or an HTML tag)."""
    words = text.split(" ")
    index = rng.randrange(len(words))
    word = words[index]
    if not word.isalpha():
        return text
    style = rng.randrange(3)
    if style == 0:
        words[index] = f"**{word}**"
    elif style == 1:
        words[index] = f"[{word}](#{word.lower()})"
    else:
        words[index] = f"<b>{word}</b>"
    return " ".join(words)


@cache
def cyrillic_word(word: str) -> str:
    """The fixed pseudo-translation of one Latin word (capitalisation kept)."""
    digest = hashlib.blake2b(word.lower().encode(), digest_size=2).digest()
    stem = word.translate(_LATIN_TO_CYRILLIC)
    return stem + _SUFFIXES[digest[0] % len(_SUFFIXES)]


# Units and counted words get their real Russian form, as a translator would write them.
RUSSIAN_WORDS = {
    "mg": "мг",
    "ml": "мл",
    "gram": "грамм",
    "grams": "граммов",
    "milligrams": "миллиграммов",
    "minute": "минута",
    "minutes": "минут",
    "hour": "час",
    "hours": "часов",
    "day": "день",
    "days": "дней",
    "week": "неделя",
    "weeks": "недель",
    "month": "месяц",
    "months": "месяцев",
    "year": "год",
    "years": "лет",
    "times": "раз",
    "steps": "шагов",
    "side": "побочный",
    "Side": "Побочный",
    "adverse": "нежелательный",
}


# The unit and counted words of the other target locales, as a translator would write them (Ukrainian's own:
# its «год» is hours, not Russian's year, which the numbers rule reads as a changed unit).
LOCALE_WORDS = {
    "uk": {**RUSSIAN_WORDS, "gram": "грам", "grams": "грамів", "milligrams": "міліграмів", "minute": "хвилина",
           "minutes": "хвилин", "hour": "година", "hours": "годин", "days": "днів", "week": "тиждень",
           "weeks": "тижнів", "month": "місяць", "months": "місяців", "year": "рік", "years": "років",
           "steps": "кроків", "times": "разів", "side": "побічний", "Side": "Побічний", "adverse": "небажаний"},
    "de": {"mg": "mg", "ml": "ml", "grams": "Gramm", "minutes": "Minuten", "times": "Mal", "steps": "Schritte"},
    "fr": {"mg": "mg", "ml": "ml", "grams": "grammes", "minutes": "minutes", "times": "fois", "steps": "pas"},
    "es": {"mg": "mg", "ml": "ml", "grams": "gramos", "minutes": "minutos", "times": "veces", "steps": "pasos"},
}


def translate(text: str, locale: str = "ru") -> str:
    """Pseudo-translate ``text`` into Cyrillic, keeping protected spans exactly as they are and writing units and
    counted words as ``locale`` writes them."""
    words = LOCALE_WORDS.get(locale, RUSSIAN_WORDS)

    def word(match: re.Match[str]) -> str:
        return words.get(match.group()) or cyrillic_word(match.group())

    out: list[str] = []
    position = 0
    for match in PROTECTED.finditer(text):
        out.append(_WORD.sub(word, text[position : match.start()]))
        out.append(match.group())
        position = match.end()
    out.append(_WORD.sub(word, text[position:]))
    return "".join(out)


def replace_one_word(rng: random.Random, vocab: Vocabulary, text: str) -> str:
    """``text`` with one plain word swapped for another (placeholders and markup untouched)."""
    spans = [m for m in _WORD.finditer(text) if not _inside_protected(text, m.start())]
    if not spans:
        return text + " " + vocab.word(rng)
    target = rng.choice(spans)
    new = vocab.word(rng)
    while new == target.group().lower():
        new = vocab.word(rng)
    if target.group()[:1].isupper():
        new = new[:1].upper() + new[1:]
    return text[: target.start()] + new + text[target.end() :]


def _inside_protected(text: str, offset: int) -> bool:
    return any(m.start() <= offset < m.end() for m in PROTECTED.finditer(text))
