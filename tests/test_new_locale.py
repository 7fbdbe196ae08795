"""New locales are one step: init adds them to stele.toml, a listed locale without catalogs is one line, and a
mistyped locale is refused with the one it most likely meant."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from click.testing import Result

from .conftest import tree_bytes


def test_init_adds_the_locale_to_stele_toml_keeping_its_comments(site: Path, stele: Callable[..., Result]) -> None:
    toml = site / "stele.toml"
    before = toml.read_text(encoding="utf-8")
    result = stele("--project", site, "init", "pl")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[0] == "stele.toml: added pl to [site] locales"
    after = toml.read_text(encoding="utf-8")
    assert after == before.replace('locales = ["ru", "uk"]', 'locales = ["ru", "uk", "pl"]', 1)
    assert sorted(p.name for p in (site / "locales/pl/LC_MESSAGES").iterdir()) == [
        "kratom-muscle-soreness-dosage.po", "kratom-muscle-soreness-relief.po", "site.po"
    ]
    again = stele("--project", site, "init", "pl")  # nothing to add, nothing to write
    assert (again.exit_code, again.stdout) == (0, "init: 0 files, 0 written\n")
    assert toml.read_text(encoding="utf-8") == after


def test_init_no_config_prints_the_line_to_add(site: Path, stele: Callable[..., Result]) -> None:
    toml = site / "stele.toml"
    before = toml.read_bytes()
    result = stele("--project", site, "init", "pt-BR", "--no-config")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0] == 'add to stele.toml [site]: locales = ["ru", "uk", "pt_BR"]'
    assert toml.read_bytes() == before


def test_a_listed_locale_without_catalogs_is_one_line(site: Path, stele: Callable[..., Result]) -> None:
    toml = site / "stele.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace('["ru", "uk"]', '["ru", "uk", "de"]'), encoding="utf-8")
    build = stele("--project", site, "build")
    assert build.exit_code == 0
    assert build.stderr == (
        "warning: de: nothing published: locales/de/LC_MESSAGES: no catalogs for de; run 'stele init de'\n"
    )
    check = stele("--project", site, "check")
    assert check.exit_code == 1
    assert check.stdout == (
        "locales/de/LC_MESSAGES:1: error: [stale] no catalogs for de, which stele.toml lists; run 'stele init de'\n"
        "11 files checked: 1 error, 0 warnings, 0 notes\n"
    )
    assert stele("--project", site, "init", "de").exit_code == 0
    assert "de: nothing published" not in stele("--project", site, "build").stderr


def test_a_mistyped_locale_is_refused_with_the_one_it_meant(site: Path, stele: Callable[..., Result]) -> None:
    before = tree_bytes(site)
    result = stele("--project", site, "update", "ua")  # the country code of Ukraine
    assert result.exit_code == 2
    assert result.stderr == (
        "stele: stele update: 'ua' is not a locale of this project (it has ru, uk). Did you mean uk? "
        "To add a new locale, run 'stele init ua'\n"
    )
    typo = stele("--project", site, "update", "rus")
    assert (typo.exit_code, "Did you mean ru?" in typo.stderr) == (2, True)
    assert tree_bytes(site) == before  # no catalogs for another language
    assert stele("--project", site, "update", "uk").exit_code == 0
