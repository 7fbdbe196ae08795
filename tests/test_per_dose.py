"""A dose per dose said as a dose per time, or the other way: "15 mg/kg per dose" → «15 мг/кг в сутки» is a day's dose
a quarter of what it should be, or four doses in one (bench/tamper.py's «в час» for "per dose" passed: the numbers
rule compares a rate only where the source has one). Each text's words for a dose at a time (per dose, «на приём»,
«за раз») and for a time (a day, «в сутки», «на добу»): the one said and not the other turned into the other and not
the one is an error on a disclaimer; a text that says both ("500 mg per dose, up to 4 times a day") is compared by its
numbers, and a translation that says neither («по 15 мг/кг») loses nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_meaning_probe import Run
from tests.test_probe_seven import _findings, turns

PER_DOSE = 'Give 15 mg/kg per dose.'
AT_A_TIME = 'Take 2 tablets at a time.'
BOTH = 'Take 500 mg per dose, up to 4 times a day.'
DAILY = 'Do not take more than 60 mg/kg a day.'
FAITHFUL = [
    ('ru', PER_DOSE, 'Давайте 15 мг/кг на приём.'),
    ('ru', PER_DOSE, 'Давайте по 15 мг/кг.'),
    ('ru', PER_DOSE, 'Разовая доза — 15 мг/кг.'),
    ('uk', PER_DOSE, 'Давайте 15 мг/кг на один прийом.'),
    ('uk', PER_DOSE, 'Давайте по 15 мг/кг.'),
    ('ru', AT_A_TIME, 'Принимайте по 2 таблетки за раз.'),
    ('uk', AT_A_TIME, 'Приймайте по 2 таблетки за один прийом.'),
    ('ru', BOTH, 'Принимайте по 500 мг до 4 раз в сутки.'),
    ('uk', BOTH, 'Приймайте по 500 мг до 4 разів на добу.'),
    ('ru', DAILY, 'Не принимайте более 60 мг/кг в сутки.'),
    ('uk', DAILY, 'Не приймайте більше ніж 60 мг/кг на добу.'),
]


@pytest.mark.parametrize(("locale", "source", "text"), FAITHFUL)
def test_a_dose_kept_per_dose_or_per_time_passes(locale: str, source: str, text: str, tmp_path: Path,
                                                 stele: Run) -> None:
    assert [f for f in _findings(stele, tmp_path, locale, source, text) if f[0] == "error"] == []


TAMPERED = [
    ('ru', PER_DOSE, 'Давайте 15 мг/кг в сутки.', turns('per-dose', 'per dose', 'per-time', 'в сутки')),
    ('ru', PER_DOSE, 'Давайте 15 мг/кг в час.', turns('per-dose', 'per dose', 'per-time', 'в час')),
    ('uk', PER_DOSE, 'Давайте 15 мг/кг на добу.', turns('per-dose', 'per dose', 'per-time', 'на добу')),
    ('ru', AT_A_TIME, 'Принимайте по 2 таблетки в день.', turns('per-dose', 'at a time', 'per-time', 'в день')),
    ('uk', AT_A_TIME, 'Приймайте по 2 таблетки щодня.', turns('per-dose', 'at a time', 'per-time', 'щодня')),
    ('ru', DAILY, 'Не принимайте более 60 мг/кг за один приём.',
     turns('per-time', 'a day', 'per-dose', 'за один прием')),
    ('uk', DAILY, 'Не приймайте більше ніж 60 мг/кг за один прийом.',
     turns('per-time', 'a day', 'per-dose', 'за один прийом')),
]


@pytest.mark.parametrize(("locale", "source", "text", "errors"), TAMPERED)
def test_a_dose_per_dose_turned_per_time_is_an_error(locale: str, source: str, text: str,
                                                     errors: list[tuple[str, str, str]], tmp_path: Path,
                                                     stele: Run) -> None:
    assert [f for f in _findings(stele, tmp_path, locale, source, text) if f[1] == "modality"] == errors
