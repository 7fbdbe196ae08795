"""Merge quality: an edited message's fuzzy guess is its own old translation, and a tie goes to the same context."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from .conftest import write

HEADER = r'''msgid ""
msgstr ""
"Project-Id-Version: leaflet\n"
"Language: ru\n"
"Content-Type: text/plain; charset=UTF-8\n"
"Content-Transfer-Encoding: 8bit\n"
"Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && "
"n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\n"
'''
POT_HEADER = r'''msgid ""
msgstr ""
"Project-Id-Version: leaflet\n"
"Content-Type: text/plain; charset=UTF-8\n"
"Content-Transfer-Encoding: 8bit\n"
'''
FOOD = '''
msgid "Take with plenty of food."
msgstr "Принимайте во время обильной еды."
'''
WATER = '''
msgid "Take with a glass of water."
msgstr "Принимайте, запивая стаканом воды."
'''


def _pot_entries(*msgids: str) -> str:
    return "".join(f'\nmsgid "{msgid}"\nmsgstr ""\n' for msgid in msgids)


def _merge(tmp_path: Path, stele: Callable[..., Result], old: str, template: str, *options: str) -> str:
    po, pot, out = tmp_path / "ru.po", tmp_path / "leaflet.pot", tmp_path / "out.po"
    write(po, old)
    write(pot, template)
    result = stele("merge", *options, po, pot, "-o", out)
    assert (result.exit_code, result.output) == (0, "")
    return out.read_text(encoding="utf-8")


def test_an_edited_message_gets_its_own_old_translation(tmp_path: Path, stele: Callable[..., Result]) -> None:
    """"a glass of water" became "plenty of water": the guess is the water sentence the template dropped, not
    the food sentence it still has (more similar by ratio, 82 vs 79; msgmerge picks that one)."""
    template = POT_HEADER + _pot_entries("Take with plenty of food.", "Take with plenty of water.")
    merged = _merge(tmp_path, stele, HEADER + FOOD + WATER, template, "--previous")
    assert merged == HEADER + FOOD + '''
#, fuzzy
#| msgid "Take with a glass of water."
msgid "Take with plenty of water."
msgstr "Принимайте, запивая стаканом воды."
'''


def test_a_new_message_with_no_dropped_source_gets_the_closest(tmp_path: Path, stele: Callable[..., Result]) -> None:
    """The dropped water sentence is far less similar (64 vs 82): the guess is the closest message, one the
    template still has."""
    template = POT_HEADER + _pot_entries("Take with plenty of food.", "Take with plenty of juice.")
    merged = _merge(tmp_path, stele, HEADER + FOOD + WATER, template)
    assert merged == HEADER + FOOD + '''
#, fuzzy
msgid "Take with plenty of juice."
msgstr "Принимайте во время обильной еды."

#~ msgid "Take with a glass of water."
#~ msgstr "Принимайте, запивая стаканом воды."
'''


TWO_CONTEXTS = '''
msgctxt "button"
msgid "Save dose"
msgstr "Сохранить дозу"

msgctxt "title"
msgid "Save dose"
msgstr "Сохранение дозы"
'''
SAVE_DOSES = POT_HEADER + '\nmsgctxt "title"\nmsgid "Save doses"\nmsgstr ""\n'
SAVE_DOSES_MERGED = HEADER + '''
#, fuzzy
msgctxt "title"
msgid "Save doses"
msgstr "Сохранение дозы"

#~ msgctxt "button"
#~ msgid "Save dose"
#~ msgstr "Сохранить дозу"
'''


def test_a_tie_goes_to_the_same_context(tmp_path: Path, stele: Callable[..., Result]) -> None:
    """Two old messages equally close: the one of the new message's own context, as msgmerge decides."""
    assert _merge(tmp_path, stele, HEADER + TWO_CONTEXTS, SAVE_DOSES) == SAVE_DOSES_MERGED


@pytest.mark.skipif(shutil.which("msgmerge") is None, reason="needs msgmerge (apt-get install gettext)")
def test_msgmerge_breaks_the_tie_the_same_way(tmp_path: Path) -> None:
    write(tmp_path / "ru.po", HEADER + TWO_CONTEXTS)
    write(tmp_path / "leaflet.pot", SAVE_DOSES)
    subprocess.run(["msgmerge", "--quiet", "-o", "gnu.po", "ru.po", "leaflet.pot"], cwd=tmp_path, check=True)
    assert (tmp_path / "gnu.po").read_text(encoding="utf-8") == SAVE_DOSES_MERGED


def test_a_one_word_edit_of_a_short_message_gets_its_own_translation(
    tmp_path: Path, stele: Callable[..., Result]
) -> None:
    """"Call your doctor." became "Call your nurse.": one word is a large part of a short text (ratio 73), and
    "Call a nurse.", which the template keeps, scores 83; the dropped message one word away is still the guess."""
    old = HEADER + '''
msgid "Call a nurse."
msgstr "Позовите медсестру."

msgid "Call your doctor."
msgstr "Позвоните своему врачу."
'''
    merged = _merge(tmp_path, stele, old, POT_HEADER + _pot_entries("Call a nurse.", "Call your nurse."), "--previous")
    assert merged == HEADER + '''
msgid "Call a nurse."
msgstr "Позовите медсестру."

#, fuzzy
#| msgid "Call your doctor."
msgid "Call your nurse."
msgstr "Позвоните своему врачу."
'''
