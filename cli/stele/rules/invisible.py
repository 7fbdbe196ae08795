"""Invisible rule: bidi controls, zero-width characters inside words and mixed-script look-alike words, which
hide a change from every pattern and from a reviewer's eye."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache

from stele.locales import writing_script
from stele.model import CheckSettings, Finding
from stele.po.catalog import Message
from stele.rules.base import CatalogFile
from stele.rules.coverage import source_concepts
from stele.rules.meaning import clean, is_disclaimer, severity_of, translated
from stele.rules.numbers import names_a_dose

_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")
_OVERRIDE = re.compile("[\u202d\u202e]")  # LRO, RLO: they reorder what follows (the "Trojan Source" controls)
# Right-to-left scripts, whose translators use embeddings and isolates (RLE…PDF, RLI…PDI) as typography.
_RTL_SCRIPTS = frozenset(("Arab", "Hebr", "Thaa", "Syrc", "Nkoo", "Adlm", "Rohg"))
_ZERO_WIDTH = re.compile("[\u200b-\u200d\u2060\ufeff]+")  # a run of them
_SUSPECT = re.compile("[\u202a-\u202e\u2066-\u2069\u200b-\u200d\u2060\ufeff]")
# Scripts in which a zero-width character inside a word has no job (in Arabic, Persian, Indic, Thai… it has).
_PLAIN_SCRIPTS = frozenset(("LATIN", "CYRILLIC", "GREEK", "ARMENIAN"))
_LOOKALIKE_SCRIPTS = ("LATIN", "CYRILLIC", "GREEK", "ARMENIAN")
# Latin letters (with the IPA block's ɑ and the full-width ａ), Greek and Armenian, Cyrillic: as character sets.
_LAT, _GRK, _CYR = "a-zA-Z\u00c0-\u02af\uff21-\uff3a\uff41-\uff5a", "\u0370-\u03ff\u0531-\u058f", "\u0400-\u052f"
_WORD = re.compile(r"[^\W\d_]+")
# A letter of one of these scripts next to a letter of another: where a mixed-script word may be.
_LATIN = re.compile(f"[{_LAT}]")
_LATIN_RUN = re.compile(f"[{_LAT}]+")
_LATIN_OR_GREEK = re.compile(f"[{_LAT}{_GRK}]")
_GREEK = re.compile(f"[{_GRK}]")  # or Armenian
_CYRILLIC = re.compile(f"[{_CYR}]")
_MIXED = re.compile(f"[{_LAT}][{_GRK}{_CYR}]|[{_GRK}{_CYR}][{_LAT}]|[{_GRK}][{_CYR}]|[{_CYR}][{_GRK}]")
_JOINING = frozenset("'\u2019\u02bc")  # apostrophes inside a word (м’ясо, мʼясо)


def _name(char: str) -> str:
    return unicodedata.name(char, f"U+{ord(char):04X}")


@lru_cache(maxsize=4096)
def _script(char: str) -> str:
    words = _name(char).split(" ")
    return words[1] if words[0] == "FULLWIDTH" and len(words) > 1 else words[0]


def check_invisible(file: CatalogFile, settings: CheckSettings, source_locale: str) -> Iterator[Finding]:
    """Bidi controls (error; in a right-to-left locale only overrides are), zero-width characters inside a word
    (error in disclaimers, warning elsewhere), mixed-script look-alike words (error where the message carries
    safety content, warning elsewhere)."""
    script = writing_script(file.locale or "") if file.locale else ""
    rtl, cyrillic = script in _RTL_SCRIPTS, script == "Cyrl"
    last = None
    for msg, text in translated(file):
        if msg is last:
            continue  # one finding per message, not one per plural form
        found = _problem(msg, text, rtl, cyrillic)
        if found is not None:
            last = msg
            severity, problem = found
            if severity == "lookalike":
                severity = "error" if carries_safety(msg, settings, source_locale) else "warning"
            yield file.finding("invisible", msg.msgstr_line, problem, msg=msg, severity=severity)


def carries_safety(msg: Message, settings: CheckSettings, source_locale: str) -> bool:
    """Whether a message's text is what the other content rules guard, so that a look-alike letter in it can hide
    a change from them: a disclaimer, or a source with a dose (as the numbers rule reads one) or a safety term of
    the coverage rule. A look-alike in any other UI string is a typo for a reviewer, not a risk to a reader."""
    return is_disclaimer(msg) or names_a_dose(msg.msgid, source_locale) \
        or bool(source_concepts(clean(msg.msgid), settings, source_locale))


def _problem(msg: Message, text: str, rtl: bool, cyrillic: bool = False) -> tuple[str, str] | None:
    """The severity ("lookalike": the caller's to decide) and text of the first problem of a translation
    (``cyrillic``: its locale writes in Cyrillic)."""
    if not text.isprintable() and _SUSPECT.search(text) is not None:  # each of them is unprintable
        problem = _bidi(msg.msgid, text)
        if problem:
            overrides = _OVERRIDE.search(text) is not None
            return ("error" if overrides or not rtl else "warning"), problem
        problem = _zero_width(msg.msgid, text)
        if problem:
            return severity_of(msg), problem
    if not _may_mix(text):  # one script: no look-alike of another (the common case)
        return None
    if has_mixed(text):
        problem = _mixed_script(msg, clean(text))
        if problem:
            return "lookalike", problem
    if cyrillic and _LATIN_WORD.search(text) is not None:
        problem = _latin_twins(msg, clean(text))
        if problem:
            return "lookalike", problem
    return None


# The letters of the most written Cyrillic alphabets (Russian, Ukrainian, Belarusian, Serbian…): a Latin h is
# like Bashkir һ, which no reader of these takes it for ("hash" in «ҳеш(hash)» is an English word).
_COMMON_CYRILLIC = frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґўјљњћђџ")
_LATIN_WORD = re.compile(r"(?<![^\W\d_])[a-z]+(?![^\W\d_'’-])")  # lower case: «c», «caxap»; not a name, CPU


def _latin_twins(msg: Message, text: str) -> str | None:
    """A word of Latin letters each of which looks Cyrillic, beside Cyrillic text, that the source does not have
    («c водой» with a Latin c, «caxap»): a Cyrillic word to a reader, no word to a search."""
    source: set[str] | None = None
    for m in _LATIN_WORD.finditer(text):
        start, end = m.span()
        if _CYRILLIC.search(text, max(0, start - 3), end + 3) is None:
            continue
        twins = [_twin(c, "CYRILLIC") for c in m.group()]
        if not all(t is not None and t in _COMMON_CYRILLIC for t in twins):
            continue
        if source is None:
            source = {w.lower() for w in _WORD.findall(msg.msgid)}
        if m.group() not in source:
            shown = "".join(t or "" for t in twins)
            return f"the word “{m.group()}” is of Latin letters that look Cyrillic (“{shown}”); retype it"
    return None


def _may_mix(text: str) -> bool:
    """Whether ``text`` has letters of two of the scripts _MIXED looks for (cheaper to ask than _MIXED)."""
    if text.isascii() or _LATIN_OR_GREEK.search(text) is None:
        return False  # at most one script: Cyrillic
    greek, cyrillic = _GREEK.search(text) is not None, _CYRILLIC.search(text) is not None
    return (greek or cyrillic) and ((greek and cyrillic) or _LATIN.search(text) is not None)


def has_mixed(text: str) -> bool:
    """Whether ``_MIXED`` finds a letter of one script next to one of another; in a text with no Greek, from
    its Latin runs (few, in Cyrillic text) and the letters on either side of each."""
    if _GREEK.search(text) is not None:
        return _MIXED.search(text) is not None
    for run in _LATIN_RUN.finditer(text):
        start, end = run.span()
        before, after = text[start - 1: start], text[end: end + 1]
        if "\u0370" <= before <= "\u052f" or "\u0370" <= after <= "\u052f":
            return True
    return False


def _bidi(source: str, text: str) -> str | None:
    added = Counter(_BIDI.findall(text)) - Counter(_BIDI.findall(source))
    if not added:
        return None
    char = sorted(added)[0]
    return (f"translation holds the bidirectional control U+{ord(char):04X} {_name(char)}, which can reorder "
            f"what a reader sees; delete it")


def _zero_width(source: str, text: str) -> str | None:
    kept = Counter(c for run in _ZERO_WIDTH.findall(source) for c in run)
    for match in _ZERO_WIDTH.finditer(text):
        start, end = match.span()
        char = next((c for c in match.group() if not kept[c]), None)
        before, after = _letter_beside(text, start - 1, -1), _letter_beside(text, end, 1)
        if char is None or not (before.isalpha() and after.isalpha()):
            continue
        if _script(before) in _PLAIN_SCRIPTS and _script(after) in _PLAIN_SCRIPTS:
            word = _WORD.findall(text[max(0, start - 20): start])[-1:] + _WORD.findall(text[end: end + 20])[:1]
            return (f"translation hides U+{ord(char):04X} {_name(char)} inside the word “{''.join(word)}”, where "
                    f"it breaks every search and check; delete it")
    return None


def _letter_beside(text: str, at: int, step: int) -> str:
    """The character at ``at`` or on from it by ``step``, past combining marks and apostrophes (кра́\u200bтом,
    м’\u200bясо), or a space at the text's end."""
    while 0 <= at < len(text) and (text[at] in _JOINING or unicodedata.category(text[at]).startswith("M")):
        at += step
    return text[at] if 0 <= at < len(text) else " "


def _mixed_script(msg: Message, text: str) -> str | None:
    source_words = None
    for word in _WORD.findall(text):
        if len(word) < 2 or word.isascii():
            continue
        scripts = Counter(_script(c) for c in word)
        mixed = [s for s in scripts if s in _LOOKALIKE_SCRIPTS]
        if len(mixed) < 2:
            continue
        if source_words is None:
            source_words = set(_WORD.findall(msg.msgid))
        if word in source_words or _kept_name(word, msg.msgid):
            continue
        problem = _lookalikes(word, scripts)
        if problem:
            return problem
    return None


def _kept_name(word: str, source: str) -> bool:
    """A name of the source with an ending of the translation's script (SRIDгә, iPhoneом): not a look-alike. The
    name is one run of Latin letters at the word's start or end: a Cyrillic letter inside a Latin name of the source
    (ibuрrofen) splits it in two, and is one."""
    runs = _LATIN_RUN.findall(word)
    return len(runs) == 1 and len(runs[0]) >= 2 and (word.startswith(runs[0]) or word.endswith(runs[0])) \
        and re.search(rf"(?<![^\W\d_]){re.escape(runs[0])}(?![^\W\d_])", source) is not None  # a whole word


def _lookalikes(word: str, scripts: Counter[str]) -> str | None:
    """A word of one script with letters of another that look the same: every foreign letter a look-alike."""
    main = max(_LOOKALIKE_SCRIPTS, key=lambda s: (scripts[s], s == "CYRILLIC"))
    foreign = [c for c in word if _script(c) in _LOOKALIKE_SCRIPTS and _script(c) != main]
    twins = [_twin(c, main) for c in foreign]
    if not all(twins):
        return None
    pairs = zip(foreign, twins, strict=True)
    shown = ", ".join(f"“{c}” ({_name(c)}, looks like {main.title()} “{t}”)" for c, t in pairs)
    return f"the word “{word}” mixes {main.title()} letters with look-alikes of another script: {shown}; retype it"


@lru_cache(maxsize=1024)
def _twin(char: str, script: str) -> str | None:
    """The letter of ``script`` that ``char`` is confusable with (Unicode's confusables data), or None: directly,
    as its compatibility form (full-width ａ is a), with the same marks on its base letter's twin (ë is ё), or
    through a letter of a third script (Greek ο is Latin o, which is Cyrillic о)."""
    glyphs = _homoglyphs(char)
    direct = next((g for g in glyphs if _script(g) == script), None)
    if direct is not None:
        return direct
    compat = unicodedata.normalize("NFKC", char)
    if len(compat) == 1 and compat != char:
        return compat if _script(compat) == script else _twin(compat, script)
    parts = unicodedata.normalize("NFD", char)
    if len(parts) > 1:
        base = _twin(parts[0], script)
        composed = unicodedata.normalize("NFC", base + parts[1:]) if base else ""
        return composed if len(composed) == 1 else None
    return next((twin for glyph in glyphs for twin in _homoglyphs(glyph) if _script(twin) == script
                 and twin != char), None)


@lru_cache(maxsize=1024)
def _homoglyphs(char: str) -> tuple[str, ...]:
    """The single letters Unicode's confusables data gives for ``char``."""
    from confusable_homoglyphs import confusables

    return tuple(str(glyph["c"]) for found in confusables.is_confusable(char, greedy=True) or []
                 for glyph in found["homoglyphs"] if len(glyph["c"]) == 1 and glyph["c"].isalpha())
