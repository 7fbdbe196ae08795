# ruff: noqa: E501  (the sentences, each on one line to be read and re-run as written)
"""Numbers written in words of more than one word: «двадцать пять мг» for "25 mg" was an error (25 → 5), «пятьсот
миллиграммов» for "500 mg" an error (missing), "twenty-five" a range 20–5, «10 тысяч МЕ» for "10,000 IU" an error,
«одного из тысячи» for "1 in 1,000" a warning; «10 тыс. МЕ» (CLDR's short compact format), Ukrainian «п’ятисот»
(pymorphy3's forms: num2words writes «п'ятиста»), «двадцать — тридцать минут» (a spaced em dash), «пять-шесть
тысяч» for "5,000-6,000" (a range's low end shares its high end's multiplier) and «двух с половиной тысяч» were
errors; a frequency changed in words («у одного человека из ста» for "1 in 1,000") a warning, now an error. An
ordinal after a round number goes on it («двадцать первый» 21, «в две тысячи двадцатом году» 2020: read as 20, a
changed day or year passed: "day 20" → «двадцать первый день»; now a warning, as a bare number's change is).
Collective numerals («трое суток», «двоє діб», «двое суток» for "48 hours") were errors ("missing"), and so was a
range of frequencies ("1 in 10,000 to 1 in 1,000" read as the range 10,000–1) and a range of days said by ordinals
(«с первого по пятый день» for "days 1 to 5"). A
compound is read as one value where num2words' own names of a sample of numbers read back as those numbers (en, ru,
uk, pl, cs); a changed value stays an error naming both values."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from num2words import num2words

from stele.rules.number_tokens import tokens
from stele.rules.number_words import compounding
from tests.test_meaning_probe import Run
from tests.test_probe_seven import _findings

FAITHFUL = [
    ('ru', 'Take 25 mg a day.', 'Принимайте двадцать пять мг в день.'),
    ('ru', 'Take 25 mg a day.', 'Принимайте по двадцать пять миллиграммов в день.'),
    ('uk', 'Take 25 mg a day.', 'Приймайте двадцять п’ять мг на день.'),
    ('en', 'Take 25 mg a day.', 'Take twenty-five mg a day.'),
    ('ru', 'Take 500 mg a day.', 'Принимайте пятьсот миллиграммов в день.'),
    ('ru', 'Take 250 mg twice a day.', 'Принимайте двести пятьдесят миллиграммов дважды в день.'),
    ('uk', 'Take 250 mg twice a day.', 'Приймайте двісті п’ятдесят міліграмів двічі на день.'),
    ('ru', 'Do not exceed 2,000 mg a day.', 'Не превышайте две тысячи миллиграммов в сутки.'),
    ('ru', 'Do not exceed 1,500 mg a day.', 'Не превышайте полторы тысячи миллиграммов в день.'),
    ('ru', 'Do not exceed 2,500 mg a day.', 'Не превышайте двух тысяч пятисот миллиграммов в день.'),
    ('ru', 'Do not exceed 10,000 IU a day.', 'Не превышайте 10 тысяч МЕ в день.'),
    ('uk', 'Do not exceed 10,000 IU a day.', 'Не перевищуйте 10 тисяч МО на день.'),
    ('ru', 'The daily dose is 1,000-3,000 mg.', 'Суточная доза — 1–3 тысячи мг.'),
    ('ru', 'Side effects occur in about 1 in 1,000 users.', 'Побочные эффекты возникают примерно у одного из тысячи пользователей.'),
    ('ru', 'Side effects occur in about 1 in 10,000 users.', 'Побочные эффекты возникают примерно у одного из десяти тысяч пользователей.'),
    ('uk', 'Side effects occur in about 1 in 1,000 users.', 'Побічні ефекти виникають приблизно в одного з тисячі користувачів.'),
    ('en', 'Do not take more than 1,500 mg a day.', 'Do not take more than fifteen hundred mg a day.'),
    ('ru', 'Take 20-30 minutes before meals.', 'Принимайте за двадцать-тридцать минут до еды.'),
    ('ru', 'Wait 20-30 minutes before eating.', 'Подождите двадцать\u00a0— тридцать минут перед едой.'),
    ('ru', 'Take 10,000 IU of vitamin D once a week.', 'Принимайте 10 тыс. МЕ витамина D один раз в неделю.'),
    ('uk', 'Take 10,000 IU of vitamin D once a week.', 'Приймайте 10 тис. МО вітаміну D один раз на тиждень.'),
    ('ru', 'A vial contains 1,000,000 units.', 'Флакон содержит 1 млн единиц.'),
    ('uk', 'Adults may take up to 999 mg per day.', 'Дорослі можуть приймати до дев’ятисот дев’яноста дев’яти міліграмів на добу.'),
    ('uk', 'The dose should not exceed 375 mg.', 'Доза не повинна перевищувати трьохсот сімдесяти п’яти міліграмів.'),
    ('ru', 'Walk 5,000-6,000 steps a day.', 'Проходите пять-шесть тысяч шагов в день.'),
    ('uk', 'Walk 5,000-6,000 steps a day.', 'Проходьте від п’яти до шести тисяч кроків на день.'),
    ('ru', 'Take 1,500-2,000 IU.', 'Принимайте от полутора до двух тысяч МЕ.'),
    ('ru', 'Take 500-1,000 mg.', 'Принимайте пятьсот-тысячу миллиграммов.'),
    ('ru', 'Take 2-3 million units.', 'Вводите от двух до трёх миллионов единиц.'),
    ('ru', 'Drink up to 2,500 ml of fluid.', 'Выпивайте до двух с половиной тысяч миллилитров жидкости.'),
    ('uk', 'Drink up to 2,500 ml of fluid.', 'Випивайте до двох з половиною тисяч мілілітрів рідини.'),
    ('ru', 'Rare: may affect up to 1 in 1,000 people.', 'Редко: может возникать не более чем у одного человека из тысячи.'),
    ('uk', 'Rare: may affect up to 1 in 1,000 people.', 'Рідко: може виникати не більше ніж в однієї людини з тисячі.'),
    ('ru', 'One in 20 women develop this condition.', 'Это состояние развивается у одной из двадцати женщин.'),
    ('ru', 'On day 21, stop taking the tablets for 7 days.', 'На двадцать первый день прекратите приём таблеток на семь дней.'),
    ('uk', 'On day 21, stop taking the tablets for 7 days.', 'На двадцять перший день припиніть прийом таблеток на сім днів.'),
    ('uk', 'On day 25, stop taking the tablets.', 'На двадцять п’ятий день припиніть прийом таблеток.'),
    ('ru', 'The guideline was updated in 2020.', 'Рекомендации были обновлены в две тысячи двадцатом году.'),
    ('uk', 'The guideline was updated in 2020.', 'Рекомендації було оновлено у дві тисячі двадцятому році.'),
    ('ru', 'The drug was approved in 1998.', 'Препарат был одобрен в тысяча девятьсот девяносто восьмом году.'),
    ('ru', 'Take for 3 days.', 'Принимайте трое суток.'),
    ('uk', 'Take for 2 days.', 'Приймайте двоє діб.'),
    ('ru', 'Wait 48 hours.', 'Подождите двое суток.'),
    ('ru', 'Rare (1 in 10,000 to 1 in 1,000).', 'Редко (от одного из десяти тысяч до одного из тысячи).'),
    ('ru', 'Take on days 1 to 5 of the cycle.', 'Принимайте с первого по пятый день цикла.'),
    ('uk', 'Take on days 1 to 5 of the cycle.', 'Приймайте з першого по п’ятий день циклу.'),
    ('ru', 'Take on days 1 to 5 of the cycle.', 'Принимайте с 1 по 5 день цикла.'),
]


@pytest.mark.parametrize(("locale", "source", "text"), FAITHFUL)
def test_a_number_in_words_of_its_value_passes_every_rule(locale: str, source: str, text: str, tmp_path: Path,
                                                         stele: Run) -> None:
    assert _findings(stele, tmp_path, locale, source, text) == []


TAMPERED = [
    ('ru', 'Take 25 mg a day.', 'Принимайте тридцать пять мг в день.',
     [('error', 'numbers', '"25 mg" became "тридцать пять мг" (value changed: 25 → 35)')]),
    ('uk', 'Take 250 mg twice a day.', 'Приймайте двісті п’ять міліграмів двічі на день.',
     [('error', 'numbers', '"250 mg" became "двісті п’ять міліграмів" (value changed: 250 → 205)')]),
    ('en', 'Take 25 mg a day.', 'Take thirty-five mg a day.',
     [('error', 'numbers', '"25 mg" became "thirty-five mg" (value changed: 25 → 35)')]),
    ('ru', 'Do not exceed 2,000 mg a day.', 'Не превышайте три тысячи миллиграммов в сутки.',
     [('error', 'numbers', '"2,000 mg" became "три тысячи миллиграммов" (value changed: 2000 → 3000)')]),
    ('ru', 'Do not exceed 10,000 IU a day.', 'Не превышайте 100 тысяч МЕ в день.',
     [('error', 'numbers', '"10,000 IU" became "100 тысяч МЕ" (value changed: 10000 → 100000)')]),
    ('ru', 'Side effects occur in about 1 in 1,000 users.', 'Побочные эффекты возникают примерно у одного из ста тысяч пользователей.',
     [('error', 'numbers', '"1,000" is missing from the translation')]),
    ('ru', 'Rare: may affect up to 1 in 1,000 people.', 'Редко: может возникать не более чем у одного человека из ста.',
     [('error', 'numbers', '"1,000" is missing from the translation')]),
    ('uk', 'Rare: may affect up to 1 in 1,000 people.', 'Рідко: може виникати не більше ніж в однієї людини зі ста.',
     [('error', 'numbers', '"1,000" is missing from the translation')]),
    ('ru', 'About 1 in 20 women develop this condition.', 'Примерно у одной из двухсот женщин развивается это состояние.',
     [('error', 'numbers', '"20" is missing from the translation')]),
    ('ru', 'Rare (1 in 10,000 to 1 in 1,000).', 'Редко (от одного из ста тысяч до одного из тысячи).',
     [('error', 'numbers', '"10,000" is missing from the translation')]),
    ('ru', 'Take on days 1 to 5 of the cycle.', 'Принимайте с первого по седьмой день цикла.',
     [('error', 'numbers', '"1 to 5" is missing from the translation')]),
    ('ru', 'Take for 3 days.', 'Принимайте двое суток.',
     [('error', 'numbers', '"3 days" became "двое суток" (value changed: 3 → 2)')]),
    ('ru', 'On day 20, stop taking the tablets.', 'На двадцать первый день прекратите приём таблеток.',
     [('warning', 'numbers', '"20" is missing from the translation')]),
    ('ru', 'The drug was approved in 1998.', 'Препарат был одобрен в тысяча девятьсот девяносто девятом году.',
     [('warning', 'numbers', '"1998" is missing from the translation')]),
    ('ru', 'Walk 5,000-6,000 steps a day.', 'Проходите семь-восемь тысяч шагов в день.',
     [('error', 'numbers', '"5,000-6,000" became "семь-восемь тысяч" (value changed: 5000–6000 → 7000–8000)')]),
    ('ru', 'Drink up to 2,500 ml of fluid.', 'Выпивайте до трёх с половиной тысяч миллилитров жидкости.',
     [('error', 'numbers', '"2,500 ml" became "трёх с половиной тысяч миллилитров" (value changed: 2500 → 3500)')]),
    ('uk', 'Do not exceed 1,500 mg a day.', 'Не перевищуйте дві тисячі п’ятсот міліграмів на день.',
     [('error', 'numbers', '"1,500 mg" became "дві тисячі п’ятсот міліграмів" (value changed: 1500 → 2500)')]),
]


@pytest.mark.parametrize(("locale", "source", "text", "errors"), TAMPERED)
def test_a_number_in_words_of_another_value_is_reported(locale: str, source: str, text: str,
                                                       errors: list[tuple[str, str, str]], tmp_path: Path,
                                                       stele: Run) -> None:
    assert _findings(stele, tmp_path, locale, source, text) == errors


@pytest.mark.parametrize(("locale", "text", "values"), [
    ("en", "twenty-five mg", [("25", None)]),
    ("en", "ten-twenty mg", [("10", "20")]),  # a range: ten is no round number twenty can follow
    ("en", "ten - twenty mg", [("10", "20")]),
    ("en", "one hundred and five", [("105", None)]),
    ("en", "one and two tablets", [("1", None), ("2", None)]),
    ("ru", "двадцать-тридцать минут", [("20", "30")]),
    ("ru", "пять пять", [("5", None), ("5", None)]),
    ("ru", "десять пять", [("10", None), ("5", None)]),
    ("ru", "двенадцать пять", [("12", None), ("5", None)]),
    ("ru", "сто пять", [("105", None)]),
    ("ru", "две тысячи пять тысяч", [("2005", None), ("1000", None)]),  # a thousand's count is done once
    ("ru", "два миллиона пятьсот тысяч", [("2500000", None)]),
    ("ru", "полторы тысячи", [("1500", None)]),
    ("ru", "три четверти стакана", [("0.75", None)]),
    ("ru", "1–3 тысячи мг", [("1000", "3000")]),
    ("ru", "двадцать\nпять", [("20", None), ("5", None)]),  # a line break parts them
    ("fr", "cent cinq", [("100", None), ("5", None)]),  # French compounds are not read (compounding: no)
    ("ru", "10 тыс. МЕ", [("10000", None)]),  # CLDR's short compact format: «тыс.» after digits
    ("ru", "тыс. человек", []),  # an abbreviation alone is no number
    ("de", "2 Bio-Tabletten", [("2", None)]),  # nor a word the abbreviation of a trillion would be
    ("ru", "20 — 30 минут", [("20", "30")]),
    ("ru", "от 500 до 2 тысяч мг", [("500", "2000")]),  # the low end shares no multiplier larger than the high
    ("ru", "половина тысячи", [("500", None)]),
    ("en", "two and a half thousand units", [("2500", None)]),
    ("en", "1 in 10,000 to 1 in 1,000", [("1", None), ("10000", None), ("1", None), ("1000", None)]),  # no 10,000–1
    ("ru", "на двадцать первый день", [("21", None)]),  # an ordinal word goes on the round number before it
    ("en", "the twenty-first day", [("21", None)]),
    ("ru", "в две тысячи двадцатом году", [("2020", None)]),
    ("uk", "на двадцять п’ятий день", [("25", None)]),  # an ordinal with an apostrophe
])
def test_compounds_are_one_number_only_where_they_make_one(locale: str, text: str,
                                                           values: list[tuple[str, str | None]]) -> None:
    found, _ = tokens(text, locale)
    assert [(str(q.low), None if q.high is None else str(q.high)) for q in found] == values


@pytest.mark.parametrize("language", ["en", "ru", "uk", "pl", "cs"])
def test_the_languages_whose_compounds_num2words_reads_back_compound(language: str) -> None:
    assert compounding(language)


def test_num2words_has_every_form_of_the_russian_hundreds_pymorphy3_knows() -> None:
    """Why number_words asks pymorphy3 for Ukrainian forms only (loading a dictionary costs each process 0.15 s)."""
    from stele.rules.morphology import analyzer
    from stele.rules.number_words import number_words

    known = number_words("ru")
    for value in range(200, 1000, 100):
        numeral = next(parse for parse in analyzer("ru").parse(num2words(value, lang="ru")) if "NUMR" in parse.tag)
        assert {form.word for form in numeral.lexeme} <= known.keys()


@pytest.mark.parametrize("language", ["fr", "es", "de", "it"])
def test_languages_whose_compounds_it_cannot_read_read_each_word_alone(language: str) -> None:
    assert not compounding(language)


_CASES = {"ru": (None, "genitive", "dative", "instrumental", "prepositional"), "uk": (None, "genitive", "locative"),
          "en": (None,), "pl": (None,), "cs": (None,)}


@settings(max_examples=300, deadline=None)
@given(st.sampled_from([(language, case) for language, cases in _CASES.items() for case in cases]),
       st.one_of(st.integers(0, 1000), st.integers(0, 10**6), st.integers(1, 999).map(lambda n: n * 1000)))
def test_any_number_num2words_writes_reads_back_as_itself(spelled: tuple[str, str | None], value: int) -> None:
    language, case = spelled
    words = num2words(value, lang=language) if case is None else num2words(value, lang=language, case=case)
    found, _ = tokens(f"Примерно {words} человек", language)
    assert [(q.low, q.high) for q in found] == [(Decimal(value), None)], words
