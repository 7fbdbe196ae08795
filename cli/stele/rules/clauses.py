"""How the meaning rules count what a text says, clause by clause, from its matches: its negations (concord,
bounds and caps taken into account) and its modality classes."""

from __future__ import annotations

import bisect
import re
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING

from stele.rules.lexicon_classes import COORDINATORS, EMPHATIC, HOWEVER, JUST, OR_SEVERAL, PAIRED, THAN, UNTIL, UP_TO
from stele.rules.lexicons import COUNT_NOUNS, COUNT_WORDS
from stele.rules.number_tokens import _BEFORE, DIGIT
from stele.rules.wordmatch import CLAUSE_MARKS, SENTENCE_MARK, Match, lowered

if TYPE_CHECKING:
    from pymorphy3 import MorphAnalyzer

    from stele.rules.meaning import Compiled, Grouped


def negation_count(found: Grouped, text: str, lex: Compiled) -> int:
    """``len(negations(text, lex))`` from ``text``'s matches ``found``."""
    if not found["bnd"] and not found["con"] and not found["cap"] and not _openings(found, lex):
        return len(found["neg"])
    return len(negations_in(found, text, lex))


def without_untils(found: Grouped, lex: Compiled, other: Grouped, other_lex: Compiled) -> Grouped:
    """``found`` without the negations it says with an "until" (ru «пока не узнаете», uk «доки не знатимете»: until
    you know) that the other text's "until" words account for; where the other text has none, such a negation is
    one («пока не установлена»: not yet established)."""
    if not found["std"] or not found["neg"] or not other["std"]:
        return found
    untils = sum(1 for m in other["std"] if other_lex.name_of[m.label] == UNTIL)
    starts = {m.end + 1 for m in found["std"] if lex.name_of[m.label] == UNTIL}
    said = [m for m in found["neg"] if m.start in starts][:untils]
    return {**found, "neg": [m for m in found["neg"] if not any(m is n for n in said)]} if said else found


def negations_in(found: Grouped, text: str, lex: Compiled) -> list[str]:
    """``negations`` of ``text`` from its matches ``found``."""
    found = _unconceded(found, text, lex)
    said, concord = _unbounded(found["neg"], found), _unbounded(found["con"], found)
    capping = [neg for neg, _ in capped(found, text, lex)]
    if capping:
        said = [m for m in said if not any(m is neg for neg in capping)]
    if not concord:
        return [m.text for m in said]
    if not lex.unspaced:
        marks = _clause_marks(text)
        # every negation agrees with the concord of its clause, one that makes a bound too (никогда не превышайте)
        negated = {bisect.bisect(marks, m.start) for m in found["neg"] + [b for b in found["bnd"] if _denies(b, lex)]}
        for match in concord:
            clause = bisect.bisect(marks, match.start)
            if clause not in negated:
                negated.add(clause)
                if not _goes_on(text, marks, clause, match, concord):
                    said.append(match)
    return [m.text for m in said]


def _unconceded(found: Grouped, text: str, lex: Compiled) -> Grouped:
    """``found`` without the negative word of each concessive clause, the first after the words that open it in the
    clause («Как бы хорошо вы себя ни чувствовали», «Що б не сталося»: however well you feel, whatever happens)."""
    opening = _openings(found, lex)
    if not opening or not (found["neg"] or found["con"]):
        return found
    marks = _clause_marks(text)
    conceded: list[Match] = []
    for start in opening:
        clause = bisect.bisect(marks, start.start)
        after = [m for m in found["neg"] + found["con"]
                 if m.start >= start.end and bisect.bisect(marks, m.start) == clause]
        if after:
            conceded.append(min(after, key=lambda m: m.start))
    return {**found, "neg": [m for m in found["neg"] if not any(m is c for c in conceded)],
            "con": [m for m in found["con"] if not any(m is c for c in conceded)]}


def _openings(found: Grouped, lex: Compiled) -> list[Match]:
    """The words of ``found`` that open a concessive clause («как бы», «що б»)."""
    return [m for m in found["std"] if lex.name_of[m.label] == HOWEVER] if found["std"] else []


def _denies(bound: Match, lex: Compiled) -> bool:
    """Whether ``bound`` starts with a negation word (не более, not exceed), which agrees with concord."""
    return any(label == "neg" for label, _ in lex.matcher.kinds.get(bound.text.split(" ", 1)[0], ()))


def _goes_on(text: str, marks: tuple[int, ...], clause: int, match: Match, concord: list[Match]) -> bool:
    """Whether ``match`` opens its clause and repeats a negative word of the clause before: one negation in two
    clauses (не принимайте ни аспирин, ни ибупрофен; ні алкоголю, ні кави)."""
    if not clause or lowered(text)[marks[clause - 1] + 1: match.start].strip():
        return False
    start = marks[clause - 2] + 1 if clause > 1 else 0
    return any(m.text == match.text and start <= m.start < marks[clause - 1] for m in concord)


