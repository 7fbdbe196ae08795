"""Hostile catalogs: every payload in every msgstr of the real project, and no page gains live markup."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from xml.etree import ElementTree

import polib
from bs4 import BeautifulSoup
from click.testing import Result

PAYLOAD = (
    '<script>alert(1)</script> <img src=x onerror=alert(2)> <a href="javascript:alert(3)">a</a> '
    "[b](javascript:alert(4)) ![c](data:text/html;base64,PHNjcmlwdD4=) <iframe src=//evil.example></iframe> "
    '" onmouseover="alert(5)" <style>*{display:none}</style> {{ 7*7 }} {% if 1 %}jinja-ran{% endif %} '
)
INLINE = frozenset(("em", "strong", "code"))


def _poison(locales: Path) -> int:
    """Put PAYLOAD in front of every translation of every catalog; returns how many were poisoned."""
    count = 0
    for path in sorted(locales.glob("*/LC_MESSAGES/*.po")):
        catalog = polib.pofile(str(path), wrapwidth=79)
        for entry in catalog:
            if entry.msgstr:
                entry.msgstr = PAYLOAD + entry.msgstr
                count += 1
            for index, text in entry.msgstr_plural.items():
                entry.msgstr_plural[index] = PAYLOAD + text
                count += 1
        catalog.save(str(path))
    return count


def _shape(path: Path) -> set[tuple[str, frozenset[str]]]:
    """Each element of a page as (tag, its attribute names), parsed as a browser parses it."""
    soup = BeautifulSoup(path.read_bytes(), "html5lib")
    return {(tag.name, frozenset(tag.attrs)) for tag in soup.find_all(True)}


def _urls(path: Path) -> list[str]:
    soup = BeautifulSoup(path.read_bytes(), "html5lib")
    return [str(tag.get(name)) for tag in soup.find_all(True) for name in ("href", "src", "action") if tag.get(name)]


def _relax(site: Path) -> None:
    """Every content rule a payload trips becomes a warning, so the gate publishes the poisoned pages."""
    toml = site / "stele.toml"
    rules = ("markup", "script", "numbers", "disclaimer", "escapes", "format")
    relaxed = "".join(f'{rule} = "warning"\n' for rule in rules)
    toml.write_text(toml.read_text(encoding="utf-8").replace("[check.severity]\n", "[check.severity]\n" + relaxed))


def test_every_payload_in_every_translation_stays_inert(site: Path, stele: Callable[..., Result]) -> None:
    clean = site.parent / "clean"
    shutil.copytree(site, clean)
    assert stele("--project", clean, "build").exit_code == 0
    assert _poison(site / "locales") > 90
    held = stele("--project", site, "build")  # the gate runs check's rules: no poisoned page is published
    assert held.exit_code == 0 and held.stdout.endswith(", 4 held back, into public/\n"), held.stdout
    assert not list((site / "public").glob("ru/*/index.html")) and not list((site / "public").glob("uk/*/index.html"))
    _relax(site)  # defence in depth: were the rules switched off, the renderer still keeps every payload inert
    result = stele("--project", site, "build")
    assert result.exit_code == 0 and result.stdout.endswith(", 0 held back, into public/\n"), result.stderr
    pages = sorted(p.relative_to(site / "public") for p in (site / "public").rglob("*.html"))
    assert pages == sorted(p.relative_to(clean / "public") for p in (clean / "public").rglob("*.html"))
    assert any(str(p).startswith("ru/") for p in pages) and any(str(p).startswith("uk/") for p in pages)
    for page in pages:
        hostile, reference = site / "public" / page, clean / "public" / page
        extra = _shape(hostile) - _shape(reference)  # Markdown emphasis in a translation is fine; nothing else
        assert all(tag in INLINE and not attrs for tag, attrs in extra), f"{page} gained {sorted(extra)}"
        assert not [u for u in _urls(hostile) if u.lower().startswith(("javascript:", "data:", "//"))], page
        text = BeautifulSoup(hostile.read_bytes(), "html5lib").get_text()
        assert "jinja-ran" not in text.replace("{% if 1 %}jinja-ran{% endif %}", ""), page
        assert text.count("49") == BeautifulSoup(reference.read_bytes(), "html5lib").get_text().count("49"), page
    article = BeautifulSoup((site / "public/ru/kratom-muscle-soreness-relief/index.html").read_bytes(), "html5lib")
    assert article.title is not None and article.title.string.startswith("<script>alert(1)</script>")
    description = article.find("meta", attrs={"name": "description"})
    assert description is not None and str(description["content"]).startswith("<script>alert(1)</script>")
    assert "<script>alert(1)</script>" in article.find("main").get_text()
    sitemap = ElementTree.parse(site / "public/sitemap.xml").getroot()
    names = {element.tag.split("}")[-1] for element in sitemap.iter()}
    assert names == {"urlset", "url", "loc", "lastmod", "link"}
    leaves = [e for e in sitemap.iter() if e.tag.split("}")[-1] in ("loc", "link")]
    assert leaves and all((e.get("href") or e.text or "").startswith("https://example.org/") for e in leaves)
