"""stele merge, compile and format as drop-ins for msgmerge, msgfmt and msgcat: same output, byte for byte.

Each behaviour is asserted on real PO text; where GNU gettext is installed (CI installs it), the GNU program's
output is the reference too.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import polib
import pytest
from click.testing import Result
from hypothesis import given
from hypothesis import strategies as st

from stele.po import mo

from .conftest import write

GNU = shutil.which("msgmerge") is not None and shutil.which("msgfmt") is not None
needs_gnu = pytest.mark.skipif(not GNU, reason="GNU gettext is not installed (apt-get install gettext)")

HEADER = (
    'msgid ""\nmsgstr ""\n"Project-Id-Version: demo 1.0\\n"\n"Language: fr\\n"\n"MIME-Version: 1.0\\n"\n'
    '"Content-Type: text/plain; charset=UTF-8\\n"\n"Content-Transfer-Encoding: 8bit\\n"\n'
    '"Plural-Forms: nplurals=2; plural=(n > 1);\\n"\n\n'
)
POT = (
    'msgid ""\nmsgstr ""\n"Project-Id-Version: demo 1.1\\n"\n"Report-Msgid-Bugs-To: bugs@example.org\\n"\n'
    '"POT-Creation-Date: 2026-11-01 10:00+0000\\n"\n"Content-Type: text/plain; charset=CHARSET\\n"\n\n'
)


def _merge(tmp_path: Path, stele: Callable[..., Result], old: str, template: str, *options: str) -> str:
    """stele merge's output; equal to msgmerge's when GNU gettext is installed."""
    definitions = write(tmp_path / "fr.po", HEADER + old)
    reference = write(tmp_path / "messages.pot", POT + template)
    result = stele("merge", *options, definitions, reference)
    assert result.exit_code == 0, result.output
    if GNU:
        gnu = subprocess.run(["msgmerge", "-q", *options, str(definitions), str(reference)], capture_output=True,
                             text=True, check=True).stdout
        assert result.output == gnu
    return result.output


def _entry(text: str) -> polib.POEntry:
    """The one message of a merged catalog."""
    found = [entry for entry in polib.pofile(text) if entry.msgid]
    assert len(found) == 1, text
    return found[0]


# Every rule by which msgmerge turns a kept translation fuzzy: (old entry, template entry).
FUZZY_BY_MERGE = {
    "plural added": ('msgid "%d file"\nmsgstr "%d fichier"\n',
                     'msgid "%d file"\nmsgid_plural "%d files"\nmsgstr[0] ""\nmsgstr[1] ""\n'),
    "plural removed": ('msgid "%d file"\nmsgid_plural "%d files"\nmsgstr[0] "%d fichier"\nmsgstr[1] "%d fichiers"\n',
                       'msgid "%d file"\nmsgstr ""\n'),
    "plural changed": ('msgid "%d file"\nmsgid_plural "%d files"\nmsgstr[0] "%d fichier"\nmsgstr[1] "%d fichiers"\n',
                       'msgid "%d file"\nmsgid_plural "%d documents"\nmsgstr[0] ""\nmsgstr[1] ""\n'),
    "c-format added, translation drops the argument": ('msgid "%d file"\nmsgstr "un fichier"\n',
                                                       '#, c-format\nmsgid "%d file"\nmsgstr ""\n'),
    "python-format added, name changed": ('msgid "%(n)d file"\nmsgstr "%(m)d fichier"\n',
                                          '#, python-format\nmsgid "%(n)d file"\nmsgstr ""\n'),
    "range widened": ('#, range: 1..5\nmsgid "%d file"\nmsgstr "%d fichier"\n',
                      '#, range: 1..10\nmsgid "%d file"\nmsgstr ""\n'),
    "range dropped": ('#, range: 1..5\nmsgid "%d file"\nmsgstr "%d fichier"\n', 'msgid "%d file"\nmsgstr ""\n'),
    "c-format → kde-format, a plural form drops %1": (
        '#, c-format\nmsgid "Delete file"\nmsgid_plural "Delete %1 files"\nmsgstr[0] "Supprimer un fichier"\n'
        'msgstr[1] "Supprimer %n fichiers"\n',
        '#, kde-format\nmsgid "Delete file"\nmsgid_plural "Delete %1 files"\nmsgstr[0] ""\nmsgstr[1] ""\n'),
    "msgctxt changed": ('msgctxt "menu"\nmsgid "%d file"\nmsgstr "%d fichier"\n',
                        'msgctxt "dialog"\nmsgid "%d file"\nmsgstr ""\n'),
}
# The same changes where msgmerge keeps the translation as reviewed.
STAYS_REVIEWED = {
    "same message": ('msgid "%d file"\nmsgstr "%d fichier"\n', 'msgid "%d file"\nmsgstr ""\n'),
    "c-format added, translation passes": ('msgid "%d file"\nmsgstr "%d fichier"\n',
                                           '#, c-format\nmsgid "%d file"\nmsgstr ""\n'),
    "range narrowed": ('#, range: 1..10\nmsgid "%d file"\nmsgstr "%d fichier"\n',
                       '#, range: 2..5\nmsgid "%d file"\nmsgstr ""\n'),
    "range added": ('msgid "%d file"\nmsgstr "%d fichier"\n', '#, range: 2..5\nmsgid "%d file"\nmsgstr ""\n'),
    "kde-format added, translation keeps %1": ('msgid "%1 file"\nmsgstr "%1 fichier"\n',
                                               '#, kde-format\nmsgid "%1 file"\nmsgstr ""\n'),
    "kde-format added, translation reorders %1 %2": ('msgid "%1 of %2 file"\nmsgstr "%2 : %1 fichier"\n',
                                                     '#, kde-format\nmsgid "%1 of %2 file"\nmsgstr ""\n'),
    "c-format removed": ('#, c-format\nmsgid "%d file"\nmsgstr "un fichier"\n', 'msgid "%d file"\nmsgstr ""\n'),
}


@pytest.mark.parametrize("case", list(FUZZY_BY_MERGE))
def test_merge_marks_fuzzy_where_msgmerge_does(tmp_path: Path, stele: Callable[..., Result], case: str) -> None:
    old, template = FUZZY_BY_MERGE[case]
    entry = _entry(_merge(tmp_path, stele, old, template))
    assert entry.fuzzy and (entry.msgstr or entry.msgstr_plural[0]).endswith("fichier")


@pytest.mark.parametrize("case", list(STAYS_REVIEWED))
def test_merge_keeps_reviewed_where_msgmerge_does(tmp_path: Path, stele: Callable[..., Result], case: str) -> None:
    old, template = STAYS_REVIEWED[case]
    entry = _entry(_merge(tmp_path, stele, old, template))
    assert not entry.fuzzy and entry.msgstr.endswith("fichier")


def test_plural_added_fills_every_form_and_removed_keeps_the_first(tmp_path: Path,
                                                                   stele: Callable[..., Result]) -> None:
    added = _merge(tmp_path, stele, *FUZZY_BY_MERGE["plural added"])
    assert '#, fuzzy\nmsgid "%d file"\nmsgid_plural "%d files"\nmsgstr[0] "%d fichier"\nmsgstr[1] "%d fichier"\n' \
        in added
    removed = _merge(tmp_path, stele, *FUZZY_BY_MERGE["plural removed"])
    assert '#, fuzzy\nmsgid "%d file"\nmsgstr "%d fichier"\n' in removed


def test_update_marks_plural_added_fuzzy_and_the_gate_holds_pages_back(site: Path,
                                                                      stele: Callable[..., Result]) -> None:
    """The site-wide disclaimer heading becomes a plural message: its old translation is no longer reviewed,
    so every health page of every locale is held back until a translator reviews it."""
    partial = site / "templates/partials/disclaimer.html"
    partial.write_text(partial.read_text(encoding="utf-8").replace(
        '{{ _("Medical disclaimer") }}', '{{ ngettext("Medical disclaimer", "Medical disclaimers", 1) }}'),
        encoding="utf-8")
    assert stele("--project", site, "extract").exit_code == 0
    assert stele("--project", site, "update").exit_code == 0
    entry = polib.pofile(str(site / "locales/ru/LC_MESSAGES/site.po")).find("Medical disclaimer")
    assert entry is not None and entry.fuzzy and entry.msgstr_plural[0] == "Медицинское предупреждение"
    result = stele("--project", site, "build")
    held = [line for line in result.stderr.splitlines() if "not published" in line]
    assert len(held) == 4 and all("[disclaimer] disclaimer (site-box) is fuzzy" in line for line in held)
    assert not (site / "public/ru/kratom-muscle-soreness-dosage").exists()
    assert (site / "public/en/kratom-muscle-soreness-dosage/index.html").exists()


def test_previous_only_with_the_option_and_the_older_one_kept(tmp_path: Path, stele: Callable[..., Result]) -> None:
    old = '#, fuzzy\n#| msgid "Hello"\nmsgid "Hello world"\nmsgstr "Bonjour le monde"\n'
    template = 'msgid "Hello world"\nmsgstr ""\n'
    assert "#|" not in _merge(tmp_path, stele, old, template)
    assert '#, fuzzy\n#| msgid "Hello"\nmsgid "Hello world"\n' in _merge(tmp_path, stele, old, template, "--previous")


def test_fuzzy_guess_has_no_stele_comments_unless_asked(tmp_path: Path, stele: Callable[..., Result]) -> None:
    old = 'msgid "Take 1-2 grams with water."\nmsgstr "Prenez 1 à 2 grammes avec de l\'eau."\n'
    template = 'msgid "Take 1-3 grams with water."\nmsgstr ""\n'
    plain = _merge(tmp_path, stele, old, template, "-N")
    assert "stele" not in plain and "#~" in plain and "#, fuzzy" not in plain
    guessed = _merge(tmp_path, stele, old, template)
    assert "stele" not in guessed and "#~" not in guessed and "#, fuzzy\n" in guessed
    ours = stele("merge", "--guess-notes", "--keep-sources", tmp_path / "fr.po", tmp_path / "messages.pot").output
    assert "# stele: fuzzy guess from a message with other numbers (1 2 → 1 3)" in ours
    assert '#~ msgid "Take 1-2 grams with water."' in ours


def test_header_as_msgmerge_merges_it(tmp_path: Path, stele: Callable[..., Result]) -> None:
    """Known fields in the standard order, Report-Msgid-Bugs-To and POT-Creation-Date from the template,
    Language from Language-Team, other fields (Plural-Forms among them) after them in the catalog's order."""
    definitions = write(tmp_path / "fr.po", 'msgid ""\nmsgstr ""\n"X-Generator: Poedit\\n"\n'
                        '"Plural-Forms: nplurals=2; plural=(n > 1);\\n"\n"Language-Team: French <fr@li.org>\\n"\n'
                        '"Content-Type: text/plain; charset=UTF-8\\n"\n"Project-Id-Version: demo\\n"\n\n'
                        'msgid "a"\nmsgstr "b"\n')
    reference = write(tmp_path / "messages.pot", POT + 'msgid "a"\nmsgstr ""\n')
    result = stele("merge", definitions, reference)
    assert result.output.startswith(
        'msgid ""\nmsgstr ""\n"Project-Id-Version: demo\\n"\n"Report-Msgid-Bugs-To: bugs@example.org\\n"\n'
        '"POT-Creation-Date: 2026-11-01 10:00+0000\\n"\n"Language-Team: French <fr@li.org>\\n"\n"Language: fr\\n"\n'
        '"Content-Type: text/plain; charset=UTF-8\\n"\n"X-Generator: Poedit\\n"\n'
        '"Plural-Forms: nplurals=2; plural=(n > 1);\\n"\n\n')
    if GNU:
        assert result.output == subprocess.run(["msgmerge", "-q", str(definitions), str(reference)],
                                               capture_output=True, text=True, check=True).stdout


