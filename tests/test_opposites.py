"""A word negated by a prefix: «небезопасно» says "not safe" and "dangerous" alike, an implicit negation, and is a
negation where the other text says the word itself ("It is safe to take with food" → «Небезопасно принимать с едой»
passed with no finding, even in a disclaimer). Each text on a one-message disclaimer catalog (every finding an
error); and a word listed twice in a lexicon is one match, not two implicit negations."""

from __future__ import annotations

from pathlib import Path

import pytest

from stele.rules.wordmatch import Matcher
from tests.test_meaning_probe import Run
from tests.test_meaning_settings import _add_message, _config
from tests.test_probe_seven import _findings

SAFE, HARM = "It is safe to take with food.", "Combining it with alcohol is dangerous."
FAITHFUL = [
    ("ru", SAFE, "Безопасно принимать во время еды."),
    ("ru", "It is not safe to take with alcohol.", "Небезопасно принимать с алкоголем."),
    ("ru", "It is unsafe to take with alcohol.", "Небезопасно принимать с алкоголем."),
    ("ru", HARM, "Сочетать его с алкоголем небезопасно."),
    ("ru", "Its effects on the liver are not known.", "Его влияние на печень неизвестно."),
    ("ru", "The medicine is not available in some countries.", "В некоторых странах лекарство недоступно."),
    ("ru", "This treatment is ineffective for children.", "Для детей это лечение неэффективно."),
    ("ru", "Do not take it with alcohol; it is not safe.", "Не принимайте его с алкоголем; это небезопасно."),
    ("uk", SAFE, "Безпечно приймати під час їжі."),
    ("uk", "It is not safe to take with alcohol.", "Небезпечно приймати з алкоголем."),
    ("uk", HARM, "Поєднувати його з алкоголем небезпечно."),
    ("uk", "Its effects on the liver are unknown.", "Його вплив на печінку невідомий."),
    ("uk", "It is impossible to predict the effect.", "Передбачити дію неможливо."),
    ("uk", "A higher dose is not acceptable.", "Вища доза неприпустима."),
    ("ru", "This is not a valid value.", "Это неверное значение."),
    ("ru", "The dose is incorrect.", "Доза неверная."),
    ("ru", "You do not have enough permissions.", "У вас недостаточно полномочий."),
    ("uk", "The dose is not correct.", "Доза неправильна."),
    ("uk", "The evidence is insufficient.", "Доказів недостатньо."),
]


@pytest.mark.parametrize(("locale", "source", "text"), FAITHFUL)
def test_a_word_negated_by_its_prefix_renders_a_negation_or_none(locale: str, source: str, text: str,
                                                                 tmp_path: Path, stele: Run) -> None:
    assert [f for f in _findings(stele, tmp_path, locale, source, text) if f[1] == "polarity"] == []


def _adds(word: str) -> list[tuple[str, str, str]]:
    return [("error", "polarity", f"translation adds a negation: the source has 0 (none), the translation 1 "
             f"(“{word}”); check that it does not say the opposite")]


def _drops(word: str) -> list[tuple[str, str, str]]:
    return [("error", "polarity", f"translation drops a negation: the source has 1 (“{word}”), the translation 0 "
             "(none); check that it does not say the opposite")]


