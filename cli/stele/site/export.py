"""Export: each published article per locale as translated Markdown, for Hugo, MkDocs or any generator."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import yaml

from stele.catalogs.segments import ParsedArticle
from stele.fsutil import write_text_if_changed
from stele.locales import SITE_DOMAIN, LocaleInfo, locale_info
from stele.model import Article, Config, HeldBack, SegmentKind
from stele.po import Catalog
from stele.site.build import SiteState, assess_site
from stele.site.gate import SiteMessage
from stele.site.render import slugify

FORMATS = ("markdown", "hugo", "mkdocs")
MANIFEST = ".stele-export.json"


@dataclass(frozen=True, slots=True)
class ExportResult:
    """What an export wrote, left as it was and removed (paths relative to the output folder)."""

    written: tuple[str, ...]
    unchanged: int
    removed: tuple[str, ...]
    held_back: tuple[HeldBack, ...]


@dataclass(frozen=True, slots=True)
class ExportedPage:
    """One article in one locale: where it goes below the output folder, and its Markdown."""

    path: str
    text: str


def export_site(config: Config, out: Path, fmt: str, *, by_filename: bool = False) -> ExportResult:
    """Write every page the publishing gate lets through into ``out`` in ``fmt``'s layout; files an earlier
    export wrote that are not written now (an article deleted, a page now held back) are removed."""
    state = assess_site(config)
    pages = list(export_pages(config, state, fmt, by_filename=by_filename))
    written = [page.path for page in pages if write_text_if_changed(out / page.path, page.text)]
    manifest = out / MANIFEST
    kept = {page.path for page in pages}
    removed = [path for path in _earlier(manifest) if path not in kept and (out / path).is_file()]
    for path in removed:
        (out / path).unlink()
    write_text_if_changed(manifest, json.dumps(sorted(kept), indent=1) + "\n")
    return ExportResult(tuple(written), len(pages) - len(written), tuple(removed), tuple(state.held))


def _earlier(manifest: Path) -> list[str]:
    """What the last export into this folder wrote: its own .md files below the folder, nothing else."""
    try:
        listed = json.loads(manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    if not isinstance(listed, list):
        return []
    return [
        path for path in listed
        if isinstance(path, str) and path.endswith(".md") and not path.startswith("/") and ".." not in path.split("/")
    ]


def export_pages(config: Config, state: SiteState, fmt: str, *, by_filename: bool = False) -> Iterator[ExportedPage]:
    """The pages of an export, source locale first, then the target locales in stele.toml's order."""
    blocked = {(h.slug, h.locale) for h in state.held}
    source = locale_info(config.source_locale)
    for info in [source, *state.targets]:
        translate = _translator(state, info, is_source=info.code == source.code)
        for parsed in state.parsed:
            if (parsed.article.slug, info.code) in blocked:
                continue
            text = translated_markdown(parsed, info, translate, state.site_messages, anchors=fmt != "markdown")
            yield ExportedPage(page_path(fmt, info, parsed.article.slug, by_filename=by_filename), text)


def page_path(fmt: str, info: LocaleInfo, slug: str, *, by_filename: bool = False) -> str:
    """``markdown``: <locale>/<slug>.md; ``hugo``: content/<locale>/<slug>.md or content/<slug>.<locale>.md;
    ``mkdocs`` (mkdocs-static-i18n's suffix layout): docs/<slug>.<locale>.md. <locale> is the URL segment."""
    segment = info.segment
    if fmt == "markdown":
        return f"{segment}/{slug}.md"
    if fmt == "hugo":
        return f"content/{slug}.{segment}.md" if by_filename else f"content/{segment}/{slug}.md"
    if fmt == "mkdocs":
        return f"docs/{slug}.{segment}.md"
    raise ValueError(f"unknown export format {fmt!r}")


class Translate(Protocol):
    """A message of ``domain`` as an exported page shows it."""

    def __call__(self, domain: str, msgid: str, context: str | None = None) -> str: ...


class _Translate:
    """Reviewed translations of one locale (untranslated and fuzzy messages: the source text)."""

    def __init__(self, catalogs: dict[str, Catalog | None] | None):
        self.catalogs = catalogs

    def __call__(self, domain: str, msgid: str, context: str | None = None) -> str:
        catalog = self.catalogs.get(domain) if self.catalogs is not None else None
        found = catalog.find(msgid, context) if catalog is not None else None
        if found is None or found.fuzzy or not found.msgstr:
            return msgid
        return found.msgstr


