"""stele status, stele tm and machine translation through stele update, as a user runs them."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

import polib
from bs4 import BeautifulSoup
from click.testing import Result

from stele.model import disclaimer_ids
from stele.po import read_po, write_po


def test_status_json_counts_what_the_catalogs_hold(site: Path, stele: Callable[..., Result]) -> None:
    po = site / "locales/uk/LC_MESSAGES/kratom-muscle-soreness-relief.po"
    catalog = read_po(po)
    catalog[3].flags.append("fuzzy")
    catalog[4].msgstr = ""
    write_po(po, catalog)
    report = json.loads(stele("--project", site, "status", "--format", "json").stdout)
    uk = next(loc for loc in report["locales"] if loc["locale"] == "uk")
    article = next(a for a in uk["articles"] if a["domain"] == "kratom-muscle-soreness-relief")
    counted = polib.pofile(str(po))
    assert (article["translated"], article["fuzzy"], article["untranslated"]) == (
        len([e for e in counted if e.msgstr and not e.fuzzy]),
        len(counted.fuzzy_entries()),
        len([e for e in counted if not e.msgstr]),
    )
    assert (article["translated"], article["fuzzy"], article["untranslated"]) == (15, 1, 1)


def test_status_page_is_published_only_when_asked(site: Path, stele: Callable[..., Result]) -> None:
    assert stele("--project", site, "build").stdout.endswith("build: 11 files, 11 rendered, 11 written, 0 held back, "
                                                             "into public/\n")
    assert not (site / "public/status").exists()
    assert 'href="status/"' not in (site / "public/index.html").read_text(encoding="utf-8")
    toml = site / "stele.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace("[site]\n", "[site]\nstatus_page = true\n"))
    built = stele("--project", site, "-vv", "build")  # a changed stele.toml renders every page; two are new
    assert "wrote public/index.html\n" in built.stdout and "wrote public/status/index.html\n" in built.stdout
    assert built.stdout.endswith("build: 12 files, 12 rendered, 2 written, 0 held back, into public/\n")
    page = BeautifulSoup((site / "public/status/index.html").read_text(encoding="utf-8"), "html5lib")
    assert page.find("svg") is not None and page.find("script") is None
    assert page.title.string == page.h1.string == "Translation status · Muscle & Recovery Notes"
    assert page.header.a["href"] == "../" and page.header.a.string == "Muscle & Recovery Notes"
    assert page.find("p", class_="generated").time["datetime"] == "2026-11-01T12:00:00+00:00"
    assert page.find("div", class_="table-scroll").table is not None
    chooser = BeautifulSoup((site / "public/index.html").read_text(encoding="utf-8"), "html5lib")
    assert chooser.find("a", href="status/") is not None
    toml.write_text(toml.read_text(encoding="utf-8").replace("status_page = true", "status_page = false"))
    assert stele("--project", site, "build").exit_code == 0 and not (site / "public/status").exists()


def test_status_html_is_written_on_request_whatever_the_setting(site: Path, stele: Callable[..., Result],
                                                                 tmp_path: Path) -> None:
    out = tmp_path / "status.html"
    assert stele("--project", site, "status", "--format", "html", "-o", out).exit_code == 0
    page = BeautifulSoup(out.read_text(encoding="utf-8"), "html5lib")
    assert page.header.a["href"] == "https://example.org/" and "Muscle & Recovery Notes" in page.title.string
    assert page.find("p", class_="generated").get_text() == "Generated 2026-11-01 12:00 UTC"


def test_status_page_must_be_a_boolean(site: Path, stele: Callable[..., Result]) -> None:
    toml = site / "stele.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace("[site]\n", '[site]\nstatus_page = "yes"\n'))
    result = stele("--project", site, "build")
    assert result.exit_code == 2 and "stele.toml:4: [site] status_page must be true or false" in result.output


def test_tm_round_trip(site: Path, stele: Callable[..., Result], tmp_path: Path) -> None:
    tmx = tmp_path / "memory.tmx"
    result = stele("--project", site, "tm", "export", tmx)
    assert result.exit_code == 0 and result.stdout.startswith("tm export: ")
    po = site / "locales/ru/LC_MESSAGES/site.po"
    catalog = read_po(po)
    original = {e.msgid: e.msgstr for e in catalog if not e.msgid_plural and e.msgstr}
    assert len(original) > 5
    for entry in catalog:
        entry.msgstr = ""
    write_po(po, catalog)
    result = stele("--project", site, "tm", "import", tmx, "ru")
    assert result.exit_code == 0
    refilled = read_po(po)
    assert {e.msgid: e.msgstr for e in refilled if not e.msgid_plural and e.msgstr} == original
    assert all("fuzzy" in e.flags for e in refilled if e.msgid in original)


def test_machine_translation_is_fuzzy_and_never_published(site: Path, stele: Callable[..., Result]) -> None:
    """An MT plug-in fills empty messages, always fuzzy: a disclaimer it translates holds the page back."""
    config = site / "stele.toml"
    command = json.dumps([sys.executable, "-c", "import sys; print('MT: ' + sys.stdin.read())"])
    config.write_text(
        config.read_text(encoding="utf-8") + f"\n[machine_translation]\ncommand = {command}\n", encoding="utf-8"
    )
    po = site / "locales/ru/LC_MESSAGES/kratom-muscle-soreness-dosage.po"
    catalog = read_po(po)
    disclaimer = next(e for e in catalog if disclaimer_ids(e.extracted))
    disclaimer.msgstr = ""
    write_po(po, catalog)
    result = stele("--project", site, "update", "ru")
    assert "locales/ru/LC_MESSAGES/kratom-muscle-soreness-dosage.po: 1 machine-translated" in result.stdout
    entry = read_po(po).find(disclaimer.msgid)
    assert entry is not None and entry.msgstr.startswith("MT: ") and "fuzzy" in entry.flags
    build = stele("--project", site, "build")
    assert "warning: ru/kratom-muscle-soreness-dosage not published:" in build.stderr
    assert not (site / "public/ru/kratom-muscle-soreness-dosage").exists()
