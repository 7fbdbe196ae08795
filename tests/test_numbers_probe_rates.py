"""Numbers rule, probed for rates and times with real-sized health sentences: "once a day", "daily", "every other
day", hours of the clock, ranges joined by "or" — faithful Russian and Ukrainian pass, tampers fail."""

from __future__ import annotations

import pytest

from stele.rules.numbers import number_problems
from tests.test_numbers_probe import findings

# Once, where a rate follows ("once a day", «раз в день», «раз на добу»), is one time: 'once a day' → «дважды в день»
# passed, as 'twice a day' → «раз в день» did. "Once you feel better" is no number.


@pytest.mark.parametrize(
    ("source", "translation", "locale"),
    [
        ("Take 5 mg once a day.", "Принимайте 5 мг раз в день.", "ru"),
        ("Take 5 mg once a day.", "Принимайте 5 мг 1 раз в день.", "ru"),
        ("Take 5 mg once a day.", "Принимайте 5 мг ежедневно.", "ru"),
        ("Take 5 mg once daily.", "Приймайте 5 мг один раз на добу.", "uk"),
        ("Take 5 mg once a day.", "Приймайте 5 мг раз на добу.", "uk"),
        ("Take 5 mg once every 3 days.", "Принимайте 5 мг раз в 3 дня.", "ru"),
        ("Take 5 mg three times a day.", "Принимайте 5 мг три раза в день.", "ru"),
        ("Once you feel better, stop taking 5 mg.", "Как только станет лучше, прекратите приём 5 мг.", "ru"),
    ],
)
def test_once_a_day_kept_passes(source: str, translation: str, locale: str) -> None:
    assert findings(source, translation, locale) == []


@pytest.mark.parametrize(
    ("source", "translation", "locale", "problem"),
    [
        ("Take 5 mg once a day.", "Принимайте 5 мг дважды в день.", "ru",
         '"once" became "дважды" (value changed: 1 → 2)'),
        ("Take 5 mg once a day.", "Приймайте 5 мг тричі на день.", "uk",
         '"once" became "тричі" (value changed: 1 → 3)'),
        ("Take 1 g once daily for 3 days.", "Принимайте 1 г два раза в день в течение 3 дней.", "ru",
         '"once" became "два раза" (value changed: 1 → 2)'),
        ("Take 5 mg twice a day.", "Принимайте 5 мг раз в день.", "ru", '"twice" became "раз" (value changed: 2 → 1)'),
        ("Take 5 mg twice a day.", "Приймайте 5 мг раз на день.", "uk", '"twice" became "раз" (value changed: 2 → 1)'),
    ],
)
def test_once_a_day_changed_is_an_error(source: str, translation: str, locale: str, problem: str) -> None:
    assert findings(source, translation, locale) == [("error", problem)]


# Words that say a rate alone ("daily", "weekly", «ежедневно», «щотижня») are compared as "a day", "a week" are.


@pytest.mark.parametrize(
    ("source", "translation", "locale"),
    [
        ("Take 10,000 IU of vitamin D weekly.", "Принимайте 10 000 МЕ витамина D раз в неделю.", "ru"),
        ("Take 10,000 IU of vitamin D weekly.", "Принимайте 10 000 МЕ витамина D каждые 7 дней.", "ru"),
        ("Take 10,000 IU of vitamin D weekly.", "Приймайте 10 000 МО вітаміну D щотижня.", "uk"),
        ("Take 400 mcg of folic acid daily.", "Принимайте 400 мкг фолиевой кислоты в сутки.", "ru"),
        ("Take 400 mcg of folic acid daily.", "Приймайте 400 мкг фолієвої кислоти щодня.", "uk"),
        ("Take 400 mcg of folic acid a day.", "Принимайте 400 мкг фолиевой кислоты ежедневно.", "ru"),
        ("Apply a thin layer 2-3 times daily.", "Наносите тонким слоем 2–3 раза в день.", "ru"),
        ("Use a 1% cream twice daily for 2 weeks.", "Используйте 1% крем дважды в день в течение 14 дней.", "ru"),
        ("Take 5 mg daily for 7 days.", "Принимайте 5 мг ежедневно в течение недели.", "ru"),
        ("Take 5 mg daily; it does not affect daily activities.",
         "Принимайте 5 мг в день; это не влияет на повседневную активность.", "ru"),
    ],
)
def test_a_rate_word_kept_passes(source: str, translation: str, locale: str) -> None:
    assert findings(source, translation, locale) == []


