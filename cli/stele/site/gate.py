"""Gate: decide which article may be published in which locale (disclaimers translated, not fuzzy)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from stele.catalogs.segments import ParsedArticle
from stele.model import HeldBack, Segment, SegmentKind, disclaimer_ids
from stele.po import Catalog


@dataclass(frozen=True, slots=True)
class LocaleCatalogs:
    """A locale's catalogs as read from disk, by domain (None where the file is missing)."""

    locale: str
    catalogs: dict[str, Catalog | None]
    paths: dict[str, str]


def site_disclaimers(site_template: Catalog | None) -> tuple[str, ...]:
    """Template strings whose extracted comment marks them as part of a disclaimer."""
    if site_template is None:
        return ()
    return tuple(e.msgid for e in site_template if not e.obsolete and disclaimer_ids(e.extracted))


def _problem(catalog: Catalog | None, msgid: str) -> str | None:
    if catalog is None:
        return "has no catalog"
    entry = catalog.find(msgid)
    if entry is None:
        return "is missing from the catalog (run 'stele update')"
    if entry.state == "translated":
        return None
    return "is fuzzy (needs review)" if entry.state == "fuzzy" else "is untranslated"


def check_article(
    parsed: ParsedArticle, locale: LocaleCatalogs, site_messages: Sequence[str], *, site_domain: str
) -> HeldBack | None:
    """Why ``parsed`` may not be published in ``locale``, or None if it may."""
    slug = parsed.article.slug
    catalog = locale.catalogs.get(slug)
    messages: list[Segment] = []
    reasons: list[str] = []
    for segment in parsed.disclaimers:
        problem = _problem(catalog, segment.msgid)
        if problem:
            messages.append(segment)
            where = locale.paths.get(slug, slug)
            reasons.append(f"{where}: disclaimer {_short(segment.msgid)!r} ({segment.reference}) {problem}")
    if parsed.article.is_health:
        site = locale.catalogs.get(site_domain)
        for msgid in site_messages:
            problem = _problem(site, msgid)
            if problem:
                messages.append(Segment(msgid, SegmentKind.PARAGRAPH, f"{site_domain}.pot", 0))
                where = locale.paths.get(site_domain, site_domain)
                reasons.append(f"{where}: site disclaimer {_short(msgid)!r} {problem}")
    if not reasons:
        return None
    return HeldBack(slug=slug, locale=locale.locale, messages=tuple(messages), reasons=tuple(reasons))


def _short(text: str, size: int = 40) -> str:
    return text if len(text) <= size else text[: size - 1] + "…"
