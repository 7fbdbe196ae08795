"""stele check PATH…: any gettext catalogs, no project needed; broken files do not stop the run."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

from click.testing import Result

from stele.checks import check_paths
from stele.rules import CheckOptions

from .conftest import write

HEADER = (
    'msgid ""\nmsgstr ""\n"Project-Id-Version: demo\\nPO-Revision-Date: 2026-01-02 10:00+0000\\nLast-Translator: Ann '
    '<ann@example.org>\\nLanguage-Team: Russian <ru@example.org>\\n"\n"Language: ru\\n"\n'
    '"MIME-Version: 1.0\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Content-Transfer-Encoding: 8bit\\n"\n'
    '"Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || '
    'n%100>=20) ? 1 : 2);\\n"\n\n'
)


def _django_like(folder: Path) -> Path:
    """A small Django-style tree: one good catalog, one with a dose changed, one broken."""
    write(
        folder / "ru/LC_MESSAGES/django.po",
        HEADER + '#, python-format\nmsgid "Take %(n)d pills"\n'
        'msgstr "Примите %(n)d таблетки"\n\nmsgid "Take 5 mg daily"\nmsgstr "Принимайте 5\u00a0мг ежедневно"\n',
    )
    write(
        folder / "uk/LC_MESSAGES/django.po",
        HEADER.replace("Language: ru", "Language: uk")
        + 'msgid "Take 5 mg daily"\nmsgstr "Приймайте 50\u00a0мг щодня"\n',
    )
    write(
        folder / "de/LC_MESSAGES/djangojs.po",
        HEADER.replace("Language: ru", "Language: de") + 'msgid "unterminated\nmsgstr ""\n',
    )
    return folder


def test_checks_a_tree_and_goes_on_after_a_broken_file(
    tmp_path: Path, stele: Callable[..., Result], monkeypatch: object
) -> None:
    root = _django_like(tmp_path / "locale")
    result = stele("check", root, "--format", "json")
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    errors = [
        (f["path"].removeprefix(str(root) + "/"), f["line"], f["rule"])
        for f in report["findings"]
        if f["severity"] == "error"
    ]
    assert ("de/LC_MESSAGES/djangojs.po", 10, "syntax") in errors
    assert ("uk/LC_MESSAGES/django.po", 11, "numbers") in errors
    assert not [e for e in errors if e[0].startswith("ru/")]
    assert report["summary"]["files"] == 3


def test_text_output_and_clean_exit(tmp_path: Path, stele: Callable[..., Result]) -> None:
    root = _django_like(tmp_path / "locale")
    good = root / "ru/LC_MESSAGES/django.po"
    result = stele("check", good)
    assert (result.exit_code, result.stdout) == (0, "1 file checked: 0 errors, 0 warnings, 0 notes\n")
    bad = root / "uk/LC_MESSAGES/django.po"
    result = stele("check", bad, "--select", "numbers")
    assert result.exit_code == 1
    assert result.stdout.startswith(f"{bad}:11: error: [numbers] ")


def test_missing_path_and_unknown_rule_are_usage_errors(tmp_path: Path, stele: Callable[..., Result]) -> None:
    result = stele("check", tmp_path / "nope.po")
    assert (result.exit_code, result.stderr) == (
        2,
        f"{tmp_path / 'nope.po'}: no such file or folder; name .po/.pot files or folders holding them\n",
    )
    result = stele("check", tmp_path, "--select", "nmbers")
    assert result.exit_code == 2
    assert result.stderr.startswith("stele: --select: unknown rule 'nmbers'; rules are: syntax, header,")


def _many(root: Path) -> list[tuple[Path, str]]:
    """Eight apps' Django-style trees (a dose changed, a broken file) and this project's real catalogs, as
    (path, shown) in check's order."""
    for app in ("admin", "auth", "forms", "sites", "sessions", "humanize", "flatpages", "redirects"):
        _django_like(root / app / "locale")
    shutil.copytree(Path(__file__).resolve().parents[1] / "locales", root / "site")
    return [(p, str(p)) for p in sorted(root.rglob("*")) if p.suffix in (".po", ".pot")]


def test_many_files_on_two_cores_report_what_one_process_does(tmp_path: Path, stele: Callable[..., Result]) -> None:
    """Text and JSON reports of 33 catalogs (with errors and warnings) are byte for byte those of --jobs 1."""
    root = tmp_path / "apps"
    files = _many(root)
    for fmt in ("text", "json"):
        one, two = (stele("check", "--jobs", jobs, "--format", fmt, root) for jobs in ("1", "2"))
        assert (two.exit_code, two.stdout) == (one.exit_code, one.stdout)
    assert one.exit_code == 1
    report = json.loads(one.stdout)
    assert report["summary"]["files"] == len(files) == 33
    assert {f["rule"] for f in report["findings"] if f["severity"] == "error"} >= {"syntax", "numbers"}


def test_progress_hears_every_file_as_batches_finish(tmp_path: Path) -> None:
    """check_paths on two cores: the findings of one process, in the files' order; progress rises to the total."""
    files = _many(tmp_path / "apps")
    heard: list[tuple[int, int]] = []
    found = check_paths(files, CheckOptions(), lambda done, total: heard.append((done, total)), jobs=2)
    assert found == check_paths(files, CheckOptions(), jobs=1)
    assert [f.path for f in found] == sorted((f.path for f in found), key=[shown for _, shown in files].index)
    assert heard == sorted(heard) and heard[-1] == (len(files), len(files)) and len(heard) > 1
