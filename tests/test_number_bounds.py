"""Numbers rule, bounds before a number: "children under 12" → «детям от 12 лет» kept every digit and reversed who
may take it; a bound said the same way, or not said, passes."""

from __future__ import annotations

import pytest

from tests.test_numbers_probe import findings


@pytest.mark.parametrize(
    ("source", "translation", "locale"),
    [
        ("Do not give it to children under 12.", "Не давайте его детям до 12 лет.", "ru"),
        ("Do not give it to children under 12.", "Детям младше 12 лет его давать не следует.", "ru"),
        ("Do not give it to children under 12 years of age.", "Дітям до 12 років його давати не слід.", "uk"),
        ("Do not give it to children under 12 years of age.", "Не давайте його дітям молодше 12 років.", "uk"),
        ("Adults over 65 should take 2 g.", "Людям старше 65 лет следует принимать 2 г.", "ru"),
        ("Adults over 65 should take 2 g.", "Людям понад 65 років слід приймати 2 г.", "uk"),
        ("Store below 25 °C.", "Хранить при температуре не выше 25 °C.", "ru"),
        ("Store below 25 °C.", "Хранить при температуре до 25 °C.", "ru"),
        # "with", «с» before a number is no bound; a range's «от» is its low end
        ("Take it with 2 tablets of vitamin C.", "Принимайте с 2 таблетками витамина C.", "ru"),
        ("Take 1 to 3 g.", "Примите от 1 до 3 г.", "ru"),
        ("Take it over 2 weeks.", "Принимайте в течение 2 недель.", "ru"),
    ],
)
def test_a_bound_kept_or_not_said_passes(source: str, translation: str, locale: str) -> None:
    assert findings(source, translation, locale) == []


@pytest.mark.parametrize(
    ("source", "translation", "locale", "problem"),
    [
        ("Do not give it to children under 12.", "Детям старше 12 лет его давать не следует.", "ru",
         '"under 12" became "старше 12 лет" (bound turned: below → above)'),
        ("Do not give it to children under 12.", "Детям с 12 лет его давать не следует.", "ru",
         '"under 12" became "с 12 лет" (bound turned: below → above)'),
        ("Do not give it to children under 12 years of age.", "Дітям віком від 12 років його давати не слід.", "uk",
         '"under 12 years" became "від 12 років" (bound turned: below → above)'),
        ("Adults over 65 should take 2 g.", "Людям младше 65 лет следует принимать 2 г.", "ru",
         '"over 65" became "младше 65 лет" (bound turned: above → below)'),
        ("Store below 25 °C.", "Хранить при температуре от 25 °C.", "ru",
         '"below 25 °C" became "от 25 °C" (bound turned: below → above)'),
    ],
)
def test_a_bound_turned_the_other_way_is_an_error(source: str, translation: str, locale: str, problem: str) -> None:
    assert findings(source, translation, locale) == [("error", problem)]


# A negation outside a bound may turn it ("do not store above 25 °C" is «хранить не выше 25 °C»): bounds are compared
# where such a negation is in both texts or in neither — "don't" counts as one ("*n't").
@pytest.mark.parametrize(
    ("source", "translation", "locale", "expected"),
    [
        ("Do not store above 25 °C.", "Хранить при температуре не выше 25 °C.", "ru", []),
        ("Don't take more than 4 g a day.", "Принимайте не более 4 г в сутки.", "ru", []),
        ("Don't take more than 4 g a day.", "Не принимайте более 4 г в сутки.", "ru", []),
        ("Don't give it to children under 12.", "Не давайте его детям младше 12 лет.", "ru", []),
        ("Don't give it to children under 12.", "Не давайте его детям старше 12 лет.", "ru",
         [("error", '"under 12" became "старше 12 лет" (bound turned: below → above)')]),
        ("Children weighing less than 10 kg should not use it.", "Детям с массой тела более 10 кг его применять "
         "не следует.", "ru", [("error", '"less than 10 kg" became "более 10 кг" (bound turned: below → above)')]),
    ],
)
def test_a_bound_is_compared_where_a_negation_may_govern_it_in_both_texts_or_neither(
        source: str, translation: str, locale: str, expected: list[tuple[str, str]]) -> None:
    assert findings(source, translation, locale) == expected