def test_koi8r_catalog_with_utf8_template_becomes_utf8(tmp_path: Path, stele: Callable[..., Result]) -> None:
    definitions = tmp_path / "ru.po"
    definitions.write_bytes((HEADER.replace("UTF-8", "KOI8-R") + 'msgid "Hello"\nmsgstr "Привет"\n').encode("koi8-r"))
    reference = write(tmp_path / "messages.pot", POT.replace("CHARSET", "UTF-8") + 'msgid "Hello"\nmsgstr ""\n'
                      'msgid "Жёлтый"\nmsgstr ""\n')
    out = tmp_path / "out.po"
    assert stele("merge", definitions, reference, "-o", out).exit_code == 0
    text = out.read_bytes().decode("utf-8")
    assert "charset=UTF-8" in text and 'msgstr "Привет"' in text and 'msgid "Жёлтый"' in text
    if GNU:
        subprocess.run(["msgmerge", "-q", "-o", str(tmp_path / "gnu.po"), str(definitions), str(reference)], check=True)
        assert out.read_bytes() == (tmp_path / "gnu.po").read_bytes()


def test_update_option_rewrites_only_on_change(tmp_path: Path, stele: Callable[..., Result]) -> None:
    definitions = write(tmp_path / "fr.po", HEADER + 'msgid "a"\nmsgstr "b"\n')
    reference = write(tmp_path / "messages.pot", 'msgid "a"\nmsgstr ""\n')
    before = definitions.stat().st_mtime_ns
    assert stele("merge", "-U", definitions, reference).exit_code == 0
    assert definitions.stat().st_mtime_ns == before
    write(tmp_path / "messages.pot", 'msgid "a"\nmsgstr ""\n\nmsgid "c"\nmsgstr ""\n')
    assert stele("merge", "-U", definitions, reference).exit_code == 0
    assert definitions.read_text(encoding="utf-8").endswith('msgid "a"\nmsgstr "b"\n\nmsgid "c"\nmsgstr ""\n')


