"""Page checks: every disclaimer of the source survives onto every rendered page, box included."""

from __future__ import annotations

import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

from stele.catalogs import ParsedArticle
from stele.locales import locale_from_segment
from stele.model import Config, Finding, SegmentKind
from stele.site import SiteState, page_parser, render_site
from stele.theme import TemplateFile, template_files

_SPACE = re.compile(r"\s+")
_MD = page_parser()
BOX_TEMPLATE = "templates/partials/disclaimer.html"


class _PageText(HTMLParser):
    """Collects a page's visible text, separately the text of its disclaimer boxes, and its meta description (where
    the default theme shows an article's description: search results show it)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.boxes: list[list[str]] = []
        self.description = ""
        self._depth = 0  # >0 while inside a disclaimer box
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta" and ("name", "description") in attrs:
            self.description = normalize(dict(attrs).get("content") or "")
        if tag in ("script", "style", "head"):
            self._skip += 1
        if self._depth:
            self._depth += 1 if tag not in _VOID else 0
        elif ("data-stele", "disclaimer") in attrs:
            self._depth = 1
            self.boxes.append([])

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "head"):
            self._skip = max(0, self._skip - 1)
        if self._depth:
            self._depth -= 1

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        self.text.append(data)
        if self._depth:
            self.boxes[-1].append(data)


_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


def normalize(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def markdown_text(markdown: str) -> str:
    """The visible text of an inline Markdown message once rendered."""
    reader = _PageText()
    reader.feed(_MD.renderInline(markdown))
    return normalize("".join(reader.text))


def check_pages(config: Config, state: SiteState) -> Iterator[Finding]:
    """Render every published page in memory and look for each disclaimer on it."""
    pages = render_site(config, state, write_mo=False)
    for path, html in pages.items():
        parts = path.relative_to(config.public_dir).parts
        article = _article(state.parsed, parts)
        if article is None:
            continue
        reader = _PageText()
        reader.feed(html)
        shown = config.relative(path)
        yield from _page_findings(config, state, article, locale_from_segment(parts[0]), reader, shown)


def _article(parsed: list[ParsedArticle], parts: tuple[str, ...]) -> ParsedArticle | None:
    if len(parts) != 3:
        return None
    return next((p for p in parsed if p.article.slug == parts[1]), None)


def _page_findings(
    config: Config, state: SiteState, parsed: ParsedArticle, locale: str, reader: _PageText, shown: str
) -> Iterator[Finding]:
    text = normalize("".join(reader.text))
    catalog = state.catalogs.get(locale)
    po = catalog.catalogs.get(parsed.article.slug) if catalog else None
    for segment in parsed.disclaimers:
        entry = po.find(segment.msgid) if po is not None else None
        shown_text = markdown_text(entry.msgstr if entry is not None and entry.msgstr and not entry.fuzzy
                                   else segment.msgid)
        if shown_text not in text and not (segment.kind is SegmentKind.DESCRIPTION
                                           and shown_text in reader.description):
            yield Finding(
                shown,
                1,
                "error",
                "disclaimer",
                f"the rendered page lacks the disclaimer "
                f"{_short(segment.msgid)!r}; every template must render the whole article body",
                locale=locale,
                msgid=segment.msgid,
                source=segment.reference,
            )
    if parsed.article.is_health:
        yield from _box_findings(state, locale, reader, shown)


def _box_findings(state: SiteState, locale: str, reader: _PageText, shown: str) -> Iterator[Finding]:
    boxes = [normalize("".join(box)) for box in reader.boxes]
    if not any(boxes):
        what = "renders empty" if boxes else "is missing"
        yield Finding(
            shown,
            1,
            "error",
            "disclaimer",
            f"the medical disclaimer box {what} on this health page; "
            f"article.html must include partials/disclaimer.html with its text",
            locale=locale,
            source=BOX_TEMPLATE,
        )
        return
    catalog = state.catalogs.get(locale)
    site = catalog.catalogs.get("site") if catalog else None
    for msgid, context in state.site_messages:
        entry = site.find(msgid, msgctxt=context) if site is not None else None
        expected = normalize(entry.msgstr if entry is not None and entry.msgstr and not entry.fuzzy else msgid)
        if not any(expected in box for box in boxes):
            yield Finding(
                shown,
                1,
                "error",
                "disclaimer",
                f"the medical disclaimer box lacks {_short(msgid)!r}",
                locale=locale,
                msgid=msgid,
                source=BOX_TEMPLATE,
            )


def _short(text: str, size: int = 50) -> str:
    return text if len(text) <= size else text[: size - 1] + "…"


_PSEUDO_RUN = re.compile(r"\[[^\[\]]*?~+\]")
_ASCII_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
_ATTRIBUTES = ("alt", "title", "aria-label", "placeholder", "content")


class _VisibleText(HTMLParser):
    """Text a reader sees or hears on a pseudo page, minus other-language and CLDR-formatted parts."""

    def __init__(self, lang: str) -> None:
        super().__init__(convert_charrefs=True)
        self.lang = lang
        self.runs: list[str] = []
        self._stack: list[tuple[str, bool]] = []  # (tag, excluded)

    def _excluded(self) -> bool:
        return any(excluded for _, excluded in self._stack)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        other_lang = values.get("lang") not in (None, self.lang)
        language_name = "hreflang" in values  # native names come from CLDR, not from templates
        excluded = tag in ("script", "style", "time") or other_lang or language_name
        if not self._excluded() and not excluded:
            wanted = [
                v for k, v in attrs if k in _ATTRIBUTES and v and (tag != "meta" or values.get("name") == "description")
            ]
            self.runs.extend(wanted)
        if tag not in _VOID:
            self._stack.append((tag, excluded))

    def handle_endtag(self, tag: str) -> None:
        while self._stack:
            if self._stack.pop()[0] == tag:
                break

    def handle_data(self, data: str) -> None:
        if not self._excluded() and data.strip():
            self.runs.append(data)


def hard_coded_runs(html: str, *, lang: str, keep: tuple[str, ...]) -> list[str]:
    """English text left on a pseudo-localized page: what no catalog could translate."""
    reader = _VisibleText(lang)
    reader.feed(html)
    found = []
    for run in reader.runs:
        rest = _PSEUDO_RUN.sub(" ", run)
        for term in keep:
            rest = rest.replace(term, " ")
        rest = re.sub(r"https?://\S+", " ", rest)
        if _ASCII_WORD.search(rest):
            found.append(normalize(run))
    return found


def check_hard_coded(config: Config, pages: dict[Path, str], *, lang: str) -> Iterator[Finding]:
    """Report each hard-coded string of the pseudo pages once, at its template line when found."""
    seen: set[str] = set()
    templates = template_files(config, suffix=".html")
    for path, html in sorted(pages.items()):
        for run in hard_coded_runs(html, lang=lang, keep=config.check.untranslatable):
            if run in seen:
                continue
            seen.add(run)
            where, line = _template_line_of(config, templates, run) or (config.relative(path), 1)
            yield Finding(
                where,
                line,
                "error",
                "hard-coded",
                f'{_short(run)!r} is not translatable; wrap it in {{{{ _("…") }}}} so it reaches the catalogs',
                locale=lang,
            )


def _template_line_of(config: Config, templates: list[TemplateFile], run: str) -> tuple[str, int] | None:
    words = _ASCII_WORD.findall(_PSEUDO_RUN.sub(" ", run))
    needle = " ".join(words[:4]) if words else run
    for template in templates:
        for number, line in enumerate(template.path.read_text(encoding="utf-8").splitlines(), 1):
            if needle in normalize(line):
                return template.shown(config), number
    return None
