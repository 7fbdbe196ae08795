"""Markup rule: inline Markdown (catalogs stele extracted) and real HTML tags match the source; nothing unsafe added."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from stele.inline import inline_tokens, page_md
from stele.links import safe_link
from stele.model import Finding
from stele.rules.base import CatalogFile
from stele.rules.sources import content_sources, is_markdown

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

_MARKUP_CHARS = re.compile(r"[*_`\[<~]")  # no such character: no inline markup, nothing to parse
_JINJA = re.compile(r"\{\{|\{%|\{#")
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)((?:\s+[^<>]*?)?)\s*(/?)>")
_HREF = re.compile(r"""\b(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.IGNORECASE)
_EVENT = re.compile(r"(?:^|\s)on[a-z]+\s*=", re.IGNORECASE)
# Elements that run code or pull in content: never added by a translation.
_ACTIVE = frozenset({"script", "iframe", "object", "embed", "style", "link", "meta", "base", "form", "input",
                     "frame", "frameset", "svg", "math", "applet", "button", "textarea", "select"})
# Inline elements a language may use for its own conventions (emphasis, superscripts, line breaks).
_FORMATTING = frozenset({"em", "strong", "b", "i", "u", "s", "sup", "sub", "small", "br", "span", "mark", "abbr",
                         "cite", "q", "kbd", "var", "samp", "code", "tt", "big", "wbr", "del", "ins", "bdi", "bdo",
                         "nobr", "font"})
_INLINE = frozenset({"a", "img", "label", "time", "data", "dfn", "ruby", "rt", "rp", "picture", "source",
                     "audio", "video", "canvas", "area", "map", "template", "slot", "noscript"})
_MD_FORMATTING = frozenset({"em_open", "strong_open", "code_inline", "s_open"})
_RANK = {"error": 3, "warning": 2, "info": 1}


@dataclass(frozen=True, slots=True)
class _Problem:
    severity: str
    text: str


@lru_cache(maxsize=1)
def _markup_md() -> MarkdownIt:
    from markdown_it import MarkdownIt  # imported when first needed, so the gettext rules start fast

    return MarkdownIt("commonmark", {"html": True})


@lru_cache(maxsize=1)
def _html_elements() -> frozenset[str]:
    from markdown_it.common.html_blocks import block_names

    return frozenset(block_names) | _ACTIVE | _FORMATTING | _INLINE


def _tag_key(match: re.Match[str]) -> str | None:
    """A real HTML tag as compared ("a href=…", "/a", "em"), or None for ``<words in brackets>``."""
    closing, name, attributes, _ = match.groups()
    name = name.lower()
    if name not in _html_elements():
        return None
    if closing:
        return f"/{name}"
    target = _HREF.search(attributes)
    link = next((g for g in target.groups() if g is not None), "") if target else ""
    unsafe = name in _ACTIVE or _EVENT.search(attributes) is not None
    return f"{'!' if unsafe else ''}{name}{' ' + link if link else ''}"


def _html(text: str) -> Counter[str]:
    return Counter(key for m in _TAG.finditer(text) if (key := _tag_key(m)) is not None) if "<" in text else Counter()


def _markdown(text: str) -> Counter[str]:
    """The structure of inline Markdown and HTML in ``text``: element kinds, link targets, real tags."""
    found: Counter[str] = Counter()
    if _MARKUP_CHARS.search(text) is None:
        return found
    for token in inline_tokens(_markup_md(), text, keep_for=page_md()):  # the page parses it next
        if token.type in ("link_open", "image"):
            found[f"{token.type}:{token.attrGet('href') or token.attrGet('src')}"] += 1
        elif token.type == "html_inline":
            found.update(_html(token.content))
        elif token.type in _MD_FORMATTING:
            found[token.type] += 1
    return found


# A source text is checked against each locale's translation: its structure is read once (never mutated).
_source_markdown = lru_cache(maxsize=4096)(_markdown)


def _link_of(key: str) -> str | None:
    if key.startswith(("link_open:", "image:")):
        return key.partition(":")[2]
    name, _, link = key.lstrip("!").partition(" ")
    return link if name in ("a", "img") or link else None


def _kind(key: str, markdown: bool) -> str:
    """How sure a difference in ``key`` is a defect: error (links, structure in Markdown) or warning (formatting)."""
    name = key.lstrip("/!").partition(" ")[0]
    if key in _MD_FORMATTING or name in _FORMATTING:
        return "warning"
    return "error" if markdown else "warning"


