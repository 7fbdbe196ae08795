# ruff: noqa: E501  (the probe's sentences, each on one line to be read and re-run as written)
"""A fourteenth probe: "Non-drug approaches" → «Немедикаментозные методы» was a coverage error (the source's "drug"
read as a warning about medication; a term glued after "non-" names none); a translation that drops the source's
real mention of drugs stays one. A risk's size said after its noun turned the other way ("the risk is higher" →
«риск ниже», «ризик нижчий», «у курильщиков ниже риск» for "a higher risk") was no finding; it is a swap now, as
one said before its noun («более низкой дозы») was (none in a text that compares with than/чем/ніж). A group named
by its age after a negation («Не рекомендовано людям віком понад 65 років») was two errors (the «понад» read as a
limit the «не» denies); a limit in years («Не принимайте препарат свыше 5 лет») stays one. «двома дозами» for "in 2
doses" was an error (twice lost). "over 10,000" was read as turned into the «С 2019 года» of "Since 2019" (a bound
on another number is a change only where that number is none of the source's); «с 2010 по 2020 год» lost a range's
end (ru «с … по», uk «з … по» are range words); «65 лет и старше» for "65 and over" added at-least ("and over",
"and older", "and above", "and up" say it). A bound turned on a number in words («менее десяти тысяч» for "over
10,000", «Более пяти» for "less than 5") was no finding: a bare number in words is bounded as one in digits is (not a
one or a fraction: «з половини дози», «з одного боку»)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_meaning_probe import Run
from tests.test_probe_seven import _findings

_MEDICATION = [("error", "coverage", "disclaimer translation does not mention what its source warns about: medication (e.g. лекарство, лекарственный, препарат); translate every safety term")]

FAITHFUL = [
    ('ru', 'Non-drug approaches such as stretching and rest help most people.', 'Немедикаментозные методы, такие как растяжка и отдых, помогают большинству людей.'),
    ('uk', 'Non-drug approaches such as stretching help.', 'Немедикаментозні методи, як-от розтяжка, допомагають.'),
    ('ru', 'Non-drug approaches help, but ask your doctor before combining drugs.', 'Немедикаментозные методы помогают, но перед сочетанием лекарств посоветуйтесь с врачом.'),
    ('ru', 'In older adults the risk is higher.', 'У пожилых людей риск выше.'),
    ('uk', 'In older adults the risk is higher.', 'У літніх людей ризик вищий.'),
    ('ru', 'Smokers have a higher risk of side effects.', 'У курильщиков выше риск побочных эффектов.'),
    ('ru', 'The risk is lower when taken with food.', 'Риск ниже при приёме во время еды.'),
    ('uk', 'The risk is lower when taken with food.', 'Ризик нижчий, якщо приймати під час їди.'),
    ('ru', 'Taking it with alcohol increases the risk.', 'При приёме с алкоголем риск выше.'),
    ('ru', 'Taking it with food reduces the risk.', 'При приёме с едой риск ниже.'),
    ('en', 'In older adults the risk is higher.', 'In older adults, the risks are greater.'),
    ('uk', 'Not recommended for people over 65.', 'Не рекомендовано людям віком понад шістдесят п’ять років.'),
    ('uk', 'Not recommended for people over 65.', 'Не рекомендовано пацієнтам понад 65 років.'),
    ('ru', 'Not recommended for people over 65.', 'Не рекомендуется лицам в возрасте свыше 65 лет.'),
    ('ru', 'Do not take it for more than 5 years.', 'Не принимайте препарат свыше 5 лет.'),
    ('uk', 'Do not take it for more than 5 years.', 'Не приймайте понад 5 років.'),
    ('uk', 'The vaccine is given in 2 doses 21 days apart.', 'Вакцину вводять двома дозами з інтервалом у двадцять один день.'),
    ('ru', 'The vaccine is given in 2 doses 21 days apart.', 'Вакцину вводят двумя дозами с интервалом в двадцать один день.'),
    ('ru', 'Since 2019, over 10,000 patients have been treated.', 'С 2019 года пролечено более десяти тысяч пациентов.'),
    ('uk', 'Since 2019, over 10,000 patients have been treated.', 'З 2019 року проліковано понад десять тисяч пацієнтів.'),
    ('ru', 'Data from 2010 to 2020.', 'Данные с 2010 по 2020 год.'),
    ('uk', 'Data from 2010 to 2020.', 'Дані з 2010 по 2020 рік.'),
    ('ru', 'Age 65 and over: 1 tablet.', 'В возрасте 65 лет и старше: одна таблетка.'),
    ('uk', 'Adults aged 18 and older.', 'Дорослі віком від 18 років і старше.'),
    ('ru', 'Less than 5 people reported it.', 'Менее пяти человек сообщили об этом.'),
]


@pytest.mark.parametrize(("locale", "source", "text"), FAITHFUL)
def test_a_faithful_rendering_passes_every_rule(locale: str, source: str, text: str, tmp_path: Path, stele: Run) -> None:
    assert _findings(stele, tmp_path, locale, source, text) == []


TAMPERED = [
    ('ru', 'Non-drug approaches help, but ask your doctor before combining drugs.', 'Немедикаментозные методы помогают, но перед сочетанием посоветуйтесь с врачом.', _MEDICATION),
    ('ru', 'Tell your doctor about any drugs you take.', 'Сообщите врачу о любых методах, которые вы используете.', _MEDICATION),
    ('ru', 'In older adults the risk is higher.', 'У пожилых людей риск ниже.',
     [('error', 'modality', 'translation turns “larger” (“risk is higher”) into “smaller” (“риск ниже”)')]),
    ('uk', 'In older adults the risk is higher.', 'У літніх людей ризик нижчий.',
     [('error', 'modality', 'translation turns “larger” (“risk is higher”) into “smaller” (“ризик нижчий”)')]),
    ('ru', 'Smokers have a higher risk of side effects.', 'У курильщиков ниже риск побочных эффектов.',
     [('error', 'modality', 'translation turns “larger” (“higher risk”) into “smaller” (“ниже риск”)')]),
    ('ru', 'The risk is lower when taken with food.', 'Риск выше при приёме во время еды.',
     [('error', 'modality', 'translation turns “smaller” (“risk is lower”) into “larger” (“риск выше”)')]),
    ('uk', 'Not recommended for people over 65.', 'Рекомендовано людям віком понад 65 років.',
     [('error', 'modality', 'translation adds “preferably” (“рекомендовано”)'),
      ('error', 'polarity', 'translation drops a negation: the source has 1 (“not”), the translation 0 (none); check that it does not say the opposite')]),
    ('ru', 'Do not take it for more than 5 years.', 'Принимайте препарат свыше 5 лет.',
     [('error', 'modality', 'translation loses “at-most” (“not take it for more than”)')]),
    ('ru', 'Not for children under 6.', 'Не для детей младше 12 лет.',
     [('warning', 'numbers', '"12 лет" is in the translation but not in the source'),
      ('warning', 'numbers', '"6" is missing from the translation'),
      ('error', 'numbers', '"under 6" became "младше 12 лет" (value changed: 6 → 12)')]),
    ('ru', 'Since 2019, over 10,000 patients have been treated.', 'С 2019 года пролечено менее десяти тысяч пациентов.',
     [('error', 'numbers', '"over 10,000" became "менее десяти тысяч" (bound turned: above → below)')]),
    ('ru', 'Less than 5 people reported it.', 'Более пяти человек сообщили об этом.',
     [('error', 'numbers', '"Less than 5" became "Более пяти" (bound turned: below → above)')]),
    ('ru', 'Adults aged 18 and over.', 'Взрослые в возрасте 18 лет.',
     [('error', 'modality', 'translation loses “at-least” (“and over”)')]),
    ('en', 'In older adults the risk is higher.', 'In older adults, the risk is lower.',
     [('error', 'modality', 'translation turns “larger” (“risk is higher”) into “smaller” (“risk is lower”)')]),
]


@pytest.mark.parametrize(("locale", "source", "text", "errors"), TAMPERED)
def test_a_tampered_rendering_gives_its_errors(locale: str, source: str, text: str, errors: list[tuple[str, str, str]],
                                               tmp_path: Path, stele: Run) -> None:
    assert _findings(stele, tmp_path, locale, source, text) == errors
