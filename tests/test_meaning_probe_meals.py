"""Meaning rules, a fourth probe's findings on health sentences (English → Russian, Ukrainian): counts in words
before «раз», "with or without food", "as needed" with a word of must in it, when a dose is taken with respect to
a meal, contraindicated turned recommended, except turned including — each faithful rendering passes, each tampered
one is an error."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_meaning_probe import Run, _check

FAITHFUL = [
    # a number in words or «несколько» before «раз в день» counts it: times a day, not once
    ("ru", "Apply the gel to the sore muscle up to 4 times a day.", "Наносите гель на мышцу до четырёх раз в день."),
    ("ru", "Take it no more than 3 times a week.", "Принимайте не чаще трёх раз в неделю."),
    ("uk", "Apply it no more than 3 times a day.", "Наносьте не частіше трьох раз на день."),
    ("ru", "Apply it several times a day.", "Наносите несколько раз в день."),
    ("uk", "Apply it several times a day.", "Наносьте декілька раз на день."),
    # "with or without" says no negation: «независимо от» renders it
    ("ru", "It may be taken with or without food.", "Его можно принимать независимо от приёма пищи."),
    ("uk", "It may be taken with or without food.", "Його можна приймати незалежно від прийому їжі."),
    ("ru", "It may be taken with or without food.", "Его можно принимать во время еды или натощак."),
    # "as needed", «при необходимости»: no must
    ("ru", "Adults may take 1 to 2 tablets every 4 to 6 hours as needed.",
     "Взрослым при необходимости можно принимать по 1–2 таблетки каждые 4–6 часов."),
    ("uk", "Adults may take 1 to 2 tablets every 4 to 6 hours as needed.",
     "Дорослі можуть приймати по 1–2 таблетки кожні 4–6 годин за потреби."),
    ("ru", "If needed, repeat the dose after 4 hours.", "При необходимости повторите приём через 4 часа."),
    # a meal's time said another way, or both times kept
    ("ru", "Take one tablet two to three times a day after meals.",
     "Принимайте по одной таблетке после приёма пищи 2–3 раза в сутки."),
    ("uk", "Take it with food.", "Приймайте його під час їжі."),
    ("ru", "Take zinc 1 hour before or 2 hours after meals.",
     "Цинк принимайте за час до еды или через 2 часа после еды."),
    ("ru", "Take it at least 30 minutes before meals.", "Принимайте не позднее чем за 30 минут до еды."),
    # advised against, said either way; a recommendation denied is none
    ("ru", "It is contraindicated for people with liver disease.", "Противопоказан при заболеваниях печени."),
    ("ru", "It is contraindicated for people with liver disease.", "Не рекомендуется при заболеваниях печени."),
    ("uk", "It is contraindicated for people with liver disease.",
     "Не рекомендується людям із захворюваннями печінки."),
    ("ru", "It is not recommended for children.", "Детям противопоказан."),
    ("ru", "Do not exceed the recommended dose.", "Не превышайте рекомендуемую дозу."),
    # except, said either way
    ("uk", "Take 1 tablet every 8 hours, except at night.", "Приймайте по 1 таблетці кожні 8 годин, крім ночі."),
    ("ru", "Take 1 tablet every 8 hours, except at night.",
     "Принимайте по 1 таблетке каждые 8 часов, кроме ночного времени."),
    # a symptom that persists: «не проходит» is its verb's negation, no bound of the "more than 7 days" after it
    ("ru", "Stop use and ask a doctor if symptoms persist for more than 7 days.",
     "Прекратите приём и обратитесь к врачу, если симптомы не проходят более 7 дней."),
    ("uk", "Stop use and ask a doctor if symptoms persist for more than 7 days.",
     "Припиніть прийом і зверніться до лікаря, якщо симптоми не минають понад 7 днів."),
    ("ru", "Ask a doctor if pain lasts more than 10 days.",
     "Обратитесь к врачу, если боль не проходит дольше 10 дней."),
    ("ru", "Ask a doctor if pain does not go away within 3 days.",
     "Обратитесь к врачу, если боль не проходит в течение 3 дней."),
    ("ru", "Ask a doctor if symptoms persist.", "Обратитесь к врачу, если симптомы сохраняются."),
    # twice a day, as pharmacists write it
    ("ru", "Take 1 capsule twice a day.", "Принимайте по одной капсуле утром и вечером."),
    ("uk", "Take 1 capsule twice a day.", "Приймайте по одній капсулі вранці та ввечері."),
]


@pytest.mark.parametrize(("locale", "source", "text"), FAITHFUL)
def test_a_faithful_rendering_passes(locale: str, source: str, text: str, tmp_path: Path, stele: Run) -> None:
    assert _check(stele, tmp_path, locale, [(source, text)]) == (0, [])


def test_once_and_times_a_day_swapped_in_words_are_errors(tmp_path: Path, stele: Run) -> None:
    assert _check(stele, tmp_path, "ru", [
        ("Apply the gel once a day.", "Наносите гель несколько раз в день."),
        ("Apply the gel up to 4 times a day.", "Наносите гель раз в день."),
    ]) == (1, [
        ("error", "modality", "translation loses “once” (“once a day”)"),
        ("error", "modality", "translation adds “once” (“раз в день”)"),
    ])


def test_may_made_must_behind_as_needed_is_an_error(tmp_path: Path, stele: Run) -> None:
    assert _check(stele, tmp_path, "ru", [
        ("Adults may take 1 to 2 tablets every 4 to 6 hours as needed.",
         "Взрослым при необходимости нужно принимать по 1–2 таблетки каждые 4–6 часов.")]) == (1, [
        ("error", "modality", "translation turns “may” (“may”) into “must” (“нужно”)")])
    assert _check(stele, tmp_path, "uk", [
        ("Adults may take 1 to 2 tablets every 4 to 6 hours as needed.",
         "Дорослим за потреби треба приймати по 1–2 таблетки кожні 4–6 годин.")]) == (1, [
        ("error", "modality", "translation turns “may” (“may”) into “must” (“треба”)")])


def test_a_meals_time_turned_is_an_error(tmp_path: Path, stele: Run) -> None:
    assert _check(stele, tmp_path, "ru", [
        ("Take one tablet two to three times a day after meals.",
         "Принимайте по одной таблетке 2–3 раза в сутки до еды."),
        ("Take it before meals.", "Принимайте во время еды."),
    ]) == (1, [
        ("error", "modality", "translation turns “after-meals” (“after meals”) into “before-meals” (“до еды”)"),
        ("error", "modality", "translation turns “before-meals” (“before meals”) into “with-food” (“во время еды”)"),
    ])
    assert _check(stele, tmp_path, "uk", [("Take it with food.", "Приймайте його перед їжею.")]) == (1, [
        ("error", "modality", "translation turns “with-food” (“with food”) into “before-meals” (“перед їжею”)")])


def test_contraindicated_made_recommended_or_except_made_including_is_an_error(tmp_path: Path, stele: Run) -> None:
    assert _check(stele, tmp_path, "ru", [
        ("It is contraindicated for people with liver disease.", "Рекомендован при заболеваниях печени."),
        ("Take 1 tablet every 8 hours, except at night.", "Принимайте по 1 таблетке каждые 8 часов, включая ночь."),
    ]) == (1, [
        ("error", "modality", "translation turns “advised-against” (“contraindicated”) into “recommended” "
                              "(“рекомендован”)"),
        ("error", "modality", "translation turns “excepting” (“except”) into “including” (“включая”)"),
    ])
    assert _check(stele, tmp_path, "uk", [
        ("Take 1 tablet every 8 hours, except at night.", "Приймайте по 1 таблетці кожні 8 годин, зокрема вночі.")]) \
        == (1, [("error", "modality", "translation turns “excepting” (“except”) into “including” (“зокрема”)")])


def test_a_symptom_that_persists_made_one_that_goes_away_is_an_error(tmp_path: Path, stele: Run) -> None:
    assert _check(stele, tmp_path, "ru", [
        ("Stop taking it once the pain goes away.", "Прекратите приём, если боль не проходит."),
        ("Ask a doctor if symptoms persist.", "Обратитесь к врачу, если симптомы проходят."),
        ("Ask a doctor if pain does not go away.", "Обратитесь к врачу, если боль проходит."),
    ]) == (1, [
        ("error", "modality", "translation turns “resolves” (“goes away”) into “persists” (“не проходит”)"),
        ("error", "modality", "translation turns “persists” (“persist”) into “resolves” (“проходят”)"),
        ("error", "polarity", "translation drops a negation: the source has 1 (“not”), the translation 0 (none); "
                              "check that it does not say the opposite"),
    ])


def test_once_a_day_made_morning_and_evening_is_an_error(tmp_path: Path, stele: Run) -> None:
    assert _check(stele, tmp_path, "ru", [
        ("Take 1 capsule once a day.", "Принимайте по одной капсуле утром и вечером.")]) == (1, [
        ("error", "modality", "translation loses “once” (“once a day”) and adds “twice” (“утром и вечером”)")])
