"""Page layout: dose tables, foreign-language runs, locale indexes (order, empty locales)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from bs4 import BeautifulSoup
from click.testing import Result

from stele.site.render import page_parser, style_tables
from stele.site.scripts import Run, ScriptLanguages

from .conftest import new_site
from .test_build import _translate

TABLE = """---
title: Doses
description: Dose table.
slug: doses
date: 2026-03-04
tags: [health]
---

| Strength | Dose | When |
|---|---|---|
| low | 1-3 g | to start |
| high | 5–7 grams | rarely |
"""


def _soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html5lib")


def test_dose_table_scrolls_in_a_wrapper_with_numbers_aligned(tmp_path: Path, stele: Callable[..., Result]) -> None:
    root = new_site(tmp_path / "proj", stele, {"doses.md": TABLE})
    assert stele("--project", root, "build").exit_code == 0
    page = _soup(root / "public/en/doses/index.html")
    wrapper = page.find("div", class_="table-scroll")
    assert wrapper is not None and wrapper.table is not None
    assert [th.get("class") for th in wrapper.find_all("th")] == [None, ["num"], None]
    rows = wrapper.tbody.find_all("tr")
    assert [[td.get("class") for td in row.find_all("td")] for row in rows] == [[None, ["num"], None]] * 2
    style = page.style.string
    assert ".table-scroll { overflow-x: auto;" in style and "text-align: end" in style
    assert "h1 { font-size: clamp(" in style and "hyphens: auto" in style


def test_a_column_with_one_word_is_not_numeric() -> None:
    md = page_parser()
    tokens = md.parse("| a | b |\n|---|---|\n| x | 5 mg |\n| y | up to 7 g |\n| z | 10 |\n")
    html = BeautifulSoup(md.renderer.render(style_tables(tokens), md.options, {}), "html5lib")
    assert html.find(class_="num") is None
    assert html.find("div", class_="table-scroll").table is not None


def test_foreign_script_runs_carry_their_language(site: Path, stele: Callable[..., Result]) -> None:
    """The Russian phrase in the English article, and the Latin names in the Russian one, are marked."""
    assert stele("--project", site, "build").exit_code == 0
    english = _soup(site / "public/en/kratom-muscle-soreness-relief/index.html")
    marked = [(span["lang"], span.string) for span in english.article.find_all("span", lang=True)]
    assert ("ru", "кратом купить") in marked and ("ru", "Кратом") in marked
    assert {lang for lang, _ in marked} == {"ru"}
    russian = _soup(site / "public/ru/kratom-muscle-soreness-relief/index.html")
    body = [(s["lang"], s.string) for s in russian.article.find_all("span", lang=True) if not s.find_parent("section")]
    assert ("en", "7-hydroxymitragynine") in body and ("en", "Mitragyna speciosa") in body
    assert all(lang == "en" for lang, _ in body)


def test_script_language_comes_from_the_project_then_cldr() -> None:
    assert [(r.text, r.lang) for r in ScriptLanguages(["en", "uk"]).runs("buy (кратом купити) now", "en")] == [
        ("buy (", ""),
        ("кратом купити", "uk"),
        (") now", ""),
    ]
    runs = ScriptLanguages(["en"]).runs("кратом, ελληνικά and vitamin D, Ж", "en")
    assert [(r.text, r.lang) for r in runs] == [("кратом", "ru"), (", ", ""), ("ελληνικά", "el"),
                                                 (" and vitamin D, Ж", "")]
    assert list(ScriptLanguages(["en", "ru"]).runs("витамин D и B12", "ru")) == [Run("витамин D и B12")]


NOTE = """---
title: A note
description: Not a health page.
slug: note
date: 2026-03-04
tags: [notes]
---

Just a note.
"""


def test_untranslated_index_text_is_marked_english(tmp_path: Path, stele: Callable[..., Result]) -> None:
    root = new_site(tmp_path / "proj", stele, {"note.md": NOTE})
    _translate(root / "locales/ru/LC_MESSAGES/note.po",
               {"A note": "Заметка", "Not a health page.": "Не о здоровье.", "Just a note.": "Просто заметка."})
    _translate(root / "locales/uk/LC_MESSAGES/note.po",
               {"A note": "Нотатка", "Not a health page.": "Не про здоров’я.", "Just a note.": "Просто нотатка."})
    _translate(root / "locales/uk/LC_MESSAGES/site.po", {"Articles": "Статті"})
    assert stele("--project", root, "build").exit_code == 0
    ru = _soup(root / "public/ru/index.html")
    assert ru.h1.get("lang") == "en" and ru.main.p.get("lang") == "en"
    assert ru.find("ul", class_="articles").h2.get("lang") is None
    uk = _soup(root / "public/uk/index.html")
    assert uk.h1.get("lang") is None  # translated; (the helper gives plurals their English text: translated too)
    assert _soup(root / "public/en/index.html").h1.get("lang") is None


def _dated(slug: str, date: str) -> str:
    return NOTE.replace("slug: note", f"slug: {slug}").replace("date: 2026-03-04", f"date: {date}")


def test_locale_index_lists_newest_first(tmp_path: Path, stele: Callable[..., Result]) -> None:
    """Source order is a-old, b-new, c-mid; the index lists b, c, a, also after an incremental rebuild."""
    articles = {"a-old.md": _dated("a-old", "2026-01-05"), "b-new.md": _dated("b-new", "2026-06-01"),
                "c-mid.md": _dated("c-mid", "2026-03-10")}
    root = new_site(tmp_path / "proj", stele, articles)
    assert stele("--project", root, "build").exit_code == 0
    listed = [a["href"] for a in _soup(root / "public/en/index.html").select("ul.articles h2 a")]
    assert listed == ["b-new/", "c-mid/", "a-old/"]
    (root / "source/a-old.md").write_text(_dated("a-old", "2026-12-01"), encoding="utf-8")
    assert stele("--project", root, "build").exit_code == 0
    listed = [a["href"] for a in _soup(root / "public/en/index.html").select("ul.articles h2 a")]
    assert listed == ["a-old/", "b-new/", "c-mid/"]


def test_this_sites_indexes_list_the_newer_article_first(site: Path, stele: Callable[..., Result]) -> None:
    assert stele("--project", site, "build").exit_code == 0
    for code in ("en", "ru", "uk"):
        listed = [a["href"] for a in _soup(site / "public" / code / "index.html").select("ul.articles h2 a")]
        assert listed == ["kratom-muscle-soreness-relief/", "kratom-muscle-soreness-dosage/"]  # 8 Nov, 1 Nov


def test_listing_and_heading_mark_foreign_runs_too(site: Path, stele: Callable[..., Result]) -> None:
    assert stele("--project", site, "build").exit_code == 0
    index = _soup(site / "public/ru/index.html").find("ul", class_="articles")
    assert [(s["lang"], s.string) for s in index.find_all("span")] == [("en", "Mitragyna speciosa")] * 2
    assert _soup(site / "public/en/index.html").find("ul", class_="articles").find("span") is None
