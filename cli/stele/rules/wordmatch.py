"""Word matching for the meaning rules: a lexicon's words and phrases (``stem*`` for any ending, ``*n't`` for
any beginning) found in a text by one trie-shaped regular expression, fast enough for 100,000 messages."""

from __future__ import annotations

import bisect
import itertools
import re
from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

SENTENCE_MARK = re.compile(r"[.!?。！？](?=\s)")  # a sentence's end (a space after it: no decimal point)
CLAUSE_MARKS = re.compile(r"[,;:()—–，：；（）]|\s-\s|" + SENTENCE_MARK.pattern)  # a sentence's end ends its clause
_WORD_REST = re.compile(r"[\w'’-]*")
_SPACES = re.compile(r"\s+")
_WORD_END = re.compile(r"[\w'’]")
_ENDS_WORD = r"(?![^\W_]|['’])"  # no letter, digit or apostrophe next: what glued means below
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_BMP_AFTER = 4 << 20  # characters a matcher reads before its faster scan is compiled


@lru_cache(maxsize=1)
def _not_word_bmp() -> str:
    r"""``[^\w'’]`` for a text with no character beyond the Basic Multilingual Plane, as a set of ranges (which
    Python's regular expressions test by a table lookup, not by the Unicode category of each character)."""
    every = "".join(map(chr, range(0x10000)))
    ranges = [match.span() for match in re.finditer(r"[\w'’]+", every)]  # \w itself says which characters
    inner = "".join(re.escape(chr(a)) if b - a == 1 else f"{re.escape(chr(a))}-{re.escape(chr(b - 1))}"
                    for a, b in ranges)
    return f"[^{inner}\U00010000-\U0010ffff]"


@dataclass(slots=True)  # not frozen: made by the hundred thousand, and a frozen one's __init__ is 3× slower
class Match:
    start: int  # character offsets in the lower-cased text
    end: int
    label: str
    text: str  # the words as written (lower-cased; a stem's whole word)


@lru_cache(maxsize=16)  # each rule reads the same source and translation
def lowered(text: str) -> str:
    """``text`` in lower case, ё as е, every run of spaces one space: what the matchers read."""
    return folded(text.lower().replace("ё", "е"))


def folded(low: str) -> str:
    """``low`` with every run of spaces one space."""
    # every whitespace character but the space is unprintable: a text with none and no double space is done
    if "  " not in low and low.isprintable():
        return low
    words = low.split()  # str.split and \s agree on what is a space; the join is _SPACES.sub(" ", low), faster
    if not words:
        return " " if low else ""
    return (" " if low[0].isspace() else "") + " ".join(words) + (" " if low[-1].isspace() else "")


def tokens(text: str) -> list[str]:
    return re.findall(r"\w(?:[\w'’-]*\w)?", lowered(text))


Trie = dict[str, "Trie"]


def whole_words(words: Iterable[str], flags: int = 0) -> re.Pattern[str]:
    """Any of a lexicon's ``words`` where a word starts and ends (``stem*``: any ending; ``*n't``: any beginning),
    the longest first; a pattern that matches nothing for none."""
    found = [(r"\w*" if w.startswith("*") else "") + re.escape(w.strip("*")) + (r"\w*" if w.endswith("*") else "")
             for w in words]
    if not found:
        return re.compile("(?!)")
    return re.compile(rf"(?<!\w)(?:{'|'.join(sorted(sorted(found), key=len, reverse=True))})(?!\w)", flags)


def trie_regex(literals: Iterable[str], bounded: Collection[str] = ()) -> str:
    """One alternation shaped as a trie (a common prefix is read once), longest match first; each of ``bounded``
    matches only where a word ends after it, else a shorter literal is tried ("if you can" is none of "if you
    cannot", which then holds "cannot")."""
    trie: Trie = {}
    for literal in literals:
        node = trie
        for char in literal:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: Trie, path: str) -> str:
        branches = [re.escape(char) + emit(child, path + char) for char, child in sorted(node.items()) if char]
        end = _ENDS_WORD if "" in node and path in bounded else ""
        if not branches:
            return end
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return f"(?:{body}|{end})" if end else f"(?:{body})?"
        return body

    return emit(trie, "")


@lru_cache(maxsize=64)
def _compiled(patterns: tuple[str, ...]) -> list[re.Pattern[str]]:
    return [re.compile(pattern) for pattern in patterns]


