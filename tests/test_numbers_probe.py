"""Numbers rule, probed with real-sized health sentences: faithful Russian and Ukrainian pass, tampers fail."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

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
        ("error", '"2 tablets" became "3 таблетки" (value changed: 2 → 3)'),
        ("error", '"3 times" became "2 раза" (value changed: 3 → 2)'),
    ]
    assert findings(source, "Приймайте по 2 таблетки 3 рази на день протягом 5 днів.", "uk") == []


def test_a_bare_number_still_takes_an_implicit_unit_left_alone() -> None:
    assert compare_numbers(
        "Not for children under 12. Adults 18 years and older.", "Не для детей до 12 лет. Взрослым от 18 лет.",
        target_locale="ru",
    ) == []


# The rate of a dose: a duration word with no number, unmatched on both sides of a message with a dose.


@pytest.mark.parametrize(
    ("source", "translation", "locale", "problem"),
    [
        ("Do not exceed 4 g per day.", "Не превышайте 4 г в неделю.", "ru", '"day" became "неделю"'),
        ("Do not exceed 4 g per day.", "Не перевищуйте 4 г на тиждень.", "uk", '"day" became "тиждень"'),
        ("Take 2-3 times a day.", "Принимайте 2–3 раза в неделю.", "ru", '"day" became "неделю"'),
        ("Take 5 mg/day.", "Принимайте 5 мг/нед.", "ru", '"day" became "нед."'),
    ],
)
def test_a_dose_per_day_that_became_per_week_is_an_error(
    source: str, translation: str, locale: str, problem: str
) -> None:
    assert findings(source, translation, locale) == [("error", f"{problem} (unit changed: day → week)")]


def test_a_dose_once_a_week_that_became_once_a_day_is_an_error() -> None:
    assert findings("Take 20 mg once a week.", "Принимайте 20 мг раз в день.", "ru") == [
        ("error", '"week" became "день" (unit changed: week → day)')
    ]


@pytest.mark.parametrize(
    ("source", "translation", "locale"),
    [
        ("Take 2 g daily for a week.", "Принимайте по 2 г в день в течение недели.", "ru"),
        ("Take 5 mg a day for a week.", "Приймайте 5 мг на день протягом 7 днів.", "uk"),
        ("Take 5 mg once a week.", "Принимайте 5 мг раз в 7 дней.", "ru"),
        ("Take 5 mg per day.", "Приймайте 5 мг на добу.", "uk"),
        ("Take 5 mg/day.", "Принимайте 5 мг/сут.", "ru"),
        ("Take 5 mg (incl. in tea) a day.", "Принимайте 5 мг (в т. ч. в чае) в день.", "ru"),
        ("Take 5 mg the day before surgery.", "Примите 5 мг накануне операции.", "ru"),
        ("Most people take 1-5 g a day, some for years.", "Більшість приймає 1–5 г на день, дехто — роками.", "uk"),
        (
            "Take 400 mg every 4-6 hours as needed, up to 1,200 mg a day.",
            "Принимайте по 400 мг каждые 4–6 часов по необходимости, но не более 1200 мг в сутки.",
            "ru",
        ),
        (
            "Take 5 mg twice a day for 1 week, then once a day.",
            "Принимайте 5 мг дважды в сутки в течение недели, затем один раз в сутки.",
            "ru",
        ),
    ],
)
def test_a_rate_said_another_way_passes(source: str, translation: str, locale: str) -> None:
    assert compare_numbers(source, translation, target_locale=locale) == []


def test_a_month_rendered_as_weeks_is_not_called_a_changed_rate() -> None:
    assert findings("Take 5 mg daily for a month.", "Принимайте 5 мг в день в течение 4 недель.", "ru") == [
        ("warning", '"4 недель" is in the translation but not in the source')
    ]


# A dose in words is compared even where no digit is written, or every digit matches.


@pytest.mark.parametrize(
    ("source", "translation", "locale", "problem"),
    [
        ("Take three grams.", "Примите четыре грамма.", "ru",
         '"three grams" became "четыре грамма" (value changed: 3 → 4)'),
        ("Take 5 ml three times a day.", "Принимайте по 5 мл четыре раза в день.", "ru",
         '"three times" became "четыре раза" (value changed: 3 → 4)'),
        ("Wait one hour.", "Подождите два часа.", "ru", '"one hour" became "два часа" (value changed: 1 → 2)'),
        ("Wait one hour.", "Зачекайте дві години.", "uk", '"one hour" became "дві години" (value changed: 1 → 2)'),
    ],
)
def test_a_dose_in_words_changed_is_an_error(source: str, translation: str, locale: str, problem: str) -> None:
    assert findings(source, translation, locale) == [("error", problem)]


@pytest.mark.parametrize(
    ("source", "translation", "locale"),
    [
        ("Take three grams.", "Примите три грамма.", "ru"),
        ("Take three grams.", "Примите 3 г.", "ru"),
        ("Take 5 ml three times a day.", "Приймайте по 5 мл тричі на день.", "uk"),
        ("Take one or two tablets.", "Примите одну-две таблетки.", "ru"),
        ("Wait one hour.", "Подождите час.", "ru"),
        ("Wait one hour.", "Зачекайте одну годину.", "uk"),
        ("One day, take two grams.", "Однажды примите два грамма.", "ru"),
    ],
)
def test_a_dose_in_words_kept_passes(source: str, translation: str, locale: str) -> None:
    assert compare_numbers(source, translation, target_locale=locale) == []


# In a disclaimer a dose must stay as written: one dropped is an error even with no digit left in the translation.

PO_HEADER = 'msgid ""\nmsgstr ""\n"Language: {locale}\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'


def test_a_dose_dropped_from_a_disclaimer_is_an_error(stele: Callable[..., Result], tmp_path: Path) -> None:
    po = tmp_path / "uk.po"
    po.write_text(
        PO_HEADER.format(locale="uk")
        + '#. DISCLAIMER (dose): the maximum\nmsgid "Take 1-3 grams of powder."\nmsgstr "Прийміть порошок."\n\n'
        + 'msgid "Take 1-3 grams of powder, then rest."\nmsgstr "Прийміть порошок, потім відпочиньте."\n',
        encoding="utf-8",
    )
    result = stele("check", "--select", "numbers", po)
    assert result.output == (
        f'{po}:8: error: [numbers] "1-3 grams" is missing from the translation\n'
        f'{po}:11: warning: [numbers] "1-3 grams" is missing from the translation\n'
        "1 file checked: 1 error, 1 warning, 0 notes\n"
    )


# Counts of a dose form (tablets, capsules, drops, doses, sachets, servings) are doses as grams are, in the languages
# whose words for them stele knows (en, ru, uk); "twice", «дважды», «двічі», «вдвое» say a number of times alone.


@pytest.mark.parametrize(
    ("source", "translation", "locale"),
    [
        ("Take 2 pills a day.", "Принимайте 2 таблетки в день.", "ru"),
        ("Take two tablets.", "Примите две таблетки.", "ru"),
        ("Take 5 drops in water.", "Добавьте 5 капель в воду.", "ru"),
        ("Take 5 drops in water.", "Додайте 5 крапель у воду.", "uk"),
        ("Do not take more than 3 doses in 24 hours.", "Не делайте более 3 приёмов за 24 часа.", "ru"),
        ("Do not take more than 3 doses in 24 hours.", "Не приймайте більше 3 доз протягом 24 годин.", "uk"),
        ("Take 1 capsule (500 mg) with food.", "Принимайте 1 капсулу (500 мг) во время еды.", "ru"),
        ("Take 1 sachet a day.", "Принимайте 1 пакетик в день.", "ru"),
        ("Take 1 or 2 tablets.", "Примите 1–2 таблетки.", "ru"),
        ("Take 1 or 2 tablets.", "Прийміть 1 або 2 таблетки.", "uk"),
        ("Take 1 tablet twice a day.", "Принимайте по 1 таблетке 2 раза в день.", "ru"),
        ("Take 1 tablet twice a day.", "Принимайте по одной таблетке дважды в день.", "ru"),
        ("Take 1 tablet twice a day.", "Приймайте по одній таблетці двічі на день.", "uk"),
        ("Take it 2 times a day.", "Принимайте дважды в день.", "ru"),
        ("Repeat 3 times a day.", "Повторяйте трижды в день.", "ru"),
        ("Repeat 3 times a day.", "Повторюйте тричі на день.", "uk"),
        ("The risk is 2 times higher.", "Риск вдвое выше.", "ru"),
        ("Take 2 tablets a day.", "Nehmen Sie 2 Tabletten pro Tag.", "de"),  # no words for tablets here: two bare 2s
        # a number in words counts only where it matches: the digits are paired first
        ("Take it twice, then 2 times a day.", "Tómelo otra vez, luego 2 veces al día.", "es"),
        ("Take it twice, then 2 times a day.", "Примите его дважды, затем 2 раза в день.", "ru"),
    ],
)
def test_a_count_of_a_dose_form_or_of_times_kept_passes(source: str, translation: str, locale: str) -> None:
    assert findings(source, translation, locale) == []


def test_a_changed_count_of_a_dose_form_or_of_times_is_an_error() -> None:
    assert findings("Take 2 capsules a day.", "Принимайте 3 капсулы в день.", "ru") == [
        ("error", '"2 capsules" became "3 капсулы" (value changed: 2 → 3)')]
    assert findings("Take two tablets.", "Примите три таблетки.", "ru") == [
        ("error", '"two tablets" became "три таблетки" (value changed: 2 → 3)')]
    assert findings("Take it twice a day.", "Принимайте трижды в день.", "ru") == [
        ("error", '"twice" became "трижды" (value changed: 2 → 3)')]
    assert findings("Take it twice a day.", "Приймайте тричі на день.", "uk") == [
        ("error", '"twice" became "тричі" (value changed: 2 → 3)')]
    assert findings("Take 5 drops.", "Добавьте 5 капсул.", "ru") == [
        ("error", '"5 drops" became "5 капсул" (unit changed: drop → capsule)')]


def test_one_tablet_said_by_the_noun_alone_passes() -> None:
    """«Примите таблетку» says one tablet (it was a warning that "1 tablet" is missing); a digit dropped from a
    disclaimer's dose is otherwise an error."""
    problems = number_problems("Take 1 tablet.", "Примите таблетку.", target_locale="ru", disclaimer=True)
    assert [(p.severity, p.text) for p in problems] == []
    problems = number_problems("Take 2 tablets.", "Примите таблетки.", target_locale="ru", disclaimer=True)
    assert [(p.severity, p.text) for p in problems] == [("error", '"2 tablets" is missing from the translation')]


