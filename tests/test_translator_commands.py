"""stele status, stele tm and machine translation through stele update, as a user runs them."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

import polib
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


def test_status_page_is_written_by_build_and_linked(site: Path, stele: Callable[..., Result]) -> None:
    stele("--project", site, "build")
    page = (site / "public/status/index.html").read_text(encoding="utf-8")
    assert "<svg" in page and "<script" not in page
    assert '<a href="status/">' in (site / "public/index.html").read_text(encoding="utf-8")


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
