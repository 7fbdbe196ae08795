"""Review view: every page in every locale, held-back ones too, with the gate's reasons and each block's message;
rendered in memory for ``stele serve --review``, never into public/."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import jinja2
from markupsafe import Markup

from stele.catalogs.segments import ParsedArticle
from stele.locales import SITE_DOMAIN, LocaleInfo, locale_info
from stele.model import Config, Finding, HeldBack, Segment
from stele.po import Catalog, Message
from stele.rules import CheckOptions
from stele.site.build import SiteState, compile_locale, gate_site, read_site
from stele.site.gate import catalog_findings
from stele.site.pages import (
    PageDates,
    SitePlan,
    article_page,
    chooser_page,
    index_page,
    listing_item,
    locale_environment,
    page_path,
)
from stele.site.render import Translations, page_parser

MARK = "stele-review"  # the class of every element the review view adds: public/ never has it
_MD = page_parser()
_STYLE = Markup("""<meta name="robots" content="noindex">
<style>
.stele-review-banner { border: 2px solid #b91c1c; background: #fef2f2; border-radius: .5rem; padding: .5rem 1rem;
  margin: 1rem auto; max-width: 46rem; font-size: .9rem; }
.stele-review-banner[data-stele-review="published"] { border-color: #15803d; background: #f0fdf4; }
.stele-review-banner ul { margin: .25rem 0; padding-left: 1.25rem; }
details.stele-review { font-size: .85rem; border-left: 3px solid #94a3b8; background: #f8fafc;
  margin: .25rem 0 1rem; padding: .15rem .5rem; }
details.stele-review[data-findings="error"] { border-color: #b91c1c; }
details.stele-review[data-findings="warning"] { border-color: #b45309; }
.stele-review dl { display: grid; grid-template-columns: max-content 1fr; gap: .1rem .75rem; margin: .25rem 0; }
.stele-review dd { margin: 0; min-width: 0; overflow-wrap: anywhere; }
.stele-review code { white-space: pre-wrap; overflow-wrap: anywhere; }
.stele-review .error { color: #991b1b; }
</style>
""")
_BODY = re.compile(r"<body\b[^>]*>", re.I)


@dataclass(frozen=True, slots=True)
class ReviewSite:
    """The review pages, by path below the site root (``ru/<slug>/index.html``), and what the gate holds back."""

    pages: dict[str, str]
    held: tuple[HeldBack, ...]


@dataclass
class BlockNotes:
    """The details of each block of one page: its message in the catalog, the findings on it, where to edit it."""

    catalog: Catalog | None
    locale: str
    path: str  # the catalog, as check shows it
    findings: dict[str, list[Finding]]  # msgid → check's findings on that message
    source_lang: str
    anchors: dict[str, str] = field(default_factory=dict)  # msgid → the id of the first block showing it
    count: int = 0

    def __call__(self, segment: Segment) -> Markup:
        self.count += 1
        anchor = f"stele-block-{self.count}"
        self.anchors.setdefault(segment.msgid, anchor)
        entry = self.catalog.find(segment.msgid) if self.catalog is not None else None
        return block_details(segment, entry, self.where(entry), self.findings.get(segment.msgid, []),
                             anchor=anchor, source_lang=self.source_lang)

    def where(self, entry: Message | None) -> str:
        """The catalog line to edit: the entry's msgstr (its msgid when it has none)."""
        if self.catalog is None:
            return f"{self.path} (no catalog: run 'stele init {self.locale}')"
        if entry is None:
            return f"{self.path} (not in the catalog: run 'stele update')"
        return f"{self.path}:{entry.msgstr_line or entry.line}"


def block_details(
    segment: Segment, entry: Message | None, where: str, findings: Sequence[Finding], *, anchor: str, source_lang: str
) -> Markup:
    """A ``<details>`` for one block: source text, msgctxt/msgid, the translation's state, findings, where to edit.
    Every text in it is escaped (translations and finding messages are untrusted)."""
    worst = next((s for s in ("error", "warning", "info") if any(f.severity == s for f in findings)), "none")
    state = _state(entry)
    summary = f"{segment.detail or segment.kind.value}: {state}" + (f", {_count(len(findings), 'finding')}"
                                                                      if findings else "")
    rows = [
        ("Source", Markup('<span lang="{}">{}</span> (<code>{}</code>)').format(
            source_lang, Markup(_MD.renderInline(segment.msgid)), segment.reference)),
        ("msgctxt", Markup("<code>{}</code>").format(entry.msgctxt) if entry and entry.msgctxt else "(none)"),
        ("msgid", Markup("<code>{}</code>").format(segment.msgid)),
    ]
    if entry is not None and entry.has_translation:
        rows.append(("msgstr", Markup("<code>{}</code>").format("\n".join(entry.translations))))
    rows.append(("Edit", Markup("<code>{}</code>").format(where)))
    items = Markup("").join(Markup("<dt>{}</dt><dd>{}</dd>").format(k, v) for k, v in rows)
    return Markup(
        '<details class="{} stele-review-block" id="{}" data-findings="{}"{}>\n<summary>{}</summary>\n'
        "{}<dl>{}</dl>\n</details>\n"
    ).format(MARK, anchor, worst, Markup(" open") if worst == "error" else "", summary, _finding_list(findings),
             items)


def _finding_list(findings: Sequence[Finding]) -> Markup:
    if not findings:
        return Markup('<p class="stele-review-findings">No findings.</p>\n')
    items = Markup("").join(
        Markup('<li class="{}">[{}] {}: {}</li>\n').format(f.severity, f.rule, f.severity, f.message) for f in findings
    )
    return Markup('<ul class="stele-review-findings">\n{}</ul>\n').format(items)


def _state(entry: Message | None) -> str:
    if entry is None:
        return "missing: the page shows the source text"
    if entry.state == "translated":
        return "translated"
    return f"{entry.state}: the page shows the source text"


def _count(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def held_banner(held: HeldBack, info: LocaleInfo, anchors: dict[str, str]) -> Markup:
    """Why the gate holds the page back: each of check's findings (rule, message, catalog path:line) and each
    other reason, as the build says it."""
    findings = {f.as_text(): f for f in held.findings}
    items = []
    for reason in held.reasons:
        found = findings.get(reason)
        if found is None:
            items.append(Markup('<li class="error">{}</li>\n').format(reason))
            continue
        source = f" ({found.source})" if found.source else ""
        anchor = anchors.get(found.msgid or "")
        link = Markup(' <a href="#{}">show the block</a>').format(anchor) if anchor else Markup("")
        items.append(Markup('<li class="{}">[{}] {}{} — <code>{}:{}</code>{}</li>\n').format(
            found.severity, found.rule, found.message, source, found.path, found.line, link))
    return Markup(
        '<aside class="{} stele-review-banner" data-stele-review="held-back" role="note">\n'
        "<p><strong>Held back:</strong> this page is not published in {} ({}). Review view: the publishing gate "
        "found {}:</p>\n<ul>\n{}</ul>\n</aside>\n"
    ).format(MARK, info.native_name, info.bcp47, _count(len(held.reasons), "reason"), Markup("").join(items))


def published_banner(info: LocaleInfo) -> Markup:
    return Markup(
        '<aside class="{} stele-review-banner" data-stele-review="published" role="note">\n'
        "<p><strong>Review view:</strong> this page is published in {} ({}). Open a block's details to see its "
        "message.</p>\n</aside>\n"
    ).format(MARK, info.native_name, info.bcp47)


def listing_banner(held: Sequence[HeldBack], *, root: bool) -> Markup:
    """On a locale's index (or, ``root``, the language chooser): the pages held back, each linked to its review
    page."""
    items = Markup("").join(
        Markup('<li><a href="{}{}/">{}</a>: {}</li>\n').format(
            f"{locale_info(h.locale).segment}/" if root else "", h.slug, f"{h.locale}/{h.slug}",
            _count(len(h.reasons), "reason"))
        for h in held
    )
    state = "held-back" if held else "published"
    return Markup(
        '<aside class="{} stele-review-banner" data-stele-review="{}" role="note">\n'
        "<p><strong>Review view:</strong> every page, held back or not; {} held back.</p>\n{}</aside>\n"
    ).format(MARK, state, _count(len(held), "page"), Markup("<ul>\n{}</ul>\n").format(items) if held else "")


def front_matter(notes: BlockNotes, parsed: ParsedArticle) -> Markup:
    """The details of the blocks a page shows outside its body: the title and description."""
    front = [notes(segment) for segment in parsed.segments if segment.token_index is None]
    return Markup('<section class="{} stele-review-front">\n{}</section>\n').format(MARK, Markup("").join(front))


def decorate(html: str, banner: Markup) -> str:
    """A rendered page with the review style in its head and ``banner`` first in its body (any theme)."""
    head = html.replace("</head>", f"{_STYLE}</head>", 1) if "</head>" in html else f"{_STYLE}{html}"
    body = _BODY.search(head)
    return f"{head[: body.end()]}\n{banner}{head[body.end():]}" if body else f"{banner}{head}"


@dataclass(frozen=True, slots=True)
class _Review:
    """What rendering the review pages needs: the site read and gated, every catalog's findings, translations."""

    config: Config
    state: SiteState
    plan: SitePlan
    findings: dict[tuple[str, str], list[Finding]]  # (locale, domain) → every finding of check
    translations: dict[str, dict[str, Translations]]


def review_site(config: Config) -> ReviewSite:
    """Every page of every locale with its review markup, in memory; the gate decides on the very findings the
    pages show (each catalog is checked once)."""
    state = read_site(config)
    options = CheckOptions.for_config(config)
    findings: dict[tuple[str, str], list[Finding]] = {}
    for info in state.targets:
        catalogs = state.catalogs[info.code]
        for parsed in state.parsed:
            slug = parsed.article.slug
            findings[info.code, slug] = catalog_findings(catalogs, slug, options, parsed.segments)
        findings[info.code, SITE_DOMAIN] = catalog_findings(catalogs, SITE_DOMAIN, options)
    state = gate_site(config, state)
    source = locale_info(config.source_locale)
    everywhere = [source, *state.targets]
    slugs = [p.article.slug for p in state.parsed]
    plan = SitePlan(config, source, everywhere, slugs, {slug: everywhere for slug in slugs},
                    {p.article.slug: PageDates.of(p.article) for p in state.parsed})
    translations = {info.code: compile_locale(config, state.catalogs[info.code], write=False) for info in state.targets}
    review = _Review(config, state, plan, findings, translations)
    pages: dict[str, str] = {}
    for info in everywhere:
        pages.update(_locale_pages(review, info))
    pages["index.html"] = decorate(chooser_page(plan), listing_banner(state.held, root=True))
    return ReviewSite(pages, tuple(state.held))


def _locale_pages(review: _Review, info: LocaleInfo) -> dict[str, str]:
    plan, config = review.plan, review.config
    domains = review.translations.get(info.code, {})
    env = locale_environment(plan, info, domains.get(SITE_DOMAIN))
    held = {h.slug: h for h in review.state.held if h.locale == info.code}
    pages: dict[str, str] = {}
    listed = {}
    for parsed in review.state.parsed:
        slug = parsed.article.slug
        t = domains.get(slug, plan.fallback(info))
        listed[slug] = listing_item(parsed.article, info, t)
        pages[_key(config, page_path(plan, info, slug))] = _article(review, env, info, parsed, t, held.get(slug))
    index = index_page(plan, env, info, [listed[slug] for slug in plan.newest_first(plan.slugs)])
    pages[_key(config, page_path(plan, info))] = decorate(index, listing_banner(list(held.values()), root=False))
    return pages


def _article(
    review: _Review, env: jinja2.Environment, info: LocaleInfo, parsed: ParsedArticle, t: Translations,
    held: HeldBack | None,
) -> str:
    plan = review.plan
    if info == plan.source:
        return decorate(article_page(plan, env, info, parsed, t), published_banner(info))
    slug = parsed.article.slug
    catalogs = review.state.catalogs[info.code]
    by_msgid: dict[str, list[Finding]] = {}
    for finding in review.findings.get((info.code, slug), []):
        by_msgid.setdefault(finding.msgid or "", []).append(finding)
    notes = BlockNotes(catalogs.catalogs.get(slug), info.code, catalogs.paths.get(slug, slug), by_msgid,
                       plan.source.bcp47)
    html = article_page(plan, env, info, parsed, t, note=notes)
    front = front_matter(notes, parsed)
    banner = held_banner(held, info, notes.anchors) if held else published_banner(info)
    return decorate(html, banner + front)


def _key(config: Config, path: Path) -> str:
    return path.relative_to(config.public_dir).as_posix()
