# ruff: noqa: E501  (the sentences, each on one line to be read and re-run as written)
"""Misses found by tampering with a translated article (sore throat: fever, ibuprofen, antibiotics), and the false
alarms their fixes brought out on real catalogs:

- a negation and a cap across a conditional ("do not take it if your fever is above 39 °C") were one at-most bound,
  which «не принимайте его, если температура выше 39 °C» lacks (a polarity and a modality error on a faithful
  disclaimer): such a cap is read as one only where the other text pairs a cap with a negation too («при температуре
  выше 39 °C»); «принимайте его, если температура выше 39 °C» drops the negation;
- a bound in a conditional clause after a negation of another clause («если боль не проходит дольше недели или если
  температура ниже 38,5 °C» for "… above 38.5 °C") was not compared (the «не» was read as governing it): a bound's
  negation is now read with its sentence as its scope and with its conditional clause («если», "if") as its scope,
  and compared where either reading agrees between the texts;
- "only" and «только» (implicit negations both) let a translation drop a "not" elsewhere («Антибиотики действуют на
  вирусы, и принимать их следует только…»): an implicit word of a modality class the other text says too renders it
  and stands for no negation;
- a negation of one clause and a "without" of the next, after a comma and "and" («не действуют на вирусы, и
  принимать их следует и без назначения врача»), were read as one double negation, an "only": no longer;
- which brought out "whether or not" (→ «ли», "ob", "o no"), "expired" (→ «больше не активен»), "no limit" (→
  «необмежену»), "unaccented" (→ «без умляутов»): words that a translation may say with a negation or without."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_meaning_probe import Run
from tests.test_probe_seven import _findings

ANTIBIOTICS = 'Antibiotics do not help against viruses and should only be taken if a doctor prescribes them.'
FEVER = 'See a doctor if the pain lasts longer than a week, or if you have a fever above 38.5 °C.'
FAITHFUL = [
    ('ru', FEVER, 'Обратитесь к врачу, если боль не проходит дольше недели или если температура выше 38,5 °C.'),
    ('uk', FEVER, 'Зверніться до лікаря, якщо біль не минає довше ніж тиждень або якщо температура вище 38,5 °C.'),
    ('ru', 'Do not take it if your fever is above 39 °C.', 'Не принимайте его, если температура выше 39 °C.'),
    ('ru', 'Do not take it if your fever is above 39 °C.', 'Не принимайте его при температуре выше 39 °C.'),
    ('uk', 'Do not take it if your fever is above 39 °C.', 'Не приймайте його, якщо температура вища за 39 °C.'),
    ('ru', 'Do not take more than 4 g if you have liver disease.', 'Если у вас болезнь печени, не принимайте более 4 г.'),
    ('ru', 'Do not store above 25 °C.', 'Храните при температуре не выше 25 °C.'),
    ('ru', ANTIBIOTICS, 'Антибиотики не действуют на вирусы, и принимать их следует только по назначению врача.'),
    ('uk', ANTIBIOTICS, 'Антибіотики не діють на віруси, і приймати їх слід лише за призначенням лікаря.'),
    ('ru', 'Do not take anything except water.', 'Пейте только воду.'),
    ('ru', 'Do not use it unless a doctor tells you to.', 'Используйте его только по указанию врача.'),
    ('ru', 'Whether or not other rules should run after this one.', 'Надо ли запускать другие правила после этого.'),
    ('es', 'Whether or not other rules should run after this one.', 'Si se deben ejecutar o no otras reglas después de esta.'),
    ('ru', 'This link has expired, but you may request a new one.', 'Эта ссылка больше не действует, но вы можете запросить новую.'),
    ('uk', '0 means no limit.', '0 означає необмежену кількість.'),
    ('ru', 'It may contain only unaccented letters.', 'Оно может содержать только буквы без умляутов.'),
    ('ru', 'Use it only if a doctor tells you to.', 'Не используйте его без указания врача.'),
    ('ru', 'Do not use it unless a doctor tells you to.', 'Не используйте его без указания врача.'),
]


@pytest.mark.parametrize(("locale", "source", "text"), FAITHFUL)
def test_a_faithful_rendering_passes(locale: str, source: str, text: str, tmp_path: Path, stele: Run) -> None:
    assert [f for f in _findings(stele, tmp_path, locale, source, text) if f[1] in ("numbers", "polarity")] == []


def _turned(source: str, text: str) -> tuple[str, str, str]:
    return ('error', 'numbers', f'"{source}" became "{text}" (bound turned: above → below)')


_DROPS = ('error', 'polarity', 'translation drops a negation: the source has 1 (“not”), the translation 0 (none); check that it does not say the opposite')
TAMPERED = [
    ('ru', FEVER, 'Обратитесь к врачу, если боль не проходит дольше недели или если температура ниже 38,5 °C.',
     [_turned('above 38.5 °C', 'ниже 38,5 °C')]),
    ('uk', FEVER, 'Зверніться до лікаря, якщо біль не минає довше ніж тиждень або якщо температура нижче 38,5 °C.',
     [_turned('above 38.5 °C', 'нижче 38,5 °C')]),
    ('ru', 'Do not take it if your fever is above 39 °C.', 'Не принимайте его при температуре ниже 39 °C.',
     [_turned('above 39 °C', 'ниже 39 °C')]),
    ('ru', 'Do not take it if your fever is above 39 °C.', 'Не принимайте его, если температура ниже 39 °C.',
     [_turned('above 39 °C', 'ниже 39 °C')]),
    ('ru', 'Do not take it if your fever is above 39 °C.', 'Принимайте его, если температура выше 39 °C.', [_DROPS]),
    ('ru', 'Do not take it if your fever is above 39 °C.', 'Принимайте его при температуре выше 39 °C.', [_DROPS]),
    ('uk', 'Do not take it if your fever is above 39 °C.', 'Приймайте його, якщо температура вища за 39 °C.', [_DROPS]),
    ('ru', 'Do not take more than 4 g if you have liver disease.', 'Принимайте более 4 г, если у вас болезнь печени.',
     [('error', 'modality', 'translation loses “at-most” (“not take more than”)')]),
    ('ru', ANTIBIOTICS, 'Антибиотики действуют на вирусы, и принимать их следует только по назначению врача.', [_DROPS]),
    ('uk', ANTIBIOTICS, 'Антибіотики діють на віруси, і приймати їх слід лише за призначенням лікаря.', [_DROPS]),
    ('ru', ANTIBIOTICS, 'Антибиотики не действуют на вирусы, и принимать их следует и без назначения врача.',
     [('error', 'modality', 'translation loses “only” (“only”)')]),
    ('uk', ANTIBIOTICS, 'Антибіотики не діють на віруси, і приймати їх слід і без призначення лікаря.',
     [('error', 'modality', 'translation loses “only” (“only”)')]),
    ('ru', 'It may contain only letters and must not be empty.', 'Оно может содержать только буквы и должно быть пустым.', [_DROPS]),
]


@pytest.mark.parametrize(("locale", "source", "text", "errors"), TAMPERED)
def test_a_turned_bound_or_a_dropped_negation_is_an_error(locale: str, source: str, text: str,
                                                         errors: list[tuple[str, str, str]], tmp_path: Path,
                                                         stele: Run) -> None:
    rules = {rule for _, rule, _ in errors}
    assert [f for f in _findings(stele, tmp_path, locale, source, text) if f[1] in rules] == errors