def test_compendium_and_for_msgfmt(tmp_path: Path, stele: Callable[..., Result]) -> None:
    compendium = write(tmp_path / "compendium.po", HEADER + 'msgid "Bye"\nmsgstr "Au revoir"\n')
    output = _merge(tmp_path, stele, 'msgid "Hello"\nmsgstr "Bonjour"\n', 'msgid "Hello"\nmsgstr ""\n\n'
                    'msgid "Bye"\nmsgstr ""\n\nmsgid "New"\nmsgstr ""\n', "-C", str(compendium))
    assert 'msgid "Bye"\nmsgstr "Au revoir"\n' in output
    only = _merge(tmp_path, stele, 'msgid "Hello"\nmsgstr "Bonjour"\n\n#~ msgid "x"\n#~ msgstr "y"\n',
                  'msgid "Hello"\nmsgstr ""\n\nmsgid "New"\nmsgstr ""\n', "--for-msgfmt")
    assert only.endswith('\nmsgid "Hello"\nmsgstr "Bonjour"\n') and "New" not in only and "#~" not in only


LONG = "Nothing in this sentence should be broken anywhere but between its words, "


@pytest.mark.parametrize(("entry", "options"), [
    (f'#, no-wrap\nmsgid "{LONG * 2}"\nmsgstr ""\n', ()),
    (f'msgid "{LONG * 2}"\nmsgstr ""\n', ("--no-wrap",)),
    (f'#: a.c:1 b.c:2 c.c:3 d.c:4 e.c:5 f.c:6\nmsgid "{LONG}"\nmsgstr ""\n', ("-w", "40")),
    ('#, c-format\nmsgid "' + "x" * 73 + ' %.*s and then more text"\nmsgstr ""\n', ()),
    ('#, python-format\nmsgid "' + "x" * 62 + ' %(count)d and then more text"\nmsgstr ""\n', ()),
    ('#, no-wrap, python-format, fuzzy, c-format, range: 1..5\nmsgid "%d"\nmsgstr "%d"\n', ()),
    ('msgid "b"\nmsgstr "1"\n\nmsgid "a"\nmsgstr "2"\n', ("--sort-output",)),
    ('#\n# trailing blanks   \n#   \n#no space\n#. extracted  \n#, fuzzy\nmsgid "untranslated"\nmsgstr ""\n\n'
     '#, no-c-format, impossible-python-format, possible-c-format\nmsgid "100% sure"\nmsgstr "sicher"\n\n'
     '#, wrap\nmsgid "w"\nmsgstr "w"\n', ()),
])
def test_format_writes_as_msgcat(tmp_path: Path, stele: Callable[..., Result], entry: str,
                                 options: tuple[str, ...]) -> None:
    source = write(tmp_path / "fr.po", HEADER + entry)
    result = stele("format", *options, source)
    assert result.exit_code == 0
    if shutil.which("msgcat"):
        assert result.output == subprocess.run(["msgcat", *options, str(source)], capture_output=True, text=True,
                                               check=True).stdout