@pytest.mark.parametrize(
    ("source", "translation", "locale", "problem"),
    [
        ("Take 10,000 IU of vitamin D weekly.", "Принимайте 10 000 МЕ витамина D ежедневно.", "ru",
         '"weekly" became "ежедневно" (unit changed: week → day)'),
        ("Take 10,000 IU of vitamin D weekly.", "Приймайте 10 000 МО вітаміну D щодня.", "uk",
         '"weekly" became "щодня" (unit changed: week → day)'),
        ("Take 400 mcg of folic acid daily.", "Принимайте 400 мкг фолиевой кислоты ежемесячно.", "ru",
         '"daily" became "ежемесячно" (unit changed: day → month)'),
        ("Apply a thin layer 2-3 times daily.", "Наносьте тонким шаром 2–3 рази на тиждень.", "uk",
         '"daily" became "тиждень" (unit changed: day → week)'),
    ],
)
def test_a_changed_rate_word_is_an_error(source: str, translation: str, locale: str, problem: str) -> None:
    assert findings(source, translation, locale) == [("error", problem)]


# An hour of the clock: "8:00" is 8 (it was 8 and an added 00), "8 p.m." and «8 вечера» are 20:00. Warnings only.


@pytest.mark.parametrize(
    ("source", "translation", "locale"),
    [
        ("Take 2 capsules at 8 a.m. and 2 capsules at 8 p.m.", "Принимайте 2 капсулы в 8:00 и 2 капсулы в 20:00.",
         "ru"),
        ("Take 2 capsules at 8 a.m. and 2 capsules at 8 p.m.", "Приймайте 2 капсули о 8 ранку та 2 капсули о 8 вечора.",
         "uk"),
        ("Take 5 mg at 10 pm.", "Примите 5 мг в 22:00.", "ru"),
        ("Take 5 mg at 8:30 a.m.", "Примите 5 мг в 8:30.", "ru"),
        ("Take 5 mg between 9:00 and 17:00.", "Принимайте 5 мг с 9:00 до 17:00.", "ru"),
        ("Dilute 1:10 and take 5 ml.", "Разведите 1:10 и примите 5 мл.", "ru"),
        ("Take it at 6 p.m.", "Nehmen Sie es um 6 Uhr abends ein.", "de"),  # no words for the evening: both as written
    ],
)
def test_an_hour_of_the_clock_kept_passes(source: str, translation: str, locale: str) -> None:
    assert findings(source, translation, locale) == []


def test_a_changed_hour_of_the_clock_is_a_warning() -> None:
    assert findings("Take 2 capsules at 8 a.m. and 2 capsules at 8 p.m.",
                    "Принимайте 2 капсулы в 8:00 и 2 капсулы в 21:00.", "ru") == [
        ("warning", '"8 p.m." became "21:00" (value changed: 20 → 21)')]


def test_a_decimal_dot_kept_where_the_dot_groups_thousands_passes() -> None:
    """Sphinx's Spanish 'algo así como 2.5 o 3.0' for 'something like 2.5 or 3.0' was an error (the range lost an
    end): its 2.5 was read as 2 and 5."""
    assert findings("The version is something like 2.5 or 3.0.", "La versión es algo así como 2.5 o 3.0.", "es") == []