# Fractions are values: in words ("half a gram", «полграмма», «півтори таблетки», "one and a half") where a unit
# follows, and in digits ("1/2", "3/4", "½", "1 1/2"). Alone ("half of people") a fraction word says nothing.


@pytest.mark.parametrize(
    ("source", "translation", "locale"),
    [
        ("Take half a gram.", "Примите полграмма.", "ru"),
        ("Take half a gram.", "Примите 0,5 г.", "ru"),
        ("Take half a gram.", "Прийміть півграма.", "uk"),
        ("Take half a tablet.", "Примите половину таблетки.", "ru"),
        ("Take half a tablet.", "Примите полтаблетки.", "ru"),
        ("Take half a tablet.", "Прийміть пів таблетки.", "uk"),
        ("Take 1.5 tablets.", "Примите полторы таблетки.", "ru"),
        ("Take 1.5 tablets.", "Прийміть півтори таблетки.", "uk"),
        ("Take one and a half tablets.", "Примите полторы таблетки.", "ru"),
        ("Take two and a half grams.", "Примите два с половиной грамма.", "ru"),
        ("Take two and a half grams.", "Прийміть два з половиною грами.", "uk"),
        ("Take a quarter of a tablet.", "Прийміть чверть таблетки.", "uk"),
        ("Take it half an hour before meals.", "Принимайте за полчаса до еды.", "ru"),
        ("Take it half an hour before meals.", "Приймайте за 30 хвилин до їди.", "uk"),
        ("Take it half an hour before meals.", "Приймайте за півгодини до їди.", "uk"),
        ("Drink half a liter of water.", "Выпейте пол-литра воды.", "ru"),
        ("Take 1/2 tablet.", "Примите половину таблетки.", "ru"),
        ("Take 1 1/2 tablets.", "Примите полторы таблетки.", "ru"),
        ("Take 1½ tablets.", "Примите 1,5 таблетки.", "ru"),
        ("Take one to one and a half tablets.", "Примите от одной до полутора таблеток.", "ru"),
        ("Half of the patients took 5 mg.", "Половина пациентов принимала 5 мг.", "ru"),
        ("Take 2 g before noon.", "Прийміть 2 г до півдня.", "uk"),  # «півдня» is noon here, not half a day
        ("See the update of 1/2/2020.", "См. обновление от 1/2/2020.", "ru"),
        ("Take 3/4 tablet.", "Примите три четверти таблетки.", "ru"),  # a number word counts the fraction after it
        ("Take 3/4 tablet.", "Прийміть три чверті таблетки.", "uk"),
        ("Take three quarters of a tablet.", "Примите 3/4 таблетки.", "ru"),
        ("Wait a quarter of an hour.", "Подождите 15 минут.", "ru"),
    ],
)
def test_a_fraction_kept_passes(source: str, translation: str, locale: str) -> None:
    assert findings(source, translation, locale) == []