def _unbounded(words: list[Match], found: Grouped) -> list[Match]:
    """``words`` but those inside a bound (the «не» of «не более»)."""
    if not found["bnd"] or not words:
        return list(words)
    return [m for m in words if not any(b.start <= m.start < b.end for b in found["bnd"])]


@lru_cache(maxsize=16)  # asked of one text by each count (negations, caps, carriers) in turn
def _clause_marks(text: str) -> tuple[int, ...]:
    """Where the clauses of ``text`` end (offsets in its lowered text, as matches have them)."""
    return tuple(m.start() for m in CLAUSE_MARKS.finditer(lowered(text)))


def capped(found: Grouped, text: str, lex: Compiled) -> list[tuple[Match, Match]]:
    """Each cap of ``text`` (exceed, более) that a negation denies, with that negation: the nearest one before it in
    its clause (do not exceed, never exceed, не принимайте более 4 г: one at-most bound, no negation), else the first
    after it past a number («дольше 2 недель нельзя», «больше 2 таблеток не принимайте»; «больше не» is no longer),
    unless a positive imperative governs it (``bidden``: «Давайте больше 4 доз … и никогда не давайте его дольше 3
    дней», whose «не» is the next verb's). A negative word that agrees with a negation does not deny one (никогда
    больше не: never again)."""
    if not found["cap"]:
        return []
    negative = _unbounded(found["neg"], found)
    marks = () if lex.unspaced else _clause_marks(text)
    pairs: list[tuple[Match, Match]] = []
    for cap in found["cap"]:
        clause = bisect.bisect(marks, cap.start)
        if cap.text in _NO_CAP_AFTER and _names_a_group(lowered(text), cap):
            continue  # «Не рекомендовано людям віком понад 65 років»: a group by its age, no limit
        free = [m for m in negative if bisect.bisect(marks, m.start) == clause and not any(m is n for n, _ in pairs)]
        before = [m for m in free if m.end <= cap.start]
        after = [m for m in free if m.start >= cap.end and DIGIT.search(lowered(text), cap.end, m.start)] \
            if not before and cap.text not in _NO_CAP_AFTER else []
        if before or (after and bidden(text, cap) is None):
            pairs.append((before[-1] if before else after[0], cap))
    return pairs


def loosened(found: Grouped, text: str, pairs: list[tuple[Match, Match]]) -> str | None:
    """The first cap of ``text`` that no negation denies (``pairs``: ``capped``'s) and a positive imperative governs,
    with that verb («давайте больше»: give more than): a limit turned into a dose to exceed."""
    denied = {id(cap) for _, cap in pairs}
    return next((words for cap in found["cap"] if id(cap) not in denied and (words := bidden(text, cap))), None)


def bidden(text: str, cap: Match) -> str | None:
    """The words from a positive imperative before ``cap`` in its clause to the cap («давайте больше», «приймайте
    понад»): a verb in the imperative with no «не» right before it (ru, uk: pymorphy3 reads the words); else None."""
    if _CYRILLIC.search(cap.text) is None:
        return None
    from stele.rules.morphology import analyzer  # (read only here: a Russian or Ukrainian cap)

    words = _words_before(text, cap)
    for n, word in enumerate(words):
        if (n and words[n - 1].group() == "не") or not any(_commands(analyzer(language), word.group())
                                                           for language in ("ru", "uk")):
            continue
        return lowered(text)[word.start(): cap.end]
    return None


def _commands(morph: MorphAnalyzer, word: str) -> bool:
    """Whether ``word``'s likeliest readings (those of the top score) are a verb in the imperative («давайте»; not
    «день», a noun first and the imperative of «деть» last)."""
    parses = morph.parse(word) if morph.word_is_known(word) else []
    return any({"VERB", "impr"} in parse.tag for parse in parses if parse.score >= parses[0].score)


_CYRILLIC = re.compile("[а-яёіїєґ]")


def may_add(found: Grouped, text: str, lex: Compiled) -> int:
    """How many negations ``text`` may say beyond those counted: its implicit ones (persist: не проходит), and each
    carrier after a negative word in its clause (do not drink or drive: не пейте и не садитесь)."""
    if not found["car"] or not (found["neg"] or found["con"]):
        return len(found["imp"])
    marks = () if lex.unspaced else _clause_marks(text)
    first: dict[int, int] = {}  # clause → where its first negative word starts
    for word in found["neg"] + found["con"]:
        clause = bisect.bisect(marks, word.start)
        first[clause] = min(first.get(clause, word.start), word.start)
    carried = [m for m in found["car"] if first.get(bisect.bisect(marks, m.start), m.start) < m.start]
    return len(found["imp"]) + len(carried)


