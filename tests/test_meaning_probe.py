"""Meaning rules (polarity, modality) on small faithful and tampered English → Russian/Ukrainian health sentences:
each case here was once a false alarm on a faithful rendering or a miss on a tampered one."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

Run = Callable[..., Result]
MARK = "#. DISCLAIMER (dose): the dose and its limits must survive translation.\n"


def _po(locale: str, pairs: list[tuple[str, str]], *, disclaimer: bool) -> str:
    head = f'msgid ""\nmsgstr ""\n"Language: {locale}\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
    body = "".join(f'\n{MARK if disclaimer else ""}msgid "{source}"\nmsgstr "{text}"\n' for source, text in pairs)
    return head + body


def _check(stele: Run, tmp_path: Path, locale: str, pairs: list[tuple[str, str]], *,
           disclaimer: bool = True) -> tuple[int, list[tuple[str, str, str]]]:
    """Exit code and each finding (severity, rule, message) of polarity and modality on a catalog of ``pairs``."""
    path = tmp_path / f"{locale}.po"
    path.write_text(_po(locale, pairs, disclaimer=disclaimer), encoding="utf-8")
    result = stele("check", path, "--select", "polarity,modality", "--format", "json")
    found = json.loads(result.output)["findings"]
    return result.exit_code, [(f["severity"], f["rule"], f["message"]) for f in found]


# A negation that denies "exceed" or "more than" is an at-most bound, as «не более» is: the two ways to say a dose
# cap ("do not take more than 3" / «принимайте не более 3») once disagreed in both rules; «не більш як» is «не
# більше ніж».
CAPS = [
    ("ru", "Don't exceed 4 g a day.", "Не превышайте 4 г в день."),
    ("uk", "Don’t exceed 4 g a day.", "Не перевищуйте 4 г на день."),
    ("ru", "Do not take more than 3 doses in 24 hours.", "Принимайте не более 3 доз в течение 24 часов."),
    ("uk", "Do not take more than 3 doses in 24 hours.", "Приймайте не більше 3 доз протягом 24 годин."),
    ("ru", "Take no more than 3 doses in 24 hours.", "Не принимайте более 3 доз в течение 24 часов."),
    ("ru", "Never exceed the dose.", "Никогда не превышайте дозу."),
    ("uk", "Never exceed the dose.", "Ніколи не перевищуйте дозу."),
    ("ru", "You must not exceed 4 g a day.", "Нельзя превышать 4 г в день."),
    ("ru", "You must not exceed 4 g a day.", "Вы не должны превышать 4 г в день."),
    ("uk", "Do not use it for more than 5 days.", "Застосовуйте його не більше 5 днів."),
    ("ru", "Take 2.5 mg. Don't exceed 5 mg.", "Принимайте 2,5 мг. Не превышайте 5 мг."),
    ("uk", "Keep the dose not greater than 4 g.", "Доза не має перевищувати 4 г."),
    ("uk", "Take no more than 4 g a day.", "Приймайте не більш як 4 г на день."),
    ("uk", "Take at least 4 g a day.", "Приймайте не менш як 4 г на день."),
]


# A language whose lexicon has no caps bounds with phrases that hold the negation (no exceda) or not at all (no tome
# más de): the English caps then stay negations, as they were.
CAPS += [
    ("es", "Do not exceed 4 g a day.", "No exceda 4 g al día."),
    ("es", "Do not take more than 4 g a day.", "No tome más de 4 g al día."),
    ("de", "The value is not greater than 4.", "Der Wert ist nicht größer als 4."),
]


@pytest.mark.parametrize(("locale", "source", "text"), CAPS)
def test_a_dose_cap_said_either_way_is_kept(locale: str, source: str, text: str, tmp_path: Path,
                                            stele: Run) -> None:
    assert _check(stele, tmp_path, locale, [(source, text)]) == (0, [])


def test_a_dose_cap_turned_into_a_floor_or_dropped_is_an_error(tmp_path: Path, stele: Run) -> None:
    assert _check(stele, tmp_path, "ru", [
        ("Do not take more than 4 g a day.", "Принимайте более 4 г в день."),
        ("Don't exceed 4 g a day.", "Принимайте не менее 4 г в день."),
        ("Do not take it with alcohol and do not exceed 4 g.", "Принимайте его с алкоголем и не превышайте 4 г."),
        ("If you exceed the dose, call a doctor.", "Если вы превысили дозу, позвоните врачу."),
        ("If symptoms no longer bother you, stop.", "Если симптомы больше не беспокоят, прекратите приём."),
    ]) == (1, [
        ("error", "modality", "translation loses “at-most” (“not take more than”)"),
        ("error", "modality", "translation loses “at-most” (“n't exceed”) and adds “at-least” (“не менее”)"),
        ("error", "polarity", "translation drops a negation: the source has 1 (“not”), the translation 0 (none); "
                              "check that it does not say the opposite"),
    ])


# Words a translator uses for the source's bound, negation or modality that the lexicons lacked: the adjectives of
# "maximum"/"minimum" («максимальная доза»), "unless" as «если только … не» (its «только» is no "only"), and the
# Ukrainian apostrophe ʼ in «обовʼязково».
WORDS = [
    ("ru", "The maximum daily dose is 4 g.", "Максимальная суточная доза — 4 г."),
    ("uk", "The maximum daily dose is 4 g.", "Максимальна добова доза — 4 г."),
    ("ru", "Use the minimum effective dose.", "Используйте минимальную эффективную дозу."),
    ("uk", "Use the minimum effective dose.", "Використовуйте мінімальну ефективну дозу."),
    ("ru", "Do not use it unless a doctor tells you to.",
     "Не используйте его, если только врач не скажет вам это сделать."),
    ("uk", "Do not use it unless a doctor tells you to.", "Не використовуйте його, якщо тільки лікар не скаже."),
    ("uk", "Do not use it unless a doctor tells you to.", "Не використовуйте його, хіба що так скаже лікар."),
    ("ru", "It is not safe to drive after taking it.", "Садиться за руль после приёма небезопасно."),
    ("ru", "It cannot be combined with alcohol.", "Его невозможно сочетать с алкоголем."),
    ("uk", "It is not safe to drive after taking it.", "Керувати автомобілем після прийому небезпечно."),
    ("ru", "Take it no more than once a day.", "Принимайте его не чаще одного раза в день."),
    ("uk", "Take it no more than once a day.", "Приймайте його не частіше одного разу на день."),
]


@pytest.mark.parametrize(("locale", "source", "text"), WORDS)
def test_a_faithful_word_the_lexicon_knows_passes(locale: str, source: str, text: str, tmp_path: Path,
                                                  stele: Run) -> None:
    assert _check(stele, tmp_path, locale, [(source, text)]) == (0, [])


def test_a_tampered_bound_or_modal_is_still_an_error(tmp_path: Path, stele: Run) -> None:
    assert _check(stele, tmp_path, "uk", [
        ("The maximum daily dose is 4 g.", "Мінімальна добова доза — 4 г."),
        ("You may see a doctor.", "Ви обовʼязково маєте звернутися до лікаря."),
    ]) == (1, [
        ("error", "modality", "translation loses “at-most” (“maximum”) and adds “at-least” (“мінімальна”)"),
        ("error", "modality", "translation turns “may” (“may see a doctor”) into “must” (“обовʼязково”)"),
    ])


# «раз в день» is "once a day" alone and "times a day" after a count (5 раз в день, до 3 раз в сутки); «двух раз»
# is "twice" (не чаще двух раз в день).
COUNTS = [
    ("Take it up to 4 times a day.", "Принимайте до 4 раз в сутки."),
    ("Take it 5 times a day.", "Принимайте 5 раз в день."),
    ("Take it once a day.", "Принимайте 1 раз в день."),
    ("Take it once a day.", "Принимайте раз в день."),
    ("Do not take it more often than twice a day.", "Принимайте его не чаще двух раз в день."),
]


@pytest.mark.parametrize(("source", "text"), COUNTS)
def test_a_count_of_times_is_no_once(source: str, text: str, tmp_path: Path, stele: Run) -> None:
    assert _check(stele, tmp_path, "ru", [(source, text)]) == (0, [])


def test_once_turned_into_a_count_of_times_is_an_error(tmp_path: Path, stele: Run) -> None:
    assert _check(stele, tmp_path, "ru", [
        ("Take it once a day.", "Принимайте 5 раз в день."),
        ("Take it twice a day.", "Принимайте до 3 раз в день."),
    ]) == (1, [
        ("error", "modality", "translation loses “once” (“once a day”)"),
        ("error", "modality", "translation loses “twice” (“twice”)"),
    ])


def test_none_starting_a_sentence_is_a_word_not_code(tmp_path: Path, stele: Run) -> None:
    """"None" was dropped as a Python literal wherever it was capitalized: "None of these…" lost its negation."""
    assert _check(stele, tmp_path, "ru", [
        ("None of these symptoms is harmless.", "Ни один из этих симптомов не безвреден."),
        ("Take it with food. None of the tablets may be crushed.", "Принимайте во время еды. Таблетки можно "
                                                                   "разжёвывать."),
        ("The value must be either None, True or False.", "Значение должно быть None, True или False."),
    ]) == (1, [
        ("error", "polarity", "sentence 2: translation drops a negation: the source has 1 (“none”), the translation "
                              "0 (none); check that it does not say the opposite"),
    ])


# Markdown's _emphasis_ glued an underscore to the word it stresses, which then had no word's edge: «_Не_» was no
# negation, and "_Do not drive._ Never…" no sentence end.
EMPHASIS = [
    ("Do **not** take it with alcohol.", "_Не_ принимайте его с алкоголем."),
    ("_Do not drive._ Never drink alcohol. Always rest.",
     "_Не садитесь за руль._ Никогда не пейте алкоголь. Всегда отдыхайте."),
]


@pytest.mark.parametrize(("source", "text"), EMPHASIS)
def test_a_word_in_underscore_emphasis_is_read(source: str, text: str, tmp_path: Path, stele: Run) -> None:
    assert _check(stele, tmp_path, "ru", [(source, text)]) == (0, [])


def test_a_negation_dropped_from_underscore_emphasis_is_an_error(tmp_path: Path, stele: Run) -> None:
    assert _check(stele, tmp_path, "ru", [("Do _not_ take it with alcohol.", "Принимайте его с алкоголем.")]) == (
        1, [("error", "polarity", "translation drops a negation: the source has 1 (“not”), the translation 0 (none); "
                                  "check that it does not say the opposite")])


# «ни аспирин, ни ибупрофен» is one negation in two clauses, as "neither… nor" is; a sentence's end ends its clause, so
# that «Ни капли» after «Не пейте алкоголь.» is a negation of its own. Different negative words after a comma are
# still two ("sin salida, ni siquiera advertencias").
CLAUSES = [
    ("ru", "Do not take aspirin or ibuprofen.", "Не принимайте ни аспирин, ни ибупрофен."),
    ("uk", "Do not take aspirin or ibuprofen.", "Не приймайте ні аспірину, ні ібупрофену."),
    ("ru", "Do not drink alcohol; not a single drop.", "Не пейте алкоголь. Ни капли."),
    ("es", "no output at all, not even warnings", "sin salida, ni siquiera advertencias"),
]


@pytest.mark.parametrize(("locale", "source", "text"), CLAUSES)
def test_negative_words_are_counted_clause_by_clause(locale: str, source: str, text: str, tmp_path: Path,
                                                     stele: Run) -> None:
    assert _check(stele, tmp_path, locale, [(source, text)]) == (0, [])


# A must or may that a negation right before it denies is a prohibition or a leave, whichever modal says it: "must
# not" is «не можна» / «не может», "it is not necessary" is «можно не…». A must turned into a may is still one.
DENIED = [
    ("uk", "You must not exceed 4 g a day.", "Не можна перевищувати 4 г на день."),
    ("ru", "You must not drive after taking it.", "Вы не можете водить машину после приёма."),
    ("ru", "It is not necessary to take it with food.", "Его можно принимать и без еды."),
    ("es", "This value should not be empty.", "Este valor no puede estar vacío."),
]


@pytest.mark.parametrize(("locale", "source", "text"), DENIED)
def test_a_denied_modal_is_no_must_or_may(locale: str, source: str, text: str, tmp_path: Path, stele: Run) -> None:
    assert _check(stele, tmp_path, locale, [(source, text)]) == (0, [])


def test_a_must_turned_into_a_may_is_an_error(tmp_path: Path, stele: Run) -> None:
    assert _check(stele, tmp_path, "uk", [
        ("You must take it with food.", "Ви можете приймати його з їжею."),
        ("You must not drive after taking it.", "Ви можете не керувати автомобілем після прийому."),
    ]) == (1, [
        ("error", "modality", "translation turns “must” (“must”) into “may” (“можете”)"),
        ("error", "modality", "translation turns “must” (“must”) into “may” (“можете”)"),
    ])


# "or" after a negation carries it into what it joins: "do not crush or chew" is «не раздавливайте и не
# разжёвывайте», one negation or two; with none before it, "or" carries nothing.
def test_a_negation_carried_by_or_may_be_said_twice(tmp_path: Path, stele: Run) -> None:
    assert _check(stele, tmp_path, "ru", [
        ("Do not crush or chew the tablet.", "Не раздавливайте и не разжёвывайте таблетку."),
        ("Do not drink alcohol or drive.", "Не пейте алкоголь и не садитесь за руль."),
        ("Do not crush or chew the tablet.", "Раздавливайте и разжёвывайте таблетку."),
        ("Take it with water or milk.", "Не запивайте его водой или молоком."),
    ]) == (1, [
        ("error", "polarity", "translation drops a negation: the source has 1 (“not”), the translation 0 (none); "
                              "check that it does not say the opposite"),
        ("error", "polarity", "translation adds a negation: the source has 0 (none), the translation 1 (“не”); "
                              "check that it does not say the opposite"),
    ])


# "Under no circumstances" was an "always" phrase whose match hid its "no" (as "can" hid the "n't" of "can't"): the
# faithful «Ни в коем случае не…» "added a negation", and dropping it passed polarity.
def test_a_negation_inside_an_always_phrase_is_counted(tmp_path: Path, stele: Run) -> None:
    assert _check(stele, tmp_path, "uk", [
        ("Under no circumstances combine it with alcohol.", "У жодному разі не поєднуйте його з алкоголем."),
        ("Under no circumstances combine it with alcohol.", "Ні в якому разі не поєднуйте його з алкоголем."),
        ("Under no circumstances combine it with alcohol.", "Поєднуйте його з алкоголем."),
    ]) == (1, [
        ("error", "modality", "translation loses “always” (“under no circumstances”)"),
        ("error", "polarity", "translation drops a negation: the source has 1 (“under no circumstances”), the "
                              "translation 0 (none); check that it does not say the opposite"),
    ])


def _coverage(stele: Run, tmp_path: Path, locale: str, pairs: list[tuple[str, str]]) -> list[str]:
    """The coverage findings' messages on a disclaimer catalog of ``pairs``."""
    path = tmp_path / f"{locale}.po"
    path.write_text(_po(locale, pairs, disclaimer=True), encoding="utf-8")
    result = stele("check", path, "--select", "coverage", "--format", "json")
    return [f["message"] for f in json.loads(result.output)["findings"]]


