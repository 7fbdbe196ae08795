"""The build's gate stage: each changed (article, locale) checked by check's rules, in worker processes.

A worker reads each article and each of its catalogs once, and from that one reading gives the gate's verdict,
compiles the .mo of a page that will be published, and counts the status page's figures for the catalog.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from stele.locales import mo_path, template_path
from stele.model import Config, HeldBack
from stele.po import Catalog, read_po, write_mo
from stele.rules import CheckOptions
from stele.site.cache import digest
from stele.site.gate import LocaleCatalogs, SiteMessage, check_article, read_locale, site_disclaimers
from stele.site.incremental import PARALLEL_FROM, Plan, SourceFile, mo_stale, parse_source
from stele.site.pages import SITE_DOMAIN
from stele.site.status import ArticleStatus, count_catalog
from stele.site.workers import batch_count, chunks, parallel_map


@dataclass(frozen=True, slots=True)
class GateJob:
    """One worker's share of the gate: sources, each with the locales to check it in (and whether its .mo is
    stale there)."""

    config: Config
    site_messages: tuple[SiteMessage, ...]
    items: list[tuple[SourceFile, tuple[tuple[str, bool], ...]]]


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


def gate_build(config: Config, plan: Plan) -> GateResult:
    """The gate stage: held-back pages, by check's rules; the (article, locale) pairs whose inputs changed since the
    last build are gated in worker processes, the others come from the manifest."""
    fp, manifest, sources = plan.fp, plan.manifest, plan.sources
    keys: dict[tuple[str, str], str] = {}
    pending: dict[str, list[tuple[str, bool]]] = {}  # slug → locales to gate it in
    for code in config.locales:
        for slug, source in sources.items():
            key = digest(fp.global_key, source.hash, fp.catalog(code, slug), fp.catalog(code, SITE_DOMAIN), code)
            keys[code, slug] = key
            if key not in manifest.gate:
                pending.setdefault(slug, []).append((code, mo_stale(manifest, fp, code, slug)))
    result = GateResult([])
    if pending:
        site_pot = template_path(config, SITE_DOMAIN)
        pot = read_po(site_pot, display=config.relative(site_pot)) if site_pot.exists() else None
        items = [(sources[slug], tuple(codes)) for slug, codes in pending.items()]
        jobs = [GateJob(config, site_disclaimers(pot), chunk) for chunk in chunks(items, batch_count(len(items)))]
        many = sum(len(codes) for codes in pending.values()) >= PARALLEL_FROM
        for job, found in zip(jobs, parallel_map(gate_sources, jobs, parallel=many), strict=True):
            for (source, codes), verdicts in zip(job.items, found, strict=True):
                for (code, _), verdict in zip(codes, verdicts, strict=True):
                    _remember(plan, keys[code, source.slug], code, source.slug, verdict, result)
    result.held = [
        HeldBack(slug=slug, locale=code, reasons=tuple(reasons))
        for (code, slug), key in keys.items()
        if (reasons := manifest.gate[key])
    ]
    return result


def _remember(plan: Plan, key: str, code: str, slug: str, verdict: Verdict, result: GateResult) -> None:
    plan.manifest.gate[key] = verdict.reasons
    if verdict.compiled:
        plan.manifest.mo[f"{code}/{slug}"] = plan.fp.catalog(code, slug)
    if verdict.figures is not None:
        result.figures[code, slug] = verdict.figures


def gate_sources(job: GateJob) -> list[list[Verdict]]:
    """For each source of ``job``, for each of its locales, the gate's verdict (runs in a worker process)."""
    config = job.config
    options = CheckOptions.for_config(config)
    site: dict[str, LocaleCatalogs] = {}  # each locale's site.po read, and checked, once
    found = []
    for source, codes in job.items:
        parsed = parse_source(config, source)
        template = _template(config, source.slug) if config.status_page else None
        verdicts = []
        for code, stale in codes:
            shared = site.get(code) or read_locale(config, code, [SITE_DOMAIN])
            site[code] = shared
            catalogs = read_locale(config, code, [source.slug, SITE_DOMAIN], errors=shared.errors,
                                   known=shared.catalogs)
            held = check_article(parsed, catalogs, job.site_messages, site_domain=SITE_DOMAIN, options=options)
            catalog = catalogs.catalogs[source.slug]
            compiled = held is None and stale and catalog is not None
            if compiled and catalog is not None:
                write_mo(mo_path(config, code, source.slug), catalog, sync=False)
            figures = None if template is None else count_catalog(code, source.slug, template, catalog, held is None)
            verdicts.append(Verdict(list(held.reasons) if held else [], compiled, figures))
        found.append(verdicts)
    return found


def _template(config: Config, slug: str) -> Catalog | None:
    path = template_path(config, slug)
    return read_po(path, display=config.relative(path)) if path.exists() else None
