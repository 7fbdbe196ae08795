"""Fuzzy candidate index for merging (used by stele.catalogs): shortlist by rare shared words, score by ratio."""

from __future__ import annotations

import bisect
import heapq
import math
import re
from collections.abc import Sequence
from operator import itemgetter

from rapidfuzz import fuzz, process

_WORD_RE = re.compile(r"\w+")
SHORTLIST = 200  # candidates scored with fuzz.ratio per query (most shared rare words first)
POSTING_BUDGET = 2000  # postings visited per query: the rarest words first, then stop
SHORT_QUERY = 40  # shorter queries share few words with their match: compare with every key of fitting length
WINDOW_BRUTE_FORCE = 1500  # when this few keys have a compatible length, compare with all of them


def brute_force(query: str, keys: Sequence[str], cutoff: float) -> tuple[int, float] | None:
    """Reference all-pairs search: index and score of the first key with the best ratio ≥ cutoff."""
    best = process.extractOne(query, keys, scorer=fuzz.ratio, score_cutoff=cutoff)
    return (best[2], best[1]) if best else None


def _length_bounds(length: int, cutoff: float) -> tuple[int, int]:
    """Key lengths that can reach ``cutoff``: ratio ≤ 200·min/(min+max), so max/min ≤ (200-c)/c."""
    if cutoff <= 0:
        return 0, 1 << 62
    factor = (200.0 - cutoff) / cutoff
    return math.ceil(length / factor - 1e-9), math.floor(length * factor + 1e-9)


class FuzzyIndex:
    """The key most similar to a query by rapidfuzz ``fuzz.ratio`` ≥ cutoff, without comparing all pairs.

    Exact (same answer as :func:`brute_force`) when few keys have a compatible length; otherwise
    only the keys sharing the most rare words (IDF-weighted) with the query are scored. Ties go
    to the earliest key, as with ``extractOne`` over all keys.
    """

    def __init__(self, keys: Sequence[str], cutoff: float) -> None:
        self._keys = list(keys)
        self._cutoff = cutoff
        self._postings: dict[str, list[int]] | None = None
        self._lengths: list[int] = []  # key lengths, ascending
        self._length_order: list[int] = []  # key numbers in that order
        self._length_keys: list[str] = []  # keys in that order

    def _build(self) -> dict[str, list[int]]:
        postings: dict[str, list[int]] = {}
        for number, key in enumerate(self._keys):
            for word in set(_WORD_RE.findall(key.lower())):
                found = postings.get(word)
                if found is None:
                    postings[word] = [number]
                else:
                    found.append(number)
        self._length_order = sorted(range(len(self._keys)), key=lambda number: len(self._keys[number]))
        self._length_keys = [self._keys[number] for number in self._length_order]
        self._lengths = [len(key) for key in self._length_keys]
        self._postings = postings
        return postings

    def closest(self, query: str) -> tuple[int, float] | None:
        """Index and score of the best key, or None when no key reaches the cutoff."""
        if not self._keys or not query:
            return None
        postings = self._postings if self._postings is not None else self._build()
        low, high = _length_bounds(len(query), self._cutoff)
        start, stop = bisect.bisect_left(self._lengths, low), bisect.bisect_right(self._lengths, high)
        if stop - start <= WINDOW_BRUTE_FORCE or len(query) <= SHORT_QUERY:
            return self._window(query, start, stop)
        return self._score(query, self._shortlist(query, postings, low, high))

    def _window(self, query: str, start: int, stop: int) -> tuple[int, float] | None:
        """Exact: compare with every key whose length can reach the cutoff; ties to the earliest key."""
        window = self._length_keys[start:stop]
        found = process.extract(query, window, scorer=fuzz.ratio, score_cutoff=self._cutoff, limit=None)
        if not found:
            return None
        best = max(match[1] for match in found)
        return min(self._length_order[start + match[2]] for match in found if match[1] == best), best

    def _shortlist(self, query: str, postings: dict[str, list[int]], low: int, high: int) -> list[int]:
        """Keys sharing the most of the query's rarest words, IDF-weighted (at most POSTING_BUDGET postings)."""
        words = sorted(
            (len(found), word) for word in set(_WORD_RE.findall(query.lower())) if (found := postings.get(word))
        )
        total = len(self._keys)
        weights: dict[int, float] = {}
        visited = 0
        for count, word in words:
            if visited and visited + count > POSTING_BUDGET:
                break
            visited += count
            weight = math.log(1 + total / count)
            get = weights.get
            for number in postings[word]:
                weights[number] = get(number, 0.0) + weight
        keys = self._keys
        best = heapq.nlargest(2 * SHORTLIST, weights.items(), key=itemgetter(1))
        return sorted([n for n, _ in best if low <= len(keys[n]) <= high][:SHORTLIST])

    def _score(self, query: str, candidates: list[int]) -> tuple[int, float] | None:
        found = brute_force(query, [self._keys[n] for n in candidates], self._cutoff)
        return (candidates[found[0]], found[1]) if found else None
