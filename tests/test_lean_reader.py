"""The lean PO reader: on any text it either declines or reads exactly what the strict reader reads."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from stele.po import Catalog, Message, render_po
from stele.po.fast import lean_catalog
from stele.po.parts import parse_po_part
from stele.po.syntax import parse_po, parse_po_strict

from .conftest import REPO
from .test_msgfmt_agreement import CACHE

TEXTS = ["", "a", "кратом", 'say "hi"', "back\\slash", "tab\there", "two\nlines", "\n", "%(n)d mg", "  lead",
         "x" * 85 + " " + "y" * 10, "a\\nb", "#~ not obsolete", "msgid \"x\"", "\u2028sep", "bell\a", "nul-free"]
COMMENTS = ["paragraph", " spaced", "", "trailing  ", "#~ in a comment", "tab\t"]
FLAGS = [["fuzzy"], ["python-format"], ["fuzzy", "c-format"], ["no-wrap"], []]
LINES = ['msgid "dup"', 'msgstr "x"', '"continued"', "", "#, fuzzy", "#| msgid \"old\"", '#~ msgid "gone"',
         '#~ msgstr "ушло"', 'msgstr[0] "a"', 'msgstr[1] "b"', 'msgstr[3] "c"', 'msgid_plural "as"', "#~",
         'msgctxt "c"', "  ", "\r", 'msgid "\\101"', 'msgid "\\q"', '"unterminated', "junk", "#: f.md:1 g.md:2",
         "#. note", "# ", "\\", 'msgid "a\0b"', "#~| msgid \"old\"", '#~ "more"', "\ufeff", 'msgstr "x" ', "\t#. x"]


@st.composite
def messages(draw: st.DrawFn) -> Message:
    text = st.sampled_from(TEXTS)
    plural = draw(st.booleans())
    forms = draw(st.lists(text, min_size=1, max_size=3)) if plural else []
    has_previous = draw(st.booleans())
    return Message(
        msgid=draw(text), msgstr="" if plural else draw(text), msgctxt=draw(st.none() | text),
        msgid_plural=draw(text) if plural else None, msgstr_plural=forms,
        flags=list(draw(st.sampled_from(FLAGS))), comments=draw(st.lists(st.sampled_from(COMMENTS), max_size=2)),
        extracted=draw(st.lists(st.sampled_from(COMMENTS), max_size=2)),
        references=draw(st.lists(st.sampled_from(["a.md:1", "b/c.py:22", "x"]), max_size=4)),
        previous_msgid=draw(text) if has_previous else None,
        previous_msgctxt=draw(st.none() | text) if has_previous else None,
        previous_msgid_plural=draw(st.none() | text) if has_previous else None,
        obsolete=draw(st.booleans()),
    )


def _rendered(entries: list[Message]) -> str:
    catalog = Catalog()
    catalog.set_header({"Content-Type": "text/plain; charset=UTF-8", "Plural-Forms": "nplurals=2; plural=(n != 1);"})
    for entry in entries:
        catalog.append(entry)
    return render_po(catalog)


def _same_as_strict(text: str) -> Catalog | None:
    lean = lean_catalog(text)
    strict = parse_po_strict(text)
    assert lean is None or lean == strict
    assert parse_po(text) == strict
    return lean


READ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@READ
@given(st.lists(messages(), max_size=8))
def test_gnu_layout_is_read_lean_to_the_strict_readers_catalog(entries: list[Message]) -> None:
    text = _rendered(entries)
    lean = _same_as_strict(text)
    keys = [(m.msgctxt, m.msgid) for m in parse_po_strict(text).messages]
    if len(set(keys)) == len(keys):  # no duplicate definition: nothing the strict reader would report
        assert lean is not None
        assert lean_catalog(text.rstrip("\n")) == lean  # no newline at the end


@READ
@given(st.lists(messages(), max_size=6), st.lists(st.tuples(st.integers(0, 200), st.sampled_from(LINES)), max_size=4),
       st.lists(st.integers(0, 200), max_size=2))
@example([Message(msgid="a", msgstr="b", flags=["fuzzy"])], [(1, '#~ "more"')], [])
@example([Message(msgid="a", msgstr="b")], [(5, "#, fuzzy")], [])
@example([Message(msgid="a\0c", msgstr="b")], [(0, 'msgid "a\0b"\nmsgstr ""\n')], [])  # keys compared up to a NUL
def test_any_edit_is_declined_or_read_as_the_strict_reader_reads_it(
    entries: list[Message], inserted: list[tuple[int, str]], deleted: list[int]
) -> None:
    lines = _rendered(entries).split("\n")
    for at in deleted:
        if lines:
            del lines[at % len(lines)]
    for at, line in inserted:
        lines.insert(at % (len(lines) + 1), line)
    _same_as_strict("\n".join(lines))


@READ
@given(st.lists(messages(), min_size=1, max_size=6), st.integers(1, 5000))
def test_a_piece_is_read_lean_with_its_line_numbers(entries: list[Message], first_line: int) -> None:
    text = _rendered(entries)
    whole = parse_po_strict("\n" * (first_line - 1) + text)
    part = parse_po_part(text, first_line)
    if not whole.problems:
        assert part.clean and part.parsed == whole


def test_real_catalogs_are_read_lean() -> None:
    """The repository's catalogs and, when downloaded, every fifth of the real projects' (the msgfmt agreement's
    and the bench's corpora): all read lean but the few with a problem or another layout, to the same Catalog."""
    paths = sorted(REPO.glob("locales/**/*.po")) + sorted(CACHE.glob("*/**/*.po"))[::5]
    declined = []
    for path in paths:
        text = path.read_bytes().decode("utf-8", errors="replace")
        if _same_as_strict(text) is None and not parse_po_strict(text).problems:
            declined.append(path)
    assert len(declined) <= len(paths) // 50, declined[:5]


def test_each_field_lands_where_the_strict_reader_puts_it() -> None:
    text = _rendered([
        Message(msgid="one", msgid_plural="many", msgstr_plural=["x", "y\nz"], msgctxt="ctx", flags=["fuzzy"],
                comments=["who"], extracted=["note"], references=["a.md:1"], previous_msgid="on"),
        Message(msgid="gone", msgstr="ушло", obsolete=True, previous_msgid="gon"),
    ])
    lean = lean_catalog(text)
    assert lean is not None and lean == parse_po_strict(text)
    first, second = lean.entries
    assert (first.line, first.msgstr_line, first.msgstr_plural, first.previous_msgid) == (12, 14, ["x", "y\nz"], "on")
    assert (first.flags, first.comments, first.extracted) == (["fuzzy"], ["who"], ["note"])
    assert first.references == ["a.md:1"]
    assert (second.obsolete, second.previous_msgid, second.line) == (True, "gon", 20)
