"""Locales, one way: a code ↔ its URL segment ↔ its catalogs, and a pt_BR / sr@latin site built and checked."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from pathlib import Path
from xml.etree import ElementTree

import pytest
from bs4 import BeautifulSoup
from click.testing import Result

from stele.config import load_config
from stele.errors import SteleError
from stele.locales import (
    bcp47,
    catalog_locale,
    catalog_path,
    locale_from_segment,
    locale_info,
    mo_path,
    template_path,
    url_segment,
    validate_locale,
    writing_script,
)
from stele.model import disclaimer_ids
from stele.po import read_po, write_po

from .conftest import own_template

SLUGS = ("kratom-muscle-soreness-dosage", "kratom-muscle-soreness-relief")
SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}

# gettext code, BCP 47 tag (lang, hreflang), URL segment (public/<segment>/)
SPELLINGS = [
    ("ru", "ru", "ru"),
    ("pt_BR", "pt-BR", "pt-br"),
    ("sr@latin", "sr-Latn", "sr-latn"),
    ("sr_RS@latin", "sr-Latn-RS", "sr-latn-rs"),
    ("uz@cyrillic", "uz-Cyrl", "uz-cyrl"),
    ("zh_Hant_TW", "zh-Hant-TW", "zh-hant-tw"),
    ("es_419", "es-419", "es-419"),
    ("ca@valencia", "ca-valencia", "ca-valencia"),
    ("de_DE@euro", "de-DE-x-euro", "de-de-x-euro"),
    ("en_XA", "en-XA", "en-xa"),
]


@pytest.mark.parametrize(("code", "tag", "segment"), SPELLINGS)
def test_code_to_segment_and_back(code: str, tag: str, segment: str) -> None:
    assert bcp47(code) == tag
    assert url_segment(code) == segment
    assert locale_from_segment(segment) == code
    info = locale_info(code)
    assert (info.bcp47, info.segment) == (tag, segment)


@pytest.mark.parametrize("segment", ["pt_BR", "pt-BR", "PT-BR", "status", "sr-latin", "sr-latn-x-foo", "", "../ru"])
def test_what_is_not_a_segment_is_refused(segment: str) -> None:
    with pytest.raises(ValueError, match="is not the URL segment of a locale"):
        locale_from_segment(segment)


@pytest.mark.parametrize(
    ("spelled", "code"),
    [("pt-BR", "pt_BR"), ("pt_BR", "pt_BR"), ("sr_Latn", "sr@latin"), ("sr-Latn-RS", "sr_RS@latin"), ("ru", "ru")],
)
def test_every_spelling_of_a_locale_becomes_its_gettext_code(spelled: str, code: str) -> None:
    assert validate_locale(spelled) == code


def test_a_code_naming_its_script_twice_is_refused() -> None:
    with pytest.raises(SteleError, match="'sr_Latn@latin' is not a locale code"):
        validate_locale("sr_Latn@latin")


def test_sr_latin_is_written_and_dated_in_latin() -> None:
    info = locale_info("sr@latin")
    assert info.native_name == "Srpski (latinica)"
    assert info.format_date(dt.date(2026, 5, 1)) == "1. maj 2026."
    scripts = {code: writing_script(code) for code in ("sr@latin", "sr", "ru", "pt-BR", "sr-Latn")}
    assert scripts == {"sr@latin": "Latn", "sr": "Cyrl", "ru": "Cyrl", "pt-BR": "Latn", "sr-Latn": "Latn"}


def test_catalog_path_and_back(site: Path) -> None:
    config = load_config(site)
    for code in ("ru", "pt_BR", "sr@latin"):
        path = catalog_path(config, code, "site")
        assert path == site / "locales" / code / "LC_MESSAGES" / "site.po"
        assert catalog_locale(path) == code
        assert mo_path(config, code, "site") == site / "build" / code / "LC_MESSAGES" / "site.mo"
    assert template_path(config, "site") == site / "locales" / "site.pot"
    assert catalog_locale(template_path(config, "site")) is None


def test_config_keeps_one_spelling_of_each_locale(site: Path) -> None:
    _set_locales(site, '"ru", "pt-BR", "sr_Latn"')
    assert load_config(site).locales == ("ru", "pt_BR", "sr@latin")


# --- a real site in a locale whose URL segment is not its code -----------------------------------------------------

_CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
_LATIN = ("a", "b", "v", "g", "d", "e", "e", "ž", "z", "i", "j", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u")
_LATIN += ("f", "h", "c", "č", "š", "šč", "-", "y", "-", "e", "ju", "ja")
_TRANSLITERATE = {
    **{ord(c): "" if latin == "-" else latin for c, latin in zip(_CYRILLIC, _LATIN, strict=True)},
    **{ord(c.upper()): "" if latin == "-" else latin.capitalize() for c, latin in zip(_CYRILLIC, _LATIN, strict=True)},
}


def _set_locales(site: Path, locales: str) -> None:
    toml = site / "stele.toml"
    text = toml.read_text(encoding="utf-8")
    toml.write_text(re.sub(r'locales = \["ru", "uk"\]', f"locales = [{locales}]", text), encoding="utf-8")


def _translate_from_ru(site: Path, code: str) -> None:
    """Every message of ``code`` gets the reviewed ru translation, in Latin letters."""
    for ru_path in sorted((site / "locales/ru/LC_MESSAGES").glob("*.po")):
        ru = {(e.msgctxt, e.msgid): e for e in read_po(ru_path)}
        path = site / "locales" / code / "LC_MESSAGES" / ru_path.name
        catalog = read_po(path)
        for entry in catalog:
            source = ru[entry.msgctxt, entry.msgid]
            entry.msgstr = source.msgstr.translate(_TRANSLITERATE)
            entry.msgstr_plural = [text.translate(_TRANSLITERATE) for text in source.msgstr_plural]
        write_po(path, catalog)


@pytest.fixture(params=[("pt_BR", "pt-BR", "pt-br"), ("sr@latin", "sr-Latn", "sr-latn")], ids=["pt_BR", "sr@latin"])
def other_site(request: pytest.FixtureRequest, site: Path, stele: Callable[..., Result]) -> tuple[Path, str, str, str]:
    """The project with ``locales = ["ru", CODE]``, CODE's catalogs made by ``stele init`` and translated."""
    code, tag, segment = request.param
    _set_locales(site, f'"ru", "{code}"')
    for path in sorted((site / "locales/uk/LC_MESSAGES").glob("*.po")):
        path.unlink()
    (site / "locales/uk/LC_MESSAGES").rmdir()
    (site / "locales/uk").rmdir()
    result = stele("--project", site, "init", code)
    assert result.exit_code == 0
    assert result.stdout.endswith("init: 3 files, 3 written\n")
    _translate_from_ru(site, code)
    # Transliterated Russian is no Portuguese: the meaning rules would rightly find no Portuguese negation in it.
    toml = site / "stele.toml"
    meaning_off = '\n'.join(f'{rule} = "off"' for rule in ("polarity", "modality", "coverage", "misplaced"))
    toml.write_text(toml.read_text(encoding="utf-8").replace('obsolete = "info"', f'obsolete = "info"\n{meaning_off}'),
                    encoding="utf-8")
    return site, code, tag, segment