def caps_across(found: Grouped, text: str, lex: Compiled) -> list[Match]:
    """The caps of ``text`` that ``capped`` pairs with a negation across a conditional ("do not take it if your fever
    is above 39 °C": the negation may govern the verb only, "above" then being no at-most bound)."""
    if not found["cap"] or lex.conditional is None:
        return []
    ifs = [m.start() for m in lex.conditional.finditer(lowered(text))]
    return [cap for neg, cap in capped(found, text, lex)
            if any(min(neg.end, cap.end) <= at < max(neg.start, cap.start) for at in ifs)]


# not … go away: it persists, the negation says; не рекомендуется: advised against, no "preferably"
_DENIABLE = frozenset(("must", "may", "recommended", "resolves", "preferably", "leave", "hedged"))


def modalities_in(found: Grouped, text: str, lex: Compiled) -> dict[str, str]:
    """``modalities`` of ``text`` from its matches ``found``: a must, may or recommended that a negation right before
    it denies is none (не можна, не может, not necessary, не рекомендуется: a prohibition or a leave, which the
    negation says)."""
    named: dict[str, str] = {}
    denied = {neg.end + 1 for neg in found["neg"]} if found["neg"] else set()
    for match in found["mod"]:
        name = lex.name_of[match.label]
        if name in named or (name == "once" and _counted(text, match)) or _standing(text, match):
            continue
        if not (name in _DENIABLE and match.start in denied):
            named[name] = match.text
    if found["cap"] and "at-most" not in named:
        for neg, cap in capped(found, text, lex)[:1]:
            named["at-most"] = lowered(text)[min(neg.start, cap.start): max(neg.end, cap.end)]
    if ("larger" in named or "smaller" in named) and any(lex.name_of[m.label] == THAN for m in found["std"]):
        named.pop("larger", None)  # a comparison: which side is larger depends on what is compared
        named.pop("smaller", None)
    return named


# A word that says "it is worth" (preferably) only with an infinitive in its clause («стоит посоветоваться с врачом»,
# «принимать его не стоит»); with none it is a verb of its own: stands, costs («солнце стоит низко», «курс стоит 20
# долларов»)
_WORTH = {"стоит": "ru"}


def _standing(text: str, match: Match) -> bool:
    """Whether ``match`` is one of ``_WORTH`` with no infinitive in its clause (pymorphy3 reads the words)."""
    language = _WORTH.get(match.text)
    if language is None:
        return False
    from stele.rules.morphology import analyzer

    words = [word.group() for word in (*_words_before(text, match), *_words_after(text, match))]
    return not any(parse.tag.POS == "INFN" for word in words for parse in analyzer(language).parse(word))


_LETTERS = re.compile(r"[^\W\d_]+")


def _words_before(text: str, match: Match) -> list[re.Match[str]]:
    """The words of ``match``'s clause before it, in the lowered text (as matches have their offsets)."""
    marks = _clause_marks(text)
    clause = bisect.bisect(marks, match.start)
    return list(_LETTERS.finditer(lowered(text), marks[clause - 1] + 1 if clause else 0, match.start))


def _words_after(text: str, match: Match) -> list[re.Match[str]]:
    """The words of ``match``'s clause after it."""
    marks, low = _clause_marks(text), lowered(text)
    clause = bisect.bisect(marks, match.start)
    return list(_LETTERS.finditer(low, match.end, marks[clause] if clause < len(marks) else len(low)))


def _counted(text: str, match: Match) -> bool:
    """Whether ``match`` starts with a count noun that a number other than 1 counts (5 раз в день, до четырёх раз в
    сутки, несколько раз в день: the "раз в день" of "once a day" is also the "times a day" after a count)."""
    if match.text.split(" ", 1)[0] not in COUNT_NOUNS:
        return False
    count = _COUNT_BEFORE.search(lowered(text), 0, match.start)
    if count is None:
        return False
    word = count.group(1)
    return word != "1" if word.isdigit() else word in COUNT_WORDS or _count_words().get(word, 1) != 1


_COUNT_BEFORE = re.compile(r"(?<![\w.,])(\w+)\s?$")


@lru_cache(maxsize=1)
def _count_words() -> dict[str, int | Decimal]:
    """The number words of the languages with count nouns (ru, uk), ё as е (as ``lowered`` has them) → value."""
    from stele.rules.number_syntax import _with_plain_e
    from stele.rules.number_words import number_words

    return {word: value for language in ("ru", "uk")  # (the hundreds' other forms say no one: no dictionary)
            for word, value in _with_plain_e(number_words(language, dictionary=False)).items()}


# Caps that name a group more often than they limit a dose: «пацієнтам понад 65 років корекція дози не потрібна».
_NO_CAP_AFTER = frozenset(("понад", "свыше", "above"))


