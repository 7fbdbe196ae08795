# ruff: noqa: E501  (the sentences, each on one line to be read and re-run as written)
"""Misses found by tampering with a translated leaflet (paracetamol for children): «Побочные эффекты встречаются часто»
for "Side effects are rare" passed ("rarely" may be dropped freely, and "often" was no class): rarely ↔ often is now a
swap, as serious ↔ mild is, with its litotes on both sides ("not unusual", «не редкость», «нередко»); and a rash or
swelling of the face, warning signs a disclaimer names, dropped from its translation («сыпь или отёк лица» → «сыпь»)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_meaning_probe import Run
from tests.test_probe_seven import _findings

RARE = 'Side effects are rare, but stop giving it if a rash appears.'
COMMON = 'Headache is a common side effect.'
SIGNS = 'Stop giving it and call a doctor at once if your child gets a rash or swelling of the face.'
FAITHFUL = [
    ('ru', RARE, 'Побочные эффекты встречаются редко, но если появилась сыпь, прекратите приём.'),
    ('uk', RARE, 'Побічні ефекти трапляються рідко, але якщо з’явився висип, припиніть прийом.'),
    ('ru', COMMON, 'Головная боль – частый побочный эффект.'),
    ('ru', COMMON, 'Головная боль – не редкость.'),
    ('ru', COMMON, 'Головная боль – нередкий побочный эффект.'),
    ('uk', COMMON, 'Головний біль – поширений побічний ефект.'),
    ('ru', 'A temperature after vaccination is not unusual.', 'Температура после прививки бывает часто.'),
    ('ru', SIGNS, 'Если у ребёнка появились высыпания или отёк лица, прекратите приём и сразу вызовите врача.'),
    ('ru', SIGNS, 'Если у ребёнка появилась сыпь или опухло лицо, прекратите приём и сразу вызовите врача.'),
    ('uk', SIGNS, 'Якщо в дитини з’явився висип або набряк обличчя, припиніть прийом і негайно викличте лікаря.'),
]


@pytest.mark.parametrize(("locale", "source", "text"), FAITHFUL)
def test_a_faithful_rendering_passes(locale: str, source: str, text: str, tmp_path: Path, stele: Run) -> None:
    assert [f for f in _findings(stele, tmp_path, locale, source, text) if f[1] in ("modality", "coverage")] == []


def _coverage(names: str, examples: str) -> tuple[str, str, str]:
    return ('error', 'coverage', f'disclaimer translation does not mention what its source warns about: {names} (e.g. {examples}); translate every safety term')


TAMPERED = [
    ('ru', RARE, 'Побочные эффекты встречаются часто, но если появилась сыпь, прекратите приём.',
     [('error', 'modality', 'translation turns “rarely” (“rare”) into “often” (“часто”)')]),
    ('uk', RARE, 'Побічні ефекти трапляються часто, але якщо з’явився висип, припиніть прийом.',
     [('error', 'modality', 'translation turns “rarely” (“rare”) into “often” (“часто”)')]),
    ('ru', COMMON, 'Головная боль – редкий побочный эффект.',
     [('error', 'modality', 'translation turns “often” (“common”) into “rarely” (“редкий”)')]),
    ('uk', COMMON, 'Головний біль – рідкісний побічний ефект.',
     [('error', 'modality', 'translation turns “often” (“common”) into “rarely” (“рідкісний”)')]),
    ('ru', SIGNS, 'Если у ребёнка появилась сыпь, прекратите приём и сразу вызовите врача.',
     [_coverage('swelling', 'отёк, отекать, отечь')]),
    ('uk', SIGNS, 'Якщо в дитини з’явився набряк обличчя, припиніть прийом і негайно викличте лікаря.',
     [_coverage('rash', 'висип, висипання, кропив\'янка')]),
]


@pytest.mark.parametrize(("locale", "source", "text", "errors"), TAMPERED)
def test_a_risk_turned_or_a_sign_dropped_is_an_error(locale: str, source: str, text: str,
                                                    errors: list[tuple[str, str, str]], tmp_path: Path,
                                                    stele: Run) -> None:
    assert [f for f in _findings(stele, tmp_path, locale, source, text) if f[1] in ("modality", "coverage")] == errors
