"""Meaning verdicts: whether one message keeps its polarity and modality — the whole message answered from its
texts' matches first, and only where that cannot say "kept", sentence by sentence, as the finding is written."""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass

from stele.model import Finding
from stele.po.catalog import Message
from stele.rules.base import CatalogFile
from stele.rules.clauses import (
    STOOD_IN,
    capped,
    caps_across,
    double_negation,
    loosened,
    may_add,
    may_pair,
    modalities_in,
    negation_count,
    negations_in,
    stand_in,
    without_untils,
)
from stele.rules.lexicon_classes import GAINED_FREELY, LICENSED_BY, LOST_FREELY, STRICT_CLASSES, SWAPPED
from stele.rules.meaning import Compiled, Grouped, Pair, aligned, is_disclaimer, matches, severity_of
from stele.rules.wordmatch import Match

Split = Callable[[], list[Pair]]  # the message's sentence pairs, worked out when asked


Doubling = Callable[[], tuple[str | None, str | None]]  # each text's ``double_negation``, worked out when asked


@dataclass(frozen=True, slots=True)
class Negations:
    """The negations of a source text and of its translation, and the implicit ones each may add."""

    said: list[str]
    may_say: int
    kept: list[str]
    may_keep: int
    doubled: Doubling | None  # None: neither text has a word that makes a double negation

    @classmethod
    def of(cls, source: str, text: str, ours: Compiled, theirs: Compiled) -> Negations:
        said, kept = _untied(*_pair_found(source, text, (ours, theirs)), (ours, theirs))
        return cls(negations_in(said, source, ours), may_add(said, source, ours), negations_in(kept, text, theirs),
                   may_add(kept, text, theirs), _doubling(source, text, said, kept, (ours, theirs)))

    def agree(self) -> bool:
        return _agree(len(self.said), self.may_say, len(self.kept), self.may_keep, self.doubled)


def _overlap(said: int, may_say: int, kept: int, may_keep: int) -> bool:
    """Whether a count of ``said`` to ``said + may_say`` negations can be one of ``kept`` to ``kept + may_keep``."""
    return said <= kept + may_keep and kept <= said + may_say


def _agree(said: int, may_say: int, kept: int, may_keep: int, doubled: Doubling | None) -> bool:
    """Whether the counts ``_overlap``, a double negation taken into account: one that is the other text's "only"
    (do not use it unless told: use it only if told) is said with none, and that "only" is then no implicit negation
    (use it only if not told is no rendering of it); one of "without" may be (do not take it without asking: ask
    before you take it)."""
    if doubled is None:
        return _overlap(said, may_say, kept, may_keep)
    ours, theirs = doubled()
    if ours == "only":
        return _overlap(said - 2, may_say, kept, max(0, may_keep - 1))
    if theirs == "only":
        return _overlap(said, max(0, may_say - 1), kept - 2, may_keep)
    return _overlap(said, may_say, kept, may_keep) \
        or (ours is not None and _overlap(said - 2, may_say, kept, may_keep)) \
        or (theirs is not None and _overlap(said, may_say, kept - 2, may_keep))


def _doubling(source: str, text: str, said: Grouped, kept: Grouped, lex: tuple[Compiled, Compiled]) -> Doubling | None:
    """How to work out the double negations of ``source`` and of ``text`` (``double_negation``), when either has a
    word that makes one."""
    ours, theirs = lex
    if not may_pair(said, ours) and not may_pair(kept, theirs):
        return None
    return lambda: (double_negation(said, source, ours, kept, theirs), double_negation(kept, text, theirs, said, ours))


def _pair_found(source: str, text: str, lex: tuple[Compiled, Compiled]) -> tuple[Grouped, Grouped]:
    """The matches of ``source`` and of its translation ``text``, as ``_paired``."""
    ours, theirs = lex
    return _paired(matches(source, ours), matches(text, theirs), lex, source, text)


