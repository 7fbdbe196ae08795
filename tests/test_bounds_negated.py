# ruff: noqa: E501  (the sentences, each on one line to be read and re-run as written)
"""A bound that holds a negation ("no more than", "not less than", "must not exceed") said by a negation and a word
the short lexicons lack: Django's "must not exceed" → "no puede exceder", "not less than" → "nicht kleiner als",
"no more than" → "لا أكثر" were a polarity warning (adds a negation) and a modality warning (loses at-most) each, 143
of the 673 meaning warnings on the Django + Sphinx catalogs. Where the translation's lexicon is one of the short
lists (not stele's own en, ru, uk) and the translation does not say the bound, the source's bound reads as its
negation: the translation must then have one. In ru and uk a bound must still be said as one («Не принимайте 3 г»
for "Do not exceed 3 g" loses at-most). Also: "no fewer than" is at least (its "no" was a negation), and so are
«не ниже», «не нижче» (a version or temperature not lower than); must and may with "only" on both sides are no
swap ("must contain only letters" → "solo puede contener letras")."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_meaning_probe import Run
from tests.test_probe_seven import _findings

FAITHFUL = [
    ('es', 'The start of the range must not exceed its end.', 'El comienzo del rango no puede exceder su final.'),
    ('es', 'Ensure that there are no more than 5 digits in total.', 'Asegúrese de que no haya más de 5 dígitos en total.'),
    ('de', 'Ensure that the lower bound is not less than 5.', 'Bitte sicherstellen, dass die untere Grenze nicht kleiner als 5 ist.'),
    ('it', 'Ensure that the lower bound is not less than 5.', 'Assicurarsi che il limite inferiore non sia inferiore a 5.'),
    ('pt', 'Do not take more than 2 tablets at once.', 'Não tome mais do que 2 comprimidos de uma vez.'),
    ('ca', 'The start of the range must not exceed its end.', "L'inici del rang no pot excedir el seu final."),
    ('ru', 'This project needs at least Sphinx 5.', 'Проекту нужна версия Sphinx не ниже 5.'),
    ('uk', 'This project needs at least Sphinx 5.', 'Проєкту потрібна версія Sphinx не нижче 5.'),
    ('ru', 'The list should contain no fewer than 3 items.', 'Список должен содержать не меньше 3 элементов.'),
    ('uk', 'The list should contain no fewer than 3 items.', 'Список повинен містити не менше 3 елементів.'),
    ('es', 'This value must contain only letters and digits.', 'Este valor solo puede contener letras y números.'),
    ('ru', 'This value must contain only letters and digits.', 'Значение может содержать только буквы и цифры.'),
    ('uk', 'This value must contain only letters and digits.', 'Значення може містити лише літери та цифри.'),
]


@pytest.mark.parametrize(("locale", "source", "text"), FAITHFUL)
def test_a_bound_said_by_a_negation_passes(locale: str, source: str, text: str, tmp_path: Path, stele: Run) -> None:
    assert [f for f in _findings(stele, tmp_path, locale, source, text) if f[1] in ("polarity", "modality")] == []


_DROPS = 'translation drops a negation: the source has 1 (“{}”), the translation 0 (none); check that it does not say the opposite'
_ADDS = 'translation adds a negation: the source has 0 (none), the translation 1 (“не”); check that it does not say the opposite'

TAMPERED = [
    ('es', 'Do not exceed 7 grams a day.', 'Se pueden tomar 7 gramos al día.',
     [('error', 'polarity', _DROPS.format('not'))]),
    ('de', 'Do not take more than 2 tablets at once.', 'Nehmen Sie mehr als 2 Tabletten auf einmal.',
     [('error', 'polarity', _DROPS.format('not'))]),
    ('it', 'Ensure that the lower bound is not less than 5.', 'Assicurarsi che il limite inferiore sia inferiore a 5.',
     [('error', 'polarity', _DROPS.format('not'))]),
    ('ru', 'Do not exceed 3 g a day.', 'Не принимайте 3 г в день.',
     [('error', 'modality', 'translation loses “at-most” (“do not exceed”)'), ('error', 'polarity', _ADDS)]),
    ('uk', 'Do not exceed 3 g a day.', 'Не приймайте 3 г на день.',
     [('error', 'modality', 'translation loses “at-most” (“do not exceed”)'), ('error', 'polarity', _ADDS)]),
    ('ru', 'The list should contain no fewer than 3 items.', 'Список должен содержать не больше 3 элементов.',
     [('error', 'modality', 'translation loses “at-least” (“no fewer than”) and adds “at-most” (“не больше”)')]),
    ('ru', 'You must consult a doctor.', 'Вы можете проконсультироваться с врачом только в поликлинике.',
     [('error', 'modality', 'translation adds “only” (“только”) and adds “leave” (“можете проконсультироваться”) and '
                            'turns “must” (“must”) into “may” (“можете проконсультироваться”)')]),
    ('ru', 'You must take only one tablet.', 'Вы можете принять одну таблетку.',
     [('error', 'modality', 'translation loses “only” (“only”) and turns “must” (“must”) into “may” (“можете”)')]),
]


@pytest.mark.parametrize(("locale", "source", "text", "errors"), TAMPERED)
def test_a_bound_lost_is_still_an_error(locale: str, source: str, text: str, errors: list[tuple[str, str, str]],
                                        tmp_path: Path, stele: Run) -> None:
    assert [f for f in _findings(stele, tmp_path, locale, source, text) if f[1] in ("polarity", "modality")] == errors
