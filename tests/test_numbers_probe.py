"""Numbers rule, probed with real-sized health sentences: faithful Russian and Ukrainian pass, tampers fail."""

from __future__ import annotations

import pytest

from stele.rules.numbers import compare_numbers, number_problems


def findings(source: str, translation: str, locale: str) -> list[tuple[str, str]]:
    """(severity, text) of each problem, in the rule's order."""
    return [(p.severity, p.text) for p in number_problems(source, translation, target_locale=locale)]


# Ukrainian number words: num2words spells Ukrainian's feminine gender and locative case its own way, and a
# Ukrainian number word may hold an apostrophe (', ’ or ʼ).


@pytest.mark.parametrize(
    ("source", "translation"),
    [
        ("Take 1 tablet every 12 hours.", "Приймайте по одній таблетці кожні 12 годин."),
        ("Take 1 tablet every 12 hours.", "Приймайте одну таблетку кожні 12 годин."),
        ("Take 2 g of powder.", "Прийміть дві грами порошку."),
        ("Take 5 grams of powder.", "Прийміть п’ять грамів порошку."),
        ("Take 5 grams of powder.", "Прийміть п'ять грамів порошку."),
        ("Take 9 grams of powder.", "Прийміть девʼять грамів порошку."),
    ],
)
def test_ukrainian_number_words_in_every_gender_case_and_apostrophe(source: str, translation: str) -> None:
    assert compare_numbers(source, translation, target_locale="uk") == []


def test_a_ukrainian_number_word_with_an_apostrophe_is_compared() -> None:
    assert findings("Take 2-3 grams.", "Прийміть від двох до п’яти грамів.", "uk") == [
        ("error", '"2-3 grams" became "від двох до п’яти грамів" (value changed: 2–3 → 2–5)')
    ]


def test_a_french_elided_article_does_not_hide_a_number_word() -> None:
    assert compare_numbers("Take 1 of them.", "Prenez-en l'un.", target_locale="fr") == []


# A bare number takes the unit of the same value on the other side ("under 12" → "до 12 лет") only when its own
# side has no other quantity of that unit left: else two values were swapped.


def test_swapped_tablet_count_and_times_a_day_are_two_changed_values() -> None:
    source = "Take 2 tablets 3 times a day for 5 days."
    assert findings(source, "Принимайте по 3 таблетки 2 раза в день в течение 5 дней.", "ru") == [
        ("warning", '"2" became "3" (value changed: 2 → 3)'),
        ("error", '"3 times" became "2 раза" (value changed: 3 → 2)'),
    ]
    assert findings(source, "Приймайте по 2 таблетки 3 рази на день протягом 5 днів.", "uk") == []


def test_a_bare_number_still_takes_an_implicit_unit_left_alone() -> None:
    assert compare_numbers(
        "Not for children under 12. Adults 18 years and older.", "Не для детей до 12 лет. Взрослым от 18 лет.",
        target_locale="ru",
    ) == []
