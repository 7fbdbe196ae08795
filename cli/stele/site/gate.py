"""Gate: decide which article may be published in which locale, by the very rules of ``stele check``.

A page is held back in a locale when its catalog or a site string it shows is missing, or when
``stele check`` would report an error for any message the page shows (its article's catalog, and the
site catalog: its disclaimer box only on health pages). The reasons are check's own finding lines.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from stele.catalogs.segments import ParsedArticle
from stele.catalogs.workflow import read_catalog
from stele.errors import CatalogError, working_on
from stele.locales import catalog_path
from stele.model import Config, Finding, HeldBack, Segment, SegmentKind, disclaimer_ids
from stele.po import Catalog
from stele.rules import CheckOptions, check_file, file_of


@dataclass(frozen=True, slots=True)
class LocaleCatalogs:
    """A locale's catalogs as read from disk, by domain (None where the file is missing)."""

    locale: str
    catalogs: dict[str, Catalog | None]
    paths: dict[str, str]  # as shown in messages
    errors: dict[str, list[Finding]] = field(default_factory=dict)  # domain → check's errors, once computed


class SiteMessage(NamedTuple):
    """A template string: its msgid and msgctxt (pgettext's context), None when it has none."""

    msgid: str
    context: str | None = None


def read_locale(
    config: Config, locale: str, domains: Sequence[str], *, errors: dict[str, list[Finding]] | None = None,
    known: dict[str, Catalog | None] | None = None, tolerant: bool = False,
) -> LocaleCatalogs:
    """A locale's catalogs for ``domains`` (None where missing), each read once: ``known`` holds ones already read,
    ``errors`` check's errors already found (shared by the pages of a locale). ``tolerant`` (stele check, which
    reports such files itself): a catalog that cannot be read counts as missing instead of stopping."""
    found: dict[str, Catalog | None] = {}
    paths: dict[str, str] = {}
    for domain in domains:
        path = catalog_path(config, locale, domain)
        paths[domain] = config.relative(path)
        if known is not None and domain in known:
            found[domain] = known[domain]
        else:
            found[domain] = _read(config, path, tolerant) if path.exists() else None
    return LocaleCatalogs(locale, found, paths, errors if errors is not None else {})


def _read(config: Config, path: Path, tolerant: bool) -> Catalog | None:
    try:
        return read_catalog(config, path, needed=False)
    except CatalogError:
        if tolerant:
            return None
        raise


def site_disclaimers(site_template: Catalog | None) -> tuple[SiteMessage, ...]:
    """Template strings whose extracted comment marks them as part of a disclaimer."""
    if site_template is None:
        return ()
    marked = (e for e in site_template if not e.obsolete and disclaimer_ids(e.extracted))
    return tuple(SiteMessage(e.msgid, e.msgctxt) for e in marked)


def catalog_errors(
    locale: LocaleCatalogs, domain: str, options: CheckOptions, segments: Sequence[Segment] = ()
) -> list[Finding]:
    """What ``stele check`` reports as errors for one catalog of the locale (computed once per domain)."""
    found = locale.errors.get(domain)
    if found is None:
        catalog_findings(locale, domain, options, segments)
        found = locale.errors[domain]
    return found


def catalog_findings(
    locale: LocaleCatalogs, domain: str, options: CheckOptions, segments: Sequence[Segment] = ()
) -> list[Finding]:
    """Every finding ``stele check`` reports for one catalog of the locale, of any severity; its errors are kept
    as the locale's errors for ``domain``, so the gate then decides on these very findings (the review view)."""
    catalog = locale.catalogs.get(domain)
    shown = locale.paths.get(domain, domain)
    found: list[Finding] = []
    if catalog is not None:
        file = file_of(Path(shown), shown, catalog, segments={s.msgid: s for s in segments})
        with working_on(shown):
            found = check_file(file, options)
    locale.errors[domain] = [f for f in found if f.severity == "error"]
    return found


def _missing(catalog: Catalog | None, msgid: str, context: str | None = None) -> str | None:
    if catalog is None:
        return "has no catalog"
    if catalog.find(msgid, context) is None:
        return "is missing from the catalog (run 'stele update')"
    return None


def check_article(
    parsed: ParsedArticle,
    locale: LocaleCatalogs,
    site_messages: Sequence[SiteMessage],
    *,
    site_domain: str,
    options: CheckOptions,
) -> HeldBack | None:
    """Why ``parsed`` may not be published in ``locale``, or None if it may."""
    slug = parsed.article.slug
    if not any(catalog is not None for catalog in locale.catalogs.values()):
        folder = str(Path(locale.paths.get(slug, f"{locale.locale}/LC_MESSAGES/x.po")).parent)
        reason = f"{folder}: no catalogs for {locale.locale}; run 'stele init {locale.locale}'"
        return HeldBack(slug=slug, locale=locale.locale, reasons=(reason,))
    messages: list[Segment] = []
    reasons: list[str] = []
    findings: list[Finding] = []
    for segment in parsed.disclaimers:
        problem = _missing(locale.catalogs.get(slug), segment.msgid)
        if problem:
            messages.append(segment)
            where = locale.paths.get(slug, slug)
            reasons.append(f"{where}: disclaimer {_short(segment.msgid)!r} ({segment.reference}) {problem}")
    by_msgid = {segment.msgid: segment for segment in parsed.segments}
    for finding in catalog_errors(locale, slug, options, parsed.segments):
        reasons.append(finding.as_text())
        findings.append(finding)
        found = by_msgid.get(finding.msgid or "")
        if found is not None and found not in messages:
            messages.append(found)
    disclaimers = {msgid for msgid, _ in site_messages}
    box = disclaimers if parsed.article.is_health else set()
    if parsed.article.is_health:
        for msgid, context in site_messages:
            problem = _missing(locale.catalogs.get(site_domain), msgid, context)
            if problem:
                messages.append(Segment(msgid, SegmentKind.PARAGRAPH, f"{site_domain}.pot", 0))
                where = locale.paths.get(site_domain, site_domain)
                reasons.append(f"{where}: site disclaimer {_short(msgid)!r} {problem}")
    for finding in catalog_errors(locale, site_domain, options):
        if finding.msgid not in disclaimers or finding.msgid in box:
            reasons.append(finding.as_text())
            findings.append(finding)
    if not reasons:
        return None
    return HeldBack(slug=slug, locale=locale.locale, messages=tuple(messages), reasons=tuple(reasons),
                    findings=tuple(findings))


def _short(text: str, size: int = 40) -> str:
    return text if len(text) <= size else text[: size - 1] + "…"
