"""Catalogs: init and update merge templates into catalogs as msgmerge does, losing nothing."""

from __future__ import annotations

import gettext
import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import polib
import pytest
from babel import Locale
from click.testing import Result

from .conftest import tree_bytes, write

HEADER = """msgid ""
msgstr ""
"Project-Id-Version: a\\n"
"POT-Creation-Date: {date}\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Content-Transfer-Encoding: 8bit\\n"
{extra}"""
RU = (
    '"Language: ru\\n"\n'
    '"Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && "\n'
    '"n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\\n"\n'
)


def _project(root: Path, template: str, catalog: str | None = None) -> Path:
    write(root / "stele.toml", '[site]\nbase_url = "https://example.org"\nlocales = ["ru"]\n')
    write(root / "locales" / "a.pot", HEADER.format(date="2026-11-02 10:00+0000", extra="") + template)
    if catalog is not None:
        write(
            root / "locales" / "ru" / "LC_MESSAGES" / "a.po",
            HEADER.format(date="2026-11-01 10:00+0000", extra=RU) + catalog,
        )
    return root


TEMPLATE = """
#. paragraph
#: source/a.md:9
msgid "Take 1-3 grams with water."
msgstr ""

#. paragraph
#: source/a.md:11
msgid "Always consult a healthcare professional first."
msgstr ""

#: source/a.md:13
msgid "A brand new sentence about something else entirely."
msgstr ""

#: templates/x.html:1
#, python-format
msgid "%(num)d article"
msgid_plural "%(num)d articles"
msgstr[0] ""
msgstr[1] ""
"""

OLD = """
# Reviewed by Olga, 2026-10-30.
#. paragraph
#: source/a.md:7
msgid "Always consult a healthcare professional first."
msgstr "Всегда сначала консультируйтесь с врачом."

#: source/a.md:5
msgid "Take 1-2 grams with water."
msgstr "Принимайте 1–2 г с водой."

#: source/a.md:3
msgid "This paragraph was deleted."
msgstr "Этот абзац удалён."

#~ msgid "A brand new sentence about something else entirely."
#~ msgstr "Совершенно новое предложение о другом."
"""

# msgmerge's header: the known fields in their standard order (Language before Content-Type), then the others
MERGED_HEADER = (
    'msgid ""\nmsgstr ""\n"Project-Id-Version: a\\n"\n"POT-Creation-Date: {date}\\n"\n"Language: ru\\n"\n'
    '"Content-Type: text/plain; charset=UTF-8\\n"\n"Content-Transfer-Encoding: 8bit\\n"\n'
    + RU.split("\n", 1)[1]
)
EXPECTED = (
    MERGED_HEADER.format(date="2026-11-02 10:00+0000")
    + """
# stele: fuzzy guess from a message with other numbers (1 2 → 1 3): check every number and unit
#. paragraph
#: source/a.md:9
#, fuzzy
#| msgid "Take 1-2 grams with water."
msgid "Take 1-3 grams with water."
msgstr "Принимайте 1–2 г с водой."

# Reviewed by Olga, 2026-10-30.
#. paragraph
#: source/a.md:11
msgid "Always consult a healthcare professional first."
msgstr "Всегда сначала консультируйтесь с врачом."

#: source/a.md:13
msgid "A brand new sentence about something else entirely."
msgstr "Совершенно новое предложение о другом."

#: templates/x.html:1
#, python-format
msgid "%(num)d article"
msgid_plural "%(num)d articles"
msgstr[0] ""
msgstr[1] ""
msgstr[2] ""

#~ msgid "Take 1-2 grams with water."
#~ msgstr "Принимайте 1–2 г с водой."

#~ msgid "This paragraph was deleted."
#~ msgstr "Этот абзац удалён."
"""
)


def test_update_merges_exact_fuzzy_obsolete_and_revived(tmp_path: Path, stele: Callable[..., Result]) -> None:
    """Exact keeps translation and comments; edited gets fuzzy + #|; removed goes #~; #~ comes back."""
    root = _project(tmp_path, TEMPLATE, OLD)
    result = stele("--project", root, "-v", "update")
    assert result.exit_code == 0
    assert result.output == (
        "locales/ru/LC_MESSAGES/a.po: 1 kept, 1 fuzzy, 1 new, 1 revived, 0 recalled, 2 obsolete\n"
        "wrote locales/ru/LC_MESSAGES/a.po\nupdate: 1 file, 1 written\n"
    )
    assert (root / "locales/ru/LC_MESSAGES/a.po").read_text(encoding="utf-8") == EXPECTED


def test_update_is_idempotent(tmp_path: Path, stele: Callable[..., Result]) -> None:
    root = _project(tmp_path, TEMPLATE, OLD)
    stele("--project", root, "update")
    before = tree_bytes(root)
    assert stele("--project", root, "update").output == "update: 1 file, 0 written\n"
    assert tree_bytes(root) == before


