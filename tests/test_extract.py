"""Extraction: Markdown → template, checked against golden .pot files and the CLI."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from stele.catalogs.merge import add_segments, new_template, timestamp
from stele.catalogs.segments import parse_article_body
from stele.catalogs.source import parse_article, read_article
from stele.config import load_config
from stele.errors import SourceError
from stele.po import render_po

from .conftest import FROZEN, GOLDEN, check_golden, tree_bytes, write

CASES = sorted(p.stem for p in (GOLDEN / "extract").glob("*.md"))


@pytest.mark.parametrize("case", CASES)
def test_golden_template(case: str, golden: Callable[[Path, str], None]) -> None:
    """Each sample article extracts to exactly its reviewed .pot."""
    folder = GOLDEN / "extract"
    config = load_config(folder)
    article = read_article(folder / f"{case}.md", display=f"source/{case}.md", health_tags=config.health_tags)
    parsed = parse_article_body(article, rules=config.disclaimer_rules)
    pot = new_template(case, origin=article.path, created=timestamp(FROZEN))
    add_segments(pot, parsed.segments, rules=config.disclaimer_rules)
    golden(folder / f"{case}.pot", render_po(pot))


def test_a_missing_golden_file_fails_and_only_update_golden_writes_it(tmp_path: Path) -> None:
    path = tmp_path / "new-case.pot"
    with pytest.raises(pytest.fail.Exception, match="is missing; run pytest with --update-golden"):
        check_golden(path, "msgid", update=False)
    assert not path.exists()
    check_golden(path, "msgid", update=True)
    assert path.read_text(encoding="utf-8") == "msgid"
    with pytest.raises(AssertionError, match="differs from"):
        check_golden(path, "msgid changed", update=False)


def test_one_message_per_block_with_kind_and_line() -> None:
    """Blocks become messages with their kind, their source line and inline Markdown kept."""
    text = "---\ntitle: T\ndescription: D\nslug: s\ndate: 2026-01-01\ntags: []\n---\n\n## Head *it*\n\n- one\n- two\n"
    parsed = parse_article_body(parse_article(text, "source/s.md"))
    got = [(s.kind.value, s.msgid, s.line) for s in parsed.segments]
    assert got == [
        ("title", "T", 2),
        ("description", "D", 3),
        ("heading", "Head *it*", 9),
        ("list item", "one", 11),
        ("list item", "two", 12),
    ]


def test_marker_applies_to_next_block_only() -> None:
    """A disclaimer marker marks the block right after it, and nothing after that."""
    text = (
        "---\ntitle: T\ndescription: D\nslug: s\ndate: 2026-01-01\ntags: []\n---\n"
        "<!-- stele: disclaimer box -->\n> Warned.\n> Still warned.\n\nNot warned.\n"
    )
    parsed = parse_article_body(parse_article(text, "source/s.md"))
    assert [(s.msgid, s.disclaimers) for s in parsed.segments[2:]] == [
        ("Warned. Still warned.", ("box",)),
        ("Not warned.", ()),
    ]


def test_unknown_directive_is_an_error_with_line() -> None:
    text = (
        "---\ntitle: T\ndescription: D\nslug: s\ndate: 2026-01-01\ntags: []\n---\n\n<!-- stele: disclaimr x -->\nText\n"
    )
    with pytest.raises(SourceError, match=r"^source/s.md:9: unknown stele directive 'disclaimr x'"):
        parse_article_body(parse_article(text, "source/s.md"))


def test_extract_twice_changes_nothing(site: Path, stele: Callable[..., object]) -> None:
    """A second extract with no source change leaves every byte (and the date) alone."""
    before = tree_bytes(site / "locales")
    result = stele("--project", site, "extract")
    assert result.exit_code == 0, result.output  # type: ignore[attr-defined]
    assert result.output.endswith("extract: 3 files, 0 written\n")  # type: ignore[attr-defined]
    assert tree_bytes(site / "locales") == before


def test_extract_after_edit_rewrites_only_that_template(site: Path, stele: Callable[..., object]) -> None:
    source = site / "source" / "kratom-muscle-soreness-relief.md"
    old = source.read_text(encoding="utf-8")
    source.write_text(old + "\nA new closing paragraph.\n", encoding="utf-8")
    line = len(old.splitlines()) + 2
    result = stele("--project", site, "extract")
    assert result.output == (  # type: ignore[attr-defined]
        "wrote locales/kratom-muscle-soreness-relief.pot\nextract: 3 files, 1 written\n"
    )
    pot = (site / "locales" / "kratom-muscle-soreness-relief.pot").read_text(encoding="utf-8")
    assert '"POT-Creation-Date: 2026-11-01 12:00+0000\\n"' in pot
    assert f'#: source/kratom-muscle-soreness-relief.md:{line}\nmsgid "A new closing paragraph."' in pot


def test_template_syntax_error_is_reported_not_skipped(site: Path, stele: Callable[..., object]) -> None:
    write(site / "templates" / "broken.html", "<p>\n{% trans %}Hi {% for x in y %}{% endtrans %}\n")
    before = tree_bytes(site / "locales")
    result = stele("--project", site, "extract")
    assert result.exit_code == 2  # type: ignore[attr-defined]
    assert result.output.startswith("templates/broken.html:2: template syntax error:")  # type: ignore[attr-defined]
    assert tree_bytes(site / "locales") == before
