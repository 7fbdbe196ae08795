"""Translator commands (pseudo, status, tm, serve): day-to-day tools around the catalogs; registered on the CLI by
commands.py, which stays the one error boundary."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import click

from stele import commands
from stele.commands import EPILOG, SERVE_LOCK_WAIT, CommandGroup, State, locked, report_files
from stele.errors import count
from stele.fsutil import project_lock, write_text_if_changed
from stele.locales import PSEUDO, messages_dir
from stele.model import Config, HeldBack

if TYPE_CHECKING:
    from stele.site.serve import PageStore

pass_state = click.make_pass_decorator(State)  # the CLI's state, as commands.py passes it


@click.command(epilog=EPILOG)
@pass_state
def pseudo(state: State) -> None:
    """Make en-XA pseudo-locale catalogs.

    Every message becomes accented look-alike letters, 35 % longer and bracketed
    ([Ƥŕéšš ţĥîš ~~~]), with placeholders, markup, URLs, numbers and untranslatable
    terms untouched. Written to build/pseudo/; `stele build --pseudo` renders them.
    """
    from stele.catalogs import FileResult
    from stele.po import write_po
    from stele.site import pseudo_catalogs

    with locked(state) as config:
        folder = messages_dir(config.build_dir / "pseudo", PSEUDO.code)
        results = [
            FileResult(config.relative(folder / f"{domain}.po"), write_po(folder / f"{domain}.po", catalog))
            for domain, catalog in pseudo_catalogs(config).items()
        ]
        report_files(state, results, "pseudo")


@click.command(epilog=EPILOG)
@click.option("--format", "fmt", type=click.Choice(["text", "json", "html"]), default="text", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write to a file.")
@pass_state
def status(state: State, fmt: str, output: Path | None) -> None:
    """Show what is translated, reviewed and publishable.

    Per locale and article: translated, fuzzy, untranslated and obsolete messages,
    words left, disclaimers done, and whether the page can be published.
    """
    from rich.console import Console

    from stele.site import project_status, status_json, status_page, status_table

    config = state.config
    report = project_status(config)
    if fmt == "text" and output is None:
        columns = os.environ.get("COLUMNS", "")
        console = Console(width=int(columns)) if columns.isdigit() else Console()
        if not console.is_terminal and not columns.isdigit():
            console = Console(width=80)  # piped or in CI: the classic terminal
        console.print(status_table(report, console.width))
        return
    from stele.site.pages import site_name

    home = f"{config.base_url}/" if config.base_url else ""
    text = status_json(report) if fmt == "json" else status_page(report, site_title=site_name(config), home=home,
                                                                 generated=commands._now())
    if output is None:
        click.echo(text, nl=False)
    else:
        write_text_if_changed(output, text)


@click.group(cls=CommandGroup)
def tm() -> None:
    """Translation memory in TMX (export, import)."""


@tm.command("export", epilog=EPILOG)
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--locale", "locales", multiple=True, help="Only these locales (default: all).")
@pass_state
def tm_export(state: State, file: Path, locales: tuple[str, ...]) -> None:
    """Write every reviewed translation to a TMX file."""
    from stele.catalogs import export_tmx

    units = export_tmx(state.config, file, locales=list(locales) or None)
    state.say(f"tm export: {count(units, 'unit')} written to {file}")


@tm.command("import", epilog=EPILOG)
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("locales", nargs=-1)
@pass_state
def tm_import(state: State, file: Path, locales: tuple[str, ...]) -> None:
    """Fill empty translations from a TMX file, marked fuzzy."""
    from stele.catalogs import fill_from_tmx

    with locked(state) as config:
        results = fill_from_tmx(config, file, list(locales) or None)
    for result in results:
        if result.written:
            state.say(f"{result.path}: {result.filled} filled from memory (fuzzy)")
    filled = sum(r.filled for r in results)
    state.say(f"tm import: {count(filled, 'translation')}, {count(sum(r.written for r in results), 'file')} written")


@click.command(epilog=EPILOG)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="0: any free port.")
@click.option("--review", is_flag=True,
              help="Serve every page, held-back ones too, with why and each block's message; writes nothing.")
@pass_state
def serve(state: State, host: str, port: int, review: bool) -> None:
    """Preview the site and rebuild on every change.

    Builds, serves public/ over HTTP, and rebuilds what changed whenever a source,
    catalog, template or stele.toml changes. Stop with Ctrl+C. With --review, serves
    every page in every locale from memory instead (public/ is left alone): each page
    the gate holds back says why, and each translated block opens to show its source
    text, msgid, findings and the catalog line to edit.
    """
    from stele.site import Preview
    from stele.site.serve import PageStore

    config = state.config
    store = PageStore() if review else None
    rebuild = _review(config, store) if store is not None else _build(config)
    click.echo(rebuild())
    preview = Preview(config, host=host, port=port, rebuild=rebuild, notify=click.echo, store=store)
    preview.start()  # before the URL is printed: an edit made as soon as it is shown is seen
    if store is not None:
        click.echo(f"Reviewing every page at {preview.url} (nothing is written to "
                   f"{config.relative(config.public_dir)}/; Ctrl+C to stop)")
    else:
        click.echo(f"Serving {config.relative(config.public_dir)}/ at {preview.url} (Ctrl+C to stop)")
    try:
        preview.run()
    except KeyboardInterrupt:
        preview.stop()


def _held_lines(held: Sequence[HeldBack]) -> str:
    count_ = f", {len(held)} held back" if held else ""
    return count_ + "".join(f"\n  held back {item.locale}/{item.slug}: {reason}"
                            for item in held for reason in item.reasons)


def _build(config: Config) -> Callable[[], str]:
    """Rebuild public/ (what serve does)."""
    from stele.site import build_site

    def rebuild() -> str:
        with project_lock(config.root, wait=SERVE_LOCK_WAIT):  # another stele (an editor's update) goes first
            result = build_site(config)
        return f"rebuilt: {result.rendered} rendered, {len(result.written)} written{_held_lines(result.held_back)}"

    return rebuild


def _review(config: Config, store: PageStore) -> Callable[[], str]:
    """Render the review view into ``store`` (what serve --review does): in memory, nothing written."""
    from stele.site.review import review_site

    def rebuild() -> str:
        with project_lock(config.root, wait=SERVE_LOCK_WAIT):  # read the catalogs when no stele is writing them
            site = review_site(config)
        store.replace(site.pages)
        return f"reviewed: {len(site.pages)} pages rendered in memory{_held_lines(site.held)}"

    return rebuild