def _paired(said: Grouped, kept: Grouped, lex: tuple[Compiled, Compiled], source: str, text: str) \
        -> tuple[Grouped, Grouped]:
    """The matches of a source (``said``) and of its translation (``kept``), each ``_uncapped`` by the other's
    lexicon and ``_capped_alike``, the source's ``_bounds_as_negations``."""
    ours, theirs = lex
    said, kept = _capped_alike(_uncapped(said, theirs), _uncapped(kept, ours), lex, source, text)
    said, kept = _rendered_implicits(_bounds_as_negations(said, kept, lex), kept, lex)
    return _opposed(said, ours, kept, theirs)


def _opposed(said: Grouped, ours: Compiled, kept: Grouped, theirs: Compiled) -> tuple[Grouped, Grouped]:
    """Each text's words negated by a prefix read as negations where the other text says the word itself, and not
    its negation, while the text does not say the word ("unsafe" where the other says «безопасно», «небезопасно»
    where it says "safe"; ``_negating``), and then the other text's words that hold their negation ("not safe", «не
    безопасно»: none or one) as the negation each then renders: "It is safe" → «Небезопасно» adds a negation, "It is
    unsafe" → «Безопасно» drops one; "not safe" → «небезопасно» keeps it, and "do not …; it is not safe" →
    «…; это небезопасно» drops one. "dangerous" → «небезопасно» (no "safe" in it) is free as before, and so is a text
    that says both ("not harmless; it can be dangerous")."""
    if not (said["opp"] and kept["pos"]) and not (kept["opp"] and said["pos"]):
        return said, kept
    in_source, in_translation = _negating(said, ours, kept, theirs), _negating(kept, theirs, said, ours)
    said = _as_negations(_as_negations(said, ours, "opp", in_source), ours, "pos", in_translation)
    kept = _as_negations(_as_negations(kept, theirs, "opp", in_translation), theirs, "pos", in_source)
    return said, kept


def _negating(found: Grouped, lex: Compiled, other: Grouped, other_lex: Compiled) -> frozenset[str]:
    """The words whose negation by a prefix ``found`` says where ``other`` says the word itself and not its negation,
    and ``found`` does not say the word."""
    if not found["opp"] or not other["pos"]:
        return frozenset()
    affirmed = {other_lex.name_of[m.label] for m in other["pos"]} - {other_lex.name_of[m.label] for m in other["opp"]}
    return frozenset({lex.name_of[m.label] for m in found["opp"]} & affirmed
                     - {lex.name_of[m.label] for m in found["pos"]})


def _as_negations(found: Grouped, lex: Compiled, kind: str, words: frozenset[str]) -> Grouped:
    """``found`` with its implicit negations that are words of ``kind`` (opp, pos) of ``words`` read as negations."""
    spans = {(m.start, m.end) for m in found[kind] if lex.name_of[m.label] in words}
    negated = [m for m in found["imp"] if (m.start, m.end) in spans]
    if not negated:
        return found
    return {**found, "imp": [m for m in found["imp"] if (m.start, m.end) not in spans],
            "neg": sorted(found["neg"] + negated, key=lambda m: m.start)}


def _capped_alike(said: Grouped, kept: Grouped, lex: tuple[Compiled, Compiled], source: str, text: str) \
        -> tuple[Grouped, Grouped]:
    """Each text without its ``caps_across`` a conditional where the other text pairs no cap with a negation: "do not
    take it if your fever is above 39 °C" is a negation and no bound beside «не принимайте его, если температура выше
    39 °C», and a bound beside «не принимайте его при температуре выше 39 °C»."""
    if not said["cap"] or not kept["cap"]:
        return said, kept  # (a text with no cap word: the other's caps are read as they are)
    ours, theirs = lex
    if (across := caps_across(said, source, ours)) and not capped(kept, text, theirs):
        said = {**said, "cap": [m for m in said["cap"] if not any(m is c for c in across)]}
    if (across := caps_across(kept, text, theirs)) and not capped(said, source, ours):
        kept = {**kept, "cap": [m for m in kept["cap"] if not any(m is c for c in across)]}
    return said, kept


