"""The fast line-breaking path lays out every text exactly as the general path and GNU msgcat."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from stele.po import read_po, render_po
from stele.po.wrap import directive_spans, layout, layout_general
from stele.po.writer import _DIRECTIVES, _ESCAPES, PAGE_WIDTH

PIECES = [
    "слово",
    "перевод",
    "Сектиона",
    "word",
    "Remedies",
    "348",
    "mg",
    "2,5",
    "3.14",
    "x",
    " ",
    "  ",
    " ",
    ", ",
    ". ",
    "; ",
    ": ",
    "!",
    "?",
    "-",
    "—",
    "–",
    "…",
    "/",
    "|",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    "«",
    "»",
    "„",
    "“",
    "”",
    "'",
    '"',
    "\\",
    "\n",
    "\t",
    "\r",
    "$",
    "%",
    "+",
    "€",
    "№",
    "°",
    "\u00a0",
    "\u202f",
    "\u00ad",
    "\u2060",
    "https://example.org/path/to-page?q=1&x=2",
    "a" * 90,
    "ж" * 75,
    "漢字",
    "。",
    "、",
    "e\u0301",
    "й\u0306",
    "\u0483",
    "²",
    "_",
    "@",
    "#",
    "=",
    "<b>",
    "%(name)s",
    "{count}",
]
texts = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)
# Runs that land right around the 79-column boundary.
edges = st.tuples(st.integers(60, 80), st.integers(0, 12), st.sampled_from(PIECES)).map(
    lambda t: "я" * t[0] + " " + "b" * t[1] + t[2]
)
needs_gettext = pytest.mark.skipif(shutil.which("msgcat") is None, reason="GNU gettext is not installed")


@settings(max_examples=800, deadline=None)
@given(st.one_of(texts, edges, st.text(max_size=120)), st.integers(55, 77))
@example("", 70)
@example("a\n\n  b\n", 70)
@example("слово —слово " * 8, 70)
def test_fast_path_matches_general_path(value: str, first_width: int) -> None:
    room = PAGE_WIDTH - 2
    assert layout(value, _ESCAPES, room, first_width) == layout_general(value, _ESCAPES, room, first_width)
    assert layout(value, _ESCAPES, room - 3, first_width) == layout_general(value, _ESCAPES, room - 3, first_width)


DIRECTIVES = ["%s", "%d", "%5.2f", "% d", "%-10s", "%1$s", "%(name)s", "%(count)d", "%%", "{count}", "{0}", "{{",
              "}}", "{a b}", "{\n}", "%<PRIu64>", "%lu"]
formatted = st.lists(st.sampled_from(PIECES + DIRECTIVES * 3), max_size=60).map("".join)
FORMATS = st.lists(st.sampled_from(sorted(_DIRECTIVES)), min_size=1, max_size=2, unique=True)


@settings(max_examples=800, deadline=None)
@given(st.one_of(formatted, st.text(max_size=120)), FORMATS, st.integers(55, 77))
@example("сто " * 17 + "%(count)d штук", ["python"], 70)
@example("слово " * 12 + "{a\nb} " * 3, ["python-brace"], 70)
def test_fast_path_keeps_directives_whole_as_general_path(value: str, formats: list[str], first_width: int) -> None:
    """A message with a format flag: the fast path never breaks a line inside a directive, as the general path."""
    patterns = [_DIRECTIVES[name] for name in formats]
    room = PAGE_WIDTH - 2
    for width in (room, room - 3):
        general = layout_general(value, _ESCAPES, width, first_width, directive_spans(value, patterns))
        assert layout(value, _ESCAPES, width, first_width, patterns=patterns) == general


# Narrow lines: most of them end in a run of spaces, a word longer than the line, or a directive.
SPACED = st.lists(st.sampled_from(["  ", "   ", " ", "a" * 12, "слово", "—", "-", "(x)", "%(n)s", "{n}", ", "]),
                  max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(SPACED, st.integers(3, 30), FORMATS)
@example("ab   " * 6, 4, ["c"])
@example("x " + " " * 10 + "y" * 20 + " z", 5, ["python"])
def test_fast_path_matches_general_path_on_narrow_lines(value: str, width: int, formats: list[str]) -> None:
    """A line's last break is found backing off from its end: the same lines as the general path when runs of
    spaces, overlong words and directives meet the line's end."""
    patterns = [_DIRECTIVES[name] for name in formats]
    general = layout_general(value, _ESCAPES, width, width - 2, directive_spans(value, patterns))
    assert layout(value, _ESCAPES, width, width - 2, patterns=patterns) == general
    assert layout(value, _ESCAPES, width, width - 2) == layout_general(value, _ESCAPES, width, width - 2)


GENERATE = Path(__file__).resolve().parent.parent / "bench" / "generate.py"


@needs_gettext
def test_fast_path_matches_msgcat(tmp_path: Path) -> None:
    """On a generated benchmark catalog (Latin and Cyrillic prose), the writer's output is msgcat's."""
    subprocess.run([sys.executable, str(GENERATE), "-n", "2000", "-o", str(tmp_path)], check=True, capture_output=True)
    bench = tmp_path / "ru_2000.po"
    ours = tmp_path / "ours.po"
    ours.write_text(render_po(read_po(bench)), encoding="utf-8")
    subprocess.run(["msgcat", "-o", str(tmp_path / "gnu.po"), str(ours)], check=True)
    assert ours.read_bytes() == (tmp_path / "gnu.po").read_bytes()
