"""The ru and uk pages as a reader's browser shows them: a real headless Chromium driven by Playwright.

The built site is served over HTTP on 127.0.0.1; Debian's /usr/bin/chromium (or $STELE_CHROMIUM) is
launched once for the module. Checked: the disclaimer box is on screen and says what the locale's catalog
says, the language switcher leads to the same article in the other locale, Cyrillic letters are drawn with
real glyphs (not missing-glyph boxes), and a screenshot per locale is saved to $STELE_ARTIFACTS
(default tests/artifacts/, git-ignored).
"""

from __future__ import annotations

import functools
import http.server
import os
import re
import shutil
import struct
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import polib
import pytest
from click.testing import CliRunner

from stele.commands import main

from .conftest import REPO, copy_project

SLUG = "kratom-muscle-soreness-relief"
LOCALES = ("ru", "uk")
OTHER = {"ru": "uk", "uk": "ru"}
ARTIFACTS = Path(os.environ.get("STELE_ARTIFACTS", Path(__file__).resolve().parent / "artifacts"))
CHROMIUM = os.environ.get("STELE_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run",
]


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def public(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("site")
    copy_project(root)
    toml = root / "stele.toml"  # publish the dashboard too, to look at it
    toml.write_text(toml.read_text(encoding="utf-8").replace("[site]\n", "[site]\nstatus_page = true\n"))
    result = CliRunner().invoke(main, ["--project", str(root), "build"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return root / "public"


@pytest.fixture(scope="module")
def base_url(public: Path) -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(public)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    reason = "playwright is not installed: pip install -e '.[test]'"
    sync_api = pytest.importorskip("playwright.sync_api", reason=reason)
    if not os.access(CHROMIUM, os.X_OK):
        pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium, or set STELE_CHROMIUM)")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1000, "height": 900}, java_script_enabled=True)
    page = context.new_page()
    page.set_default_timeout(10_000)
    try:
        yield page
    finally:
        context.close()


def _disclaimer_text(locale: str) -> str:
    """The translated heading and text of the disclaimer box, from the locale's site catalog."""
    catalog = polib.pofile(str(REPO / "locales" / locale / "LC_MESSAGES" / "site.po"))
    entries = [
        (int(line), entry)
        for entry in catalog
        for path, line in entry.occurrences
        if path == "templates/partials/disclaimer.html" and not entry.obsolete
    ]
    assert len(entries) == 2, f"expected the box's heading and text in {locale}'s site.po, found {len(entries)}"
    for _, entry in entries:
        assert entry.msgstr and "fuzzy" not in entry.flags and entry.msgstr != entry.msgid, entry.msgid
    return " ".join(entry.msgstr for _, entry in sorted(entries, key=lambda e: e[0]))


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.mark.parametrize("locale", LOCALES)
def test_disclaimer_box_is_on_screen_in_the_locale(page: Any, base_url: str, locale: str) -> None:
    page.goto(f"{base_url}/{locale}/{SLUG}/")
    box = page.locator("aside.disclaimer")
    assert box.count() == 1
    assert box.is_visible()
    rect = box.bounding_box()
    assert rect is not None and rect["width"] > 100 and rect["height"] > 30, rect
    page_width = page.evaluate("document.documentElement.scrollWidth")
    assert rect["x"] >= 0 and rect["y"] >= 0 and rect["x"] + rect["width"] <= page_width, (rect, page_width)
    # Drawn, not hidden behind a transparent colour or zero font size.
    style = box.locator("p").evaluate("e => [getComputedStyle(e).color, parseFloat(getComputedStyle(e).fontSize)]")
    assert style[0] != "rgba(0, 0, 0, 0)" and style[1] >= 12, style
    assert _squash(box.inner_text()) == _squash(_disclaimer_text(locale))


@pytest.mark.parametrize("locale", LOCALES)
def test_language_switcher_leads_to_the_same_article(page: Any, base_url: str, locale: str) -> None:
    other = OTHER[locale]
    page.goto(f"{base_url}/{locale}/{SLUG}/")
    assert page.evaluate("document.documentElement.lang") == locale
    link = page.locator(f'nav.languages a[hreflang="{other}"]')
    assert link.is_visible()
    with page.expect_navigation():
        link.click()
    assert page.url == f"{base_url}/{other}/{SLUG}/"
    assert page.evaluate("document.documentElement.lang") == other
    current = page.locator("nav.languages a[aria-current=page]")
    assert current.get_attribute("hreflang") == other
    assert _squash(page.locator("aside.disclaimer").inner_text()) == _squash(_disclaimer_text(other))


# Draws each character alone on a canvas in the font the disclaimer text uses and returns its pixels as a
# string. A letter with no glyph in any installed font is drawn as the same missing-glyph box (or nothing).
_GLYPHS = """([chars, font]) => {
  const canvas = document.createElement('canvas');
  canvas.width = 48; canvas.height = 48;
  const ctx = canvas.getContext('2d', {willReadFrequently: true});
  return chars.map(ch => {
    ctx.clearRect(0, 0, 48, 48);
    ctx.font = font; ctx.textBaseline = 'top'; ctx.fillStyle = '#000';
    ctx.fillText(ch, 4, 4);
    const data = ctx.getImageData(0, 0, 48, 48).data;
    let ink = 0, bits = '';
    for (let i = 3; i < data.length; i += 4) { const on = data[i] > 127; ink += on; bits += on ? '1' : '0'; }
    return [ink, bits];
  });
}"""


@pytest.mark.parametrize("locale", LOCALES)
def test_cyrillic_letters_have_real_glyphs(page: Any, base_url: str, locale: str) -> None:
    page.goto(f"{base_url}/{locale}/{SLUG}/")
    paragraph = page.locator("aside.disclaimer p")
    text = paragraph.inner_text()
    letters = sorted({ch for ch in text.lower() if "\u0400" <= ch <= "\u04ff"})
    assert len(letters) >= 20, letters  # a real sample of the alphabet, including і, ї, є for uk
    family = paragraph.evaluate("e => getComputedStyle(e).fontFamily")
    font = f"28px {family}"
    # U+FFFF is a noncharacter: no font has a glyph for it, so it shows what "missing" looks like here.
    missing, *drawn = page.evaluate(_GLYPHS, [["\uffff", *letters], font])
    bad = [ch for ch, (ink, bits) in zip(letters, drawn, strict=True) if ink < 10 or bits == missing[1]]
    assert not bad, f"letters drawn blank or as missing-glyph boxes in {font}: {bad} (install fonts-dejavu-core)"
    shapes = {bits for _, bits in drawn}
    assert len(shapes) == len(letters), "distinct letters drawn with identical shapes: missing-glyph boxes"


def _png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n" and head[12:16] == b"IHDR", f"{path} is not a PNG"
    return struct.unpack(">II", head[16:24])


@pytest.mark.parametrize("locale", LOCALES)
def test_screenshot_per_locale_is_saved(page: Any, base_url: str, locale: str) -> None:
    page.goto(f"{base_url}/{locale}/{SLUG}/")
    page.evaluate("document.fonts.ready")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shot = ARTIFACTS / f"{locale}-{SLUG}.png"
    shot.unlink(missing_ok=True)
    page.screenshot(path=str(shot))
    assert _png_size(shot) == (1000, 900)
    # A blank or single-colour 1000x900 PNG compresses to a few kilobytes; a page of text does not.
    assert shot.stat().st_size > 30_000, shot.stat().st_size
    box = page.locator("aside.disclaimer").bounding_box()
    assert box is not None and box["y"] + box["height"] <= 900, "the disclaimer box is not in the screenshot"


PAGES = {
    "ru-article": f"ru/{SLUG}/",
    "uk-article": f"uk/{SLUG}/",
    "ru-index": "ru/",
    "status": "status/",
}
PHONE = {"width": 390, "height": 844}


@pytest.mark.parametrize("width", [1280, PHONE["width"]])
@pytest.mark.parametrize("name", list(PAGES))
def test_page_fits_the_screen_and_is_photographed(browser: Any, base_url: str, name: str, width: int) -> None:
    """No horizontal page scroll at 1280 or 390 px; on a phone the heading leaves room for the text; a screenshot
    of each goes to tests/artifacts/ for review."""
    height = PHONE["height"] if width == PHONE["width"] else 900
    context = browser.new_context(viewport={"width": width, "height": height})
    try:
        page = context.new_page()
        page.goto(f"{base_url}/{PAGES[name]}")
        page.evaluate("document.fonts.ready")
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"{name} scrolls sideways by {overflow}px at {width}px"
        heading = page.locator("h1").bounding_box()
        assert heading is not None and heading["height"] <= 0.4 * height, heading
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        shot = ARTIFACTS / f"{name}-{width}.png"
        shot.unlink(missing_ok=True)
        page.screenshot(path=str(shot), full_page=False)
        assert _png_size(shot) == (width, height)
    finally:
        context.close()


def test_a_wide_dose_table_scrolls_inside_its_wrapper_on_a_phone(browser: Any, base_url: str) -> None:
    """A table wider than a 390 px screen scrolls in its own wrapper; the page itself does not scroll sideways."""
    from stele.site.render import page_parser, style_tables

    md = page_parser()
    head = "| Strength | " + " | ".join(f"Week {w}" for w in range(1, 8)) + " |\n|---|" + "---|" * 7 + "\n"
    rows = "".join(f"| level {n} | " + " | ".join(f"{n + w}–{n + w + 2} g" for w in range(7)) + " |\n"
                   for n in range(1, 4))
    table = md.renderer.render(style_tables(md.parse(head + rows)), md.options, {})
    context = browser.new_context(viewport=PHONE)
    try:
        page = context.new_page()
        page.goto(f"{base_url}/ru/{SLUG}/")
        page.evaluate("html => document.querySelector('article').insertAdjacentHTML('beforeend', html)", table)
        sizes = page.evaluate("""() => {
            const wrap = document.querySelector('.table-scroll');
            return [document.documentElement.scrollWidth - document.documentElement.clientWidth,
                    wrap.scrollWidth - wrap.clientWidth,
                    getComputedStyle(document.querySelector('td.num')).textAlign];
        }""")
        assert sizes[0] <= 0 and sizes[1] > 0 and sizes[2] == "end", sizes
    finally:
        context.close()


@pytest.fixture(scope="module")
def review_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`stele serve --review` on a copy of the project whose ru dosage page the gate holds back (a dose changed)."""
    from .test_review import tamper

    root = tmp_path_factory.mktemp("review")
    copy_project(root)
    tamper(root)
    process = subprocess.Popen([sys.executable, "-m", "stele", "--project", str(root), "serve", "--review",
                                "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        for line in process.stdout:
            match = re.match(r"Reviewing every page at (http://\S+/) ", line)
            if match:
                break
        else:
            pytest.fail(f"stele serve --review printed no URL: {process.stderr.read() if process.stderr else ''}")
        yield match.group(1)
    finally:
        process.terminate()
        process.wait(timeout=10)


REVIEWED = "kratom-muscle-soreness-dosage"


@pytest.mark.parametrize("width", [1000, PHONE["width"]])
def test_review_shows_why_a_page_is_held_back_and_each_blocks_finding(browser: Any, review_url: str,
                                                                       width: int) -> None:
    """Without JavaScript: the banner says why, its link leads to the block, whose details show the finding; a
    closed block opens on a click; nothing scrolls sideways, on a phone either."""
    context = browser.new_context(viewport={"width": width, "height": 900}, java_script_enabled=False)
    try:
        page = context.new_page()
        page.set_default_timeout(10_000)
        page.goto(f"{review_url}ru/{REVIEWED}/")
        banner = page.locator("aside.stele-review-banner")
        assert banner.is_visible()
        assert _squash(banner.inner_text()).startswith("Held back: this page is not published in Русский (ru).")
        assert '[numbers] "1-3 grams" became "13\u00a0г"' in banner.inner_text()
        banner.get_by_text("show the block").click()
        block = page.locator(f"details.stele-review-block{page.url[page.url.index('#'):]}")
        assert block.get_attribute("open") is not None
        finding = block.locator("li.error")
        assert finding.is_visible() and finding.is_visible()
        assert finding.inner_text().startswith('[numbers] error: "1-3 grams" became "13\u00a0г"')
        assert finding.evaluate("e => e.getBoundingClientRect().top") < 900  # scrolled to
        closed = page.locator("details.stele-review-block:not([open])").first.get_attribute("id")
        quiet = page.locator(f"#{closed}")
        assert not quiet.locator("dl").is_visible()
        quiet.locator("summary").click()
        assert quiet.locator("dl").is_visible() and "msgid" in quiet.locator("dl").inner_text()
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"the review page scrolls sideways by {overflow}px at {width}px"
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        shot = ARTIFACTS / f"review-ru-{REVIEWED}-{width}.png"
        shot.unlink(missing_ok=True)
        page.screenshot(path=str(shot))
        assert _png_size(shot) == (width, 900)
    finally:
        context.close()
