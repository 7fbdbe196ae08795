"""Fuzzy candidate index for merging (used by stele.catalogs): shortlist by rare shared words, score by ratio."""

from __future__ import annotations

import bisect
import heapq
import math
import re
from collections.abc import Callable, Sequence
from operator import itemgetter

from rapidfuzz import fuzz, process

_WORD_RE = re.compile(r"\w+")
SHORTLIST = 200  # candidates scored with fuzz.ratio per query (most shared rare words first)
POSTING_BUDGET = 2000  # postings of a fitting length visited per query: the rarest words first, then stop
WINDOW_BRUTE_FORCE = 1500  # when this few keys have a compatible length, compare with all of them


def _length_bounds(length: int, cutoff: float) -> tuple[int, int]:
    """Key lengths that can reach ``cutoff``: ratio ≤ 200·min/(min+max), so max/min ≤ (200-c)/c."""
    if cutoff <= 0:
        return 0, 1 << 62
    factor = (200.0 - cutoff) / cutoff
    return math.ceil(length / factor - 1e-9), math.floor(length * factor + 1e-9)


class FuzzyIndex:
    """The key most similar to a query by rapidfuzz ``fuzz.ratio`` ≥ cutoff, without comparing all pairs.

    A key equal to the query wins at once. Exact (the answer of an all-pairs search) when few
    keys have a compatible length; otherwise only the keys of a compatible length that share
    the most rare words (IDF-weighted) with the query are scored. Ties go to the earliest key,
    as with ``extractOne`` over all keys.
    """

    def __init__(self, keys: Sequence[str], cutoff: float) -> None:
        self._keys = list(keys)
        self._cutoff = cutoff
        self._built = False
        self._first: dict[str, int] = {}  # each distinct key: its earliest number
        self._postings: dict[str, list[int]] = {}  # word: ranks (positions in length order) of the keys holding it
        self._lengths: list[int] = []  # key lengths, ascending
        self._length_order: list[int] = []  # key numbers in that order
        self._length_keys: list[str] = []  # keys in that order

    def _build(self) -> None:
        keys = self._keys
        for number in range(len(keys) - 1, -1, -1):
            self._first[keys[number]] = number
        self._length_order = sorted(range(len(keys)), key=lambda number: len(keys[number]))
        self._length_keys = [keys[number] for number in self._length_order]
        self._lengths = [len(key) for key in self._length_keys]
        postings = self._postings
        for rank, key in enumerate(self._length_keys):
            for word in set(_WORD_RE.findall(key.lower())):
                found = postings.get(word)
                if found is None:
                    postings[word] = [rank]
                else:
                    found.append(rank)
        self._built = True

    def prepare(self) -> None:
        """Build the index now (before worker processes are forked, so that they inherit it)."""
        if not self._built:
            self._build()

    def __contains__(self, key: object) -> bool:
        """Whether ``key`` is one of the keys."""
        if not self._built:
            self._build()
        return key in self._first

    def closest(self, query: str, bonus: Callable[[int], float] | None = None) -> tuple[int, float] | None:
        """Index and score of the best key, or None when no key reaches the cutoff.

        ``bonus``: points added to a key's score (by its number) when keys are ranked, not when the cutoff is
        applied; a key equal to the query still wins outright.
        """
        if not self._keys or not query:
            return None
        if not self._built:
            self._build()
        same = self._first.get(query)
        if same is not None:
            return same, 100.0
        cutoff = self._cutoff
        low, high = _length_bounds(len(query), cutoff)
        start, stop = bisect.bisect_left(self._lengths, low), bisect.bisect_right(self._lengths, high)
        if stop - start <= WINDOW_BRUTE_FORCE:
            return self._scored(query, range(start, stop), bonus, cutoff)
        return self._scored(query, self._shortlist(query, start, stop), bonus, cutoff)

    def _shortlist(self, query: str, start: int, stop: int) -> list[int]:
        """Ranks in ``start:stop`` sharing the most of the query's rarest words there (≤ POSTING_BUDGET postings)."""
        spans = []
        for word in set(_WORD_RE.findall(query.lower())):
            ranks = self._postings.get(word)
            if ranks:
                first, last = bisect.bisect_left(ranks, start), bisect.bisect_left(ranks, stop)
                if last > first:
                    spans.append((last - first, first, ranks))
        spans.sort(key=itemgetter(0))
        total = stop - start
        weights: dict[int, float] = {}
        visited = 0
        for count, first, ranks in spans:
            if visited and visited + count > POSTING_BUDGET:
                break
            visited += count
            weight = math.log(1 + total / count)
            get = weights.get
            for rank in ranks[first : first + count]:
                weights[rank] = get(rank, 0.0) + weight
        return [rank for rank, _ in heapq.nlargest(SHORTLIST, weights.items(), key=itemgetter(1))]

    def _scored(self, query: str, ranks: Sequence[int], bonus: Callable[[int], float] | None, cutoff: float) \
            -> tuple[int, float] | None:
        """The best of the keys at ``ranks`` (score plus bonus); ties to the earliest key number."""
        window = [self._length_keys[rank] for rank in ranks]
        found = process.extract(query, window, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None)
        if not found:
            return None
        scored = [(self._length_order[ranks[match[2]]], match[1]) for match in found]
        if bonus is None:
            best = max(score for _, score in scored)
            return min(number for number, score in scored if score == best), best
        return max(scored, key=lambda pair: (pair[1] + bonus(pair[0]), -pair[0]))
