"""The GNU gettext drop-ins: ``stele merge`` (msgmerge), ``stele compile`` (msgfmt), ``stele format`` (msgcat)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from stele.collector import collector_paused
from stele.errors import CatalogError, SteleError
from stele.fsutil import write_bytes_if_changed

EPILOG = "Exit codes: 0 ok; 1 problems found; 2 usage error or unreadable input."
_FILE = click.Path(exists=True, dir_okay=False, path_type=Path)
_OUT = click.Path(dir_okay=False, path_type=Path)
_DIAGNOSTICS = click.option(
    "--diagnostics", type=click.Choice(["stele", "gnu"]), default="stele", show_default=True,
    help="gnu: errors in GNU gettext 0.21's exact words, order and summary line (for scripts that parse them).")


def _layout_options(func: Any) -> Any:
    """msgcat's output options, shared by merge and format."""
    for option in reversed((
        click.option("-w", "--width", type=click.IntRange(min=1), default=79, show_default=True,
                     help="Page width of the output."),
        click.option("--no-wrap", is_flag=True, help="Do not break long message lines (only after \\n)."),
        click.option("-s", "--sort-output", is_flag=True, help="Sort messages by msgid."),
        click.option("-F", "--sort-by-file", is_flag=True, help="Sort messages by their first reference."),
    )):
        func = option(func)
    return func


def _layout(width: int, no_wrap: bool, sort_output: bool, sort_by_file: bool) -> Any:
    from stele.po.writer import Layout

    if sort_output and sort_by_file:
        raise click.UsageError("--sort-output and --sort-by-file are mutually exclusive")
    return Layout(width=width, wrap=not no_wrap, sort="output" if sort_output else "file" if sort_by_file else None)


@click.command(epilog=EPILOG)
@click.argument("definitions", type=_FILE)
@click.argument("reference", type=_FILE)
@click.option("-o", "--output", type=_OUT, help="Write here (default: stdout).")
@click.option("-U", "--update", is_flag=True, help="Update DEFINITIONS in place (not rewritten when unchanged).")
@click.option("-C", "--compendium", "compendia", type=_FILE, multiple=True, help="More translations (repeatable).")
@click.option("--previous", is_flag=True, help="Keep the old msgid of a fuzzy message as '#|'.")
@click.option("-N", "--no-fuzzy-matching", is_flag=True, help="Do not guess translations of new messages.")
@click.option("--for-msgfmt", is_flag=True, help="Only the header and translated messages, no comments.")
@click.option("--guess-notes", is_flag=True, help="stele: comment on fuzzy guesses whose numbers or negations differ.")
@click.option("--keep-sources", is_flag=True, help="stele: keep a message reused as a fuzzy guess also as obsolete.")
@_DIAGNOSTICS
@_layout_options
@click.pass_obj
def merge(state: Any, definitions: Path, reference: Path, output: Path | None, update: bool,
          compendia: tuple[Path, ...], previous: bool, no_fuzzy_matching: bool, for_msgfmt: bool,
          guess_notes: bool, keep_sources: bool, diagnostics: str, width: int, no_wrap: bool, sort_output: bool,
          sort_by_file: bool) -> None:
    """Merge a .pot into a .po, as msgmerge does.

    DEFINITIONS is the catalog (.po), REFERENCE the template (.pot). The output equals msgmerge's; stele's
    own additions (--guess-notes, --keep-sources) are off unless asked for ('stele update' uses them).
    A catalog that breaks PO syntax exits 1, as msgmerge.
    """
    from stele.catalogs.merge import MergeOptions, merge_catalog
    from stele.catalogs.merge import for_msgfmt as msgfmt_only
    from stele.po import read_po

    if update and output is not None:
        raise click.UsageError("--update and --output are mutually exclusive")
    how = _layout(width, no_wrap, sort_output, sort_by_file)
    options = MergeOptions(previous=previous, fuzzy_matching=not (no_fuzzy_matching or for_msgfmt),
                           notes=guess_notes, keep_sources=keep_sources, to_utf8=True)
    with collector_paused():
        with _broken_catalog_exits_1(gnu="msgmerge" if diagnostics == "gnu" else ""):
            if _has_domains(definitions) or _has_domains(reference):
                merged_bytes = _merge_domains(definitions, reference, options, how, for_msgfmt=for_msgfmt)
                if output is None and not update:
                    click.echo(merged_bytes, nl=False)
                else:
                    write_bytes_if_changed(definitions if update else output or definitions, merged_bytes)
                return
            old = read_po(definitions)
            merged, stats = merge_catalog(read_po(reference), old, options=options,
                                          compendia=[read_po(path) for path in compendia])
        _write_merged(state, definitions, old, msgfmt_only(merged) if for_msgfmt else merged, how,
                      output=output, update=update)
    if state.verbosity > 1:
        click.echo(f"{definitions}: {stats.exact} kept, {stats.fuzzy} fuzzy, {stats.new} new, {stats.revived} "
                   f"revived, {stats.obsolete} obsolete", err=True)



