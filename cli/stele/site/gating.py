"""The build's gate stage: each changed (article, locale) checked by check's rules, in worker processes.

A worker reads each article and each of its catalogs once, and from that one reading gives the gate's verdict,
compiles the .mo of a page that will be published, counts the status page's figures for the catalog, and (when
the article is gated in every locale) renders its published pages, staged until the render stage puts them in
public/ (a build that stops on an error leaves public/ as it was).
"""

from __future__ import annotations

import io
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import jinja2

from stele.catalogs.segments import ParsedArticle
from stele.fsutil import holds, write_bytes_atomic
from stele.locales import SITE_DOMAIN, LocaleInfo, locale_info, mo_path, template_path
from stele.model import Config, HeldBack
from stele.po import Catalog, MoTranslations, compile_mo, read_po
from stele.rules import CheckOptions
from stele.site.cache import digest
from stele.site.gate import LocaleCatalogs, SiteMessage, check_article, read_locale, site_disclaimers
from stele.site.incremental import PARALLEL_FROM, Plan, ReadyPage, SourceFile, mo_stale, parse_source
from stele.site.pages import SitePlan, article_page, listing_item, locale_environment, page_path
from stele.site.render import Translations
from stele.site.status import ArticleStatus, count_catalog
from stele.site.workers import batch_count, chunks, parallel_map


@dataclass(frozen=True, slots=True)
class GateJob:
    """One worker's share of the gate: sources, each with the locales to check it in (and whether its .mo is
    stale there)."""

    config: Config
    site_messages: tuple[SiteMessage, ...]
    items: list[tuple[SourceFile, tuple[tuple[str, bool], ...]]]
    render: bool = False  # render the pages of an article gated in every locale


@dataclass(frozen=True, slots=True)
class Verdict:
    """The gate's answer for one (article, locale): why it is held back (empty: published), whether its .mo was
    compiled, and the catalog's status figures (None without a status page)."""

    reasons: list[str]
    compiled: bool = False
    figures: ArticleStatus | None = None


@dataclass
class GateResult:
    """What the gate stage found: the pages held back, and the status figures it counted on the way."""

    held: list[HeldBack]
    figures: dict[tuple[str, str], ArticleStatus] = field(default_factory=dict)  # (locale, slug) → figures
    ready: dict[tuple[str, str], ReadyPage] = field(default_factory=dict)  # (locale, slug) → page rendered


@dataclass(frozen=True, slots=True)
class Gated:
    """A worker's answer for one article: each locale's verdict, and the pages it rendered (locale → page)."""

    verdicts: list[Verdict]
    pages: dict[str, ReadyPage] = field(default_factory=dict)


def gate_build(config: Config, plan: Plan, *, render: bool = True) -> GateResult:
    """The gate stage: held-back pages, by check's rules; the (article, locale) pairs whose inputs changed since the
    last build are gated in worker processes, the others come from the manifest. With ``render``, the pages of an
    article gated in every locale are rendered on the way (staged: see ``ReadyPage``)."""
    fp, manifest, sources = plan.fp, plan.manifest, plan.sources
    keys: dict[tuple[str, str], str] = {}
    pending: dict[str, list[tuple[str, bool]]] = {}  # slug → locales to gate it in
    for code in config.locales:
        for slug, source in sources.items():
            key = digest(fp.global_key, source.hash, fp.catalog(code, slug), fp.catalog(code, SITE_DOMAIN), code)
            keys[code, slug] = key
            if key not in manifest.gate:
                pending.setdefault(slug, []).append((code, mo_stale(config, manifest, fp, code, slug)))
    result = GateResult([])
    drop_staged(config)  # pages a failed build staged
    if pending:
        site_pot = template_path(config, SITE_DOMAIN)
        pot = read_po(site_pot, display=config.relative(site_pot)) if site_pot.exists() else None
        items = [(sources[slug], tuple(codes)) for slug, codes in pending.items()]
        jobs = [GateJob(config, site_disclaimers(pot), chunk, render)
                for chunk in chunks(items, batch_count(len(items)))]
        many = sum(len(codes) for codes in pending.values()) >= PARALLEL_FROM
        for job, found in zip(jobs, parallel_map(gate_sources, jobs, parallel=many), strict=True):
            for (source, codes), gated in zip(job.items, found, strict=True):
                for (code, _), verdict in zip(codes, gated.verdicts, strict=True):
                    _remember(plan, keys[code, source.slug], code, source.slug, verdict, result)
                result.ready.update(((code, source.slug), page) for code, page in gated.pages.items())
    result.held = [
        HeldBack(slug=slug, locale=code, reasons=tuple(reasons))
        for (code, slug), key in keys.items()
        if (reasons := manifest.gate[key])
    ]
    return result


