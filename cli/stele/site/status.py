"""Status: per locale and article, how much is translated, reviewed and safe to publish."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from stele.catalogs.segments import ParsedArticle, parse_article_body
from stele.catalogs.source import read_article, read_articles
from stele.catalogs.workflow import known_locales, template_domains
from stele.forked import cores
from stele.locales import SITE_DOMAIN, catalog_path, template_path
from stele.model import Article, Config, disclaimer_ids
from stele.po import Catalog, Message, read_po
from stele.rules import CheckOptions
from stele.site.cache import code_digest, digest, file_digest
from stele.site.gate import LocaleCatalogs, SiteMessage, check_article, read_locale, site_disclaimers
from stele.site.workers import chunks, parallel_map

PARALLEL_FROM = 24  # catalogs to count before worker processes pay for themselves
STATES = ("translated", "fuzzy", "untranslated")


def _percent(done: int, total: int) -> float:
    return 100.0 * done / total if total else 100.0


@dataclass(frozen=True, slots=True)
class ArticleStatus:
    """One catalog's figures: a locale and a domain (an article's slug, or ``site``)."""

    locale: str
    domain: str
    translated: int
    fuzzy: int
    untranslated: int
    obsolete: int
    words_left: int
    disclaimers_done: int
    disclaimers_total: int
    publishable: bool | None = None  # the publishing gate's verdict; None for the site domain

    @property
    def messages(self) -> int:
        return self.translated + self.fuzzy + self.untranslated

    @property
    def percent(self) -> float:
        return _percent(self.translated, self.messages)


@dataclass(frozen=True, slots=True)
class LocaleStatus:
    """A locale's catalogs, in domain order, and their totals."""

    locale: str
    articles: tuple[ArticleStatus, ...]

    def _total(self, name: str) -> int:
        return sum(int(getattr(article, name)) for article in self.articles)

    @property
    def translated(self) -> int:
        return self._total("translated")

    @property
    def fuzzy(self) -> int:
        return self._total("fuzzy")

    @property
    def untranslated(self) -> int:
        return self._total("untranslated")

    @property
    def obsolete(self) -> int:
        return self._total("obsolete")

    @property
    def words_left(self) -> int:
        return self._total("words_left")

    @property
    def disclaimers_done(self) -> int:
        return self._total("disclaimers_done")

    @property
    def disclaimers_total(self) -> int:
        return self._total("disclaimers_total")

    @property
    def messages(self) -> int:
        return self._total("messages")

    @property
    def percent(self) -> float:
        return _percent(self.translated, self.messages)

    @property
    def published(self) -> int:
        """Articles the publishing gate lets through in this locale."""
        return sum(1 for article in self.articles if article.publishable)

    @property
    def article_count(self) -> int:
        return sum(1 for article in self.articles if article.publishable is not None)


@dataclass(frozen=True, slots=True)
class StatusReport:
    """The whole project: one LocaleStatus per locale."""

    locales: tuple[LocaleStatus, ...]


@dataclass
class StatusCache:
    """What a build already knows: each article's source, and the figures it counted before, by key."""

    sources: dict[str, tuple[Path, str]]  # slug → source file and its hash
    figures: dict[str, dict[str, Any]]  # key → ArticleStatus fields; project_status leaves this run's here
    digests: dict[Path, str] = field(default_factory=dict)  # .po and .pot files the build has hashed already
    fresh: dict[tuple[str, str], ArticleStatus] = field(default_factory=dict)  # (locale, domain) counted this run


def project_status(config: Config, cache: StatusCache | None = None) -> StatusReport:
    """Count every template's messages in every locale's catalog (a missing catalog: all untranslated).

    The templates are shared out among worker processes, a run of domains each, when there are many.
    With a ``cache``, only the catalogs whose inputs changed since it was filled are counted again.
    """
    domains = sorted(template_domains(config), key=lambda domain: (domain == SITE_DOMAIN, domain))
    locales = tuple(known_locales(config))
    keys = _figure_keys(config, domains, locales, cache) if cache is not None else {}
    found = {pair: ArticleStatus(**cache.figures[key]) for pair, key in keys.items() if cache and key in cache.figures}
    found.update((pair, figures) for pair, figures in (cache.fresh if cache else {}).items() if pair in keys)
    todo: dict[str, list[str]] = {}  # domain → locales whose catalog must be counted
    for locale in locales:
        for domain in domains:
            if (locale, domain) not in found:
                todo.setdefault(domain, []).append(locale)
    articles = _articles(config, list(todo), cache)
    items = [(domain, tuple(todo[domain])) for domain in domains if domain in todo]
    jobs = [
        _StatusJob(config, tuple(run), {d: articles[d] for d, _ in run if d in articles})
        for run in chunks(items, 4 * cores())
    ]
    for part in parallel_map(_count_domains, jobs, parallel=sum(map(len, todo.values())) >= PARALLEL_FROM):
        found.update(part)
    if cache is not None:
        cache.figures = {key: asdict(found[pair]) for pair, key in keys.items()}
    return StatusReport(
        tuple(LocaleStatus(locale, tuple(found[locale, domain] for domain in domains)) for locale in locales)
    )


