"""Project checks: every catalog against its template and source, stale files, sources, pages."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from stele.catalogs import MergeOptions, ParsedArticle, build_templates, known_locales, merge_catalog, same_content
from stele.checks import unreadable
from stele.checks.pages import check_hard_coded, check_pages
from stele.errors import CatalogError, SteleError, working_on
from stele.locales import PSEUDO, catalog_files, catalog_path, messages_dir, template_path
from stele.model import Config, Finding, Segment
from stele.po import Catalog, encode_po, read_po
from stele.rules import CheckOptions, catalog_file, check_file
from stele.rules.content import escape_problem
from stele.site import assess_site, pseudo_catalogs, render_pseudo


def options_for(config: Config, *, select: frozenset[str] | None, ignore: frozenset[str]) -> CheckOptions:
    return CheckOptions.for_config(config, select=select, ignore=ignore)


def check_project(config: Config, options: CheckOptions) -> tuple[list[Finding], int]:
    """All findings for the project, and the number of files checked.

    A catalog or template that cannot be read or parsed is a finding of its own; the project-wide checks
    (stale files, pages) go on without it, as if it were missing.
    """
    state = assess_site(config, tolerant=True)
    segments = {p.article.slug: {s.msgid: s for s in p.segments} for p in state.parsed}
    templates = sorted(config.locales_dir.glob("*.pot"))
    domains = {path.stem for path in templates} | set(segments)
    catalogs = catalog_files(config)
    orphans = [path for path in catalogs if path.stem not in domains]
    files = templates + [path for path in catalogs if path.stem in domains]
    findings: list[Finding] = []
    for path in files:
        findings += _check_catalog(config, path, segments.get(path.stem), options)
    project: list[Finding] = []
    if options.enabled("stale"):
        project += [f for f in _stale(config) if options.enabled(f.rule)]
        project += [_orphan(config, path) for path in orphans]
    if options.enabled("escapes"):
        project += _source_escapes(config, state.parsed)
    if options.enabled("front-matter"):
        project += _front_matter(state.parsed)
    if options.enabled("disclaimer"):
        project += check_pages(config, state)
    findings += [replace(f, severity=options.severity(f.rule)) for f in project]
    return findings, len(files) + len(orphans) + len(state.parsed)


def _orphan(config: Config, path: Path) -> Finding:
    """A catalog with no template and no article of its name: left behind by an article removed or renamed (its
    messages are not checked: no page is made of them)."""
    return Finding(config.relative(path), 1, "error", "stale",
                   f"catalog has no template (locales/{path.stem}.pot) and no article '{path.stem}': was the article "
                   f"removed or renamed? Delete the catalog, or restore the article and run 'stele extract'",
                   locale=path.parent.parent.name)


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
    empty = [locale for locale in known_locales(config) if not catalog_files(config, locale)]
    for locale in empty:  # one line for a locale listed in stele.toml with no catalogs yet
        shown = config.relative(messages_dir(config.locales_dir, locale))
        yield Finding(shown, 1, "error", "stale", f"no catalogs for {locale}, which stele.toml lists; run "
                      f"'stele init {locale}'", locale=locale)
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
        if _messages(on_disk) != _messages(template):
            yield Finding(shown, 1, "error", "stale", "template is out of date with its source; run 'stele extract'")
        elif not same_content(on_disk, template):
            yield Finding(shown, 1, "info", "layout", "the template's messages are up to date, but its header or "
                          "layout is not what 'stele extract' writes; 'stele extract' would rewrite it")
        for locale in known_locales(config):
            if locale not in empty:
                yield from _stale_catalog(config, locale, domain, on_disk)


def _stale_catalog(config: Config, locale: str, domain: str, template: Catalog) -> Iterator[Finding]:
    path = catalog_path(config, locale, domain)
    shown = config.relative(path)
    if not path.exists():
        yield Finding(shown, 1, "error", "stale", f"catalog is missing; run 'stele init {locale}'", locale=locale)
        return
    try:
        on_disk = read_po(path, display=shown)
    except CatalogError:  # reported by the check of the file itself
        return
    merged, _ = merge_catalog(template, on_disk, options=MergeOptions.of_project(config))
    if _messages(merged) != _messages(on_disk):
        yield Finding(shown, 1, "error", "stale", f"catalog is out of date with locales/{domain}.pot; run "
                      "'stele update'", locale=locale)
    elif encode_po(path, merged) != path.read_bytes():
        yield Finding(shown, 1, "info", "layout", "the catalog's messages are up to date, but its layout (line "
                      "wrapping, comments, order of lines) is not msgcat's; 'stele update' or msgcat would rewrite "
                      "it", locale=locale)


def _messages(catalog: Catalog) -> list[tuple[object, ...]]:
    """What makes a catalog current, whatever tool wrote it: each active message's msgctxt, msgid, msgid_plural,
    references and extracted comments (their text less white space, however the lines were wrapped)."""
    return [
        (m.msgctxt, m.msgid, m.msgid_plural, tuple(m.references), "".join("".join(m.extracted).split()))
        for m in catalog.entries if not m.obsolete
    ]


def _front_matter(parsed: list[ParsedArticle]) -> Iterator[Finding]:
    """The source reader's warnings about the front matter (unknown keys), at their line."""
    for article in parsed:
        yield from article.article.warnings


def _source_escapes(config: Config, parsed: list[ParsedArticle]) -> Iterator[Finding]:
    for article in parsed:
        for segment in article.segments:
            problem = escape_problem(segment.msgid)
            if problem:
                yield Finding(
                    segment.path, segment.line, "error", "escapes", f"source text {problem}", msgid=segment.msgid
                )
