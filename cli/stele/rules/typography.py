"""Typography: the typesetting conventions of Russian and Ukrainian translations, and the safe fixes of stele fix.

Each convention is a ``Fix``: what the rule says when a translation breaks it, and the replacement ``stele fix
--typography`` makes. The replacements only ever swap a space, a dash, a quote or an apostrophe for another; they
never touch a number, a word or markup, so applying one cannot change what a translation says.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from stele.model import CheckSettings, Finding
from stele.po.catalog import Message
from stele.rules.base import CatalogFile

NBSP = "\u00a0"
_CYRILLIC = "а-яёіїєґА-ЯЁІЇЄҐ"


@dataclass(frozen=True, slots=True)
class Fix:
    """One convention: the pattern that breaks it, its replacement, and what to tell the translator."""

    what: str
    pattern: re.Pattern[str]
    replace: str | Callable[[re.Match[str]], str]
    needs: str  # characters of which a text must hold one for ``pattern`` to match (asked first: a fast screen)

    def apply(self, text: str) -> str:
        return self.pattern.sub(self.replace, text)


_DASH = Fix("a no-break space before an em dash", re.compile(r"(?<=\S) (?=—)"), NBSP, "—")
_RANGE = Fix(
    "an en dash in a range of numbers (1–3, not 1-3)",
    re.compile(r"(?<![\d.,\-–])(\d+(?:[.,]\d+)?)-(?=\d+(?:[.,]\d+)?(?![\d\-–]))"),
    r"\1–",
    "-",
)
_QUOTES = Fix("«» quotes", re.compile(r"[\"“]([^\"“”«»\n<>]+)[\"”]"), r"«\1»", "\"“")
_APOSTROPHE = Fix("the apostrophe ’", re.compile(rf"(?<=[{_CYRILLIC}])['`](?=[{_CYRILLIC}])"), "’", "'`")
_PREPOSITIONS = {
    "ru": Fix("a no-break space after a one-letter word", re.compile(r"(?<![\w\-])([вксуоиаяВКСУОИАЯ]) (?=\w)"),
              rf"\1{NBSP}", " "),
    "uk": Fix("a no-break space after a one-letter word", re.compile(r"(?<![\w\-’])([вузіїйаоВУЗІЙАО]) (?=\w)"),
              rf"\1{NBSP}", " "),
}
_MARKUP = re.compile(r"<|\]\(|`|%\(|\{")  # quotes here may be an attribute, a link title, code or a placeholder


def fixes_for(locale: str, settings: CheckSettings) -> tuple[Fix, ...]:
    """The conventions of ``locale`` (ru and uk; none for other locales)."""
    language = locale.split("_")[0].split("@")[0]
    if language not in ("ru", "uk"):
        return ()
    found = [_DASH, _RANGE, _QUOTES]
    if language == "uk":
        found.append(_APOSTROPHE)
    if settings.typography_prepositions:
        found.append(_PREPOSITIONS[language])
    return tuple(found)


def _applicable(fix: Fix, text: str) -> bool:
    if not any(char in text for char in fix.needs):
        return False
    if fix is _QUOTES and _MARKUP.search(text):
        return False
    return bool(fix.pattern.search(text))


def typeset(msg: Message, fixes: tuple[Fix, ...]) -> list[str]:
    """The message's translations with every applicable fix made."""
    fixed = []
    for text in msg.translations:
        for fix in fixes:
            if text and _applicable(fix, text):
                text = fix.apply(text)
        fixed.append(text)
    return fixed


def check_typography(file: CatalogFile, settings: CheckSettings) -> Iterator[Finding]:
    """Each convention a translated message breaks, once per message (warning: stele fix --typography fixes it)."""
    if file.is_template or not file.locale:
        return
    fixes = fixes_for(file.locale, settings)
    if not fixes:
        return
    for msg in file.parsed.entries:
        if msg.obsolete or not msg.has_translation:
            continue
        broken = [fix.what for fix in fixes if any(text and _applicable(fix, text) for text in msg.translations)]
        if broken:
            yield file.finding("typography", msg.msgstr_line, f"use {', '.join(broken)}; 'stele fix --typography' "
                               "makes the change", msg=msg, severity="warning")
