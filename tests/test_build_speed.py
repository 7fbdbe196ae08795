"""What the cold build's speed-ups must not change: foreign-script runs, Plural-Forms verdicts, pages."""

from __future__ import annotations

from collections.abc import Iterator

from hypothesis import given, settings
from hypothesis import strategies as st

from stele.po.plurals import read_plural_forms
from stele.site.scripts import MIN_LETTERS, _foreign_spans, char_script

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