@pytest.mark.parametrize(
    ("source", "translation", "locale", "problem"),
    [
        ("Take half a gram.", "Примите два грамма.", "ru",
         '"half a gram" became "два грамма" (value changed: 0.5 → 2)'),
        ("Take half a gram.", "Прийміть два грами.", "uk", '"half a gram" became "два грами" (value changed: 0.5 → 2)'),
        ("Take half a tablet.", "Примите полторы таблетки.", "ru",
         '"half a tablet" became "полторы таблетки" (value changed: 0.5 → 1.5)'),
        ("Take half a tablet.", "Примите четверть таблетки.", "ru",
         '"half a tablet" became "четверть таблетки" (value changed: 0.5 → 0.25)'),
        ("Take a quarter of a tablet.", "Прийміть половину таблетки.", "uk",
         '"quarter of a tablet" became "половину таблетки" (value changed: 0.25 → 0.5)'),
        ("Drink half a liter of water.", "Выпейте 2 литра воды.", "ru",
         '"half a liter" became "2 литра" (value changed: 0.5 → 2)'),
        ("Take 2 g.", "Примите полграмма.", "ru", '"2 g" became "полграмма" (value changed: 2 → 0.5)'),
        ("Take 2.5 g.", "Примите три с половиной грамма.", "ru",
         '"2.5 g" became "три с половиной грамма" (value changed: 2.5 → 3.5)'),
        ("Take ½ tablet.", "Примите полторы таблетки.", "ru",
         '"½ tablet" became "полторы таблетки" (value changed: 0.5 → 1.5)'),
        ("Take three quarters of a tablet.", "Примите половину таблетки.", "ru",
         '"three quarters of a tablet" became "половину таблетки" (value changed: 0.75 → 0.5)'),
        ("Take 1/4 tablet.", "Примите 1/2 таблетки.", "ru",
         '"1/4 tablet" became "1/2 таблетки" (value changed: 0.25 → 0.5)'),
    ],
)
def test_a_changed_fraction_is_an_error(source: str, translation: str, locale: str, problem: str) -> None:
    assert findings(source, translation, locale) == [("error", problem)]


