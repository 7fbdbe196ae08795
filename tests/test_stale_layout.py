"""Stale means stale: a catalog another tool re-saved (its own wrapping and layout) is not out of date."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import polib
import pytest
from babel.messages.pofile import read_po as babel_read
from babel.messages.pofile import write_po as babel_write
from click.testing import Result

DOSAGE = "locales/ru/LC_MESSAGES/kratom-muscle-soreness-dosage.po"


def _by_polib(path: Path) -> None:
    polib.pofile(str(path)).save(str(path))  # polib's default wrapping (78 columns) and comment layout


def _by_babel(path: Path) -> None:
    with path.open("rb") as handle:
        catalog = babel_read(handle)
    out = io.BytesIO()
    babel_write(out, catalog, width=76)
    path.write_bytes(out.getvalue())


def _by_msgcat(path: Path) -> None:
    subprocess.run(["msgcat", "-w", "60", "-o", str(path), str(path)], check=True)


def _stale_and_layout(stele: Callable[..., Result], site: Path) -> tuple[int, list[tuple[str, str, str]]]:
    result = stele("--project", site, "check", "--format", "json")
    found = json.loads(result.stdout)["findings"]
    return result.exit_code, [(f["rule"], f["severity"], f["path"]) for f in found if f["rule"] in ("stale", "layout")]


@pytest.mark.parametrize("resave", [_by_polib, _by_babel, _by_msgcat], ids=["polib", "babel", "msgcat-w60"])
def test_a_catalog_resaved_by_another_tool_is_not_stale(
    site: Path, stele: Callable[..., Result], resave: Callable[[Path], None]
) -> None:
    if resave is _by_msgcat and shutil.which("msgcat") is None:
        pytest.skip("GNU gettext is not installed")
    before = (site / DOSAGE).read_bytes()
    resave(site / DOSAGE)
    assert (site / DOSAGE).read_bytes() != before  # the tool did change the layout
    code, found = _stale_and_layout(stele, site)
    assert (code, found) == (0, [("layout", "info", DOSAGE)])


def test_a_really_stale_catalog_is_still_an_error(site: Path, stele: Callable[..., Result]) -> None:
    source = site / "source" / "kratom-muscle-soreness-dosage.md"
    source.write_text(source.read_text(encoding="utf-8") + "\nA new closing paragraph.\n", encoding="utf-8")
    assert stele("--project", site, "extract").exit_code == 0
    _by_polib(site / DOSAGE)  # re-saved too: still stale, and said once
    code, found = _stale_and_layout(stele, site)
    assert code == 1
    assert ("stale", "error", DOSAGE) in found and ("layout", "info", DOSAGE) not in found
    assert stele("--project", site, "update").exit_code == 0
    assert _stale_and_layout(stele, site) == (0, [])


def test_a_changed_reference_or_extracted_comment_is_stale(site: Path, stele: Callable[..., Result]) -> None:
    path = site / DOSAGE
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(".md:25\n", ".md:26\n", 1), encoding="utf-8")
    assert ("stale", "error", DOSAGE) in _stale_and_layout(stele, site)[1]
    path.write_text(text.replace("#. paragraph\n", "#. heading\n", 1), encoding="utf-8")
    assert ("stale", "error", DOSAGE) in _stale_and_layout(stele, site)[1]


def test_disclaimer_marks_survive_a_tool_wrapping_them(site: Path, stele: Callable[..., Result]) -> None:
    """polib at 50 columns breaks '#. DISCLAIMER (…, side-effects)' after hyphens: the mark is still read, so the
    catalog is current and a fuzzy disclaimer still holds its page back."""
    path = site / DOSAGE
    catalog = polib.pofile(str(path), wrapwidth=50)
    catalog.save(str(path))
    assert any(line.startswith("#. ") and line.endswith("-") for line in path.read_text(encoding="utf-8").splitlines())
    assert _stale_and_layout(stele, site) == (0, [("layout", "info", DOSAGE)])
    catalog = polib.pofile(str(path), wrapwidth=50)
    entry = next(e for e in catalog if "DISCLAIMER (" in e.comment and "-\n" in e.comment)
    entry.flags.append("fuzzy")
    catalog.save(str(path))
    build = stele("--project", site, "build")
    assert "ru/kratom-muscle-soreness-dosage not published" in build.stderr and "[disclaimer]" in build.stderr
