"""Segments: walk an Article's Markdown once and cut it into translatable Segments."""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from markdown_it import MarkdownIt
from markdown_it.token import Token

from stele.errors import SourceError
from stele.model import Article, DisclaimerRule, Segment, SegmentKind

_DIRECTIVE_RE = re.compile(r"<!--\s*stele:\s*(.*?)\s*-->", re.S)
_DISCLAIMER_RE = re.compile(r"disclaimer\s+([A-Za-z0-9][\w-]*)")
_CONTAINERS = {
    "heading_open": SegmentKind.HEADING,
    "list_item_open": SegmentKind.LIST_ITEM,
    "blockquote_open": SegmentKind.BLOCKQUOTE,
    "th_open": SegmentKind.TABLE_CELL,
    "td_open": SegmentKind.TABLE_CELL,
}
_RULED = {SegmentKind.PARAGRAPH, SegmentKind.LIST_ITEM, SegmentKind.BLOCKQUOTE, SegmentKind.TABLE_CELL}


def source_parser() -> MarkdownIt:
    """The parser for source Markdown: CommonMark plus tables; HTML is seen (for markers)."""
    return MarkdownIt("commonmark", {"html": True}).enable("table")


@dataclass(frozen=True, slots=True)
class ParsedArticle:
    """An article's token stream and the segments cut from it, from one walk."""

    article: Article
    tokens: tuple[Token, ...]
    segments: tuple[Segment, ...]

    @property
    def disclaimers(self) -> tuple[Segment, ...]:
        return tuple(seg for seg in self.segments if seg.is_disclaimer)


@dataclass
class _Walk:
    """The walker's state: open containers and a pending disclaimer marker."""

    article: Article
    rules: Sequence[DisclaimerRule]
    known: frozenset[str] | None  # the ids a marker may name; None: any (no stele.toml to check against)
    stack: list[Token] = field(default_factory=list)
    pending: str | None = None
    marked: tuple[str, int] | None = None  # (marker id, stack depth of the marked block)
    segments: list[Segment] = field(default_factory=list)


def parse_article_body(article: Article, *, rules: Sequence[DisclaimerRule] | None = None) -> ParsedArticle:
    """Segment ``article``: title, description, then one message per Markdown block.

    With ``rules`` (a project's, even none), a disclaimer marker must name one of their ids.
    """
    tokens = tuple(source_parser().parse(article.body))
    known = None if rules is None else frozenset(rule.id for rule in rules)
    rules = rules or ()
    walk = _Walk(article, rules, known)
    walk.segments.append(_front(article, SegmentKind.TITLE, article.title, article.title_line, ()))
    walk.segments.append(_front(article, SegmentKind.DESCRIPTION, article.description, article.description_line, rules))
    for index, token in enumerate(tokens):
        _HANDLERS.get(token.type, _other)(walk, index, token)
    if walk.pending is not None:
        raise SourceError(
            f"disclaimer marker {walk.pending!r} is not followed by a block; put the text right after it",
            path=article.path,
        )
    return ParsedArticle(article, tokens, tuple(walk.segments))


def _front(article: Article, kind: SegmentKind, text: str, line: int, rules: Sequence[DisclaimerRule]) -> Segment:
    return Segment(
        msgid=text,
        kind=kind,
        path=article.path,
        line=line,
        disclaimers=tuple(rule.id for rule in rules if rule.pattern and rule.pattern.search(text)),
        detail=f"front matter: {kind.value}",
    )


def _html_block(walk: _Walk, index: int, token: Token) -> None:
    for directive in _DIRECTIVE_RE.findall(token.content):
        match = _DISCLAIMER_RE.fullmatch(directive)
        if match is None:
            raise SourceError(
                f"unknown stele directive {directive!r}; write <!-- stele: disclaimer ID -->",
                path=walk.article.path,
                line=_line(walk.article, token),
            )
        walk.pending = _known_id(walk, match.group(1), _line(walk.article, token))


def _known_id(walk: _Walk, rule_id: str, line: int) -> str:
    """``rule_id`` if a marker may name it; else an error that names the closest id of stele.toml."""
    if walk.known is None or rule_id in walk.known:
        return rule_id
    close = difflib.get_close_matches(rule_id, sorted(walk.known), n=1)
    if close:
        hint = f"did you mean {close[0]!r}?"
    elif walk.known:
        hint = f"use one of stele.toml's [[disclaimer]] ids ({', '.join(sorted(walk.known))}) or add a rule"
    else:
        hint = "stele.toml has no [[disclaimer]]; add one with this id"
    raise SourceError(f"disclaimer marker names unknown id {rule_id!r}; {hint}", path=walk.article.path, line=line)


def _inline(walk: _Walk, index: int, token: Token) -> None:
    text = _normalize(token.content)
    if not text:
        return
    kind, detail = _kind(walk.stack)
    marks: tuple[str, ...] = (walk.marked[0],) if walk.marked else ()
    ruled = tuple(r.id for r in walk.rules if kind in _RULED and r.pattern and r.pattern.search(text))
    walk.segments.append(
        Segment(
            msgid=text,
            kind=kind,
            path=walk.article.path,
            line=_line(walk.article, token),
            token_index=index,
            disclaimers=marks + tuple(r for r in ruled if r not in marks),
            detail=detail,
        )
    )


def _other(walk: _Walk, index: int, token: Token) -> None:
    if token.nesting == 1:
        if walk.pending is not None and walk.marked is None:
            walk.marked, walk.pending = (walk.pending, len(walk.stack)), None
        walk.stack.append(token)
    elif token.nesting == -1:
        walk.stack.pop()
        if walk.marked is not None and walk.marked[1] == len(walk.stack):
            walk.marked = None
    elif walk.pending is not None and token.type not in ("html_block",):
        walk.pending = None  # a marker before a code block or rule marks nothing translatable


_HANDLERS = {"html_block": _html_block, "inline": _inline}


def _kind(stack: list[Token]) -> tuple[SegmentKind, str]:
    for token in reversed(stack):
        kind = _CONTAINERS.get(token.type)
        if kind is SegmentKind.HEADING:
            return kind, f"heading ({token.tag})"
        if kind is not None:
            return kind, kind.value
    return SegmentKind.PARAGRAPH, SegmentKind.PARAGRAPH.value


def _line(article: Article, token: Token) -> int:
    return article.body_line + (token.map[0] if token.map else 0)


def _normalize(content: str) -> str:
    """Join soft line breaks with a space; keep hard breaks (two spaces or a backslash)."""
    lines = content.strip().split("\n")
    out = lines[0]
    for line in lines[1:]:
        hard = out.endswith("  ") or out.endswith("\\")
        out = (out + "\n" + line) if hard else (out.rstrip() + " " + line.strip())
    return out
