"""The CLI meets gettext users' habits: -q/-v after the command, update --dry-run."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from click.testing import Result

from .conftest import tree_bytes


def test_quiet_and_verbose_work_after_the_command(site: Path, stele: Callable[..., Result]) -> None:
    assert stele("--project", site, "build", "-q").output == ""
    assert stele("--project", site, "-q", "build").output == ""
    loud = stele("--project", site, "extract", "-v").output
    assert loud == stele("--project", site, "-v", "extract").output
    assert loud.endswith("extract: 3 files, 0 written\n")
    assert stele("--project", site, "check", "-q").exit_code == 0


def test_update_dry_run_lists_what_would_change_and_writes_nothing(site: Path, stele: Callable[..., Result]) -> None:
    source = site / "source/kratom-muscle-soreness-relief.md"
    source.write_text(source.read_text(encoding="utf-8") + "\nA new closing paragraph.\n", encoding="utf-8")
    assert stele("--project", site, "extract").exit_code == 0
    before = tree_bytes(site / "locales")
    result = stele("--project", site, "update", "--dry-run")
    assert result.exit_code == 0
    assert result.stdout == (
        "would write locales/ru/LC_MESSAGES/kratom-muscle-soreness-relief.po: 17 kept, 0 fuzzy, 1 new, 0 revived, "
        "0 recalled, 0 obsolete\n"
        "would write locales/uk/LC_MESSAGES/kratom-muscle-soreness-relief.po: 17 kept, 0 fuzzy, 1 new, 0 revived, "
        "0 recalled, 0 obsolete\n"
        "update --dry-run: 6 files, 2 would be written, none written\n"
    )
    assert tree_bytes(site / "locales") == before
    real = stele("--project", site, "update")
    assert real.stdout.endswith("update: 6 files, 2 written\n")
    assert stele("--project", site, "update", "--dry-run").stdout == (
        "update --dry-run: 6 files, 0 would be written, none written\n"
    )
