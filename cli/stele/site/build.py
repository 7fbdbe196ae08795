"""Publish: compile catalogs, apply the gate, render every page and the sitemap into public/."""

from __future__ import annotations

import datetime as dt
import io
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from stele.catalogs.segments import ParsedArticle
from stele.catalogs.source import refuse_empty_source
from stele.catalogs.workflow import parse_project
from stele.errors import CatalogError, PublishError
from stele.fsutil import sync_all, write_text_if_changed
from stele.locales import PSEUDO, SITE_DOMAIN, LocaleInfo, catalog_path, locale_info, mo_path, template_path
from stele.model import Config, HeldBack
from stele.po import Catalog, MoTranslations, compile_mo, read_mo, read_po, write_mo
from stele.rules import CheckOptions
from stele.site.cache import Fingerprints
from stele.site.gate import LocaleCatalogs, SiteMessage, check_article, read_locale, site_disclaimers
from stele.site.gating import drop_staged, gate_build
from stele.site.incremental import Plan, Rendered, plan_build, render_articles, render_indexes
from stele.site.pages import (
    PageDates,
    SitePlan,
    article_page,
    index_page,
    listing_item,
    locale_environment,
    page_path,
    render_pages,
    site_name,
)
from stele.site.render import NoTranslations, Translations
from stele.site.status import ArticleStatus, StatusCache, project_status
from stele.site.status_view import status_page
from stele.site.unchanged import BuildResult as BuildResult
from stele.site.unchanged import forget_build, held_message, record_build


@dataclass(frozen=True, slots=True)
class SiteState:
    """Everything known before rendering: articles, catalogs, and what the gate holds back."""

    parsed: list[ParsedArticle]
    site_messages: tuple[SiteMessage, ...]
    targets: list[LocaleInfo]
    catalogs: dict[str, LocaleCatalogs]
    held: list[HeldBack]


def assess_site(config: Config, *, tolerant: bool = False) -> SiteState:
    """Read sources and catalogs and apply the publishing gate. ``tolerant`` (stele check, which reports
    them itself): a catalog or template that cannot be read is taken as missing instead of an error."""
    return gate_site(config, read_site(config, tolerant=tolerant))


def read_site(config: Config, *, tolerant: bool = False) -> SiteState:
    """Read sources and catalogs; nothing is gated yet (``held`` is empty)."""
    parsed = parse_project(config)
    site_pot = template_path(config, SITE_DOMAIN)
    site_messages = site_disclaimers(_read_template(config, site_pot, tolerant) if site_pot.exists() else None)
    domains = [p.article.slug for p in parsed] + [SITE_DOMAIN]
    targets = [locale_info(code) for code in config.locales]
    catalogs = {info.code: read_locale(config, info.code, domains, tolerant=tolerant) for info in targets}
    return SiteState(parsed, site_messages, targets, catalogs, [])


def gate_site(config: Config, state: SiteState) -> SiteState:
    """``state`` with the publishing gate's verdict: each page held back, with check's findings why."""
    options = CheckOptions.for_config(config)
    held = [
        h
        for info in state.targets
        for p in state.parsed
        if (h := check_article(p, state.catalogs[info.code], state.site_messages, site_domain=SITE_DOMAIN,
                               options=options))
    ]
    return SiteState(state.parsed, state.site_messages, state.targets, state.catalogs, held)


def render_site(config: Config, state: SiteState, *, write_mo: bool) -> dict[Path, str]:
    """Every page of the site, by output path; compiled catalogs go to build/ when ``write_mo``."""
    translations = {info.code: compile_locale(config, state.catalogs[info.code], write=write_mo)
                    for info in state.targets}
    plan = _plan(config, state.parsed, state.targets, state.held)
    return render_pages(plan, state.parsed, translations)


