"""Merge's fuzzy guesses: for a new message, the old translation msgmerge would offer (or a better one)."""

from __future__ import annotations

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

    def closest(self, new: Message) -> int | None:
        """The number of the best old message for ``new``, or None."""
        msgid = new.msgid
        if not self.entries or not msgid or len(msgid) > FUZZY_MAX_CHARS:
            return None

        plural, words = new.msgid_plural is not None, msgid.split()

        def bonus(number: int) -> float:
            entry = self.entries[number]
            context = CONTEXT_BONUS * (entry.msgctxt is None or entry.msgctxt == new.msgctxt)
            if not self._orphan[number] or (entry.msgid_plural is not None) != plural:
                return context
            return ORPHAN_BONUS + ONE_WORD_BONUS * _one_word_apart(words, entry.msgid.split()) + context

        best = self._index.closest(msgid, bonus)
        return best[0] if best else None

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
