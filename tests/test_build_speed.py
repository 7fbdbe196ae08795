"""What the cold build's speed-ups must not change: foreign-script runs, Plural-Forms verdicts, inline tokens,
pages."""

from __future__ import annotations

import re
import shutil
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stele.catalogs.segments import parse_article_body
from stele.catalogs.source import read_article
from stele.config import load_config
from stele.inline import inline_tokens
from stele.links import safe_link
from stele.po.plurals import read_plural_forms
from stele.site.render import NoTranslations, render_body
from stele.site.scripts import MIN_LETTERS, _foreign_spans, char_script

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

TEXT = st.text(st.sampled_from("abcXYZé кирБДЖ αβγ 日本 ١٢ 7-.,\u2010\u2011!\ue000"), max_size=30)


def _spans_letter_by_letter(text: str, home: str) -> Iterator[tuple[int, int, str]]:
    """The reference: one letter at a time, a stretch of one script running over what is not a letter."""
    begin = end = -1
    script, letters = "", 0
    for index, char in enumerate(text):
        found = char_script(char)
        if not found:
            continue
        if found == script:
            end, letters = index + 1, letters + 1
            continue
        if script and script != home and letters >= MIN_LETTERS:
            yield begin, end, script
        script, begin, end, letters = found, index, index + 1, 1
    if script and script != home and letters >= MIN_LETTERS:
        yield begin, end, script


@settings(max_examples=400, derandomize=True)
@given(TEXT, st.sampled_from(["Latn", "Cyrl", "Grek", "Arab", ""]))
def test_foreign_runs_are_those_found_letter_by_letter(text: str, home: str) -> None:
    assert list(_foreign_spans(text, home)) == list(_spans_letter_by_letter(text, home))


def test_plural_forms_read_from_a_whole_header_as_from_the_field_alone() -> None:
    """Catalogs share an expression's verdict, however their headers differ around it."""
    field = "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);"
    header = f"Project-Id-Version: a\\nPOT-Creation-Date: 2026-01-01\\nPlural-Forms: {field}\\nX-Other: n\\n"
    assert read_plural_forms(header.replace("\\n", "\n")) == read_plural_forms(field)
    assert read_plural_forms(field).ok and read_plural_forms(field).often == (True, True, True)
    wrong = read_plural_forms("nplurals=2; plural=n%3;\nX: y")
    assert wrong.problems == ("nplurals = 2 but the plural expression gives 2 (for n = 2)",)
    assert read_plural_forms("nplurals=2; plural=n!=1 garbage;").problems[0].startswith("invalid plural expression")


MARKDOWN = st.text(st.sampled_from("ab é к *_`[]()!<>&;#\\~\n\r\0 :/.-xh1=\"'"), max_size=40)
LINKS = st.sampled_from(["[a](https://x.org)", "![i](p.png)", "<https://x.org>", "[j](javascript:x)",
                         "<em>e</em>", "![a\\*b](p.png)", "&amp;", "&#35;", "`c`", "**b**", "\\*", "a  \nb"])


def _parsers() -> list[MarkdownIt]:
    from markdown_it import MarkdownIt

    from stele.rules.markup import _markup_md
    from stele.site.render import page_parser

    typographer = MarkdownIt("commonmark", {"typographer": True}).enable(["replacements", "smartquotes"])
    return [page_parser(), _markup_md(), MarkdownIt("commonmark").enable("strikethrough"), typographer]


@settings(max_examples=600, derandomize=True)
@given(st.lists(st.one_of(MARKDOWN, LINKS), max_size=4).map("".join))
def test_inline_tokens_are_those_of_parse_inline(text: str) -> None:
    """The renderer's and the markup rule's inline parse, shortcuts and all, gives parseInline's very tokens."""
    for md in _parsers():
        expected = md.parseInline(text)[0].children or []
        found = inline_tokens(md, text)
        assert [t.as_dict() for t in found] == [t.as_dict() for t in expected]
        assert md.renderer.render(found, md.options, {}) == md.renderer.render(expected, md.options, {})


SCHEMES = st.sampled_from(["https://x.org", "ftp://x", "javascript:x", "data:image/png;base64,AA", "vbscript:x",
                           "file:///x", "#a", "a/b", "mailto:a@b", "JAVASCRIPT:x", "ja%0Avascript:x", ""])