def _translator(state: SiteState, info: LocaleInfo, *, is_source: bool) -> _Translate:
    return _Translate(None if is_source else state.catalogs[info.code].catalogs)


def translated_markdown(
    parsed: ParsedArticle,
    info: LocaleInfo,
    translate: Translate,
    site_messages: tuple[SiteMessage, ...],
    *,
    anchors: bool = False,
) -> str:
    """The article's Markdown with every block in ``info``'s language, front matter included; a health page
    ends with the site's disclaimer box as a blockquote. ``anchors``: each heading keeps the id of its source
    text (`## Сколько {#how-much}`, Hugo's and Python-Markdown attr_list's syntax), so links to it still work."""
    article, slug = parsed.article, parsed.article.slug
    front = {
        "title": translate(slug, article.title),
        "description": translate(slug, article.description),
        "slug": slug,
        "date": article.date,
        "tags": list(article.tags),
        "lang": info.bcp47,
        **_health_metadata(article),
    }
    header = yaml.safe_dump(front, allow_unicode=True, sort_keys=False, width=10_000)
    body = _translated_body(parsed, slug, translate, anchors=anchors)
    if article.is_health and site_messages:
        body = body.rstrip("\n") + "\n\n" + _box(site_messages, translate) + "\n"
    return f"---\n{header}---\n\n{body.lstrip(chr(10))}"


def _health_metadata(article: Article) -> dict[str, object]:
    """The health page's review metadata, as the source front matter gives it (names and titles stay as written)."""
    found: dict[str, object] = {}
    if article.updated:
        found["lastmod"] = article.updated  # Hugo's and mkdocs-static-i18n's name for it
    if article.reviewed:
        found["reviewed"] = article.reviewed
    if article.reviewed_by:
        found["reviewed_by"] = article.reviewed_by
    if article.sources:
        found["sources"] = [
            {key: value for key, value in (("title", s.title), ("url", s.url), ("publisher", s.publisher),
                                           ("date", s.date)) if value}
            for s in article.sources
        ]
    return found


def _box(site_messages: tuple[SiteMessage, ...], translate: Translate) -> str:
    heading, *rest = (translate(SITE_DOMAIN, m.msgid, m.context) for m in site_messages)
    lines = [f"> **{heading}**"] + [f">\n> {text}" for text in rest]
    return "\n".join(lines)


def _translated_body(parsed: ParsedArticle, slug: str, translate: Translate, *, anchors: bool) -> str:
    """Each segment's source text replaced by its translation in the source lines, containers kept.

    Segments are replaced last to first, so a block's line numbers hold until it is replaced; several on one line
    (table cells) are each looked for left of the one replaced before it.
    """
    lines = parsed.article.body.split("\n")
    limits: dict[int, int] = {}  # line → where the cell replaced last on it begins
    for segment in sorted(
        (s for s in parsed.segments if s.token_index is not None), key=lambda s: -(s.token_index or 0)
    ):
        token = parsed.tokens[segment.token_index or 0]
        if not token.map:
            continue
        start, end = token.map
        shown = translate(slug, segment.msgid)
        if anchors and segment.kind is SegmentKind.HEADING:
            shown = f"{shown} {{#{slugify(token.content)}}}"
        content = token.content.strip()
        if end - start == 1 and content in lines[start][: limits.get(start)]:
            at = lines[start].rfind(content, 0, limits.get(start))
            cell = shown.replace("|", "\\|") if lines[start].lstrip().startswith("|") else shown
            lines[start] = lines[start][:at] + cell.replace("\n", " ") + lines[start][at + len(content) :]
            limits[start] = at
        elif shown != segment.msgid:
            lines[start:end] = _replace_lines(lines[start:end], token.content, shown)
    return "\n".join(lines)


def _replace_lines(block: list[str], content: str, text: str) -> list[str]:
    """``block`` (the source lines of one inline) as ``text``, the first line's prefix (``- ``, ``> ``) kept."""
    first = content.split("\n")[0].strip()
    at = block[0].find(first)
    prefix = block[0][:at] if at >= 0 else ""
    continuation = prefix if prefix.strip(" >") == "" else " " * len(prefix)
    out = text.split("\n")
    return [prefix + out[0], *(continuation + line for line in out[1:])]
