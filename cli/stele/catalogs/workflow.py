"""Workflow: the project-level extract, init and update steps that tie the stages together."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import jinja2.ext
from babel.messages.extract import extract

from stele.catalogs.merge import (
    Memory,
    MergeOptions,
    MergeStats,
    add_message,
    add_segments,
    init_catalog,
    merge_catalog,
    new_template,
    plural_forms_problem,
    same_content,
    timestamp,
)
from stele.catalogs.segments import ParsedArticle, parse_article_body
from stele.catalogs.source import read_articles, refuse_empty_source
from stele.errors import CatalogError, SteleError, TemplateError
from stele.fsutil import write_bytes_if_changed
from stele.locales import (
    SITE_DOMAIN,
    catalog_files,
    catalog_locales,
    catalog_path,
    locale_info,
    suggest_locale,
    template_path,
    validate_locale,
)
from stele.model import Config
from stele.po import Catalog, encode_po, read_po, write_po
from stele.theme import template_files

TEMPLATE_COMMENT_TAGS = ("Translators:",)


@dataclass(frozen=True, slots=True)
class FileResult:
    """One file a step looked at, and whether it was written."""

    path: str
    written: bool
    stats: MergeStats | None = None
    removed: bool = False


def parse_project(config: Config) -> list[ParsedArticle]:
    """Read and segment every article of the project."""
    return [parse_article_body(a, rules=config.disclaimer_rules) for a in read_articles(config)]


def build_templates(config: Config, *, now: dt.datetime) -> dict[str, Catalog]:
    """Every template of the project, by domain: one per article, plus ``site``."""
    created = timestamp(now)
    templates: dict[str, Catalog] = {}
    for parsed in parse_project(config):
        pot = new_template(parsed.article.slug, origin=parsed.article.path, created=created)
        add_segments(pot, parsed.segments, rules=config.disclaimer_rules)
        templates[parsed.article.slug] = pot
    templates[SITE_DOMAIN] = site_template(config, created=created)
    return templates


def site_template(config: Config, *, created: str) -> Catalog:
    """Template strings from templates/**/*.html and the theme's templates it does not override (Babel's Jinja2
    extractor); a theme template is referenced by the path it would have in templates/."""
    pot = new_template(SITE_DOMAIN, origin=config.relative(config.templates_dir), created=created)
    for template in template_files(config, suffix=".html"):
        shown = template.shown(config)
        try:
            with template.path.open("rb") as handle:
                found = list(
                    extract(
                        cast(Any, jinja2.ext.babel_extract),
                        handle,
                        comment_tags=TEMPLATE_COMMENT_TAGS,
                        options={"silent": "false", "trimmed": "true"},
                    )
                )
        except jinja2.TemplateSyntaxError as exc:
            raise TemplateError(
                f"template syntax error: {exc.message}; fix the tag", path=shown, line=exc.lineno
            ) from None
        except UnicodeDecodeError:
            raise TemplateError("not UTF-8; save the template as UTF-8", path=shown) from None
        for lineno, message, comments, context in found:
            add_message(pot, message, reference=f"{shown}:{lineno}", comments=comments, context=context)
    return pot


def extract_templates(config: Config, *, now: dt.datetime, allow_empty: bool = False) -> list[FileResult]:
    """Write locales/<domain>.pot; an unchanged template keeps its file (and date).

    Templates whose article is gone are removed, but not every one of them at once because the source folder
    is missing or empty, unless ``allow_empty``.
    """
    results = []
    templates = build_templates(config, now=now)
    stale = [p for p in sorted(config.locales_dir.glob("*.pot")) if p.stem not in templates and _extracted_by_stele(p)]
    if not allow_empty:
        refuse_empty_source(config, stale, command="stele extract", what="article template", where=config.locales_dir)
    for path in stale:
        path.unlink()  # its article is gone; the catalogs keep their translations
        results.append(FileResult(config.relative(path), True, removed=True))
    for domain, pot in templates.items():
        path = template_path(config, domain)
        if path.exists():
            old = read_po(path, display=config.relative(path))
            if same_content(old, pot):
                pot.set_field("POT-Creation-Date", old.header_field("POT-Creation-Date"))
        results.append(FileResult(config.relative(path), write_po(path, pot)))
    return results


def _extracted_by_stele(path: Path) -> bool:
    with path.open(encoding="utf-8", errors="replace") as handle:
        return "Extracted by stele" in handle.read(400)


def template_domains(config: Config) -> list[str]:
    """The domains that have a template on disk, sorted; none at all is an error."""
    paths = sorted(config.locales_dir.glob("*.pot"))
    if not paths:
        raise CatalogError("no templates (*.pot); run 'stele extract' first", path=config.relative(config.locales_dir))
    return [path.stem for path in paths]


def load_templates(config: Config) -> dict[str, Catalog]:
    """The templates on disk, by domain; none at all is an error."""
    paths = [template_path(config, domain) for domain in template_domains(config)]
    return {path.stem: read_po(path, display=config.relative(path)) for path in paths}


def init_locales(config: Config, locales: list[str], *, now: dt.datetime) -> list[FileResult]:
    """Create each locale's catalogs; existing catalogs are left alone."""
    codes = [validate_locale(code, origin="stele init") for code in locales]
    templates = load_templates(config)
    prepared: list[tuple[Path, Catalog]] = []
    for code in codes:
        info = locale_info(code)
        for domain, pot in templates.items():
            path = catalog_path(config, code, domain)
            if not path.exists():
                prepared.append((path, init_catalog(pot, info, now=now)))
    return [FileResult(config.relative(p), write_po(p, cat)) for p, cat in prepared]


