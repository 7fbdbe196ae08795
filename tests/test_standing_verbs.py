# ruff: noqa: E501  (the sentences, each on one line to be read and re-run as written)
"""Words a faithful translation used that the meaning rules misread, found by translating `stele new`'s example
article: «стоит» says "it is worth" (preferably) only with an infinitive in its clause — «солнце стоит низко» (stands),
«курс стоит 20 долларов» (costs) say no advice; "run short of", "short of" are a negation a translation may say with
one («многим его не хватает»). A «стоит» with an infinitive before or after it, and a negation added where the source
has none of these words, are still reported."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_meaning_probe import Run
from tests.test_probe_seven import _findings

FAITHFUL = [
    ('ru', 'In winter the sun is too low for the skin to make much vitamin D, so many people run short of it.',
     'Зимой солнце стоит слишком низко, чтобы кожа вырабатывала достаточно витамина D, поэтому многим его не хватает.'),
    ('ru', 'In winter the sun stays low all day.', 'Зимой солнце весь день стоит низко.'),
    ('ru', 'A month of the supplement costs about 20 dollars.', 'Месячный курс добавки стоит около 20 долларов.'),
    ('ru', 'Store the bottle upright.', 'Флакон должен стоять вертикально; если он стоит на боку, крышка протекает.'),
    ('uk', 'Many people run short of vitamin D in winter.', 'Узимку багатьом людям не вистачає вітаміну D.'),
    ('ru', 'Older adults are often short of vitamin B12.', 'Пожилым людям часто не хватает витамина B12.'),
]


@pytest.mark.parametrize(("locale", "source", "text"), FAITHFUL)
def test_a_standing_verb_or_a_shortage_passes(locale: str, source: str, text: str, tmp_path: Path, stele: Run) -> None:
    assert [f for f in _findings(stele, tmp_path, locale, source, text) if f[1] in ("modality", "polarity")] == []


_ADDS_PREFERABLY = 'translation adds “preferably” (“стоит”)'
TAMPERED = [
    ('ru', 'Consult a doctor before taking supplements.', 'Перед приёмом добавок стоит посоветоваться с врачом.',
     [('error', 'modality', _ADDS_PREFERABLY)]),
    ('ru', 'Consult a doctor before taking supplements.', 'Посоветоваться с врачом стоит ещё до приёма добавок.',
     [('error', 'modality', _ADDS_PREFERABLY)]),
    ('ru', 'Tell your doctor about every medicine you take.', 'Вам стоит рассказать врачу обо всех лекарствах, которые вы принимаете.',
     [('error', 'modality', _ADDS_PREFERABLY)]),
    ('ru', 'Many people run short of vitamin D in winter, so do not skip fish.', 'Зимой многим хватает витамина D, так что рыбу можно пропускать.',
     [('error', 'polarity', 'translation drops a negation: the source has 1 (“not”), the translation 0 (none); check that it does not say the opposite')]),
    ('ru', 'The sun is low in winter.', 'Зимой солнце не стоит низко.',
     [('error', 'polarity', 'translation adds a negation: the source has 0 (none), the translation 1 (“не”); check that it does not say the opposite')]),
]


@pytest.mark.parametrize(("locale", "source", "text", "errors"), TAMPERED)
def test_advice_or_a_negation_added_is_still_an_error(locale: str, source: str, text: str,
                                                      errors: list[tuple[str, str, str]], tmp_path: Path,
                                                      stele: Run) -> None:
    assert [f for f in _findings(stele, tmp_path, locale, source, text) if f[1] in ("modality", "polarity")] == errors