def _soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html5lib")


def _alternates(page: BeautifulSoup) -> dict[str, str]:
    return {link["hreflang"]: link["href"] for link in page.find_all("link", rel="alternate")}


def test_pages_live_under_the_segment_and_every_link_finds_them(
    other_site: tuple[Path, str, str, str], stele: Callable[..., Result]
) -> None:
    site, _code, tag, segment = other_site
    result = stele("--project", site, "build")
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout.endswith("build: 11 files, 11 rendered, 11 written, 0 held back, into public/\n")
    public = site / "public"
    assert {p.name for p in public.iterdir()} == {"en", "index.html", "ru", "sitemap.xml", segment}
    assert sorted(p.name for p in (public / segment).iterdir()) == ["index.html", *SLUGS]
    slug = SLUGS[0]
    page = _soup(public / segment / slug / "index.html")
    assert page.html is not None and page.html["lang"] == tag
    want = {
        "en": f"https://example.org/en/{slug}/",
        "ru": f"https://example.org/ru/{slug}/",
        tag: f"https://example.org/{segment}/{slug}/",
        "x-default": f"https://example.org/en/{slug}/",
    }
    assert _alternates(page) == want
    assert _alternates(_soup(public / "ru" / slug / "index.html")) == want
    current = page.select_one("nav.languages a[aria-current=page]")
    assert current is not None
    assert (current["hreflang"], current["href"]) == (tag, f"../../{segment}/{slug}/")
    chooser = _soup(public / "index.html")
    assert f"{segment}/" in [a["href"] for a in chooser.select("ul.language-choice a")]
    _assert_sitemap_leads_to_pages(public, tag, segment)