def _figure_keys(
    config: Config, domains: list[str], locales: tuple[str, ...], cache: StatusCache
) -> dict[tuple[str, str], str]:
    """A key per (locale, domain) that changes with anything its figures depend on."""

    def hashed(path: Path) -> str:
        return cache.digests.get(path) or file_digest(path)

    base = digest(code_digest(), file_digest(config.root / "stele.toml"), hashed(template_path(config, SITE_DOMAIN)))
    templates = {domain: hashed(template_path(config, domain)) for domain in domains}
    keys = {}
    for locale in locales:
        site = hashed(catalog_path(config, locale, SITE_DOMAIN))
        for domain in domains:
            catalog = hashed(catalog_path(config, locale, domain))
            source = cache.sources.get(domain, (None, ""))[1]
            keys[locale, domain] = digest(base, locale, domain, templates[domain], catalog, source, site)
    return keys


def _articles(config: Config, domains: list[str], cache: StatusCache | None) -> dict[str, Article]:
    """The articles of ``domains`` (all of them without a cache, which knows the source files)."""
    if cache is None:
        return {article.slug: article for article in read_articles(config)}
    found = {}
    for domain in domains:
        if domain in cache.sources:
            path = cache.sources[domain][0]
            found[domain] = read_article(path, display=config.relative(path), health_tags=config.health_tags)
    return found


@dataclass(frozen=True, slots=True)
class _StatusJob:
    """One worker's share of the status: a run of domains, each with the locales to count it in."""

    config: Config
    items: tuple[tuple[str, tuple[str, ...]], ...]  # domain and locales
    articles: dict[str, Article]  # the articles among those domains, by slug


def _count_domains(job: _StatusJob) -> dict[tuple[str, str], ArticleStatus]:
    """Figures for each (locale, domain) of ``job`` (runs in a worker process)."""
    config = job.config
    templates = {domain: read_po(path, display=config.relative(path)) for domain, path in _templates(config, job)}
    site_messages = site_disclaimers(templates.get(SITE_DOMAIN) or _site_template(config))
    parsed = {
        slug: parse_article_body(article, rules=config.disclaimer_rules) for slug, article in job.articles.items()
    }
    found: dict[tuple[str, str], ArticleStatus] = {}
    options = CheckOptions.for_config(config)
    for locale in dict.fromkeys(locale for _, locales in job.items for locale in locales):
        domains = [domain for domain, locales in job.items if locale in locales]
        read = list(dict.fromkeys([*domains, SITE_DOMAIN]))
        gate = read_locale(config, locale, read)
        for domain in domains:
            verdict = _verdict(parsed.get(domain), gate, site_messages, options)
            found[locale, domain] = count_catalog(locale, domain, templates[domain], gate.catalogs[domain], verdict)
    return found


def _templates(config: Config, job: _StatusJob) -> list[tuple[str, Path]]:
    return [(domain, template_path(config, domain)) for domain, _ in job.items]


def _site_template(config: Config) -> Catalog | None:
    path = template_path(config, SITE_DOMAIN)
    return read_po(path, display=config.relative(path)) if path.exists() else None


def _verdict(
    parsed: ParsedArticle | None, gate: LocaleCatalogs, site_messages: tuple[SiteMessage, ...], options: CheckOptions
) -> bool | None:
    if parsed is None:
        return None
    return check_article(parsed, gate, site_messages, site_domain=SITE_DOMAIN, options=options) is None


def count_catalog(
    locale: str, domain: str, template: Catalog, catalog: Catalog | None, publishable: bool | None
) -> ArticleStatus:
    """Figures for one template against its catalog: each template message is in exactly one state."""
    live = {e.key: e for e in catalog or () if not e.obsolete}
    counts = dict.fromkeys(STATES, 0)
    words = done = total = 0
    for entry in template:
        if entry.obsolete or not entry.msgid:
            continue
        state = entry_state(live.get(entry.key))
        counts[state] += 1
        if state != "translated":
            words += len(entry.msgid.split())
        if disclaimer_ids(entry.extracted):
            total += 1
            done += state == "translated"
    obsolete = sum(1 for e in catalog or () if e.obsolete)
    return ArticleStatus(
        locale,
        domain,
        translated=counts["translated"],
        fuzzy=counts["fuzzy"],
        untranslated=counts["untranslated"],
        obsolete=obsolete,
        words_left=words,
        disclaimers_done=done,
        disclaimers_total=total,
        publishable=publishable,
    )


def entry_state(entry: Message | None) -> str:
    """``translated``, ``fuzzy`` or ``untranslated``; a fuzzy flag on an empty translation means nothing."""
    return "untranslated" if entry is None else entry.state
