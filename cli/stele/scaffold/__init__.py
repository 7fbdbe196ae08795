"""Scaffold: `stele new DIR` writes a working project (configuration, an example article, CI) from files/."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from stele import __version__
from stele.catalogs.workflow import FileResult, extract_templates, init_locales
from stele.config import load_config
from stele.errors import SteleError
from stele.fsutil import write_text_if_changed
from stele.locales import validate_locale

FILES = Path(__file__).resolve().parent / "files"

# Example [disclaimer.locales] patterns of this project, for the locales it has them for: what a faithful
# translation of the rule's text must say (a doctor/specialist and a consultation; side effects).
CONSULT_PATTERNS = {
    "ru": r"(?is)^(?=.*\b(врач|специалист|медицинск\w* работник))(?=.*(консульт|посовет|обрат\w* к|обращ\w* к))",
    "uk": r"(?is)^(?=.*\b(лікар|фахів|медичн\w* працівник))(?=.*(консульт|порад(ь|ит)|зверн\w* до|зверта\w* до))",
}
SIDE_EFFECT_PATTERNS = {"ru": r"(?i)\b(побочн|нежелательн)", "uk": r"(?i)\b(побічн|небажан)"}

# Where each scaffold file goes in the new project.
LAYOUT = {
    "stele.toml": "stele.toml",
    "article.md": "source/vitamin-d-in-winter.md",
    "gitignore": ".gitignore",
    "pre-commit-config.yaml": ".pre-commit-config.yaml",
    "workflow.yml": ".github/workflows/stele.yml",
}
TITLE_TEMPLATE = "templates/partials/site-title.html"  # overrides the default theme's title


@dataclass(frozen=True, slots=True)
class NewProject:
    """What `stele new` was asked for: the folder, the locales (gettext codes) and the site's title."""

    root: Path
    locales: tuple[str, ...]
    source_locale: str
    title: str


def parse_locales(text: str) -> tuple[str, ...]:
    """``ru,uk`` (commas or spaces) as gettext codes; each must be a locale CLDR knows."""
    codes = [part for part in text.replace(",", " ").split() if part]
    return tuple(dict.fromkeys(validate_locale(code, origin="stele new --locales") for code in codes))


def create_project(request: NewProject, *, now: dt.datetime) -> list[FileResult]:
    """Write the project, then extract its templates and create each locale's catalogs (CLDR headers)."""
    root = request.root
    if root.exists() and (not root.is_dir() or any(root.iterdir())):
        what = "is not a folder" if not root.is_dir() else "is not empty"
        raise SteleError(f"{what}; stele new makes a project in a new or empty folder, choose another", path=root)
    source = validate_locale(request.source_locale, origin="stele new --source-locale")
    if source in request.locales:
        raise SteleError(f"stele new: {source} is the source locale; --locales names the languages to translate into")
    results = []
    for name, target in LAYOUT.items():
        text = _fill(name, (FILES / name).read_text(encoding="utf-8"), request, source, now)
        write_text_if_changed(root / target, text)
        results.append(FileResult(target, True))
    # The site's title, as the theme includes it (in <title> too, so no newline at the end).
    write_text_if_changed(root / TITLE_TEMPLATE, '{{ _("' + _jinja_string(request.title) + '") }}')
    results.append(FileResult(TITLE_TEMPLATE, True))
    config = load_config(root)
    results += extract_templates(config, now=now)
    results += init_locales(config, list(request.locales), now=now)
    return results


def _fill(name: str, text: str, request: NewProject, source: str, now: dt.datetime) -> str:
    values = {
        "@TITLE@": request.title,
        "@SOURCE@": source,
        "@LOCALES@": ", ".join(f'"{code}"' for code in request.locales),
        "@CONSULT@": _locale_patterns(request.locales, CONSULT_PATTERNS),
        "@SIDE@": _locale_patterns(request.locales, SIDE_EFFECT_PATTERNS),
        "@DATE@": now.date().isoformat(),
        "@VERSION@": __version__,
    }
    for key, value in values.items():
        text = text.replace(key, value)
    return text


def _locale_patterns(locales: tuple[str, ...], patterns: dict[str, str]) -> str:
    lines = []
    for code in locales:
        if code in patterns:
            lines.append(f"{code} = '{patterns[code]}'")
        else:
            lines.append(f"# {code} = '…'   # a pattern every {code} translation of such a block must match")
    return "\n".join(lines) + "\n"


def _jinja_string(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ")