def _rendered_implicits(said: Grouped, kept: Grouped, lex: tuple[Compiled, Compiled]) -> tuple[Grouped, Grouped]:
    """Each text without its implicit negations said by an "only" or a "prevent" that the other text says too ("only"
    and «только», "prevent" and «предотвратить»): each renders the other, so neither stands for a negation the other
    text lost or added ("do not help … should only be taken" → «действуют …, принимать следует только» drops the
    "not"; "helps prevent" → «не помогает предотвратить» adds one). Not other classes: "not unusual" is «не
    редкость», a rarely word with the negation it needs."""
    if not said["imp"] or not kept["imp"]:
        return said, kept
    own: set[tuple[int, int]] = set()
    other: set[tuple[int, int]] = set()
    for name in _RENDERING:
        ours, theirs = _implicit_of(said, lex[0], name), _implicit_of(kept, lex[1], name)
        both = min(len(ours), len(theirs))
        own.update(ours[:both])
        other.update(theirs[:both])
    if not own:
        return said, kept
    return ({**said, "imp": [m for m in said["imp"] if (m.start, m.end) not in own]},
            {**kept, "imp": [m for m in kept["imp"] if (m.start, m.end) not in other]})


_RENDERING = ("only", "prevents")  # classes whose implicit words render each other


def _implicit_of(found: Grouped, lex: Compiled, name: str) -> list[tuple[int, int]]:
    """The spans of ``found``'s implicit negations that are words of the class ``name``."""
    spans = {(m.start, m.end) for m in found["imp"]}
    return [(m.start, m.end) for m in found["mod"] if (m.start, m.end) in spans and lex.name_of[m.label] == name]


def _bounds_as_negations(said: Grouped, kept: Grouped, lex: tuple[Compiled, Compiled]) -> Grouped:
    """``said`` with each of its bounds that hold a negation ("no more than", "not less than", "must not exceed") of
    a class the translation does not say read as that negation alone, where the translation's lexicon is one of the
    short lists (not stele's own en, ru, uk): its language may say the bound by a negation and a word the list lacks
    ("no puede exceder", "nicht kleiner als", "لا أكثر"). A translation with no negation for it then drops one."""
    ours, theirs = lex
    if theirs.curated or not (said["bnd"] or said["cap"]):
        return said
    says = {theirs.name_of[m.label] for m in kept["mod"] + kept["bnd"]} | ({"at-most"} if kept["cap"] else set())
    lacking = {name for name in ("at-least", "at-most") if name not in says}
    negations = [(bound, negation) for bound in said["bnd"] if ours.name_of[bound.label] in lacking
                 and (negation := _negation_in(bound, ours)) is not None]
    if not negations and not ("at-most" in lacking and said["cap"]):
        return said
    spans = {(bound.start, bound.end) for bound, _ in negations}
    return {**said, "neg": sorted(said["neg"] + [negation for _, negation in negations], key=lambda m: m.start),
            "bnd": [m for m in said["bnd"] if (m.start, m.end) not in spans],
            "mod": [m for m in said["mod"] if (m.start, m.end) not in spans],
            "cap": said["cap"] if "at-most" not in lacking else []}


def _negation_in(bound: Match, lex: Compiled) -> Match | None:
    """The negation word a bound's words start with or hold ("not" of "not exceed", "no" of "no more than")."""
    at = bound.start
    for word in bound.text.split(" "):
        label = next((e.label for e in lex.matcher.entries.get(word, ()) if lex.kind_of[e.label] == "neg"), None)
        if label is not None:
            return Match(at, at + len(word), label, word)
        at += len(word) + 1
    return None


def _untied(said: Grouped, kept: Grouped, lex: tuple[Compiled, Compiled]) -> tuple[Grouped, Grouped]:
    """Each text's matches ``without_untils`` of the other's."""
    ours, theirs = lex
    return without_untils(said, ours, kept, theirs), without_untils(kept, theirs, said, ours)


def _uncapped(found: Grouped, other: Compiled) -> Grouped:
    """``found`` without its caps where the other language's lexicon has none: a cap turns a negation into an
    at-most bound only where both sides can say so (de, es… bound with phrases that hold the negation, nicht mehr
    als, or not at all)."""
    if not found["cap"] or "cap" in other.kinds:
        return found
    return {**found, "cap": []}