def build_site(
    config: Config,
    *,
    strict: bool = False,
    progress: Callable[[str], None] | None = None,
    allow_empty: bool = False,
    now: dt.datetime | None = None,
    fingerprints: Fingerprints | None = None,
) -> BuildResult:
    """Build public/ for the source locale and every target locale, redoing only what changed:
    plan → gate → render → write → indexes and sitemap → status, then remove what is no longer published.

    With the source folder missing or empty, a build that would remove article pages is refused unless
    ``allow_empty``. ``now`` is when the status dashboard says it was generated (default: the clock).
    ``fingerprints``: the inputs' hashes when the caller has them (``unchanged.read_inputs``).
    """
    if not allow_empty:
        _keep_pages_of_missing_source(config)
    step = progress or (lambda _message: None)
    step("reading what changed")
    plan = plan_build(config, fingerprints)
    gated = gate_build(config, plan)
    held = gated.held
    if strict and held:
        drop_staged(config)
        raise PublishError(held_message(held))
    forget_build(config)  # before the first page is written (a catalog the gate cannot read stops it earlier)
    step(f"gated {len(plan.sources)} articles in {len(config.locales)} locales, {len(held)} held back")
    rendered = render_articles(config, plan, held, step, gated.ready)
    drop_staged(config)  # pages staged but not dirty after all
    written = [config.relative(path) for path, changed in rendered.pages if changed]
    step("writing the indexes")
    indexes = render_indexes(config, plan, rendered)
    written += write_pages(config, indexes)
    status = _status_page(config, plan, rendered, gated.figures, now)
    written += write_pages(config, status)
    keep = set(rendered.keys) | {config.public_dir / "index.html", config.public_dir / "sitemap.xml"}
    removed = _prune(config.public_dir, keep)
    plan.manifest.record_pages(rendered.keys)
    sync_all()  # the pages and .mo files, written unsynced, are on disk before the manifest that names them
    plan.manifest.save(config)
    count = len(rendered.pages) + len(indexes) + len(status)
    warnings = tuple(w for source in plan.sources.values() for w in source.warnings)
    result = BuildResult(tuple(written), len(keep) - len(written), tuple(removed), tuple(held), len(keep), count,
                         warnings)
    record_build(config, plan.fp, result)
    return result


def write_pages(config: Config, pages: dict[Path, str]) -> list[str]:
    """The write stage: each page whose text changed, atomically; the paths written."""
    return [config.relative(path) for path, html in pages.items() if write_text_if_changed(path, html, sync=False)]


def _status_page(
    config: Config, plan: Plan, rendered: Rendered, fresh: dict[tuple[str, str], ArticleStatus], now: dt.datetime | None
) -> dict[Path, str]:
    """The status stage ([site] status_page): the dashboard, recounted only for the catalogs whose inputs
    changed (``fresh``: those the gate stage counted already)."""
    if not config.status_page:
        return {}
    path = config.public_dir / "status" / "index.html"
    rendered.keys[path] = _status_key(plan.fp)
    if plan.manifest.page_current(path, rendered.keys[path]):
        return {}
    sources = {slug: (source.path, source.hash) for slug, source in plan.sources.items()}
    cache = StatusCache(sources, plan.manifest.status, _file_digests(config, plan.fp), fresh)
    page = status_page(project_status(config, cache), site_title=site_name(config), home="../",
                       generated=now or dt.datetime.now(dt.timezone.utc))
    plan.manifest.status = cache.figures
    return {path: page}


def _keep_pages_of_missing_source(config: Config) -> None:
    """Refuse a build that would remove every article page because the source folder is missing or empty."""
    pages = sorted(config.public_dir.glob("*/*/index.html"))  # public/<locale>/<slug>/index.html
    refuse_empty_source(config, pages, command="stele build", what="article page", where=config.public_dir)


def _read_template(config: Config, path: Path, tolerant: bool) -> Catalog | None:
    try:
        return read_po(path, display=config.relative(path))
    except CatalogError:
        if tolerant:  # stele check reports the file itself
            return None
        raise


def _status_key(fp: Fingerprints) -> str:
    """Changes with anything the status page shows: catalogs, templates, sources, configuration."""
    return fp.everything()


