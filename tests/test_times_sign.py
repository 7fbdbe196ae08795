# ruff: noqa: E501  (the sentences, each on one line to be read and re-run as written)
""""2 x 500 mg" is a count of 500 mg, not "2 times" («2 таблетки по 500 мг» for "2 x 500 mg tablets" was an error:
unit changed times → tablet; now the bare 2 beside a count of tablets is a warning), and "2x a day" is twice: «2 раза
в день» for it was an error (modality adds twice). "2 x" says twice only with its rate ("a 2 x 2 table" says none). A range written with a tight ellipsis,
«двадцать...тридцать минут», "20…30", was an error (the range lost an end)."""

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


@pytest.mark.parametrize(("text", "read"), [
    ("двадцать...тридцать минут", [(Decimal(20), Decimal(30))]),
    ("20…30 минут", [(Decimal(20), Decimal(30))]),
    ("1... 2... 3", [(Decimal(1), None), (Decimal(2), None), (Decimal(3), None)]),  # counted, spaced: no range
    ("30...20 минут", [(Decimal(30), None), (Decimal(20), None)]),  # a range ascends
])
def test_a_tight_ellipsis_between_numbers_is_a_range(text: str, read: list[tuple[Decimal, Decimal | None]]) -> None:
    assert [(q.low, q.high) for q in tokens(text, "ru")[0]] == read


def test_a_range_with_an_ellipsis_is_compared_as_one(tmp_path: Path, stele: Run) -> None:
    source = "Wait 20-30 minutes before eating."
    assert _findings(stele, tmp_path, "ru", source, "Подождите двадцать...тридцать минут перед едой.") == []
    assert _findings(stele, tmp_path, "ru", source, "Подождите 20…40 минут перед едой.") == [
        ("error", "numbers", '"20-30 minutes" became "20…40 минут" (value changed: 20–30 → 20–40)')]
