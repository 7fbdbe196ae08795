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


# A dose's size said "moderate" (smaller) and its dosages ("low dosages": the noun was dose only), found by tampering
# with this site's own Russian catalog: «соблюдение высоких дозировок» for "sticking to moderate dosages" passed.
MODERATE = "Being aware of your body's responses and sticking to moderate dosages can help."
SIZES_FAITHFUL = [
    ('ru', MODERATE, 'Понимание реакций своего организма и соблюдение умеренных дозировок могут помочь.'),
    ('uk', MODERATE, 'Розуміння реакцій організму і дотримання помірних доз можуть допомогти.'),
    ('ru', 'Start with low dosages.', 'Начинайте с низких доз.'),
]


@pytest.mark.parametrize(("locale", "source", "text"), SIZES_FAITHFUL)
def test_a_moderate_dose_said_alike_passes(locale: str, source: str, text: str, tmp_path: Path, stele: Run) -> None:
    assert [f for f in _findings(stele, tmp_path, locale, source, text) if f[1] == "modality"] == []


SIZES_TAMPERED = [
    ('ru', MODERATE, 'Понимание реакций своего организма и соблюдение высоких дозировок могут помочь.', 'высоких дозировок'),
    ('uk', MODERATE, 'Розуміння реакцій організму і дотримання високих доз можуть допомогти.', 'високих доз'),
    ('ru', 'Start with low dosages.', 'Начинайте с высоких доз.', 'высоких доз'),
]


@pytest.mark.parametrize(("locale", "source", "text", "larger"), SIZES_TAMPERED)
def test_a_moderate_dose_made_high_is_an_error(locale: str, source: str, text: str, larger: str, tmp_path: Path,
                                              stele: Run) -> None:
    said = "moderate dosages" if "moderate" in source else "low dosages"
    assert [f for f in _findings(stele, tmp_path, locale, source, text) if f[1] == "modality"] == [
        ('error', 'modality', f'translation turns “smaller” (“{said}”) into “larger” (“{larger}”)')]
