"""msgmerge's own fuzzy search over compendia (used by stele.catalogs.merge): GNU's 4-gram shortlist, fstrcmp.

msgmerge 0.21 (msgl-fsearch.c) looks a new message up in its compendia this way: the compendium messages that
share the most character 4-grams with the msgid (ties: the earlier message), only the first few of them
(√count, at least 10), scored by fstrcmp over the bytes (2·matching / total length), plus 0.00001 for a message
without a msgctxt or with the same one; the best above the bound wins, the earlier on ties. Strings under 4
characters are compared with every short message of a fitting length instead.
"""

from __future__ import annotations

import heapq
import math
from collections import Counter
from collections.abc import Sequence

from rapidfuzz.distance import Indel

from stele.po import Message

FUZZY_THRESHOLD = 0.6
_SHORT_MAX = int(12 * (2 / FUZZY_THRESHOLD - 1))  # SHORT_MSG_MAX: bytes of a message the short path may reach


def fstrcmp(one: bytes, other: bytes) -> float:
    """GNU's fstrcmp: (total length - insertions - deletions) / total length, 1.0 for two empty strings."""
    total = len(one) + len(other)
    return 1.0 if total == 0 else (total - Indel.distance(one, other)) / total


def goal(candidate: Message, msgctxt: str | None, msgid: bytes) -> float:
    """fuzzy_search_goal_function: fstrcmp plus a small bonus for a context-free or same-context candidate."""
    bonus = 0.00001 if candidate.msgctxt is None or candidate.msgctxt == msgctxt else 0.0
    return fstrcmp(msgid, candidate.msgid.encode("utf-8")) + bonus


class CompendiumIndex:
    """The compendia's messages with a translation, indexed by their msgids' 4-grams as msgmerge does."""

    def __init__(self, messages: Sequence[Message]) -> None:
        self._messages = list(messages)
        self._grams: dict[str, list[int]] = {}
        self._short: dict[int, list[int]] = {}
        for number, message in enumerate(self._messages):
            if not message.has_translation:
                continue
            text = message.msgid
            for gram in dict.fromkeys(text[i:i + 4] for i in range(len(text) - 3)):
                self._grams.setdefault(gram, []).append(number)
            size = len(text.encode("utf-8"))
            if size <= _SHORT_MAX:
                self._short.setdefault(size, []).append(number)
        self._firstfew = max(int(math.sqrt(len(self._messages))), 10)

    def closest(self, msgctxt: str | None, msgid: str, bound: float = FUZZY_THRESHOLD) -> Message | None:
        """The compendium message msgmerge proposes for ``msgid`` when it must score above ``bound``."""
        if not self._messages or not msgid:
            return None
        if len(msgid) < 4:
            size = len(msgid.encode("utf-8"))
            low, high = math.ceil(size / (2 / FUZZY_THRESHOLD - 1)), int(size * (2 / FUZZY_THRESHOLD - 1))
            order = [n for length in range(low, high + 1) for n in self._short.get(length, [])]
        else:
            counts: Counter[int] = Counter()
            for i in range(len(msgid) - 3):
                counts.update(self._grams.get(msgid[i:i + 4], ()))
            first = heapq.nsmallest(self._firstfew, counts.items(), key=lambda item: (-item[1], item[0]))
            order = [number for number, _ in first]
        query, best, best_weight = msgid.encode("utf-8"), None, bound
        for number in order:
            weight = goal(self._messages[number], msgctxt, query)
            if weight > best_weight:
                best, best_weight = self._messages[number], weight
        return best
