"""Incremental build: render only pages whose inputs changed, across both cores, into public/."""

from __future__ import annotations

import io
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import jinja2

from stele.catalogs.segments import ParsedArticle, parse_article_body
from stele.catalogs.source import read_article
from stele.catalogs.workflow import read_catalog
from stele.fsutil import move_file, write_bytes_atomic, write_text_if_changed
from stele.locales import SITE_DOMAIN, LocaleInfo, catalog_path, locale_info, mo_path, template_path
from stele.model import Config, Finding, HeldBack
from stele.po import MoTranslations, compile_mo, read_mo
from stele.site.cache import Fingerprints, Manifest, digest, fingerprint
from stele.site.pages import (
    ListingItem,
    PageDates,
    SitePlan,
    article_page,
    chooser_page,
    index_page,
    listing_item,
    locale_environment,
    page_path,
    sitemap,
)
from stele.site.render import Localized, Translations
from stele.site.workers import batch_count, chunks, parallel_each

PARALLEL_FROM = 24  # pages to render before a process pool pays for itself


@dataclass(frozen=True, slots=True)
class SourceFile:
    path: Path
    hash: str
    slug: str
    dates: PageDates
    warnings: tuple[Finding, ...] = ()  # about its front matter


@dataclass
class Plan:
    """The plan stage: what the last build left (manifest), what the inputs are now (fingerprints), the sources."""

    manifest: Manifest
    fp: Fingerprints
    sources: dict[str, SourceFile]


@dataclass
class Rendered:
    """The render stage: which locales publish which article, every output page's key, and the pages rendered
    (written into public/ as they come)."""

    site: SitePlan
    keys: dict[Path, str] = field(default_factory=dict)  # every output page → its key
    dirty: dict[str, list[str]] = field(default_factory=dict)  # locale → slugs whose page was rendered
    pages: list[tuple[Path, bool]] = field(default_factory=list)  # the pages rendered, each written or unchanged


def _sources(config: Config, fp: Fingerprints, manifest: Manifest) -> dict[str, SourceFile]:
    found: dict[str, SourceFile] = {}
    for path, hash_ in fp.sources.items():
        shown = config.relative(path)
        cached = manifest.sources.get(shown)
        if not (cached and cached.get("hash") == hash_ and "published" in cached):
            article = read_article(path, display=shown, health_tags=config.health_tags)
            dates = PageDates.of(article)
            cached = {"hash": hash_, "slug": article.slug, "published": dates.published, "modified": dates.modified,
                      "warnings": [[w.line, w.message] for w in article.warnings]}
        manifest.sources[shown] = cached
        slug = cached["slug"]
        dates = PageDates(cached["published"], cached["modified"])
        warnings = tuple(Finding(shown, line, "warning", "front-matter", message)
                         for line, message in cached.get("warnings", ()))
        found[slug] = SourceFile(path, hash_, slug, dates, warnings)
    return found


def parse_source(config: Config, source: SourceFile) -> ParsedArticle:
    article = read_article(source.path, display=config.relative(source.path), health_tags=config.health_tags)
    return parse_article_body(article, rules=config.disclaimer_rules)


def plan_build(config: Config, fingerprints: Fingerprints | None = None) -> Plan:
    """The plan stage: fingerprint every input (unless given) and load what the last build did."""
    fp = fingerprints or fingerprint(config, template_path(config, SITE_DOMAIN))
    manifest = Manifest.load(config, fp.global_key)
    return Plan(manifest, fp, _sources(config, fp, manifest))


def _publication(config: Config, plan: Plan, held: list[HeldBack]) -> Rendered:
    """Which locales publish each article, and each article page's key; pages whose key changed are dirty."""
    blocked = {(h.slug, h.locale) for h in held}
    source = locale_info(config.source_locale)
    targets = [locale_info(code) for code in config.locales]
    sources = plan.sources
    published = {slug: [source] + [t for t in targets if (slug, t.code) not in blocked] for slug in sources}
    dates = {slug: src.dates for slug, src in sources.items()}
    rendered = Rendered(SitePlan(config, source, [source, *targets], list(sources), published, dates))
    for info in rendered.site.locales:
        for slug, src in sources.items():
            if info in published[slug]:
                key = digest(
                    plan.fp.global_key,
                    src.hash,
                    plan.fp.catalog(info.code, slug),
                    plan.fp.catalog(info.code, SITE_DOMAIN),
                    ",".join(i.code for i in published[slug]),
                )
                _key(rendered, plan.manifest, page_path(rendered.site, info, slug), key, info.code, slug)
    return rendered


