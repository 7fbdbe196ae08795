"""Merge's fuzzy guesses: for a new message, the old translation msgmerge would offer (or a better one)."""

from __future__ import annotations

from rapidfuzz import fuzz

from stele.catalogs.fuzzy import FuzzyIndex
from stele.catalogs.fuzzy_gnu import FUZZY_THRESHOLD, CompendiumIndex, goal
from stele.forked import forked_map
from stele.po import Message

FUZZY_CUTOFF = 60.0  # similarity (0-100) below which no old translation is offered
ORPHAN_BONUS = 5.0  # ranking points of an old message the template no longer has (the edited one's own source)
ONE_WORD_BONUS = 15.0  # and more when it differs from the new message in one word: in a short text, one word is
# a large part of the ratio (the one-word edit of "Is other it." scores 64, "For muscle with." 76)
CONTEXT_BONUS = 0.001  # msgmerge's tie-break: the same msgctxt, or none
PARALLEL_GUESSES = 1000  # new messages to guess for: more are searched on both cores
FUZZY_MAX_CHARS = 20_000  # longer messages get no fuzzy guess: comparing them would take minutes
SURE_RATIO = 100.0 + 2 * CONTEXT_BONUS - ONE_WORD_BONUS  # a one-word-apart orphan scoring more outranks every
# message that is not one (those score under 100, with ORPHAN_BONUS + CONTEXT_BONUS at most): no search is needed
SURE_BUCKET = 100  # orphans sharing the new text's halves compared one by one at most; more: the index decides
SURE_MIN_WORDS = 4  # fewer words: the halves that find one-word-apart orphans are too common to look up


class FuzzyGuesses:
    """Finds the most similar translated old message (rapidfuzz ratio ≥ FUZZY_CUTOFF) via stele.catalogs.fuzzy.

    Among those that reach the cutoff, an old message the template no longer has (an orphan: most likely the
    very message that was edited), singular or plural as the new one is, ranks ORPHAN_BONUS points higher (a
    plural orphan guessed for a singular message would lose its other forms), ONE_WORD_BONUS more when it
    differs from the new message in one word only, and, as in msgmerge, one with the same context or none a
    hair higher. Then, as msgmerge does, a compendium message that scores better by msgmerge's own search
    (fuzzy_gnu) wins.
    """

    def __init__(self, entries: list[Message], orphans: set[int], compendia: list[Message]):
        self.entries = [e for e in entries if len(e.msgid) <= FUZZY_MAX_CHARS]
        self._orphan = [id(e) in orphans for e in self.entries]
        self._index = FuzzyIndex([e.msgid for e in self.entries], FUZZY_CUTOFF)
        self._compendia = CompendiumIndex(compendia) if compendia else None
        self._halves: dict[tuple[bool, int, str], list[int]] = {}  # one-word-apart orphans are found by a half
        for number, entry in enumerate(self.entries):
            if self._orphan[number]:
                for half in _halves(entry.msgid_plural is not None, entry.msgid.split()):
                    self._halves.setdefault(half, []).append(number)

    def closest(self, new: Message) -> int | None:
        """The number of the best old message for ``new``, or None."""
        msgid = new.msgid
        if not self.entries or not msgid or len(msgid) > FUZZY_MAX_CHARS:
            return None

        plural, words = new.msgid_plural is not None, msgid.split()
        sure = self._sure(new, plural, words)
        if sure is not None:
            return sure

        def bonus(number: int) -> float:
            entry = self.entries[number]
            context = CONTEXT_BONUS * (entry.msgctxt is None or entry.msgctxt == new.msgctxt)
            if not self._orphan[number] or (entry.msgid_plural is not None) != plural:
                return context
            return ORPHAN_BONUS + ONE_WORD_BONUS * _one_word_apart(words, entry.msgid.split()) + context

        best = self._index.closest(msgid, bonus)
        return best[0] if best else None

    def _sure(self, new: Message, plural: bool, words: list[str]) -> int | None:
        """The one-word-apart orphan (singular or plural as ``new``) that ranks first among all old messages
        whatever they are, or None when there is none or another might rank higher (then the index decides).

        No other message's bonus is above ORPHAN_BONUS + CONTEXT_BONUS and only ``new``'s own text scores 100
        (the index answers that one at once), so an orphan that scores more than SURE_RATIO is first.
        """
        if len(words) < SURE_MIN_WORDS or new.msgid in self._index:
            return None
        buckets = [self._halves.get(half, []) for half in _halves(plural, words)]
        if len(buckets[0]) + len(buckets[1]) > SURE_BUCKET:
            return None  # many orphans share a half (short, formulaic texts): the index is quicker
        found = {*buckets[0], *buckets[1]}
        best: tuple[float, int] | None = None
        for number in found:
            entry = self.entries[number]
            if not _one_word_apart(words, entry.msgid.split()):
                continue
            score = fuzz.ratio(new.msgid, entry.msgid, score_cutoff=FUZZY_CUTOFF)
            context = CONTEXT_BONUS * (entry.msgctxt is None or entry.msgctxt == new.msgctxt)
            rank = score + (ORPHAN_BONUS + ONE_WORD_BONUS + context)  # as the index ranks it
            if score > SURE_RATIO and (best is None or (rank, -number) > (best[0], -best[1])):
                best = rank, number
        return best[1] if best else None

    def guesses(self, messages: list[Message]) -> dict[int, Message]:
        """The best old message of each of ``messages`` that has one, by ``id`` of the message; a long list is
        searched on both cores (the index built first, so both inherit it)."""
        if not messages or not (self.entries or self._compendia):
            return {}
        found: list[int | None] = [None] * len(messages)
        if self.entries:
            self._index.prepare()
            found = forked_map(self.closest, messages, parallel=len(messages) >= PARALLEL_GUESSES)
        guesses = {id(new): self.entries[number] for new, number in zip(messages, found, strict=True)
                   if number is not None}
        if self._compendia is not None:
            for new in messages:
                if (better := self._from_compendia(self._compendia, new, guesses.get(id(new)))) is not None:
                    guesses[id(new)] = better
        return guesses

    @staticmethod
    def _from_compendia(compendia: CompendiumIndex, new: Message, found: Message | None) -> Message | None:
        """A compendium message that msgmerge's search scores above ``found`` (or above its threshold)."""
        if not new.msgid or len(new.msgid) > FUZZY_MAX_CHARS:
            return None
        bound = max(goal(found, new.msgctxt, new.msgid.encode()), FUZZY_THRESHOLD) if found else FUZZY_THRESHOLD
        return compendia.closest(new.msgctxt, new.msgid, bound)


def _one_word_apart(words: list[str], other: list[str]) -> bool:
    """Whether two texts have the same words in the same order but one (the usual edit of a message)."""
    return len(words) == len(other) and sum(a != b for a, b in zip(words, other, strict=True)) == 1


def _halves(plural: bool, words: list[str]) -> tuple[tuple[bool, int, str], tuple[bool, int, str]]:
    """Keys of a text's two halves (by words): a text one word apart from it has the same words and one of them."""
    middle = len(words) // 2
    return (plural, len(words), " ".join(words[:middle]) + " |"), (plural, len(words), "| " + " ".join(words[middle:]))
