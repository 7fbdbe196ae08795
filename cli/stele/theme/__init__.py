"""Theme (core): the default templates shipped in the package, overlaid by the project's own templates/."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from stele.errors import SteleError
from stele.model import Config

THEMES_DIR = Path(__file__).resolve().parent
DEFAULT_THEME = "default"
THEME_DIR = THEMES_DIR / DEFAULT_THEME


@dataclass(frozen=True, slots=True)
class TemplateFile:
    """One template the site renders with: ``name`` as Jinja knows it, the file, and where it came from."""

    name: str  # e.g. "partials/disclaimer.html"
    path: Path
    from_theme: bool

    def shown(self, config: Config) -> str:
        """How references and messages name it: the path it has, or would have after `stele theme copy`, in the
        project's templates folder (so site.pot does not depend on where stele is installed)."""
        return config.relative(config.templates_dir / self.name)


def search_path(config: Config) -> list[Path]:
    """Where Jinja looks for a template, first to last: the project's templates folder, then the theme."""
    return [config.templates_dir, THEME_DIR]


def theme_names() -> list[str]:
    """Every template of the default theme, sorted."""
    return sorted(p.relative_to(THEME_DIR).as_posix() for p in THEME_DIR.rglob("*") if _is_template_file(p))


def template_files(config: Config, *, suffix: str = "") -> list[TemplateFile]:
    """Every template the site renders with, sorted by name: the project's, then the theme's it does not override."""
    found: dict[str, TemplateFile] = {}
    for root, from_theme in ((THEME_DIR, True), (config.templates_dir, False)):
        if root.is_dir():
            for path in root.rglob("*"):
                if _is_template_file(path) and path.name.endswith(suffix):
                    name = path.relative_to(root).as_posix()
                    found[name] = TemplateFile(name, path, from_theme)
    return [found[name] for name in sorted(found, key=lambda name: name.split("/"))]


def _is_template_file(path: Path) -> bool:
    return path.is_file() and path.suffix != ".py" and "__pycache__" not in path.parts


@dataclass(frozen=True, slots=True)
class Copied:
    """A template `stele theme copy` looked at: ``written`` false when the project already had it."""

    path: Path
    written: bool


def copy_templates(config: Config, names: list[str]) -> list[Copied]:
    """Copy theme templates (all of them when ``names`` is empty) into templates/; never overwrites a file."""
    known = theme_names()
    wanted = [_theme_name(name, known) for name in names] if names else known
    results = []
    for name in wanted:
        target = config.templates_dir / name
        if target.exists():
            results.append(Copied(target, False))
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(THEME_DIR / name, target)
        results.append(Copied(target, True))
    return results


def _theme_name(name: str, known: list[str]) -> str:
    cleaned = name.removeprefix("templates/")
    if cleaned in known:
        return cleaned
    matches = [k for k in known if Path(k).name == cleaned]
    if len(matches) == 1:
        return matches[0]
    raise SteleError(f"stele theme copy: the default theme has no template {name!r}; it has {', '.join(known)}")
