"""A hedged claim made a promise: "Kratom may help with muscle pain" → «Кратом точно поможет» or «Кратом поможет»
passed (bench/tamper.py's "may help" → «точно поможет»). A hedge ("may help", "might reduce"; «может», «возможно»,
«можливо») that the translation drops is an error on a disclaimer; one it adds («может уменьшить» for "reduces") is
freer and not counted, and «не может» is "cannot", no hedge."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_meaning_probe import Run
from tests.test_probe_seven import _findings

KRATOM = 'Kratom may help with muscle pain.'
MAGNESIUM = 'Magnesium might reduce night cramps.'
FAITHFUL = [
    ('ru', KRATOM, 'Кратом может помочь при мышечной боли.'),
    ('ru', KRATOM, 'Кратом, возможно, поможет при мышечной боли.'),
    ('ru', KRATOM, 'Кратом способен помочь при мышечной боли.'),
    ('uk', KRATOM, 'Кратом може допомогти при м’язовому болю.'),
    ('uk', KRATOM, 'Кратом, можливо, допоможе при м’язовому болю.'),
    ('ru', MAGNESIUM, 'Магний может уменьшить ночные судороги.'),
    ('uk', MAGNESIUM, 'Магній, імовірно, зменшить нічні судоми.'),
    ('ru', 'Stretching reduces soreness.', 'Растяжка может уменьшить боль.'),
    ('ru', 'This field cannot be blank.', 'Это поле не может быть пустым.'),
]


@pytest.mark.parametrize(("locale", "source", "text"), FAITHFUL)
def test_a_hedge_kept_passes(locale: str, source: str, text: str, tmp_path: Path, stele: Run) -> None:
    assert [f for f in _findings(stele, tmp_path, locale, source, text) if f[0] == "error"] == []


def _loses(words: str) -> list[tuple[str, str, str]]:
    return [('error', 'modality', f'translation loses “hedged” (“{words}”)')]


TAMPERED = [
    ('ru', KRATOM, 'Кратом точно поможет при мышечной боли.', _loses('may help')),
    ('ru', KRATOM, 'Кратом поможет при мышечной боли.', _loses('may help')),
    ('uk', KRATOM, 'Кратом допоможе при м’язовому болю.', _loses('may help')),
    ('uk', KRATOM, 'Кратом напевно допомагає при м’язовому болю.', _loses('may help')),
    ('ru', MAGNESIUM, 'Магний уменьшает ночные судороги.', _loses('might reduce')),
    ('uk', MAGNESIUM, 'Магній зменшує нічні судоми.', _loses('might reduce')),
]


@pytest.mark.parametrize(("locale", "source", "text", "errors"), TAMPERED)
def test_a_hedge_dropped_is_an_error(locale: str, source: str, text: str, errors: list[tuple[str, str, str]],
                                     tmp_path: Path, stele: Run) -> None:
    assert [f for f in _findings(stele, tmp_path, locale, source, text) if f[1] == "modality"] == errors