TAMPERED = [
    ("ru", SAFE, "Небезопасно принимать во время еды.", _adds("небезопасно")),
    ("ru", "It is unsafe to take with alcohol.", "Безопасно принимать с алкоголем.", _drops("unsafe")),
    ("ru", "This treatment is effective for children.", "Для детей это лечение неэффективно.", _adds("неэффективно")),
    ("ru", "Its side effects are well known.", "Его побочные эффекты неизвестны.", _adds("неизвестны")),
    ("ru", "The medicine is available without a prescription.", "Лекарство недоступно без рецепта.",
     [("error", "polarity", "translation adds a negation: the source has 1 (“without”), the translation 2 "
       "(“недоступно”, “без”); check that it does not say the opposite")]),
    ("ru", "Combining it with alcohol is harmful.", "Сочетать его с алкоголем безвредно.", _adds("безвредно")),
    ("uk", SAFE, "Небезпечно приймати під час їжі.", _adds("небезпечно")),
    ("uk", "It is unsafe to take with alcohol.", "Безпечно приймати з алкоголем.", _drops("unsafe")),
    ("uk", "It is possible to take it at night.", "Приймати його вночі неможливо.", _adds("неможливо")),
    ("uk", "A higher dose is acceptable.", "Вища доза неприпустима.", _adds("неприпустима")),
    ("uk", "Alcohol is harmful with it.", "Алкоголь із ним нешкідливий.", _adds("нешкідливий")),
    ("ru", "The dose is correct.", "Доза неверная.", _adds("неверная")),
    ("ru", "The dose is incorrect.", "Доза верная.", _drops("incorrect")),
    ("ru", "The evidence is sufficient.", "Доказательств недостаточно.", _adds("недостаточно")),
    ("uk", "The dose is correct.", "Доза неправильна.", _adds("неправильна")),
    ("uk", "The evidence is sufficient.", "Доказів недостатньо.", _adds("недостатньо")),
]


@pytest.mark.parametrize(("locale", "source", "text", "errors"), TAMPERED)
def test_the_word_turned_into_its_negation_is_an_error(locale: str, source: str, text: str,
                                                       errors: list[tuple[str, str, str]], tmp_path: Path,
                                                       stele: Run) -> None:
    assert [f for f in _findings(stele, tmp_path, locale, source, text) if f[1] == "polarity"] == errors


SAFETY_FAITHFUL = [
    ("ru", "It is not dangerous.", "Это не опасно."),
    ("ru", "It is not safe to take with alcohol.", "Опасно принимать с алкоголем."),
    ("ru", "It is not safe to take with alcohol.", "Не безопасно принимать с алкоголем."),
    ("ru", "It is not safe during pregnancy.", "Во время беременности он не является безопасным."),
    ("ru", "Side effects are not serious.", "Побочные эффекты не серьёзны."),
    ("ru", "Kratom is harmful to the liver.", "Кратом вреден для печени."),
    ("uk", "It is not dangerous.", "Це не небезпечно."),
    ("uk", "Kratom is not safe for children.", "Кратом не є безпечним для дітей."),
    ("uk", "It is not safe to take with alcohol.", "Не безпечно приймати з алкоголем."),
    ("uk", "Kratom is harmful to the liver.", "Кратом шкідливий для печінки."),
    ("uk", "Side effects are not serious.", "Побічні ефекти не серйозні."),
    ("ru", "This remedy is not effective for muscle pain.", "Это средство бесполезно при мышечной боли."),
    ("ru", "Symptoms usually improve within 2 days.", "Симптомы обычно улучшаются в течение 2 дней."),
    ("ru", "If symptoms get worse, see a doctor.", "Если симптомы ухудшатся, обратитесь к врачу."),
    ("ru", "If symptoms get worse, see a doctor.", "Если симптомы усилятся, обратитесь к врачу."),
    ("uk", "Symptoms usually improve within 2 days.", "Симптоми зазвичай покращуються протягом 2 днів."),
    ("uk", "If symptoms get worse, see a doctor.", "Якщо симптоми погіршаться, зверніться до лікаря."),
    ("ru", "Take it with plenty of water.", "Принимайте его, запивая большим количеством воды."),
    ("ru", "Most people tolerate it well.", "Большинство людей хорошо его переносят."),
    ("ru", "The effects are temporary.", "Эффекты носят временный характер."),
    ("ru", "Long-term use may lead to dependence.", "Длительное применение может привести к зависимости."),
    ("uk", "Drink plenty of water.", "Пийте багато води."),
    ("uk", "Most people tolerate it well.", "Більшість людей добре його переносять."),
    ("uk", "The effects are temporary.", "Ефекти тимчасові."),
    ("ru", "Few people experience side effects.", "Побочные эффекты бывают редко."),
    ("ru", "Few people experience side effects.", "Побочные эффекты возникают у немногих."),
    ("ru", "Most studies are small and short-term.", "Большинство исследований небольшие и краткосрочные."),
    ("uk", "Most studies are small and short-term.", "Більшість досліджень невеликі та короткотривалі."),
]


