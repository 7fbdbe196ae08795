# ruff: noqa: E501  (the sentences, each on one line to be read and re-run as written)
"""Coverage of the warning signs a "when to see a doctor" disclaimer names — fever, breathing, swallowing, bleeding,
fainting — found missing by tampering with a translated article: «…или если температура поднялась выше 38,5 °C» for
"…, or if you find it hard to swallow or breathe" dropped the clause and passed. Any form of the word counts
(pymorphy3's lemmas in ru and uk: «задыхается», «дышать», «одышка»)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_meaning_probe import Run
from tests.test_probe_seven import _findings

THROAT = 'See a doctor if the pain lasts longer than a week, if you have a fever above 38.5 °C, or if you find it hard to swallow or breathe.'
FAITHFUL = [
    ('ru', THROAT, 'Обратитесь к врачу, если боль не проходит дольше недели, если температура поднялась выше 38,5 °C или если вам трудно глотать или дышать.'),
    ('uk', THROAT, 'Зверніться до лікаря, якщо біль не минає довше ніж тиждень, якщо температура вища за 38,5 °C або якщо вам важко ковтати чи дихати.'),
    ('ru', 'Call a doctor if the child has a fever and is short of breath.', 'Вызовите врача, если у ребёнка жар и он задыхается.'),
    ('uk', 'Call a doctor if the child has a fever and is short of breath.', 'Викличте лікаря, якщо в дитини гарячка і задишка.'),
    ('ru', 'Call an ambulance if the person faints or is bleeding heavily.', 'Вызовите скорую, если человек потерял сознание или у него сильное кровотечение.'),
    ('uk', 'Call an ambulance if the person faints or is bleeding heavily.', 'Викличте швидку, якщо людина знепритомніла або в неї сильна кровотеча.'),
    ('ru', 'Seek help at once if you have trouble breathing or swallowing.', 'Немедленно обратитесь за помощью, если вам тяжело дышать или глотать.'),
]


@pytest.mark.parametrize(("locale", "source", "text"), FAITHFUL)
def test_a_warning_sign_said_in_any_form_passes(locale: str, source: str, text: str, tmp_path: Path, stele: Run) -> None:
    assert [f for f in _findings(stele, tmp_path, locale, source, text) if f[1] == "coverage"] == []


def _missing(names: str, examples: str) -> list[tuple[str, str, str]]:
    return [('error', 'coverage', f'disclaimer translation does not mention what its source warns about: {names} (e.g. {examples}); translate every safety term')]


TAMPERED = [
    ('ru', THROAT, 'Обратитесь к врачу, если боль не проходит дольше недели или если температура поднялась выше 38,5 °C.',
     _missing('breathing, swallowing', 'дыхание, дышать, дыхательный')),
    ('uk', THROAT, 'Зверніться до лікаря, якщо біль не минає довше ніж тиждень або якщо вам важко ковтати.',
     _missing('fever, breathing', 'температура, жар, гарячка')),
    ('ru', 'Call an ambulance if the person faints or is bleeding heavily.', 'Вызовите скорую, если человеку стало плохо.',
     _missing('bleeding, fainting', 'кровотечение, кровоточить, кровоизлияние')),
    ('uk', 'Call a doctor if the child has a fever and is short of breath.', 'Викличте лікаря, якщо дитина погано почувається.',
     _missing('fever, breathing', 'температура, жар, гарячка')),
    ('ru', 'Seek help at once if you have trouble breathing or swallowing.', 'Немедленно обратитесь за помощью, если вам плохо.',
     _missing('breathing, swallowing', 'дыхание, дышать, дыхательный')),
]


@pytest.mark.parametrize(("locale", "source", "text", "errors"), TAMPERED)
def test_a_warning_sign_dropped_is_an_error(locale: str, source: str, text: str, errors: list[tuple[str, str, str]],
                                          tmp_path: Path, stele: Run) -> None:
    assert [f for f in _findings(stele, tmp_path, locale, source, text) if f[1] == "coverage"] == errors