def _remember(plan: Plan, key: str, code: str, slug: str, verdict: Verdict, result: GateResult) -> None:
    plan.manifest.gate[key] = verdict.reasons
    if verdict.compiled:
        plan.manifest.compiled(code, slug, plan.fp.catalog(code, slug))
    if verdict.figures is not None:
        result.figures[code, slug] = verdict.figures


def gate_sources(job: GateJob) -> list[Gated]:
    """For each source of ``job``, for each of its locales, the gate's verdict, and the pages rendered (runs in a
    worker process)."""
    config = job.config
    options = CheckOptions.for_config(config)
    site: dict[str, LocaleCatalogs] = {}  # each locale's site.po read, and checked, once
    pages = _Pages(config)
    found = []
    for source, codes in job.items:
        parsed = parse_source(config, source)
        template = _template(config, source.slug) if config.status_page else None
        verdicts = []
        every = job.render and {code for code, _ in codes} == set(config.locales)  # its pages rendered here
        compiled: dict[str, bytes] = {}  # locale → its catalog compiled, where published
        for code, stale in codes:
            shared = site.get(code) or read_locale(config, code, [SITE_DOMAIN])
            site[code] = shared
            catalogs = read_locale(config, code, [source.slug, SITE_DOMAIN], errors=shared.errors,
                                   known=shared.catalogs)
            held = check_article(parsed, catalogs, job.site_messages, site_domain=SITE_DOMAIN, options=options)
            catalog = catalogs.catalogs[source.slug]
            data = compile_mo(catalog) if held is None and catalog is not None and (stale or every) else None
            if data is not None:
                compiled[code] = data
                if stale:
                    write_bytes_atomic(mo_path(config, code, source.slug), data, sync=False)  # synced with the manifest
            figures = None if template is None else count_catalog(code, source.slug, template, catalog, held is None)
            verdicts.append(Verdict(list(held.reasons) if held else [], data is not None and stale, figures))
        published = [code for (code, _), verdict in zip(codes, verdicts, strict=True) if not verdict.reasons]
        ready = pages.render(source, parsed, published, compiled, site) if every else {}
        found.append(Gated(verdicts, ready))
    return found


class _Pages:
    """The article pages a gate worker renders: one Jinja environment per locale, with its site catalog."""

    def __init__(self, config: Config) -> None:
        self.config = config
        self.source = locale_info(config.source_locale)
        self.locales = [self.source, *(locale_info(code) for code in config.locales)]
        self.envs: dict[str, jinja2.Environment] = {}

    def render(self, source: SourceFile, parsed: ParsedArticle, published: list[str], compiled: dict[str, bytes],
               site: dict[str, LocaleCatalogs]) -> dict[str, ReadyPage]:
        """The pages of ``source`` in the source locale and each of ``published``, staged where they changed."""
        infos = [self.source] + [info for info in self.locales[1:] if info.code in published]
        plan = SitePlan(self.config, self.source, self.locales, [source.slug], {source.slug: infos},
                        {source.slug: source.dates})
        codes = tuple(info.code for info in infos)
        ready: dict[str, ReadyPage] = {}
        for info in infos:
            env = self.envs.get(info.code) or self._environment(plan, info, site)
            data = compiled.get(info.code)
            translations = _loaded(data) if data is not None else plan.fallback(info)
            path = page_path(plan, info, source.slug)
            html = article_page(plan, env, info, parsed, translations).encode("utf-8")
            ready[info.code] = ReadyPage(path, _stage(self.config, path, html), codes,
                                         listing_item(parsed.article, info, translations))
        return ready

    def _environment(self, plan: SitePlan, info: LocaleInfo, site: dict[str, LocaleCatalogs]) -> jinja2.Environment:
        catalog = site[info.code].catalogs.get(SITE_DOMAIN) if info != self.source else None
        env = locale_environment(plan, info, _loaded(compile_mo(catalog)) if catalog is not None else None)
        self.envs[info.code] = env
        return env


def _loaded(data: bytes) -> Translations:
    return MoTranslations(io.BytesIO(data))


def staging_dir(config: Config) -> Path:
    """Where the gate stage writes the pages it rendered, until the render stage moves them into public/."""
    return config.build_dir / ".pages"


def drop_staged(config: Config) -> None:
    """Remove the pages staged and not moved into public/ (a build that failed, or pages not dirty after all)."""
    shutil.rmtree(staging_dir(config), ignore_errors=True)


def _stage(config: Config, path: Path, data: bytes) -> Path | None:
    """``data`` staged for ``path`` (None when ``path`` holds it already)."""
    if holds(path, data):
        return None
    name = path.relative_to(config.public_dir).as_posix().replace("%", "%25").replace("/", "%2F")
    staged = staging_dir(config) / name  # one folder: no folder per page to make and remove again
    write_bytes_atomic(staged, data, sync=False)
    return staged


def _template(config: Config, slug: str) -> Catalog | None:
    path = template_path(config, slug)
    return read_po(path, display=config.relative(path)) if path.exists() else None