def _key(rendered: Rendered, manifest: Manifest, path: Path, key: str, code: str, slug: str) -> None:
    rendered.keys[path] = key
    if not manifest.page_current(path, key):
        rendered.dirty.setdefault(code, []).append(slug)


def compile_catalog(config: Config, code: str, domain: str, stale: bool) -> Translations | None:
    """The compiled catalog of (locale, domain), recompiled when ``stale``; None when there is no .po."""
    po = catalog_path(config, code, domain)
    if not po.exists():
        return None
    mo = mo_path(config, code, domain)
    if stale or not mo.exists():
        compiled = compile_mo(read_catalog(config, po, needed=False))
        write_bytes_atomic(mo, compiled, sync=False)  # the build syncs once, before its manifest
        return MoTranslations(io.BytesIO(compiled))
    return read_mo(mo, display=config.relative(mo))


@dataclass(frozen=True, slots=True)
class ReadyPage:
    """A page the gate stage rendered, from the article and catalogs it had read: its text ``staged`` (None when
    ``path`` holds it already) until the render stage moves it into public/, the locales it was rendered as
    published in, and its listing entry."""

    path: Path
    staged: Path | None
    published: tuple[str, ...]
    listing: ListingItem


@dataclass(frozen=True, slots=True)
class Batch:
    """One worker's share: a run of articles, each with the locales whose page is dirty."""

    config: Config
    site: SitePlan
    articles: list[tuple[SourceFile, list[tuple[str, bool]]]]  # source; locale and whether to recompile its .mo


@dataclass(frozen=True, slots=True)
class BatchResult:
    """A worker's pages, and the index listing entry of each page it rendered."""

    pages: dict[tuple[str, str], tuple[Path, str]]  # (locale, slug) → path and HTML
    listings: dict[tuple[str, str], ListingItem]


def render_batch(batch: Batch) -> BatchResult:
    """Render the batch's dirty pages and listing entries, each article parsed once (runs in a worker process)."""
    site = batch.site
    envs: dict[str, tuple[LocaleInfo, jinja2.Environment]] = {}
    result = BatchResult({}, {})
    for source, locales in batch.articles:
        parsed = parse_source(batch.config, source)
        for code, stale in locales:
            if code not in envs:
                envs[code] = _environment(batch.config, site, code)
            info, env = envs[code]
            t = compile_catalog(batch.config, code, source.slug, stale) if info != site.source else None
            translations = t or site.fallback(info)
            html = article_page(site, env, info, parsed, translations)
            result.pages[code, source.slug] = page_path(site, info, source.slug), html
            result.listings[code, source.slug] = listing_item(parsed.article, info, translations)
    return result


def _environment(config: Config, site: SitePlan, code: str) -> tuple[LocaleInfo, jinja2.Environment]:
    info = next(i for i in site.locales if i.code == code)
    site_t = compile_catalog(config, code, SITE_DOMAIN, False) if info != site.source else None
    return info, locale_environment(site, info, site_t)


def render_articles(
    config: Config, plan: Plan, held: list[HeldBack], step: Callable[[str], None] | None = None,
    ready: Mapping[tuple[str, str], ReadyPage] | None = None,
) -> Rendered:
    """The render stage: compile what changed, then render the dirty article pages, in parallel when many; a dirty
    page the gate stage rendered (``ready``, with the same locales published) is moved into place instead."""
    rendered = _publication(config, plan, held)
    if step is not None:
        dirty = sum(len(slugs) for slugs in rendered.dirty.values())
        step(f"rendering {dirty} of {sum(len(p) for p in rendered.site.published.values())} article pages")
    manifest, fp = plan.manifest, plan.fp
    by_slug: dict[str, list[tuple[str, bool]]] = {}
    written: dict[tuple[str, str], tuple[Path, bool]] = {}
    for code, slugs in rendered.dirty.items():
        if code != config.source_locale:
            _refresh_mo(config, manifest, fp, code, SITE_DOMAIN)
        for slug in slugs:
            page = (ready or {}).get((code, slug))
            if page is not None and page.published == tuple(i.code for i in rendered.site.published[slug]):
                if page.staged is not None:
                    move_file(page.staged, page.path)
                written[code, slug] = page.path, page.staged is not None
                _remember(manifest, _listing_key(plan, fp, code, slug), code, slug, page.listing)
            else:
                by_slug.setdefault(slug, []).append((code, mo_stale(config, manifest, fp, code, slug)))
            manifest.compiled(code, slug, fp.catalog(code, slug))  # now, or by the gate, or as recorded
    items = [(plan.sources[slug], locales) for slug, locales in by_slug.items()]
    batches = [Batch(config, rendered.site.only([source.slug for source, _ in chunk]), chunk)
               for chunk in chunks(items, batch_count(len(items)))]
    many = sum(len(locales) for _, locales in items) >= PARALLEL_FROM
    for result in parallel_each(render_batch, batches, parallel=many):  # each batch written as it comes
        for pair, (path, html) in result.pages.items():
            written[pair] = path, write_text_if_changed(path, html, sync=False)  # synced with the manifest
        for (code, slug), item in result.listings.items():
            _remember(manifest, _listing_key(plan, fp, code, slug), code, slug, item)
    rendered.pages = [written[code, slug] for code, slugs in rendered.dirty.items() for slug in slugs]
    return rendered


