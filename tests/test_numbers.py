"""Numbers rule: quantities compared as tokens across locales; no false positives on real Russian/Ukrainian."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from babel.numbers import format_decimal
from hypothesis import given, settings
from hypothesis import strategies as st

from stele.rules.number_tokens import Quantity, tokens
from stele.rules.numbers import compare_numbers

EN_DOSE = (
    "Starting with smaller doses is generally recommended, typically around 1-3 grams of dried kratom powder "
    "per serving. For more severe pain, users may opt for higher doses, up to 5-7 grams or more."
)
RU_DOSE = (
    "Начинайте с небольших доз — обычно около 1–3\u00a0г сушёного порошка кратома на приём; "
    "при более сильной боли — до 5–7\u00a0г и более."
)
UK_DOSE = (
    "Починайте з невеликих доз — зазвичай близько 1–3\u00a0г сушеного порошку кратому на прийом; "
    "при сильнішому болю — до 5–7\u00a0г і більше."
)
SPACES = (" ", "\u00a0", "\u202f", "\u2009")


def quantities(text: str, locale: str) -> list[Quantity]:
    """The numbers and ranges of ``text`` written in ``locale``, with their units, in order, as the rule reads them."""
    return tokens(text, locale)[0]


def shape(text: str, locale: str) -> list[tuple[Decimal, Decimal | None, str | None]]:
    """The values of the quantities found in ``text``, without their positions and spelling."""
    return [(q.low, q.high, q.unit) for q in quantities(text, locale)]


def one(low: str, high: str | None = None, unit: str | None = None) -> list[tuple[Decimal, Decimal | None, str | None]]:
    return [(Decimal(low), None if high is None else Decimal(high), unit)]


# Reading numbers -----------------------------------------------------------------------------------------


def test_quantity_records_the_text_as_written_and_its_offset() -> None:
    assert quantities("Take 1–3\u00a0г now", "ru") == [Quantity(Decimal(1), Decimal(3), "g", "1–3\u00a0г", 5)]
    assert quantities("no digits here", "en") == []


@pytest.mark.parametrize(
    ("text", "locale", "value"),
    [
        ("1.5", "en", "1.5"),
        ("10,000", "en", "10000"),
        ("1,234.5", "en", "1234.5"),
        (".5", "en", "0.5"),
        ("1,5", "ru", "1.5"),
        ("1,5", "uk", "1.5"),
        ("1.5", "ru", "1.5"),  # a dot the translator kept is still a decimal point in Russian
        ("1.000,5", "de", "1000.5"),
        ("1\u202f000,5", "fr", "1000.5"),
        ("12’345.5", "de_CH", "12345.5"),
        ("12'345.5", "de_CH", "12345.5"),  # CLDR 47 writes an ASCII apostrophe, older CLDR a ’
        ("1,23,45,678.25", "en_IN", "12345678.25"),
        ("10 000", "ru-RU", "10000"),
        ("2.5", "es", "2.5"),  # a dot before other than three digits is a decimal point where the dot groups
        ("2.500", "es", "2500"),
        ("3.14159", "de", "3.14159"),
    ],
)
def test_decimal_and_group_symbols_follow_the_locale(text: str, locale: str, value: str) -> None:
    assert shape(text, locale) == one(value)


@pytest.mark.parametrize("space", SPACES)
@pytest.mark.parametrize("locale", ["ru", "uk"])
def test_cyrillic_locales_group_thousands_with_any_space(space: str, locale: str) -> None:
    assert shape(f"10{space}000 и 1{space}000{space}000,5", locale) == [
        (Decimal(10000), None, None),
        (Decimal("1000000.5"), None, None),
    ]


def test_a_russian_decimal_comma_is_never_a_thousands_separator() -> None:
    assert shape("1,5 г", "ru") == one("1.5", unit="g")
    assert shape("1,500 г", "ru") == one("1.5", unit="g")
    assert compare_numbers("1.5 g", "1,5 г", target_locale="ru") == []
    for wrong in ("15 г", "1500 г", "1 500 г"):
        assert compare_numbers("1.5 g", wrong, target_locale="ru")


def test_a_comma_followed_by_a_space_is_a_list_not_a_decimal() -> None:
    assert shape("1, 2 и 3", "ru") == [(Decimal(n), None, None) for n in (1, 2, 3)]


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("1-3 g", "en"),
        ("1–3 g", "en"),
        ("1—3 g", "en"),
        ("1 - 3 g", "en"),
        ("1 – 3 g", "en"),
        ("1 to 3 grams", "en"),
        ("between 1 and 3 grams", "en"),
        ("Between 1 and 3 grams", "en"),
        ("from 1 to 3 g", "en"),
        ("1 g to 3 g", "en"),
        ("1–3 г", "ru"),
        ("1-3\u00a0г", "ru"),
        ("от 1 до 3 г", "ru"),
        ("От 1 до 3 граммов", "ru"),
        ("с 1 до 3 г", "ru"),
        ("между 1 и 3 г", "ru"),
        ("1–3 г", "uk"),
        ("від 1 до 3 г", "uk"),
        ("між 1 і 3 грамів", "uk"),
        ("з 1 до 3 г", "uk"),
    ],
)
def test_every_range_form_is_one_quantity(text: str, locale: str) -> None:
    assert shape(text, locale) == one("1", "3", "g")


def test_a_word_range_may_carry_its_unit_on_the_low_end_but_a_dash_range_may_not() -> None:
    assert shape("от 5 мг до 10", "ru") == one("5", "10", "mg")
    assert compare_numbers("from 2019 to 2021", "с 2019 года до 2021", target_locale="ru") == []
    assert shape("5 mg – 10 people", "en") == [(Decimal(5), None, "mg"), (Decimal(10), None, None)]


def test_word_ranges_keep_their_opening_word_in_the_text() -> None:
    assert [q.text for q in quantities("take between 1 and 3 grams", "en")] == ["between 1 and 3 grams"]
    assert [q.text for q in quantities("примите от 1 до 3 г", "ru")] == ["от 1 до 3 г"]


@pytest.mark.parametrize(
    ("text", "locale"),
    [("1 до 3 г", "ru"), ("1 и 3 г", "ru"), ("1 and 3 g", "en"), ("1 і 3 г", "uk"), ("1 g – 3 mg", "en")],
)
def test_words_without_their_partner_do_not_make_a_range(text: str, locale: str) -> None:
    assert all(q.high is None for q in quantities(text, locale))
    assert len(quantities(text, locale)) == 2


@pytest.mark.parametrize(
    ("text", "locale", "unit"),
    [
        *[(f"5 {w}", "en", "g") for w in ("g", "gram", "grams")],
        *[(f"5 {w}", "ru", "g") for w in ("г", "г.", "гр.", "грамм", "грамма", "граммов")],
        *[(f"5 {w}", "uk", "g") for w in ("г", "грам", "грама", "грамів")],
        ("5 mg", "en", "mg"),
        ("5 мг", "ru", "mg"),
        ("5 мг", "uk", "mg"),
        *[(f"5 {w}", "en", "mcg") for w in ("mcg", "µg", "μg", "micrograms")],
        ("5 мкг", "ru", "mcg"),
        ("5 мкг", "uk", "mcg"),
        ("5 kg", "en", "kg"),
        ("5 кг", "ru", "kg"),
        ("5 ml", "en", "ml"),
        ("5 mL", "en", "ml"),
        ("5 мл", "uk", "ml"),
        ("5 IU", "en", "iu"),
        ("5 МЕ", "ru", "iu"),
        ("5 МО", "uk", "iu"),
        ("5%", "en", "%"),
        ("5 %", "ru", "%"),
        ("5 percent", "en", "%"),
        *[(f"5 {w}", "en", "h") for w in ("hours", "hrs", "h")],
        *[(f"5 {w}", "ru", "h") for w in ("час", "часа", "часов", "ч", "ч.")],
        *[(f"5 {w}", "uk", "h") for w in ("година", "години", "годин", "год", "год.")],
        *[(f"5 {w}", "en", "min") for w in ("minutes", "min", "min.")],
        *[(f"5 {w}", "ru", "min") for w in ("минута", "минуты", "минут", "мин", "мин.")],
        *[(f"5 {w}", "uk", "min") for w in ("хвилина", "хвилини", "хвилин", "хв", "хв.")],
        *[(f"5 {w}", "ru", "day") for w in ("день", "дня", "дней")],
        *[(f"5 {w}", "uk", "day") for w in ("день", "дні", "днів")],
        ("5 days", "en", "day"),
        *[(f"5 {w}", "ru", "week") for w in ("неделя", "недели", "недель")],
        *[(f"5 {w}", "uk", "week") for w in ("тиждень", "тижні", "тижнів")],
        ("5 weeks", "en", "week"),
        ("5 years", "en", "year"),
        ("5 лет", "ru", "year"),
        ("5 років", "uk", "year"),
        ("5 mg/kg", "en", "mg/kg"),
        ("5 мг/кг", "ru", "mg/kg"),
        ("5 mg in ru text", "ru", "mg"),  # a Latin unit the translator kept is still understood
    ],
)
def test_units_map_to_one_canonical_id(text: str, locale: str, unit: str) -> None:
    assert shape(text, locale) == one("5", unit=unit)


@pytest.mark.parametrize("text", ["5мг", "5\u00a0мг", "5\u202fмг", "5 мг.", "«5 мг»", "(5 мг)"])
def test_units_glued_or_after_any_space_or_with_a_dot(text: str) -> None:
    assert shape(text, "ru") == one("5", unit="mg")


@pytest.mark.parametrize(
    ("text", "locale"),
    [("5 человек", "ru"), ("5 частей", "ru"), ("5 где", "ru"), ("5 grapes", "en"), ("5 minimum", "en")],
)
def test_words_that_merely_start_like_a_unit_are_not_units(text: str, locale: str) -> None:
    assert shape(text, locale) == one("5")


def test_compound_adjectives_carry_their_unit() -> None:
    assert shape("a 5-day course, a 12-year-old, a 20-30-minute walk", "en") == [
        (Decimal(5), None, "day"),
        (Decimal(12), None, "year"),
        (Decimal(20), Decimal(30), "min"),
    ]
    assert shape("5-дневный курс, 5-минутная прогулка", "ru") == [(Decimal(5), None, "day"), (Decimal(5), None, "min")]
    assert shape("5-денний курс", "uk") == one("5", unit="day")


def test_ordinals_are_plain_numbers() -> None:
    assert shape("the 1st and 2nd dose", "en") == [(Decimal(1), None, None), (Decimal(2), None, None)]
    assert shape("1-й и 2-го", "ru") == [(Decimal(1), None, None), (Decimal(2), None, None)]
    assert compare_numbers("On the 2nd day", "На 2-й день", target_locale="ru") == []


@pytest.mark.parametrize(
    "text",
    [
        "See [section](#anchor-2) and [docs](https://example.com/v2/)",
        "![chart](img/figure-3.png)",
        "Visit https://example.com/v2/page?id=7 or www.example.org/4",
        "%(num)d items, %s, %d, %5.2f, %1$s",
        "Reading took %.3fs, %5.1fms",  # a letter after a placeholder with a precision: Sphinx's "%.3fs"
        "{count} doses, {0}, {0:.2f}, {{ dose_3 }}",
        '<h2 id="step-3">Heading</h2>&#160;&nbsp;',
    ],
)
def test_digits_in_link_targets_urls_placeholders_and_markup_are_ignored(text: str) -> None:
    assert quantities(text, "en") == []


def test_a_percent_sign_before_a_word_is_not_a_placeholder() -> None:
    assert shape("50% of people", "en") == one("50", unit="%")
    assert shape("50%dose", "en") == one("50", unit="%")
    assert shape("50%-ный раствор", "ru") == one("50", unit="%")


def test_a_number_glued_to_a_word_by_a_hyphen_is_a_name_not_a_quantity() -> None:
    assert quantities("7-hydroxymitragynine is potent", "en") == []
    assert quantities("7-Hydroxymitragynine и 5-HTP", "ru") == []
    assert compare_numbers("7-hydroxymitragynine is potent", "7-hydroxymitragynine сильнее", target_locale="ru") == []
    assert compare_numbers("7-Hydroxymitragynine", "сильнее, чем 7-hydroxymitragynine", target_locale="ru") == []


def test_a_name_with_a_number_must_be_kept_as_written() -> None:
    assert compare_numbers("7-hydroxymitragynine is potent", "Алкалоид сильнее", target_locale="ru") == [
        '"7-hydroxymitragynine" is missing from the translation (a name with a number)'
    ]
    assert compare_numbers("7-hydroxymitragynine is potent", "7-гидроксимитрагинин сильнее", target_locale="ru") == [
        '"7-hydroxymitragynine" is missing from the translation (a name with a number)',
        '"7-гидроксимитрагинин" is in the translation but not in the source (a name with a number)',
    ]


def test_digits_inside_words_are_numbers_that_must_match() -> None:
    assert compare_numbers("vitamin B12 and COVID-19", "витамин В12 и COVID-19", target_locale="ru") == []
    assert compare_numbers("vitamin B12", "витамин B6", target_locale="ru")


def test_unknown_locales_are_a_value_error() -> None:
    with pytest.raises(ValueError, match="unknown locale"):
        quantities("5 mg", "not a locale")


# Comparing ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("translation", "locale"), [(RU_DOSE, "ru"), (UK_DOSE, "uk")])
def test_the_realistic_dose_sentence_passes(translation: str, locale: str) -> None:
    assert compare_numbers(EN_DOSE, translation, target_locale=locale) == []


@pytest.mark.parametrize(
    ("tampered", "problem"),
    [
        (RU_DOSE.replace("1–3", "13"), '"1-3 grams" became "13\u00a0г" (the range is collapsed into one number)'),
        (RU_DOSE.replace("1–3", "1–4"), '"1-3 grams" became "1–4\u00a0г" (value changed: 1–3 → 1–4)'),
        (RU_DOSE.replace(" — до 5–7\u00a0г и более", ""), '"5-7 grams" is missing from the translation'),
        (RU_DOSE.replace("5–7", "7"), '"5-7 grams" became "7\u00a0г" (the range lost an end)'),
        (RU_DOSE.replace("5–7\u00a0г", "5–7\u00a0мг"), '"5-7 grams" became "5–7\u00a0мг" (unit changed: g → mg)'),
    ],
)
def test_the_tampered_dose_sentence_fails(tampered: str, problem: str) -> None:
    assert compare_numbers(EN_DOSE, tampered, target_locale="ru") == [problem]


@pytest.mark.parametrize(
    ("source", "translation", "problems"),
    [
        ("Take 5 mg daily.", "Принимайте 50 мг в день.", ['"5 mg" became "50 мг" (value changed: 5 → 50)']),
        ("Take 5 mg daily.", "Принимайте 5 г в день.", ['"5 mg" became "5 г" (unit changed: mg → g)']),
        ("Take 5 mg daily.", "Принимайте ежедневно.", ['"5 mg" is missing from the translation']),
        ("Take 5 mg.", "Примите 5 мг, 7 г сразу.",
         ['"7 г" is in the translation but not in the source (a dose added)']),
        ("Take 1-3 g.", "Примите 13 г сразу.", ['"1-3 g" became "13 г" (the range is collapsed into one number)']),
        ("Take 1-3 g.", "Примите 3 г сразу.", ['"1-3 g" became "3 г" (the range lost an end)']),
        ("Take 5 mg.", "Примите 5.", ['"5 mg" became "5" (unit changed: mg → none)']),
        ("1,000 mg", "1,000 мг", ['"1,000 mg" became "1,000 мг" (value changed: 1000 → 1)']),
    ],
)
def test_each_kind_of_mismatch_names_both_texts(source: str, translation: str, problems: list[str]) -> None:
    assert compare_numbers(source, translation, target_locale="ru") == problems


def test_quantities_are_compared_as_tokens_not_substrings() -> None:
    assert compare_numbers("5 mg", "50 мг", target_locale="ru")
    assert compare_numbers("1-3 g", "13 г", target_locale="ru")
    assert compare_numbers("15 mg", "5 мг", target_locale="ru")
    assert compare_numbers("1.5 g", "1,5 г", target_locale="ru") == []


def test_translations_may_reorder_quantities() -> None:
    assert compare_numbers("5 mg then 10 mg, then 5 mg", "5 мг, 5 мг и сначала 10 мг", target_locale="ru") == []
    assert compare_numbers("5 mg then 10 mg, then 5 mg", "5 мг и 10 мг", target_locale="ru") == [
        '"5 mg" is missing from the translation'
    ]


def test_problems_come_in_a_deterministic_order() -> None:
    problems = compare_numbers("2 g, 3 mg, 4 ml", "5 кг, 4 мл, 30 мг", target_locale="ru")
    assert problems == [
        '"2 g" is missing from the translation',
        '"3 mg" became "30 мг" (value changed: 3 → 30)',
        '"5 кг" is in the translation but not in the source',
    ]
    assert compare_numbers("2 g, 3 mg, 4 ml", "5 кг, 4 мл, 30 мг", target_locale="ru") == problems


def test_up_to_is_just_the_quantity() -> None:
    assert shape("up to 7 grams", "en") == shape("до 7 г", "ru") == one("7", unit="g")
    assert compare_numbers("up to 7 grams", "до 7 г", target_locale="ru") == []


@pytest.mark.parametrize(
    ("source", "translation", "locale"),
    [
        ("In 2020, a study found", "В 2020 г. исследование показало", "ru"),
        ("In 2020, a study found", "В 2020 году исследование показало", "ru"),
        ("In 2020, a study found", "У 2020 р. дослідження показало", "uk"),
        ("Between 2019 and 2021", "В 2019–2021 гг.", "ru"),
        ("Not for children under 12.", "Не для детей до 12 лет.", "ru"),
        ("Increases the risk 2-fold.", "Повышает риск в 2 раза.", "ru"),
        ("«Take 5 mg», he said.", "«Примите 5\u00a0мг», — сказал он.", "ru"),
        ("A dose of 1.5 mg and 10,000 IU.", "Доза 1,5\u00a0мг и 10\u00a0000\u00a0МЕ.", "ru"),
        ("A dose of 1.5 mg and 10,000 IU.", "Доза 1,5\u00a0мг і 10\u202f000\u00a0МО.", "uk"),
        ("Wait 30 minutes, then 2 hours.", "Подождите 30\u00a0мин., затем 2\u00a0ч.", "ru"),
        ("Wait 30 minutes, then 2 hours.", "Зачекайте 30\u00a0хв., потім 2\u00a0год.", "uk"),
        ("For 2 weeks, 3 days a week.", "В течение 2 недель, 3 дня в неделю.", "ru"),
        ("A 5-minute walk.", "5-хвилинна прогулянка.", "uk"),
        ("Step 3. See [step 2](#step-2).", "Шаг 3. См. [шаг 2](#shag-2-podgotovka).", "ru"),
        ("%(count)d doses of 5 mg", "%(count)d доз по 5 мг", "ru"),
    ],
)
def test_real_russian_and_ukrainian_never_give_false_positives(source: str, translation: str, locale: str) -> None:
    assert compare_numbers(source, translation, target_locale=locale) == []


def test_a_language_without_unit_words_may_leave_units_unrecognized_but_not_changed() -> None:
    assert compare_numbers("Wait 5 hours.", "Warten Sie 5 Stunden.", target_locale="de") == []
    assert compare_numbers("Take 1.5 mg.", "Nehmen Sie 1,5 mg.", target_locale="de") == []
    assert compare_numbers("Take 5 mg.", "Nehmen Sie 5 g.", target_locale="de") == [
        '"5 mg" became "5 g" (unit changed: mg → g)'
    ]


def test_other_source_locales() -> None:
    assert compare_numbers("Примите 1,5 мг", "Прийміть 1,5 мг", source_locale="ru", target_locale="uk") == []
    assert compare_numbers("Примите 1,5 мг", "Take 15 mg", source_locale="ru", target_locale="en")


def test_no_digits_is_no_problem() -> None:
    assert compare_numbers("Drink water.", "Пейте воду.", target_locale="ru") == []


# Properties -----------------------------------------------------------------------------------------------

# canonical unit -> spellings in en, ru, uk
FORMS: dict[str | None, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    None: (("",), ("",), ("",)),
    "g": (("g", "gram", "grams"), ("г", "г.", "грамм", "грамма", "граммов"), ("г", "грам", "грама", "грамів")),
    "mg": (("mg", "milligrams"), ("мг",), ("мг",)),
    "mcg": (("mcg", "µg", "μg"), ("мкг",), ("мкг",)),
    "kg": (("kg",), ("кг",), ("кг",)),
    "ml": (("ml", "mL"), ("мл",), ("мл",)),
    "iu": (("IU",), ("МЕ",), ("МО",)),
    "%": (("%", "percent"), ("%",), ("%",)),
    "h": (("h", "hrs", "hours"), ("ч", "час", "часа", "часов"), ("год", "година", "години", "годин")),
    "min": (("min", "minutes"), ("мин", "мин.", "минута", "минуты", "минут"), ("хв", "хвилина", "хвилини", "хвилин")),
    "day": (("days",), ("день", "дня", "дней"), ("день", "дні", "днів")),
    "week": (("weeks",), ("неделя", "недели", "недель"), ("тиждень", "тижні", "тижнів")),
}
RANGE_FORMS = {
    "en": ("{a}-{b}", "{a}–{b}", "{a}—{b}", "{a} - {b}", "{a} to {b}", "between {a} and {b}", "from {a} to {b}"),
    "ru": ("{a}–{b}", "{a}-{b}", "{a}—{b}", "от {a} до {b}", "между {a} и {b}", "с {a} до {b}"),
    "uk": ("{a}–{b}", "{a}-{b}", "від {a} до {b}", "між {a} і {b}", "з {a} до {b}"),
}
JOINERS = {"en": "; then ", "ru": "; затем ", "uk": "; потім "}
LANGUAGES = {"en": 0, "ru": 1, "uk": 2}

values = st.decimals(min_value=0, max_value=1_000_000, places=2, allow_nan=False, allow_infinity=False)
Spec = tuple[Decimal, Decimal | None, str | None]


@st.composite
def specs(draw: st.DrawFn, *, ranges: bool | None = None) -> Spec:
    if draw(st.booleans()) if ranges is None else ranges:
        low, high = sorted(draw(st.lists(values, min_size=2, max_size=2, unique=True)))
        return low, high, draw(st.sampled_from(list(FORMS)))
    return draw(values), None, draw(st.sampled_from(list(FORMS)))


def render(data: st.DataObject, spec: Spec, locale: str, *, collapse: bool = False) -> str:
    """``spec`` as a translator might write it in ``locale`` (numbers by Babel, any space for grouping)."""
    low, high, unit = spec

    def number(value: Decimal) -> str:
        return format_decimal(value, locale=locale).replace("\u00a0", data.draw(st.sampled_from(SPACES)))

    if high is None:
        text = number(low)
    elif collapse:
        text = number(low) + number(high)
    else:
        text = data.draw(st.sampled_from(RANGE_FORMS[locale])).format(a=number(low), b=number(high))
    word = data.draw(st.sampled_from(FORMS[unit][LANGUAGES[locale]]))
    return text + (data.draw(st.sampled_from(("", " ", "\u00a0", "\u202f"))) + word if word else "")


@settings(max_examples=100, deadline=None)
@given(st.data(), st.lists(specs(), min_size=1, max_size=5), st.sampled_from(["ru", "uk"]))
def test_property_faithful_translations_compare_clean(data: st.DataObject, items: list[Spec], locale: str) -> None:
    source = JOINERS["en"].join(render(data, spec, "en") for spec in items)
    order = data.draw(st.permutations(range(len(items))))
    translation = JOINERS[locale].join(render(data, items[i], locale) for i in order)
    assert compare_numbers(source, translation, target_locale=locale) == []
    assert sorted(shape(source, "en"), key=repr) == sorted(shape(translation, locale), key=repr)


@settings(max_examples=150, deadline=None)
@given(
    st.data(),
    st.lists(specs(), min_size=0, max_size=4),
    st.sampled_from(["digit", "drop", "collapse"]),
    st.sampled_from(["ru", "uk"]),
)
def test_property_any_tampering_is_reported(data: st.DataObject, items: list[Spec], kind: str, locale: str) -> None:
    target = data.draw(specs(ranges=True) if kind == "collapse" else specs())
    at = data.draw(st.integers(0, len(items)))
    items = [*items[:at], target, *items[at:]]
    parts = [render(data, spec, locale, collapse=kind == "collapse" and i == at) for i, spec in enumerate(items)]
    if kind == "drop":
        del parts[at]
    elif kind == "digit":
        positions = [i for i, ch in enumerate(parts[at]) if ch.isdigit()]
        i = data.draw(st.sampled_from(positions))
        digit = data.draw(st.sampled_from([d for d in "0123456789" if d != parts[at][i]]))
        parts[at] = parts[at][:i] + digit + parts[at][i + 1 :]
    source = JOINERS["en"].join(render(data, spec, "en") for spec in items)
    assert compare_numbers(source, JOINERS[locale].join(parts), target_locale=locale)


@settings(max_examples=100, deadline=None)
@given(values, st.sampled_from(["en", "ru", "uk", "de", "fr", "es", "pt_PT", "pl", "de_CH", "en_IN", "hi", "ja", "tr"]))
def test_property_babel_formatted_numbers_read_back_in_any_locale(value: Decimal, locale: str) -> None:
    assert shape(format_decimal(value, locale=locale), locale) == [(value, None, None)]


def test_unit_end_characters_have_no_case() -> None:
    """The unit pattern matches a unit's end case-sensitively (it compiles far faster): it must match just what the
    IGNORECASE class matched, for every character."""
    from stele.rules.number_syntax import _UNSPACED

    folded, exact = re.compile(f"[%.×℃℉{_UNSPACED}]", re.IGNORECASE), re.compile(f"[%.×℃℉{_UNSPACED}]")
    assert [c for c in map(chr, range(0x110000)) if bool(folded.fullmatch(c)) != bool(exact.fullmatch(c))] == []
