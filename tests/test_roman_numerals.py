"""Roman numerals are numbers: GNU Health's "Level III" → «レベル３» (50 of its warnings, in ja and zh: "3" is in the
translation but not in the source) and "Stage 2" → "Stade II" the other way. A numeral of two letters or more
written in capitals as a word ("Stage II", "Schedule IV") counts, and one of one letter after a word that numbers
("Level I", "Type V"), where the other side has that number bare; the pronoun "I", "MIX", "X-ray" do not."""

from __future__ import annotations

import pytest

from stele.rules.calendar_words import roman_numbers
from stele.rules.numbers import compare_numbers

CASES = [
    ("Level III", "レベル３", "ja", []),
    ("Stage IV cancer", "Рак IV стадии", "ru", []),
    ("Stage IV cancer", "Рак 4 стадии", "ru", []),
    ("Stage 2", "Stade II", "fr", []),
    ("Type I diabetes", "Діабет 1 типу", "uk", []),
    ("Schedule V drugs", "Препараты списка V", "ru", []),
    ("I have 2 cats.", "У меня 2 кошки.", "ru", []),
    ("Level III", "レベル４", "ja", ['"4" is in the translation but not in the source']),
    ("Stage 2", "Stade III", "fr", ['"2" is missing from the translation']),
    ("Stage IV cancer", "Рак 2 стадии", "ru", ['"2" is in the translation but not in the source']),
    ("I feel better.", "Мне 1 раз лучше.", "ru", ['"1 раз" is in the translation but not in the source']),
]


@pytest.mark.parametrize(("source", "translation", "locale", "problems"), CASES)
def test_a_roman_numeral_is_its_number(source: str, translation: str, locale: str, problems: list[str]) -> None:
    assert compare_numbers(source, translation, target_locale=locale) == problems


def test_what_reads_as_a_roman_numeral() -> None:
    assert roman_numbers("Stage II. Level I, Type V; I think; MIX; X-ray; XL; v1.II; XIV") == [
        (2, "II", 6), (1, "I", 16), (5, "V", 24), (14, "XIV", 59)]
