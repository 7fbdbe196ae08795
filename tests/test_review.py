"""stele serve --review: every page, held-back ones too, with the gate's findings in a banner and each block's
message in a <details>; rendered in memory, so public/ never holds review markup."""

from __future__ import annotations

import json
import queue
import re
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import IO

from bs4 import BeautifulSoup, Tag
from click.testing import Result

from stele.config import load_config
from stele.po import read_po, write_po
from stele.site.review import MARK, review_site

from .conftest import new_site, tree_bytes

DOSAGE = "kratom-muscle-soreness-dosage"
RELIEF = "kratom-muscle-soreness-relief"
DOSE_PO = f"locales/ru/LC_MESSAGES/{DOSAGE}.po"
HELD_PAGE = f"ru/{DOSAGE}/index.html"


def tamper(site: Path, old: str = "1–3\u00a0г", new: str = "13\u00a0г", *, add: str = "", fuzzy: int = 0) -> None:
    """Change the ru translation of the dosage paragraph (source line 47): ``old`` → ``new``, ``add`` appended;
    with ``fuzzy``, mark the message of that source line fuzzy too."""
    path = site / DOSE_PO
    catalog = read_po(path)
    entry = next(m for m in catalog if any(r.endswith(f"{DOSAGE}.md:47") for r in m.references))
    assert old in entry.msgstr
    entry.msgstr = entry.msgstr.replace(old, new, 1) + add
    if fuzzy:
        next(m for m in catalog if any(r.endswith(f"{DOSAGE}.md:{fuzzy}") for r in m.references)).set_fuzzy(True)
    write_po(path, catalog)


def _soup(html: str) -> BeautifulSoup:
    return BeautifulSoup(html, "html5lib")


def _text(tag: Tag) -> str:
    return re.sub(r"[ \t\r\n]+", " ", tag.get_text()).strip()  # no-break spaces stay


def _block(soup: BeautifulSoup, reference: str) -> Tag:
    """The review details of the block whose source is at ``reference``."""
    found = [d for d in soup.select("details.stele-review-block") if f"({reference})" in _text(d)]
    assert len(found) == 1, [_text(d)[:80] for d in found]
    return found[0]


def _rows(details: Tag) -> dict[str, str]:
    return {_text(dt): _text(dt.find_next_sibling("dd")) for dt in details.select("dl > dt")}


def test_a_held_back_page_is_in_the_review_with_the_gates_reasons_and_absent_from_public(
    site: Path, stele: Callable[..., Result]
) -> None:
    tamper(site)
    assert stele("--project", site, "build").exit_code == 0
    assert not (site / "public" / HELD_PAGE).exists()
    assert (site / f"public/uk/{DOSAGE}/index.html").exists()

    review = review_site(load_config(site))
    assert [(h.locale, h.slug) for h in review.held] == [("ru", DOSAGE)]
    soup = _soup(review.pages[HELD_PAGE])
    banners = soup.select("aside.stele-review-banner")
    assert len(banners) == 1 and banners[0]["data-stele-review"] == "held-back"
    assert _text(banners[0]) == (
        "Held back: this page is not published in Русский (ru). Review view: the publishing gate found 1 reason: "
        '[numbers] "1-3 grams" became "13\u00a0г" (the range is collapsed into one number) '
        f"(source/{DOSAGE}.md:47) — {DOSE_PO}:222 show the block"
    )
    # One verdict: the banner lists exactly the errors stele check reports for the catalog.
    report = json.loads(stele("--project", site, "check", "--format", "json").output)
    errors = [f"[{f['rule']}] {f['message']} ({f['source']}) — {f['path']}:{f['line']}"
              for f in report["findings"] if f["severity"] == "error" and f["path"] == DOSE_PO]
    items = [_text(li).removesuffix(" show the block") for li in banners[0].select("li")]
    assert items == errors
    # The page itself is the locale's page, translated: the tampered dose is what it shows.
    assert soup.html is not None and soup.html["lang"] == "ru"
    assert "около 13\u00a0г сушёного" in _text(soup.select_one("article"))
    # Every other page is there too, each saying that it is published.
    assert sorted(review.pages) == sorted(
        ["index.html"] + [f"{loc}/index.html" for loc in ("en", "ru", "uk")]
        + [f"{loc}/{slug}/index.html" for loc in ("en", "ru", "uk") for slug in (DOSAGE, RELIEF)]
    )
    other = _soup(review.pages[f"uk/{DOSAGE}/index.html"]).select_one("aside.stele-review-banner")
    assert other is not None and _text(other) == (
        "Review view: this page is published in Українська (uk). Open a block's details to see its message."
    )
    index = _soup(review.pages["ru/index.html"]).select_one("aside.stele-review-banner")
    assert index is not None and _text(index) == (
        f"Review view: every page, held back or not; 1 page held back. ru/{DOSAGE}: 1 reason"
    )
    assert [a["href"] for a in index.select("a")] == [f"{DOSAGE}/"]
    chooser = _soup(review.pages["index.html"]).select_one("aside.stele-review-banner")
    assert chooser is not None and [a["href"] for a in chooser.select("a")] == [f"ru/{DOSAGE}/"]


