"""Fuzzing: the PO reader, the Markdown segmenter and the renderer never crash on any input."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from markupsafe import Markup

from stele.catalogs.segments import parse_article_body
from stele.catalogs.source import parse_article
from stele.errors import SteleError
from stele.po import Catalog, parse_po_bytes
from stele.po.reader import PORTABLE_CODECS, header_charset, lenient_codec
from stele.po.syntax import parse_po
from stele.site.render import NoTranslations, render_body

PO_PIECES = [
    'msgid ""',
    'msgstr ""',
    '"Content-Type: text/plain; charset=UTF-8\\n"',
    'msgid "a"',
    'msgstr "б"',
    'msgctxt "c"',
    'msgid_plural "as"',
    'msgstr[0] "x"',
    'msgstr[1] "y"',
    "#, fuzzy",
    '#| msgid "o"',
    '#~ msgid "gone"',
    '#~ msgstr "ушло"',
    '"continued"',
    '"unterminated',
    "#. note",
    "#: f.md:1",
    "",
    'msgstr[7] "z"',
    'msgid "\\q"',
    "junk",
    '"\\u043a"',
    "\ufeff",
    'msgid "\\x41\\101"',
]
MD_PIECES = [
    "# Head",
    "## Sub *em*",
    "Para with **bold** and [link](#a).",
    "- item",
    "1. one",
    "> quote",
    "<!-- stele: disclaimer box -->",
    "<!-- stele: nonsense -->",
    "| a | b |",
    "|---|---|",
    "| c | d |",
    "    code",
    "```",
    "<div>raw</div>",
    "---",
    "",
    "Text  ",
    "\\",
    "[x](javascript:alert(1))",
    "<script>",
    "u043au0440u0430",
    "* * *",
    "Setext\n===",
    "1-3 g",
]
FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(st.lists(st.sampled_from(PO_PIECES) | st.text(max_size=20), max_size=40), st.sampled_from(["utf-8", "latin-1"]))
@example(['msgid "a"', 'msgstr "b"', 'msgid "a"', 'msgstr "c"'], "utf-8")
def test_po_reader_reports_problems_and_never_crashes(lines: list[str], encoding: str) -> None:
    data = "\n".join(lines).encode(encoding, errors="replace")
    parsed = parse_po_bytes(data)
    total = data.count(b"\n") + 1
    assert all(1 <= problem.line <= total + 1 for problem in parsed.problems)  # EOF counts as a line
    assert all(message.line >= 0 for message in parsed.messages)


@FUZZ
@given(st.lists(st.sampled_from(MD_PIECES) | st.text(max_size=30), max_size=30))
def test_segmenter_and_renderer_never_crash(blocks: list[str]) -> None:
    text = "---\ntitle: T\ndescription: D\nslug: s\ndate: 2026-01-01\ntags: [health]\n---\n" + "\n\n".join(blocks)
    try:
        parsed = parse_article_body(parse_article(text, "source/s.md"))
    except SteleError as exc:
        assert str(exc).startswith("source/s.md")
        return
    lines = text.replace("\r\n", "\n").replace("\r", "\n").count("\n") + 1
    assert all(1 <= segment.line <= lines for segment in parsed.segments)
    html = render_body(parsed, NoTranslations(), source_lang="en")
    assert isinstance(html, Markup)
    assert "<script" not in html and 'href="javascript' not in html


@FUZZ
@given(st.text(max_size=200))
def test_front_matter_errors_are_clean(text: str) -> None:
    try:
        parse_article(text, "source/x.md")
    except SteleError as exc:
        assert str(exc).startswith("source/x.md")



CHARSETS = ["UTF-8", "utf-8 ", "ASCII", "ISO-8859-1", "KOI8-R", "CHARSET", "\u017fhift_jis", "UTF-16", ""]
BODY_PIECES = [*PO_PIECES, "é", 'msgstr "\\é"', 'msgid "\\303\\251"', "# Translator Ünal Çelik, 2024." * 40]


def _two_passes(data: bytes) -> Catalog:
    """How every file was read before the one-pass UTF-8 path: the charset from a Latin-1 prefix, then the text."""
    charset = header_charset(data)
    codec = PORTABLE_CODECS.get(charset.upper())
    if codec is None:
        lenient = lenient_codec(charset)
        return parse_po(data.decode(lenient, errors="replace"), codec=lenient)
    try:
        return parse_po(data.decode(codec), codec=codec)
    except UnicodeDecodeError:
        return parse_po(data.decode(codec, errors="surrogateescape"), undecodable=True, codec=codec)


@FUZZ
@given(st.lists(st.sampled_from(BODY_PIECES) | st.text(max_size=20), max_size=6), st.sampled_from(CHARSETS),
       st.lists(st.sampled_from(BODY_PIECES) | st.text(max_size=20), max_size=30),
       st.sampled_from(["utf-8", "latin-1"]))
@example([], "ISO-8859-1", ['msgid "a"', 'msgstr "é"'], "utf-8")
@example(["\ufeff" + "# Ünal" * 300], "UTF-8", ['msgid "a"', 'msgstr "é"'], "utf-8")
def test_one_pass_utf8_reading_is_the_two_pass_reading(
    before: list[str], charset: str, after: list[str], encoding: str
) -> None:
    header = ['msgid ""', 'msgstr ""', f'"Content-Type: text/plain; charset={charset}\\n"'] if charset else []
    data = "\n".join([*before, *header, *after]).encode(encoding, errors="replace")
    assert parse_po_bytes(data) == _two_passes(data)
