"""Commands: the click CLI, and the one place where errors become messages and exit codes."""

from __future__ import annotations

import datetime as dt
import errno
import importlib
import sys
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from stele import __version__
from stele.config import find_project, load_config
from stele.errors import InternalError, SteleError, count, describe
from stele.fsutil import project_lock, write_text_if_changed
from stele.locales import catalog_files
from stele.model import Config, HeldBack

if TYPE_CHECKING:  # the render/publish stack is imported by the commands that need it, so check stays light
    from stele.catalogs import FileResult

SERVE_LOCK_WAIT = 60.0  # seconds stele serve waits for another stele command before a rebuild
EPILOG = "Exit codes: 0 ok; 1 problems found; 2 usage error or unreadable input."


class CommandGroup(click.Group):
    """The error boundary: whatever a command raises becomes one stderr line and an exit code.

    A SteleError is the user's to fix (its own exit code); any other exception is a bug in stele (exit 2,
    its traceback with -vv); Ctrl+C exits 130; click's own exits (usage errors, --help) pass through.

    Commands defined in other modules are registered by name (``lazy``: name → "module:attribute") and imported
    when run or listed, so that `stele build` does not import check's rules, nor `stele check` the renderer.
    """

    lazy: dict[str, str]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lazy = {}

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*self.commands, *self.lazy})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in self.lazy:
            module, attribute = self.lazy[cmd_name].split(":")
            self.add_command(getattr(importlib.import_module(module), attribute), cmd_name)
        return super().get_command(ctx, cmd_name)

    def add_command(self, cmd: click.Command, name: str | None = None) -> None:
        """Every command also takes -v and -q after its name (``stele check -q``), as gettext's tools do."""
        taken = {opt for param in cmd.params for opt in param.opts}
        if not taken & {"-v", "--verbose"}:
            cmd.params.append(click.Option(["-v", "--verbose"], count=True, expose_value=False, callback=_louder,
                                           help="Say more (repeat: more)."))
        if not taken & {"-q", "--quiet"}:
            cmd.params.append(click.Option(["-q", "--quiet"], is_flag=True, expose_value=False, callback=_quieter,
                                           help="Print only errors."))
        super().add_command(cmd, name)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except SteleError as exc:
            click.echo(str(exc) if exc.path else f"stele: {exc}", err=True)
            ctx.exit(exc.exit_code)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException, EOFError):
            raise
        except KeyboardInterrupt:
            click.echo("stele: interrupted", err=True)
            ctx.exit(130)
        except Exception as exc:
            if isinstance(exc, OSError) and exc.errno == errno.EPIPE:
                raise  # click quiets a closed pipe (stele check | head)
            _internal_error(ctx, exc)


def _louder(ctx: click.Context, _param: click.Parameter, count: int) -> None:
    state = ctx.find_object(State)
    if state is not None and count:
        state.verbosity = max(state.verbosity, 1) + count


def _quieter(ctx: click.Context, _param: click.Parameter, quiet: bool) -> None:
    state = ctx.find_object(State)
    if state is not None and quiet:
        state.verbosity = 0


def _internal_error(ctx: click.Context, exc: Exception) -> None:
    what = str(exc) if isinstance(exc, InternalError) else describe(exc)
    state = ctx.find_object(State)
    if state is not None and state.verbosity >= 3:
        click.echo("".join(traceback.format_exception(type(exc), exc, exc.__traceback__)), err=True, nl=False)
        click.echo(f"stele: internal error: {what}", err=True)
    else:
        click.echo(f"stele: internal error: {what}; run with -vv for the traceback", err=True)
    ctx.exit(2)


@dataclass
class State:
    project: Path | None
    verbosity: int
    _config: Config | None = None

    @property
    def config(self) -> Config:
        if self._config is None:
            root = self.project.resolve() if self.project else find_project(Path.cwd())
            self._config = load_config(root)
        return self._config

    def say(self, message: str, *, level: int = 1) -> None:
        if self.verbosity >= level:
            click.echo(message)


@click.group(cls=CommandGroup, epilog=EPILOG, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--project",
    type=click.Path(file_okay=False, path_type=Path),
    help="Project folder (default: the nearest folder above holding stele.toml).",
)
@click.option("-v", "--verbose", count=True, help="Say more (repeat: more; -vv: an internal error's traceback).")
@click.option("-q", "--quiet", is_flag=True, help="Print only errors.")
@click.version_option(__version__, prog_name="stele")
@click.pass_context
def main(ctx: click.Context, project: Path | None, verbose: int, quiet: bool) -> None:
    """stele: Markdown articles → gettext catalogs → localized pages, with every warning kept."""
    ctx.obj = State(project, 0 if quiet else 1 + verbose)  # -v: 2, -vv: 3 (tracebacks of internal errors)


