"""A miss found by tampering with a translated leaflet: «вызовите врача через неделю» for "call a doctor at once"
passed. "At once", "immediately", «сразу», «немедленно», «негайно»… are now a class a translation must not lose (it
puts off what the source says to do now); one that adds it stresses it, and passes."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_meaning_probe import Run
from tests.test_probe_seven import _findings

RASH = 'Stop giving it and call a doctor at once if your child gets a rash.'
CHEST = 'Seek medical help immediately if you have chest pain.'
FAITHFUL = [
    ('ru', RASH, 'Если у ребёнка появилась сыпь, прекратите приём и сразу вызовите врача.'),
    ('uk', RASH, 'Якщо в дитини з’явився висип, припиніть прийом і негайно викличте лікаря.'),
    ('ru', CHEST, 'При боли в груди немедленно обратитесь за медицинской помощью.'),
    ('ru', CHEST, 'При боли в груди как можно скорее обратитесь за медицинской помощью.'),
    ('uk', CHEST, 'У разі болю в грудях терміново зверніться по медичну допомогу.'),
    ('ru', 'Call a doctor if your child gets a rash.', 'Если у ребёнка появилась сыпь, сразу вызовите врача.'),
]


@pytest.mark.parametrize(("locale", "source", "text"), FAITHFUL)
def test_urgency_kept_or_added_passes(locale: str, source: str, text: str, tmp_path: Path, stele: Run) -> None:
    assert [f for f in _findings(stele, tmp_path, locale, source, text) if f[1] == "modality"] == []


TAMPERED = [
    ('ru', RASH, 'Если у ребёнка появилась сыпь, прекратите приём и вызовите врача через неделю.', 'doctor at once'),
    ('uk', RASH, 'Якщо в дитини з’явився висип, припиніть прийом і викличте лікаря згодом.', 'doctor at once'),
    ('ru', CHEST, 'При боли в груди обратитесь за медицинской помощью, когда будет удобно.', 'immediately'),
    ('uk', CHEST, 'У разі болю в грудях зверніться по медичну допомогу наступного тижня.', 'immediately'),
]


@pytest.mark.parametrize(("locale", "source", "text", "word"), TAMPERED)
def test_urgency_lost_is_an_error(locale: str, source: str, text: str, word: str, tmp_path: Path, stele: Run) -> None:
    assert [f for f in _findings(stele, tmp_path, locale, source, text) if f[1] == "modality"] == [
        ('error', 'modality', f'translation loses “urgent” (“{word}”)')]
