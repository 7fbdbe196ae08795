"""Site build: catalogs + templates → public/ (plan → gate → render → write → indexes → status).

Modules: ``build`` (the top-down build), ``gate`` (what may be published, by the rules of stele check),
``render`` (Jinja2 and Markdown, translations as untrusted text), ``pages`` (URLs, alternates, sitemap),
``incremental`` and ``cache`` (render only what changed), ``workers`` (both cores), ``serve`` (preview),
``status`` and ``status_view`` (the translation dashboard). Other packages use the names below; they are
loaded on first use, so importing one module (e.g. ``workers``) does not bring Jinja.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the real names, for type checkers
    from stele.site.build import SiteState as SiteState
    from stele.site.build import assess_site as assess_site
    from stele.site.build import build_site as build_site
    from stele.site.build import pseudo_catalogs as pseudo_catalogs
    from stele.site.build import render_pseudo as render_pseudo
    from stele.site.build import render_site as render_site
    from stele.site.gate import LocaleCatalogs as LocaleCatalogs
    from stele.site.gate import check_article as check_article
    from stele.site.render import page_parser as page_parser
    from stele.site.serve import Preview as Preview
    from stele.site.status import project_status as project_status
    from stele.site.status_view import status_json as status_json
    from stele.site.status_view import status_page as status_page
    from stele.site.status_view import status_table as status_table
    from stele.site.unchanged import BuildResult as BuildResult

_EXPORTS = {
    "build_site": "build", "BuildResult": "unchanged", "assess_site": "build", "SiteState": "build",
    "render_site": "build", "pseudo_catalogs": "build", "render_pseudo": "build", "check_article": "gate",
    "LocaleCatalogs": "gate", "project_status": "status", "status_json": "status_view",
    "status_page": "status_view", "status_table": "status_view", "Preview": "serve",
    "page_parser": "render",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(importlib.import_module(f"{__name__}.{_EXPORTS[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
