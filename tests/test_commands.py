"""Commands: help, exit codes 0/1/2, and one clear `path:line: message` line for bad input."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from .conftest import own_template, tree_bytes, write


def test_help_lists_every_command_with_one_line(stele: Callable[..., Result]) -> None:
    result = stele("--help")
    assert result.exit_code == 0
    commands = result.output.split("Commands:\n")[1].split("\n\n")[0].splitlines()
    names = ["build", "check", "compile", "export", "extract", "fix", "format", "init", "merge", "new", "pseudo",
             "serve", "status", "theme", "tm", "update"]
    assert [line.split()[0] for line in commands] == names
    assert "Exit codes: 0 ok; 1 problems found; 2 usage error or unreadable input." in result.output


def test_python_dash_m_runs_the_cli() -> None:
    result = subprocess.run([sys.executable, "-m", "stele", "--version"], capture_output=True, text=True, check=True)
    assert result.stdout == "stele, version 0.1.0\n"


def test_no_project_is_a_usage_error(
    tmp_path: Path, stele: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = stele("build")
    assert result.exit_code == 2
    assert result.stderr == (
        f"stele: no stele.toml in {tmp_path.resolve()} or any folder above it; "
        "run stele inside a project or pass --project DIR\n"
    )


def test_project_found_from_a_subfolder(
    site: Path, stele: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(site / "source")
    assert stele("extract").output == "extract: 3 files, 0 written\n"


def test_unknown_option_is_exit_2(stele: Callable[..., Result]) -> None:
    assert stele("build", "--no-such-flag").exit_code == 2


@pytest.mark.parametrize("code", ["../../etc", "ru/../..", "xx-??", "zz", ""])
def test_bad_locale_codes_are_refused(site: Path, stele: Callable[..., Result], code: str) -> None:
    before = tree_bytes(site)
    result = stele("--project", site, "init", code)
    assert result.exit_code == 2
    assert result.stderr.startswith(
        f"stele: stele init: {'unknown locale' if code == 'zz' else repr(code) + ' is not a locale code'}"
    )
    assert tree_bytes(site) == before
    assert not (site.parent / "etc").exists()


def test_po_syntax_error_stops_update_before_writing(site: Path, stele: Callable[..., Result]) -> None:
    po = site / "locales/uk/LC_MESSAGES/site.po"
    po.write_text(po.read_text(encoding="utf-8") + '\nmsgid "x"\nmsgstr "y"\nstray words\n', encoding="utf-8")
    line = po.read_text(encoding="utf-8").count("\n")
    before = tree_bytes(site)
    result = stele("--project", site, "update")
    assert result.exit_code == 2
    assert result.stderr == (
        f"locales/uk/LC_MESSAGES/site.po:{line}: keyword 'stray' unknown: use msgctxt, msgid, msgid_plural or "
        "msgstr; fix the file (stele check locales/uk/LC_MESSAGES/site.po lists every problem)\n"
    )
    assert tree_bytes(site) == before


def test_bad_front_matter_names_file_and_line(site: Path, stele: Callable[..., Result]) -> None:
    write(site / "source" / "zz-bad.md", "---\ntitle: ok\ndescription: [unclosed\nslug: x\n---\nBody\n")
    result = stele("--project", site, "extract")
    assert result.exit_code == 2
    assert result.stderr.startswith("source/zz-bad.md:4: front matter is not valid YAML")


def test_markdown_that_is_not_utf8(site: Path, stele: Callable[..., Result]) -> None:
    (site / "source" / "latin1.md").write_bytes(b"---\ntitle: caf\xe9\n---\n")
    result = stele("--project", site, "build")
    assert (result.exit_code, result.stderr) == (
        2,
        "source/latin1.md:2: not UTF-8 (byte 0xe9); save the file as UTF-8\n",
    )
    assert not (site / "public").exists()


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        (
            '[site]\nlocales = ["ru"]\ncolour = "red"\n',
            "stele.toml:3: unknown key 'colour' in [site]; known keys: base_url, health_tags, locales, source_locale, "
            "status_page\n",
        ),
        (
            '[[disclaimer]]\nid = "x"\npattern = "(unclosed"\n',
            "stele.toml:3: [[disclaimer]] 'x': bad regular expression: "
            "missing ), unterminated subpattern at position 0; fix the pattern\n",
        ),
        (
            '[site]\nlocales = ["ru"]\n\n[sites]\nx = 1\n',
            "stele.toml:4: unknown section [sites]; "
            "known: site, paths, disclaimer, check, machine_translation, glossary, meaning\n",
        ),
        (
            "[site\n",
            "stele.toml:1: not valid TOML: Expected ']' at the end of a table declaration (at line 1, column 6)\n",
        ),
    ],
)
def test_bad_config(site: Path, stele: Callable[..., Result], toml: str, message: str) -> None:
    (site / "stele.toml").write_text(toml, encoding="utf-8")
    result = stele("--project", site, "extract")
    assert (result.exit_code, result.stderr) == (2, message)


def test_unknown_template_variable(site: Path, stele: Callable[..., Result]) -> None:
    template = own_template(site, "index.html")
    template.write_text(
        template.read_text(encoding="utf-8").replace("{% endblock %}\n", "{{ nonsense.x }}{% endblock %}\n", 1),
        encoding="utf-8",
    )
    result = stele("--project", site, "build")
    assert result.exit_code == 2
    assert result.stderr == "templates/index.html:2: unknown variable: 'nonsense' is undefined; pass it or remove it\n"


def test_second_process_is_told_about_the_lock(site: Path, stele: Callable[..., Result]) -> None:
    (site / ".stele.lock").write_text(str(os.getppid()), encoding="utf-8")
    result = stele("--project", site, "extract")
    assert result.exit_code == 2
    assert result.stderr.startswith(
        f".stele.lock: another stele process (pid {os.getppid()}) is working on this project"
    )


def test_quiet_prints_nothing_on_success(site: Path, stele: Callable[..., Result]) -> None:
    result = stele("--project", site, "-q", "update")
    assert (result.exit_code, result.output) == (0, "")


BAD_CATALOGS = [
    ("unterminated", lambda t: t + '\nmsgid "broken\nmsgstr ""\n', "end-of-line within string"),
    ("duplicate", lambda t: t + '\nmsgid "Published"\nmsgstr "Ещё раз"\n', "duplicate message definition"),
    ("no plural-forms", lambda t: re.sub(r'"Plural-Forms:[^\n]*\n"n%10[^\n]*\n', "", t), "header has no Plural-Forms"),
    ("bad plural-forms", lambda t: t.replace("nplurals=3;", "nplurals=2;"), "nplurals = 2 but the plural expression"),
    ("bytes", None, "invalid multibyte sequence"),
]


@pytest.mark.parametrize(("case", "change", "message"), BAD_CATALOGS, ids=[c[0] for c in BAD_CATALOGS])
def test_bad_catalog_changes_nothing(site: Path, stele: Callable[..., Result], case: str, change, message) -> None:  # type: ignore[no-untyped-def]
    """Each broken catalog: exit 2, `path:line: what; how to fix`, and every file as it was."""
    po = site / "locales/ru/LC_MESSAGES/site.po"
    if change is None:
        po.write_bytes(po.read_bytes().replace("Опубликовано".encode(), b"\xff\xfe"))
    else:
        po.write_text(change(po.read_text(encoding="utf-8")), encoding="utf-8")
    before = tree_bytes(site)
    for command in (["update"], ["build"]):
        result = stele("--project", site, *command)
        assert result.exit_code == 2, (case, result.output)
        assert re.match(r"locales/ru/LC_MESSAGES/site\.po:\d+: ", result.stderr), result.stderr
        assert message is None or message in result.stderr
        assert len(result.stderr.splitlines()) == 1
    assert tree_bytes(site) == before


def test_check_help_lists_every_rule_with_its_severity_and_description(stele: Callable[..., Result]) -> None:
    """`stele check --help` names each rule, as --select and --ignore take it, with its one-line description."""
    from stele.rules import RULES

    result = stele("check", "--help")
    assert result.exit_code == 0
    table = " ".join(result.output.split("Rules (ids for --select and --ignore; default severity):")[1].split())
    for info in RULES.values():
        assert f"{info.id} {info.severity} {' '.join(info.description.split())}" in table, info.id
    assert "polarity error each sentence keeps the source's negations (not, no, never, without…); a warning " \
           "outside disclaimers" in table
