"""Status: figures equal an independent polib count, move with the catalogs, render as JSON, table and page."""

from __future__ import annotations

import io
import json
from pathlib import Path

import html5lib
import polib
import pytest
from bs4 import BeautifulSoup
from click.testing import CliRunner
from rich.console import Console

from stele.commands import main
from stele.config import load_config
from stele.model import disclaimer_ids
from stele.po import Message, read_po, write_po
from stele.site.build import assess_site
from stele.site.status import (
    ArticleStatus,
    LocaleStatus,
    StatusReport,
    entry_state,
    project_status,
)
from stele.site.status_view import (
    BAR_WIDTH,
    bar_cells,
    status_json,
    status_page,
    status_table,
)

DOSAGE = "kratom-muscle-soreness-dosage"


def independent_count(site: Path) -> dict[tuple[str, str], dict[str, int]]:
    """Each catalog's figures counted straight from the .po files with polib, as a translator's tool would."""
    figures = {}
    for locale in ("ru", "uk"):
        for pot in sorted((site / "locales").glob("*.pot")):
            po = polib.pofile(str(site / "locales" / locale / "LC_MESSAGES" / f"{pot.stem}.po"))
            left = po.fuzzy_entries() + po.untranslated_entries()
            disclaimers = [e for e in po if not e.obsolete and "DISCLAIMER (" in e.comment]
            figures[(locale, pot.stem)] = {
                "translated": len(po.translated_entries()),
                "fuzzy": len(po.fuzzy_entries()),
                "untranslated": len(po.untranslated_entries()),
                "obsolete": len(po.obsolete_entries()),
                "words_left": sum(len(e.msgid.split()) for e in left),
                "disclaimers_done": sum(1 for e in disclaimers if e.translated()),
                "disclaimers_total": len(disclaimers),
            }
    return figures


def reported(site: Path) -> dict[tuple[str, str], dict[str, int]]:
    report = project_status(load_config(site))
    return {
        (a.locale, a.domain): {name: getattr(a, name) for name in ("translated", "fuzzy", "untranslated", "obsolete",
                                                                    "words_left", "disclaimers_done",
                                                                    "disclaimers_total")}
        for loc in report.locales
        for a in loc.articles
    }


def test_figures_equal_an_independent_count_of_the_real_catalogs(site: Path) -> None:
    figures = reported(site)
    assert figures == independent_count(site)
    assert set(figures) == {(loc, d) for loc in ("ru", "uk") for d in (DOSAGE, "kratom-muscle-soreness-relief", "site")}
    for key, counts in figures.items():
        assert counts["translated"] > 0 and counts["disclaimers_total"] > 0, key


def test_locales_in_config_order_site_domain_last_and_totals_add_up(site: Path) -> None:
    report = project_status(load_config(site))
    assert [loc.locale for loc in report.locales] == ["ru", "uk"]
    for loc in report.locales:
        assert [a.domain for a in loc.articles][-1] == "site"
        assert loc.translated == sum(a.translated for a in loc.articles)
        assert loc.messages == loc.translated + loc.fuzzy + loc.untranslated
        assert loc.disclaimers_total == sum(a.disclaimers_total for a in loc.articles)


def edit_ru_dosage(site: Path) -> dict[str, int]:
    """Mark a plain entry fuzzy, empty another, make a disclaimer fuzzy, add an obsolete entry; return the words."""
    path = site / "locales" / "ru" / "LC_MESSAGES" / f"{DOSAGE}.po"
    po = read_po(path)
    plain = [e for e in po if e.translated and not disclaimer_ids(e.extracted)]
    disclaimer = next(e for e in po if e.translated and disclaimer_ids(e.extracted))
    plain[0].flags.append("fuzzy")
    plain[1].msgstr = ""
    disclaimer.flags.append("fuzzy")
    po.append(Message(msgid="A removed sentence.", msgstr="Удалённое предложение.", obsolete=True))
    write_po(path, po)
    return {"words": sum(len(e.msgid.split()) for e in (plain[0], plain[1], disclaimer))}


