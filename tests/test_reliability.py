"""Reliability: atomic writes under kill -9, resource limits, read-only targets — one-line errors."""

from __future__ import annotations

import os
import resource
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import tree_bytes

STELE = [sys.executable, "-m", "stele"]


def _run(args: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*STELE, *args], capture_output=True, text=True, **kwargs)  # type: ignore[call-overload]


def test_read_only_target_is_one_line(tmp_path: Path) -> None:
    po = tmp_path / "x.po"
    po.write_text('msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n', encoding="utf-8")
    result = _run(["compile", str(po), "-o", "/sys/stele-test.mo"])
    assert result.returncode == 2
    assert result.stderr == "/sys/stele-test.mo: cannot write: permission denied; check the folder's permissions\n"


def _limit_file_size() -> None:
    resource.setrlimit(resource.RLIMIT_FSIZE, (2000, 2000))


def test_file_size_limit_leaves_old_site_intact(site: Path) -> None:
    """A write that the OS refuses (as on a full disk) gives one line, exit 2, and the old pages stay."""
    assert _run(["--project", str(site), "build"]).returncode == 0
    before = tree_bytes(site / "public")
    po = site / "locales/ru/LC_MESSAGES/site.po"
    po.write_text(po.read_text(encoding="utf-8").replace("Опубликовано", "Дата публикации"), encoding="utf-8")
    result = _run(["--project", str(site), "build"], preexec_fn=_limit_file_size)
    assert result.returncode == 2
    assert len(result.stderr.splitlines()) == 1 and "cannot write:" in result.stderr
    assert "Traceback" not in result.stderr
    assert tree_bytes(site / "public") == before
    assert not list((site / "public").rglob(".*.tmp"))


def test_killed_build_leaves_every_file_old_or_new(site: Path, tmp_path: Path) -> None:
    """kill -9 at random moments: each page is byte for byte the old or the new version, never half."""
    assert _run(["--project", str(site), "build"]).returncode == 0
    old = tree_bytes(site / "public")
    site_po = site / "locales/uk/LC_MESSAGES/site.po"
    site_po.write_text(site_po.read_text(encoding="utf-8").replace("Опубліковано", "Дата публікації"), "utf-8")
    reference = tmp_path / "reference" / site.name  # same folder name: the status page's title shows it
    shutil.copytree(site, reference)
    assert _run(["--project", str(reference), "build"]).returncode == 0
    new = tree_bytes(reference / "public")
    for delay in (0.05, 0.15, 0.3, 0.45, 0.6, 0.8):
        process = subprocess.Popen(
            [*STELE, "--project", str(site), "build"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        time.sleep(delay)
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        for name, data in tree_bytes(site / "public").items():
            if not name.split("/")[-1].startswith("."):
                assert data in (old.get(name), new.get(name)), f"{name} is neither old nor new after kill at {delay}s"
    result = _run(["--project", str(site), "build"])
    assert result.returncode == 0, result.stderr
    assert {k: v for k, v in tree_bytes(site / "public").items() if not k.split("/")[-1].startswith(".")} == new


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_second_process_waits_its_turn(site: Path) -> None:
    """While one stele holds the project, another is told so and changes nothing."""
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            (
                "import sys, time; from pathlib import Path; from stele.fsutil import project_lock\n"
                f"with project_lock(Path({str(site)!r})):\n    print('locked', flush=True); time.sleep(30)"
            ),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "locked\n"
        before = tree_bytes(site)
        result = _run(["--project", str(site), "extract"])
        assert result.returncode == 2
        assert result.stderr.startswith(f".stele.lock: another stele process (pid {holder.pid}) is working")
        assert tree_bytes(site) == before
    finally:
        holder.kill()
        holder.wait()
