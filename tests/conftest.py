"""Shared fixtures: a copy of the real project, a CLI runner, golden files, a frozen clock."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from stele.commands import main
from stele.theme import THEME_DIR

REPO = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden"
FROZEN = dt.datetime(2026, 11, 1, 12, 0, tzinfo=dt.timezone.utc)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite golden files from the output")


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


def check_golden(path: Path, text: str, *, update: bool) -> None:
    """Compare ``text`` with the golden file at ``path``; only ``update`` (--update-golden) writes it."""
    if update:
        path.write_text(text, encoding="utf-8")
    if not path.exists():
        pytest.fail(f"golden file {path} is missing; run pytest with --update-golden to write it, then review it")
    assert text == path.read_text(encoding="utf-8"), f"differs from {path}; review with --update-golden"


@pytest.fixture
def golden(update_golden: bool) -> Callable[[Path, str], None]:
    """``check_golden`` with the --update-golden flag of this run."""

    def check(path: Path, text: str) -> None:
        check_golden(path, text, update=update_golden)

    return check


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """A copy of this repository's site: config, sources, catalogs (its templates are the package's theme)."""
    root = tmp_path / "site"
    root.mkdir()
    copy_project(root)
    return root


def copy_project(root: Path) -> None:
    """Copy this repository's project (stele.toml, source, locales, and templates/ when it has one) into ``root``."""
    shutil.copy(REPO / "stele.toml", root / "stele.toml")
    for folder in ("source", "locales", "templates"):
        if (REPO / folder).is_dir():
            shutil.copytree(REPO / folder, root / folder)


def own_template(root: Path, name: str) -> Path:
    """The project's own copy of the theme template ``name`` (as `stele theme copy NAME` makes it), to edit."""
    target = root / "templates" / name
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(THEME_DIR / name, target)
    return target


@pytest.fixture
def stele(monkeypatch: pytest.MonkeyPatch) -> Callable[..., Result]:
    """Run the stele CLI in-process with a frozen clock; returns click's Result."""
    monkeypatch.setattr("stele.commands._now", lambda: FROZEN)
    runner = CliRunner()

    def run(*args: str | Path) -> Result:
        return runner.invoke(main, [str(a) for a in args], catch_exceptions=False)

    return run


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def new_site(root: Path, stele: Callable[..., Result], articles: dict[str, str]) -> Path:
    """A project at ``root``: ``articles`` (file name → Markdown) in ru and uk, extracted, catalogs created; its
    templates are this repository's (its own and the theme's)."""
    write(
        root / "stele.toml",
        '[site]\nbase_url = "https://example.org"\nlocales = ["ru", "uk"]\n\n'
        '[[disclaimer]]\nid = "see-doctor"\ndescription = "marked in the source"\n',
    )
    for name, text in articles.items():
        write(root / "source" / name, text)
    if (REPO / "templates").is_dir():
        shutil.copytree(REPO / "templates", root / "templates")
    assert stele("--project", root, "extract").exit_code == 0
    assert stele("--project", root, "init", "ru", "uk").exit_code == 0
    return root


def tree_bytes(root: Path) -> dict[str, bytes]:
    """Every file below ``root`` and its content, to prove that nothing changed."""
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}
