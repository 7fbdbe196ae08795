"""The one error boundary (commands.py): an unexpected exception is one line and exit 2, its traceback only
with -vv; Ctrl+C is 130; click's usage errors and --help are untouched."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

DOSAGE = "locales/ru/LC_MESSAGES/kratom-muscle-soreness-dosage.po"


def _boom(*args: object, **kwargs: object) -> list[str]:
    raise ZeroDivisionError("boom,\n  in two lines")


@pytest.fixture
def broken_numbers(monkeypatch: pytest.MonkeyPatch) -> None:
    """A bug in a rule: the numbers comparison raises."""
    monkeypatch.setattr("stele.rules.number_problems", _boom)


@pytest.mark.usefixtures("broken_numbers")
def test_unexpected_exception_in_a_check_names_the_file(site: Path, stele: Callable[..., Result]) -> None:
    result = stele("--project", site, "check", "--format", "sarif")
    assert (result.exit_code, result.stdout, result.stderr) == (
        2,
        "",
        f"stele: internal error: ZeroDivisionError: boom, in two lines (while working on {DOSAGE}); "
        "run with -vv for the traceback\n",
    )
    quiet = stele("--project", site, "-q", "-vv", "check")  # -q wins: the one line, no traceback
    assert quiet.stderr == result.stderr


@pytest.mark.usefixtures("broken_numbers")
def test_unexpected_exception_in_path_mode(site: Path, stele: Callable[..., Result]) -> None:
    po = site / DOSAGE
    result = stele("check", po)
    assert (result.exit_code, result.stderr) == (
        2,
        f"stele: internal error: ZeroDivisionError: boom, in two lines (while working on {po}); "
        "run with -vv for the traceback\n",
    )


@pytest.mark.usefixtures("broken_numbers")
def test_traceback_only_with_two_v(site: Path, stele: Callable[..., Result]) -> None:
    one = stele("--project", site, "-v", "check")
    assert "Traceback" not in one.stderr and len(one.stderr.splitlines()) == 1
    two = stele("--project", site, "-vv", "check")
    lines = two.stderr.splitlines()
    assert two.exit_code == 2 and lines[0] == "Traceback (most recent call last):"
    assert "ZeroDivisionError: boom," in two.stderr and 'in _boom\n    raise ZeroDivisionError("boom' in two.stderr
    assert lines[-1] == f"stele: internal error: ZeroDivisionError: boom, in two lines (while working on {DOSAGE})"


def test_unexpected_exception_outside_any_file(
    site: Path, stele: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object) -> None:
        raise KeyError("locale")

    monkeypatch.setattr("stele.site.status.project_status", broken)
    result = stele("--project", site, "status")
    assert (result.exit_code, result.stderr) == (
        2,
        "stele: internal error: KeyError: 'locale'; run with -vv for the traceback\n",
    )


def test_ctrl_c_exits_130(site: Path, stele: Callable[..., Result], monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("stele.catalogs.workflow.extract_templates", interrupted)
    result = stele("--project", site, "extract")
    assert (result.exit_code, result.stderr) == (130, "stele: interrupted\n")


def test_click_exits_are_untouched(stele: Callable[..., Result]) -> None:
    assert stele("check", "--help").exit_code == 0
    usage = stele("check", "--format", "xml")
    assert usage.exit_code == 2 and "Error: Invalid value for '--format'" in usage.stderr
    assert "internal error" not in usage.stderr
    assert stele("tm", "export").exit_code == 2  # a nested group: its missing argument is click's usage error


def test_stele_errors_keep_their_exit_codes(site: Path, stele: Callable[..., Result]) -> None:
    (site / "stele.toml").write_text("[site\n", encoding="utf-8")
    result = stele("--project", site, "check")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr.startswith("stele.toml:1: not valid TOML")
