# ruff: noqa: E501  (the sentences, each on one line to be read and re-run as written)
"""Help of any kind the source sends the reader to — emergency care, an ambulance, medical attention — is the coverage
rule's "doctor": "Seek emergency care if you have chest pain" → «Если у вас боль в груди, подождите, пока она
пройдёт» passed (its source named no doctor). A translation may name a doctor, an ambulance or medical help for it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_meaning_probe import Run
from tests.test_probe_seven import _findings

CHEST = 'Seek emergency care if you have chest pain.'
FAINT = 'Call an ambulance if the person faints.'
BREATH = 'Get medical help right away if you have trouble breathing.'
FAITHFUL = [
    ('ru', CHEST, 'При боли в груди немедленно вызовите скорую помощь.'),
    ('ru', CHEST, 'При боли в груди немедленно обратитесь к врачу.'),
    ('uk', CHEST, 'У разі болю в грудях негайно викличте швидку допомогу.'),
    ('uk', CHEST, 'У разі болю в грудях негайно зверніться по невідкладну допомогу.'),
    ('ru', FAINT, 'Если человек потерял сознание, вызовите неотложку.'),
    ('uk', FAINT, 'Якщо людина знепритомніла, викличте швидку допомогу.'),
    ('ru', BREATH, 'Если вам трудно дышать, сразу обратитесь за медицинской помощью.'),
    ('uk', BREATH, 'Якщо вам важко дихати, одразу зверніться до лікарні.'),
    ('ru', FAINT, 'Если человек потерял сознание, вызовите скорую.'),
    ('uk', FAINT, 'Якщо людина знепритомніла, викличте швидку.'),
]


@pytest.mark.parametrize(("locale", "source", "text"), FAITHFUL)
def test_help_of_any_kind_passes(locale: str, source: str, text: str, tmp_path: Path, stele: Run) -> None:
    assert [f for f in _findings(stele, tmp_path, locale, source, text) if f[1] == "coverage"] == []


def _missing(examples: str) -> list[tuple[str, str, str]]:
    return [('error', 'coverage', f'disclaimer translation does not mention what its source warns about: doctor (e.g. {examples}); translate every safety term')]


TAMPERED = [
    ('ru', CHEST, 'Если у вас боль в груди, подождите, пока она пройдёт.', _missing('врач, доктор, специалист')),
    ('uk', CHEST, 'Якщо у вас біль у грудях, зачекайте, доки він мине.', _missing('лікар, доктор, фахівець')),
    ('ru', FAINT, 'Если человек потерял сознание, дайте ему воды.', _missing('врач, доктор, специалист')),
    ('uk', FAINT, 'Якщо людина знепритомніла, дайте їй води.', _missing('лікар, доктор, фахівець')),
    ('ru', BREATH, 'Если вам трудно дышать, сразу прилягте.', _missing('врач, доктор, специалист')),
]


@pytest.mark.parametrize(("locale", "source", "text", "errors"), TAMPERED)
def test_help_dropped_is_an_error(locale: str, source: str, text: str, errors: list[tuple[str, str, str]],
                                  tmp_path: Path, stele: Run) -> None:
    assert [f for f in _findings(stele, tmp_path, locale, source, text) if f[1] == "coverage"] == errors
