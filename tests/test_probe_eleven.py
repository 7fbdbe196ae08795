# ruff: noqa: E501  (the probe's sentences and messages, each on one line to be read and re-run as written)
"""An eleventh probe (the misses the seventh left, and the false alarms their fixes could bring): a dose's or a
risk's size turned ("start with a lower dose" → «с более высокой дозы»: increases ↔ decreases said by an adjective
before the noun), a frequency's bound turned ("less than 1 in 1,000" → «чаще чем у 1 из 1000»: «чаще», «реже»,
«частіше», «рідше» as bounds, a preposition between bound and number); faithful renderings of each pass every rule
(«меньшей дозы», «минимальной дозы» for "the lowest dose", «реже, чем у 1 из 1000», «не чаще 3 раз в день»)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_meaning_probe import Run
from tests.test_probe_seven import _findings

FAITHFUL = [
    ('ru', 'If you are older, start with a lower dose.',
     'Если вы старше, начните с более низкой дозы.'),
    ('ru', 'If you are older, start with a lower dose.',
     'Если вы старше, начните с меньшей дозы.'),
    ('uk', 'If you are older, start with a lower dose.',
     'Якщо ви старші, почніть з нижчої дози.'),
    ('uk', 'If you are older, start with a lower dose.',
     'Якщо ви старші, почніть з меншої дози.'),
    ('ru', 'People with high blood pressure should start with a lower dose.',
     'Людям с высоким давлением следует начинать с половинной дозы.'),
    ('ru', 'Higher doses increase the risk of side effects.',
     'Более высокие дозы повышают риск побочных эффектов.'),
    ('uk', 'Higher doses increase the risk of side effects.',
     'Вищі дози підвищують ризик побічних ефектів.'),
    ('uk', 'Low doses are usually enough.',
     'Зазвичай достатньо невеликих доз.'),
    ('ru', 'Start with the lowest dose.',
     'Начните с минимальной дозы.'),
    ('ru', 'Older people have a higher risk of falls.',
     'У пожилых людей выше риск падений.'),
    ('ru', 'Serious liver injury occurs in less than 1 in 1,000 users.',
     'Серьёзное поражение печени возникает реже, чем у 1 из 1000 пользователей.'),
    ('ru', 'Serious liver injury occurs in less than 1 in 1,000 users.',
     'Серьёзное поражение печени возникает менее чем у 1 из 1000 пользователей.'),
    ('uk', 'Serious liver injury occurs in less than 1 in 1,000 users.',
     'Серйозне ураження печінки виникає рідше, ніж у 1 з 1000 користувачів.'),
    ('ru', 'Take it no more than 3 times a day.',
     'Принимайте не чаще 3 раз в день.'),
    ('uk', 'Take it no more than 3 times a day.',
     'Приймайте не частіше 3 разів на день.'),
    ('ru', 'Side effects occur in more than 1 in 10 people.',
     'Побочные эффекты возникают более чем у 1 из 10 человек.'),
    ('ru', 'Side effects occur in more than 1 in 10 people.',
     'Побочные эффекты возникают чаще, чем у 1 из 10 человек.'),
    ('uk', 'Headache occurs in more than 1 in 10 people.',
     'Головний біль виникає частіше ніж у 1 з 10 людей.'),
    ('ru', 'You must consult a doctor before use; you may feel dizzy.',
     'Нужно проконсультироваться с врачом перед применением; может кружиться голова.'),
    ('ru', 'You must consult a doctor before use; you may feel dizzy.',
     'Перед применением нужно проконсультироваться с врачом. Возможно головокружение.'),
    ('uk', 'You must consult a doctor before use; you may feel dizzy.',
     'Перед застосуванням необхідно проконсультуватися з лікарем; можливе запаморочення.'),
    ('ru', 'Do not drive; the medicine may cause drowsiness.',
     'Не садитесь за руль: препарат может вызывать сонливость.'),
    ('ru', 'Do not drive; the medicine may cause drowsiness.',
     'Препарат может вызывать сонливость; не садитесь за руль.'),
    ('ru', 'Start with the lowest dose.',
     'Начните с самой низкой дозы.'),
    ('ru', 'Start with the lowest dose.',
     'Начните с наименьшей дозы.'),
    ('uk', 'Start with the lowest dose.',
     'Почніть з мінімальної дози.'),
    ('uk', 'Start with the lowest dose.',
     'Почніть з найменшої дози.'),
    ('ru', 'Use the lowest effective dose for the shortest time.',
     'Применяйте минимальную эффективную дозу как можно более короткое время.'),
]


@pytest.mark.parametrize(("locale", "source", "text"), FAITHFUL)
def test_faithful_sizes_and_frequencies_pass_every_rule(locale: str, source: str, text: str, tmp_path: Path,
                                                       stele: Run) -> None:
    assert _findings(stele, tmp_path, locale, source, text) == []


TAMPERED = [
    ('ru', 'If you are older, start with a lower dose.',
     'Если вы старше, начните с более высокой дозы.',
     [('error', 'modality', 'translation turns “decreases” (“lower dose”) into “increases” (“высокой дозы”)')]),
    ('ru', 'If you are older, start with a lower dose.',
     'Если вы старше, начните с большей дозы.',
     [('error', 'modality', 'translation turns “decreases” (“lower dose”) into “increases” (“большей дозы”)')]),
    ('uk', 'If you are older, start with a lower dose.',
     'Якщо ви старші, почніть з вищої дози.',
     [('error', 'modality', 'translation turns “decreases” (“lower dose”) into “increases” (“вищої дози”)')]),
    ('uk', 'If you are older, start with a lower dose.',
     'Якщо ви старші, почніть з більшої дози.',
     [('error', 'modality', 'translation turns “decreases” (“lower dose”) into “increases” (“більшої дози”)')]),
    ('ru', 'Higher doses increase the risk of side effects.',
     'Более низкие дозы снижают риск побочных эффектов.',
     [('error', 'modality', 'translation turns “increases” (“higher doses”) into “decreases” (“низкие дозы”)')]),
    ('uk', 'Smaller doses carry a lower risk of dependence.',
     'Більші дози несуть вищий ризик залежності.',
     [('error', 'modality', 'translation turns “decreases” (“smaller doses”) into “increases” (“більші дози”)')]),
    ('ru', 'Serious liver injury occurs in less than 1 in 1,000 users.',
     'Серьёзное поражение печени возникает чаще чем у 1 из 1000 пользователей.',
     [('error', 'numbers', '"less than 1" became "чаще чем у 1" (bound turned: below → above)')]),
    ('uk', 'Serious liver injury occurs in less than 1 in 1,000 users.',
     'Серйозне ураження печінки виникає частіше, ніж у 1 з 1000 користувачів.',
     [('error', 'numbers', '"less than 1" became "частіше, ніж у 1" (bound turned: below → above)')]),
    ('ru', 'Side effects occur in more than 1 in 10 people.',
     'Побочные эффекты возникают реже чем у 1 из 10 человек.',
     [('error', 'numbers', '"more than 1" became "реже чем у 1" (bound turned: above → below)')]),
    ('uk', 'Headache occurs in more than 1 in 10 people.',
     'Головний біль виникає рідше ніж у 1 з 10 людей.',
     [('error', 'numbers', '"more than 1" became "рідше ніж у 1" (bound turned: above → below)')]),
    ('ru', 'Take it no more than 3 times a day.',
     'Принимайте не реже 3 раз в день.',
     [('error', 'modality', 'translation loses “at-most” (“no more than”) and adds “at-least” (“не реже”)'),
      ('error', 'numbers', '"no more than 3 times" became "не реже 3 раз" (bound turned: below → above)')]),
    ('uk', 'Take it no more than 3 times a day.',
     'Приймайте не рідше 3 разів на день.',
     [('error', 'modality', 'translation loses “at-most” (“no more than”) and adds “at-least” (“не рідше”)'),
      ('error', 'numbers', '"no more than 3 times" became "не рідше 3 разів" (bound turned: below → above)')]),
]


@pytest.mark.parametrize(("locale", "source", "text", "errors"), TAMPERED)
def test_a_size_or_a_frequency_turned_is_an_error(locale: str, source: str, text: str,
                                                 errors: list[tuple[str, str, str]], tmp_path: Path, stele: Run) -> None:
    assert _findings(stele, tmp_path, locale, source, text) == errors