def test_figures_move_as_the_catalog_changes(site: Path) -> None:
    before = reported(site)
    words = edit_ru_dosage(site)["words"]
    after = reported(site)
    assert after == independent_count(site)
    old, new = before[("ru", DOSAGE)], after[("ru", DOSAGE)]
    assert new["translated"] == old["translated"] - 3
    assert new["fuzzy"] == old["fuzzy"] + 2
    assert new["untranslated"] == old["untranslated"] + 1
    assert new["obsolete"] == old["obsolete"] + 1
    assert new["words_left"] == old["words_left"] + words
    assert new["disclaimers_done"] == old["disclaimers_done"] - 1
    assert new["disclaimers_total"] == old["disclaimers_total"]
    assert {k: v for k, v in after.items() if k != ("ru", DOSAGE)} == {
        k: v for k, v in before.items() if k != ("ru", DOSAGE)
    }


def test_publishable_is_the_publishing_gate_verdict(site: Path) -> None:
    edit_ru_dosage(site)
    config = load_config(site)
    report = project_status(config)
    verdicts = {(a.locale, a.domain): a.publishable for loc in report.locales for a in loc.articles}
    assert verdicts[("ru", DOSAGE)] is False
    assert verdicts[("uk", DOSAGE)] is True
    assert verdicts[("ru", "site")] is None
    held = {(h.locale, h.slug) for h in assess_site(config).held}
    assert held == {key for key, ok in verdicts.items() if ok is False}
    assert [loc.published for loc in report.locales] == [
        sum(1 for (locale, domain), ok in verdicts.items() if locale == code and ok) for code in ("ru", "uk")
    ]
    assert report.locales[0].published == report.locales[0].article_count - 1


def test_missing_catalog_counts_everything_untranslated(site: Path) -> None:
    (site / "locales" / "uk" / "LC_MESSAGES" / "site.po").unlink()
    pot = polib.pofile(str(site / "locales" / "site.pot"))
    report = project_status(load_config(site))
    uk = next(loc for loc in report.locales if loc.locale == "uk")
    site_status = next(a for a in uk.articles if a.domain == "site")
    assert site_status == ArticleStatus(
        "uk",
        "site",
        translated=0,
        fuzzy=0,
        untranslated=len(pot),
        obsolete=0,
        words_left=sum(len(e.msgid.split()) for e in pot),
        disclaimers_done=0,
        disclaimers_total=sum(1 for e in pot if "DISCLAIMER (" in e.comment),
        publishable=None,
    )
    assert site_status.disclaimers_total == 2
    # Health pages need the site's disclaimer box: no uk article may be published.
    assert [a.publishable for a in uk.articles if a.domain != "site"] == [False, False]


def test_a_message_missing_from_a_stale_catalog_is_untranslated(site: Path) -> None:
    path = site / "locales" / "ru" / "LC_MESSAGES" / f"{DOSAGE}.po"
    po = read_po(path)
    gone = next(e for e in po if e.translated)
    po.messages.remove(gone)
    write_po(path, po)
    figures = reported(site)[("ru", DOSAGE)]
    assert figures["untranslated"] == 1
    assert figures["words_left"] == len(gone.msgid.split())


def test_fuzzy_flag_on_an_empty_translation_is_untranslated() -> None:
    assert entry_state(None) == "untranslated"
    assert entry_state(Message(msgid="a", msgstr="", flags=["fuzzy"])) == "untranslated"
    assert entry_state(Message(msgid="a", msgstr="б", flags=["fuzzy"])) == "fuzzy"
    assert entry_state(Message(msgid="a", msgstr="б")) == "translated"
    partial = Message(msgid="a", msgid_plural="as", msgstr_plural=["б", ""])
    assert entry_state(partial) == "untranslated"