@settings(max_examples=500, derandomize=True)
@given(st.lists(st.one_of(MARKDOWN, LINKS, st.builds("[{}]({})".format, MARKDOWN, SCHEMES),
                          st.builds("![{}]({})".format, MARKDOWN, SCHEMES)), max_size=4).map("".join))
def test_page_takes_the_markup_rules_tokens_only_as_it_would_parse_them(text: str) -> None:
    """The markup rule's parse of a translation, kept for the page: the page gets its own parse's very tokens."""
    from stele.inline import _KEPT, page_md
    from stele.rules.markup import _markup_md

    _KEPT.clear()
    rule = inline_tokens(_markup_md(), text, keep_for=page_md())
    assert [t.as_dict() for t in rule] == [t.as_dict() for t in _markup_md().parseInline(text)[0].children or []]
    page = inline_tokens(page_md(), text)
    assert [t.as_dict() for t in page] == [t.as_dict() for t in page_md().parseInline(text)[0].children or []]
    assert "validateLink" not in vars(_markup_md()) and vars(page_md())["validateLink"] is safe_link


def test_pages_of_one_parsed_article_do_not_share_attributes(tmp_path: Path) -> None:
    """Rendering an article in one locale (a fallback paragraph's lang, a numeric column's class) leaves the
    parsed article as it was for the next locale's page."""
    source = tmp_path / "a.md"
    source.write_text("---\ntitle: T\nslug: a\ndescription: D\ndate: 2024-01-01\nupdated: 2024-01-02\ntags: [x]\n"
                      "---\n\nHello *world*.\n\n| Dose | Amount |\n| ---: | ---: |\n| a | 5 mg |\n| b | 10 mg |\n",
                      encoding="utf-8")
    parsed = parse_article_body(read_article(source, display="a.md", health_tags=()))

    class Everything:
        def lookup(self, message: str, context: str | None = None) -> str | None:
            return f"X{message}"

        def lookup_plural(self, singular: str, plural: str, n: int, context: str | None = None) -> str | None:
            return None

    first = render_body(parsed, Everything(), source_lang="en", lang="ru")
    render_body(parsed, NoTranslations(), source_lang="en", lang="ru")
    again = render_body(parsed, Everything(), source_lang="en", lang="ru")
    assert again == first
    assert 'class="num"' in first and 'lang="en"' not in first


@settings(max_examples=400, derandomize=True)
@given(st.text(st.sampled_from("ajJ:/#?. \t\n\x00\x1f\x7f\u200b\u00adé%vbscript"), max_size=20))
def test_safe_link_as_with_every_control_character_dropped(url: str) -> None:
    cleaned = "".join(ch for ch in url if not unicodedata.category(ch).startswith("C")).strip()
    scheme = re.match(r"^\s*[a-zA-Z][a-zA-Z0-9+.-]*:", cleaned)
    assert safe_link(url) == (not scheme or bool(re.match(r"(?i)(https?:|mailto:)", cleaned)))


@pytest.mark.parametrize("where", ["locales/ru/LC_MESSAGES/a.po", "stele.toml", "public/ru/a/index.html", "../x.po",
                                   "locales/../source/a.md", "linked/a.po", "locales/link.po"])
def test_paths_shown_relative_as_resolved(tmp_path: Path, where: str) -> None:
    """Config.relative's folder cache shows each path as resolving it whole does, symbolic links and all."""
    root = tmp_path / "proj"
    (root / "locales/ru/LC_MESSAGES").mkdir(parents=True)
    (tmp_path / "elsewhere").mkdir()
    (root / "linked").symlink_to(tmp_path / "elsewhere")
    (root / "locales/link.po").symlink_to(root / "locales/ru/LC_MESSAGES/a.po")
    shutil.copy(Path(__file__).parent.parent / "stele.toml", root / "stele.toml")
    config = load_config(root)
    path = config.root / where
    try:
        expected = path.resolve().relative_to(config.root.resolve()).as_posix()
    except ValueError:
        expected = str(path)
    assert config.relative(path) == expected
    assert config.relative(path) == expected  # cached folder
