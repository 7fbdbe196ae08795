"""Reliability: atomic writes under kill -9, resource limits, read-only targets — one-line errors."""

from __future__ import annotations

import itertools
import json
import os
import re
import resource
import shutil
import signal
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote

import pytest

from stele.site import cache
from stele.site.unchanged import INPUTS

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


RECORD = f"build/{INPUTS}"
MANIFEST = f"build/{cache.MANIFEST}"


def _outputs(site: Path, staged: dict[str, bytes] | None = None) -> tuple[dict[str, bytes], list[str]]:
    """What the build wrote (public/ and build/), and apart from that the temporary files of unfinished writes;
    the pages staged for public/ (build/.pages/…) go to ``staged``, by the public/ path they are staged for."""
    files = {f"{top}/{name}": data for top in ("public", "build") for name, data in tree_bytes(site / top).items()}
    files.pop(RECORD, None)  # file stats (inodes, times: never the same twice), and gone while a build writes pages
    if MANIFEST in files:  # the same for the signatures of the pages and .mo files it names: all but those
        data = json.loads(files[MANIFEST])
        data["pages"] = {path: entry[0] for path, entry in data["pages"].items()}
        data["mo_files"] = sorted(data.get("mo_files", {}))
        files[MANIFEST] = json.dumps(data, sort_keys=True).encode()
    temporary = sorted(name for name in files if re.fullmatch(r"\.[^/]+\.tmp", name.rsplit("/", 1)[-1]))
    pages = {name: data for name, data in files.items() if name.startswith("build/.pages/") and name not in temporary}
    if staged is not None:
        staged.update((f"public/{unquote(name.removeprefix('build/.pages/'))}", data) for name, data in pages.items())
    return {name: data for name, data in files.items() if name not in temporary and name not in pages}, temporary


def test_killed_build_leaves_every_file_old_or_new(site: Path, tmp_path: Path) -> None:
    """kill -9 in the middle of each write in turn (fsutil's test-only STELE_TEST_FAIL_AFTER_WRITES): every file is
    byte for byte old or new, none is missing, only the interrupted write's temporary file is left, and the next
    build gives the new site."""
    assert _run(["--project", str(site), "build"]).returncode == 0
    old, _ = _outputs(site)
    for locale, published in (("ru", "Опубликовано"), ("uk", "Опубліковано")):
        site_po = site / f"locales/{locale}/LC_MESSAGES/site.po"
        site_po.write_text(site_po.read_text(encoding="utf-8").replace(published, "Дата"), "utf-8")
    pristine = tmp_path / "pristine"
    shutil.copytree(site, pristine)
    assert _run(["--project", str(site), "build"]).returncode == 0  # in place: the manifest holds absolute paths
    new, _ = _outputs(site)
    changed = {name for name in new if new[name] != old.get(name)}
    assert len(changed) >= 7  # two catalogs, four article pages and the build manifest
    for completed in itertools.count():
        shutil.rmtree(site)
        shutil.copytree(pristine, site)
        env = {**os.environ, "STELE_TEST_FAIL_AFTER_WRITES": str(completed)}
        killed = _run(["--project", str(site), "build"], env=env)
        if killed.returncode == 0:  # the build finished in fewer writes
            break
        assert killed.returncode == -signal.SIGKILL, killed.stderr
        staged: dict[str, bytes] = {}
        files, temporary = _outputs(site, staged)
        for name, data in files.items():
            assert data in (old.get(name), new.get(name)), f"{name} is neither old nor new after {completed} writes"
        for name, data in staged.items():  # a page rendered, not yet moved into public/: the new one
            assert data == new.get(name), f"the page staged for {name} is not the new one after {completed} writes"
        assert set(old) & set(new) <= set(files), f"a file is missing after {completed} writes"
        assert len(temporary) == 1, f"after {completed} writes: {temporary}"  # only the write the kill interrupted
        result = _run(["--project", str(site), "build"])
        assert result.returncode == 0, result.stderr
        assert _outputs(site)[0] == new, f"the build after a kill at write {completed + 1} is not the new site"
    assert completed >= len(changed)  # every file that changed was written, and a kill tried in each write


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