def _names_a_group(low: str, cap: Match) -> bool:
    """Whether the cap (понад, свыше, above) names people by their age: years follow it, and the word before it is
    a noun in the dative («людям», «пацієнтам», «детям») or an age («віком», «в возрасте», "aged"); «Не принимайте
    свыше 5 лет» is a limit."""
    if _age().match(low, cap.end) is None:
        return False
    before = _BEFORE.search(low, max(0, cap.start - 24), cap.start)
    if before is None:
        return False
    word = before.group(1)
    if word in ("aged", "age"):
        return True
    from stele.rules.morphology import analyzer  # (read only here: a cap of a group with years after it)

    known = [analyzer(language) for language in ("ru", "uk") if analyzer(language).word_is_known(word)]
    return any(parse.normal_form in ("возраст", "вік") or {"NOUN", "datv"} in parse.tag
               for morph in known for parse in morph.parse(word))


@lru_cache(maxsize=1)
def _age() -> re.Pattern[str]:
    """A number of years within a few words (in digits or words: «понад шістдесят п'ять років»), the numbers rule's
    words for a year in en, ru, uk."""
    from stele.rules.number_vocabulary import EN_UNITS, LANGUAGE_UNITS

    years = "|".join([EN_UNITS["year"], *(LANGUAGE_UNITS[lang]["year"] for lang in ("ru", "uk"))])
    return re.compile(rf"(?:\s+[\w'’.,-]+){{1,4}}?\s+(?:{years})(?!\w)")


def paired(found: Grouped, text: str, lex: Compiled) -> dict[str, tuple[Match, Match]]:
    """Each ``PAIRED`` class (unless, without) of ``text`` whose word a negation before it in its sentence makes a
    double negation, with that negation and the word (do not use it unless told: "not", "unless"); not one of another
    clause that a comma and a coordinating conjunction part from it («не действуют на вирусы, и принимать их следует
    и без назначения»: no "only")."""
    if not found["std"] or not found["neg"]:
        return {}
    pairs: dict[str, tuple[Match, Match]] = {}
    low = lowered(text)
    for word in found["std"]:
        name = lex.name_of[word.label]
        if name not in PAIRED or name in pairs:
            continue
        before = [neg for neg in found["neg"] if neg.end <= word.start]
        if before and SENTENCE_MARK.search(low, before[-1].end, word.start) is None \
                and _COORDINATED.search(low, before[-1].end, word.start) is None:
            pairs[name] = (before[-1], word)
    return pairs


_COORDINATED = re.compile(rf",\s*(?:{'|'.join(COORDINATORS)})(?!\w)")


def may_pair(found: Grouped, lex: Compiled) -> bool:
    """Whether ``found`` has a negation and a ``PAIRED`` word, which ``paired`` may make a double negation."""
    return bool(found["std"]) and bool(found["neg"]) and any(lex.name_of[m.label] in PAIRED for m in found["std"])


def says_only(found: Grouped, lex: Compiled) -> bool:
    """Whether ``found`` has an "only" word (only, только, лише)."""
    return any(lex.name_of[m.label] == "only" for m in found["mod"])


def double_negation(found: Grouped, text: str, lex: Compiled, other: Grouped, other_lex: Compiled) -> str | None:
    """The double negation of ``text`` that its translation (``other``'s matches) may say with none: "only" where a
    negation and "unless" after it are the other's "only" (the other says one and this does not), "without" where
    a negation and "without" may be said with none; else None."""
    pairs = paired(found, text, lex)
    if "unless" in pairs and says_only(other, other_lex) and not says_only(found, lex):
        return "only"
    return "without" if "without" in pairs else None


# a class → the stand-in class of words that say it
_STOOD_IN_BY = {"always": EMPHATIC, "at-most": UP_TO, "at-least": OR_SEVERAL}
STOOD_IN = ("only", *_STOOD_IN_BY)  # the classes stand-ins say: "only" by a double negation (``paired``)


def stand_in(name: str, found: Grouped, text: str, lex: Compiled) -> str | None:
    """The words of ``text`` that say the modality class ``name`` where the other text says it, though alone they
    add none: "not … unless" or «не … без» for "only" (``paired``) or a ``JUST`` word («всего», «суто»), an
    ``EMPHATIC`` word for "always", an ``UP_TO`` one for "at-most"."""
    if name == "only":
        pair = next(iter(paired(found, text, lex).values()), None)
        if pair is not None:
            return " … ".join(m.text for m in pair)
        return next((m.text for m in found["std"] if lex.name_of[m.label] == JUST), None)
    word = _STOOD_IN_BY.get(name)
    return next((m.text for m in found["std"] if lex.name_of[m.label] == word), None)