def markup_problem(source: str, text: str, *, markdown: bool) -> _Problem | None:
    """The worst markup difference between a source and its translation, or None."""
    if markdown and ":" in text:
        unsafe = _unsafe_target(text)
        if unsafe is not None:
            return _Problem("error", f"translation adds an unsafe link {unsafe!r}; use only the source's links")
    if not _may_have_markup(source, markdown) and not _may_have_markup(text, markdown):  # the common case
        return _added_template(source, text) or _added_host(source, text, markdown)
    src, tgt = (_source_markdown(source), _markdown(text)) if markdown else (_html(source), _html(text))
    for key in tgt:
        link = _link_of(key)
        if link is not None and not safe_link(link):
            return _Problem("error", f"translation adds an unsafe link {link!r}; use only the source's links")
        if key.startswith("!") and tgt[key] > src[key]:
            return _Problem("error", f"translation adds active HTML {_active(key[1:])}; a translation is text")
    added = _added_template(source, text)
    if added is not None:
        return added
    problems = [
        _Problem(_kind(key, markdown), f"translation {what}: {_shown(key)}")
        for what, keys in (("adds markup the source does not have", tgt - src),
                           ("loses markup or link targets of the source", src - tgt))
        for key in sorted(keys)
    ]
    if not problems:
        return _added_host(source, text, markdown)
    worst = max(_RANK[p.severity] for p in problems)
    chosen = [p for p in problems if _RANK[p.severity] == worst]
    head, _, _ = chosen[0].text.partition(": ")
    same = [p.text.partition(": ")[2] for p in chosen if p.text.startswith(head + ":")]
    return _Problem(chosen[0].severity, f"{head}: {', '.join(same)}")


# A Markdown link's target as written ("](javascript:…)", "[x]: data:…", "<vbscript:…>"): markdown-it makes no link of
# an unsafe one, so a renderer that does (an exported MkDocs page) would be the first to read it.
_TARGET = re.compile(r"\]\(\s*<?([^\s)>]+)|^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)|<([a-zA-Z][\w+.-]*:[^\s>]*)>",
                     re.MULTILINE)


def _unsafe_target(text: str) -> str | None:
    """The first link target written in ``text`` that a page must not carry (``safe_link``), or None."""
    for m in _TARGET.finditer(text):
        target = m.group(1) or m.group(2) or m.group(3)
        if target and not safe_link(target):
            return target
    return None


def _active(key: str) -> str:
    """An active element as found: "<script>", or "<img> with an event attribute (onerror=…)"."""
    name = key.partition(" ")[0]
    return f"<{name}>" if name in _ACTIVE else f"<{name}> with an event attribute (on…=)"


_NAMES = {"em_open": "emphasis", "strong_open": "bold", "code_inline": "inline code", "s_open": "strikethrough"}


def _shown(key: str) -> str:
    """A compared element as a translator reads it: "a link to /guide", "bold", "<strong>", "</a>"."""
    if key.startswith("link_open:"):
        return f"a link to {key.partition(':')[2]}"
    if key.startswith("image:"):
        return f"an image {key.partition(':')[2]}"
    if key in _NAMES:
        return _NAMES[key]
    return f"<{key.lstrip('!')}>"


def _may_have_markup(text: str, markdown: bool) -> bool:
    """False when ``text`` has no element at all (``_markdown``/``_html`` would find nothing)."""
    return _MARKUP_CHARS.search(text) is not None if markdown else "<" in text


def _added_host(source: str, text: str, markdown: bool) -> _Problem | None:
    """An address written out in the translation on a host none of the source's has ("example.org/help" →
    "evil.example/help"): the reader is sent elsewhere; a localized path on the same host is not."""
    if "://" not in text and "www." not in text:
        return None
    hosts = {m.group(1).lower() for m in _ADDRESS.finditer(source)}
    for m in _ADDRESS.finditer(text):
        if m.group(1).lower() not in hosts:
            return _Problem("error" if markdown else "warning",
                            f"translation adds an address on {m.group(1)!r}, a host the source does not name; "
                            f"keep the source's addresses")
    return None


_ADDRESS = re.compile(r"(?:https?://|(?<![\w.])(?=www\.))([\w-]+(?:\.[\w-]+)+)", re.IGNORECASE)


def _added_template(source: str, text: str) -> _Problem | None:
    if "{" in text and _JINJA.search(text) and not _JINJA.search(source):  # each _JINJA match holds a "{"
        return _Problem("error", "translation adds template syntax ({{ … }} or {% … %}); remove it")
    return None


def check_markup(file: CatalogFile) -> Iterator[Finding]:
    """Inline markup and link targets match the source; nothing is added, no unsafe link."""
    sources = content_sources(file)
    for msg in sources.messages:
        markdown = is_markdown(msg, sources)
        for text in (t for t in msg.translations if t):
            problem = markup_problem(msg.msgid, text, markdown=markdown)
            if problem is not None:
                yield file.finding("markup", msg.msgstr_line, problem.text, msg=msg, severity=problem.severity)
                break
