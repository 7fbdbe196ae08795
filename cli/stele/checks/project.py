"""Project checks: every catalog against its template and source, stale files, sources, pages."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace

import polib

from stele.catalogs.merge import merge_catalog, same_content
from stele.catalogs.segments import ParsedArticle
from stele.catalogs.workflow import build_templates, known_locales
from stele.checks.pages import check_pages
from stele.locales import catalog_files, catalog_path, template_path
from stele.model import Config, Finding
from stele.po.files import read_po, render_po
from stele.rules import CheckOptions, catalog_file, check_file
from stele.rules.content import escape_problem
from stele.site.build import assess_site


def options_for(config: Config, *, select: frozenset[str] | None, ignore: frozenset[str]) -> CheckOptions:
    return CheckOptions(
        select=select,
        ignore=ignore,
        settings=config.check,
        disclaimer_rules=config.disclaimer_rules,
        source_locale=config.source_locale,
    )


def check_project(config: Config, options: CheckOptions) -> tuple[list[Finding], int]:
    """All findings for the project, and the number of files checked."""
    state = assess_site(config)
    segments = {p.article.slug: {s.msgid: s for s in p.segments} for p in state.parsed}
    files = sorted(config.locales_dir.glob("*.pot")) + catalog_files(config)
    findings: list[Finding] = []
    for path in files:
        findings += check_file(catalog_file(path, config.relative(path), segments=segments.get(path.stem)), options)
    project: list[Finding] = []
    if options.enabled("stale"):
        project += _stale(config)
    if options.enabled("escapes"):
        project += _source_escapes(config, state.parsed)
    if options.enabled("disclaimer"):
        project += check_pages(config, state)
    findings += [replace(f, severity=options.severity(f.rule)) for f in project]
    return findings, len(files) + len(state.parsed)


def _stale(config: Config) -> Iterator[Finding]:
    fresh = build_templates(config, now=dt.datetime.now(dt.timezone.utc))
    for domain, template in fresh.items():
        path = template_path(config, domain)
        shown = config.relative(path)
        if not path.exists():
            yield Finding(shown, 1, "error", "stale", "template is missing; run 'stele extract'")
            continue
        on_disk = read_po(path, display=shown)
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
    merged, _ = merge_catalog(template, read_po(path, display=shown))
    if render_po(merged) != path.read_text(encoding="utf-8"):
        yield Finding(
            shown,
            1,
            "error",
            "stale",
            f"catalog is out of date with locales/{domain}.pot; run 'stele update'",
            locale=locale,
        )


def _source_escapes(config: Config, parsed: list[ParsedArticle]) -> Iterator[Finding]:
    for article in parsed:
        for segment in article.segments:
            problem = escape_problem(segment.msgid)
            if problem:
                yield Finding(
                    segment.path, segment.line, "error", "escapes", f"source text {problem}", msgid=segment.msgid
                )
