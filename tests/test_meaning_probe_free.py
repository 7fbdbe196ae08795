"""Meaning rules (polarity, modality) on free but faithful English → Russian/Ukrainian renderings (without food said
as «натощак», a ban with no «не», a double negation said with none, emphatic words, "up to" a number) beside the
tampered ones that must still fail: each case here was once a false alarm or a miss of a probe."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_meaning_probe import Run, _check, _coverage

# "On an empty stomach" is "without food", either way: «натощак», «натще» and "empty stomach" count as the negation
# that "without" and «без» are, so a faithful rendering keeps the count and a reversed one does not.
FASTING = [
    ("ru", "Take it without food.", "Принимайте натощак."),
    ("uk", "Take it without food.", "Приймайте натще."),
    ("uk", "Take it without food.", "Приймайте натщесерце."),
    ("ru", "Take it on an empty stomach.", "Принимайте без еды."),
    ("ru", "Take it on an empty stomach.", "Принимайте на пустой желудок."),
    ("ru", "Do not take it on an empty stomach.", "Не принимайте натощак."),
    ("ru", "Do not take it without food.", "Не принимайте натощак."),
    ("uk", "Do not take it on an empty stomach.", "Не приймайте на порожній шлунок."),
]


@pytest.mark.parametrize(("locale", "source", "text"), FASTING)
def test_without_food_said_either_way_is_kept(locale: str, source: str, text: str, tmp_path: Path,
                                              stele: Run) -> None:
    assert _check(stele, tmp_path, locale, [(source, text)]) == (0, [])


def test_fasting_turned_into_its_opposite_is_an_error(tmp_path: Path, stele: Run) -> None:
    assert _check(stele, tmp_path, "ru", [
        ("Do not take it on an empty stomach.", "Принимайте натощак."),
        ("Take it with food.", "Принимайте натощак."),
        ("Take it without food.", "Принимайте во время еды."),
    ]) == (1, [
        ("error", "polarity", "translation drops a negation: the source has 2 (“not”, “empty stomach”), the "
                              "translation 1 (“натощак”); check that it does not say the opposite"),
        ("error", "polarity", "translation adds a negation: the source has 0 (none), the translation 1 (“натощак”); "
                              "check that it does not say the opposite"),
        ("error", "polarity", "translation drops a negation: the source has 1 (“without”), the translation 0 (none); "
                              "check that it does not say the opposite"),
    ])


# "Twice" has more words than «дважды»: "2 times", "doubles", «вдвое», «удваивает», «двойная доза». A class the
# translation's language has no words for (Chinese here has none for twice) is not compared.
TWICE = [
    ("ru", "Take it 2 times a day.", "Принимайте дважды в день."),
    ("ru", "Take it twice a day.", "Принимайте 2 раза в день."),
    ("ru", "The risk is twice as high.", "Риск вдвое выше."),
    ("ru", "It doubles the risk.", "Это удваивает риск."),
    ("ru", "It doubles the risk.", "Это вдвое повышает риск."),
    ("uk", "It doubles the risk.", "Це подвоює ризик."),
    ("ru", "Do not take a double dose.", "Не принимайте двойную дозу."),
    ("uk", "Do not take a double dose.", "Не приймайте подвійну дозу."),
    ("zh_Hans", "Take it twice a day.", "每天服用两次。"),
]


@pytest.mark.parametrize(("locale", "source", "text"), TWICE)
def test_twice_said_another_way_is_kept(locale: str, source: str, text: str, tmp_path: Path, stele: Run) -> None:
    assert _check(stele, tmp_path, locale, [(source, text)]) == (0, [])


def test_a_double_dose_made_a_higher_one_is_an_error(tmp_path: Path, stele: Run) -> None:
    assert _check(stele, tmp_path, "ru", [("Do not take a double dose.", "Не принимайте повышенную дозу.")]) == (
        1, [("error", "modality", "translation loses “twice” (“double”)")])


# A ban says "do not" with no «не»: «запрещено», «запрещается», «заборонено», «противопоказан» are negations in ru
# and uk, and "forbidden", "prohibited", "contraindicated" words that an English source may say with a negation or
# without (Django's "Forbidden" is «Запрещено» in ru, «Prohibido» in es, which has no negation word for it).
BANS = [
    ("ru", "Do not combine with alcohol.", "Сочетать с алкоголем запрещено."),
    ("uk", "Do not combine with alcohol.", "Поєднувати з алкоголем заборонено."),
    ("ru", "Not for use by pregnant or breastfeeding women.",
     "Беременным и кормящим грудью женщинам применять запрещается."),
    ("ru", "It must not be used by children under 6.", "Детям младше 6 лет применять его запрещается."),
    ("ru", "Do not use during pregnancy.", "Противопоказан при беременности."),
    ("uk", "Do not use during pregnancy.", "Протипоказаний під час вагітності."),
    ("ru", "It is contraindicated in pregnancy.", "Его нельзя применять при беременности."),
    ("ru", "Combining it with alcohol is prohibited.", "Совмещать его с алкоголем нельзя."),
    ("ru", "Combining it with alcohol is prohibited.", "Совмещать его с алкоголем запрещено."),
    ("es", "Forbidden", "Prohibido"),
]


@pytest.mark.parametrize(("locale", "source", "text"), BANS)
def test_a_ban_said_without_a_negation_is_kept(locale: str, source: str, text: str, tmp_path: Path,
                                               stele: Run) -> None:
    assert _check(stele, tmp_path, locale, [(source, text)]) == (0, [])


def test_a_ban_lifted_or_denied_is_an_error(tmp_path: Path, stele: Run) -> None:
    assert _check(stele, tmp_path, "ru", [
        ("Do not combine with alcohol.", "Не запрещено сочетать с алкоголем."),
        ("Combining it with alcohol is prohibited.", "Совмещать его с алкоголем не запрещено."),
        ("It must not be used by children under 6.", "Детям младше 6 лет применять его разрешается."),
    ]) == (1, [
        ("error", "polarity", "translation adds a negation: the source has 1 (“not”), the translation 2 (“не”, "
                              "“запрещено”); check that it does not say the opposite"),
        ("error", "polarity", "translation adds a negation: the source has 0 (none), the translation 2 (“не”, "
                              "“запрещено”); check that it does not say the opposite"),
        ("error", "modality", "translation turns “must” (“must”) into “may” (“разрешается”)"),
        ("error", "polarity", "translation drops a negation: the source has 1 (“not”), the translation 0 (none); "
                              "check that it does not say the opposite"),
    ])


# "Once" is a frequency (once a day, «раз в сутки», «одного разу на день»): «за один раз» is "at once", a count of
# tablets taken together, and no "once a day" the source lacks; a "once a day" that loses its "a day" is lost.
AT_ONCE = [
    ("ru", "Take no more than 2 tablets at once.", "За один раз можно принять максимум 2 таблетки."),
    ("uk", "Take no more than 2 tablets at once.", "За один раз приймайте не більше 2 таблеток."),
    ("ru", "Take it once daily.", "Принимайте один раз в сутки."),
    ("uk", "Take it once a week.", "Приймайте один раз на тиждень."),
]


@pytest.mark.parametrize(("locale", "source", "text"), AT_ONCE)
def test_at_once_is_no_once_a_day(locale: str, source: str, text: str, tmp_path: Path, stele: Run) -> None:
    assert _check(stele, tmp_path, locale, [(source, text)]) == (0, [])


def test_once_a_day_made_at_once_is_an_error(tmp_path: Path, stele: Run) -> None:
    assert _check(stele, tmp_path, "uk", [
        ("Take it once a day.", "Приймайте його за один раз."),
        ("Take it once a day.", "Приймайте один раз."),
    ]) == (1, [
        ("error", "modality", "translation loses “once” (“once a day”)"),
        ("error", "modality", "translation loses “once” (“once a day”)"),
    ])


# A negation and "unless" or "without" after it in its sentence are a double negation, which a translation may say
# with none: "do not use it unless told" is «применяйте только по назначению» (where it says "only", which the
# pair then says too), "do not take it without asking" is «прежде чем…, спросите»; either way round.
DOUBLE = [
    ("ru", "Do not use it unless your doctor tells you to.", "Применяйте его только по назначению врача."),
    ("ru", "Do not use it unless your doctor tells you to.", "Используйте его, только если так сказал врач."),
    ("uk", "Do not use it unless your doctor tells you to.", "Застосовуйте лише за призначенням лікаря."),
    ("uk", "Do not give it to children unless a doctor says so.", "Дітям давати лише за порадою лікаря."),
    ("ru", "Only use it if your doctor prescribed it.", "Не используйте его, если только его не назначил врач."),
    ("uk", "Only use it if your doctor prescribed it.", "Не застосовуйте його, хіба що його призначив лікар."),
    ("ru", "Do not take it with other medicines without asking your pharmacist.",
     "Прежде чем сочетать его с другими лекарствами, спросите фармацевта."),
    ("uk", "Take it only after consulting a doctor.", "Не приймайте його без консультації лікаря."),
    ("es", "Do not use it unless your doctor tells you to.", "Úselo solo si se lo indica su médico."),
]


@pytest.mark.parametrize(("locale", "source", "text"), DOUBLE)
def test_a_double_negation_said_with_none_is_kept(locale: str, source: str, text: str, tmp_path: Path,
                                                   stele: Run) -> None:
    assert _check(stele, tmp_path, locale, [(source, text)]) == (0, [])


def test_a_double_negation_halved_or_dropped_is_an_error(tmp_path: Path, stele: Run) -> None:
    assert _check(stele, tmp_path, "ru", [
        ("Do not use it unless your doctor tells you to.", "Применяйте его."),
        ("Only use it if your doctor prescribed it.", "Используйте его, если врач его не назначил."),
        ("Do not take it without food.", "Принимайте без еды."),
        ("Do not take it without food.", "Не принимайте с едой."),
    ]) == (1, [
        ("error", "polarity", "translation drops a negation: the source has 2 (“not”, “unless”), the translation 0 "
                              "(none); check that it does not say the opposite"),
        ("error", "modality", "translation loses “only” (“only”)"),
        ("error", "polarity", "translation drops a negation: the source has 2 (“not”, “without”), the translation 1 "
                              "(“без”); check that it does not say the opposite"),
        ("error", "polarity", "translation drops a negation: the source has 2 (“not”, “without”), the translation 1 "
                              "(“не”); check that it does not say the opposite"),
    ])


def test_a_double_negation_is_read_in_a_plain_message_too(tmp_path: Path, stele: Run) -> None:
    assert _check(stele, tmp_path, "uk", [
        ("Do not use it unless your doctor tells you to.", "Застосовуйте лише за призначенням лікаря."),
        ("Do not use it unless your doctor tells you to.", "Застосовуйте його."),
    ], disclaimer=False) == (0, [
        ("warning", "polarity", "translation drops a negation: the source has 2 (“not”, “unless”), the translation 0 "
                                "(none); check that it does not say the opposite"),
    ])


# Words the lexicons lacked for a negation, a bound or a term a translator uses freely: "avoid" as «исключите»,
# «откажитесь от», «відмовтеся від»; "out of reach" (a negation: "keep out of reach" is «храните в недоступном
# месте», «вне досягаемости»); "not known" as «неизвестно», «невідомо»; "at least twice" as «не реже двух раз»; "must
# not exceed" as «не може бути більшою за»; "while taking this medicine" as «на время лечения».
FREE = [
    ("ru", "Avoid alcohol while taking this medicine.", "На время лечения исключите алкоголь."),
    ("ru", "Avoid alcohol while taking this medicine.", "На время лечения откажитесь от алкоголя."),
    ("uk", "Avoid alcohol while taking this medicine.", "На час лікування відмовтеся від алкоголю."),
    ("ru", "Keep out of reach of children.", "Храните в недоступном для детей месте."),
    ("ru", "Keep out of reach of children.", "Храните вне досягаемости детей."),
    ("uk", "Keep out of reach of children.", "Зберігати в недоступному для дітей місці."),
    ("ru", "Do not leave it where children can reach it.", "Храните в недоступном для детей месте."),
    ("ru", "It is not known whether it passes into breast milk.", "Неизвестно, проникает ли он в грудное молоко."),
    ("uk", "It is not known whether it passes into breast milk.", "Невідомо, чи проникає він у грудне молоко."),
    ("ru", "Take it at least twice a day.", "Принимайте не реже двух раз в день."),
    ("uk", "Take it at least twice a day.", "Приймайте не рідше двох разів на день."),
    ("uk", "The daily dose must not exceed 4 g.", "Добова доза не може бути більшою за 4 г."),
    ("ru", "The daily dose must not exceed 4 g.", "Суточная доза не может быть выше 4 г."),
]


@pytest.mark.parametrize(("locale", "source", "text"), FREE)
def test_a_free_word_for_a_negation_or_bound_passes(locale: str, source: str, text: str, tmp_path: Path,
                                                    stele: Run) -> None:
    assert _check(stele, tmp_path, locale, [(source, text)]) == (0, [])
    assert _coverage(stele, tmp_path, locale, [(source, text)]) == []


def test_a_free_word_reversed_is_an_error(tmp_path: Path, stele: Run) -> None:
    assert _check(stele, tmp_path, "ru", [
        ("Keep out of reach of children.", "Храните в доступном для детей месте."),
        ("Take it at least twice a day.", "Принимайте не чаще двух раз в день."),
        ("The daily dose must not exceed 4 g.", "Суточная доза может быть выше 4 г."),
    ]) == (1, [
        ("error", "polarity", "translation drops a negation: the source has 1 (“out of reach”), the translation 0 "
                              "(none); check that it does not say the opposite"),
        ("error", "modality", "translation loses “at-least” (“at least”) and adds “at-most” (“не чаще”)"),
        ("error", "modality", "translation loses “at-most” (“not exceed”) and turns “must” (“must”) into “may” "
                              "(“может быть”)"),
    ])


# An emphatic word (нельзя, категорически запрещено, обязательно, жодним чином, strictly) says the "always" of
# "never"/"always" where the other text has one, and adds none where it has not; a hedge («лучше не», «желательно»)
# still loses it. «Предельная доза» is a maximum.
EMPHATIC = [
    ("ru", "Never give aspirin to children.", "Детям аспирин давать нельзя."),
    ("ru", "Never give aspirin to children.", "Детям аспирин давать категорически запрещено."),
    ("uk", "Never combine it with alcohol.", "Жодним чином не поєднуйте його з алкоголем."),
    ("ru", "Always consult a doctor before use.", "Перед применением обязательно проконсультируйтесь с врачом."),
    ("uk", "Always consult a doctor before use.", "Перед застосуванням обов'язково порадьтеся з лікарем."),
    ("ru", "Do not give aspirin to children.", "Детям аспирин давать нельзя."),
    ("ru", "Strictly avoid alcohol.", "Никогда не пейте алкоголь."),
    ("ru", "Take no more than 4 g per day.", "Предельная суточная доза — 4 г."),
    ("uk", "Take no more than 4 g per day.", "Гранична добова доза — 4 г."),
]


@pytest.mark.parametrize(("locale", "source", "text"), EMPHATIC)
def test_an_emphatic_word_says_always(locale: str, source: str, text: str, tmp_path: Path, stele: Run) -> None:
    assert _check(stele, tmp_path, locale, [(source, text)]) == (0, [])


def test_never_or_always_hedged_is_still_an_error(tmp_path: Path, stele: Run) -> None:
    assert _check(stele, tmp_path, "ru", [
        ("Never give aspirin to children.", "Детям аспирин лучше не давать."),
        ("Always consult a doctor before use.", "Перед применением желательно консультироваться с врачом."),
        ("Take no more than 4 g per day.", "Минимальная суточная доза — 4 г."),
    ]) == (1, [
        ("error", "modality", "translation loses “always” (“never”) and adds “preferably” (“лучше”)"),
        ("error", "modality", "translation loses “always” (“always”) and adds “preferably” (“желательно”)"),
        ("error", "modality", "translation loses “at-most” (“no more than”) and adds “at-least” (“минимальная”)"),
    ])


# Before a number, "up to", "below", «до», «ниже», «нижче» bound it from above: they say the "at most" of the other
# text («не выше 25 °C» for "below 25 °C", «до 4 г» for "no more than 4 g") and add none where it has none; «до»
# before a word ("before meals") says nothing, and a floor is still no ceiling.
UP_TO = [
    ("ru", "Store below 25 °C.", "Хранить при температуре не выше 25 °C."),
    ("uk", "Store below 25 °C.", "Зберігати за температури не вище 25 °C."),
    ("ru", "Do not take more than 4 g a day.", "Принимайте до 4 г в сутки."),
    ("uk", "Take at most 3 tablets a day.", "Приймайте до 3 таблеток на день."),
    ("ru", "Take up to 3 tablets a day.", "Принимайте не более 3 таблеток в день."),
    ("ru", "Take up to 3 tablets a day.", "Принимайте до 3 таблеток в день."),
    ("es", "String (up to %(max_length)s)", "Cadena (máximo %(max_length)s)"),
]


@pytest.mark.parametrize(("locale", "source", "text"), UP_TO)
def test_up_to_a_number_says_at_most(locale: str, source: str, text: str, tmp_path: Path, stele: Run) -> None:
    assert _check(stele, tmp_path, locale, [(source, text)]) == (0, [])


def test_a_cap_made_a_floor_or_a_time_is_still_an_error(tmp_path: Path, stele: Run) -> None:
    assert _check(stele, tmp_path, "ru", [
        ("Take at least 3 tablets a day.", "Принимайте до 3 таблеток в день."),
        ("Do not take more than 4 g a day.", "Принимайте 4 г в сутки до еды."),
    ]) == (1, [
        ("error", "modality", "translation loses “at-least” (“at least”)"),
        ("error", "modality", "translation loses “at-most” (“not take more than”)"),
    ])


# Where "not … unless" is said as "only", the "only" renders the two negations and is no implicit one of its own:
# «только если не назначено» (only if NOT prescribed) reverses "do not use it unless prescribed", though 1 negation
# with «только»'s possible one could count as 2.
def test_unless_said_as_only_if_not_is_an_error(tmp_path: Path, stele: Run) -> None:
    assert _check(stele, tmp_path, "uk", [
        ("Do not use it unless it is prescribed.", "Застосовуйте лише за призначенням."),
        ("Do not use it unless it is prescribed.", "Застосовуйте, лише якщо його не призначено."),
    ]) == (1, [
        ("error", "polarity", "translation drops a negation: the source has 2 (“not”, “unless”), the translation 1 "
                              "(“не”); check that it does not say the opposite"),
    ])


def test_chinese_bie_may_say_dont_but_is_no_negation_alone(tmp_path: Path, stele: Run) -> None:
    """别 says "don't" (别喝酒) and is also part of 识别, 类别, 性别, 乌兹别克 (Uzbek): a translation may render a
    negation with it, and a word holding it adds none (26 false "adds a negation" warnings on Django and Sphinx)."""
    assert _check(stele, tmp_path, "zh_Hans", [("Do not drink alcohol.", "别喝酒。")]) == (0, [])
    assert _check(stele, tmp_path, "zh_Hans", [("Uzbek", "乌兹别克语"), ("Category", "类别")],
                  disclaimer=False) == (0, [])
    assert _check(stele, tmp_path, "zh_Hans", [("Do not drink alcohol.", "喝酒。")]) == (1, [
        ("error", "polarity", "translation drops a negation: the source has 1 (“not”), the translation 0 (none); "
                              "check that it does not say the opposite")])


def test_albanian_s_apostrophe_is_a_negation_glued_to_its_verb(tmp_path: Path, stele: Run) -> None:
    """Albanian writes "not" as s’ glued to the verb (s’është, s’u gjet): 192 of Django and Sphinx's sq messages were
    "drops a negation" warnings on faithful translations."""
    assert _check(stele, tmp_path, "sq", [("This is not a valid IPv6 address.", "Kjo s’është adresë IPv6 e vlefshme."),
                                          ("Page not found", "S’u gjet faqe")], disclaimer=False) == (0, [])
    assert _check(stele, tmp_path, "sq", [("This is not a valid IPv6 address.", "Kjo është adresë IPv6 e vlefshme.")],
                  disclaimer=False) == (0, [
        ("warning", "polarity", "translation drops a negation: the source has 1 (“not”), the translation 0 (none); "
                                "check that it does not say the opposite")])


def test_french_says_cannot_and_not_found_with_one_word(tmp_path: Path, stele: Run) -> None:
    """«Impossible de», «introuvable», «non trouvée», «non défini» say "cannot", "not found", "undefined" with a
    negation or without (49 false warnings on Django and Sphinx's fr catalogs); a negation dropped is still one."""
    assert _check(stele, tmp_path, "fr", [("Cannot delete %(name)s", "Impossible de supprimer %(name)s"),
                                          ("Page not found", "Page non trouvée"),
                                          ("default role %s not found", "rôle par défaut %s introuvable"),
                                          ("undefined label: %r", "label non défini: %r")], disclaimer=False) == (0, [])
    assert _check(stele, tmp_path, "fr", [("Cannot delete %(name)s", "Supprimer %(name)s")], disclaimer=False) == (
        0, [("warning", "polarity", "translation drops a negation: the source has 1 (“cannot”), the translation 0 "
                                    "(none); check that it does not say the opposite")])


def test_korean_japanese_and_polish_say_not_their_own_way(tmp_path: Path, stele: Run) -> None:
    """아닙니다 ("is not"), いいえ ("no"), niedozwolone ("not allowed"): 33 false warnings on Django and Sphinx; 아니
    alone is no negation (리투아니아어, Lithuanian), and a negation dropped is still reported."""
    assert _check(stele, tmp_path, "ko", [("This is not a valid IPv6 address.", "올바른 IPv6 주소가 아닙니다."),
                                          ("Lithuanian", "리투아니아어")], disclaimer=False) == (0, [])
    assert _check(stele, tmp_path, "ja", [("No", "いいえ")], disclaimer=False) == (0, [])
    assert _check(stele, tmp_path, "pl", [("Null characters are not allowed.", "Znaki null są niedozwolone.")],
                  disclaimer=False) == (0, [])
    assert _check(stele, tmp_path, "ko", [("This is not a valid IPv6 address.", "올바른 IPv6 주소입니다.")],
                  disclaimer=False) == (0, [
        ("warning", "polarity", "translation drops a negation: the source has 1 (“not”), the translation 0 (none); "
                                "check that it does not say the opposite")])


def test_a_romance_no_more_than_said_around_a_verb_is_a_cap(tmp_path: Path, stele: Run) -> None:
    """«no haya más de», «não há mais de», «non ci siano più di», «no sea mayor que»: a negation and "more than"
    after it in its clause are at most (62 false warnings on Django); a bare «más» after «no» is still "no longer"."""
    faithful = [("es", "Ensure that there are no more than %(max)s digits in total.",
                 "Asegúrese de que no haya más de %(max)s dígitos en total."),
                ("pt", "Ensure that there are no more than %(max)s digits in total.",
                 "Garanta que não há mais de %(max)s dígitos no total."),
                ("it", "Do not take more than 4 g a day.", "Non assumere più di 4 g al giorno."),
                ("es", "Ensure that the upper bound is not greater than %(limit)s.",
                 "Asegúrese de que el límite superior no sea mayor que %(limit)s."),
                ("es", "Do not take it anymore.", "No lo tome más.")]
    for locale, source, text in faithful:
        assert _check(stele, tmp_path, locale, [(source, text)]) == (0, []), text
    assert _check(stele, tmp_path, "es", [("Do not take more than 4 g a day.", "Tome más de 4 g al día.")]) == (1, [
        ("error", "modality", "translation loses “at-most” (“not take more than”)")])