def mo_stale(config: Config, manifest: Manifest, fp: Fingerprints, code: str, domain: str) -> bool:
    return not manifest.mo_current(config, code, domain, fp.catalog(code, domain))


def _refresh_mo(config: Config, manifest: Manifest, fp: Fingerprints, code: str, domain: str) -> None:
    if mo_stale(config, manifest, fp, code, domain):
        compile_catalog(config, code, domain, True)
        manifest.compiled(code, domain, fp.catalog(code, domain))


def render_indexes(config: Config, plan: Plan, rendered: Rendered) -> dict[Path, str]:
    """Each locale's index (when its listing changed), the language chooser and the sitemap."""
    manifest, fp, site = plan.manifest, plan.fp, rendered.site
    pages: dict[Path, str] = {}
    live = site.live()
    for info in live:  # a locale that publishes no article has no index
        slugs = site.newest_first([s for s in site.slugs if info in site.published[s]])
        parts = [f"{s}:{plan.sources[s].hash}:{fp.catalog(info.code, s)}" for s in slugs]
        key = digest(fp.global_key, fp.catalog(info.code, SITE_DOMAIN), ",".join(i.code for i in live), *parts)
        path = page_path(site, info)
        rendered.keys[path] = key
        if manifest.page_current(path, key):
            continue
        target = info != site.source
        if target:
            _refresh_mo(config, manifest, fp, info.code, SITE_DOMAIN)
        site_t = compile_catalog(config, info.code, SITE_DOMAIN, False) if target else None
        items = [_listing(config, plan, site, info, s) for s in slugs]
        pages[path] = index_page(site, locale_environment(site, info, site_t), info, items)
    pages[config.public_dir / "index.html"] = chooser_page(site)
    pages[config.public_dir / "sitemap.xml"] = sitemap(site)
    return pages


def _listing_key(plan: Plan, fp: Fingerprints, code: str, slug: str) -> str:
    return digest(plan.sources[slug].hash, fp.catalog(code, slug))


def _listing(config: Config, plan: Plan, site: SitePlan, info: LocaleInfo, slug: str) -> ListingItem:
    manifest, fp = plan.manifest, plan.fp
    key = _listing_key(plan, fp, info.code, slug)
    cached = manifest.listing.get(f"{info.code}/{slug}")
    if cached and cached.get("key") == key:
        return ListingItem(
            Localized(*cached["title"]),
            Localized(*cached["description"]),
            cached["date_iso"],
            cached["date_text"],
            cached["href"],
        )
    target = info != site.source
    if target:
        _refresh_mo(config, manifest, fp, info.code, slug)
    t = compile_catalog(config, info.code, slug, False) if target else None
    path = plan.sources[slug].path
    article = read_article(path, display=config.relative(path), health_tags=config.health_tags)
    item = listing_item(article, info, t or site.fallback(info))
    _remember(manifest, key, info.code, slug, item)
    return item


def _remember(manifest: Manifest, key: str, code: str, slug: str, item: ListingItem) -> None:
    manifest.listing[f"{code}/{slug}"] = {
        "key": key,
        "title": [item.title.text, item.title.fallback],
        "description": [item.description.text, item.description.fallback],
        "date_iso": item.date_iso,
        "date_text": item.date_text,
        "href": item.href,
    }


Progress = Callable[[str], None]
