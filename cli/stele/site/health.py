"""Health metadata of a page: review and update dates, citations, and its schema.org JSON-LD."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup

from stele.locales import LocaleInfo
from stele.model import Article, Citation


@dataclass(frozen=True, slots=True)
class DateView:
    """A date as a page shows it: ISO for ``<time datetime>``, text in the locale's format."""

    iso: str
    text: str


@dataclass(frozen=True, slots=True)
class CitationView:
    title: str
    url: str
    publisher: str
    date: DateView | None


@dataclass(frozen=True, slots=True)
class HealthView:
    """What article.html shows of the front matter's ``updated``, ``reviewed``, ``reviewed_by`` and ``sources``."""

    updated: DateView | None
    reviewed: DateView | None
    reviewed_by: str
    sources: tuple[CitationView, ...]


def date_view(value: dt.date | None, info: LocaleInfo) -> DateView | None:
    return DateView(value.isoformat(), info.format_date(value)) if value is not None else None


def _citation_date(value: dt.date | int | None, info: LocaleInfo) -> DateView | None:
    if isinstance(value, int):
        return DateView(f"{value:04d}", str(value))
    return date_view(value, info)


def health_view(article: Article, info: LocaleInfo) -> HealthView:
    updated = article.updated if article.updated and article.updated != article.date else None
    return HealthView(
        updated=date_view(updated, info),
        reviewed=date_view(article.reviewed, info),
        reviewed_by=article.reviewed_by,
        sources=tuple(
            CitationView(c.title, c.url, c.publisher, _citation_date(c.date, info)) for c in article.sources
        ),
    )


def _citation_ld(citation: Citation) -> dict[str, Any]:
    found: dict[str, Any] = {"@type": "CreativeWork", "name": citation.title, "url": citation.url}
    if citation.publisher:
        found["publisher"] = {"@type": "Organization", "name": citation.publisher}
    if citation.date is not None:
        found["datePublished"] = (
            f"{citation.date:04d}" if isinstance(citation.date, int) else citation.date.isoformat()
        )
    return found


def json_ld(article: Article, *, title: str, description: str, lang: str, url: str) -> Markup:
    """The page's schema.org data (MedicalWebPage for a health page), safe inside ``<script>``: every ``<``,
    ``>`` and ``&`` is a JSON escape, so no text (a translated title is untrusted) can close the element."""
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "MedicalWebPage" if article.is_health else "WebPage",
        "name": title,
        "description": description,
        "inLanguage": lang,
        "url": url,
        "datePublished": article.date.isoformat(),
        "dateModified": article.modified.isoformat(),
    }
    if article.reviewed is not None:
        data["lastReviewed"] = article.reviewed.isoformat()
    if article.reviewed_by:
        data["reviewedBy"] = {"@type": "Person", "name": article.reviewed_by}
    if article.sources:
        data["citation"] = [_citation_ld(c) for c in article.sources]
    return Markup(script_json(data))


def script_json(data: object) -> str:
    """JSON for an HTML ``<script>`` element: ``<``, ``>``, ``&`` and the JavaScript line separators escaped."""
    text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=False)
    for char in "<>&\u2028\u2029":
        text = text.replace(char, f"\\u{ord(char):04x}")
    return text
