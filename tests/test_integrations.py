"""Integrations: the pre-commit hooks this repository defines, and click's shell completion."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from .conftest import REPO

STELE = shutil.which("stele", path=str(Path(sys.executable).parent)) or shutil.which("stele")
needs_script = pytest.mark.skipif(STELE is None, reason="the stele console script is not installed")


def _hooks() -> dict[str, dict[str, object]]:
    hooks = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    return {hook["id"]: hook for hook in hooks}


def _hook(site: Path, hook_id: str, files: list[str] | None = None) -> subprocess.CompletedProcess[str]:
    hook = _hooks()[hook_id]
    command = [*shlex.split(str(hook["entry"])), *(files or [])]
    assert command[0] == "stele"
    return subprocess.run([sys.executable, "-m", "stele", *command[1:]], cwd=site, capture_output=True, text=True)


def test_hooks_are_the_three_the_readme_names() -> None:
    hooks = _hooks()
    assert sorted(hooks) == ["stele-check", "stele-check-catalogs", "stele-extract-in-sync"]
    assert all(hook["language"] == "python" for hook in hooks.values())
    assert hooks["stele-check-catalogs"].get("pass_filenames", True) is True


def test_hooks_pass_on_this_repository(site: Path) -> None:
    assert _hook(site, "stele-check").returncode == 0
    assert _hook(site, "stele-extract-in-sync").returncode == 0
    assert _hook(site, "stele-check-catalogs", ["locales/ru/LC_MESSAGES/site.po"]).returncode == 0


def test_extract_in_sync_hook_fails_on_an_edited_source(site: Path) -> None:
    article = site / "source/kratom-muscle-soreness-relief.md"
    article.write_text(article.read_text(encoding="utf-8") + "\nA new paragraph nobody extracted.\n", "utf-8")
    result = _hook(site, "stele-extract-in-sync")
    assert result.returncode == 1
    assert "[stale]" in result.stdout and "stele extract" in result.stdout


def test_catalogs_hook_fails_on_a_changed_dose(site: Path) -> None:
    po = site / "locales/ru/LC_MESSAGES/kratom-muscle-soreness-dosage.po"
    text = po.read_text(encoding="utf-8")
    assert "1–3" in text
    po.write_text(text.replace("1–3", "13", 1), encoding="utf-8")
    result = _hook(site, "stele-check-catalogs", [str(po.relative_to(site))])
    assert result.returncode == 1
    assert "error: [numbers]" in result.stdout


@needs_script
def test_bash_completion_script_and_completions() -> None:
    assert STELE is not None
    script = subprocess.run([STELE], env={**os.environ, "_STELE_COMPLETE": "bash_source"},
                            capture_output=True, text=True, check=True).stdout
    assert "complete -o nosort -F _stele_completion stele" in script
    env = {**os.environ, "_STELE_COMPLETE": "bash_complete", "COMP_WORDS": "stele ch", "COMP_CWORD": "1"}
    assert subprocess.run([STELE], env=env, capture_output=True, text=True).stdout.split() == ["plain,check"]
    env["COMP_WORDS"], env["COMP_CWORD"] = "stele check --format ", "3"
    formats = subprocess.run([STELE], env=env, capture_output=True, text=True).stdout.split()
    assert formats == [f"plain,{name}" for name in ("text", "json", "github", "junit", "sarif")]