def project_locales(config: Config, codes: Sequence[str], *, origin: str) -> list[str]:
    """``codes`` as the project's locales (gettext spelling); a code the project does not have is refused, with
    the locale it most likely meant, rather than creating catalogs for another language."""
    known = known_locales(config)
    found = []
    for code in codes:
        try:
            gettext_code = validate_locale(code, origin=origin)
        except SteleError:
            gettext_code = code
        if gettext_code not in known:
            guess = suggest_locale(code, known)
            hint = f"Did you mean {guess}? " if guess else ""
            has = ", ".join(known) or "none"
            raise SteleError(f"{origin}: {code!r} is not a locale of this project (it has {has}). {hint}"
                             f"To add a new locale, run 'stele init {code}'")
        found.append(gettext_code)
    return found


def known_locales(config: Config) -> list[str]:
    """Locales with a folder under locales/, plus those named in stele.toml."""
    found = catalog_locales(config)
    ordered = list(config.locales)
    return ordered + sorted(found - set(ordered))


def update_locales(
    config: Config, locales: list[str] | None, *, now: dt.datetime, dry_run: bool = False
) -> list[FileResult]:
    """Merge every template into each locale's catalogs (all read, merged and encoded before any is written).

    A catalog missing for a template (a new article) is created; translations
    already made in the locale's other catalogs (e.g. of a renamed article) are
    recalled into it.
    """
    codes = project_locales(config, locales, origin="stele update") if locales else known_locales(config)
    templates = load_templates(config)
    options = MergeOptions.of_project(config)
    prepared: list[tuple[Path, bytes, MergeStats]] = []
    for code in codes:
        existing = {
            p.stem: read_catalog(config, p, needed=_has_plurals(templates.get(p.stem)))
            for p in catalog_files(config, code)
        }
        memory = Memory(existing.values())
        info = locale_info(code)
        for domain, pot in templates.items():
            path = catalog_path(config, code, domain)
            old = existing.get(domain) or init_catalog(new_template(domain, origin="", created=""), info, now=now)
            merged, stats = merge_catalog(pot, old, memory, options)
            prepared.append((path, encode_po(config.relative(path), merged), stats))  # fails before any write
    if dry_run:  # what would change, nothing written
        return [FileResult(config.relative(p), _differs(p, data), stats) for p, data, stats in prepared]
    return [FileResult(config.relative(p), write_bytes_if_changed(p, data), stats) for p, data, stats in prepared]


def _differs(path: Path, data: bytes) -> bool:
    try:
        return path.read_bytes() != data
    except FileNotFoundError:
        return True


def _has_plurals(catalog: Catalog | None) -> bool:
    return catalog is not None and any(e.msgid_plural is not None for e in catalog)


def read_catalog(config: Config, path: Path, *, needed: bool) -> Catalog:
    """A locale's catalog, refused (with the header's line) when its Plural-Forms is missing or broken."""
    shown = config.relative(path)
    catalog = read_po(path, display=shown)
    problem = plural_forms_problem(catalog, needed=needed or _has_plurals(catalog))
    if problem:
        raise CatalogError(problem, path=shown, line=_header_line(path, "Plural-Forms"))
    return catalog


def _header_line(path: Path, key: str) -> int:
    with path.open(encoding="utf-8", errors="replace") as handle:
        for number, line in enumerate(handle, 1):
            if line.startswith(f'"{key}:') or line.startswith(f'"{key} :'):
                return number
            if number > 60:
                break
    return 1


def merge_files(definitions: Path, reference: Path) -> tuple[Catalog, MergeStats]:
    """``stele merge``: any catalog and template, no project needed."""
    return merge_catalog(read_po(reference), read_po(definitions))