pass_state = click.make_pass_decorator(State)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(second=0, microsecond=0)


@contextmanager
def locked(state: State) -> Iterator[Config]:
    config = state.config
    with project_lock(config.root):
        yield config


@contextmanager
def _progress(state: State) -> Iterator[Callable[[str], None] | None]:
    """A rich status line on a terminal; nothing at all otherwise."""
    if state.verbosity == 0 or not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console

    with Console(stderr=True).status("stele") as status:
        yield lambda message: status.update(f"stele: {message}…")


@contextmanager
def counting(state: State, what: str, total: int) -> Iterator[Callable[[int, int], None] | None]:
    """A rich progress bar with counts (``checking ━━━━ 412/1296 files``) on a terminal, for long runs only."""
    if state.verbosity == 0 or not sys.stderr.isatty() or total < 20:
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    columns = (TextColumn(f"stele: {what}"), BarColumn(), MofNCompleteColumn(), TextColumn("files"),
               TimeElapsedColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(what, total=total)
        yield lambda done, _total: bar.update(task, completed=done)


def report_files(state: State, results: list[FileResult], what: str) -> None:
    written = [r for r in results if r.written]
    for result in written:
        state.say(f"{'removed' if result.removed else 'wrote'} {result.path}")
    for result in results:
        if not result.written:
            state.say(f"unchanged {result.path}", level=2)
    state.say(f"{what}: {count(len(results), 'file')}, {len(written)} written")


@main.command(epilog=EPILOG)
@click.option(
    "--allow-empty",
    is_flag=True,
    help="Go on when the source folder is missing or holds no article, removing every article's template.",
)
@pass_state
def extract(state: State, allow_empty: bool) -> None:
    """Extract strings into locales/*.pot.

    One template per article (source/<slug>.md) and locales/site.pot for templates/.
    """
    from stele.catalogs import extract_templates
    from stele.catalogs.source import read_articles

    with locked(state) as config:
        results = extract_templates(config, now=_now(), allow_empty=allow_empty)
        for article in read_articles(config):  # front-matter keys stele does not know
            for warning in article.warnings:
                click.echo(warning.as_plain_text(), err=True)
        report_files(state, results, "extract")


@main.command(epilog=EPILOG)
@click.argument("locales", nargs=-1, required=True)
@click.option("--no-config", is_flag=True, help="Leave stele.toml alone; print the line to add instead.")
@pass_state
def init(state: State, locales: tuple[str, ...], no_config: bool) -> None:
    """Create catalogs for new locales and list them in stele.toml.

    LOCALES are gettext or BCP 47 codes, e.g. ru uk pt-BR.
    """
    from stele.catalogs import init_locales
    from stele.config import add_locales, locales_line
    from stele.locales import validate_locale

    with locked(state) as config:
        results = init_locales(config, list(locales), now=_now())
        codes = list(dict.fromkeys(validate_locale(code, origin="stele init") for code in locales))
        new = [code for code in codes if code not in config.locales]
        if new and no_config:
            state.say(f"add to stele.toml [site]: {locales_line(config, new)}")
        elif new:
            added = add_locales(config.root / "stele.toml", new)
            state.say(f"stele.toml: added {', '.join(added)} to [site] locales")
        report_files(state, results, "init")


@main.command(epilog=EPILOG)
@click.argument("locales", nargs=-1)
@click.option("--typography", is_flag=True, required=True, help="Apply the ru/uk typography fixes (no-break spaces, "
              "«» quotes, en dashes in ranges, ’ in uk).")
@pass_state
def fix(state: State, locales: tuple[str, ...], typography: bool) -> None:
    """Apply safe typography fixes to the catalogs.

    Only the translations fixed change; every other byte stays. LOCALES default to all.
    """
    from stele.checks.fix import fix_typography

    with locked(state) as config:
        results = fix_typography(config, list(locales) or None)
    for result in results:
        if result.written:
            state.say(f"fixed {result.path}: {count(result.messages, 'message')}")
    state.say(f"fix: {count(len(results), 'file')} to fix, {sum(r.written for r in results)} written")


@main.command(epilog=EPILOG)
@click.argument("locales", nargs=-1)
@click.option("--dry-run", is_flag=True, help="List the catalogs that would change; write nothing.")
@pass_state
def update(state: State, locales: tuple[str, ...], dry_run: bool) -> None:
    """Merge templates into the locales' catalogs.

    LOCALES default to all. No translation is ever dropped: edited messages become
    fuzzy guesses, removed ones obsolete #~ entries.
    """
    from stele.catalogs import machine_translate_project, update_locales

    with locked(state) as config:
        results = update_locales(config, list(locales) or None, now=_now(), dry_run=dry_run)
        if dry_run:
            for result in results:
                if result.written and result.stats:
                    s = result.stats
                    state.say(f"would write {result.path}: {s.exact} kept, {s.fuzzy} fuzzy, {s.new} new, "
                              f"{s.revived} revived, {s.memory} recalled, {s.obsolete} obsolete")
            changed = sum(r.written for r in results)
            state.say(f"update --dry-run: {count(len(results), 'file')}, {changed} would be written, none written")
            return
        if config.machine_translation:
            for filled in machine_translate_project(config, list(config.machine_translation), list(locales) or None):
                if filled.written:
                    state.say(f"{filled.path}: {filled.filled} machine-translated (fuzzy, needs review)")
        for result in results:
            if result.written and result.stats:
                s = result.stats
                state.say(
                    f"{result.path}: {s.exact} kept, {s.fuzzy} fuzzy, {s.new} new, "
                    f"{s.revived} revived, {s.memory} recalled, {s.obsolete} obsolete",
                    level=2,
                )
        report_files(state, results, "update")


@main.command(epilog=EPILOG)
@click.option("--strict", is_flag=True, help="Fail (exit 1) instead of leaving held-back pages out.")
@click.option("--pseudo", is_flag=True, help="Also render the en-XA pseudo-locale into public/en-xa/.")
@click.option(
    "--allow-empty",
    is_flag=True,
    help="Go on when the source folder is missing or holds no article, removing every article's pages.",
)
@pass_state
def build(state: State, strict: bool, pseudo: bool, allow_empty: bool) -> None:
    """Compile catalogs and render public/.

    A page is published in a locale only when its disclaimers are translated and
    reviewed; others are left out with a warning (--strict: an error).
    """
    from stele.site.unchanged import read_inputs, unchanged_build

    with locked(state) as config, _progress(state) as progress:
        fingerprints, last = read_inputs(config)
        result = unchanged_build(config, fingerprints, last, strict=strict)
        if result is None:  # the renderer and the rules are imported only when there is work for them
            from stele.site import build_site

            result = build_site(config, strict=strict, progress=progress, allow_empty=allow_empty, now=_now(),
                                fingerprints=fingerprints)
        if pseudo:
            from stele.site import pseudo_catalogs, render_pseudo

            for page, html in render_pseudo(config, pseudo_catalogs(config)).items():
                if write_text_if_changed(page, html):
                    state.say(f"wrote {config.relative(page)}", level=2)
    for warning in result.warnings:
        click.echo(warning.as_plain_text(), err=True)
    _say_held(config, result.held_back)
    for written in result.written:
        state.say(f"wrote {written}", level=2)
    for removed in result.removed:
        state.say(f"removed {config.relative(config.public_dir / removed)}")
    state.say(
        f"build: {count(result.pages, 'file')}, {result.rendered} rendered, {len(result.written)} written, "
        f"{len(result.held_back)} held back, into {config.relative(config.public_dir)}/"
    )


def _say_held(config: Config, held: tuple[HeldBack, ...]) -> None:
    """Each held-back page and why; a locale with no catalogs yet holds back every page, and is said once."""
    whole = {item.locale for item in held if not catalog_files(config, item.locale)}
    said: set[str] = set()
    for item in held:
        if item.locale in whole:
            if item.locale not in said:
                said.add(item.locale)
                click.echo(f"warning: {item.locale}: nothing published: {item.reasons[0]}", err=True)
            continue
        for reason in item.reasons:
            click.echo(f"warning: {item.locale}/{item.slug} not published: {reason}", err=True)


main.lazy.update({  # defined apart, imported when run (or listed by --help)
    **{name: f"stele.project_commands:{name}" for name in ("new", "theme", "export")},
    **{name: f"stele.translator_commands:{name}" for name in ("pseudo", "status", "tm", "serve")},
    "check": "stele.check_command:check",
    "merge": "stele.gettext_commands:merge",
    "compile": "stele.gettext_commands:compile_command",
    "format": "stele.gettext_commands:format_command",
})