def _invisible(stele: Run, tmp_path: Path, locale: str, pairs: list[tuple[str, str]]) -> list[str]:
    path = tmp_path / f"{locale}.po"
    path.write_text(_po(locale, pairs, disclaimer=True), encoding="utf-8")
    result = stele("check", path, "--select", "invisible", "--format", "json")
    return [f["message"] for f in json.loads(result.output)["findings"]]


# "At least 30 minutes before a meal" is «не позднее чем за 30 минут до еды» (no later than 30 minutes before): a bound
# of the time before or after, whose direction «за» (before) or «через» (after) says; "within 2 hours" after a number
# stands in for the at-most one.
TIME_BOUNDS = [
    ("ru", "Take it at least 30 minutes before meals.", "Принимайте не позднее чем за 30 минут до еды."),
    ("ru", "Take it at least 30 minutes before meals.", "Принимайте не позже, чем за 30 минут до еды."),
    ("ru", "Wait at least 4 hours between doses.", "Следующую дозу принимайте не ранее чем через 4 часа."),
    ("ru", "Take it within 2 hours after a meal.", "Принимайте не позднее чем через 2 часа после еды."),
    ("ru", "Take it no later than 8 p.m.", "Принимайте не позднее 20:00."),
    ("uk", "Take it at least 30 minutes before meals.", "Приймайте не пізніше ніж за 30 хвилин до їжі."),
    ("uk", "Wait at least 4 hours between doses.", "Наступну дозу приймайте не раніше, ніж через 4 години."),
    ("uk", "Take it within 2 hours after a meal.", "Приймайте не пізніше як через 2 години після їжі."),
]


