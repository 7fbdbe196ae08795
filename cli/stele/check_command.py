"""The check command: `stele check` over the project or over any .po/.pot files named; registered on the CLI by
commands.py, which stays the one error boundary."""

from __future__ import annotations

import operator
import os
import re
import sys
import textwrap
from pathlib import Path

import click

from stele.checks import check_paths
from stele.checks.report import FORMATS, RENDERERS
from stele.commands import EPILOG, State, counting
from stele.config import find_project
from stele.errors import SteleError
from stele.fsutil import write_bytes_atomic
from stele.model import Config
from stele.rules import RULES, CheckOptions, parse_rule_list


def _rules_epilog() -> str:
    """The rules, each with its id, default severity and one-line description (from RULES, their one home), then
    the exit codes. ``\\b`` keeps click from rewrapping the table."""
    rows = []
    for info in RULES.values():
        lines = textwrap.wrap(info.description, 66, break_on_hyphens=False) or [""]
        rows.append(f"{info.id:<15} {info.severity:<8} {lines[0]}")
        rows += [f"{'':<24} {line}" for line in lines[1:]]
    return "Rules (ids for --select and --ignore; default severity):\n\n\b\n" + "\n".join(rows) + "\n\n" + EPILOG


@click.command(epilog=_rules_epilog())
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True, help="Output format.")
@click.option("--select", metavar="RULE,…", help="Run only these rules.")
@click.option("--ignore", metavar="RULE,…", help="Skip these rules.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write the report to a file.")
@click.option("--pseudo", is_flag=True, help="Also render en-XA pseudo pages and report hard-coded template text.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), metavar="N",
              help="Processes checking the files named (default: the cores, at most 8); 1 for one process.")
@click.pass_context
def check(
    ctx: click.Context,
    paths: tuple[Path, ...],
    fmt: str,
    select: str | None,
    ignore: str | None,
    output: Path | None,
    pseudo: bool,
    jobs: int | None,
) -> None:
    """Check that warnings and doses survive.

    With no PATHS, checks the project: every catalog against its template and
    source, and every rendered page. With PATHS, checks any .po/.pot files or
    folders (Django's, Sphinx's, …) with no project needed; files inside the
    project (or --project's) are checked with its stele.toml, as the build is.
    """
    state: State = ctx.obj
    selected = parse_rule_list(select, option="--select")
    ignored = parse_rule_list(ignore, option="--ignore") or frozenset()
    if paths:
        config = _project_of(state, paths)
        options = _project_options(config, selected, ignored) if config else CheckOptions(selected, ignored)
        files = expand_paths(paths)
        with counting(state, "checking", len(files)) as progress:
            findings = check_paths(files, options, progress, jobs=jobs)
        checked = len(files)
    else:
        from stele.checks.project import check_project, check_pseudo, options_for

        config = state.config
        options = options_for(config, select=selected, ignore=ignored)
        findings, checked = check_project(config, options)
        if pseudo and options.enabled("hard-coded"):
            findings += check_pseudo(config)
    findings.sort(key=operator.attrgetter("path", "line", "rule", "message"))
    report = RENDERERS[fmt](findings, checked)
    if output is not None:
        write_bytes_atomic(output, report.encode("utf-8"))
    else:
        click.echo(_coloured(report) if fmt == "text" and _colour_wanted() else report, nl=False)
    if any(f.severity == "error" for f in findings):
        ctx.exit(1)


_SEVERITY_COLOURS = {"error": "red", "warning": "yellow", "info": "cyan"}


def _colour_wanted() -> bool:
    """Colour on a terminal, unless NO_COLOR is set (no-color.org)."""
    return sys.stdout.isatty() and not os.environ.get("NO_COLOR")


def _coloured(report: str) -> str:
    """check's text report with each severity word and rule id in colour."""
    def paint(match: re.Match[str]) -> str:
        severity, rule = match.group(1), match.group(2)
        return f": {click.style(severity, fg=_SEVERITY_COLOURS[severity], bold=True)}: {click.style(rule, bold=True)}"

    return re.sub(r": (error|warning|info): (\[[\w-]+\])", paint, report)


def _project_of(state: State, paths: tuple[Path, ...]) -> Config | None:
    """The project whose stele.toml the files named are checked with: --project's, else the one the current folder
    is in when every path named lies inside it (its disclaimer rules, severities and glossary apply there, as in the
    build's gate; a Django catalog checked from inside a stele project is none of its files)."""
    if state.project:
        return state.config
    try:
        root = find_project(Path.cwd())
    except SteleError:
        return None
    if all(path.resolve().is_relative_to(root) for path in paths):
        return state.config
    return None


def _project_options(config: Config, selected: frozenset[str] | None, ignored: frozenset[str]) -> CheckOptions:
    from stele.checks.project import options_for

    return options_for(config, select=selected, ignore=ignored)


def expand_paths(paths: tuple[Path, ...]) -> list[tuple[Path, str]]:
    """Files named and .po/.pot files below folders named, in a stable order."""
    found: list[tuple[Path, str]] = []
    for path in paths:
        if path.is_dir():
            found += [(p, str(p)) for p in sorted(path.rglob("*")) if p.suffix in (".po", ".pot") and p.is_file()]
        elif path.is_file():
            found.append((path, str(path)))
        else:
            raise SteleError("no such file or folder; name .po/.pot files or folders holding them", path=path)
    return found
