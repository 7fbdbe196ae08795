"""Burmese in the Zawgyi encoding, not Unicode: Plone's Burmese catalogs are (plone.po, plonelocales.po…), and their
letters on the Shan digits' code points (April «ဧ႓ပီလ») were 81 of the numbers rule's warnings there. Now one escapes
error for such a catalog, and no digits read in its texts; a Unicode catalog, or one word in Zawgyi's order in it (a
typo: Django's «ပံု»), passes."""

from __future__ import annotations

import json
from pathlib import Path

from tests.test_meaning_probe import Run

HEADER = ('msgid ""\nmsgstr ""\n"Language: {locale}\\n"\n"MIME-Version: 1.0\\n"\n'
          '"Content-Type: text/plain; charset=UTF-8\\n"\n"Content-Transfer-Encoding: 8bit\\n"\n\n')
ZAWGYI = [("April", "ဧ႓ပီလ"), ("August", "ဳသဂုတ္လ"), ("February", "ေဖေဖာ္ဝၝရီလ"), ("June", "ဇၾန္လ"),
          ("November", "ႎိုဝင္ဘာလ"), ("1 day", "႑ ရက္")]
UNICODE = [("April", "ဧပြီလ"), ("August", "ဩဂုတ်လ"), ("February", "ဖေဖော်ဝါရီလ"), ("June", "ဇွန်လ"),
           ("November", "နိုဝင်ဘာလ"), ("1 day", "၁ ရက်"), ("Image", "ပံု")]


def _check(stele: Run, tmp_path: Path, pairs: list[tuple[str, str]], locale: str = "my") -> list[tuple[int, str, str]]:
    path = tmp_path / f"{locale}.po"
    path.write_text(HEADER.format(locale=locale) + "".join(f'msgid "{a}"\nmsgstr "{b}"\n\n' for a, b in pairs),
                    encoding="utf-8")
    found = json.loads(stele("check", path, "--format", "json", "--ignore", "header-fields").output)["findings"]
    return [(f["line"], f["rule"], f["message"]) for f in found]


def test_a_catalog_in_zawgyi_is_one_error_and_its_letters_are_no_digits(tmp_path: Path, stele: Run) -> None:
    assert _check(stele, tmp_path, ZAWGYI) == [
        (15, "escapes", "the catalog's 6 Burmese translations are in the Zawgyi encoding, not Unicode (this one "
                        "first): readers whose fonts are Unicode see them scrambled; convert the catalog "
                        "(myanmartools, Rabbit)")]


def test_a_catalog_in_unicode_passes_with_its_digits_read(tmp_path: Path, stele: Run) -> None:
    assert _check(stele, tmp_path, UNICODE) == []
    assert _check(stele, tmp_path, [*UNICODE[:-2], ("2 days", "၁ ရက်")]) == [
        (24, "numbers", '"2 days" became "1 ရက်" (value changed: 2 → 1)')]


def test_shan_digits_are_digits_in_shan(tmp_path: Path, stele: Run) -> None:
    assert _check(stele, tmp_path, [("2 days", "႑ ဝၼ်း")], locale="shn") == [
        (9, "numbers", '"2 days" became "1 ဝၼ်း" (value changed: 2 → 1)')]
