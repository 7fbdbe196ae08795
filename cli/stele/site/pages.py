"""Site: lay out the pages of every published locale (URLs, alternates, switcher, sitemap)."""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import quoteattr

import jinja2
from markupsafe import Markup

from stele.catalogs.segments import ParsedArticle
from stele.locales import SITE_DOMAIN, LocaleInfo
from stele.model import Article, Config
from stele.site.health import HealthView, health_view, json_ld
from stele.site.render import (
    BlockNote,
    Localized,
    NoTranslations,
    SourceText,
    Translations,
    localize,
    make_environment,
    render_body,
    render_template,
)
from stele.site.scripts import ScriptLanguages, marked_text


@dataclass(frozen=True, slots=True)
class PageDates:
    """An article's ISO dates: first published and last modified."""

    published: str
    modified: str

    @classmethod
    def of(cls, article: Article) -> PageDates:
        return cls(article.date.isoformat(), article.modified.isoformat())


@dataclass(frozen=True, slots=True)
class SitePlan:
    """Which article is published in which locale."""

    config: Config
    source: LocaleInfo
    locales: list[LocaleInfo]
    slugs: list[str]  # every article, in source order
    published: dict[str, list[LocaleInfo]]
    dates: dict[str, PageDates] = field(default_factory=dict)  # slug → its dates (sitemap, listing order)

    def only(self, slugs: list[str]) -> SitePlan:
        """The plan of these articles alone: what a worker rendering them needs (small to send, however large
        the site)."""
        return SitePlan(self.config, self.source, self.locales, slugs, {s: self.published[s] for s in slugs},
                        {s: self.dates[s] for s in slugs if s in self.dates})

    def live(self) -> list[LocaleInfo]:
        """The locales that publish at least one article: only these have an index, a sitemap entry and a link
        in the language switcher and chooser."""
        return [info for info in self.locales if any(info in self.published[slug] for slug in self.slugs)]

    def newest_first(self, slugs: list[str]) -> list[str]:
        """``slugs`` by publication date, newest first (source order among equals)."""
        missing = PageDates("", "")
        return sorted(slugs, key=lambda slug: self.dates.get(slug, missing).published, reverse=True)

    def fallback(self, info: LocaleInfo) -> Translations:
        """What a missing catalog means: the source text itself, or untranslated."""
        return SourceText() if info == self.source else NoTranslations()


@dataclass(frozen=True, slots=True)
class Alternate:
    hreflang: str
    url: str


@dataclass(frozen=True, slots=True)
class LanguageLink:
    hreflang: str
    name: str
    href: str
    current: bool = False


@dataclass(frozen=True, slots=True)
class PageView:
    """What base.html needs: language, direction, links between locales."""

    lang: str
    dir: str
    home: str
    canonical: str
    alternates: tuple[Alternate, ...]
    languages: tuple[LanguageLink, ...]


@dataclass(frozen=True, slots=True)
class ListingItem:
    """An article as a locale's index lists it."""

    title: Localized
    description: Localized
    date_iso: str
    date_text: str
    href: str


@dataclass(frozen=True, slots=True)
class ArticleView:
    title: Localized
    description: Localized
    date_iso: str
    date_text: str
    health: bool
    body: str
    meta: HealthView
    json_ld: Markup


def _url(config: Config, *parts: str) -> str:
    path = "/".join(parts)
    return f"{config.base_url}/{path}/" if path else f"{config.base_url}/"


def _alternates(plan: SitePlan, infos: list[LocaleInfo], parts: tuple[str, ...], default: str) -> tuple[Alternate, ...]:
    alts = [Alternate(info.bcp47, _url(plan.config, info.segment, *parts)) for info in infos]
    return (*alts, Alternate("x-default", default))


def _languages(
    infos: list[LocaleInfo], current: LocaleInfo, root: str, parts: tuple[str, ...]
) -> tuple[LanguageLink, ...]:
    suffix = "".join(f"{part}/" for part in parts)
    return tuple(
        LanguageLink(info.bcp47, info.native_name, f"{root}{info.segment}/{suffix}", info.code == current.code)
        for info in infos
    )


def listing_item(article: Article, info: LocaleInfo, t: Translations) -> ListingItem:
    return ListingItem(
        title=localize(article.title, t),
        description=localize(article.description, t),
        date_iso=article.date.isoformat(),
        date_text=info.format_date(article.date),
        href=f"{article.slug}/",
    )


def locale_environment(plan: SitePlan, info: LocaleInfo, site: Translations | None) -> jinja2.Environment:
    source_lang = "" if info == plan.source else plan.source.bcp47
    env = make_environment(plan.config.templates_dir, site if site is not None else plan.fallback(info),
                           source_lang=source_lang)
    languages = ScriptLanguages([i.code for i in plan.locales])
    env.filters["mark_scripts"] = lambda text, lang: marked_text(text, lang, languages)
    return env


def page_path(plan: SitePlan, info: LocaleInfo, slug: str | None = None) -> Path:
    folder = plan.config.public_dir / info.segment
    return (folder / slug if slug else folder) / "index.html"