def test_or_joins_a_range_only_where_a_unit_follows() -> None:
    """"1 or 2 tablets" is «1–2 таблетки»; "2.5 or 3.0", two versions, is two numbers (Sphinx's Persian catalog
    writes them «۲/۵ یا ۳/۰», each a bare number that is only a warning, not a range that lost an end)."""
    assert findings("Take 1 or 2 tablets.", "Примите 1–2 таблетки.", "ru") == []
    assert findings("Take 1 or 2 tablets.", "Примите 1–3 таблетки.", "ru") == [
        ("error", '"1 or 2 tablets" became "1–3 таблетки" (value changed: 1–2 → 1–3)')]
    persian = number_problems("The version is something like 2.5 or 3.0.", "نسخه‌ چیزی شبیه به ۲/۵ یا ۳/۰ است.",
                              target_locale="fa")
    assert persian and {p.severity for p in persian} == {"warning"}


def test_a_curated_languages_unit_words_take_no_ending_cldr_does_not_list() -> None:
    """stele knows every form of Russian and Ukrainian unit words: «летом» (in summer) is no «лет» (years) with an
    ending, and a rate word ("daily") is not compared with it."""
    from stele.rules.durations import implied

    assert [q.text for q in implied("Принимайте летом и осенью.", "ru")] == []
    assert [q.text for q in implied("Приймайте протягом року.", "uk")] == ["року"]
    assert findings("Take 2 g daily.", "Принимайте 2 г летом.", "ru") == []


# "Every other day" is every 2 days: «каждый день» for it doubles the dose; «через день» says it.
@pytest.mark.parametrize(
    ("source", "translation", "locale"),
    [
        ("Take 2 g every other day.", "Принимайте 2 г через день.", "ru"),
        ("Take 2 g every other day.", "Приймайте 2 г через день.", "uk"),
        ("Take 2 g every other day.", "Приймайте 2 г кожного другого дня.", "uk"),
        ("Take 2 g on alternate days.", "Принимайте по 2 г через сутки.", "ru"),
        ("Take 2 g every other day.", "Принимайте 2 г раз в два дня.", "ru"),
        ("Take 2 g daily.", "Принимайте 2 г каждый день.", "ru"),
    ],
)
def test_every_other_day_said_either_way_passes(source: str, translation: str, locale: str) -> None:
    assert findings(source, translation, locale) == []


def test_every_other_day_made_daily_or_back_is_an_error() -> None:
    assert findings("Take 2 g every other day.", "Принимайте 2 г каждый день.", "ru") == [
        ("error", '"every other day" became "день" (rate changed: every 2 days → every day)')]
    assert findings("Take 2 g daily.", "Принимайте 2 г через день.", "ru") == [
        ("error", '"daily" became "через день" (rate changed: every day → every 2 days)')]
    assert findings("Take 2 g every other day.", "Приймайте 2 г щодня.", "uk") == [
        ("error", '"every other day" became "щодня" (rate changed: every 2 days → every day)')]


# "Half an hour" is half of one hour: the "hour" in it is no hour of its own, so «1 час» for it changed the value
# (it passed, the hour read as one, said alone).
@pytest.mark.parametrize(
    ("source", "translation", "locale"),
    [
        ("Wait half an hour before the next dose.", "Подождите полчаса перед следующей дозой.", "ru"),
        ("Wait half an hour before the next dose.", "Подождите 30 минут перед следующей дозой.", "ru"),
        ("Wait half an hour before the next dose.", "Зачекайте півгодини перед наступною дозою.", "uk"),
        ("Take 2 g, then wait an hour.", "Примите 2 г, затем подождите час.", "ru"),
        ("Take 2 g, then wait an hour.", "Примите 2 г, затем подождите 1 час.", "ru"),
    ],
)
def test_half_an_hour_said_either_way_passes(source: str, translation: str, locale: str) -> None:
    assert findings(source, translation, locale) == []