def test_format_keeps_directives_whole_and_flags_in_order(tmp_path: Path, stele: Callable[..., Result]) -> None:
    source = write(tmp_path / "fr.po", HEADER + '#, range: 1..5, no-wrap, c-format, fuzzy\nmsgid "%d"\nmsgstr "%d"\n'
                   '\n#, c-format\nmsgid "' + "x" * 73 + ' %.*s and then more text"\nmsgstr ""\n'
                   '\n# kept as written  \n#, wrap, possible-python-format\nmsgid "%s"\nmsgstr "%s"\n')
    output = stele("format", source).output
    assert '#, fuzzy, c-format, range: 1..5, no-wrap\n' in output
    assert '# kept as written  \n#, python-format\nmsgid "%s"\n' in output
    assert '"' + "x" * 73 + ' "\n"%.*s and then more text"\n' in output  # not '… %."' then '"*s …'



def _mo_case(tmp_path: Path) -> Path:
    entries = "".join(f'msgid "message {i}"\nmsgstr "traduit {i}"\n\n' for i in range(30))
    return write(tmp_path / "fr.po", HEADER + entries + 'msgctxt "menu"\nmsgid "message 1"\nmsgstr "menu"\n\n'
                 'msgid "one"\nmsgid_plural "many"\nmsgstr[0] "un"\nmsgstr[1] "des"\n\n'
                 '#, fuzzy\nmsgid "fuzzy"\nmsgstr "flou"\n\nmsgid "empty"\nmsgstr ""\n')