def modalities_of(source: str, text: str, lex: tuple[Compiled, Compiled], found: tuple[Grouped, Grouped] | None = None,
                  ) -> tuple[dict[str, str], dict[str, str]]:
    """The modality classes of ``source`` and of its translation ``text`` (``modalities``, ``_uncapped``; from
    their matches ``found`` when the caller has them), of those both languages can say (German has no word here
    for "once": a "once a day" it renders is not lost)."""
    ours, theirs = lex
    said, kept = _paired(*found, lex, source, text) if found else _pair_found(source, text, lex)
    both = ours.classes & theirs.classes
    named = ({name: words for name, words in modalities_in(said, source, ours).items() if name in both},
             {name: words for name, words in modalities_in(kept, text, theirs).items() if name in both})
    if (said["std"] or kept["std"]) and named[0].keys() != named[1].keys():
        for name in STOOD_IN:  # said by words that stand in for it: not … unless, нельзя, до 4
            if (name in named[0]) != (name in named[1]):
                lacking = 0 if name in named[1] else 1
                words = stand_in(name, said, source, ours) if lacking == 0 else stand_in(name, kept, text, theirs)
                if words is not None:
                    named[lacking][name] = words
    if "at-most" in named[0] and "at-most" in named[1] and (words := _loosened(said, source, kept, text, lex)):
        named[1][LOOSENED] = words
    return named


LOOSENED = "more-than"  # a cap no negation denies, that a positive imperative governs («давайте больше»)


def _loosened(said: Grouped, source: str, kept: Grouped, text: str, lex: tuple[Compiled, Compiled]) -> str | None:
    """``loosened`` words of the translation, where it denies fewer caps than its source: one of the source's at-most
    bounds said as a dose to exceed, which another bound of the sentence hides (both texts say at-most: "Do not give
    more than 4 doses …, and never give it for more than 3 days" → «Давайте больше 4 доз … и никогда не давайте его
    дольше 3 дней»; one that says none loses it)."""
    ours, theirs = lex
    denied = capped(kept, text, theirs)
    if len(denied) >= len(capped(said, source, ours)):
        return None
    return loosened(kept, text, denied)


def counts_negations(theirs: Compiled) -> bool:
    """Whether the translation's language has negation words to count (Turkish negates with suffixes)."""
    return "neg" in theirs.kinds or "con" in theirs.kinds


def polarity_kept(source: str, text: str, said: Grouped, kept: Grouped, lex: tuple[Compiled, Compiled]) -> bool:
    """Whether a message other than a disclaimer keeps its negations as a whole (then ``polarity_finding`` finds
    nothing), from the matches of its source (``said``) and translation (``kept``)."""
    ours, theirs = lex
    if not counts_negations(theirs):
        return True
    said, kept = _untied(*_paired(said, kept, lex, source, text), lex)
    return _agree(negation_count(said, source, ours), may_add(said, source, ours), negation_count(kept, text, theirs),
                  may_add(kept, text, theirs), _doubling(source, text, said, kept, lex))


def modality_kept(source: str, text: str, said: Grouped, kept: Grouped, lex: tuple[Compiled, Compiled]) -> bool:
    """Whether a message other than a disclaimer keeps its modality as a whole (then ``modality_finding`` finds
    nothing): ``modality_changes`` of its classes is empty."""
    if not said["mod"] and not kept["mod"] and not said["cap"] and not kept["cap"]:
        return True
    return not modality_differs(*modalities_of(source, text, lex, (said, kept)))


def modality_differs(said: dict[str, str], kept: dict[str, str]) -> bool:
    """Whether ``modality_changes`` of texts with the modality classes ``said`` and ``kept`` has any: each change
    is of a class one text says and the other does not (the common case, none, answered at once)."""
    differ = said.keys() ^ kept.keys()
    if not differ:
        return False
    if LOOSENED in kept:
        return True
    if any(name not in LOST_FREELY if name in said else _gained(name, said, kept)
           for name in differ if name in _STRICT):
        return True
    return any(_swapped(one, other, said, kept) for name in differ for one, other in _SWAPS_OF.get(name, ()))


def _gained(name: str, said: Collection[str], kept: Collection[str]) -> bool:
    """Whether the translation's ``name``, which its source lacks, counts: not a class gained freely, nor one that
    a class of the source licenses (a leave to see a doctor where the source says may or can)."""
    return name in kept and name not in GAINED_FREELY and LICENSED_BY.get(name) not in said