def test_half_an_hour_made_one_is_an_error() -> None:
    assert findings("Wait half an hour before the next dose.", "Подождите 1 час перед следующей дозой.", "ru") == [
        ("error", '"half an hour" became "1 час" (value changed: 0.5 → 1)')]
    assert findings("Take 2 g within half a day.", "Приймайте 2 г протягом 1 дня.", "uk") == [
        ("error", '"half a day" became "1 дня" (value changed: 0.5 → 1)')]


# «получаса» is «полчаса» in the genitive (the у joins the half to its unit); «полудня» is noon.
def test_half_an_hour_in_the_genitive_is_half_an_hour() -> None:
    assert findings("The effect begins within 30 minutes.", "Действие наступает в течение получаса.", "ru") == []
    assert findings("Drink half a liter of water.", "Выпейте не менее полулитра воды.", "ru") == []
    assert findings("Take 2 g at noon.", "Примите 2 г около полудня.", "ru") == []
    assert findings("Wait half an hour.", "Подождите около полутора часов.", "ru") == [
        ("error", '"half an hour" became "полутора часов" (value changed: 0.5 → 1.5)')]


# An age beside a dose's rate ("over 65" → «старше 65 років») is no duration the dose is taken over: the rate is
# still compared.
def test_a_rate_changed_beside_an_age_is_an_error() -> None:
    assert findings("Do not exceed 3 g a day if you are over 65.",
                    "Людям старше 65 років не слід перевищувати 3 г на тиждень.", "uk") == [
        ("error", '"day" became "тиждень" (unit changed: day → week)')]
    assert findings("Do not exceed 3 g a day if you are over 65.",
                    "Людям старше 65 років не слід перевищувати 3 г на день.", "uk") == []
    # the other way ("7 days" → "7") the unit is lost, which is reported; the rate words stay unread (Plone's Swedish
    # «många», many, read as «mån», month, with an ending)
    assert findings("This number indicates how many days of history you keep. Recommended value is 7 days.",
                    "Denna siffra anger hur många dagars historik du behåller. Rekommenderat värde är 7.", "sv") == [
        ("warning", '"7 days" became "7" (unit changed: day → none)')]


# In a disclaimer a time said by a word alone is compared as a dose's rate is, digits or none: "for longer than a
# week" → «довше місяця» passed (no digit, no dose in the sentence).
def _disclaimer(source: str, translation: str, locale: str) -> list[tuple[str, str]]:
    return [(p.severity, p.text) for p in number_problems(source, translation, target_locale=locale, disclaimer=True)]


def test_a_disclaimers_time_word_changed_is_an_error() -> None:
    assert _disclaimer("Do not take it for longer than a week unless a doctor tells you to.",
                       "Без вказівки лікаря не приймайте його довше місяця.", "uk") == [
        ("error", '"week" became "місяця" (unit changed: week → month)')]
    assert _disclaimer("Take it daily for a week.", "Принимайте ежедневно в течение месяца.", "ru") == [
        ("error", '"week" became "месяца" (unit changed: week → month)')]
    for source, translation, locale in [
        ("Do not take it for longer than a week unless a doctor tells you to.",
         "Без вказівки лікаря не приймайте його довше тижня.", "uk"),
        ("Take it daily for a week.", "Принимайте каждый день в течение недели.", "ru"),
        ("Consult a doctor if symptoms last more than a few days.",
         "Обратитесь к врачу, если симптомы сохраняются дольше нескольких дней.", "ru"),
    ]:
        assert _disclaimer(source, translation, locale) == [], translation


