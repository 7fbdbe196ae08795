"""Word matching for the meaning rules: a lexicon's words and phrases (``stem*`` for any ending, ``*n't`` for
any beginning) found among a text's words by dictionary look-ups, fast enough for catalogs of 100,000 messages."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*['’]?")


@dataclass(frozen=True, slots=True)
class Match:
    start: int  # index of the first word
    end: int  # index after the last word
    label: str
    text: str


def tokens(text: str) -> list[str]:
    """The words of ``text``, lower-cased (ё as е), apostrophes kept inside them (don't, п'ять)."""
    return TOKEN.findall(text.lower().replace("ё", "е"))


def _fits(pattern: str, word: str) -> bool:
    if pattern.endswith("*"):
        return word.startswith(pattern[:-1])
    if pattern.startswith("*"):
        return word.endswith(pattern[1:])
    if pattern.endswith(("'", "’")):
        return word.startswith(pattern)
    return word == pattern


class Matcher:
    """Words and phrases, each with a label; ``find`` lists where they occur in a list of words (or, for a
    language written without spaces, ``count`` in the text)."""

    def __init__(self, entries: Iterable[tuple[str, str]], *, unspaced: bool = False) -> None:
        self.unspaced = unspaced
        self.literal: list[tuple[str, str]] = []
        self.exact: dict[str, list[tuple[tuple[str, ...], str, str]]] = defaultdict(list)
        self.loose: list[tuple[str, tuple[str, ...], str, str]] = []  # first word a stem, a suffix or a prefix
        for text, label in entries:
            if unspaced:
                self.literal.append((text, label))
                continue
            words = tuple(tokens(text)) if "*" not in text and not text.endswith(("'", "’")) else \
                tuple(w.lower().replace("ё", "е") for w in text.split())
            if not words:
                continue
            first, rest = words[0], words[1:]
            if _fits(first, first) and "*" not in first and not first.endswith(("'", "’")):
                self.exact[first].append((rest, label, text))
            else:
                self.loose.append((first, rest, label, text))
        self.loose_keys = tuple(self._key(first) for first, *_ in self.loose)
        self.prefixes = tuple(k for k in self.loose_keys if not k.startswith("*"))
        self.suffixes = tuple(k[1:] for k in self.loose_keys if k.startswith("*"))

    @staticmethod
    def _key(first: str) -> str:
        return first if first.startswith("*") else first.rstrip("*")

    def find(self, words: list[str]) -> list[Match]:
        found: list[Match] = []
        for index, word in enumerate(words):
            for rest, label, text in self.exact.get(word, ()):
                if self._rest(words, index + 1, rest):
                    found.append(Match(index, index + 1 + len(rest), label, text))
            if (self.prefixes and word.startswith(self.prefixes)) or (self.suffixes and word.endswith(self.suffixes)):
                for first, rest, label, text in self.loose:
                    if _fits(first, word) and self._rest(words, index + 1, rest):
                        found.append(Match(index, index + 1 + len(rest), label, text))
        return found

    @staticmethod
    def _rest(words: list[str], start: int, rest: tuple[str, ...]) -> bool:
        if start + len(rest) > len(words):
            return False
        return all(_fits(pattern, words[start + k]) for k, pattern in enumerate(rest))

    def count(self, text: str) -> list[Match]:
        """Occurrences in a text written without spaces between words (ja, zh, ko)."""
        found: list[Match] = []
        for entry, label in self.literal:
            start = text.find(entry)
            while start >= 0:
                found.append(Match(start, start + len(entry), label, entry))
                start = text.find(entry, start + len(entry))
        return found

    def __bool__(self) -> bool:
        return bool(self.literal or self.exact or self.loose)
