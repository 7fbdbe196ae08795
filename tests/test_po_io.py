"""PO I/O: output is byte-identical to GNU msgcat, reads back losslessly, and errors name the line."""

from __future__ import annotations

import gettext
import shutil
import subprocess
from pathlib import Path

import polib
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from stele.errors import CatalogError
from stele.po import Catalog, Message, read_mo, read_po, render_po, write_mo, write_po
from stele.po.syntax import parse_po

from .conftest import GOLDEN, REPO, write

needs_gettext = pytest.mark.skipif(shutil.which("msgcat") is None, reason="GNU gettext is not installed")

WORDS = [
    "kratom",
    "soreness",
    "pre-existing",
    "7-hydroxymitragynine",
    "1-3",
    "1–3\u00a0г",
    "грамма",
    "«кратом»",
    "(not",
    "linked)",
    "it’s",
    "‘how",
    "much’",
    "—",
    "a/b",
    "50%",
    "1,5",
    "10\u00a0000",
    "end.",
    "why?",
    "x:y",
    '"quoted"',
    "back\\slash",
    "tab\there",
    "[link](#anchor-name)",
    "**bold**",
    "`code`",
    "…",
    "%(num)d",
    "https://example.org/a/b",
    "self-care",
    "A" * 90,
    "ВОЗ,",
    "№3",
    "°C",
    "{name}",
    "<b>",
    "a;b",
]
SEPARATORS = [" ", " ", " ", "  ", "\n", " \n", "\u00a0"]
texts = st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)), max_size=40).map(
    lambda pairs: "".join(w + s for w, s in pairs).strip(" ")
)


def _catalog(pairs: list[tuple[str, str]]) -> Catalog:
    catalog = Catalog()
    catalog.set_header({
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && "
        "(n%100<10 || n%100>=20) ? 1 : 2);",
    })
    for index, (msgid, msgstr) in enumerate(pairs):
        entry = Message(
            msgid=f"{index} {msgid}",
            msgstr=msgstr,
            extracted=["paragraph"],
            references=[f"source/article-{i}.md:{10 * i + 1}" for i in range(index % 9)],
        )
        if index % 4 == 1 and msgstr:
            entry.flags, entry.previous_msgid = ["fuzzy"], msgid[: len(msgid) // 2]
        catalog.append(entry)
    if pairs:
        catalog.append(Message(msgid="gone " + pairs[0][0], msgstr=pairs[0][1], obsolete=True))
    return catalog


@needs_gettext
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(texts, texts), min_size=1, max_size=25))
@example([("u043au0440u0430u0442u043eu043c " * 6, 'кратом « » \\ " \n x')])
def test_layout_is_byte_identical_to_msgcat(
    tmp_path_factory: pytest.TempPathFactory, pairs: list[tuple[str, str]]
) -> None:
    """Whatever the text, stele writes exactly what msgcat writes for the same catalog."""
    folder = tmp_path_factory.mktemp("msgcat")
    ours = write(folder / "ours.po", render_po(_catalog(pairs)))
    subprocess.run(["msgcat", "-o", str(folder / "gnu.po"), str(ours)], check=True)
    assert ours.read_text(encoding="utf-8") == (folder / "gnu.po").read_text(encoding="utf-8")


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(texts, texts), min_size=1, max_size=10))
@example([('quote " backslash \\ tab \t', "«перевод»\n")])
def test_round_trip_keeps_every_field(pairs: list[tuple[str, str]]) -> None:
    """Reading back what stele wrote gives the same messages, translations and flags.

    Like msgcat, the writer leaves out obsolete entries that hold no translation.
    """
    catalog = _catalog(pairs)
    text = render_po(catalog)
    again, by_polib = parse_po(text), polib.pofile(text)  # polib: an independent reader of what stele wrote
    kept = [e for e in catalog if e.msgstr or not e.obsolete]
    fields = [(e.msgid, e.msgstr, e.obsolete, e.previous_msgid, e.references, e.extracted) for e in kept]
    assert [(e.msgid, e.msgstr, e.obsolete, e.previous_msgid, e.references, e.extracted) for e in again] == fields
    assert [(e.msgid, e.msgstr, e.obsolete, e.previous_msgid) for e in by_polib] == [f[:4] for f in fields]
    assert render_po(again) == text


@needs_gettext
def test_committed_catalogs_are_in_msgcat_layout(tmp_path: Path) -> None:
    """Every committed .pot/.po (and golden file) is what msgcat would write: no churn."""
    files = sorted((REPO / "locales").rglob("*.po*")) + sorted(GOLDEN.rglob("*.pot"))
    assert len(files) >= 9
    for path in files:
        out = tmp_path / path.name
        subprocess.run(["msgcat", "-o", str(out), str(path)], check=True)
        assert path.read_bytes() == out.read_bytes(), path


@needs_gettext
def test_mo_reads_back_like_msgfmt(tmp_path: Path) -> None:
    """stele's .mo gives Python's gettext the same translations as msgfmt's .mo."""
    for po in sorted((REPO / "locales").glob("*/LC_MESSAGES/*.po")):
        ours, gnu = tmp_path / "ours.mo", tmp_path / "gnu.mo"
        write_mo(ours, read_po(po))
        subprocess.run(["msgfmt", "-o", str(gnu), str(po)], check=True)
        with ours.open("rb") as a, gnu.open("rb") as b:
            mine, theirs = gettext.GNUTranslations(a), gettext.GNUTranslations(b)
        assert mine._catalog == theirs._catalog, po  # type: ignore[attr-defined]
        translated = [e for e in read_po(po) if e.translated and e.msgid_plural is None]
        assert all(read_mo(ours).lookup(e.msgid) == theirs.gettext(e.msgid) for e in translated)


def test_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    path = write(
        tmp_path / "bad.po",
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgid "one"\nmsgstr "один"\nthis is not PO\n',
    )
    with pytest.raises(CatalogError, match=r"^shown.po:7: keyword 'this' unknown"):
        read_po(path, display="shown.po")


def test_write_po_reports_whether_it_changed(tmp_path: Path) -> None:
    catalog = _catalog([("a", "б")])
    path = tmp_path / "x.po"
    assert write_po(path, catalog) is True
    assert write_po(path, catalog) is False
    assert not list(tmp_path.glob(".*.tmp"))


@needs_gettext
def test_compile_command_matches_msgfmt(tmp_path: Path) -> None:
    """`stele compile` gives a .mo that Python's gettext reads exactly as msgfmt's."""
    from click.testing import CliRunner

    from stele.commands import main

    po = REPO / "locales/uk/LC_MESSAGES/site.po"
    result = CliRunner().invoke(main, ["compile", str(po), "-o", str(tmp_path / "ours.mo")])
    assert (result.exit_code, result.output) == (0, "")
    subprocess.run(["msgfmt", "-o", str(tmp_path / "gnu.mo"), str(po)], check=True)
    with (tmp_path / "ours.mo").open("rb") as a, (tmp_path / "gnu.mo").open("rb") as b:
        ours, gnu = gettext.GNUTranslations(a), gettext.GNUTranslations(b)
    assert ours._catalog == gnu._catalog  # type: ignore[attr-defined]
    assert ours.ngettext("%(num)d article in this language.", "%(num)d articles in this language.", 3) == (
        gnu.ngettext("%(num)d article in this language.", "%(num)d articles in this language.", 3)
    )
