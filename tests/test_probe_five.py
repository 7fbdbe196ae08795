"""A fifth probe (English → Russian, Ukrainian health sentences) of the numbers and coverage rules: "3 servings" as
«в три приёма», half a year, a spoon's size, an age limit given another number, and safety terms said by words the
lexicons lacked — each faithful rendering passes, each tampered one is an error."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_meaning_probe import Run, _coverage
from tests.test_numbers_probe import findings


@pytest.mark.parametrize(
    ("source", "translation", "locale"),
    [
        ("Take the daily dose in 3 servings.", "Принимайте суточную дозу в три приёма.", "ru"),
        ("Take the daily dose in 3 servings.", "Приймайте добову дозу в три прийоми.", "uk"),
        ("Take 2 servings a day.", "Принимайте 2 порции в день.", "ru"),
        ("Take it for 6 months.", "Принимайте в течение полугода.", "ru"),
        ("Take it for 6 months.", "Приймайте його протягом півроку.", "uk"),
        ("Take it for 1 year.", "Принимайте в течение 12 месяцев.", "ru"),
        ("Not for children under 6.", "Не предназначено для детей младше шести лет.", "ru"),
        ("Take 1 tablespoon of the syrup.", "Прийміть одну столову ложку сиропу.", "uk"),
        ("Take 2 teaspoons.", "Примите две чайные ложки.", "ru"),
        ("Take 2 teaspoons.", "Примите 10 мл.", "ru"),
        ("Take 1 tablespoon.", "Примите 1 ст. л.", "ru"),
        ("Wait 1 h.", "Подождите 1 ч.", "ru"),
        ("Children under 12: 1 tablet; adults and children over 12: 2 tablets.",
         "Детям до 12 лет — 1 таблетка; взрослым и детям старше 12 лет — 2 таблетки.", "ru"),
    ],
)
def test_numbers_said_another_way_pass(source: str, translation: str, locale: str) -> None:
    assert findings(source, translation, locale) == []


def test_a_spoons_size_changed_is_an_error() -> None:
    """A spoon's size is its volume: 15 ml, 10 ml, 5 ml («ч. л.» was read as hours)."""
    assert findings("Take 1 tablespoon of the syrup.", "Прийміть одну чайну ложку сиропу.", "uk") == [
        ("error", '"1 tablespoon" became "одну чайну ложку" (unit changed: tbsp → tsp)')]
    assert findings("Take 1 tablespoon.", "Примите 1 ч. л.", "ru") == [
        ("error", '"1 tablespoon" became "1 ч. л." (unit changed: tbsp → tsp)')]
    assert findings("Take 2 teaspoons.", "Примите две столовые ложки.", "ru") == [
        ("error", '"2 teaspoons" became "две столовые ложки" (unit changed: tsp → tbsp)')]


def test_numbers_changed_are_errors() -> None:
    assert findings("Take the daily dose in 3 servings.", "Принимайте суточную дозу в 2 приёма.", "ru") == [
        ("error", '"3 servings" became "2 приёма" (value changed: 3 → 2)')]
    assert findings("Take it for 6 months.", "Принимайте в течение года.", "ru") == [
        ("warning", '"6 months" is missing from the translation')]  # an error in a disclaimer
    assert findings("Not for children under 12.", "Детям до 14 лет не давать.", "ru") == [
        ("warning", '"12" is missing from the translation'),
        ("error", '"under 12" became "до 14 лет" (value changed: 12 → 14)'),
        ("warning", '"14 лет" is in the translation but not in the source')]
    assert findings("Do not give it to children under 2.", "Не давайте дітям до трьох років.", "uk") == [
        ("warning", '"2" is missing from the translation'),
        ("error", '"under 2" became "до трьох років" (value changed: 2 → 3)')]


@pytest.mark.parametrize(
    ("locale", "source", "text"),
    [
        ("uk", "Take this medication with food.", "Приймайте цей засіб під час їжі."),
        ("ru", "Take this medication with food.", "Принимайте это средство во время еды."),
        ("uk", "It may raise the risk of a heart attack.", "Може підвищувати ризик інфаркту."),
        ("ru", "It may raise the risk of a heart attack.", "Может повышать риск инфаркта."),
        ("ru", "Not for children under 3.", "Не давать малышам младше 3 лет."),
        ("uk", "Not for children under 3.", "Не давати малюкам до 3 років."),
        ("ru", "It may be habit-forming.", "Может вызывать привыкание."),
        ("uk", "Consult a doctor if you are pregnant.", "Порадьтеся з лікарем, якщо ви при надії."),
    ],
)
def test_a_safety_term_said_by_another_word_is_covered(locale: str, source: str, text: str, tmp_path: Path,
                                                         stele: Run) -> None:
    assert _coverage(stele, tmp_path, locale, [(source, text)]) == []


def test_habit_forming_dropped_is_an_error(tmp_path: Path, stele: Run) -> None:
    assert _coverage(stele, tmp_path, "ru", [("It may be habit-forming.", "Может вызывать сонливость.")]) == [
        "disclaimer translation does not mention what its source warns about: dependence (e.g. зависимость, "
        "привыкание, аддикция); translate every safety term"]


@pytest.mark.parametrize(
    ("source", "translation", "locale"),
    [
        ("Use a 2% solution.", "Используйте двухпроцентный раствор.", "ru"),
        ("Use a 2% solution.", "Використовуйте двовідсотковий розчин.", "uk"),
        ("Take it for 3 days.", "Пройдите трёхдневный курс.", "ru"),
        ("A 5-day course.", "П’ятиденний курс.", "uk"),
        ("A 2-week course.", "Двухнедельный курс.", "ru"),
    ],
)
def test_a_number_glued_to_its_unit_is_read(source: str, translation: str, locale: str) -> None:
    """«двухпроцентный» is 2 %, «трёхдневный» 3 days: the "missing" 2 % and 3 days were errors."""
    assert findings(source, translation, locale) == []


def test_a_number_glued_to_its_unit_changed_is_an_error() -> None:
    assert findings("Use a 2% solution.", "Используйте пятипроцентный раствор.", "ru") == [
        ("error", '"2%" became "пятипроцентный" (value changed: 2 → 5)')]
    assert findings("Take it for 3 days.", "Пройдите пятидневный курс.", "ru") == [
        ("error", '"3 days" became "пятидневный" (value changed: 3 → 5)')]


def test_a_day_of_a_schedule_changed_is_an_error() -> None:
    """"day 10" → «12-й день»: a value a unit names (was a warning, as for a bare number)."""
    assert findings("Take it from day 5 to day 10 of the cycle.", "Приймайте з 5-го по 12-й день циклу.", "uk") == [
        ("error", '"10" became "12-й" (value changed: 10 → 12)')]
    assert findings("Take it from day 5 to day 10 of the cycle.", "Приймайте з 5-го по 10-й день циклу.", "uk") == []


def test_pregnancy_dropped_beside_a_word_for_hope_is_an_error(tmp_path: Path, stele: Run) -> None:
    """«при надії» says pregnant; «надія» alone (hope) does not."""
    assert _coverage(stele, tmp_path, "uk", [("Consult a doctor if you are pregnant.",
                                              "Порадьтеся з лікарем, якщо ви маєте надію.")]) == [
        "disclaimer translation does not mention what its source warns about: pregnancy (e.g. вагітність, вагітна, "
        "вагітний); translate every safety term"]
