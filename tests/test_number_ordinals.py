"""Numbers rule, ordinal words: "on the first day" → «во второй день» changed the dose's schedule with no digit in
either text; a translation that keeps the ordinal, says it in digits or says none passes."""

from __future__ import annotations

import pytest

from stele.rules.ordinals import ordinal_words
from tests.test_numbers_probe import findings


@pytest.mark.parametrize(
    ("source", "translation", "locale"),
    [
        ("On the first day, take 1 g.", "В первый день примите 1 г.", "ru"),
        ("On the first day, take 1 g.", "Примите 1 г в первый день.", "ru"),
        ("During the first week, take 1 g a day.", "В течение первой недели принимайте по 1 г в день.", "ru"),
        ("Take the second dose 4 hours later.", "Вторую дозу примите через 4 часа.", "ru"),
        ("On the fifth day, take 1 g.", "На п’ятий день прийміть 1 г.", "uk"),
        ("On the fifth day, take 1 g.", "На пʼятий день прийміть 1 г.", "uk"),
        ("During the third week, rest.", "Протягом третього тижня відпочиньте.", "uk"),
        # a second dose is another one; the next day may be the second: no ordinal of the source is lost
        ("Take a second dose of 1 g.", "Примите ещё одну дозу 1 г.", "ru"),
        ("On the first day take 1 g; on the next day take 2 g.", "В первый день примите 1 г; на второй день — 2 г.",
         "ru"),
        ("Take 1 g on the first day.", "Прийміть 1 г одразу.", "uk"),
        # twenty-first: a number word before it, not the first day
        ("On the twenty-first day, stop taking 1 g.", "На двадцать первый день прекратите приём 1 г.", "ru"),
        ("In the first 3 days, take 1 g.", "В первые 3 дня принимайте 1 г.", "ru"),
    ],
)
def test_an_ordinal_kept_or_not_said_passes(source: str, translation: str, locale: str) -> None:
    assert findings(source, translation, locale) == []


@pytest.mark.parametrize(
    ("source", "translation", "locale", "problem"),
    [
        ("On the first day, take 1 g.", "Во второй день примите 1 г.", "ru",
         '"first day" became "второй день" (value changed: 1 → 2)'),
        ("On the first day, rest.", "Во второй день отдохните.", "ru",
         '"first day" became "второй день" (value changed: 1 → 2)'),
        ("Take the second dose 4 hours later.", "Третью дозу примите через 4 часа.", "ru",
         '"second dose" became "Третью дозу" (value changed: 2 → 3)'),
        ("During the first week, take 1 g a day.", "В течение второй недели принимайте по 1 г в день.", "ru",
         '"first week" became "второй недели" (value changed: 1 → 2)'),
        ("On the fifth day, take 1 g.", "На шостий день прийміть 1 г.", "uk",
         '"fifth day" became "шостий день" (value changed: 5 → 6)'),
    ],
)
def test_a_changed_ordinal_is_an_error(source: str, translation: str, locale: str, problem: str) -> None:
    assert findings(source, translation, locale) == [("error", problem)]


def test_ordinal_words_come_in_every_form() -> None:
    """From num2words and pymorphy3: «первую» and «третьего» are ordinals, «первейший» and «другой» are not."""
    ru, uk = ordinal_words("ru"), ordinal_words("uk")
    assert (ru["первую"], ru["третьего"], ru["четвертый"], ru["четвёртый"], uk["п'ятого"], uk["другу"]) == (
        1, 3, 4, 4, 5, 2)
    assert "первейший" not in ru and "другой" not in ru and ordinal_words("en")["twentieth"] == 20


@pytest.mark.parametrize(("locale", "source", "text", "problems"), [
    ("ru", "Take it on the 2nd day.", "Принимайте на второй день.", []),
    ("uk", "Take it on the 2nd day.", "Приймайте на другий день.", []),
    ("ru", "Apply it in the 3rd week.", "Наносите на третьей неделе.", []),
    ("ru", "On the 2nd day take 3 tablets.", "На второй день примите 3 таблетки.", []),
    ("ru", "Take it on the 2nd day.", "Принимайте на третий день.",
     [("warning", '"2nd" is missing from the translation')]),  # as before: a changed ordinal is no match
    ("ru", "On the 2nd day take 3 tablets.", "На второй день примите 2 таблетки.",
     [("error", '"3 tablets" became "2 таблетки" (value changed: 3 → 2)')]),
])
def test_a_digit_ordinal_said_by_an_ordinal_word(locale: str, source: str, text: str,
                                                  problems: list[tuple[str, str]]) -> None:
    """"on the 2nd day" → «на второй день» was a warning ("2nd" missing): the translation's ordinal words before a
    unit now count where they match a digit ordinal of the source."""
    from stele.rules.numbers import number_problems

    assert [(p.severity, p.text) for p in number_problems(source, text, target_locale=locale)] == problems
