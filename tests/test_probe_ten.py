# ruff: noqa: E501  (the probe's sentences and messages, each on one line to be read and re-run as written)
"""A tenth probe (223 faithful en→ru/uk pairs by a helper, hunting false alarms of the new readings: 29 found, 27
fixed): a concession said without «даже» («всё равно», «в том числе», «хоч»), a bound whose negation moved into it
("do not store above 25 °C" → «не выше 25 °C»), «понад 65 років … не потрібна», «сердцебиение», «відміняти»,
«лише» for "just", «вдвічі» for "by half", spoons in the dative or abbreviated («чайній ложці», «ст. ложку»); and
tampered ones of the same kinds, each an error."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_meaning_probe import Run
from tests.test_probe_seven import _findings

FAITHFUL = [
    ('ru', 'An increase in heart rate is possible.',
     'Возможно учащение сердцебиения.'),
    ('uk', 'An increase in heart rate has been reported.',
     'Повідомлялося про почастішання серцебиття.'),
    ('uk', 'Reduce the dose by half.',
     'Зменште дозу вдвічі.'),
    ('uk', 'Do not stop taking it without talking to your doctor.',
     'Не відміняйте препарат, не порадившись з лікарем.'),
    ('uk', 'The medicine should be discontinued gradually.',
     'Препарат слід відміняти поступово.'),
    ('ru', 'Even a small amount of alcohol can be dangerous.',
     'Опасным может быть и небольшое количество алкоголя.'),
    ('ru', 'Keep the package out of reach of children, even when empty.',
     'Храните упаковку в недоступном для детей месте — в том числе пустую.'),
    ('ru', 'See a doctor even if you have no symptoms.',
     'Обратитесь к врачу и в том случае, если никаких симптомов нет.'),
    ('ru', 'The medicine may cause drowsiness even at low doses.',
     'Препарат может вызывать сонливость уже в малых дозах.'),
    ('ru', 'Seek medical help at once, even if there are no signs of poisoning.',
     'Если признаков отравления нет, всё равно немедленно обратитесь за медицинской помощью.'),
    ('ru', 'Although the tablets are chewable, do not give them to children under 6.',
     'Пусть таблетки и жевательные, детям до 6 лет их не давайте.'),
    ('ru', 'Take all the tablets, even after the symptoms have gone.',
     'Примите все таблетки до конца, в том числе после исчезновения симптомов.'),
    ('uk', 'Even a small amount of alcohol may be harmful.',
     'Шкоди може завдати й невелика кількість алкоголю.'),
    ('uk', 'See a doctor even if you have no symptoms.',
     'Зверніться до лікаря й тоді, коли симптомів немає.'),
    ('uk', 'Seek medical help at once, even if there are no signs of poisoning.',
     'Якщо ознак отруєння немає, все одно негайно зверніться по медичну допомогу.'),
    ('uk', 'The medicine may cause drowsiness even at low doses.',
     'Препарат може спричиняти сонливість уже в малих дозах.'),
    ('uk', 'Although the syrup tastes sweet, it is a medicine.',
     'Хоч сироп і солодкий на смак, це лікарський засіб.'),
    ('uk', 'Keep the package out of reach of children, even when empty.',
     'Зберігайте упаковку в недоступному для дітей місці, зокрема й порожню.'),
    ('uk', 'An overdose is dangerous even if you feel well.',
     'Передозування небезпечне, хоч би як добре ви почувалися.'),
    ('ru', 'Do not store above 25°C.',
     'Хранить при температуре не выше 25 °C.'),
    ('uk', 'Just one capsule a day is enough.',
     'Достатньо лише однієї капсули на день.'),
    ('uk', 'No dose adjustment is needed for patients over 65 years.',
     'Пацієнтам віком понад 65 років корекція дози не потрібна.'),
    ('uk', 'Do not store above 25°C.',
     'Зберігати при температурі не вище 25 °C.'),
    ('ru', 'Do not use solutions stronger than 5%.',
     'Не используйте растворы концентрацией выше 5 %.'),
    ('uk', 'Take 1 teaspoon (5 ml) three times a day.',
     'Приймайте по 1 чайній ложці (5 мл) тричі на день.'),
    ('uk', 'Take 1 tablespoon (15 ml) before bed.',
     'Приймайте 1 ст. ложку (15 мл) перед сном.'),
]


@pytest.mark.parametrize(("locale", "source", "text"), FAITHFUL)
def test_faithful_renderings_pass_every_rule(locale: str, source: str, text: str, tmp_path: Path, stele: Run) -> None:
    assert _findings(stele, tmp_path, locale, source, text) == []


TAMPERED = [
    ('uk', 'Take 1 teaspoon (5 ml) three times a day.',
     'Приймайте по 1 столовій ложці (15 мл) тричі на день.',
     [('error', 'numbers', '"1 teaspoon" became "1 столовій ложці" (unit changed: tsp → tbsp)'), ('error', 'numbers', '"5 ml" became "15 мл" (value changed: 5 → 15)')]),
    ('ru', 'Do not store above 25°C.',
     'Хранить при температуре не ниже 25 °C.',
     [('error', 'modality', 'translation loses “at-most” (“not store above”) and adds “at-least” (“не ниже”)')]),
    ('uk', 'Reduce the dose by half.',
     'Збільште дозу вдвічі.',
     [('error', 'modality', 'translation turns “decreases” (“reduce”) into “increases” (“збільште”)')]),
    ('ru', 'An increase in heart rate is possible.',
     'Возможно учащение дыхания.',
     [('error', 'coverage', 'disclaimer translation does not mention what its source warns about: heart (e.g. сердце, сердечный, сердечно-сосудистый); translate every safety term')]),
    ('ru', 'See a doctor even if you have no symptoms.',
     'Обратитесь к врачу, если никаких симптомов нет.',
     [('error', 'modality', 'translation loses “even” (“even if”)')]),
    ('uk', 'Do not stop taking it without talking to your doctor.',
     'Не продовжуйте приймати препарат, не порадившись з лікарем.',
     [('error', 'coverage', 'disclaimer translation does not mention what its source warns about: stopping (e.g. припинити, припиняти, припинення); translate every safety term'), ('error', 'modality', 'translation turns “stops” (“stop taking”) into “continues” (“продовжуйте”)')]),
]


@pytest.mark.parametrize(("locale", "source", "text", "errors"), TAMPERED)
def test_tampered_renderings_are_errors(locale: str, source: str, text: str, errors: list[tuple[str, str, str]],
                                       tmp_path: Path, stele: Run) -> None:
    assert [f for f in _findings(stele, tmp_path, locale, source, text) if f[0] == "error"] == errors