@contextmanager
def _broken_catalog_exits_1(*, reported: bool = False, gnu: str = "") -> Iterator[None]:
    """As msgmerge and msgfmt: a catalog whose text breaks PO syntax or its charset is a problem found (exit 1).
    ``reported``: check has already printed it, so it is not printed again; ``gnu``: the GNU program whose words
    to print every syntax problem of the file in."""
    try:
        yield
    except CatalogError as exc:
        if exc.line is None:
            raise
        if not reported and gnu and exc.path is not None:
            reported = _report_problems((Path(exc.path),), frozenset({"syntax"}), gnu=gnu)
        if reported:
            raise click.exceptions.Exit(1) from exc
        exc.exit_code = 1
        raise


def _write_merged(state: Any, definitions: Path, old: Any, merged: Any, how: Any, *, output: Path | None,
                  update: bool) -> None:
    """To stdout, to OUTPUT, or (-U) back into DEFINITIONS unless only POT-Creation-Date would change."""
    from stele.catalogs.merge import same_content
    from stele.po import encode_po, write_po

    if update:
        changed = not same_content(merged, old) and write_po(definitions, merged, how)
        if state.verbosity > 1:
            click.echo(f"{definitions}: {'updated' if changed else 'unchanged'}", err=True)
    elif output is None:
        click.echo(encode_po(definitions, merged, how), nl=False)
    else:
        write_po(output, merged, how)


def _domains(path: Path) -> dict[str, Any]:
    """A catalog cut at its ``domain`` directives: each domain's Catalog, in order, the default one first."""
    from stele.po.mo import domain_chunks
    from stele.po.reader import parse_po_bytes, read_bytes, strict

    found: dict[str, Any] = {"messages": None}
    for name, chunk, line in domain_chunks(read_bytes(path, str(path)), "messages"):
        found[name] = strict(parse_po_bytes(b"\n" * (line - 1) + chunk), str(path))
    return found


def _merge_domains(definitions: Path, reference: Path, options: Any, how: Any, *, for_msgfmt: bool) -> bytes:
    """msgmerge of catalogs with ``domain`` directives: domain by domain (the default one first, then the
    template's, then the catalog's others), each written after its directive."""
    from stele.catalogs.merge import for_msgfmt as msgfmt_only
    from stele.catalogs.merge import merge_catalog
    from stele.po import Catalog, encode_po

    old, new = _domains(definitions), _domains(reference)
    blocks: list[bytes] = []
    for name in dict.fromkeys([*new, *old]):
        merged, _ = merge_catalog(new.get(name) or Catalog(), old.get(name) or Catalog(), options=options)
        text = encode_po(definitions, msgfmt_only(merged) if for_msgfmt else merged, how)
        if name != "messages":
            blocks.append(f'domain "{name}"\n'.encode())
        if text:
            blocks.append(text)
    return b"\n".join(blocks)


def _format_domains(path: Path, how: Any) -> bytes:
    """msgcat of a catalog with ``domain`` directives: each domain written after its directive."""
    from stele.po import encode_po

    blocks: list[bytes] = []
    for name, catalog in _domains(path).items():
        text = encode_po(path, catalog, how) if catalog is not None else b""
        blocks += [f'domain "{name}"\n'.encode()] if name != "messages" else []
        blocks += [text] if text else []
    return b"\n".join(blocks)


@click.command(name="compile", epilog=EPILOG)
@click.argument("catalogs", type=_FILE, nargs=-1, required=True)
@click.option("-o", "--output", type=_OUT,
              help="Default: CATALOG with .mo for one catalog; DOMAIN.mo for domain directives; else messages.mo.")
@click.option("--statistics", is_flag=True, help="Print msgfmt's count of translated, fuzzy, untranslated messages.")
@click.option("-c", "--check", is_flag=True, help="Check as msgfmt -c does: format, header, plural forms.")
@click.option("--check-format", is_flag=True, help="Check format strings.")
@click.option("--check-header", is_flag=True, help="Check the header and Plural-Forms.")
@click.option("--check-domain", is_flag=True, help="Check domain directives (names msgfmt accepts).")
@click.option("--no-hash", is_flag=True, help="Write no hash table (as msgfmt --no-hash).")
@_DIAGNOSTICS
@click.pass_obj
def compile_command(state: Any, catalogs: tuple[Path, ...], output: Path | None, statistics: bool, check: bool,
                    check_format: bool, check_header: bool, check_domain: bool, no_hash: bool,
                    diagnostics: str) -> None:
    """Compile .po files into a .mo, as msgfmt does.

    Fuzzy and untranslated messages are left out; several catalogs are joined; 'domain' directives
    give one .mo per domain (all into OUTPUT when -o is given). A catalog that breaks PO syntax exits 1, as
    msgfmt.
    """
    rules = _compile_rules(check, check_format, check_header)
    gnu = "msgfmt" if diagnostics == "gnu" else ""
    failed = _report_problems(catalogs, rules, gnu=gnu) if rules else False
    if check_domain or check:
        _check_domains(catalogs)
    with _broken_catalog_exits_1(reported=failed, gnu=gnu):
        _compile(state, catalogs, output, statistics=statistics, hashed=not no_hash)
    if failed:  # as msgfmt: the .mo is written all the same, the exit code tells
        raise click.exceptions.Exit(1)