def test_json_parses_and_holds_the_same_figures(site: Path) -> None:
    edit_ru_dosage(site)
    report = project_status(load_config(site))
    data = json.loads(status_json(report))
    assert [loc["locale"] for loc in data["locales"]] == ["ru", "uk"]
    ru = data["locales"][0]
    assert set(ru) == {"locale", "totals", "articles"}
    assert ru["totals"]["fuzzy"] == report.locales[0].fuzzy == 2
    assert ru["totals"]["published"] == 1 and ru["totals"]["articles"] == 2
    dosage = next(a for a in ru["articles"] if a["domain"] == DOSAGE)
    status = next(a for a in report.locales[0].articles if a.domain == DOSAGE)
    assert dosage["untranslated"] == status.untranslated == 1
    assert dosage["publishable"] is False
    assert dosage["messages"] == status.messages
    assert list(dosage) == [
        "locale", "domain", "translated", "fuzzy", "untranslated", "obsolete", "words_left",
        "disclaimers_done", "disclaimers_total", "publishable", "messages", "percent",
    ]
    assert status_json(report) == status_json(project_status(load_config(site)))


def test_bar_cells_split_the_width_in_proportion() -> None:
    assert bar_cells({"translated": 1, "fuzzy": 1, "untranslated": 1}, 20) == {
        "translated": 7, "fuzzy": 7, "untranslated": 6
    }
    assert bar_cells({"translated": 44, "fuzzy": 1, "untranslated": 1}, 20) == {
        "translated": 18, "fuzzy": 1, "untranslated": 1
    }  # every state with a message shows
    assert bar_cells({"translated": 0, "fuzzy": 0, "untranslated": 5}, 20) == {
        "translated": 0, "fuzzy": 0, "untranslated": 20
    }
    assert sum(bar_cells({"translated": 3, "fuzzy": 5, "untranslated": 11}, 20).values()) == 20
    assert bar_cells({"translated": 0, "fuzzy": 0, "untranslated": 0}, 20) == {
        "translated": 0, "fuzzy": 0, "untranslated": 0
    }


def test_table_has_a_row_per_locale_and_article_and_a_bar_per_locale(site: Path) -> None:
    edit_ru_dosage(site)
    report = project_status(load_config(site))
    table = status_table(report)
    assert table.row_count == sum(len(loc.articles) + 1 for loc in report.locales)
    console = Console(file=io.StringIO(), width=200, record=True, color_system=None)
    console.print(table)
    text = console.export_text()
    rows = [line for line in text.splitlines() if line.startswith("│ ru") or line.startswith("│ uk")]
    assert len(rows) == table.row_count
    ru_total = next(line for line in rows if line.startswith("│ ru") and "│ all " in line)
    ru = report.locales[0]
    cells = bar_cells({"translated": ru.translated, "fuzzy": ru.fuzzy, "untranslated": ru.untranslated}, 20)
    assert "█" * cells["translated"] + "▒" * cells["fuzzy"] + "░" * cells["untranslated"] in ru_total
    assert f"{ru.translated} " in ru_total and "1 of 2" in ru_total
    assert sum(1 for line in rows if "█" in line) == 2


def parse_page(page: str) -> BeautifulSoup:
    html5lib.HTMLParser(strict=True).parse(page)  # raises on any HTML5 parse error
    return BeautifulSoup(page, "html5lib")