# A digit with a cardinal's case ending takes the unit after it («2-х недель», «5-ти дней», «2-ох днів»); an
# ordinal's ending does not («на 2-й день», «в 1990-х годах»).


@pytest.mark.parametrize(
    ("source", "translation", "locale"),
    [
        ("Take 5 mg for 2 weeks.", "Принимайте 5 мг в течение 2-х недель.", "ru"),
        ("Take 5 mg for 2 weeks.", "Приймайте 5 мг протягом 2-х тижнів.", "uk"),
        ("Take within 48 hours.", "Примите в течение 2-х суток.", "ru"),
        ("Take 5 mg for 5 days.", "Принимайте 5 мг в течение 5-ти дней.", "ru"),
        ("Take 5 mg for 2 days.", "Приймайте 5 мг протягом 2-ох днів.", "uk"),
        ("Take 5 mg from age 2.", "Принимайте 5 мг с 2-х лет.", "ru"),
        ("In the 1990s, 5 mg was used.", "В 1990-х годах применяли 5 мг.", "ru"),
        ("On day 2, take 5 mg.", "На 2-й день примите 5 мг.", "ru"),
    ],
)
def test_a_cardinal_case_ending_keeps_its_unit(source: str, translation: str, locale: str) -> None:
    assert findings(source, translation, locale) == []


def test_a_changed_number_with_a_cardinal_case_ending_is_an_error() -> None:
    assert findings("Take 5 mg for 2 weeks.", "Принимайте 5 мг в течение 3-х недель.", "ru") == [
        ("error", '"2 weeks" became "3-х недель" (value changed: 2 → 3)')]
