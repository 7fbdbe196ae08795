"""Project checks: every catalog against its template and source, stale files, sources, pages."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import polib

from stele.catalogs.merge import merge_catalog, same_content
from stele.catalogs.segments import ParsedArticle
from stele.catalogs.workflow import build_templates, catalog_path, known_locales, template_path
from stele.checks import unreadable
from stele.checks.pages import check_hard_coded, check_pages
from stele.errors import CatalogError, SteleError, working_on
from stele.locales import PSEUDO
from stele.model import Config, Finding, Segment
from stele.po.files import read_po, render_po
from stele.rules import CheckOptions, catalog_file, check_file
from stele.rules.content import escape_problem
from stele.site.build import assess_site, pseudo_catalogs, render_pseudo

_CHARSET = re.compile(r"charset=([\w.:-]+)")  # as write_po reads it


def options_for(config: Config, *, select: frozenset[str] | None, ignore: frozenset[str]) -> CheckOptions:
    return CheckOptions(
        select=select,
        ignore=ignore,
        settings=config.check,
        disclaimer_rules=config.disclaimer_rules,
        source_locale=config.source_locale,
    )


def check_project(config: Config, options: CheckOptions) -> tuple[list[Finding], int]:
    """All findings for the project, and the number of files checked.

    A catalog or template that cannot be read or parsed is a finding of its own; the project-wide checks
    (stale files, pages) go on without it, as if it were missing.
    """
    state = assess_site(config, tolerant=True)
    segments = {p.article.slug: {s.msgid: s for s in p.segments} for p in state.parsed}
    files = sorted(config.locales_dir.glob("*.pot")) + sorted(config.locales_dir.glob("*/LC_MESSAGES/*.po"))
    findings: list[Finding] = []
    for path in files:
        findings += _check_catalog(config, path, segments.get(path.stem), options)
    project: list[Finding] = []
    if options.enabled("stale"):
        project += _stale(config)
    if options.enabled("escapes"):
        project += _source_escapes(config, state.parsed)
    if options.enabled("disclaimer"):
        project += check_pages(config, state)
    findings += [replace(f, severity=options.severity(f.rule)) for f in project]
    return findings, len(files) + len(state.parsed)


def _check_catalog(
    config: Config, path: Path, segments: dict[str, Segment] | None, options: CheckOptions
) -> list[Finding]:
    shown = config.relative(path)
    with working_on(shown):
        try:
            file = catalog_file(path, shown, segments=segments)
        except SteleError as exc:
            return [unreadable(path, shown, exc)]
        return check_file(file, options)


def check_pseudo(config: Config) -> list[Finding]:
    """``--pseudo``: template text that no catalog translates, seen on en-XA pages rendered in memory; nothing
    when a template cannot be read (its own finding says why)."""
    try:
        pages = render_pseudo(config, pseudo_catalogs(config))
    except CatalogError:
        return []
    return list(check_hard_coded(config, pages, lang=PSEUDO.bcp47))


def _stale(config: Config) -> Iterator[Finding]:
    fresh = build_templates(config, now=dt.datetime.now(dt.timezone.utc))
    for domain, template in fresh.items():
        path = template_path(config, domain)
        shown = config.relative(path)
        if not path.exists():
            yield Finding(shown, 1, "error", "stale", "template is missing; run 'stele extract'")
            continue
        try:
            on_disk = read_po(path, display=shown)
        except CatalogError:  # reported by the check of the file itself
            continue
        if not same_content(on_disk, template):
            yield Finding(shown, 1, "error", "stale", "template is out of date with its source; run 'stele extract'")
        for locale in known_locales(config):
            yield from _stale_catalog(config, locale, domain, on_disk)


def _stale_catalog(config: Config, locale: str, domain: str, template: polib.POFile) -> Iterator[Finding]:
    path = catalog_path(config, locale, domain)
    shown = config.relative(path)
    if not path.exists():
        yield Finding(shown, 1, "error", "stale", f"catalog is missing; run 'stele init {locale}'", locale=locale)
        return
    try:
        merged, _ = merge_catalog(template, read_po(path, display=shown))
    except CatalogError:  # reported by the check of the file itself
        return
    if render_po(merged) != _text(path, merged):
        yield Finding(
            shown,
            1,
            "error",
            "stale",
            f"catalog is out of date with locales/{domain}.pot; run 'stele update'",
            locale=locale,
        )


def _text(path: Path, catalog: polib.POFile) -> str:
    """The file's text, decoded in the charset its header declares (as 'stele update' would encode it)."""
    match = _CHARSET.search(catalog.metadata.get("Content-Type", ""))
    charset = match.group(1) if match and match.group(1).upper() != "CHARSET" else "utf-8"
    data = path.read_bytes()
    try:
        return data.decode(charset, errors="replace")
    except LookupError:
        return data.decode("utf-8", errors="replace")


def _source_escapes(config: Config, parsed: list[ParsedArticle]) -> Iterator[Finding]:
    for article in parsed:
        for segment in article.segments:
            problem = escape_problem(segment.msgid)
            if problem:
                yield Finding(
                    segment.path, segment.line, "error", "escapes", f"source text {problem}", msgid=segment.msgid
                )