@pytest.mark.parametrize(("locale", "source", "text"), SAFETY_FAITHFUL)
def test_a_risk_or_an_effect_said_either_way_passes(locale: str, source: str, text: str, tmp_path: Path,
                                                 stele: Run) -> None:
    """"not dangerous" → «не опасно» turned mild into serious (the negation was read apart from its word)."""
    assert _findings(stele, tmp_path, locale, source, text) == []


def _turns(one: str, said: str, other: str, kept: str) -> list[tuple[str, str, str]]:
    return [("error", "modality", f"translation turns “{one}” (“{said}”) into “{other}” (“{kept}”)")]


SAFETY_TAMPERED = [
    ("ru", SAFE, "Опасно принимать во время еды.", _turns("mild", "safe", "serious", "опасно")),
    ("ru", SAFE, "Не безопасно принимать во время еды.", _turns("mild", "safe", "serious", "не безопасно")),
    ("ru", "It is not safe to take with alcohol.", "Безопасно принимать с алкоголем.",
     _turns("serious", "not safe", "mild", "безопасно")),
    ("ru", "Kratom is harmful to the liver.", "Кратом безопасен для печени.",
     _turns("serious", "harmful", "mild", "безопасен")),
    ("ru", "Side effects are rare.", "Побочные эффекты часты.", _turns("rarely", "rare", "often", "часты")),
    ("uk", SAFE, "Небезпечно приймати під час їжі.", _turns("mild", "safe", "serious", "небезпечно") + _adds(
        "небезпечно")),
    ("uk", "It is not safe to take with alcohol.", "Безпечно приймати з алкоголем.",
     _turns("serious", "not safe", "mild", "безпечно")),
    ("uk", "Kratom is harmful to the liver.", "Кратом безпечний для печінки.",
     _turns("serious", "harmful", "mild", "безпечний")),
    ("uk", "It is dangerous.", "Це не небезпечно.", _turns("serious", "dangerous", "mild", "не небезпечно")),
    ("ru", "Symptoms usually improve within 2 days.", "Симптомы обычно ухудшаются в течение 2 дней.",
     _turns("improves", "improve", "worsens", "ухудшаются")),
    ("ru", "If symptoms get worse, see a doctor.", "Если симптомы улучшатся, обратитесь к врачу.",
     _turns("worsens", "worse", "improves", "улучшатся")),
    ("uk", "Symptoms usually improve within 2 days.", "Симптоми зазвичай погіршуються протягом 2 днів.",
     _turns("improves", "improve", "worsens", "погіршуються")),
    ("ru", "This remedy is effective for muscle pain.", "Это средство бесполезно при мышечной боли.",
     _adds("бесполезно")),
    ("uk", "This remedy is effective for muscle pain.", "Цей засіб марний при м’язовому болю.", _adds("марний")),
    ("ru", "Drink plenty of water.", "Пейте мало воды.", _turns("larger", "plenty of", "smaller", "мало")),
    ("ru", "Take it with plenty of water.", "Принимайте его, запивая небольшим количеством воды.",
     _turns("larger", "plenty of", "smaller", "небольшим количеством")),
    ("ru", "Most people tolerate it well.", "Немногие люди хорошо его переносят.",
     _turns("most", "most", "few", "немногие")),
    ("ru", "The effects are temporary.", "Эффекты постоянные.", _turns("temporary", "temporary", "permanent",
                                                                     "постоянные")),
    ("ru", "Long-term use may lead to dependence.", "Кратковременное применение может привести к зависимости.",
     _turns("permanent", "long-term", "temporary", "кратковременное")),
    ("uk", "Drink plenty of water.", "Пийте мало води.", _turns("larger", "plenty of", "smaller", "мало")),
    ("uk", "Long-term use may lead to dependence.", "Короткострокове вживання може призвести до залежності.",
     _turns("permanent", "long-term", "temporary", "короткострокове")),
    ("uk", "The effects are temporary.", "Ефекти постійні.", _turns("temporary", "temporary", "permanent",
                                                                  "постійні")),
    ("ru", "Do not take it with alcohol; it is not safe.", "Принимайте его с алкоголем; это небезопасно.",
     [("error", "polarity", "translation drops a negation: the source has 2 (“not”, “not safe”), the translation 1 "
       "(“небезопасно”); check that it does not say the opposite")]),
]