def test_translation_survives_a_round_trip_through_removal(tmp_path: Path, stele: Callable[..., Result]) -> None:
    """Remove a message, update, bring it back, update: its translation is active and not fuzzy."""
    root = _project(tmp_path, TEMPLATE, OLD)
    stele("--project", root, "update")
    write(root / "locales" / "a.pot", HEADER.format(date="2026-11-03 10:00+0000", extra=""))
    stele("--project", root, "update")
    po = (root / "locales/ru/LC_MESSAGES/a.po").read_text(encoding="utf-8")
    assert '#~ msgid "Always consult a healthcare professional first."' in po
    write(root / "locales" / "a.pot", HEADER.format(date="2026-11-04 10:00+0000", extra="") + TEMPLATE)
    stele("--project", root, "update")
    po = (root / "locales/ru/LC_MESSAGES/a.po").read_text(encoding="utf-8")
    assert (
        "# Reviewed by Olga, 2026-10-30.\n#. paragraph\n#: source/a.md:11\n"
        'msgid "Always consult a healthcare professional first."\n'
        'msgstr "Всегда сначала консультируйтесь с врачом."\n'
    ) in po


@pytest.mark.skipif(shutil.which("msgmerge") is None, reason="GNU gettext is not installed")
def test_exact_matches_agree_with_msgmerge(tmp_path: Path, stele: Callable[..., Result]) -> None:
    """On messages present in both, stele's merge keeps what GNU msgmerge keeps."""
    import polib

    root = _project(tmp_path, TEMPLATE, OLD)
    po = root / "locales/ru/LC_MESSAGES/a.po"
    gnu = tmp_path / "gnu.po"
    subprocess.run(["msgmerge", "-q", "-o", str(gnu), str(po), str(root / "locales/a.pot")], check=True)
    stele("--project", root, "update")
    ours_entries = {e.msgid: (e.msgstr, e.fuzzy) for e in polib.pofile(str(po)) if not e.obsolete}
    gnu_entries = {e.msgid: (e.msgstr, e.fuzzy) for e in polib.pofile(str(gnu)) if not e.obsolete}
    assert (
        ours_entries["Always consult a healthcare professional first."]
        == gnu_entries["Always consult a healthcare professional first."]
    )
    assert ours_entries["Take 1-3 grams with water."] == gnu_entries["Take 1-3 grams with water."]


def test_init_writes_language_and_plural_forms_from_cldr(tmp_path: Path, stele: Callable[..., Result]) -> None:
    root = _project(tmp_path, TEMPLATE)
    result = stele("--project", root, "init", "uk")
    assert result.output == (
        "stele.toml: added uk to [site] locales\nwrote locales/uk/LC_MESSAGES/a.po\ninit: 1 file, 1 written\n"
    )
    po = (root / "locales/uk/LC_MESSAGES/a.po").read_text(encoding="utf-8")
    assert '"Language: uk\\n"' in po
    plural_forms = polib.pofile(po).metadata["Plural-Forms"]
    nplurals, expression = re.fullmatch(r"nplurals=(\d+); plural=(.+);", plural_forms).groups()  # type: ignore[union-attr]
    assert nplurals == "3"
    # The expression picks CLDR's form for every n (one → 0, few → 1, many → 2), read by Python's own gettext.
    form = gettext.c2py(expression)
    order = {"one": 0, "few": 1, "many": 2}
    assert [form(n) for n in range(300)] == [order[Locale.parse("uk").plural_form(n)] for n in range(300)]
    assert 'msgstr[2] ""' in po
    assert '"PO-Revision-Date: 2026-11-01 12:00+0000\\n"' in po
    if shutil.which("msgfmt"):
        subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(root / "locales/uk/LC_MESSAGES/a.po")], check=True)


def test_init_leaves_existing_catalogs_alone(tmp_path: Path, stele: Callable[..., Result]) -> None:
    root = _project(tmp_path, TEMPLATE, OLD)
    before = tree_bytes(root)
    assert stele("--project", root, "init", "ru").output == "init: 0 files, 0 written\n"
    assert tree_bytes(root) == before


def test_merge_command_needs_no_project(tmp_path: Path, stele: Callable[..., Result]) -> None:
    """`stele merge --previous --guess-notes --keep-sources DEF.po REF.pot -o OUT.po` writes what `stele update`
    would."""
    root = _project(tmp_path, TEMPLATE, OLD)
    out = tmp_path / "out.po"
    result = stele("merge", "--previous", "--guess-notes", "--keep-sources", root / "locales/ru/LC_MESSAGES/a.po",
                   root / "locales/a.pot", "-o", out)
    assert (result.exit_code, result.output) == (0, "")
    assert out.read_text(encoding="utf-8") == EXPECTED
