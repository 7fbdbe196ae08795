"""Site: lay out the pages of every published locale (URLs, alternates, switcher, sitemap)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import quoteattr

import jinja2

from .locales import LocaleInfo
from .model import Config
from .render import (
    Localized,
    NoTranslations,
    SourceText,
    Translations,
    localize,
    make_environment,
    render_body,
    render_template,
)
from .segments import ParsedArticle

SITE_DOMAIN = "site"


@dataclass(frozen=True, slots=True)
class SitePlan:
    """Which article is published in which locale."""

    config: Config
    source: LocaleInfo
    locales: list[LocaleInfo]
    articles: list[ParsedArticle]
    published: dict[str, list[LocaleInfo]]


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
class ArticleView:
    title: Localized
    description: Localized
    date_iso: str
    date_text: str
    health: bool
    body: str
    href: str = ""


def _folder(info: LocaleInfo) -> str:
    return info.bcp47.lower()


def _url(config: Config, *parts: str) -> str:
    path = "/".join(parts)
    return f"{config.base_url}/{path}/" if path else f"{config.base_url}/"


def _alternates(plan: SitePlan, infos: list[LocaleInfo], parts: tuple[str, ...], default: str) -> tuple[Alternate, ...]:
    alts = [Alternate(info.bcp47, _url(plan.config, _folder(info), *parts)) for info in infos]
    return (*alts, Alternate("x-default", default))


def _languages(
    infos: list[LocaleInfo], current: LocaleInfo, root: str, parts: tuple[str, ...]
) -> tuple[LanguageLink, ...]:
    suffix = "".join(f"{part}/" for part in parts)
    return tuple(
        LanguageLink(info.bcp47, info.native_name, f"{root}{_folder(info)}/{suffix}", info.code == current.code)
        for info in infos
    )


def _article_view(parsed: ParsedArticle, info: LocaleInfo, t: Translations, source_lang: str) -> ArticleView:
    article = parsed.article
    return ArticleView(
        title=localize(article.title, t),
        description=localize(article.description, t),
        date_iso=article.date.isoformat(),
        date_text=info.format_date(article.date),
        health=article.is_health,
        body=render_body(parsed, t, source_lang=source_lang),
        href=f"{article.slug}/",
    )


def render_pages(plan: SitePlan, translations: dict[str, dict[str, Translations]]) -> dict[Path, str]:
    """Every page of the site, by output path."""
    public = plan.config.public_dir
    source_lang = plan.source.bcp47
    pages: dict[Path, str] = {}
    for info in plan.locales:
        domains = translations.get(info.code, {})
        fallback: Translations = SourceText() if info == plan.source else NoTranslations()
        env = make_environment(plan.config.templates_dir, domains.get(SITE_DOMAIN, fallback))
        listed: list[ArticleView] = []
        for parsed in plan.articles:
            slug = parsed.article.slug
            if info not in plan.published[slug]:
                continue
            view = _article_view(parsed, info, domains.get(slug, fallback), source_lang)
            listed.append(view)
            pages[public / _folder(info) / slug / "index.html"] = _article_page(plan, env, info, view, slug)
        pages[public / _folder(info) / "index.html"] = _index_page(plan, env, info, listed)
    pages[public / "index.html"] = _chooser_page(plan)
    pages[public / "sitemap.xml"] = sitemap(plan)
    return pages


def _article_page(plan: SitePlan, env: jinja2.Environment, info: LocaleInfo, view: ArticleView, slug: str) -> str:
    infos = plan.published[slug]
    page = PageView(
        lang=info.bcp47,
        dir=info.direction,
        home="../",
        canonical=_url(plan.config, _folder(info), slug),
        alternates=_alternates(plan, infos, (slug,), _url(plan.config, _folder(plan.source), slug)),
        languages=_languages(infos, info, "../../", (slug,)),
    )
    return render_template(env, "article.html", {"page": page, "article": view, "source_lang": plan.source.bcp47})


def _index_page(plan: SitePlan, env: jinja2.Environment, info: LocaleInfo, listed: list[ArticleView]) -> str:
    page = PageView(
        lang=info.bcp47,
        dir=info.direction,
        home="./",
        canonical=_url(plan.config, _folder(info)),
        alternates=_alternates(plan, plan.locales, (), _url(plan.config)),
        languages=_languages(plan.locales, info, "../", ()),
    )
    return render_template(env, "index.html", {"page": page, "articles": listed, "source_lang": plan.source.bcp47})


def _chooser_page(plan: SitePlan) -> str:
    env = make_environment(plan.config.templates_dir, SourceText())
    page = PageView(
        lang=plan.source.bcp47,
        dir=plan.source.direction,
        home="./",
        canonical=_url(plan.config),
        alternates=_alternates(plan, plan.locales, (), _url(plan.config)),
        languages=(),
    )
    choices = _languages(plan.locales, plan.source, "", ())
    return render_template(env, "languages.html", {"page": page, "choices": choices, "source_lang": plan.source.bcp47})


def sitemap(plan: SitePlan) -> str:
    """sitemap.xml: every published page, with its hreflang alternates."""
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ]
    groups: list[tuple[list[LocaleInfo], tuple[str, ...], str]] = [(plan.locales, (), _url(plan.config))]
    for parsed in plan.articles:
        slug = parsed.article.slug
        groups.append((plan.published[slug], (slug,), _url(plan.config, _folder(plan.source), slug)))
    for infos, parts, default in groups:
        alternates = _alternates(plan, infos, parts, default)
        for info in infos:
            lines += ["<url>", f"<loc>{_url(plan.config, _folder(info), *parts)}</loc>"]
            lines += [
                f'<xhtml:link rel="alternate" hreflang={quoteattr(a.hreflang)} href={quoteattr(a.url)}/>'
                for a in alternates
            ]
            lines.append("</url>")
    lines.append("</urlset>")
    return "\n".join(lines) + "\n"