def test_compile_writes_msgfmts_bytes_with_its_hash_table(tmp_path: Path, stele: Callable[..., Result]) -> None:
    source = _mo_case(tmp_path)
    result = stele("compile", "--statistics", source, "-o", tmp_path / "ours.mo")
    assert result.stderr == "32 translated messages, 1 fuzzy translation, 1 untranslated message.\n"
    data = (tmp_path / "ours.mo").read_bytes()
    assert int.from_bytes(data[20:24], "little") == 47  # gettext's next prime over 4/3 of the 33 strings
    if GNU:
        subprocess.run(["msgfmt", "-o", str(tmp_path / "gnu.mo"), str(source)], check=True)
        assert data == (tmp_path / "gnu.mo").read_bytes()


def test_compile_edge_cases_as_msgfmt(tmp_path: Path, stele: Callable[..., Result]) -> None:
    """A partly translated plural is compiled and counted as translated; an empty msgid with a msgctxt is a
    message; a translation ends at its first NUL."""
    source = write(tmp_path / "fr.po", '#, fuzzy\nmsgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
                   '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\nmsgid "partial"\nmsgid_plural "partials"\n'
                   'msgstr[0] "p"\nmsgstr[1] ""\n\nmsgid "first empty"\nmsgid_plural "first emptys"\n'
                   'msgstr[0] ""\nmsgstr[1] "x"\n\nmsgctxt "c"\nmsgid ""\nmsgstr "context only"\n\n'
                   'msgid "nul"\nmsgstr "ok\\0after"\n')
    result = stele("compile", "--statistics", source, "-o", tmp_path / "ours.mo")
    assert result.stderr == "3 translated messages, 1 untranslated message.\n"
    compiled = mo.read_mo(tmp_path / "ours.mo")
    assert compiled.lookup("", "c") == "context only" and compiled.lookup("nul") == "ok"
    if GNU:
        subprocess.run(["msgfmt", "-o", str(tmp_path / "gnu.mo"), str(source)], check=True)
        assert (tmp_path / "ours.mo").read_bytes() == (tmp_path / "gnu.mo").read_bytes()


