# ruff: noqa: E501  (the sentences, each on one line to be read and re-run as written)
"""Coverage of the side effects a dose's warning names — nausea, vomiting, insomnia, dizziness, drowsiness, headache,
constipation, diarrhoea, hair loss — found missing by tampering with this site's own Russian catalog: «…к таким
проблемам, как тошнота, бессонница, а в редких случаях — выпадение волос» made «…к таким проблемам, как в редких
случаях…» passed. Any form of the word counts (pymorphy3's lemmas: «тошнить», «головокружения», «нудить»); and "per
serving" is a dose per dose («на один приём»), whose «в час» is a swap (the same tampering's other miss)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_meaning_probe import Run
from tests.test_probe_seven import _findings, turns

KRATOM = 'Excessive consumption can lead to issues such as nausea, insomnia, and in rare cases, hair loss.'
SLEEP = 'Melatonin can cause headache, dizziness and drowsiness the next day.'
FAITHFUL = [
    ('ru', KRATOM, 'Чрезмерное употребление может приводить к таким проблемам, как тошнота, бессонница, а в редких случаях — выпадение волос.'),
    ('uk', KRATOM, 'Надмірне вживання може призводити до таких проблем, як нудота, безсоння, а в рідкісних випадках — випадіння волосся.'),
    ('ru', SLEEP, 'Мелатонин может вызывать головную боль, головокружение и сонливость на следующий день.'),
    ('uk', SLEEP, 'Мелатонін може спричиняти головний біль, запаморочення та сонливість наступного дня.'),
    ('ru', SLEEP, 'На следующий день после мелатонина может болеть голова, кружиться голова и клонить в сон: это головная боль, головокружение и сонливость.'),
    ('ru', 'Take 1-3 grams per serving.', 'Принимайте 1–3 г на один приём.'),
    ('uk', 'Take 1-3 grams per serving.', 'Приймайте 1–3 г на порцію.'),
]


@pytest.mark.parametrize(("locale", "source", "text"), FAITHFUL)
def test_a_side_effect_said_in_any_form_passes(locale: str, source: str, text: str, tmp_path: Path, stele: Run) -> None:
    assert [f for f in _findings(stele, tmp_path, locale, source, text) if f[0] == "error"] == []


def _missing(names: str, examples: str) -> list[tuple[str, str, str]]:
    return [('error', 'coverage', f'disclaimer translation does not mention what its source warns about: {names} (e.g. {examples}); translate every safety term')]


TAMPERED = [
    ('ru', KRATOM, 'Чрезмерное употребление может приводить к таким проблемам, как, в редких случаях, выпадение волос.',
     _missing('nausea, insomnia', 'тошнота, тошнить, подташнивать')),
    ('uk', KRATOM, 'Надмірне вживання може призводити до таких проблем, як нудота та, в рідкісних випадках, безсоння.',
     _missing('hair loss', 'випадіння волосся, облисіння')),
    ('ru', SLEEP, 'Мелатонин может вызывать сонливость на следующий день.', _missing('dizziness, headache', 'головокружение, кружиться')),
    ('uk', SLEEP, 'Мелатонін може спричиняти головний біль наступного дня.', _missing('dizziness, drowsiness', 'запаморочення, паморочитися')),
    ('ru', 'Take 1-3 grams per serving.', 'Принимайте 1–3 г в час.',
     turns('per-dose', 'per serving', 'per-time', 'в час')),
]


@pytest.mark.parametrize(("locale", "source", "text", "errors"), TAMPERED)
def test_a_side_effect_dropped_is_an_error(locale: str, source: str, text: str, errors: list[tuple[str, str, str]],
                                           tmp_path: Path, stele: Run) -> None:
    rules = {rule for _, rule, _ in errors}
    assert [f for f in _findings(stele, tmp_path, locale, source, text) if f[1] in rules] == errors


@pytest.mark.parametrize(("locale", "text", "concepts"), [
    ('ru', 'Возможны головная боль и выпадение волос.', {'headache', 'hair loss'}),
    ('ru', 'Жалобы на головную боль, к выпадению волос не приводит.', {'headache', 'hair loss'}),
    ('uk', 'Жінкам при надії та за головного болю не приймати.', {'pregnancy', 'headache'}),
    ('ru', 'Голова не болит, волосы не выпадают.', set()),
])
def test_a_term_of_two_words_is_found_in_any_form(locale: str, text: str, concepts: set[str]) -> None:
    """The lexicon's matcher (misplaced, the semantic pass) reads a ``*`` only at a phrase's end: a term of two words
    («головной боль», «при надія») is each form of its first word and a stem of its last. They were never found:
    «при надії» (uk pregnancy) since it was written, and the side effects swapped between two paragraphs went
    unseen by misplaced."""
    from stele.model import CheckSettings
    from stele.rules.meaning import compiled
    from stele.rules.meaning import concepts as named

    lex = compiled(locale, CheckSettings())
    assert lex is not None
    assert {c for c in named(text, lex) if c in {'headache', 'hair loss', 'pregnancy'}} == concepts