def _compile(state: Any, catalogs: tuple[Path, ...], output: Path | None, *, statistics: bool, hashed: bool) -> None:
    from stele.po.mo import Counts, compile_domains, compile_po_file, write_domains

    if len(catalogs) == 1 and not statistics:
        target = output or catalogs[0].with_suffix(".mo")
        count = compile_po_file(catalogs[0], target, hashed=hashed)
        if count is not None:
            state.say(f"wrote {target}: {count} messages", level=2)
            return
    domains = compile_domains(list(catalogs))
    if output is None and len(catalogs) == 1 and list(domains) == ["messages"]:
        output = catalogs[0].with_suffix(".mo")
    written = write_domains(domains, output, Path.cwd(), hashed=hashed)
    if statistics:
        total = sum((compiled.counts for compiled in domains.values()), start=Counts())
        click.echo(total.line(), err=True)
    state.say(f"wrote {', '.join(map(str, written)) or 'nothing (no messages)'}", level=2)


def _compile_rules(check: bool, check_format: bool, check_header: bool) -> frozenset[str]:
    rules = {"syntax", "header", "header-fields", "plural-forms", "format", "newlines"} if check else set()
    rules |= {"format"} if check_format else set()
    rules |= {"header", "header-fields", "plural-forms"} if check_header else set()
    return frozenset(rules)


def _report_problems(catalogs: tuple[Path, ...], rules: frozenset[str], *, gnu: str = "") -> bool:
    """Print what msgfmt -c finds (errors, and the header's warnings): in stele's report, or in the words of the
    GNU program ``gnu``. Whether there is an error."""
    from stele.checks import check_paths
    from stele.checks.gnu_text import render_gnu
    from stele.checks.report import RENDERERS
    from stele.rules import CheckOptions

    options = CheckOptions(rules | {"syntax"}, msgfmt=True)
    findings = [f for f in check_paths([(p, str(p)) for p in catalogs], options) if f.severity != "info"]
    if any(f.rule == "syntax" for f in findings):  # msgfmt stops after reading: no checks, so no warnings
        findings = [f for f in findings if f.severity == "error"]
    if findings:
        text = render_gnu(findings, gnu) if gnu else RENDERERS["text"](findings, len(catalogs))
        click.echo(text, nl=False, err=True)
    return any(f.severity == "error" for f in findings)


def _has_domains(path: Path) -> bool:
    from stele.po.mo import DOMAIN_RE

    data = path.read_bytes()  # the regex only where a line starts with the word (it takes a second on 100 MB)
    return (data.startswith(b"domain") or b"\ndomain" in data) and DOMAIN_RE.search(data) is not None


def _check_domains(catalogs: tuple[Path, ...]) -> None:
    from stele.po.mo import DOMAIN_RE

    for path in catalogs:
        data = path.read_bytes()
        for match in DOMAIN_RE.finditer(data):
            name = match.group(1).decode("utf-8", "replace")
            if not name or any(not (c.isalnum() or c in "-_.@") for c in name):
                line = data.count(b"\n", 0, match.start()) + 1
                raise SteleError(f"domain name {name!r} is not suitable as a file name; use letters, digits, "
                                 "'-', '_', '.'", path=path, line=line)


@click.command(name="format", epilog=EPILOG)
@click.argument("catalog", type=_FILE)
@click.option("-o", "--output", type=_OUT, help="Write here (default: stdout).")
@_layout_options
def format_command(catalog: Path, output: Path | None, width: int, no_wrap: bool, sort_output: bool,
                   sort_by_file: bool) -> None:
    """Rewrite a .po/.pot in GNU's canonical layout, as msgcat does for one file."""
    from stele.po import encode_po, read_po, write_po

    how = _layout(width, no_wrap, sort_output, sort_by_file)
    if _has_domains(catalog):
        text = _format_domains(catalog, how)
        if output is None:
            click.echo(text, nl=False)
        else:
            write_bytes_if_changed(output, text)
        return
    parsed = read_po(catalog)
    if output is None:
        click.echo(encode_po(catalog, parsed, how), nl=False)
    else:
        write_po(output, parsed, how)


COMMANDS = (merge, compile_command, format_command)
