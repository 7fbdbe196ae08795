"""Who a dose or a claim is for, turned: "Melatonin may help adults fall asleep" → «Мелатонин может помочь детям
уснуть» passed (bench/tamper.py; coverage reads disclaimers only, and "children" is no term of the source). Adults
said and children not, turned into children said and adults not (or back), is an error on a disclaimer; a text that
names both («Взрослым и детям старше 12 лет») or neither («пациентам старше 18 лет») turns nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_meaning_probe import Run
from tests.test_probe_seven import _findings, turns

SLEEP = 'Melatonin may help adults fall asleep.'
UNDER_SIX = 'Not recommended for children under 6.'
FAITHFUL = [
    ('ru', SLEEP, 'Мелатонин может помочь взрослым уснуть.'),
    ('uk', SLEEP, 'Мелатонін може допомогти дорослим заснути.'),
    ('ru', SLEEP, 'Мелатонин может помочь взрослым людям заснуть.'),
    ('ru', 'Adults and children over 12: 1 tablet.', 'Взрослым и детям старше 12 лет: 1 таблетка.'),
    ('uk', 'Adults and children over 12: 1 tablet.', 'Дорослим і дітям старше 12 років: 1 таблетка.'),
    ('ru', UNDER_SIX, 'Не рекомендуется детям младше 6 лет.'),
    ('uk', UNDER_SIX, 'Не рекомендовано дітям до 6 років.'),
    ('ru', 'The usual dose for adults is 500 mg.', 'Обычная доза для пациентов старше 18 лет — 500 мг.'),
]


@pytest.mark.parametrize(("locale", "source", "text"), FAITHFUL)
def test_the_same_people_pass(locale: str, source: str, text: str, tmp_path: Path, stele: Run) -> None:
    assert [f for f in _findings(stele, tmp_path, locale, source, text) if f[0] == "error"] == []


TAMPERED = [
    ('ru', SLEEP, 'Мелатонин может помочь детям уснуть.', turns('adults', 'adults', 'children', 'детям')),
    ('uk', SLEEP, 'Мелатонін може допомогти дітям заснути.', turns('adults', 'adults', 'children', 'дітям')),
    ('ru', SLEEP, 'Мелатонин может помочь подросткам уснуть.',
     turns('adults', 'adults', 'children', 'подросткам')),
    ('ru', UNDER_SIX, 'Не рекомендуется взрослым младше 6 лет.',
     turns('children', 'children', 'adults', 'взрослым')),
    ('uk', UNDER_SIX, 'Не рекомендовано дорослим до 6 років.', turns('children', 'children', 'adults', 'дорослим')),
]


@pytest.mark.parametrize(("locale", "source", "text", "errors"), TAMPERED)
def test_adults_turned_children_is_an_error(locale: str, source: str, text: str, errors: list[tuple[str, str, str]],
                                            tmp_path: Path, stele: Run) -> None:
    assert [f for f in _findings(stele, tmp_path, locale, source, text) if f[1] == "modality"] == errors
