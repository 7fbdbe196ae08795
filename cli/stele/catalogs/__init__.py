"""Catalogs workflow: articles → segments → templates → locale catalogs (extract, merge, fuzzy, TM, pseudo).

Modules: ``source`` (front matter and body), ``segments`` (the one walk over the Markdown), ``merge``
(templates and msgmerge-style merging), ``fuzzy`` (the candidate index), ``tm`` (TMX and machine
translation), ``pseudo`` (en-XA), ``workflow`` (the project-level extract, init and update steps).
Other packages use the names below; they are loaded on first use, so importing one module stays cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the real names, for type checkers
    from stele.catalogs.merge import Memory as Memory
    from stele.catalogs.merge import MergeOptions as MergeOptions
    from stele.catalogs.merge import merge_catalog as merge_catalog
    from stele.catalogs.merge import same_content as same_content
    from stele.catalogs.pseudo import pseudo_catalog as pseudo_catalog
    from stele.catalogs.segments import ParsedArticle as ParsedArticle
    from stele.catalogs.segments import parse_article_body as parse_article_body
    from stele.catalogs.source import read_article as read_article
    from stele.catalogs.source import read_articles as read_articles
    from stele.catalogs.tm import export_tmx as export_tmx
    from stele.catalogs.tm import fill_from_tmx as fill_from_tmx
    from stele.catalogs.tm import machine_translate_project as machine_translate_project
    from stele.catalogs.workflow import FileResult as FileResult
    from stele.catalogs.workflow import build_templates as build_templates
    from stele.catalogs.workflow import extract_templates as extract_templates
    from stele.catalogs.workflow import init_locales as init_locales
    from stele.catalogs.workflow import known_locales as known_locales
    from stele.catalogs.workflow import merge_files as merge_files
    from stele.catalogs.workflow import parse_project as parse_project
    from stele.catalogs.workflow import read_catalog as read_catalog
    from stele.catalogs.workflow import update_locales as update_locales
    from stele.locales import SITE_DOMAIN as SITE_DOMAIN

_EXPORTS = {
    "ParsedArticle": "segments", "parse_article_body": "segments", "read_article": "source",
    "read_articles": "source", "merge_catalog": "merge", "same_content": "merge", "Memory": "merge",
    "MergeOptions": "merge",
    "FileResult": "workflow", "build_templates": "workflow", "extract_templates": "workflow",
    "init_locales": "workflow", "update_locales": "workflow", "merge_files": "workflow",
    "known_locales": "workflow", "parse_project": "workflow", "read_catalog": "workflow", "SITE_DOMAIN": "workflow",
    "export_tmx": "tm", "fill_from_tmx": "tm", "machine_translate_project": "tm", "pseudo_catalog": "pseudo",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(importlib.import_module(f"{__name__}.{_EXPORTS[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
