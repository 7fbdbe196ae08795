# ruff: noqa: E501  (the sentences, each on one line to be read and re-run as written)
"""Two misses found by tampering with the Ukrainian translation of an article: «Зберігайте всі ліки в доступному для
дітей місці» for "Keep all medicines out of the reach of children" passed (the imperative «зберігайте», keep, was an
implicit negation, as the «зберігаються» of symptoms that persist is: only the verb's reflexive forms are now, in uk
and ru); «якщо температура нижча за 38,5 °C» for "a fever above 38.5 °C" passed (a Ukrainian comparative with «за»,
than, bounds the number after it as «нижче» does)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_meaning_probe import Run
from tests.test_probe_seven import _findings

KEEP = 'Keep all medicines out of the reach of children.'
FEVER = 'See a doctor if you have a fever above 38.5 °C.'
WEIGHT = 'Give it only to children who weigh more than 10 kg.'
FAITHFUL = [
    ('uk', KEEP, 'Зберігайте всі ліки в недоступному для дітей місці.'),
    ('uk', KEEP, 'Зберігайте всі ліки поза досяжністю дітей.'),
    ('ru', KEEP, 'Храните все лекарства в недоступном для детей месте.'),
    ('uk', 'See a doctor if symptoms persist for more than 3 days.', 'Зверніться до лікаря, якщо симптоми зберігаються понад 3 дні.'),
    ('ru', 'See a doctor if symptoms persist for more than 3 days.', 'Обратитесь к врачу, если симптомы сохраняются более 3 дней.'),
    ('uk', FEVER, 'Зверніться до лікаря, якщо температура вища за 38,5 °C.'),
    ('uk', WEIGHT, 'Давайте його лише дітям, вага яких більша за 10 кг.'),
    ('uk', 'Do not give it to children under 12.', 'Не давайте його дітям, молодшим за 12 років.'),
]


@pytest.mark.parametrize(("locale", "source", "text"), FAITHFUL)
def test_a_faithful_rendering_passes(locale: str, source: str, text: str, tmp_path: Path, stele: Run) -> None:
    assert [f for f in _findings(stele, tmp_path, locale, source, text) if f[1] in ("numbers", "polarity")] == []


_DROPS = ('error', 'polarity', 'translation drops a negation: the source has 1 (“out of the reach”), the translation 0 (none); check that it does not say the opposite')
TAMPERED = [
    ('uk', KEEP, 'Зберігайте всі ліки в доступному для дітей місці.', [_DROPS]),
    ('ru', KEEP, 'Сохраняйте все лекарства в доступном для детей месте.', [_DROPS]),
    ('uk', FEVER, 'Зверніться до лікаря, якщо температура нижча за 38,5 °C.',
     [('error', 'numbers', '"above 38.5 °C" became "нижча за 38,5 °C" (bound turned: above → below)')]),
    ('uk', WEIGHT, 'Давайте його лише дітям, вага яких менша за 10 кг.',
     [('error', 'numbers', '"more than 10 kg" became "менша за 10 кг" (bound turned: above → below)')]),
    ('uk', 'Do not give it to children under 12.', 'Не давайте його дітям, старшим за 12 років.',
     [('error', 'numbers', '"under 12" became "старшим за 12 років" (bound turned: below → above)')]),
]


@pytest.mark.parametrize(("locale", "source", "text", "errors"), TAMPERED)
def test_a_dropped_negation_or_a_turned_bound_is_an_error(locale: str, source: str, text: str,
                                                         errors: list[tuple[str, str, str]], tmp_path: Path,
                                                         stele: Run) -> None:
    assert [f for f in _findings(stele, tmp_path, locale, source, text) if f[1] in ("numbers", "polarity")] == errors