def _file_digests(config: Config, fp: Fingerprints) -> dict[Path, str]:
    """The .po and .pot files the fingerprint has hashed, by path."""
    found = {catalog_path(config, code, domain): hash_ for (code, domain), hash_ in fp.catalogs.items()}
    found.update((template_path(config, domain), hash_) for domain, hash_ in fp.templates.items())
    return found


def compile_locale(config: Config, catalogs: LocaleCatalogs, *, write: bool) -> dict[str, Translations]:
    """Compile each catalog (to build/<locale>/LC_MESSAGES/<domain>.mo when ``write``) and load it."""
    loaded: dict[str, Translations] = {}
    for domain, catalog in catalogs.catalogs.items():
        if catalog is None:
            loaded[domain] = NoTranslations()
            continue
        if not write:
            loaded[domain] = MoTranslations(io.BytesIO(compile_mo(catalog)))
            continue
        path = mo_path(config, catalogs.locale, domain)
        write_mo(path, catalog)
        loaded[domain] = read_mo(path, display=config.relative(path))
    return loaded


def _plan(config: Config, parsed: list[ParsedArticle], targets: list[LocaleInfo], held: list[HeldBack]) -> SitePlan:
    blocked = {(h.slug, h.locale) for h in held}
    source = locale_info(config.source_locale)
    published = {
        p.article.slug: [source] + [info for info in targets if (p.article.slug, info.code) not in blocked]
        for p in parsed
    }
    slugs = [p.article.slug for p in parsed]
    dates = {p.article.slug: PageDates.of(p.article) for p in parsed}
    return SitePlan(config=config, source=source, locales=[source, *targets], slugs=slugs, published=published,
                    dates=dates)


def _prune(public: Path, keep: set[Path]) -> list[str]:
    """Remove pages left from earlier builds (e.g. an article now held back), then the folders left empty."""
    removed: list[str] = []
    kept = {str(path) for path in keep}
    for folder, _, files in os.walk(public, topdown=False):
        left = len(files)
        for name in files:
            path = os.path.join(folder, name)
            if name.endswith((".html", ".xml")) and path not in kept:
                os.unlink(path)
                removed.append(os.path.relpath(path, public))
                left -= 1
        if not left and folder != str(public) and not os.listdir(folder):  # subfolders may be gone by now
            os.rmdir(folder)
    return sorted(removed)


def pseudo_catalogs(config: Config) -> dict[str, Catalog]:
    """en-XA catalogs for every template on disk, by domain."""
    from stele.catalogs.pseudo import pseudo_catalog
    from stele.catalogs.workflow import load_templates

    keep = config.check.untranslatable
    return {domain: pseudo_catalog(pot, keep=keep) for domain, pot in load_templates(config).items()}


def render_pseudo(config: Config, catalogs: dict[str, Catalog]) -> dict[Path, str]:
    """The en-XA pages (public/en-xa/…): every article, from pseudo catalogs, nothing gated."""
    parsed = parse_project(config)
    source = locale_info(config.source_locale)
    pseudo = locale_info(PSEUDO.code)
    plan = SitePlan(
        config,
        source,
        [source, pseudo],
        [p.article.slug for p in parsed],
        {p.article.slug: [source, pseudo] for p in parsed},
        {p.article.slug: PageDates.of(p.article) for p in parsed},
    )
    translations: dict[str, Translations] = {
        domain: MoTranslations(io.BytesIO(compile_mo(catalog))) for domain, catalog in catalogs.items()
    }
    env = locale_environment(plan, pseudo, translations.get(SITE_DOMAIN))
    pages: dict[Path, str] = {}
    items = []
    for item in parsed:
        t = translations.get(item.article.slug, NoTranslations())
        pages[page_path(plan, pseudo, item.article.slug)] = article_page(plan, env, pseudo, item, t)
        items.append(listing_item(item.article, pseudo, t))
    pages[page_path(plan, pseudo)] = index_page(plan, env, pseudo, items)
    return pages