def _quoted(words: list[str]) -> str:
    return ", ".join(f"“{w}”" for w in words) if words else "none"


def polarity_finding(file: CatalogFile, msg: Message, source: str, text: str, lex: tuple[Compiled, Compiled],
                     split: Split | None = None) -> Finding | None:
    """Whether the translation keeps the source's negations: a disclaimer sentence by sentence, any other message
    as a whole, then (to say where) by sentence (``source`` and ``text`` already cleaned; ``split``: their
    sentence pairs, when the caller shares them)."""
    ours, theirs = lex
    if not counts_negations(theirs):
        return None  # a language that negates with suffixes (Turkish): no words to count
    whole = None
    if not is_disclaimer(msg):
        whole = Negations.of(source, text, ours, theirs)
        if whole.agree():
            return None
    for part in split() if split is not None else aligned(source, text, lex):
        found = whole if whole is not None and not part.where else Negations.of(part.source, part.target, ours,
                                                                                theirs)
        if not found.agree():
            said, kept = found.said, found.kept
            where = f"{part.where}: " if part.where else ""
            verb = "drops a negation" if len(said) > len(kept) else "adds a negation"
            return file.finding(
                "polarity", msg.msgstr_line,
                f"{where}translation {verb}: the source has {len(said)} ({_quoted(said)}), the translation "
                f"{len(kept)} ({_quoted(kept)}); check that it does not say the opposite",
                msg=msg, severity=severity_of(msg))
    return None


def modality_finding(file: CatalogFile, msg: Message, source: str, text: str, lex: tuple[Compiled, Compiled],
                     split: Split | None = None) -> Finding | None:
    """Whether the translation keeps the source's always/only/at least/at most/once/twice and must vs may."""
    whole = None
    if not is_disclaimer(msg):
        whole = modality_changes(*modalities_of(source, text, lex))
        if not whole:
            return None
    for part in split() if split is not None else aligned(source, text, lex):
        changes = whole if whole is not None and not part.where else \
            modality_changes(*modalities_of(part.source, part.target, lex))
        if changes:
            where = f"{part.where}: " if part.where else ""
            return file.finding("modality", msg.msgstr_line, f"{where}translation {' and '.join(changes)}",
                                msg=msg, severity=severity_of(msg))
    return None


def modality_changes(said: dict[str, str], kept: dict[str, str]) -> list[str]:
    """How the translation's modality differs: a class lost or gained, or obligation turned into permission
    (must ↔ may), or a dose's time turned to another (before ↔ after meals): translators render these freely, so
    only a swap counts (``SWAPPED``)."""
    swaps = [(one, other) for one, other in _SWAPS if _swapped(one, other, said, kept)]
    changes = [f"loses “{name}” (“{said[name]}”)" for name in STRICT_CLASSES
               if name in said.keys() - kept and name not in LOST_FREELY]
    changes += [f"adds “{name}” (“{kept[name]}”)" for name in STRICT_CLASSES
                if name not in said and _gained(name, said, kept) and all(other != name for _, other in swaps)]
    changes += [f"turns “{one}” (“{said[one]}”) into “{other}” (“{kept[other]}”)" for one, other in swaps]
    if LOOSENED in kept:
        changes.append(f"turns “at-most” (“{said['at-most']}”) into “{LOOSENED}” (“{kept[LOOSENED]}”)")
    return changes


_SWAPS = tuple(pair for one, other in SWAPPED for pair in ((one, other), (other, one)))
_SWAPS_OF = {name: tuple(pair for pair in _SWAPS if pair[0] == name) for name, _ in _SWAPS}  # a swap's first class
_STRICT = frozenset(STRICT_CLASSES)


def _swapped(one: str, other: str, said: Collection[str], kept: Collection[str]) -> bool:
    """Whether a text that says ``one`` and not ``other`` has a translation that says ``other`` and not ``one``; must
    and may with "only" on both sides are none ("must contain only letters": "solo puede contener letras", «может
    содержать только буквы», a restriction either way)."""
    if one in _MUST_MAY and other in _MUST_MAY and "only" in said and "only" in kept:
        return False
    return one in said and other not in said and other in kept and one not in kept


_MUST_MAY = frozenset(("must", "may"))
