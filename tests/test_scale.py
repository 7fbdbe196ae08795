"""Scale without surprises: huge inputs are handled or refused with a clear message."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from click.testing import Result

from .conftest import tree_bytes, write


def test_ten_megabyte_article_is_refused(site: Path, stele: Callable[..., Result]) -> None:
    write(site / "source/huge.md", "---\ntitle: T\n---\n" + "word " * 2_100_000)
    before = tree_bytes(site / "locales")
    result = stele("--project", site, "extract")
    assert (result.exit_code, result.stderr) == (
        2, "source/huge.md: is 10.0 MiB; an article may have up to 2 MiB: split it into several articles\n")
    assert tree_bytes(site / "locales") == before


def test_two_hundred_megabyte_catalog_is_refused_unread(tmp_path: Path, stele: Callable[..., Result]) -> None:
    big = tmp_path / "big.po"
    with big.open("wb") as handle:
        handle.truncate(200 * 1024 * 1024)  # sparse: refused from its size, never read
    result = stele("check", big)
    assert (result.exit_code, result.stderr) == (1, "")
    assert result.stdout == (
        f"{big}:1: error: [syntax] is 200 MiB; stele reads catalogs of up to 128 MiB: "
        "split the domain into smaller catalogs\n1 file checked: 1 error, 0 warnings, 0 notes\n"
    )


def test_one_megabyte_message_goes_through_the_pipeline(site: Path, stele: Callable[..., Result]) -> None:
    """A 1 MB paragraph is extracted, merged (no fuzzy search), built and checked."""
    article = site / "source/kratom-muscle-soreness-relief.md"
    paragraph = "Rest and water help recovery. " * 35_000
    article.write_text(article.read_text(encoding="utf-8") + "\n" + paragraph + "\n", encoding="utf-8")
    assert stele("--project", site, "extract").exit_code == 0
    assert stele("--project", site, "update").exit_code == 0
    assert stele("--project", site, "build").exit_code == 0
    page = (site / "public/ru/kratom-muscle-soreness-relief/index.html").read_text(encoding="utf-8")
    assert page.count("Rest and water help recovery.") == 35_000
    result = stele("--project", site, "check", "--select", "numbers,markup,untranslated")
    assert result.exit_code == 0
    assert "warning: [untranslated]" in result.stdout