# "one week" is "a week" spelled out: it was left out of that comparison ("one week" → «месяца» passed, a number word
# unmatched and no digit to report), while "a week" → «месяца» was an error.
@pytest.mark.parametrize(("source", "translation", "locale", "expected"), [
    ("Do not use it for longer than one week.", "Не используйте его дольше месяца.", "ru",
     [("error", '"one week" became "месяца" (unit changed: week → month)')]),
    ("Do not use it for longer than one week.", "Не використовуйте його довше місяця.", "uk",
     [("error", '"one week" became "місяця" (unit changed: week → month)')]),
    ("Take it once a day for one month.", "Принимайте раз в день в течение недели.", "ru",
     [("error", '"one month" became "недели" (unit changed: month → week)')]),
    # faithful: the same time, as a word, spelled out, in digits or in days
    ("Do not use it for longer than one week.", "Не используйте его дольше недели.", "ru", []),
    ("Do not use it for longer than one week.", "Не используйте его дольше одной недели.", "ru", []),
    ("Do not use it for longer than one week.", "Не використовуйте його довше одного тижня.", "uk", []),
    ("Do not use it for longer than one week.", "Не используйте его дольше 7 дней.", "ru", []),
    ("Take it once a day for one month.", "Принимайте раз в день в течение месяца.", "ru", []),
])
def test_a_time_of_one_spelled_out_is_compared_as_a_time_word(
        source: str, translation: str, locale: str, expected: list[tuple[str, str]]) -> None:
    assert _disclaimer(source, translation, locale) == expected


# A dose form or a spoon of one said by its noun alone: the noun of another size or form is a changed dose ("1
# tablespoon" → «чайную ложку» was a warning that "1 tablespoon" is missing, as was the faithful «столовую ложку»).
@pytest.mark.parametrize(("source", "translation", "locale", "expected"), [
    ("Take 1 tablespoon after meals.", "Принимайте чайную ложку после еды.", "ru",
     [("error", '"1 tablespoon" became "чайную ложку" (unit changed: tbsp → tsp)')]),
    ("Take 1 teaspoon twice a day.", "Приймайте столову ложку двічі на день.", "uk",
     [("error", '"1 teaspoon" became "столову ложку" (unit changed: tsp → tbsp)')]),
    ("Take 1 tablet, then 2 tablets.", "Примите капсулу, затем 2 таблетки.", "ru",
     [("error", '"1 tablet" became "капсулу" (unit changed: tablet → capsule)')]),
    # faithful: the noun alone says one of the same
    ("Take 1 tablespoon after meals.", "Принимайте столовую ложку после еды.", "ru", []),
    ("Take 1 teaspoon twice a day.", "Приймайте чайну ложку двічі на день.", "uk", []),
    ("Take 1 tablet, then 2 tablets.", "Примите таблетку, затем 2 таблетки.", "ru", []),
    ("Take 1 tablet after meals.", "Після їди прийміть одну таблетку.", "uk", []),
    # a generic dose is none of them: the form is not changed, only not said
    ("Take 1 dose after meals.", "Принимайте таблетку после еды.", "ru",
     [("warning", '"1 dose" is missing from the translation')]),
])
def test_a_dose_form_or_spoon_said_by_its_noun_alone(
        source: str, translation: str, locale: str, expected: list[tuple[str, str]]) -> None:
    assert _disclaimer(source, translation, locale) == expected


def test_a_day_split_into_doses_is_read_only_from_amounts_it_can_divide() -> None:
    """A translation's amount of 0 divides nothing (hypothesis found "0.01-125,000 IU" → «0,01125 000МЕ»)."""
    from decimal import Decimal

    from stele.rules.number_tokens import Quantity
    from stele.rules.rates import split_doses

    def quantity(low: str, unit: str | None, text: str) -> Quantity:
        return Quantity(low=Decimal(low), high=None, unit=unit, text=text, start=0, word=False, implied=False,
                        unit_before=None, afternoon=False)

    ours, theirs = [quantity("2", "g", "2 g"), quantity("2", "dose", "two doses")], [quantity("0", "g", "0 г")]
    split_doses(ours, theirs, lambda q: q.unit == "g")
    assert (len(ours), len(theirs)) == (2, 1)
    assert [p.text for p in number_problems("Take 0.01-125,000IU", "Принимайте 0,01125 000МЕ",
                                            target_locale="ru")]
