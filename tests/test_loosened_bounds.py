"""A limit turned into a dose to exceed while another limit of the sentence stays: "Do not give more than 4 doses in 24
hours, and never give it for more than 3 days" → «Давайте больше 4 доз за 24 часа и никогда не давайте его дольше 3
дней» kept one at-most bound, so the classes matched and it passed (bench/tamper.py's one such tampering). A cap
that no negation denies and a positive imperative governs («давайте больше»: pymorphy3 reads the verb), where the
translation denies fewer caps than its source, is an error; a negation after a cap («Больше 4 доз не давайте») or
one said once for two caps («Не принимайте более 4 г в день и дольше 3 дней») still bounds them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_meaning_probe import Run
from tests.test_probe_seven import _findings, turns

DOSES = 'Do not give more than 4 doses in 24 hours, and never give it for more than 3 days.'
GRAMS = 'Do not take more than 4 g a day, and never take it for more than 3 days.'
FAITHFUL = [
    ('ru', DOSES, 'Не давайте больше 4 доз за 24 часа и никогда не давайте его дольше 3 дней.'),
    ('ru', DOSES, 'Больше 4 доз за 24 часа не давайте и никогда не давайте его дольше 3 дней.'),
    ('uk', DOSES, 'Не давайте більше 4 доз за 24 години і ніколи не давайте його довше 3 днів.'),
    ('uk', DOSES, 'Більше 4 доз за добу не давайте і ніколи не давайте його довше 3 днів.'),
    ('ru', GRAMS, 'Не принимайте более 4 г в день, и никогда не принимайте его дольше 3 дней.'),
    ('ru', 'Do not take more than 4 g a day, and do not use it for more than 3 days.',
     'Не принимайте более 4 г в день и дольше 3 дней.'),
    ('ru', 'Drink plenty of fluids and do not take more than 4 g a day.',
     'Пейте больше жидкости и не принимайте более 4 г в день.'),
    ('uk', 'Do not take more than 4 g a day.', 'Більше 4 г на добу не приймайте.'),
]


@pytest.mark.parametrize(("locale", "source", "text"), FAITHFUL)
def test_a_limit_kept_passes(locale: str, source: str, text: str, tmp_path: Path, stele: Run) -> None:
    assert [f for f in _findings(stele, tmp_path, locale, source, text) if f[0] == "error"] == []


def _turned(said: str, words: str) -> list[tuple[str, str, str]]:
    return turns('at-most', said, 'more-than', words)


TAMPERED = [
    ('ru', DOSES, 'Давайте больше 4 доз за 24 часа и никогда не давайте его дольше 3 дней.',
     _turned('not give more than', 'давайте больше')),
    ('uk', DOSES, 'Давайте більше 4 доз за 24 години і ніколи не давайте його довше 3 днів.',
     _turned('not give more than', 'давайте більше')),
    ('ru', GRAMS, 'Принимайте более 4 г в день, но никогда не принимайте его дольше 3 дней.',
     _turned('not take more than', 'принимайте более')),
    ('uk', GRAMS, 'Приймайте більше 4 г на добу, але ніколи не приймайте його довше 3 днів.',
     _turned('not take more than', 'приймайте більше')),
    ('ru', 'Do not take more than 4 g a day, and do not use it for more than 3 days.',
     'Используйте дольше 3 дней и не принимайте более 4 г в день.',
     _turned('not take more than', 'используйте дольше')),
]


@pytest.mark.parametrize(("locale", "source", "text", "errors"), TAMPERED)
def test_a_limit_turned_into_a_dose_to_exceed_is_an_error(locale: str, source: str, text: str,
                                                          errors: list[tuple[str, str, str]], tmp_path: Path,
                                                          stele: Run) -> None:
    assert [f for f in _findings(stele, tmp_path, locale, source, text) if f[1] == "modality"] == errors
