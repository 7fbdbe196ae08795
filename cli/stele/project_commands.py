"""Project commands (new, theme, export): a stele site anywhere; registered on the CLI by commands.py."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Protocol

import click

from stele.errors import count
from stele.fsutil import project_lock
from stele.model import Config

EPILOG = "Exit codes: 0 ok; 1 problems found; 2 usage error or unreadable input."


class _Session(Protocol):
    """What these commands need of the CLI's state (commands._State)."""

    @property
    def config(self) -> Config: ...

    def say(self, message: str, *, level: int = 1) -> None: ...


def _now() -> dt.datetime:
    """The CLI's clock (commands._now, which the tests freeze)."""
    from stele import commands

    return commands._now()


@click.command(epilog=EPILOG)
@click.argument("folder", type=click.Path(path_type=Path))
@click.option("--locales", default="ru,uk", show_default=True, help="Target locales, e.g. ru,uk or de,pt-BR.")
@click.option("--source-locale", default="en", show_default=True, help="The language the articles are written in.")
@click.option("--title", help="The site's title (default: the folder's name).")
@click.pass_obj
def new(state: _Session, folder: Path, locales: str, source_locale: str, title: str | None) -> None:
    """Make a new project in FOLDER (new or empty).

    A commented stele.toml, an example article with a disclaimer and a dose,
    .gitignore, a pre-commit config and a GitHub workflow; then its templates
    are extracted and each locale's catalogs created.
    """
    from stele.scaffold import NewProject, create_project, parse_locales

    request = NewProject(folder, parse_locales(locales), source_locale, title or folder.resolve().name)
    results = create_project(request, now=_now())
    for result in results:
        if result.written:
            state.say(f"wrote {folder / result.path}", level=2)
    state.say(f"new: {sum(r.written for r in results)} files in {folder}/; next: cd {folder} && stele build")


@click.group(epilog=EPILOG)
def theme() -> None:
    """The default theme's templates (list, copy)."""


@theme.command("copy", epilog=EPILOG)
@click.argument("names", nargs=-1)
@click.pass_obj
def theme_copy(state: _Session, names: tuple[str, ...]) -> None:
    """Copy default templates into templates/ to edit them.

    NAMES are template names such as article.html or partials/disclaimer.html
    (default: all). A template the project already has is left alone.
    """
    from stele.theme import copy_templates

    config = state.config
    with project_lock(config.root):
        copied = copy_templates(config, list(names))
    for item in copied:
        verb = "wrote" if item.written else "kept (already there)"
        state.say(f"{verb} {config.relative(item.path)}")


@theme.command("list", epilog=EPILOG)
@click.pass_obj
def theme_list(state: _Session) -> None:
    """List the default templates, and which ones the project overrides."""
    from stele.theme import theme_names

    config = state.config
    for name in theme_names():
        own = (config.templates_dir / name).is_file()
        click.echo(f"{name}{'  (yours: ' + config.relative(config.templates_dir / name) + ')' if own else ''}")


@click.command(epilog=EPILOG)
@click.option("--format", "fmt", type=click.Choice(["markdown", "hugo", "mkdocs"]), default="markdown",
              show_default=True, help="Layout of the exported files.")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), help="Output folder (default: export/).")
@click.option("--by-filename", is_flag=True,
              help="hugo: content/<slug>.<locale>.md (translation by file name) instead of content/<locale>/.")
@click.pass_obj
def export(state: _Session, fmt: str, out: Path | None, by_filename: bool) -> None:
    """Write published articles as translated Markdown.

    markdown: <out>/<locale>/<slug>.md; hugo: <out>/content/<locale>/<slug>.md;
    mkdocs (mkdocs-static-i18n): <out>/docs/<slug>.<locale>.md. Only the pages
    the publishing gate lets through (as stele build) are written.
    """
    from stele.site.export import export_site

    config = state.config
    target = out if out is not None else config.root / "export"
    with project_lock(config.root):
        result = export_site(config, target, fmt, by_filename=by_filename)
    for item in result.held_back:
        for reason in item.reasons:
            click.echo(f"warning: {item.locale}/{item.slug} not exported: {reason}", err=True)
    for path in result.written:
        state.say(f"wrote {target / path}", level=2)
    for path in result.removed:
        state.say(f"removed {target / path}")
    state.say(
        f"export: {count(len(result.written) + result.unchanged, 'page')}, {len(result.written)} written, "
        f"{len(result.removed)} removed, {len(result.held_back)} held back, into {target}/"
    )
