"""Typography for ru/uk: the rule warns on each broken convention, faithful typesetting passes, and stele fix
--typography changes only the translations it fixes, byte for byte."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import polib
import pytest
from click.testing import Result
from hypothesis import given, settings
from hypothesis import strategies as st

from stele.model import CheckSettings
from stele.po import Message
from stele.rules.typography import fixes_for, typeset

NBSP = "\u00a0"


def _fixed(locale: str, text: str, *, prepositions: bool = False) -> str:
    settings = CheckSettings(typography_prepositions=prepositions)
    return typeset(Message(msgid="x", msgstr=text), fixes_for(locale, settings))[0]


@pytest.mark.parametrize(
    ("locale", "text", "expected"),
    [
        ("ru", "Кратом — растение.", f"Кратом{NBSP}— растение."),
        ("ru", "Принимайте 1-3 г в день.", "Принимайте 1–3 г в день."),
        ("ru", "Средство \"от боли\" не лечит.", "Средство «от боли» не лечит."),
        ("ru", "Средство “от боли” не лечит.", "Средство «от боли» не лечит."),
        ("uk", "Пам'ятайте про дозу — 2,5-5 г.", f"Пам’ятайте про дозу{NBSP}— 2,5–5 г."),
        ("uk", "Зв`язок", "Зв’язок"),
    ],
)
def test_each_convention_is_fixed(locale: str, text: str, expected: str) -> None:
    assert _fixed(locale, text) == expected


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("ru", f"Кратом{NBSP}— растение; «так» и 1–3{NBSP}г."),  # already typeset
        ("ru", "Дата 2026-03-04, штамм COVID-19."),  # an ISO date and a name are no ranges
        ("ru", 'Ссылка <a href="https://example.org">тут</a> и [текст](https://e.org "заголовок").'),
        ("ru", 'Шаблон %(name)s "как есть" и {count}.'),
        ("uk", "Пам’ятайте і пам’ятайте."),
        ("en", 'A "quote" - 1-3 g.'),  # other locales: no conventions of stele's
    ],
)
def test_faithful_typesetting_and_what_is_not_text_are_left_alone(locale: str, text: str) -> None:
    assert _fixed(locale, text) == text


def test_one_letter_words_only_where_the_project_asks() -> None:
    assert _fixed("ru", "Кратом и я в доме.") == "Кратом и я в доме."
    assert _fixed("ru", "Кратом и я в доме.", prepositions=True) == f"Кратом и{NBSP}я{NBSP}в{NBSP}доме."
    assert _fixed("uk", "Ти і я в домі.", prepositions=True) == f"Ти і{NBSP}я в{NBSP}домі."


def test_the_rule_warns_and_fix_changes_only_those_translations(
    site: Path, stele: Callable[..., Result], tmp_path: Path
) -> None:
    po = site / "locales/uk/LC_MESSAGES/kratom-muscle-soreness-dosage.po"
    catalog = polib.pofile(str(po), wrapwidth=70)  # another tool's layout: fix must keep it, byte for byte
    entry = next(e for e in catalog if "1–3" in e.msgstr and f"{NBSP}—" in e.msgstr)
    entry.msgstr = entry.msgstr.replace(f"{NBSP}—", " —").replace("1–3", "1-3")
    catalog.save(str(po))
    before = po.read_bytes()
    check = stele("--project", site, "check", "--format", "json")
    found = [f for f in json.loads(check.stdout)["findings"] if f["rule"] == "typography"]
    assert check.exit_code == 0, check.stdout
    assert len(found) == 1 and found[0]["severity"] == "warning"
    assert found[0]["message"] == (
        "use a no-break space before an em dash, an en dash in a range of numbers (1–3, not 1-3); "
        "'stele fix --typography' makes the change"
    )
    result = stele("--project", site, "fix", "--typography")
    assert result.stdout == (
        "fixed locales/uk/LC_MESSAGES/kratom-muscle-soreness-dosage.po: 1 message\nfix: 1 file to fix, 1 written\n"
    )
    after = po.read_bytes()
    old_lines, new_lines = before.split(b"\n"), after.split(b"\n")
    start = next(i for i, (a, b) in enumerate(zip(old_lines, new_lines, strict=False)) if a != b)
    assert old_lines[:start] == new_lines[:start]
    tail_old = old_lines[start:]
    cut = next(i for i, line in enumerate(tail_old) if line == b"")  # the fixed msgstr ends at the blank line
    assert new_lines[len(new_lines) - (len(tail_old) - cut):] == tail_old[cut:]
    assert [f for f in json.loads(stele("--project", site, "check", "--format", "json").stdout)["findings"]
            if f["rule"] == "typography"] == []
    again = stele("--project", site, "fix", "--typography")
    assert again.stdout == "fix: 0 files to fix, 0 written\n" and po.read_bytes() == after


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="ab вк1-2—\"“”'`«»<{(%п.", max_size=24), st.sampled_from(["ru", "uk"]))
def test_the_fast_screen_never_hides_a_convention_the_pattern_finds(text: str, locale: str) -> None:
    """Each convention asks first whether a text holds one of the characters its pattern needs: a screen, so
    it must say yes wherever the pattern matches (else a broken convention would go unreported)."""
    for fix in fixes_for(locale, CheckSettings(typography_prepositions=True)):
        if fix.pattern.search(text):
            assert any(char in text for char in fix.needs), (fix.what, text)
