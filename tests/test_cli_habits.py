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


def _on_a_terminal(site: Path, *args: str, env: dict[str, str] | None = None, code: int = 1) -> str:
    """stele's stdout when it is a real terminal (a pseudo-terminal), as a person at a shell sees it."""
    import os
    import pty
    import subprocess
    import sys

    main, child = pty.openpty()
    environment = {key: value for key, value in os.environ.items() if key != "NO_COLOR"}
    environment.update(env or {})
    done = subprocess.run([sys.executable, "-m", "stele", "--project", str(site), *args], stdout=child,
                          stderr=child, env=environment, timeout=120, check=False)
    os.close(child)
    chunks = []
    while True:
        try:
            data = os.read(main, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    os.close(main)
    assert done.returncode == code
    return b"".join(chunks).decode("utf-8")


def test_check_is_coloured_on_a_terminal_unless_no_color(site: Path) -> None:
    po = site / "locales/ru/LC_MESSAGES/kratom-muscle-soreness-dosage.po"
    po.write_text(po.read_text(encoding="utf-8").replace("около 1–3\u00a0г", "около 13\u00a0г", 1), encoding="utf-8")
    coloured = _on_a_terminal(site, "check")
    assert "\x1b[31m\x1b[1merror\x1b[0m: \x1b[1m[numbers]\x1b[0m" in coloured
    plain = _on_a_terminal(site, "check", env={"NO_COLOR": "1"})
    assert "\x1b[" not in plain and ": error: [numbers]" in plain


def test_serve_waits_for_another_stele_instead_of_failing(site: Path) -> None:
    """The lock stele serve takes before each rebuild waits for a command that holds it, then proceeds."""
    import subprocess
    import sys
    import time

    import pytest

    from stele.errors import ProjectLocked
    from stele.fsutil import project_lock

    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from pathlib import Path; from stele.fsutil import project_lock\n"
         f"with project_lock(Path({str(site)!r})):\n    print('held', flush=True); time.sleep(1.5)"],
        stdout=subprocess.PIPE, text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline() == "held\n"
    with pytest.raises(ProjectLocked, match="another stele process"), project_lock(site):
        pass
    started = time.monotonic()
    with project_lock(site, wait=30):
        waited = time.monotonic() - started
    assert holder.wait(timeout=30) == 0 and 0.5 < waited < 30


def test_checking_many_files_shows_a_progress_bar_with_counts_on_a_terminal(site: Path, tmp_path: Path) -> None:
    import shutil

    folder = tmp_path / "many"
    for number in range(24):
        target = folder / f"p{number:02d}" / "ru" / "LC_MESSAGES" / "site.po"
        target.parent.mkdir(parents=True)
        shutil.copy(site / "locales/ru/LC_MESSAGES/site.po", target)
    shown = _on_a_terminal(site, "check", str(folder), code=0)
    assert "stele: checking" in shown and "24/24" in shown and "files" in shown
    assert shown.rstrip().endswith("24 files checked: 0 errors, 0 warnings, 0 notes")
