# ruff: noqa: E501  (the sentences, each on one line to be read and re-run as written)
""""2 x 500 mg" is a count of 500 mg, not "2 times" («2 таблетки по 500 мг» for "2 x 500 mg tablets" was an error:
unit changed times → tablet; now the bare 2 beside a count of tablets is a warning), and "2x a day" is twice: «2 раза
в день» for it was an error (modality adds twice). "2 x" says twice only with its rate ("a 2 x 2 table" says none)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from stele.rules.number_tokens import tokens
from stele.rules.numbers import number_problems
from tests.test_meaning_probe import Run
from tests.test_probe_seven import _findings


@pytest.mark.parametrize(("text", "read"), [
    ("2 x 500 mg", [(Decimal(2), None), (Decimal(500), "mg")]),
    ("2 × 500 mg", [(Decimal(2), None), (Decimal(500), "mg")]),
    ("2x a day", [(Decimal(2), "times")]),
    ("3 x daily", [(Decimal(3), "times")]),
])
def test_x_before_a_number_is_no_times(text: str, read: list[tuple[Decimal, str | None]]) -> None:
    assert [(q.low, q.unit) for q in tokens(text, "en")[0]] == read


def test_a_count_of_tablets_for_2_x_500_mg_is_a_warning() -> None:
    problems = number_problems("Take 2 x 500 mg tablets.", "Принимайте 2 таблетки по 500 мг.", target_locale="ru")
    assert [(p.severity, p.text) for p in problems] == [("warning", '"2" became "2 таблетки" (unit changed: none → tablet)')]


@pytest.mark.parametrize(("locale", "source", "text"), [
    ('ru', 'Take 2x a day.', 'Принимайте 2 раза в день.'),
    ('ru', 'Take 2 x daily.', 'Принимайте дважды в день.'),
    ('uk', 'Take 2× per day.', 'Приймайте двічі на день.'),
    ('ru', 'Print a 2 x 2 table.', 'Распечатайте таблицу 2 на 2.'),
])
def test_2x_with_its_rate_is_twice(locale: str, source: str, text: str, tmp_path: Path, stele: Run) -> None:
    assert _findings(stele, tmp_path, locale, source, text) == []


def test_another_count_of_times_is_an_error(tmp_path: Path, stele: Run) -> None:
    assert _findings(stele, tmp_path, "ru", "Take 2× per day.", "Принимайте трижды в день.") == [
        ("error", "modality", "translation loses “twice” (“2× per day”)"),
        ("error", "numbers", '"2×" became "трижды" (value changed: 2 → 3)')]
