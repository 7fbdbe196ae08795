# ruff: noqa: E501  (the sentences, each on one line to be read and re-run as written)
"""Negations the lexicons lacked, found in the Django + Sphinx warnings (polarity 312 → 218 there): an English word
with a negative prefix that a translation may say with a separate negation ("unsuccessful" → "nicht erfolgreich",
"unsaved" → «не сохранены», "nonexisting" → "inexistente"/"no existe"), and "no" as an answer: German "Nein", Dutch
"Nee", Italian "No", Chinese 否 (which is also in 是否, whether: a negation it may say). A translation that drops a
negation of the source, or adds one to a sentence with none of these words, is still reported."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_meaning_probe import Run
from tests.test_probe_seven import _findings

FAITHFUL = [
    ('de', 'Password reset unsuccessful', 'Passwort nicht erfolgreich zurückgesetzt'),
    ('ru', 'Password reset unsuccessful', 'Пароль не был сброшен'),
    ('uk', 'You have unsaved changes.', 'У вас є не збережені зміни.'),
    ('ru', 'The document refers to a nonexisting file.', 'Документ ссылается на файл, которого не существует.'),
    ('es', 'The label is undefined.', 'La etiqueta no está definida.'),
    ('de', 'No', 'Nein'),
    ('nl', 'No', 'Nee'),
    ('it', 'No', 'No'),
    ('zh_Hans', 'No', '否'),
]


@pytest.mark.parametrize(("locale", "source", "text"), FAITHFUL)
def test_a_negation_said_another_way_passes(locale: str, source: str, text: str, tmp_path: Path, stele: Run) -> None:
    assert [f for f in _findings(stele, tmp_path, locale, source, text) if f[1] == "polarity"] == []


def _drops(word: str) -> str:
    return f'translation drops a negation: the source has 1 (“{word}”), the translation 0 (none); check that it does not say the opposite'


TAMPERED = [
    ('de', 'No', 'Ja', [('error', 'polarity', _drops('no'))]),
    ('nl', 'No', 'Ja', [('error', 'polarity', _drops('no'))]),
    ('ru', 'Do not save unsaved changes.', 'Сохраните несохранённые изменения.', [('error', 'polarity', _drops('not'))]),
    ('ru', 'Save the changes.', 'Не сохраняйте изменения.',
     [('error', 'polarity', 'translation adds a negation: the source has 0 (none), the translation 1 (“не”); check that it does not say the opposite')]),
]


@pytest.mark.parametrize(("locale", "source", "text", "errors"), TAMPERED)
def test_a_negation_dropped_or_added_is_still_an_error(locale: str, source: str, text: str,
                                                      errors: list[tuple[str, str, str]], tmp_path: Path,
                                                      stele: Run) -> None:
    assert [f for f in _findings(stele, tmp_path, locale, source, text) if f[1] == "polarity"] == errors
