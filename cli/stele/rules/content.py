"""Content rules: disclaimers, markup, glossary, untranslatable terms, script, escapes, status."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from itertools import chain
from operator import attrgetter

from stele.locales import language_scripts, named_script
from stele.model import CheckSettings, DisclaimerRule, Finding, disclaimer_ids
from stele.po.catalog import Message
from stele.rules.base import CatalogFile
from stele.rules.meaning import TAG
from stele.rules.sources import content_messages
from stele.rules.zawgyi import check_zawgyi, may_hold_myanmar

_RESIDUE = re.compile(r"(?<![\\0-9A-Za-z])[uU]0[0-9a-fA-F]{3}(?:[uU]0[0-9a-fA-F]{3})*")
_MOJIBAKE = re.compile(
    "[ÐÑ][\u0080-\u00bf\u2018-\u2022\u2026\u02c6\u0152\u0153\u0160\u0161\u0178\u017d\u017e€]"
    "|â€[\u0080-\u00bf\u2018-\u201e\u2122\u0153™œ]|Ã[\u0080-\u00bf]|\ufffd"
)
_MOJIBAKE_START = re.compile("[ÐÑâÃ\ufffd]")  # every _MOJIBAKE match begins with one of these: a quick test first
_MSGID, _MSGSTR, _PLURALS = attrgetter("msgid"), attrgetter("msgstr"), attrgetter("msgstr_plural")
_LETTERS = re.compile(r"[^\W\d_]{2,}")
_SCRIPT_NAMES = {
    "Cyrl": "CYRILLIC",
    "Grek": "GREEK",
    "Arab": "ARABIC",
    "Hebr": "HEBREW",
    "Deva": "DEVANAGARI",
    "Armn": "ARMENIAN",
    "Geor": "GEORGIAN",
    "Thai": "THAI",
}


def _translations(msg: Message) -> list[str]:
    return [t for t in msg.translations if t]


def checked_messages(file: CatalogFile) -> Iterator[Message]:
    """Active, non-header messages of a translated catalog."""
    if file.is_template:
        return
    for msg in file.parsed.messages:
        if not msg.obsolete and not msg.is_header:
            yield msg


def check_untranslated(file: CatalogFile) -> Iterator[Finding]:
    for msg in checked_messages(file):
        if msg.state == "untranslated":
            yield file.finding("untranslated", msg.line, "message is not translated", msg=msg, severity="warning")


def check_fuzzy(file: CatalogFile) -> Iterator[Finding]:
    for msg in checked_messages(file):
        if msg.state == "fuzzy":
            notes = [c.removeprefix("stele: ") for c in msg.comments if c.startswith("stele: fuzzy guess")]
            why = f" ({'; '.join(notes)})" if notes else ""
            text = f"translation is fuzzy{why}: review it and remove the fuzzy flag"
            yield file.finding("fuzzy", msg.line, text, msg=msg)


def check_obsolete(file: CatalogFile) -> Iterator[Finding]:
    for msg in file.parsed.messages:
        if msg.obsolete:
            yield file.finding(
                "obsolete", msg.line, "obsolete entry (kept so its translation is not lost)", msg=msg, severity="info"
            )


def check_same_as_source(file: CatalogFile, settings: CheckSettings) -> Iterator[Finding]:
    kept = settings.untranslatable
    for msg in content_messages(file):
        text = msg.msgid
        for term in kept:
            text = text.replace(term, "")
        if msg.msgstr and msg.msgstr == msg.msgid and _LETTERS.search(_strip_markup(text)):
            yield file.finding(
                "same-as-source", msg.line, "translation is the same as the source text", msg=msg, severity="warning"
            )


@lru_cache(maxsize=256)
def _scripts(locale: str) -> frozenset[str]:
    """The Unicode name prefixes of the scripts a translation into ``locale`` may be written in; empty: any.

    A script the locale names is the only one (``sr@latin``, ``sr_Cyrl``); otherwise every script CLDR writes the
    language in (Serbian: Cyrillic and Latin, so either passes); a Latin or unlisted script is not checked.
    """
    named = named_script(locale)
    scripts = {named} if named else set(language_scripts(locale))
    names = {_SCRIPT_NAMES.get(script) for script in scripts}
    return frozenset() if None in names or not names else frozenset(n for n in names if n)


def _foreign_words(text: str, source: str) -> list[str]:
    """Words of ``text`` that the source does not have as written (names and codes kept from it are fine, and a
    one-word source's code spelled in other case or with a hyphen: "RDWcv" as "RDW-CV", "Email" as "E-mail")."""
    said = _LETTERS.findall(source)
    if len(said) == 1 and _letters_of(text) == _letters_of(source):
        return []
    kept = set(said)
    return [word for word in _LETTERS.findall(_strip_markup(text)) if word not in kept]


def _letters_of(text: str) -> str:
    return "".join(ch for ch in text if ch.isalpha()).casefold()


def check_script(file: CatalogFile, settings: CheckSettings) -> Iterator[Finding]:
    """A translation into a Cyrillic (Greek, Arabic…) locale with no letter of that script.

    Error when it has two or more words of its own in another script, warning for one; a catalog written mostly
    in another script gets one warning instead (its locale is probably named wrong).
    """
    scripts = _scripts(file.locale) if file.locale else frozenset()
    if not scripts:
        return
    total, foreign = 0, []
    for msg in content_messages(file):
        source = _strip_markup(_without(msg.msgid, settings.untranslatable))
        if not _LETTERS.search(source):
            continue
        for text in _translations(msg):
            total += 1
            if not any(ch.isalpha() and unicodedata.name(ch, "").startswith(tuple(scripts)) for ch in text):
                foreign.append((msg, _foreign_words(text, source)))
    names = " or ".join(sorted(s.title() for s in scripts))
    if total >= 10 and len(foreign) * 2 > total:
        yield file.finding("script", 1, f"{len(foreign)} of {total} translations have no {names} letters: is the "
                           f"catalog's locale {file.locale!r} right (another script, e.g. @latin)?", severity="warning")
        return
    reported: set[int] = set()
    for msg, words in foreign:
        if words and id(msg) not in reported:
            reported.add(id(msg))
            yield file.finding("script", msg.msgstr_line,
                               f"translation has no {names} letters; is it in the right language?",
                               msg=msg, severity="error" if len(words) >= 2 else "warning")


def check_escapes(file: CatalogFile) -> Iterator[Finding]:
    """Lost-backslash residue (u043au0440…) and mojibake in sources and translations; Burmese in Zawgyi, not Unicode
    (one finding for the catalog)."""
    texts = all_texts(file)
    if may_hold_myanmar(texts):
        yield from check_zawgyi(file)
    if not _may_hold_escapes(texts):
        return
    for msg in file.parsed.messages:
        if msg.is_header:
            continue
        for where, text, line in (
            ("msgid", msg.msgid, msg.line),
            *(("msgstr", t, msg.msgstr_line) for t in msg.translations),
        ):
            problem = escape_problem(text)
            if problem:
                yield file.finding("escapes", line, f"{where} {problem}", msg=msg)


def all_texts(file: CatalogFile) -> str:
    """Every text of every message of ``file`` (the header's too: a superset), joined by newlines."""
    msgs = file.parsed.messages
    return "\n".join(chain(map(_MSGID, msgs), map(_MSGSTR, msgs), chain.from_iterable(map(_PLURALS, msgs))))


def _may_hold_escapes(texts: str) -> bool:
    """False when no text of a catalog (``texts``, all of them joined) can give an escape_problem: each of its
    findings needs "u0" or "U0", U+FFFD or a _MOJIBAKE match in the text, so in all the texts joined (most catalogs
    hold none of them; no _MOJIBAKE match spans the joining newline). Each _MOJIBAKE match begins with one of ÐÑâÃ or
    is U+FFFD: ``in`` finds a character far faster than a regex scans for one."""
    return "u0" in texts or "U0" in texts or "\ufffd" in texts \
        or (any(first in texts for first in "ÐÑâÃ") and _MOJIBAKE.search(texts) is not None)


def escape_problem(text: str) -> str | None:
    """Describe broken escapes or mojibake in ``text``, or None."""
    residue = _residue(text) if "u0" in text or "U0" in text else None
    if residue:
        decoded = "".join(chr(int(code, 16)) for code in re.findall(r"[0-9a-fA-F]{4}", residue.group()))
        return f"holds {residue.group()!r}, Unicode escapes that lost their backslashes (meant {decoded!r}?)"
    if "\ufffd" in text:
        return (
            "holds U+FFFD '\ufffd', left where bytes were not valid in the catalog's charset"
            " (an octal or hex escape, or a broken re-encoding); write the character itself"
        )
    bad = _MOJIBAKE.search(text) if _MOJIBAKE_START.search(text) else None
    if bad:
        return f"holds mojibake {bad.group()!r} (UTF-8 read in the wrong charset); fix the encoding"
    return None


def _residue(text: str) -> re.Match[str] | None:
    """Unicode escapes that lost their backslashes: a run of them, one inside a word («врu0430ч»), or one written
    as escapes are (\\u0430, a lost «а»); not a capital U0101 standing alone, as a device's code is ("error U0101")."""
    for found in _RESIDUE.finditer(text):
        start, end = found.span()
        if end - start > 5 or found.group().startswith("u") or text[start - 1: start].isalpha() \
                or text[end: end + 1].isalpha():
            return found
    return None


def _strip_markup(text: str) -> str:
    return _MARKUP.sub(" ", text)


_MARKUP = re.compile(r"\]\([^)]*\)|" + TAG + r"|%\(\w+\)[a-z]|\{\w*\}|https?://\S+")


def _without(text: str, terms: tuple[str, ...]) -> str:
    for term in terms:
        text = text.replace(term, "")
    return text


def check_untranslatable(file: CatalogFile, settings: CheckSettings) -> Iterator[Finding]:
    for msg in content_messages(file):
        for term in settings.untranslatable:
            if term in msg.msgid and re.search(rf"(?<!\w){re.escape(term)}(?!\w)", msg.msgid):  # cheap test first
                for text in _translations(msg):
                    if term not in text:
                        yield file.finding(
                            "untranslatable",
                            msg.msgstr_line,
                            f"{term!r} must stay exactly as written in the translation",
                            msg=msg,
                        )
                        break


def check_glossary(file: CatalogFile, settings: CheckSettings) -> Iterator[Finding]:
    locale = (file.locale or "").split("_")[0]
    for term, forms in settings.glossary.items():
        stem = forms.get(file.locale or "") or forms.get(locale)
        if not stem:
            continue
        source_re = re.compile(rf"(?i)(?<!\w){re.escape(term)}")
        target_re = re.compile(rf"(?i)(?<!\w){re.escape(stem)}")
        for msg in content_messages(file):
            if source_re.search(msg.msgid):
                for text in _translations(msg):
                    if not target_re.search(text):
                        yield file.finding(
                            "glossary",
                            msg.msgstr_line,
                            f"{term!r} must be translated as {stem!r} (any case form)",
                            msg=msg,
                        )
                        break


def check_disclaimer_catalog(file: CatalogFile, rules: tuple[DisclaimerRule, ...]) -> Iterator[Finding]:
    """Each disclaimer is translated, reviewed, and says what its rule requires in this locale."""
    by_id = {rule.id: rule for rule in rules}
    for msg in checked_messages(file):
        ids = disclaimer_ids(msg.extracted)
        if not ids:
            continue
        label = ", ".join(ids)
        if not all(msg.translations):
            yield file.finding(
                "disclaimer",
                msg.line,
                f"disclaimer ({label}) is not translated; the page cannot be published without it",
                msg=msg,
            )
        elif msg.fuzzy:
            yield file.finding(
                "disclaimer",
                msg.line,
                f"disclaimer ({label}) is fuzzy; review the translation and remove the fuzzy flag",
                msg=msg,
            )
        else:
            yield from _disclaimer_wording(file, msg, [by_id[i] for i in ids if i in by_id])


def _disclaimer_wording(file: CatalogFile, msg: Message, rules: list[DisclaimerRule]) -> Iterator[Finding]:
    locale = file.locale or ""
    for rule in rules:
        pattern = rule.locale_patterns.get(locale) or rule.locale_patterns.get(locale.split("_")[0])
        if pattern is not None and not pattern.search(msg.msgstr):
            yield file.finding(
                "disclaimer",
                msg.msgstr_line,
                f"disclaimer ({rule.id}) translation does not say what it must: {rule.description} "
                f"(expected to match {pattern.pattern!r})",
                msg=msg,
            )