@pytest.mark.parametrize(("locale", "source", "text"), TIME_BOUNDS)
def test_a_bound_of_time_said_as_no_later_than_is_kept(locale: str, source: str, text: str, tmp_path: Path,
                                                       stele: Run) -> None:
    assert _check(stele, tmp_path, locale, [(source, text)]) == (0, [])


def test_a_bound_of_time_turned_around_or_dropped_is_an_error(tmp_path: Path, stele: Run) -> None:
    assert _check(stele, tmp_path, "ru", [
        ("Take it at least 30 minutes before meals.", "Принимайте не ранее чем за 30 минут до еды."),
        ("Wait at least 4 hours between doses.", "Следующую дозу принимайте не позднее чем через 4 часа."),
        ("Take it at least 30 minutes before meals.", "Принимайте за 30 минут до еды."),
    ]) == (1, [
        ("error", "modality", "translation loses “at-least” (“at least”) and adds “at-most” (“не ранее чем за”)"),
        ("error", "modality", "translation loses “at-least” (“at least”) and adds “at-most” (“не позднее чем через”)"),
        ("error", "modality", "translation loses “at-least” (“at least”)"),
    ])
    assert _check(stele, tmp_path, "uk", [
        ("Take it at least 30 minutes before meals.", "Приймайте не раніше ніж за 30 хвилин до їжі.")]) == (1, [
        ("error", "modality", "translation loses “at-least” (“at least”) and adds “at-most” (“не раніше ніж за”)")])