@dataclass(frozen=True, slots=True)
class _Entry:
    label: str
    stem: bool  # ``word*``: any ending
    suffix: bool  # ``*n't``: any beginning


def _drop_covered(entries: dict[str, list[_Entry]]) -> None:
    """Drop each whole-word entry whose literal is also a stem of the same label ("incorrect" beside "incorrect*"):
    the stem matches every word the whole word does, and two matches of one word would be two of its label."""
    for literal, found in entries.items():
        stems = {(e.label, e.suffix) for e in found if e.stem}
        if stems:
            entries[literal] = [e for e in found if e.stem or (e.label, e.suffix) not in stems]


def _inherit_stems(entries: dict[str, list[_Entry]]) -> None:
    """Give each literal the labels of the stems it begins with ("прекрат*" to "прекратит*"): a search finds one
    literal where a word starts, the longest, whose own labels would hide a shorter stem's."""
    stems = [(literal, [e for e in found if e.stem and not e.suffix]) for literal, found in entries.items()]
    ordered = sorted(entries)  # the literals a stem begins follow it here
    for stem_literal, inherited in stems:
        if not inherited or " " in stem_literal:
            continue
        for literal in itertools.takewhile(lambda one: one.startswith(stem_literal),  # noqa: B023 (used at once)
                                           ordered[bisect.bisect_right(ordered, stem_literal):]):
            found = entries[literal]
            labels = {e.label for e in found}
            found.extend(e for e in inherited if e.label not in labels)