@pytest.mark.parametrize(("locale", "source", "text", "errors"), SAFETY_TAMPERED)
def test_a_risk_or_an_effect_turned_into_its_opposite_is_an_error(locale: str, source: str, text: str,
                                                   errors: list[tuple[str, str, str]], tmp_path: Path,
                                                   stele: Run) -> None:
    """"It is safe" → «Опасно» (an antonym, no negation) passed: safe is mild, a risk said to be none; so did
    "improve" → «ухудшаются» (the classes improves and worsens, a swap), "effective" → «бесполезно» (useful and
    useless join effective's opposites), "plenty of water" → «мало воды» (amounts join larger and smaller), "most
    people" → «немногие» (most and few) and "temporary" → «постоянные» (temporary and permanent)."""
    assert _findings(stele, tmp_path, locale, source, text) == errors


def test_a_negation_dropped_beside_a_word_negated_by_its_prefix_is_an_error(tmp_path: Path, stele: Run) -> None:
    """«небезопасно» was in two of the Russian lists, and so two implicit negations: the source's "Do not" dropped
    beside it passed unseen."""
    assert [f for f in _findings(stele, tmp_path, "ru", "Do not take it with alcohol; it is not safe.",
                                 "Принимайте его с алкоголем; это небезопасно.") if f[1] == "polarity"] == [
        ("error", "polarity", "translation drops a negation: the source has 2 (“not”, “not safe”), the translation 1 "
         "(“небезопасно”); check that it does not say the opposite")]


def test_a_whole_word_beside_its_own_stem_is_one_match() -> None:
    """"incorrect" (valid's negation) beside "incorrect*" (an implicit negation): one implicit negation, not two."""
    matcher = Matcher([("incorrect*", "imp"), ("incorrect", "imp"), ("incorrect", "opp:valid")])
    assert [(m.label, m.text) for m in matcher.find("it is incorrect")] == [("imp", "incorrect"),
                                                                           ("opp:valid", "incorrect")]


def test_a_word_listed_twice_is_one_match() -> None:
    matcher = Matcher([("небезопасн*", "imp"), ("не", "neg"), ("небезопасн*", "imp"), ("небезопасн*", "opp:safe")])
    assert [(m.label, m.text) for m in matcher.find("это небезопасно")] == [("imp", "небезопасно"),
                                                                           ("opp:safe", "небезопасно")]


def test_stele_toml_adds_opposites(site: Path, stele: Run) -> None:
    _add_message(site, "The extract is pure.", "Экстракт нечистый.", disclaimer=True)
    assert stele("--project", site, "check", "--select", "polarity").exit_code == 0  # no such word built in
    _config(site, '\n[meaning.en.opposites]\npure = { words = ["pure"], negated = ["impure"] }\n'
                  '[meaning.ru.opposites]\npure = { words = ["чист*"], negated = ["нечист*"] }\n')
    result = stele("--project", site, "check", "--select", "polarity")
    assert result.exit_code == 1 and "translation adds a negation: the source has 0 (none), the translation 1 " \
        "(“нечистый”)" in result.stdout


def test_a_bad_opposites_table_is_an_error_at_its_line(site: Path, stele: Run) -> None:
    _config(site, '\n[meaning.ru.opposites]\nsafe = { words = ["безопасн*"], negative = ["небезопасн*"] }\n')
    result = stele("--project", site, "check")
    lines = (site / "stele.toml").read_text(encoding="utf-8").splitlines()
    line = next(number for number, text in enumerate(lines, 1) if text.startswith("safe = "))
    assert (result.exit_code, result.stderr) == (2, f"stele.toml:{line}: [meaning.ru.opposites.safe] takes words and "
                                                    'negated, e.g. safe = { words = ["sicher*"], negated = '
                                                    '["unsicher*"] }\n')
