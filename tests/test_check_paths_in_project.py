"""`stele check PATH` on a catalog of the project the current folder is in checks it with the project's stele.toml, as
`stele check` and the build's gate do: a disclaimer's translation that no longer says what its rule requires in the
locale («…побочным эффектам…» dropped) was 0 errors when the file was named and 1 when the project was checked. A
catalog outside the project (a Django one checked from inside it) is still checked with no project's settings."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from stele.po import read_po, write_po

RELIEF = Path("locales/ru/LC_MESSAGES/kratom-muscle-soreness-relief.po")
CLAUSE = (", поскольку чрезмерное или неправильное употребление может приводить к таким побочным эффектам, как "
          "проблемы с пищеварением, бессонница или чувство тревоги")
ERROR = ("error: [disclaimer] disclaimer (side-effects) translation does not say what it must: a warning about side "
         "effects (expected to match '(?i)\\\\b(побочн|нежелательн)')")


def _drop_the_side_effects(site: Path) -> Path:
    path = site / RELIEF
    catalog = read_po(path)
    entry = next(e for e in catalog if CLAUSE in e.msgstr)
    entry.msgstr = entry.msgstr.replace(CLAUSE, "")
    write_po(path, catalog)
    return path


def test_a_catalog_named_inside_the_project_is_checked_with_its_rules(
        site: Path, stele: Callable[..., Result], monkeypatch: pytest.MonkeyPatch) -> None:
    path = _drop_the_side_effects(site)
    monkeypatch.chdir(site)
    named = stele("check", "--select", "disclaimer", RELIEF)
    summary = "1 file checked: 1 error, 0 warnings, 0 notes"
    assert (named.exit_code, named.output) == (1, f"{RELIEF}:226: {ERROR}\n{summary}\n")
    whole = stele("check", "--select", "disclaimer")
    where = "(source/kratom-muscle-soreness-relief.md:45)"
    assert whole.exit_code == 1 and f"{RELIEF}:226: {ERROR} {where}" in whole.output
    monkeypatch.chdir(site.parent)
    assert stele("--project", site, "check", "--select", "disclaimer", path).exit_code == 1


def test_a_faithful_catalog_named_inside_the_project_passes(
        site: Path, stele: Callable[..., Result], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(site)
    named = stele("check", RELIEF)
    assert (named.exit_code, named.output) == (0, "1 file checked: 0 errors, 0 warnings, 0 notes\n")


def test_a_catalog_outside_the_project_is_checked_with_no_project_settings(
        site: Path, stele: Callable[..., Result], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere" / "ru.po"
    outside.parent.mkdir()
    shutil.copy(_drop_the_side_effects(site), outside)
    monkeypatch.chdir(site)
    checked = stele("check", "--select", "disclaimer", outside)
    assert (checked.exit_code, checked.output) == (0, "1 file checked: 0 errors, 0 warnings, 0 notes\n")