def test_each_block_shows_its_message_findings_and_the_catalog_line_to_edit(site: Path) -> None:
    tamper(site, fuzzy=45)
    soup = _soup(review_site(load_config(site)).pages[HELD_PAGE])
    block = _block(soup, f"source/{DOSAGE}.md:47")
    assert block.has_attr("open") and block["data-findings"] == "error"
    assert _text(block.select_one("summary")) == "paragraph: translated, 1 finding"
    rows = _rows(block)
    assert rows["Source"].startswith("Kratom dosage for muscle soreness relief varies greatly")
    assert rows["Source"].endswith(f"(source/{DOSAGE}.md:47)")
    assert rows["msgctxt"] == "(none)"
    assert rows["msgid"].startswith("Kratom dosage for muscle soreness relief varies greatly")
    assert "около 13\u00a0г сушёного" in rows["msgstr"]
    entry = next(m for m in read_po(site / DOSE_PO) if m.msgid == rows["msgid"])
    assert rows["Edit"] == f"{DOSE_PO}:{entry.msgstr_line}" == f"{DOSE_PO}:223"  # 222 before the fuzzy flag above
    assert [_text(li) for li in block.select("li")] == [
        '[numbers] error: "1-3 grams" became "13\u00a0г" (the range is collapsed into one number)',
    ]
    link = soup.select_one("aside.stele-review-banner a")
    assert link is not None and link["href"] == f"#{block['id']}"
    # A fuzzy heading: a warning, which does not hold the page back; the page shows the English heading.
    fuzzy = _block(soup, f"source/{DOSAGE}.md:45")
    assert not fuzzy.has_attr("open") and fuzzy["data-findings"] == "warning"
    assert _text(fuzzy.select_one("summary")) == "heading (h2): fuzzy: the page shows the source text, 1 finding"
    assert [_text(li)[:22] for li in fuzzy.select("li")] == ["[fuzzy] warning: trans"]
    # A faithful block: closed, no findings; the title (shown outside the body) has its details too.
    quiet = _block(soup, f"source/{DOSAGE}.md:33")
    assert not quiet.has_attr("open") and _text(quiet.select_one("p")) == "No findings."
    assert _text(quiet.select_one("summary")) == "heading (h2): translated"
    title = _block(soup, f"source/{DOSAGE}.md:2")
    assert _text(title.select_one("summary")) == "front matter: title: translated"
    assert _rows(title)["Edit"].startswith(f"{DOSE_PO}:")


def test_every_translated_block_has_details_and_none_stands_inside_a_paragraph(site: Path) -> None:
    from stele.catalogs.segments import parse_article_body
    from stele.catalogs.source import read_article

    config = load_config(site)
    review = review_site(config)
    for slug in (DOSAGE, RELIEF):
        article = read_article(site / "source" / f"{slug}.md", display=f"source/{slug}.md",
                               health_tags=config.health_tags)
        segments = parse_article_body(article, rules=config.disclaimer_rules).segments
        for locale in ("ru", "uk"):
            soup = _soup(review.pages[f"{locale}/{slug}/index.html"])
            blocks = soup.select("details.stele-review-block")
            assert len(blocks) == len(segments)
            assert {b.parent.name for b in blocks} <= {"article", "li", "blockquote", "section", "td", "th"}
        # The source locale's pages have nothing to inspect.
        assert not _soup(review.pages[f"en/{slug}/index.html"]).select("details")


def test_a_block_in_a_table_cell_has_its_details_inside_the_cell(tmp_path: Path, stele: Callable[..., Result]) -> None:
    root = new_site(tmp_path / "t", stele, {"doses.md": (
        "---\ntitle: Doses\ndescription: Doses.\nslug: doses\ndate: 2026-01-01\ntags: [x]\n---\n\n"
        "| Form | Dose |\n|---|---|\n| Powder | 1-3 g |\n")})
    soup = _soup(review_site(load_config(root)).pages["ru/doses/index.html"])
    cells = soup.select("td, th")
    assert len(cells) == 4
    assert all(len(cell.select("details.stele-review-block")) == 1 for cell in cells)