def test_page_is_valid_html5_with_a_bar_per_locale_proportional_to_the_counts(site: Path) -> None:
    edit_ru_dosage(site)
    report = project_status(load_config(site))
    page = status_page(report, site_title="Muscle & <Recovery>")
    assert page.startswith("<!doctype html>\n")
    soup = parse_page(page)
    assert soup.html["lang"] == "en"
    assert soup.find("meta", charset=True)["charset"] == "utf-8"
    assert soup.title.string == "Translation status · Muscle & <Recovery>"
    assert "<Recovery>" not in page and soup.find("script") is None
    svg = soup.find("svg")
    ru = report.locales[0]
    assert svg["role"] == "img"
    assert f"ru: {ru.translated} translated, {ru.fuzzy} fuzzy, {ru.untranslated} untranslated" in svg["aria-label"]
    groups = svg.find_all("g", class_="locale-bar")
    assert [g.find("text").string for g in groups] == ["ru", "uk"]
    for group, loc in zip(groups, report.locales, strict=True):
        rects = {r["class"][0]: r for r in group.find_all("rect")}
        assert list(rects) == ["translated", "fuzzy", "untranslated"]
        x = float(rects["translated"]["x"])
        for state in ("translated", "fuzzy", "untranslated"):
            expected = BAR_WIDTH * getattr(loc, state) / loc.messages
            assert float(rects[state]["width"]) == pytest.approx(expected, abs=1e-3)
            assert float(rects[state]["x"]) == pytest.approx(x, abs=1e-3)
            x += expected
    assert float(groups[0].find("rect", class_="fuzzy")["width"]) > 0


def test_page_table_has_the_figures(site: Path) -> None:
    edit_ru_dosage(site)
    report = project_status(load_config(site))
    soup = parse_page(status_page(report, site_title="Notes"))
    rows = soup.find("table").find("tbody").find_all("tr")
    assert len(rows) == sum(len(loc.articles) + 1 for loc in report.locales)
    cells = [[c.get_text() for c in row.find_all(["th", "td"])] for row in rows]
    status = next(a for a in report.locales[0].articles if a.domain == DOSAGE)
    numbers = (status.translated, status.fuzzy, status.untranslated, status.obsolete, status.words_left)
    disclaimers = f"{status.disclaimers_done}/{status.disclaimers_total}"
    assert cells[0] == ["ru", DOSAGE, *map(str, numbers), disclaimers, "no", f"{status.percent:.0f}%"]
    assert cells[len(report.locales[0].articles)][:2] == ["ru", "all"]


def test_page_escapes_every_text_and_survives_an_empty_report() -> None:
    evil = ArticleStatus("x<b>", "<script>alert(1)</script>", 1, 0, 0, 0, 0, 0, 0, True)
    page = status_page(StatusReport((LocaleStatus('"><img src=x>', (evil,)),)), site_title="<i>t</i>")
    soup = parse_page(page)
    assert soup.find("script") is None and soup.find("img") is None and soup.find("i") is None
    assert "<script>alert(1)</script>" in soup.find("table").get_text()
    empty = parse_page(status_page(StatusReport(()), site_title="Empty"))
    assert empty.find("svg").find_all("g") == [] and empty.find("tbody").find_all("tr") == []


def test_piped_status_shows_whole_slugs_and_headings(site: Path) -> None:
    """Out of a terminal (CI logs, a pipe) the table fits 80 columns: shorter headings and fewer columns first,
    so no slug of this project is cut to 'krat…'; COLUMNS is honoured, wide or narrow."""
    result = CliRunner().invoke(main, ["--project", str(site), "status"], env={"COLUMNS": ""})
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert max(len(line) for line in lines) == 80
    rows = [line for line in lines if "kratom-muscle-soreness-dosage" in line]
    assert [row.split("│")[1].strip() for row in rows] == ["ru", "uk"]
    assert all("…" not in line for line in lines)
    assert "Todo" in result.output and "Pub." in result.output
    wide = CliRunner().invoke(main, ["--project", str(site), "status"], env={"COLUMNS": "200"}).output
    assert "Untranslated" in wide and "Publishable" in wide and "Words left" in wide and "█" in wide
    narrow = CliRunner().invoke(main, ["--project", str(site), "status"], env={"COLUMNS": "60"}).output
    assert max(len(line) for line in narrow.splitlines()) <= 60
    assert any("krat…" in line for line in narrow.splitlines())  # shortened in the middle, never overflowing
