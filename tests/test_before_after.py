# ruff: noqa: E501  (the sentences, each on one line to be read and re-run as written)
"""Misses found by tampering with a translated article (melatonin): «через полчаса после сна» for "30 minutes before
bedtime" passed (only a meal's time was compared: before ↔ after is now a swap for any time, «до сна», «перед», «після»;
a bare «до» is none, as it says "up to" too), and «может ослабить побочные эффекты» for "can make side effects worse"
(worse, worsen are increases; «ухудшить», «погіршити» too, «ослабить», «послабити» decreases)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_meaning_probe import Run
from tests.test_probe_seven import _findings

BEDTIME = 'Take 0.5-3 mg about 30 minutes before bedtime.'
DRIVE = 'Do not drive for 5 hours after taking it.'
WORSE = 'Avoid alcohol, as it can make side effects worse.'
FAITHFUL = [
    ('ru', BEDTIME, 'Принимайте 0,5–3 мг примерно за полчаса до сна.'),
    ('uk', BEDTIME, 'Приймайте 0,5–3 мг приблизно за пів години до сну.'),
    ('ru', 'Consult a doctor before use.', 'Перед применением проконсультируйтесь с врачом.'),
    ('uk', 'Consult a doctor before use.', 'Перш ніж застосовувати, порадьтеся з лікарем.'),
    ('ru', DRIVE, 'В течение 5 часов после приёма не садитесь за руль.'),
    ('uk', DRIVE, 'Протягом 5 годин після прийому не сідайте за кермо.'),
    ('ru', 'Take up to 4 g a day after surgery.', 'После операции принимайте до 4 г в сутки.'),
    ('ru', WORSE, 'Избегайте алкоголя: он может усилить побочные эффекты.'),
    ('ru', WORSE, 'Избегайте алкоголя: с ним побочные эффекты могут ухудшиться.'),
    ('uk', WORSE, 'Уникайте алкоголю: він може посилити побічні ефекти.'),
]


@pytest.mark.parametrize(("locale", "source", "text"), FAITHFUL)
def test_a_time_or_a_change_said_alike_passes(locale: str, source: str, text: str, tmp_path: Path, stele: Run) -> None:
    assert [f for f in _findings(stele, tmp_path, locale, source, text) if f[1] == "modality"] == []


def _turns(one: str, said: str, other: str, kept: str) -> list[tuple[str, str, str]]:
    return [('error', 'modality', f'translation turns “{one}” (“{said}”) into “{other}” (“{kept}”)')]


TAMPERED = [
    ('ru', BEDTIME, 'Принимайте 0,5–3 мг примерно через полчаса после сна.', _turns('before', 'before', 'after', 'после')),
    ('uk', BEDTIME, 'Приймайте 0,5–3 мг приблизно через пів години після сну.', _turns('before', 'before', 'after', 'після')),
    ('ru', 'Consult a doctor before use.', 'Проконсультируйтесь с врачом после применения.', _turns('before', 'before', 'after', 'после')),
    ('ru', DRIVE, 'За 5 часов до приёма не садитесь за руль.', _turns('after', 'after', 'before', 'до приема')),
    ('ru', WORSE, 'Избегайте алкоголя: он может ослабить побочные эффекты.', _turns('increases', 'worse', 'decreases', 'ослабить')),
    ('uk', WORSE, 'Уникайте алкоголю: він може послабити побічні ефекти.', _turns('increases', 'worse', 'decreases', 'послабити')),
]


@pytest.mark.parametrize(("locale", "source", "text", "errors"), TAMPERED)
def test_a_time_or_a_change_turned_is_an_error(locale: str, source: str, text: str,
                                              errors: list[tuple[str, str, str]], tmp_path: Path, stele: Run) -> None:
    assert [f for f in _findings(stele, tmp_path, locale, source, text) if f[1] == "modality"] == errors
