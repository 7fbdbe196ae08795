"""A limit said by a phrase set off by a comma after its noun: «Не принимайте дозу, превышающую рекомендованную» for
"Do not take a dose higher than the recommended one" was two errors (the at-most bound lost, a negation added), as
Russian and Ukrainian put a comma before such a phrase («дозу, выше рекомендованной», «дозу, вищу за рекомендовану»,
«дозу, що перевищує»); the same phrase without the negation stays an error."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_meaning_probe import Run
from tests.test_probe_seven import _findings

SOURCE = "Do not take a dose higher than the recommended one."

FAITHFUL = [
    ("ru", SOURCE, "Не принимайте дозу, превышающую рекомендованную."),
    ("ru", SOURCE, "Не принимайте дозу, выше рекомендованной."),
    ("ru", SOURCE, "Не принимайте дозу, которая превышает рекомендованную."),
    ("ru", SOURCE, "Не принимайте дозу, превосходящую рекомендованную."),
    ("uk", SOURCE, "Не приймайте дозу, вищу за рекомендовану."),
    ("uk", SOURCE, "Не приймайте дозу, що перевищує рекомендовану."),
    ("uk", SOURCE, "Не приймайте дозу, яка перевищує рекомендовану."),
    ("ru", "Do not exceed the dose, which is 2 tablets.", "Не превышайте дозу, которая составляет 2 таблетки."),
    ("ru", "Do not skip a dose, even if you feel better.", "Не пропускайте дозу, даже если вам лучше."),
    ("ru", "Take the dose, which is higher than before.", "Примите дозу, которая выше прежней."),
]


@pytest.mark.parametrize(("locale", "source", "text"), FAITHFUL)
def test_a_limit_after_a_comma_keeps_its_negation(locale: str, source: str, text: str, tmp_path: Path,
                                                  stele: Run) -> None:
    assert _findings(stele, tmp_path, locale, source, text) == []


_LOST = [("error", "modality", "translation loses “at-most” (“not take a dose higher than”)")]
TAMPERED = [
    ("ru", SOURCE, "Принимайте дозу, превышающую рекомендованную.", _LOST),
    ("ru", SOURCE, "Принимайте дозу, выше рекомендованной.", _LOST),
    ("uk", SOURCE, "Приймайте дозу, вищу за рекомендовану.", _LOST),
    ("uk", SOURCE, "Приймайте дозу, що перевищує рекомендовану.", _LOST),
]


@pytest.mark.parametrize(("locale", "source", "text", "errors"), TAMPERED)
def test_the_limit_without_its_negation_is_an_error(locale: str, source: str, text: str,
                                                    errors: list[tuple[str, str, str]], tmp_path: Path,
                                                    stele: Run) -> None:
    assert _findings(stele, tmp_path, locale, source, text) == errors
