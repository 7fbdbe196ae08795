"""One verdict you can trust: a mistake is refused before anything is removed or half-written."""

from __future__ import annotations

import re
import shutil
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from click.testing import Result

from stele.catalogs.segments import parse_article_body
from stele.catalogs.source import parse_article
from stele.config import load_config
from stele.errors import SourceError

from .conftest import write

RELIEF = "kratom-muscle-soreness-relief"
DOSAGE = "kratom-muscle-soreness-dosage"
REFUSED_EXTRACT = (
    "source: {state}, so stele extract would remove the 2 article templates in locales/; "
    "check [paths] source in stele.toml, or pass --allow-empty to remove them\n"
)
REFUSED_BUILD = (
    "source: {state}, so stele build would remove the 6 article pages in public/; "
    "check [paths] source in stele.toml, or pass --allow-empty to remove them\n"
)


def snapshot(root: Path) -> dict[str, tuple[bytes, int]]:
    """Every file below ``root`` with its bytes and mtime: equal snapshots mean nothing was written or removed."""
    return {
        str(p.relative_to(root)): (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(root.rglob("*")) if p.is_file()
    }


def _rename_source(site: Path) -> str:
    (site / "source").rename(site / "articles")
    return "no such folder"


def _empty_source(site: Path) -> str:
    for path in (site / "source").glob("*.md"):
        path.unlink()
    return "holds no article (*.md)"


def _file_as_source(site: Path) -> str:
    shutil.rmtree(site / "source")
    write(site / "source", "not a folder")
    return "is not a folder"


def _mistype_source(site: Path) -> str:
    toml = site / "stele.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace('source = "source"', 'source = "sorce"'), "utf-8")
    return "no such folder"


MISTAKES = {"renamed": _rename_source, "emptied": _empty_source, "a file": _file_as_source}


# --- 1. nothing is deleted by a mistake --------------------------------------------------------------------------


@pytest.mark.parametrize("mistake", MISTAKES)
def test_extract_refuses_to_remove_every_template(site: Path, stele: Callable[..., Result], mistake: str) -> None:
    before = snapshot(site / "locales")
    state = MISTAKES[mistake](site)
    result = stele("--project", site, "extract")
    assert (result.exit_code, result.stdout, result.stderr) == (2, "", REFUSED_EXTRACT.format(state=state))
    assert snapshot(site / "locales") == before


def test_a_mistyped_source_path_names_the_folder(site: Path, stele: Callable[..., Result]) -> None:
    stele("--project", site, "build")
    before = snapshot(site / "locales"), snapshot(site / "public")
    _mistype_source(site)
    result = stele("--project", site, "extract")
    assert (result.exit_code, result.stderr) == (2, REFUSED_EXTRACT.format(state="no such folder").replace(
        "source: ", "sorce: ", 1))
    result = stele("--project", site, "build")
    assert (result.exit_code, result.stderr) == (2, REFUSED_BUILD.format(state="no such folder").replace(
        "source: ", "sorce: ", 1))
    assert (snapshot(site / "locales"), snapshot(site / "public")) == before


@pytest.mark.parametrize("mistake", MISTAKES)
def test_build_refuses_to_remove_every_page(site: Path, stele: Callable[..., Result], mistake: str) -> None:
    assert stele("--project", site, "build").exit_code == 0
    before = [snapshot(site / folder) for folder in ("public", "build", "locales")]
    state = MISTAKES[mistake](site)
    result = stele("--project", site, "build")
    assert (result.exit_code, result.stdout, result.stderr) == (2, "", REFUSED_BUILD.format(state=state))
    assert [snapshot(site / folder) for folder in ("public", "build", "locales")] == before


def test_allow_empty_removes_the_last_article_on_purpose(site: Path, stele: Callable[..., Result]) -> None:
    assert stele("--project", site, "build").exit_code == 0
    _empty_source(site)
    result = stele("--project", site, "extract", "--allow-empty")
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout == (
        f"removed locales/{DOSAGE}.pot\nremoved locales/{RELIEF}.pot\nextract: 3 files, 2 written\n"
    )
    assert sorted(p.name for p in (site / "locales").glob("*.pot")) == ["site.pot"]
    result = stele("--project", site, "build", "--allow-empty")
    assert (result.exit_code, result.stderr) == (0, "")
    removed = [f"removed public/{code}/{slug}/index.html" for code in ("en", "ru", "uk") for slug in (DOSAGE, RELIEF)]
    removed += [f"removed public/{code}/index.html" for code in ("en", "ru", "uk")]  # no article: no index
    assert sorted(result.stdout.splitlines()[:9]) == sorted(removed)
    assert sorted(str(p.relative_to(site / "public")) for p in (site / "public").rglob("*.html")) == ["index.html"]


def test_removing_one_article_needs_no_option(site: Path, stele: Callable[..., Result]) -> None:
    assert stele("--project", site, "build").exit_code == 0
    (site / "source" / f"{RELIEF}.md").unlink()
    result = stele("--project", site, "extract")
    assert (result.exit_code, result.stdout) == (0, f"removed locales/{RELIEF}.pot\nextract: 3 files, 1 written\n")
    result = stele("--project", site, "build")
    assert result.exit_code == 0, result.output
    assert not (site / "public" / "ru" / RELIEF).exists() and (site / "public" / "ru" / DOSAGE).is_dir()


def test_a_new_project_with_nothing_to_lose_extracts_and_builds(
    site: Path, stele: Callable[..., Result]
) -> None:
    for path in (site / "locales").glob("*.pot"):
        path.unlink()
    shutil.rmtree(site / "source")
    result = stele("--project", site, "extract")
    assert (result.exit_code, result.stdout) == (0, "wrote locales/site.pot\nextract: 1 file, 1 written\n")
    assert stele("--project", site, "build").exit_code == 0


@pytest.mark.parametrize(("command", "what"), [("extract", "template"), ("build", "pages")])
def test_help_documents_allow_empty(stele: Callable[..., Result], command: str, what: str) -> None:
    text = " ".join(stele(command, "--help").output.split())
    assert "--allow-empty Go on when the source folder is missing or holds no article, removing every article's " \
        f"{what}" in text


# --- 2. update never half-writes ---------------------------------------------------------------------------------


def _to_cp1251(path: Path) -> None:
    text = path.read_text(encoding="utf-8").replace("charset=UTF-8", "charset=CP1251")
    path.write_bytes(text.encode("cp1251"))


def _add_paragraph(site: Path, text: str) -> None:
    source = site / "source" / f"{RELIEF}.md"
    source.write_text(source.read_text(encoding="utf-8") + f"\n{text}\n", encoding="utf-8")


def test_update_writes_nothing_when_one_catalog_cannot_take_a_character(
    site: Path, stele: Callable[..., Result]
) -> None:
    _to_cp1251(site / "locales" / "uk" / "LC_MESSAGES" / f"{RELIEF}.po")
    _add_paragraph(site, "Warm up → stretch.")
    assert stele("--project", site, "extract").exit_code == 0
    before = snapshot(site / "locales")
    result = stele("--project", site, "update")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (
        f"locales/uk/LC_MESSAGES/{RELIEF}.po: '→' cannot be written in CP1251; switch the catalog to UTF-8 "
        "(Content-Type: text/plain; charset=UTF-8)\n"
    )
    assert snapshot(site / "locales") == before  # the ru catalogs, merged first, are not written either


def test_update_writes_a_catalog_in_its_own_charset(site: Path, stele: Callable[..., Result]) -> None:
    uk = site / "locales" / "uk" / "LC_MESSAGES" / f"{RELIEF}.po"
    _to_cp1251(uk)
    _add_paragraph(site, "Warm up – then stretch.")
    assert stele("--project", site, "extract").exit_code == 0
    result = stele("--project", site, "update")
    assert result.exit_code == 0, result.output
    assert f"wrote locales/ru/LC_MESSAGES/{RELIEF}.po\nwrote locales/uk/LC_MESSAGES/{RELIEF}.po\n" in result.stdout
    assert 'msgid "Warm up – then stretch."'.encode("cp1251") in uk.read_bytes()


def test_machine_translation_writes_nothing_when_one_catalog_cannot_take_it(
    site: Path, stele: Callable[..., Result]
) -> None:
    _to_cp1251(site / "locales" / "uk" / "LC_MESSAGES" / f"{RELIEF}.po")
    _add_paragraph(site, "Warm up, then stretch.")
    toml = site / "stele.toml"
    mt = f'\n[machine_translation]\ncommand = ["{sys.executable}", "-c", "print(\\"→\\")"]\n'
    toml.write_text(toml.read_text(encoding="utf-8") + mt, encoding="utf-8")
    assert stele("--project", site, "extract").exit_code == 0
    assert stele("--project", site, "update").exit_code == 2  # merged and written; the fill fails on uk
    before = snapshot(site / "locales")
    result = stele("--project", site, "update")
    assert result.stderr == (
        f"locales/uk/LC_MESSAGES/{RELIEF}.po: '→' cannot be written in CP1251; switch the catalog to UTF-8 "
        "(Content-Type: text/plain; charset=UTF-8)\n"
    )
    assert snapshot(site / "locales") == before  # ru's fill, made first, is not written either
    assert "→" not in (site / "locales" / "ru" / "LC_MESSAGES" / f"{RELIEF}.po").read_text(encoding="utf-8")


# --- 3. configuration mistakes are errors with path:line ----------------------------------------------------------


def _mark(site: Path, marker: str) -> int:
    """Replace the first disclaimer marker of the dosage article with ``marker``; its line."""
    source = site / "source" / f"{DOSAGE}.md"
    lines = source.read_text(encoding="utf-8").split("\n")
    index = next(i for i, line in enumerate(lines) if line.startswith("<!-- stele: disclaimer "))
    lines[index] = marker
    source.write_text("\n".join(lines), encoding="utf-8")
    return index + 1


def test_a_misspelt_marker_id_is_an_error_with_a_suggestion(site: Path, stele: Callable[..., Result]) -> None:
    line = _mark(site, "<!-- stele: disclaimer consult-befor-use -->")
    assert line == 49  # as README's Reliability table shows
    before = snapshot(site / "locales")
    result = stele("--project", site, "extract")
    assert (result.exit_code, result.stderr) == (
        2,
        f"source/{DOSAGE}.md:{line}: disclaimer marker names unknown id 'consult-befor-use'; "
        "did you mean 'consult-before-use'?\n",
    )
    assert snapshot(site / "locales") == before
    assert stele("--project", site, "build").stderr == result.stderr


def test_an_unknown_marker_id_lists_the_known_ones(site: Path, stele: Callable[..., Result]) -> None:
    line = _mark(site, "<!-- stele: disclaimer zzz -->")
    result = stele("--project", site, "extract")
    assert (result.exit_code, result.stderr) == (
        2,
        f"source/{DOSAGE}.md:{line}: disclaimer marker names unknown id 'zzz'; use one of stele.toml's "
        "[[disclaimer]] ids (always-consult, consult-before-use, consult-professional, consult-provider, "
        "dose-range, side-effects) or add a rule\n",
    )


def test_a_marker_with_no_rules_at_all() -> None:
    text = "---\ntitle: T\ndescription: D\nslug: s\ndate: 2026-01-01\ntags: []\n---\n\n"
    text += "<!-- stele: disclaimer box -->\nX\n"
    message = "source/s.md:9: disclaimer marker names unknown id 'box'; stele.toml has no [[disclaimer]]; add one "
    with pytest.raises(SourceError, match=f"^{re.escape(message)}with this id$"):
        parse_article_body(parse_article(text, "source/s.md"), rules=())
    assert parse_article_body(parse_article(text, "source/s.md")).segments[2].disclaimers == ("box",)  # no config


def _box(page: Path) -> bool:
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html5lib")
    return soup.find(attrs={"data-stele": "disclaimer"}) is not None


def _tag(site: Path, slug: str, tags: str) -> None:
    source = site / "source" / f"{slug}.md"
    source.write_text(source.read_text(encoding="utf-8").replace("tags: [health]", f"tags: {tags}"), "utf-8")


@pytest.mark.parametrize("tags", ["[health]", "[Health]", "[HEALTH, sport]"])
def test_health_tags_compare_case_insensitively(site: Path, stele: Callable[..., Result], tags: str) -> None:
    _tag(site, DOSAGE, tags)
    _tag(site, RELIEF, "[sport]")
    assert stele("--project", site, "build").exit_code == 0
    for code in ("en", "ru", "uk"):
        assert _box(site / "public" / code / DOSAGE / "index.html")
        assert not _box(site / "public" / code / RELIEF / "index.html")


def test_health_tags_setting_chooses_the_tags_that_get_the_box(site: Path, stele: Callable[..., Result]) -> None:
    toml = site / "stele.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace(
        'locales = ["ru", "uk"]', 'locales = ["ru", "uk"]\nhealth_tags = ["wellness", "medicine"]'), "utf-8")
    assert load_config(site).health_tags == ("wellness", "medicine")
    _tag(site, DOSAGE, "[Medicine]")
    assert stele("--project", site, "build").exit_code == 0
    assert _box(site / "public" / "ru" / DOSAGE / "index.html")
    assert not _box(site / "public" / "ru" / RELIEF / "index.html")  # still tagged health: not a health tag here


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("locales", '"ru"', """[site] locales is the string 'ru'; write a list: locales = ["ru"]"""),
        ("locales", '"ru, uk"', """[site] locales is the string 'ru, uk'; write a list: locales = ["ru", "uk"]"""),
        ("locales", "3", """[site] locales must be a list of strings, e.g. locales = ["ru", "uk"]"""),
        ("health_tags", '"health"', """[site] health_tags is the string 'health'; write a list: """
                                    """health_tags = ["health"]"""),
        ("health_tags", '["health", 1]', """[site] health_tags must be a list of strings, e.g. """
                                         """health_tags = ["health"]"""),
    ],
)
def test_a_setting_that_must_be_a_list(
    site: Path, stele: Callable[..., Result], key: str, value: str, message: str
) -> None:
    toml = site / "stele.toml"
    setting = f"{key} = {value}" if key == "locales" else f'locales = ["ru", "uk"]\n{key} = {value}'
    text = toml.read_text(encoding="utf-8").replace('locales = ["ru", "uk"]', setting)
    toml.write_text(text, encoding="utf-8")
    line = next(n for n, text in enumerate(text.splitlines(), 1) if text.startswith(f"{key} = {value}"))
    before = snapshot(site)
    result = stele("--project", site, "build")
    assert (result.exit_code, result.stderr) == (2, f"stele.toml:{line}: {message}\n")
    assert snapshot(site) == before


def test_the_line_is_that_of_the_key_in_its_section(site: Path, stele: Callable[..., Result]) -> None:
    """[paths] has a key 'locales' too: the line shown is the one in [site], even when [paths] comes first."""
    write(site / "stele.toml", '[paths]\nlocales = "locales"\n\n[site]\nbase_url = "https://example.org"\n'
                               'locales = "ru"\n')
    result = stele("--project", site, "extract")
    assert (result.exit_code, result.stderr) == (
        2, """stele.toml:6: [site] locales is the string 'ru'; write a list: locales = ["ru"]\n"""
    )