def test_compile_writes_nothing_for_a_catalog_without_messages(tmp_path: Path, stele: Callable[..., Result]) -> None:
    source = write(tmp_path / "fr.po", 'msgid "a"\nmsgstr ""\n\n#, fuzzy\nmsgid "b"\nmsgstr "c"\n')
    assert stele("compile", source, "-o", tmp_path / "fr.mo").exit_code == 0
    assert not (tmp_path / "fr.mo").exists()


def test_compile_domain_directives_and_several_files(tmp_path: Path, stele: Callable[..., Result],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "all.po", 'domain "app"\nmsgid "x"\nmsgstr "y"\n\ndomain "lib"\nmsgid "z"\nmsgstr "w"\n')
    assert stele("compile", "all.po").exit_code == 0
    assert (tmp_path / "app.mo").exists() and (tmp_path / "lib.mo").exists()
    write(tmp_path / "a.po", HEADER + 'msgid "a"\nmsgstr "b"\n')
    write(tmp_path / "b.po", 'msgid "a"\nmsgstr "c"\n')
    result = stele("compile", "a.po", "b.po", "-o", "ab.mo")
    assert result.exit_code == 1 and "duplicate message definition (first defined at a.po:" in result.stderr
    if GNU:
        subprocess.run(["msgfmt", "-o", "gnu.mo", "all.po"], check=True)
        assert stele("compile", "all.po", "-o", "ours.mo").exit_code == 0
        assert (tmp_path / "ours.mo").read_bytes() == (tmp_path / "gnu.mo").read_bytes()


def test_merge_domain_directives(tmp_path: Path, stele: Callable[..., Result]) -> None:
    definitions = write(tmp_path / "fr.po", 'msgid "x"\nmsgstr "y0"\n\ndomain "a"\nmsgid "x"\nmsgstr "y"\n')
    reference = write(tmp_path / "messages.pot", 'domain "a"\nmsgid "x"\nmsgstr ""\n\nmsgid "q"\nmsgstr ""\n')
    result = stele("merge", definitions, reference)
    assert result.output == ('#~ msgid "x"\n#~ msgstr "y0"\n\ndomain "a"\n\nmsgid "x"\nmsgstr "y"\n\n'
                             'msgid "q"\nmsgstr ""\n')
    if GNU:
        assert result.output == subprocess.run(["msgmerge", "-q", str(definitions), str(reference)],
                                               capture_output=True, text=True, check=True).stdout


def test_compile_check_reports_and_exits_1_as_msgfmt_c(tmp_path: Path, stele: Callable[..., Result]) -> None:
    faithful = write(tmp_path / "ok.po", HEADER + '#, c-format\nmsgid "%d files"\nmsgstr "%d fichiers"\n')
    assert stele("compile", "-c", faithful, "-o", tmp_path / "ok.mo").exit_code == 0
    broken = write(tmp_path / "bad.po", HEADER + '#, c-format\nmsgid "%d files"\nmsgstr "fichiers"\n')
    result = stele("compile", "-c", broken, "-o", tmp_path / "bad.mo")
    assert result.exit_code == 1 and "[format]" in result.stderr
    assert (tmp_path / "bad.mo").exists()  # as msgfmt: written all the same


@needs_gnu
def test_differential_harness_agrees_on_every_case() -> None:
    """bench/gnu_dropin.py: every case agrees with GNU gettext (exit 2, nothing run, when it is not installed)."""
    bench = Path(__file__).resolve().parent.parent / "bench"
    done = subprocess.run(["python", str(bench / "gnu_dropin.py")], capture_output=True, text=True, cwd=bench,
                          check=False)
    assert [line for line in done.stdout.splitlines() if line.startswith("FAIL")] == []
    assert done.returncode == (0 if GNU else 2), done.stdout[-2000:]


@given(st.lists(st.binary(min_size=0, max_size=300).map(lambda b: b.replace(b"\0", b"")), max_size=20))
def test_native_hash_equals_gettexts_hash_string(keys: list[bytes]) -> None:
    """The libelf fast path (when present) and the Python loop give the same 32-bit hashpjw."""
    assert mo._native_hasher()(keys) == [mo.hash_string(key) for key in keys]
    assert mo.hash_string(b"") == 0 and mo.hash_string(b"ab") == (ord("a") << 4) + ord("b")
