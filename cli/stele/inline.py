"""Inline Markdown: a text's inline tokens exactly as ``MarkdownIt.parseInline`` gives them, for less work per call.

The renderer (each translated segment of a page) and the markup rule (each translation with markup) parse many
short texts; most of ``parseInline``'s cost per call is its core pass, and a text with no character any inline
rule starts on is a single text token. Both shortcuts are taken only for a parser whose rules this module knows
(the commonmark preset, with or without raw HTML, plus tables); any other parser is asked as usual.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

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


def inline_tokens(md: MarkdownIt, text: str) -> list[Token]:
    """The inline tokens of ``text``: equal to ``md.parseInline(text)[0].children``, new objects on each call."""
    from markdown_it.rules_core.text_join import _join_text_tokens
    from markdown_it.token import Token

    starts = _starts(md)
    if starts is None or "\r" in text or "\0" in text:
        return md.parseInline(text)[0].children or []
    if starts.search(text) is None:  # nothing but text: the text rule takes it whole
        if not text:
            return []
        token = Token("text", "", 0)
        token.content = text
        return [token]
    children: list[Token] = []
    md.inline.parse(text, md, {}, children)
    for child in children:  # as the core pass's text_join: an image's alt tokens, then the text's
        if child.children:
            child.children = _join_text_tokens(child.children)
    return _join_text_tokens(children)