def test_a_locale_without_catalogs_is_reviewed_in_english_with_the_one_line_reason(site: Path) -> None:
    toml = site / "stele.toml"
    toml.write_text(re.sub(r'locales = \[([^]]*)\]', r'locales = [\1, "de"]', toml.read_text("utf-8"), count=1),
                    encoding="utf-8")
    review = review_site(load_config(site))
    assert sorted((h.locale, h.slug) for h in review.held) == [("de", DOSAGE), ("de", RELIEF)]
    soup = _soup(review.pages[f"de/{DOSAGE}/index.html"])
    banner = soup.select_one("aside.stele-review-banner")
    assert banner is not None and [_text(li) for li in banner.select("li")] == [
        "locales/de/LC_MESSAGES: no catalogs for de; run 'stele init de'"
    ]
    block = _block(soup, f"source/{DOSAGE}.md:47")
    assert _text(block.select_one("summary")) == "paragraph: missing: the page shows the source text"
    assert _rows(block)["Edit"] == f"locales/de/LC_MESSAGES/{DOSAGE}.po (no catalog: run 'stele init de')"


def test_translations_and_finding_texts_are_escaped_in_the_review(site: Path) -> None:
    tamper(site, add=' <script>alert("po")</script><img src=x onerror=alert(2)>')
    soup = _soup(review_site(load_config(site)).pages[HELD_PAGE])
    scripts = soup.select("script")
    assert [s.get("type") for s in scripts] == ["application/ld+json"]
    assert not soup.select("img") and not soup.select("[onerror]")
    banner = soup.select_one("aside.stele-review-banner")
    assert banner is not None
    assert any("adds active HTML <script>" in _text(li) for li in banner.select("li"))  # shown as text
    block = _block(soup, f"source/{DOSAGE}.md:47")
    assert _rows(block)["msgstr"].endswith('<script>alert("po")</script><img src=x onerror=alert(2)>')
    assert any("<script>" in _text(li) for li in block.select("li"))


def test_build_writes_no_review_markup(site: Path, stele: Callable[..., Result]) -> None:
    tamper(site)
    review = review_site(load_config(site))
    assert all(MARK in html for html in review.pages.values())  # so the search below can find it
    assert stele("--project", site, "build").exit_code == 0
    written = [p for p in (site / "public").rglob("*") if p.is_file()]
    assert written
    assert [p for p in written if MARK in p.read_text(encoding="utf-8") or "<details" in p.read_text("utf-8")] == []


def _lines(stream: IO[str]) -> queue.Queue[str]:
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in stream], daemon=True).start()
    return lines


def _get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as response:
        return str(response.read().decode("utf-8"))


def test_serve_review_serves_held_back_pages_and_leaves_public_alone(
    site: Path, stele: Callable[..., Result]
) -> None:
    assert stele("--project", site, "build").exit_code == 0
    before = tree_bytes(site / "public"), tree_bytes(site / "build")
    original = (site / DOSE_PO).read_text(encoding="utf-8")
    tamper(site)
    process = subprocess.Popen([sys.executable, "-m", "stele", "--project", str(site), "serve", "--review",
                                "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        lines = _lines(process.stdout)
        assert lines.get(timeout=60) == "reviewed: 10 pages rendered in memory, 1 held back\n"
        assert lines.get(timeout=5).startswith(f"  held back ru/{DOSAGE}: {DOSE_PO}:222: error: [numbers]")
        match = re.fullmatch(r"Reviewing every page at (http://127\.0\.0\.1:\d+/) \(nothing is written to public/; "
                             r"Ctrl\+C to stop\)\n", lines.get(timeout=10))
        assert match, "no URL line"
        page = match.group(1) + f"ru/{DOSAGE}"  # no slash: redirected, as a file server does
        assert 'data-stele-review="held-back"' in _get(page)
        assert _get(match.group(1)).count(f'href="ru/{DOSAGE}/"') == 1
        (site / DOSE_PO).write_text(original, encoding="utf-8")  # the translator fixes the dose
        assert lines.get(timeout=30) == "reviewed: 10 pages rendered in memory\n"
        assert 'data-stele-review="published"' in _get(page)
    finally:
        process.terminate()
        process.wait(timeout=10)
    assert (tree_bytes(site / "public"), tree_bytes(site / "build")) == before
    assert not (site / ".stele.lock").exists()


def test_serve_review_answers_404_for_a_page_that_does_not_exist(site: Path) -> None:
    from urllib.error import HTTPError

    from stele.site.serve import PageStore, Preview

    store = PageStore()
    store.replace(review_site(load_config(site)).pages)
    preview = Preview(load_config(site), host="127.0.0.1", port=0, rebuild=lambda: "", notify=lambda _: None,
                      store=store)
    thread = threading.Thread(target=preview.run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 5
        while not preview.observer.is_alive() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert "<html" in _get(preview.url + "ru/")
        try:
            _get(preview.url + "ru/no-such-article/")
            raise AssertionError("no 404")
        except HTTPError as exc:
            assert exc.code == 404
    finally:
        preview.stop()
        thread.join(timeout=10)
    assert not (site / "public").exists()
