"""Foreign-language runs: text in another script than its element's language gets a ``lang`` of its own."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from babel import Locale
from babel.core import get_global
from markdown_it.token import Token
from markupsafe import Markup, escape

from stele.locales import bcp47, writing_script

_JOINERS = "-\u2010\u2011"
MIN_LETTERS = 2  # a lone letter ("vitamin D") is not worth a language switch


@lru_cache(maxsize=1)
def _script_codes() -> dict[str, str]:
    """Unicode's name of a script (the first word of a letter's name: CYRILLIC) → its ISO 15924 code (Cyrl)."""
    return {name.upper(): code for code, name in Locale("en").scripts.items() if " " not in name}


@lru_cache(maxsize=4096)
def char_script(char: str) -> str:
    """The ISO 15924 script of a letter (``к`` → ``Cyrl``); "" for anything else or a script CLDR does not name."""
    if not char.isalpha():
        return ""
    return _script_codes().get(unicodedata.name(char, "").split(" ", 1)[0], "")


@lru_cache(maxsize=256)
def _writing_script(code: str) -> str:
    return writing_script(code)


@dataclass(frozen=True, slots=True)
class Run:
    """A piece of text; ``lang`` when it is written in another script than the text around it."""

    text: str
    lang: str = ""


class ScriptLanguages:
    """Which language a run in a script is taken to be: the project's first locale written in it (source first),
    else CLDR's likely language for the script (``und_Cyrl`` → ``ru``)."""

    def __init__(self, locales: Sequence[str]) -> None:
        self._locales = list(locales)

    @lru_cache(maxsize=64)  # noqa: B019 - one instance per render, a handful of scripts
    def language(self, script: str) -> str:
        for code in self._locales:
            if _writing_script(code) == script:
                return bcp47(code)
        likely = str(get_global("likely_subtags").get(f"und_{script}", ""))
        return likely.split("_", 1)[0] if likely else ""

    def runs(self, text: str, lang: str) -> Iterator[Run]:
        """``text`` in an element in ``lang``, cut into runs; a run of at least MIN_LETTERS letters of another
        script (with the spaces and punctuation between them) carries that script's language."""
        home = _writing_script(lang)
        start = 0
        for begin, end, script in _foreign_spans(text, home):
            language = self.language(script)
            if not language or language == lang:
                continue
            while begin > start and (text[begin - 1].isdigit() or text[begin - 1] in _JOINERS):
                begin -= 1  # 7-hydroxymitragynine is one word
            if begin > start:
                yield Run(text[start:begin])
            yield Run(text[begin:end], language)
            start = end
        if start < len(text):
            yield Run(text[start:])


def _foreign_spans(text: str, home: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, script) of each stretch of letters of one script other than ``home`` (what lies between its
    letters, spaces and punctuation, belongs to it)."""
    if home == "Latn" and text.isascii():  # ASCII letters are all Latin
        return
    chars = set(text)
    plain = _PLAIN.setdefault(home, set())
    if chars <= plain:  # no letter of another script (each character is looked at once per process)
        return
    foreign = _FOREIGN.setdefault(home, set())
    for char in chars - plain - foreign:
        script = _TAGGED.get(char)
        if script is None:
            script = _TAGGED[char] = char_script(char)
            if script and script not in _TAGS:
                _TAGS[script] = chr(0xE000 + len(_TAGS))
                _NAMES[_TAGS[script]] = script
            _TABLE[ord(char)] = _TAGS[script] if script else "."
        (plain if script in ("", home) else foreign).add(char)
    if chars <= plain:
        return
    for run in _SAME_SCRIPT.finditer(text.translate(_TABLE)):  # a letter, then anything up to the last of its script
        script = _NAMES[run.group(1)]
        if script != home and len(run.group()) - run.group().count(".") >= MIN_LETTERS:
            yield run.start(), run.end(), script


# Each character's script, as seen so far in this process (bounded by the characters Unicode has): the script's
# tag in a copy of the text ("." for what is not a letter), and per home script the characters that are no
# foreign letter in it and those that are.
_TAGGED: dict[str, str] = {}
_TABLE: dict[int, str] = {}
_TAGS: dict[str, str] = {}  # script → its tag, a private-use character
_NAMES: dict[str, str] = {}  # tag → script
_PLAIN: dict[str, set[str]] = {}
_FOREIGN: dict[str, set[str]] = {}
_SAME_SCRIPT = re.compile(r"([^.])(?:\.*\1)*")


def mark_runs(children: list[Token], lang: str, languages: ScriptLanguages) -> list[Token]:
    """The inline tokens of an element in ``lang``, each foreign run of a text token in ``<span lang>``."""
    out: list[Token] = []
    for child in children:
        if child.type != "text":
            out.append(child)
            continue
        runs = list(languages.runs(child.content, lang))
        if len(runs) == 1 and not runs[0].lang:  # no foreign run: the token as it is
            out.append(child)
            continue
        for run in runs:
            if run.lang:
                out += [_inline_html(f'<span lang="{run.lang}">'), _text(run.text), _inline_html("</span>")]
            else:
                out.append(_text(run.text))
    return out


def _text(content: str) -> Token:
    token = Token("text", "", 0)
    token.content = content
    return token


def _inline_html(content: str) -> Token:
    token = Token("html_inline", "", 0)
    token.content = content
    return token


def marked_text(text: str, lang: str, languages: ScriptLanguages) -> Markup:
    """``text`` as HTML for an element in ``lang``, each foreign run in ``<span lang>`` (a template filter)."""
    out = Markup("")
    for run in languages.runs(text, lang):
        out += Markup('<span lang="{}">{}</span>').format(run.lang, run.text) if run.lang else escape(run.text)
    return out
