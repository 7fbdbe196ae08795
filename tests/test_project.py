"""The committed site itself: in sync, valid for msgfmt, and published in all three locales."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from click.testing import Result

from stele.po import read_po

from .conftest import REPO, tree_bytes

SLUGS = ["kratom-muscle-soreness-dosage", "kratom-muscle-soreness-relief"]
CATALOGS = sorted((REPO / "locales").glob("*/LC_MESSAGES/*.po"))


def test_extract_and_update_change_nothing(site: Path, stele: Callable[..., Result]) -> None:
    """The committed templates and catalogs are exactly what extract + update produce."""
    before = tree_bytes(site)
    assert stele("--project", site, "extract").output == "extract: 3 files, 0 written\n"
    assert stele("--project", site, "update").output == "update: 6 files, 0 written\n"
    assert tree_bytes(site) == before


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="GNU gettext is not installed")
@pytest.mark.parametrize("po", CATALOGS, ids=lambda p: str(p.relative_to(REPO / "locales")))
def test_catalog_passes_msgfmt_check(po: Path, tmp_path: Path) -> None:
    subprocess.run(["msgfmt", "-c", "-o", str(tmp_path / "x.mo"), str(po)], check=True, capture_output=True)


@pytest.mark.parametrize("po", CATALOGS, ids=lambda p: str(p.relative_to(REPO / "locales")))
def test_catalog_is_complete_and_reviewed(po: Path) -> None:
    catalog = read_po(po)
    assert [e.msgid for e in catalog if not e.translated] == []
    assert catalog.header_field("Language") == po.parent.parent.name


def test_build_publishes_two_articles_in_three_locales(site: Path, stele: Callable[..., Result]) -> None:
    result = stele("--project", site, "build")
    assert (result.exit_code, result.stderr) == (0, "")
    for locale in ("en", "ru", "uk"):
        for slug in SLUGS:
            page = BeautifulSoup(
                (site / "public" / locale / slug / "index.html").read_text(encoding="utf-8"), "html5lib"
            )
            assert page.html is not None and page.html["lang"] == locale
            assert {link["hreflang"] for link in page.find_all("link", rel="alternate")} == {
                "en",
                "ru",
                "uk",
                "x-default",
            }
            assert page.find("aside", attrs={"data-stele": "disclaimer"}) is not None
            fallback = page.main.find(lambda tag: tag.get("lang") == "en" and tag.name != "span")  # Latin runs: spans
            assert page.main is not None and (fallback is None or locale == "en")