def _assert_sitemap_leads_to_pages(public: Path, tag: str, segment: str) -> None:
    """Every <loc> and every hreflang alternate in the sitemap is a page the build wrote; ours are there."""
    tree = ElementTree.parse(public / "sitemap.xml")
    ours = []
    for url in tree.findall("s:url", SITEMAP_NS):
        loc = url.findtext("s:loc", namespaces=SITEMAP_NS) or ""
        links = {x.get("hreflang"): x.get("href") or "" for x in url.findall("x:link", SITEMAP_NS)}
        for href in (loc, *links.values()):
            assert (public / href.removeprefix("https://example.org/") / "index.html").is_file(), href
        if loc.startswith(f"https://example.org/{segment}/"):
            assert links[tag] == loc
            ours.append(loc)
    assert ours == [f"https://example.org/{segment}/", *(f"https://example.org/{segment}/{s}/" for s in SLUGS)]


def test_check_finds_the_catalog_behind_each_page(
    other_site: tuple[Path, str, str, str], stele: Callable[..., Result]
) -> None:
    site, code, _tag, segment = other_site
    result = stele("--project", site, "check")
    assert (result.exit_code, result.stdout) == (0, "11 files checked: 0 errors, 0 warnings, 0 notes\n")
    # and a page that really lacks its disclaimer box is reported, for its locale
    article = own_template(site, "article.html")
    text = article.read_text(encoding="utf-8")
    article.write_text(re.sub(r"\{% include \"partials/disclaimer.html\" %\}", "", text), encoding="utf-8")
    result = stele("--project", site, "check", "--format", "json")
    assert result.exit_code == 1
    ours = [f for f in json.loads(result.stdout)["findings"] if f["path"].startswith(f"public/{segment}/")]
    assert [(f["path"], f["locale"], f["message"]) for f in ours] == [
        (
            f"public/{segment}/{slug}/index.html",
            code,
            "the medical disclaimer box is missing on this health page; "
            "article.html must include partials/disclaimer.html with its text",
        )
        for slug in SLUGS
    ]


def test_status_and_gate_speak_of_the_code(
    other_site: tuple[Path, str, str, str], stele: Callable[..., Result]
) -> None:
    site, code, tag, segment = other_site
    assert stele("--project", site, "build").exit_code == 0
    status = json.loads(stele("--project", site, "status", "--format", "json").stdout)
    ours = next(loc for loc in status["locales"] if loc["locale"] == code)
    assert (ours["totals"]["published"], ours["totals"]["articles"], ours["totals"]["untranslated"]) == (2, 2, 0)
    # a disclaimer turned fuzzy: the page is held back, removed, and no longer linked from anywhere
    path = site / "locales" / code / "LC_MESSAGES" / f"{SLUGS[0]}.po"
    catalog = read_po(path)
    next(e for e in catalog if disclaimer_ids(e.extracted)).flags.append("fuzzy")
    write_po(path, catalog)
    result = stele("--project", site, "build")
    assert result.exit_code == 0
    assert re.match(  # check's own finding line: the gate runs check's rules
        rf"warning: {re.escape(code)}/{SLUGS[0]} not published: locales/{re.escape(code)}/LC_MESSAGES/{SLUGS[0]}"
        r"\.po:\d+: error: \[disclaimer\] disclaimer \(.*\) is fuzzy; review the translation", result.stderr)
    assert not (site / "public" / segment / SLUGS[0]).exists()
    assert (site / "public" / segment / SLUGS[1] / "index.html").is_file()
    assert tag not in _alternates(_soup(site / "public" / "ru" / SLUGS[0] / "index.html"))
    assert f"/{segment}/{SLUGS[0]}/" not in (site / "public" / "sitemap.xml").read_text(encoding="utf-8")
