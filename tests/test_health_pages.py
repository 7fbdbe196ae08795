"""Health-page metadata: updated, reviewed, reviewed_by, sources per locale, MedicalWebPage JSON-LD, lastmod."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from xml.etree import ElementTree

from bs4 import BeautifulSoup
from click.testing import Result
from hypothesis import given
from hypothesis import strategies as st

from stele.site.health import script_json

from .conftest import REPO, copy_project, new_site
from .test_build import RU, _translate

META = """---
title: Stretching after exercise
description: How to stretch safely.
slug: stretching
date: 2026-03-04
updated: 2026-03-20
reviewed: 2026-03-18
reviewed_by: "Jane Roe, MD"
tags: [health]
sources:
  - title: "Kratom"
    url: https://www.nccih.nih.gov/health/kratom
    publisher: NCCIH
    date: 2024-05-01
  - {title: "Muscle aches", url: "https://medlineplus.gov/ency/article/003178.htm", date: 2023}
---

Stretch gently for 10-30 seconds.

<!-- stele: disclaimer see-doctor -->
Stop and see a doctor if the pain is sharp.

A plain closing paragraph.
"""
UK = {
    "Stretching after exercise": "Розтяжка після тренування",
    "How to stretch safely.": "Як безпечно розтягуватися.",
    "Stretch gently for 10-30 seconds.": "Розтягуйтеся м’яко 10–30\u00a0секунд.",
    "Stop and see a doctor if the pain is sharp.": "Зупиніться й зверніться до лікаря, якщо біль гострий.",
}
LABELS_RU = {
    "Medically reviewed by %(name)s on %(date)s": "Медицинская проверка: %(name)s, %(date)s",
    "Updated": "Обновлено",
    "Sources": "Источники",
}


def _site(tmp_path: Path, stele: Callable[..., Result], text: str = META) -> Path:
    root = new_site(tmp_path / "proj", stele, {"stretching.md": text})
    lc = root / "locales"
    for code, table in (("ru", RU), ("uk", UK)):
        _translate(lc / f"{code}/LC_MESSAGES/stretching.po", table)
        _translate(lc / f"{code}/LC_MESSAGES/site.po", LABELS_RU, default="[x] ")
    return root


def _soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html5lib")


def _json_ld(page: BeautifulSoup) -> dict[str, object]:
    scripts = page.find_all("script")
    assert [s.get("type") for s in scripts] == ["application/ld+json"]
    data = json.loads(scripts[0].string)
    assert isinstance(data, dict)
    return data


def test_metadata_renders_per_locale(tmp_path: Path, stele: Callable[..., Result]) -> None:
    root = _site(tmp_path, stele)
    built = stele("--project", root, "build")
    assert built.exit_code == 0 and "not published" not in built.stderr, built.stderr
    page = _soup(root / "public/ru/stretching/index.html")
    meta = page.find("p", class_="meta")
    assert [(t["datetime"], t.string) for t in meta.find_all("time")] == [
        ("2026-03-04", "4 марта 2026\u202fг."),
        ("2026-03-20", "20 марта 2026\u202fг."),
    ]
    assert "Обновлено" in meta.get_text()
    reviewed = page.find("p", class_="reviewed")
    text = " ".join(reviewed.get_text().split())  # split() takes the no-break space too
    assert text == "Медицинская проверка: Jane Roe, MD, 18 марта 2026 г."
    assert reviewed.find("span")["lang"] == "en" and reviewed.time["datetime"] == "2026-03-18"
    sources = page.find("section", class_="sources")
    assert sources.h2.string == "Источники"
    items = sources.find_all("li")
    assert [li.a["href"] for li in items] == [
        "https://www.nccih.nih.gov/health/kratom",
        "https://medlineplus.gov/ency/article/003178.htm",
    ]
    assert [li.time["datetime"] for li in items] == ["2024-05-01", "2023"]
    assert items[0].time.string == "1 мая 2024\u202fг." and items[0].cite.span["lang"] == "en"
    english = _soup(root / "public/en/stretching/index.html")
    assert english.find("p", class_="reviewed").time.string == "March 18, 2026"
    assert english.find("section", class_="sources").find("span") is None  # no lang on the source's own page


def test_json_ld_is_a_medical_web_page(tmp_path: Path, stele: Callable[..., Result]) -> None:
    root = _site(tmp_path, stele)
    stele("--project", root, "build")
    data = _json_ld(_soup(root / "public/ru/stretching/index.html"))
    assert data["@type"] == "MedicalWebPage" and data["inLanguage"] == "ru"
    assert data["name"] == RU["Stretching after exercise"]
    assert (data["datePublished"], data["dateModified"], data["lastReviewed"]) == (
        "2026-03-04",
        "2026-03-20",
        "2026-03-18",
    )
    assert data["reviewedBy"] == {"@type": "Person", "name": "Jane Roe, MD"}
    assert data["citation"] == [
        {
            "@type": "CreativeWork",
            "name": "Kratom",
            "url": "https://www.nccih.nih.gov/health/kratom",
            "publisher": {"@type": "Organization", "name": "NCCIH"},
            "datePublished": "2024-05-01",
        },
        {
            "@type": "CreativeWork",
            "name": "Muscle aches",
            "url": "https://medlineplus.gov/ency/article/003178.htm",
            "datePublished": "2023",
        },
    ]


def test_hostile_title_cannot_break_out_of_the_json_ld(tmp_path: Path, stele: Callable[..., Result]) -> None:
    root = _site(tmp_path, stele)
    payload = 'Растяжка </script><script>alert(1)</script><!-- "\u2028 &amp;'
    _translate(root / "locales/ru/LC_MESSAGES/stretching.po", {**RU, "Stretching after exercise": payload})
    toml = root / "stele.toml"  # with the markup rule relaxed, the page is published and must stay inert
    toml.write_text(toml.read_text() + '[check.severity]\nmarkup = "warning"\n')
    built = stele("--project", root, "build")
    assert "ru/stretching" not in built.stderr, built.stderr
    html = (root / "public/ru/stretching/index.html").read_text(encoding="utf-8")
    assert html.count("<script") == 1 and html.count("</script>") == 1
    data = _json_ld(_soup(root / "public/ru/stretching/index.html"))
    assert data["name"] == payload


@given(st.text())
def test_script_json_never_closes_its_element(text: str) -> None:
    encoded = script_json({"name": text})
    assert "<" not in encoded and ">" not in encoded and "&" not in encoded
    assert json.loads(encoded) == {"name": text}


def test_unknown_front_matter_key_is_a_warning(tmp_path: Path, stele: Callable[..., Result]) -> None:
    root = _site(tmp_path, stele, META.replace("reviewed_by:", "reviewd_by:"))
    built = stele("--project", root, "build")
    assert built.exit_code == 0
    assert (
        "source/stretching.md:8: warning: unknown front-matter key 'reviewd_by' is ignored; known keys: title, "
        "description, slug, date, tags, updated, reviewed, reviewed_by, sources\n"
    ) in built.stderr
    assert _soup(root / "public/en/stretching/index.html").find("p", class_="reviewed").find("span") is None
    extracted = stele("--project", root, "extract")
    assert (extracted.exit_code, extracted.stderr) == (0, built.stderr)
    assert stele("--project", tmp_path / "proj", "build").stderr == built.stderr  # said again, from the cache
    checked = stele("--project", root, "check", "--select", "front-matter")
    assert (checked.exit_code, checked.stdout) == (0, (
        "source/stretching.md:8: warning: [front-matter] unknown front-matter key 'reviewd_by' is ignored; known keys: "
        "title, description, slug, date, tags, updated, reviewed, reviewed_by, sources\n"
        "7 files checked: 0 errors, 1 warning, 0 notes\n"))


def test_bad_source_names_its_line(tmp_path: Path, stele: Callable[..., Result]) -> None:
    root = _site(tmp_path, stele)
    bad = META.replace("url: https://www.nccih.nih.gov/health/kratom", "url: javascript:alert(1)")
    (root / "source/stretching.md").write_text(bad, encoding="utf-8")
    built = stele("--project", root, "build")
    assert built.exit_code != 0
    assert "source/stretching.md:11: a source needs an http(s) 'url'" in built.output


def test_sitemap_has_lastmod(tmp_path: Path, stele: Callable[..., Result]) -> None:
    root = _site(tmp_path, stele)
    stele("--project", root, "build")
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    tree = ElementTree.parse(root / "public/sitemap.xml")
    urls = tree.findall("s:url", ns)
    found = {u.findtext("s:loc", namespaces=ns): u.findtext("s:lastmod", namespaces=ns) for u in urls}
    assert found["https://example.org/ru/stretching/"] == "2026-03-20"
    assert found["https://example.org/en/"] == "2026-03-20"


def test_this_sites_articles_carry_review_and_sources(tmp_path: Path, stele: Callable[..., Result]) -> None:
    root = tmp_path / "site"
    root.mkdir()
    copy_project(root)
    assert stele("--project", root, "build").exit_code == 0
    for code in ("ru", "uk"):
        for source in sorted((REPO / "source").glob("*.md")):
            page = _soup(root / "public" / code / source.stem / "index.html")
            data = _json_ld(page)
            assert data["inLanguage"] == code and data["lastReviewed"].startswith("2026-11")
            assert all(c["url"].startswith("https://") for c in data["citation"])  # type: ignore[union-attr]
            label = page.find("section", class_="sources").h2.string
            assert label == {"ru": "Источники", "uk": "Джерела"}[code]
