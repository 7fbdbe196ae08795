"""Inline Markdown: a text's inline tokens exactly as ``MarkdownIt.parseInline`` gives them, for less work per call.

The renderer (each translated segment of a page) and the markup rule (each translation with markup) parse many
short texts; most of ``parseInline``'s cost per call is its core pass, and a text with no character any inline
rule starts on is a single text token. Both shortcuts are taken only for a parser whose rules this module knows
(the commonmark preset, with or without raw HTML, plus tables); any other parser is asked as usual.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from stele.links import safe_link

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

# The characters each inline rule can start on; a rule missing here (linkify, a plugin's) turns the shortcuts off.
_RULE_CHARS = {
    "text": "",
    "newline": "\n",
    "escape": "\\",
    "backticks": "`",
    "strikethrough": "~",
    "emphasis": "*_",
    "link": "[",
    "image": "[",  # "![": no image without its "["
    "autolink": "<",
    "html_inline": "<",
    "entity": "&",
}
_CORE = ("normalize", "block", "inline", "text_join")  # parseInline's core pass when nothing else is enabled
_RULES2 = frozenset({"balance_pairs", "strikethrough", "emphasis", "fragments_join"})
_known: dict[int, tuple[MarkdownIt, re.Pattern[str] | None]] = {}  # id(parser) → (parser, its rules' start chars)


def _starts(md: MarkdownIt) -> re.Pattern[str] | None:
    """The characters any of ``md``'s inline rules can start on, or None when ``md`` has a rule this module does
    not know (``md``'s rules are read on its first use: a parser is set up before it parses)."""
    found = _known.get(id(md))
    if found is not None and found[0] is md:
        return found[1]
    names = md.inline.ruler.get_active_rules()
    known = (md.core.ruler.get_active_rules() == list(_CORE) and all(name in _RULE_CHARS for name in names)
             and all(name in _RULES2 for name in md.inline.ruler2.get_active_rules()))
    pattern = re.compile("[" + re.escape("".join(_RULE_CHARS[n] for n in names)) + "]") if known else None
    if len(_known) >= 16:  # parsers are made once per module; bounded all the same
        _known.clear()
    _known[id(md)] = (md, pattern)
    return pattern


def page_parser() -> MarkdownIt:
    """The parser for text going onto a page: no raw HTML, only safe link schemes."""
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": False}).enable("table")
    md.validateLink = safe_link  # type: ignore[method-assign]
    return md


@lru_cache(maxsize=1)
def page_md() -> MarkdownIt:
    """The one page parser of this process: the renderer's, which the markup rule keeps its tokens for."""
    return page_parser()


def inline_tokens(md: MarkdownIt, text: str, *, keep_for: MarkdownIt | None = None) -> list[Token]:
    """The inline tokens of ``text``: equal to ``md.parseInline(text)[0].children``, new objects on each call.

    ``keep_for``: another parser that will be asked for the same text (the page's, after the markup rule's); the
    tokens are kept for it when they are provably what it gives: ``text`` has no ``<`` (the two may differ in raw
    HTML alone) and each link the parse met was judged alike by both parsers' link checks.
    """
    kept = _KEPT.get((id(md), text))
    if kept is not None and kept[0] is md:
        return _copies(kept[1])
    starts = _starts(md)
    if starts is None or "\r" in text or "\0" in text:
        return md.parseInline(text)[0].children or []
    if starts.search(text) is None:  # nothing but text: the text rule takes it whole
        return [_text(text)] if text else []
    if keep_for is None or "<" in text or not _alike(md, keep_for):
        return _parsed(md, text)
    alike = [True]
    check, other, own = md.validateLink, keep_for.validateLink, "validateLink" in vars(md)

    def watched(url: str) -> bool:
        verdict = check(url)
        alike[0] = alike[0] and verdict == other(url)
        return verdict

    md.validateLink = watched  # type: ignore[method-assign]
    try:
        found = _parsed(md, text)
    finally:
        if own:
            md.validateLink = check  # type: ignore[method-assign]
        else:
            del md.validateLink  # the class's again
    if alike[0]:
        if len(_KEPT) >= _KEEP:
            del _KEPT[next(iter(_KEPT))]  # the oldest
        _KEPT[id(keep_for), text] = (keep_for, _copies(found))
    return found


_KEEP = 1024  # texts kept for another parser: those of an article's catalogs, checked just before its pages render
_KEPT: dict[tuple[int, str], tuple[MarkdownIt, list[Token]]] = {}  # (id of the parser kept for, text) → tokens
_ALIKE: dict[tuple[int, int], tuple[MarkdownIt, MarkdownIt, bool]] = {}


def _alike(md: MarkdownIt, other: MarkdownIt) -> bool:
    """Whether ``md`` and ``other`` parse inline Markdown alike but for raw HTML and their link checks (both
    parsers this module knows, the same rules and options, neither with its own link normalizing)."""
    found = _ALIKE.get((id(md), id(other)))
    if found is not None and found[0] is md and found[1] is other:
        return found[2]
    rules = [(p.inline.ruler.get_active_rules(), p.inline.ruler2.get_active_rules(), p.core.ruler.get_active_rules())
             for p in (md, other)]
    options = [{k: v for k, v in p.options.items() if k != "html"} for p in (md, other)]
    own = {"normalizeLink", "normalizeLinkText"} & (set(vars(md)) | set(vars(other)))
    alike = (type(md) is type(other) and rules[0] == rules[1] and options[0] == options[1] and not own
             and _starts(md) is not None)
    if len(_ALIKE) >= 16:
        _ALIKE.clear()
    _ALIKE[id(md), id(other)] = (md, other, alike)
    return alike


def _parsed(md: MarkdownIt, text: str) -> list[Token]:
    from markdown_it.rules_core.text_join import _join_text_tokens

    children: list[Token] = []
    md.inline.parse(text, md, {}, children)
    for child in children:  # as the core pass's text_join: an image's alt tokens, then the text's
        if child.children:
            child.children = _join_text_tokens(child.children)
    return _join_text_tokens(children)


def _text(content: str) -> Token:
    from markdown_it.token import Token

    token = Token("text", "", 0)
    token.content = content
    return token


def _copies(tokens: list[Token]) -> list[Token]:
    from markdown_it.token import Token

    return [Token(t.type, t.tag, t.nesting, dict(t.attrs), t.map, t.level,
                  None if t.children is None else _copies(t.children), t.content, t.markup, t.info, dict(t.meta),
                  t.block, t.hidden) for t in tokens]