class Matcher:
    """Words and phrases, each with a label; ``find`` lists where they occur in a text."""

    def __init__(self, entries: Iterable[tuple[str, str]], *, unspaced: bool = False) -> None:
        self.unspaced = unspaced
        self.entries: dict[str, list[_Entry]] = defaultdict(list)
        for text, label in entries:
            word = _SPACES.sub(" ", text.strip().lower().replace("ё", "е"))
            literal = word.strip("*")
            entry = _Entry(label, word.endswith("*"), word.startswith("*"))
            if literal and entry not in self.entries[literal]:  # a word listed twice is one match, not two
                self.entries[literal].append(entry)
        _drop_covered(self.entries)
        _inherit_stems(self.entries)
        words = [literal for literal, found in self.entries.items() if not all(e.suffix for e in found)]
        ends = [literal for literal, found in self.entries.items() if any(e.suffix for e in found)]
        stems = frozenset(literal for literal, found in self.entries.items() if any(e.stem for e in found))
        bounded = frozenset(self.entries) - stems  # literals that must end where a word ends
        trie = trie_regex(words, bounded) if words and not unspaced else ""
        if unspaced:
            parts = [trie_regex(self.entries)] if self.entries else []
        else:  # a word starts where no letter is before it; a *suffix may start anywhere
            parts = ([rf"(?<![\w'’])(?:{trie})"] if words else []) + ([trie_regex(ends)] if ends else [])
        # The plain search, compiled when first needed: words and *suffixes each searched apart, as "can't" holds the
        # word "can", whose match would hide the "n't" that starts inside it (the word is then dropped, as a letter
        # follows it); a language written without spaces has one alternation.
        self.searches = tuple(parts)
        # The same search, faster: a word's start as the non-word character before it (Python's regular
        # expressions skip quickly to such a character, not to a lookbehind), on the text after a space. It finds
        # what the plain search finds when no *suffix entry occurs and no word ends in a non-word character (after
        # which the next word could start with nothing consumed between them).
        fast = not unspaced and bool(words) and all(_WORD_END.fullmatch(word[-1]) for word in words)
        self.scan = re.compile(rf"[^\w'’]({trie})(?=([\w'’-]*))") if fast else None
        # the same, where no character lies beyond the Basic Multilingual Plane (the common case), faster: compiled
        # once the matcher has read enough text to pay for it (its character set takes 4× as long to compile: over
        # many small catalogs, more than it saves)
        self._bmp: re.Pattern[str] | None = None
        self._unpaid = _BMP_AFTER
        self.suffixes = tuple(ends) if fast else ()  # the fast search cannot be used where one occurs
        self.kinds = {literal: tuple((e.label, e.stem) for e in found) for literal, found in self.entries.items()}

    def find(self, text: str, *, fast: bool = True) -> list[Match]:
        """Where the words and phrases occur in ``text`` (a word's edges must be a word's edges, except where
        the entry says ``*``; a language written without spaces has no edges to check). ``fast=False``: with
        the plain search, as the faster one must agree."""
        if not self.searches:
            return []
        low = lowered(text)
        if fast and self.scan is not None and not any(end in low for end in self.suffixes):
            return self._scanned(low)
        found: list[Match] = []
        for match in self._searched(low):
            start, end = match.span()
            for entry in self.entries[match.group()]:
                if not self.unspaced:
                    if not entry.suffix and start and (low[start - 1].isalnum() or low[start - 1] in "'’"):
                        continue
                    if not entry.stem and end < len(low) and (low[end].isalnum() or low[end] in "'’"):
                        continue
                rest = _WORD_REST.match(low, end) if entry.stem and not self.unspaced else None
                stop = rest.end() if rest else end
                found.append(Match(start, stop, entry.label, low[start:stop]))
        return found

    def _searched(self, low: str) -> list[re.Match[str]]:
        """The plain search's matches in ``low``: in text order, a word's first where a word and a *suffix start
        together, as one alternation of them all has them."""
        found = [match for search in _compiled(self.searches) for match in search.finditer(low)]
        if len(self.searches) > 1:
            found.sort(key=re.Match.start)
        return found

    def find_each(self, texts: Sequence[str]) -> dict[int, list[Match]]:
        """``find`` of each of ``texts`` (by its index; a text with none is left out), by one search of them all:
        joined by NUL characters, which no word holds and which edge a word as a space does (a text holding a
        *suffix entry is searched alone)."""
        joined = "\0".join(texts)
        if self.scan is None or len(joined) - len(joined.replace("\0", "")) != len(texts) - 1:
            return {n: each for n, text in enumerate(texts) if (each := self.find(text))}
        pieces = joined.lower().replace("ё", "е").split("\0")  # lowered() of each, but for the spaces:
        for n, piece in enumerate(pieces):
            if "  " in piece or not piece.isprintable():
                pieces[n] = folded(piece)
        low = "\0" + "\0".join(pieces) + "\0"
        edges = list(itertools.accumulate((len(piece) + 1 for piece in pieces), initial=0))  # where each NUL is
        found: dict[int, list[Match]] = {}
        index, end, bucket = 0, edges[1], None
        kinds = self.kinds
        scan = self._bmp_scan(low) or self.scan
        for match in scan.finditer(low):  # a literal no entry of which takes an ending is never glued (trie_regex)
            literal, rest = match.group(1, 2)
            first = rest[:1]
            glued = first.isalnum() or first in ("'", "’")
            start = match.start(1)
            if start > end:
                index = bisect.bisect(edges, start) - 1
                end, bucket = edges[index + 1], None
            at = start - edges[index] - 1
            for label, stem in kinds[literal]:
                if stem or not glued:
                    if bucket is None:
                        bucket = found.setdefault(index, [])
                    bucket.append(Match(at, at + len(literal) + len(rest), label, literal + rest) if stem
                                  else Match(at, at + len(literal), label, literal))
        for suffix in self.suffixes:  # where one occurs, the text is searched alone
            at = low.find(suffix)
            while at >= 0:
                index = bisect.bisect(edges, at) - 1
                found[index] = self.find(texts[index])
                if not found[index]:
                    del found[index]
                at = low.find(suffix, edges[index + 1])
        return found

    def _bmp_scan(self, low: str) -> re.Pattern[str] | None:
        """``scan`` for a text with no character beyond the Basic Multilingual Plane, once it pays."""
        if self._bmp is None:
            self._unpaid -= len(low)
            if self._unpaid > 0 or self.scan is None:
                return None
            self._bmp = re.compile(_not_word_bmp() + self.scan.pattern[len(r"[^\w'’]"):])
        return self._bmp if low.isascii() or _ASTRAL.search(low) is None else None

    def _scanned(self, low: str) -> list[Match]:
        """``find`` by ``scan``: the character before each word is a word's edge, and the rest of the word is
        read by the search itself."""
        found: list[Match] = []
        for match in self.scan.finditer(" " + low):  # type: ignore[union-attr]
            literal, rest = match.group(1, 2)
            start = match.start(1) - 1
            glued = rest[:1].isalnum() or rest[:1] in ("'", "’")
            for entry in self.entries[literal]:
                if entry.stem:
                    found.append(Match(start, start + len(literal) + len(rest), entry.label, literal + rest))
                elif not glued:
                    found.append(Match(start, start + len(literal), entry.label, literal))
        return found

    def __bool__(self) -> bool:
        return bool(self.searches)