def render_pages(
    plan: SitePlan, parsed: list[ParsedArticle], translations: dict[str, dict[str, Translations]]
) -> dict[Path, str]:
    """Every page of the site, by output path."""
    pages: dict[Path, str] = {}
    by_slug = {item.article.slug: item for item in parsed}
    for info in plan.locales:
        domains = translations.get(info.code, {})
        env = locale_environment(plan, info, domains.get(SITE_DOMAIN))
        listed: list[ListingItem] = []
        for slug in plan.newest_first([p.article.slug for p in parsed]):
            if info not in plan.published[slug]:
                continue
            t = domains.get(slug, plan.fallback(info))
            listed.append(listing_item(by_slug[slug].article, info, t))
            pages[page_path(plan, info, slug)] = article_page(plan, env, info, by_slug[slug], t)
        if listed:
            pages[page_path(plan, info)] = index_page(plan, env, info, listed)
    pages[plan.config.public_dir / "index.html"] = chooser_page(plan)
    pages[plan.config.public_dir / "sitemap.xml"] = sitemap(plan)
    return pages


def article_page(
    plan: SitePlan, env: jinja2.Environment, info: LocaleInfo, parsed: ParsedArticle, t: Translations,
    note: BlockNote | None = None,
) -> str:
    article, slug = parsed.article, parsed.article.slug
    title, description = localize(article.title, t), localize(article.description, t)
    canonical = _url(plan.config, info.segment, slug)
    view = ArticleView(
        title=title,
        description=description,
        date_iso=article.date.isoformat(),
        date_text=info.format_date(article.date),
        health=article.is_health,
        body=render_body(parsed, t, source_lang=plan.source.bcp47, lang=info.bcp47,
                         languages=ScriptLanguages([i.code for i in plan.locales]), note=note),
        meta=health_view(article, info),
        json_ld=json_ld(article, title=title.text, description=description.text, lang=info.bcp47, url=canonical),
    )
    infos = plan.published[slug]
    page = PageView(
        lang=info.bcp47,
        dir=info.direction,
        home="../",
        canonical=canonical,
        alternates=_alternates(plan, infos, (slug,), _url(plan.config, plan.source.segment, slug)),
        languages=_languages(infos, info, "../../", (slug,)),
    )
    return render_template(env, "article.html", {"page": page, "article": view, "source_lang": plan.source.bcp47})


def index_page(plan: SitePlan, env: jinja2.Environment, info: LocaleInfo, listed: list[ListingItem]) -> str:
    page = PageView(
        lang=info.bcp47,
        dir=info.direction,
        home="./",
        canonical=_url(plan.config, info.segment),
        alternates=_alternates(plan, plan.live(), (), _url(plan.config)),
        languages=_languages(plan.live(), info, "../", ()),
    )
    return render_template(env, "index.html", {"page": page, "articles": listed, "source_lang": plan.source.bcp47})


def chooser_page(plan: SitePlan) -> str:
    env = make_environment(plan.config.templates_dir, SourceText())
    page = PageView(
        lang=plan.source.bcp47,
        dir=plan.source.direction,
        home="./",
        canonical=_url(plan.config),
        alternates=_alternates(plan, plan.live(), (), _url(plan.config)),
        languages=(),
    )
    choices = _languages(plan.live(), plan.source, "", ())
    context = {"page": page, "choices": choices, "source_lang": plan.source.bcp47,
               "status_page": plan.config.status_page}
    return render_template(env, "languages.html", context)


def site_name(config: Config) -> str:
    """The site's name as plain text: its partials/site-title.html in the source locale."""
    env = make_environment(config.templates_dir, SourceText())
    return html.unescape(render_template(env, "partials/site-title.html", {}).strip()) or config.root.name


def sitemap(plan: SitePlan) -> str:
    """sitemap.xml: every published page, with its last modification and its hreflang alternates."""
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ]
    groups: list[tuple[list[LocaleInfo], tuple[str, ...], str]] = [(plan.live(), (), _url(plan.config))]
    for slug in plan.slugs:
        groups.append((plan.published[slug], (slug,), _url(plan.config, plan.source.segment, slug)))
    for infos, parts, default in groups:
        links = [f'<xhtml:link rel="alternate" hreflang={quoteattr(a.hreflang)} href={quoteattr(a.url)}/>'
                 for a in _alternates(plan, infos, parts, default)]  # the same for each page of the group
        for info in infos:
            lines += ["<url>", f"<loc>{_url(plan.config, info.segment, *parts)}</loc>"]
            lastmod = _lastmod(plan, info, parts)
            if lastmod:
                lines.append(f"<lastmod>{lastmod}</lastmod>")
            lines += links
            lines.append("</url>")
    lines.append("</urlset>")
    return "\n".join(lines) + "\n"


def _lastmod(plan: SitePlan, info: LocaleInfo, parts: tuple[str, ...]) -> str:
    """An article page's modification date; a locale index's, that of the newest article it lists."""
    slugs = list(parts) or [slug for slug in plan.slugs if info in plan.published[slug]]
    return max((plan.dates[slug].modified for slug in slugs if slug in plan.dates), default="")
