"""Gate: decide which article may be published in which locale (disclaimers translated, not fuzzy)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

import polib

from stele.catalogs.segments import ParsedArticle
from stele.model import HeldBack, Segment, SegmentKind

SITE_DISCLAIMER_MARK = "DISCLAIMER"


@dataclass(frozen=True, slots=True)
class LocaleCatalogs:
    """A locale's catalogs as read from disk, by domain (None where the file is missing)."""

    locale: str
    catalogs: dict[str, polib.POFile | None]
    paths: dict[str, str]


class SiteMessage(NamedTuple):
    """A template string: its msgid and msgctxt (pgettext's context), None when it has none."""

    msgid: str
    context: str | None = None


def site_disclaimers(site_template: polib.POFile | None) -> tuple[SiteMessage, ...]:
    """Template strings whose extracted comment marks them as part of a disclaimer."""
    if site_template is None:
        return ()
    return tuple(SiteMessage(e.msgid, e.msgctxt) for e in site_template if SITE_DISCLAIMER_MARK in (e.comment or ""))


def _problem(catalog: polib.POFile | None, msgid: str, context: str | None = None) -> str | None:
    if catalog is None:
        return "has no catalog"
    entry = catalog.find(msgid, msgctxt=context)
    if entry is None or entry.obsolete:
        return "is missing from the catalog (run 'stele update')"
    if not entry.msgstr:
        return "is untranslated"
    if "fuzzy" in entry.flags:
        return "is fuzzy (needs review)"
    return None


def check_article(
    parsed: ParsedArticle, locale: LocaleCatalogs, site_messages: Sequence[SiteMessage], *, site_domain: str
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
        for msgid, context in site_messages:
            problem = _problem(site, msgid, context)
            if problem:
                messages.append(Segment(msgid, SegmentKind.PARAGRAPH, f"{site_domain}.pot", 0))
                where = locale.paths.get(site_domain, site_domain)
                reasons.append(f"{where}: site disclaimer {_short(msgid)!r} {problem}")
    if not reasons:
        return None
    return HeldBack(slug=slug, locale=locale.locale, messages=tuple(messages), reasons=tuple(reasons))


def _short(text: str, size: int = 40) -> str:
    return text if len(text) <= size else text[: size - 1] + "…"
