"""Number words: the gender and case forms of the cardinals that CLDR's spellout rules (RBNF) write and num2words does
not ("une", "una", "duas", «две», "dwie", "واحدة"), read by number_words from a table made from unicode-rbnf.

The table (``number_forms_data``) is made from the library by ``pytest tests/test_number_forms.py --update-golden``
and checked against it by that test: reading the rules of a language takes unicode-rbnf 3–9 ms (and importing it
45 ms), which a check of a hundred languages' catalogs would pay in every run.
"""

from __future__ import annotations

import textwrap
import unicodedata
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

from stele.rules.cldr_units import _UNSPACED
from stele.rules.number_forms_data import FORMS

# The cardinals whose forms are read: one to twenty, the tens and the hundreds (a form of twenty-one is two words).
VALUES = (*range(1, 21), *range(30, 100, 10), *range(100, 1000, 100))
# Forms that are more often another word: German "ein" is the particle of a separable verb too ("nehmen Sie … ein",
# take), in nearly every dose instruction; read as one, it would stand for any 1 lost.
NOT_NUMBERS: dict[str, frozenset[str]] = {"de": frozenset({"ein"})}


@lru_cache(maxsize=256)
def number_forms(language: str) -> Mapping[str, int]:
    """``language``'s one-word forms of the cardinals in ``VALUES`` (casefolded, composed) → value; a form CLDR
    writes for two values is left out."""
    pairs = FORMS.get(language, "").split()
    return {form: int(value) for form, value in zip(pairs[::2], pairs[1::2], strict=True)}


def generate() -> dict[str, dict[str, int]]:
    """The table, from unicode-rbnf's rules of each language it has (not a region's variant): every ruleset that
    spells a cardinal, each one-word form in a script written with spaces (a Japanese or Thai form is found inside
    other words; Korean «한», one, is also "did")."""
    import unicode_rbnf
    from unicode_rbnf import RbnfEngine

    table: dict[str, dict[str, int]] = {}
    folder = Path(unicode_rbnf.__file__).parent / "rbnf"
    for language in sorted(path.stem for path in folder.glob("*.xml") if "_" not in path.stem and path.stem != "root"):
        engine = RbnfEngine.for_language(language)
        found: dict[str, set[int]] = {}
        for value in VALUES:
            try:
                spelled = engine.format_number(value).text_by_ruleset
            except ValueError:  # no cardinal rules (a language with ordinals only)
                break
            for ruleset, text in spelled.items():
                form = unicodedata.normalize("NFC", text.strip()).casefold()
                if ruleset.startswith("spellout-cardinal") and form.isalpha() and not _UNSPACED.search(form):
                    found.setdefault(form, set()).add(value)
        forms = {form: values.pop() for form, values in found.items()
                 if len(values) == 1 and form not in NOT_NUMBERS.get(language, ())}
        if forms:
            table[language] = dict(sorted(forms.items()))
    return table


def source(table: Mapping[str, Mapping[str, int]]) -> str:
    """``number_forms_data.py`` holding ``table``: each language's forms and values as one string ("un 1 une 1"),
    read when the language is (a dictionary of them all took 10 ms to import)."""
    lines = ['"""Made from unicode-rbnf by ``pytest tests/test_number_forms.py --update-golden``: do not edit."""', "",
             "FORMS: dict[str, str] = {"]
    for language, forms in table.items():
        chunks = textwrap.wrap(" ".join(f"{form} {value}" for form, value in forms.items()), 100,
                               break_long_words=False, break_on_hyphens=False)
        lines.append(f"    {language!r}: (")
        spaced = [chunk + " " for chunk in chunks[:-1]] + chunks[-1:]  # the pairs of two lines apart
        lines += [f"        {chunk!r}" for chunk in spaced]
        lines.append("    ),")
    return "\n".join([*lines, "}", ""])
