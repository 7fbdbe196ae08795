"""The gender and case forms of number words, from CLDR's spellout rules (unicode-rbnf): "1 capsule" is «une
gélule», "una cápsula", "eine Kapsel", "2 capsules" «duas cápsulas», «две таблете» — each a warning before ("1
capsule" is missing: num2words writes "un", "uno", "eins", "dois", Latin Serbian), as GNU Health's French, Arabic
and Portuguese dosage help was (6 warnings) and Plone's Catalan "dues" (1)."""

from __future__ import annotations

from pathlib import Path

import pytest

from stele.rules import number_forms
from stele.rules.numbers import compare_numbers
from tests.conftest import check_golden

FAITHFUL = [
    ("fr", "Take 1 capsule a day.", "Prenez une gélule par jour."),
    ("fr", "Take a capsule a day.", "Prenez une gélule par jour."),
    ("es", "Take 1 capsule a day.", "Tome una cápsula al día."),
    ("it", "Take 1 tablet a day.", "Prendere una compressa al giorno."),
    ("pt", "Take 2 capsules a day.", "Tome duas cápsulas por dia."),
    ("ca", "Take 2 tablets a day.", "Preneu dues pastilles al dia."),
    ("ro", "Take 2 tablets a day.", "Luați două comprimate pe zi."),
    ("pl", "Take 2 tablets a day.", "Przyjmuj dwie tabletki dziennie."),
    ("cs", "Take 2 tablets a day.", "Užívejte dvě tablety denně."),
    ("sr", "Take 2 tablets a day.", "Узмите две таблете дневно."),
    ("lt", "Take 2 tablets a day.", "Vartokite dvi tabletes per dieną."),
    ("de", "Take 1 capsule a day.", "Nehmen Sie täglich eine Kapsel."),
    ("ar", "for 1 pill each 8 hours", "من أجل حبة دواء واحدة كل 8 ساعات"),
]


@pytest.mark.parametrize(("locale", "source", "translation"), FAITHFUL)
def test_a_number_in_another_gender_or_case_is_the_same_number(locale: str, source: str, translation: str) -> None:
    assert compare_numbers(source, translation, target_locale=locale) == []


TAMPERED = [
    ("pt", "Take 3 capsules a day.", "Tome duas cápsulas por dia.", ['"3 capsules" is missing from the translation']),
    ("fr", "Take 2 capsules a day.", "Prenez une gélule par jour.", ['"2 capsules" is missing from the translation']),
    ("es", "Take 2 capsules a day.", "Tome una cápsula al día.", ['"2 capsules" is missing from the translation']),
    ("sr", "Take 3 tablets a day.", "Узмите две таблете дневно.", ['"3 tablets" is missing from the translation']),
    # German "ein" is also the particle of "einnehmen" (take): it stands for no 1 lost
    ("de", "Take 1 tablet daily.", "Nehmen Sie täglich Tabletten ein.", ['"1 tablet" is missing from the translation']),
]


@pytest.mark.parametrize(("locale", "source", "translation", "problems"), TAMPERED)
def test_another_number_in_words_is_no_match(locale: str, source: str, translation: str,
                                            problems: list[str]) -> None:
    assert compare_numbers(source, translation, target_locale=locale) == problems


def test_the_table_is_unicode_rbnfs(update_golden: bool) -> None:
    """The table stele reads is what unicode-rbnf spells (``--update-golden`` writes it again; review the diff)."""
    path = Path(number_forms.__file__).with_name("number_forms_data.py")
    check_golden(path, number_forms.source(number_forms.generate()), update=update_golden)
