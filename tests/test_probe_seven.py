# ruff: noqa: E501  (the probe's sentences and messages, each on one line to be read and re-run as written)
"""A seventh probe (English → Russian, Ukrainian health paragraphs: units per kilogram, temperatures, bounds said
by comparatives, "until", "as soon as", litotes, required negations, alcohol, pregnancy said by a verb): each faithful
rendering passes every content rule with no finding, each tampered one is an error naming the change."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_meaning_probe import Run, _po

_FORMAL = {"header-fields", "typography"}  # the catalog's form, not its meaning


def _findings(stele: Run, tmp_path: Path, locale: str, source: str, text: str) -> list[tuple[str, str, str]]:
    """(severity, rule, message) of every content rule on a one-message disclaimer catalog."""
    path = tmp_path / f"{locale}.po"
    path.write_text(_po(locale, [(source, text)], disclaimer=True), encoding="utf-8")
    result = stele("check", path, "--format", "json")
    return [(f["severity"], f["rule"], f["message"]) for f in json.loads(result.output)["findings"]
            if f["rule"] not in _FORMAL]


def turns(one: str, said: str, other: str, kept: str) -> list[tuple[str, str, str]]:
    """The modality error of a translation that turns the class ``one`` (words ``said``) into ``other`` (``kept``)."""
    return [("error", "modality", f"translation turns “{one}” (“{said}”) into “{other}” (“{kept}”)")]


FAITHFUL = [
    ('ru', 'The recommended dose is 5 mg/kg of body weight.',
     'Рекомендуемая доза — 5 мг на кг массы тела.'),
    ('uk', 'The usual dose is 10 mg/kg body weight every 6 to 8 hours, but no more than 40 mg/kg per day.',
     'Звичайна доза — 10 мг на кг маси тіла кожні 6–8 годин, але не більше ніж 40 мг/кг на добу.'),
    ('ru', 'The recommended dose is 5 mg/kg of body weight.',
     'Рекомендуемая доза — 5 мг на 1 кг массы тела.'),
    ('ru', 'Dissolve the contents of one sachet in 200 ml of water at a temperature of no higher than 40 °C.',
     'Растворите содержимое одного пакетика в 200 мл воды температурой не выше 40 градусов.'),
    ('ru', 'Seek medical attention if your temperature stays above 39 degrees for more than 3 days.',
     'Если температура держится выше 39 °C дольше 3 дней, обратитесь за медицинской помощью.'),
    ('uk', 'Call a doctor if a baby under 3 months has a temperature of 38 °C or higher.',
     'Якщо в немовляти, молодшого за 3 місяці, температура сягає 38 градусів або більше, зателефонуйте лікарю.'),
    ('uk', 'Add the powder to 100 ml of warm (not hot) water, no warmer than 37 degrees.',
     'Додайте порошок до 100 мл теплої (не гарячої) води, температура якої не перевищує 37 °C.'),
    ('ru', 'Do not take more than 1,000 mg at a time or more than 4,000 mg in 24 hours.',
     'Разовая доза не должна превышать 1000 мг, а суточная — 4000 мг.'),
    ('ru', 'Do not take more than 1,000 mg at a time or more than 4,000 mg in 24 hours.',
     'За один прием — не более 1 г, за 24 часа — не более 4 г.'),
    ('uk', 'Seek medical advice if the diarrhoea lasts more than 2 days in adults or more than 24 hours in children.',
     'Зверніться до лікаря, якщо діарея триває понад 2 дні в дорослих або понад 24 години в дітей.'),
    ('ru', 'If you miss a dose, take it as soon as you remember, unless it is almost time for your next dose.',
     'Если вы пропустили прием, примите дозу, как только вспомните, — кроме случаев, когда уже почти пора принимать следующую.'),
    ('uk', 'Do not drive until you know how this medicine affects you.',
     'Не сідайте за кермо, доки не знатимете, як на вас впливає цей препарат.'),
    ('ru', 'Do not drive until you know how this medicine affects you.',
     'Не садитесь за руль, пока не узнаете, как на вас действует это лекарство.'),
    ('ru', 'Keep taking it until the symptoms go away.',
     'Принимайте его, пока симптомы не пройдут.'),
    ('ru', 'The safety in children has not yet been established.',
     'Безопасность у детей пока не установлена.'),
    ('uk', 'The safety in children has not yet been established.',
     'Безпеку в дітей поки не встановлено.'),
    ('ru', 'No articles are published in this language yet.',
     'На этом языке пока не опубликовано ни одной статьи.'),
    ('ru', 'Never take two doses at the same time to make up for a missed dose.',
     'Ни в коем случае не принимайте двойную дозу, чтобы восполнить пропущенную.'),
    ('ru', 'This product contains 20% alcohol by volume. It may impair your ability to drive or operate machinery.',
     'Этот продукт содержит 20 % (об.) спирта. Он может ухудшать способность управлять транспортными средствами и механизмами.'),
    ('uk', 'This product contains 5% alcohol.',
     'Цей продукт містить 5 % етанолу.'),
    ('uk', 'Women who may become pregnant must use reliable contraception during treatment and for at least 1 month after it.',
     'Жінкам, які можуть завагітніти, під час лікування та щонайменше 1 місяць після нього необхідно використовувати надійну контрацепцію.'),
    ('uk', "Children aged 2 to 6 years: 2.5 ml every 6 hours. Children under 2 years: only on a doctor's prescription.",
     'Дітям від 2 до 6 років: по 2,5 мл кожні 6 годин. Дітям до 2 років — лише за призначенням лікаря.'),
    ('ru', 'A temperature of 37.5 degrees or higher after vaccination is not unusual.',
     'Повышение температуры до 37,5 градуса и выше после прививки — обычное явление.'),
    ('ru', 'A temperature after vaccination is not unusual.',
     'Повышение температуры после прививки — не редкость.'),
    ('ru', 'Stop using the cream as soon as the rash disappears, and do not apply it for longer than 2 weeks.',
     'Прекратите применение крема, как только сыпь исчезнет; наносить его дольше 2 недель нельзя.'),
    ('ru', 'Do not take more than 2 tablets a day.',
     'Больше 2 таблеток в день не принимайте.'),
    ('ru', 'Adults aged 65 or over should take 1 tablet.',
     'Взрослым в возрасте 65 лет и старше следует принимать 1 таблетку.'),
    ('ru', 'Children weighing less than 10 kg should not use this product.',
     'Детям с массой тела менее 10 кг этот препарат применять не следует.'),
    ('uk', 'If it is less than 4 hours until the next dose, skip the missed one.',
     'Якщо до наступного прийому лишилося менше ніж 4 години, пропущену дозу не приймайте.'),
    ('ru', 'Seek help if the fever lasts more than 3 days.',
     'Обратитесь за помощью, если температура держится более 3 дней.'),
    ('uk', 'This medicine is not suitable for children under 12 years old.',
     'Цей препарат не підходить дітям, молодшим за 12 років.'),
]


@pytest.mark.parametrize(("locale", "source", "text"), FAITHFUL)
def test_faithful_renderings_pass_every_rule(locale: str, source: str, text: str, tmp_path: Path, stele: Run) -> None:
    assert _findings(stele, tmp_path, locale, source, text) == []


TAMPERED = [
    ('ru', 'The recommended dose is 5 mg/kg of body weight.',
     'Рекомендуемая доза — 5 мг массы тела.',
     [('error', 'numbers', '"5 mg/kg" became "5 мг" (unit changed: mg/kg → mg)')]),
    ('ru', 'The recommended dose is 5 mg per kg of body weight.',
     'Рекомендуемая доза — 15 мг на кг массы тела.',
     [('error', 'numbers', '"5 mg per kg" became "15 мг на кг" (value changed: 5 → 15)')]),
    ('ru', 'Store below 25 °C.',
     'Хранить при температуре не выше 52 градусов.',
     [('error', 'numbers', '"25 °C" became "52 градусов" (value changed: 25 → 52)')]),
    ('ru', 'Take 2 tablets or more.',
     'Принимайте 2 таблетки.',
     [('error', 'modality', 'translation loses “at-least” (“or more”)')]),
    ('ru', 'Do not drive until you know how this medicine affects you.',
     'Садитесь за руль, пока не узнаете, как на вас действует это лекарство.',
     [('error', 'polarity', 'translation drops a negation: the source has 1 (“not”), the translation 0 (none); check that it does not say the opposite')]),
    ('uk', 'Do not drive until you know how this medicine affects you.',
     'Сідайте за кермо, доки не знатимете, як на вас впливає цей препарат.',
     [('error', 'polarity', 'translation drops a negation: the source has 1 (“not”), the translation 0 (none); check that it does not say the opposite')]),
    ('ru', 'The safety in children has not yet been established.',
     'Безопасность у детей пока установлена.',
     [('error', 'polarity', 'translation drops a negation: the source has 1 (“not”), the translation 0 (none); check that it does not say the opposite')]),
    ('ru', 'Stop using the cream as soon as the rash disappears, and do not apply it for longer than 2 weeks.',
     'Прекратите применение крема, как только сыпь исчезнет; наносить его дольше 2 недель можно.',
     [('error', 'modality', 'translation loses “at-most” (“not apply it for longer than”)')]),
    ('ru', 'Do not take more than 2 tablets a day.',
     'Больше 2 таблеток в день принимайте.',
     [('error', 'modality', 'translation loses “at-most” (“not take more than”)')]),
    ('uk', 'This medicine is not suitable for children under 12 years old.',
     'Цей препарат не підходить дітям, старшим за 12 років.',
     [('error', 'numbers', '"under 12 years" became "старшим за 12 років" (bound turned: below → above)')]),
    ('uk', 'Elderly patients over 75 should start with half the usual dose.',
     'Пацієнтам віком понад 85 років слід починати з половини звичайної дози.',
     [('error', 'numbers', '"over 75" became "понад 85 років" (value changed: 75 → 85)')]),
    ('uk', 'If it is less than 4 hours until the next dose, skip the missed one.',
     'Якщо до наступного прийому лишилося більше ніж 4 години, пропущену дозу не приймайте.',
     [('error', 'numbers', '"less than 4 hours" became "більше ніж 4 години" (bound turned: below → above)')]),
    ('ru', 'Seek help if the fever lasts more than 3 days.',
     'Обратитесь за помощью, если температура держится менее 3 дней.',
     [('error', 'numbers', '"more than 3 days" became "менее 3 дней" (bound turned: above → below)')]),
    ('ru', 'Take it only if your doctor tells you to.',
     'Принимайте его, как только скажет врач.',
     [('error', 'modality', 'translation loses “only” (“only”)')]),
]


@pytest.mark.parametrize(("locale", "source", "text", "errors"), TAMPERED)
def test_tampered_renderings_are_errors(locale: str, source: str, text: str, errors: list[tuple[str, str, str]],
                                       tmp_path: Path, stele: Run) -> None:
    assert [f for f in _findings(stele, tmp_path, locale, source, text) if f[0] == "error"] == errors
