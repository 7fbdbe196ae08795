""""Prevent" said by the verb on both sides pairs off: "Stretching helps prevent soreness" → «Растяжка не помогает
предотвратить боль» (does not help) passed, the source's "prevent" standing for the added «не» (a translation may say
it «чтобы мышцы не болели»). Where the translation says the verb too («предотвратить», «запобігти»), neither stands
for a negation the other text lost or added; where it says it with a negation, the "prevent" still does."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_meaning_probe import Run
from tests.test_probe_seven import _findings

HELPS = 'Stretching helps prevent soreness.'
MAY = 'Magnesium may help prevent night cramps.'
NOT = 'Stretching does not prevent soreness.'
FAITHFUL = [
    ('ru', HELPS, 'Растяжка помогает предотвратить боль.'),
    ('ru', HELPS, 'Растяжка помогает, чтобы мышцы не болели.'),
    ('uk', HELPS, 'Розтяжка допомагає запобігти болю.'),
    ('uk', HELPS, 'Розтяжка допомагає, щоб м’язи не боліли.'),
    ('ru', MAY, 'Магний может помочь предотвратить ночные судороги.'),
    ('uk', MAY, 'Магній може допомогти запобігти нічним судомам.'),
    ('ru', NOT, 'Растяжка не предотвращает боль.'),
    ('uk', NOT, 'Розтяжка не запобігає болю.'),
    ('ru', 'Stretch so that your muscles do not hurt.', 'Растяжка предотвращает боль в мышцах.'),
]


@pytest.mark.parametrize(("locale", "source", "text"), FAITHFUL)
def test_prevent_rendered_passes(locale: str, source: str, text: str, tmp_path: Path, stele: Run) -> None:
    assert [f for f in _findings(stele, tmp_path, locale, source, text) if f[0] == "error"] == []


def _polarity(verb: str, said: int, kept: int, words: str) -> list[tuple[str, str, str]]:
    return [('error', 'polarity', f'translation {verb} a negation: the source has {said} '
             f'({"“not”" if said else "none"}), the translation {kept} ({words}); check that it does not say the '
             'opposite')]


TAMPERED = [
    ('ru', HELPS, 'Растяжка не помогает предотвратить боль.', _polarity('adds', 0, 1, '“не”')),
    ('uk', HELPS, 'Розтяжка не допомагає запобігти болю.', _polarity('adds', 0, 1, '“не”')),
    ('ru', MAY, 'Магний не может помочь предотвратить ночные судороги.', _polarity('adds', 0, 1, '“не”')),
    ('uk', MAY, 'Магній не може допомогти запобігти нічним судомам.', _polarity('adds', 0, 1, '“не”')),
    ('ru', NOT, 'Растяжка предотвращает боль.', _polarity('drops', 1, 0, 'none')),
    ('uk', NOT, 'Розтяжка запобігає болю.', _polarity('drops', 1, 0, 'none')),
]


@pytest.mark.parametrize(("locale", "source", "text", "errors"), TAMPERED)
def test_a_negation_added_beside_prevent_is_an_error(locale: str, source: str, text: str,
                                                     errors: list[tuple[str, str, str]], tmp_path: Path,
                                                     stele: Run) -> None:
    assert [f for f in _findings(stele, tmp_path, locale, source, text) if f[1] == "polarity"] == errors
