# ruff: noqa: E501  (the sentences, each on one line to be read and re-run as written)
"""Coverage outside disclaimers, a warning: a safety term of a message that is no disclaimer ("…, as well as
pregnant and breastfeeding women" in an article's body) missing from its translation passed (bench/tamper.py's last
three: coverage read disclaimers only, though issue 13 asks every rule for "a warning elsewhere"). The semantic pass's
term matches find it at no cost; a word the translation's stems miss is looked up by its lemma (pymorphy3: «ребенку»
is «ребёнок»), and only then. A software catalog's "children" of a page (потомки) is such a warning too: 14 of
django-cms + Plone's 40,000 Russian and Ukrainian messages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_meaning_probe import Run, _po

MELATONIN = 'Melatonin is not recommended for pregnant and breastfeeding women.'
CHILD = 'Ask a doctor before giving it to a child.'
FAITHFUL = [
    ('ru', MELATONIN, 'Мелатонин не рекомендуется беременным и кормящим грудью женщинам.'),
    ('uk', MELATONIN, 'Мелатонін не рекомендований вагітним і жінкам, які годують груддю.'),
    ('ru', CHILD, 'Спросите врача, прежде чем давать его ребенку.'),
    ('uk', CHILD, 'Запитайте лікаря, перш ніж давати його дитині.'),
    ('ru', 'Do not drink alcohol while taking it.', 'Во время приёма не пейте спиртного.'),
    ('uk', 'Do not drink alcohol while taking it.', 'Під час прийому не вживайте алкоголю.'),
]


def _coverage(stele: Run, tmp_path: Path, locale: str, source: str, text: str) -> list[tuple[str, str]]:
    path = tmp_path / f"{locale}.po"
    path.write_text(_po(locale, [(source, text)], disclaimer=False), encoding="utf-8")
    found = json.loads(stele("check", path, "--select", "coverage", "--format", "json").output)["findings"]
    return [(f["severity"], f["message"]) for f in found]


@pytest.mark.parametrize(("locale", "source", "text"), FAITHFUL)
def test_a_safety_term_kept_outside_a_disclaimer_passes(locale: str, source: str, text: str, tmp_path: Path,
                                                        stele: Run) -> None:
    assert _coverage(stele, tmp_path, locale, source, text) == []


def _missing(names: str, examples: str) -> list[tuple[str, str]]:
    return [('warning', f'translation does not mention what its source names: {names} (e.g. {examples}); translate every safety term')]


TAMPERED = [
    ('ru', MELATONIN, 'Мелатонин не рекомендуется женщинам.', _missing('pregnancy, breastfeeding', 'беременность, беременная, беременный')),
    ('uk', MELATONIN, 'Мелатонін не рекомендований жінкам, які годують груддю.', _missing('pregnancy', 'вагітність, вагітна, вагітний')),
    ('ru', CHILD, 'Спросите врача, прежде чем давать его.', _missing('children', 'ребёнок, дети, детский')),
    ('uk', CHILD, 'Запитайте, перш ніж давати його дитині.', _missing('doctor', 'лікар, доктор, фахівець')),
    ('ru', 'Do not drink alcohol while taking it.', 'Во время приёма не пейте кофе.', _missing('alcohol', 'алкоголь, алкогольный, спиртное')),
]


@pytest.mark.parametrize(("locale", "source", "text", "findings"), TAMPERED)
def test_a_safety_term_dropped_outside_a_disclaimer_is_a_warning(locale: str, source: str, text: str,
                                                                 findings: list[tuple[str, str]], tmp_path: Path,
                                                                 stele: Run) -> None:
    assert _coverage(stele, tmp_path, locale, source, text) == findings
