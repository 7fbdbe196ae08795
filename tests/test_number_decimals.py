# ruff: noqa: E501  (the sentences, each on one line to be read and re-run as written)
"""Decimals written in words: «ноль целых пять десятых миллилитра» for "0.5 ml" was an error (0.5 missing, 0 and 5
added), as were «один кома п’ять грама» and "zero point five ml". A decimal in words is read as one number where
num2words' own names of a sample of decimals read back as those decimals (ru, uk, en, pl, cs); without a word for its
places («десятых»), only with a zero before the point or a unit after it ("at one point two patients" stays two
numbers). A changed decimal stays an error naming both values."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from num2words import num2words

from stele.rules.number_decimals import decimal_words
from stele.rules.number_tokens import tokens
from tests.test_meaning_probe import Run
from tests.test_probe_seven import _findings

FAITHFUL = [
    ('ru', 'Each dose contains 0.5 ml.', 'Каждая доза содержит ноль целых пять десятых миллилитра.'),
    ('ru', 'Take 1.5 g a day.', 'Принимайте одну целую пять десятых грамма в день.'),
    ('ru', 'Do not exceed 2.25 mg a day.', 'Не превышайте две целых двадцать пять сотых миллиграмма в день.'),
    ('ru', 'The tablet contains 0.1 g.', 'Таблетка содержит ноль целых одну десятую грамма.'),
    ('ru', 'Take 0.05 mg.', 'Принимайте ноль целых пять сотых миллиграмма.'),
    ('ru', 'Do not take more than 1.5 g a day.', 'Не принимайте более одной целой пяти десятых грамма в день.'),
    ('uk', 'Each dose contains 0.5 ml.', 'Кожна доза містить нуль кома п’ять мілілітра.'),
    ('uk', 'Take 1.5 g a day.', 'Приймайте один кома п’ять грама на день.'),
    ('uk', 'Do not exceed 2.25 mg a day.', 'Не перевищуйте дві кома двадцять п’ять міліграма на день.'),
    ('uk', 'Take 1.05 mg.', 'Приймайте один кома нуль п’ять міліграма.'),
    ('uk', 'Take 0.125 mg.', 'Приймайте нуль кома сто двадцять п’ять міліграма.'),
    ('en', 'Принимайте 0,5 мл.', 'Take zero point five ml.'),
]


@pytest.mark.parametrize(("locale", "source", "text"), FAITHFUL[:-1])
def test_a_decimal_in_words_of_its_value_passes_every_rule(locale: str, source: str, text: str, tmp_path: Path,
                                                          stele: Run) -> None:
    assert _findings(stele, tmp_path, locale, source, text) == []


TAMPERED = [
    ('ru', 'Each dose contains 0.5 ml.', 'Каждая доза содержит ноль целых три десятых миллилитра.',
     [('error', 'numbers', '"0.5 ml" became "ноль целых три десятых миллилитра" (value changed: 0.5 → 0.3)')]),
    ('ru', 'Take 1.5 g a day.', 'Принимайте одну целую пять сотых грамма в день.',
     [('error', 'numbers', '"1.5 g" became "одну целую пять сотых грамма" (value changed: 1.5 → 1.05)')]),
    ('ru', 'Do not exceed 2.25 mg a day.', 'Не превышайте три целых двадцать пять сотых миллиграмма в день.',
     [('error', 'numbers', '"2.25 mg" became "три целых двадцать пять сотых миллиграмма" (value changed: 2.25 → 3.25)')]),
    ('ru', 'Take 0.05 mg.', 'Принимайте ноль целых пять десятых миллиграмма.',
     [('error', 'numbers', '"0.05 mg" became "ноль целых пять десятых миллиграмма" (value changed: 0.05 → 0.5)')]),
    ('ru', 'The tablet contains 0.1 g.', 'Таблетка содержит одну целую одну десятую грамма.',
     [('error', 'numbers', '"0.1 g" became "одну целую одну десятую грамма" (value changed: 0.1 → 1.1)')]),
    ('uk', 'Take 1.5 g a day.', 'Приймайте два кома п’ять грама на день.',
     [('error', 'numbers', '"1.5 g" became "два кома п’ять грама" (value changed: 1.5 → 2.5)')]),
    ('uk', 'Each dose contains 0.5 ml.', 'Кожна доза містить нуль кома нуль п’ять мілілітра.',
     [('error', 'numbers', '"0.5 ml" became "нуль кома нуль п’ять мілілітра" (value changed: 0.5 → 0.05)')]),
    ('uk', 'Do not exceed 2.25 mg a day.', 'Не перевищуйте дві кома тридцять п’ять міліграма на день.',
     [('error', 'numbers', '"2.25 mg" became "дві кома тридцять п’ять міліграма" (value changed: 2.25 → 2.35)')]),
    ('uk', 'Take 1.05 mg.', 'Приймайте один кома п’ять міліграма.',
     [('error', 'numbers', '"1.05 mg" became "один кома п’ять міліграма" (value changed: 1.05 → 1.5)')]),
    ('uk', 'Take 0.125 mg.', 'Приймайте нуль кома двісті двадцять п’ять міліграма.',
     [('error', 'numbers', '"0.125 mg" became "нуль кома двісті двадцять п’ять міліграма" (value changed: 0.125 → 0.225)')]),
]


@pytest.mark.parametrize(("locale", "source", "text", "errors"), TAMPERED)
def test_a_decimal_in_words_of_another_value_is_reported(locale: str, source: str, text: str,
                                                        errors: list[tuple[str, str, str]], tmp_path: Path,
                                                        stele: Run) -> None:
    assert _findings(stele, tmp_path, locale, source, text) == errors


@pytest.mark.parametrize(("locale", "text", "values"), [
    ("ru", "ноль целых пять десятых миллилитра", [("0.5", None)]),
    ("ru", "одна целая пять десятых", [("1.5", None)]),  # a word for its places: read with no unit after it
    ("ru", "ноль целых одна тысячная", [("0.001", None)]),
    ("ru", "пять целых", [("5", None)]),  # no fraction: no decimal
    ("ru", "ноль целых пять", [("0", None), ("5", None)]),  # no word for its places
    ("uk", "нуль кома п’ять", [("0.5", None)]),  # a zero before the point
    ("uk", "один кома п’ять грама", [("1.5", None)]),  # a unit after it
    ("uk", "один кома п’ять", [("1", None), ("5", None)]),  # neither: «кома» may be a coma, or a comma
    ("uk", "Кома триває два дні", [("2", None)]),
    ("en", "zero point five ml", [("0.5", None)]),
    ("en", "one point two five grams", [("1.25", None)]),
    ("en", "At one point two patients left.", [("1", None), ("2", None)]),  # no unit, no zero: not a decimal
    ("en", "one point\nfive grams", [("1", None), ("5", None)]),  # a line break parts them
    ("pl", "zero przecinek pięć grama", [("0.5", None)]),
    ("cs", "jedna celá pět gramu", [("1.5", None)]),
])
def test_a_decimal_is_read_only_where_it_is_one(locale: str, text: str, values: list[tuple[str, str | None]]) -> None:
    found, _ = tokens(text, locale)
    assert [(str(q.low), None if q.high is None else str(q.high)) for q in found] == values


@pytest.mark.parametrize(("language", "spelled"), [("ru", True), ("uk", True), ("en", True), ("pl", True),
                                                   ("cs", True), ("fr", False), ("de", False), ("es", False)])
def test_decimals_are_read_where_num2words_names_read_back(language: str, spelled: bool) -> None:
    """French, German, Spanish: their compounds are not read (``compounding``), so neither are their decimals."""
    assert (decimal_words(language) is not None) is spelled


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["ru", "uk", "en", "pl", "cs"]), st.integers(1, 9999), st.integers(1, 3))
def test_any_decimal_num2words_writes_reads_back_as_itself(language: str, digits: int, places: int) -> None:
    value = Decimal(digits).scaleb(-places)
    words = num2words(value, lang=language)
    found, _ = tokens(f"{words} mg", language)
    assert [(q.low, q.high) for q in found] == [(value, None)], words
