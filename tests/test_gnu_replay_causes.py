"""Root causes found by replaying GNU gettext's own tests (bench/gnu_replay.py), each as a case of our own PO text.

Where GNU gettext is installed (CI installs it), msgmerge's or msgfmt's output is the reference as well.
"""

from __future__ import annotations

import gettext
import subprocess
from collections.abc import Callable
from pathlib import Path

from click.testing import Result

from .conftest import write
from .test_gnu_dropin import GNU, HEADER, _merge


def test_template_obsolete_entries_keep_a_match_obsolete(tmp_path: Path, stele: Callable[..., Result]) -> None:
    """A template that is itself a merged catalog: its #~ entries are not messages to translate; a message the
    catalog still has active but the template only as #~ becomes obsolete, after the live ones; one the catalog
    lacks is copied as a live message (msgmerge)."""
    old = ('#, python-brace-format\nmsgid "Take {n} tablets."\nmsgstr "Prenez {n} comprimés."\n\n'
           'msgid "Drink water."\nmsgstr "Buvez de l\'eau."\n')
    template = ('#~ msgid "Take {n} tablets."\n#~ msgstr ""\n\nmsgid "Drink water."\nmsgstr ""\n\n'
                'msgid "Rest."\nmsgstr ""\n\n#~ msgid "Sleep."\n#~ msgstr ""\n')
    merged = _merge(tmp_path, stele, old, template, "-N")
    assert merged.endswith('msgid "Drink water."\nmsgstr "Buvez de l\'eau."\n\nmsgid "Rest."\nmsgstr ""\n\n'
                           'msgid "Sleep."\nmsgstr ""\n\n'
                           '#~ msgid "Take {n} tablets."\n#~ msgstr "Prenez {n} comprimés."\n')


def test_translation_already_in_the_template_is_kept(tmp_path: Path, stele: Callable[..., Result]) -> None:
    """A template message no catalog message matches keeps the translation the template carries (msgmerge copies
    the template's message); with --for-msgfmt it is then compiled."""
    old = 'msgid "Drink water."\nmsgstr "Buvez de l\'eau."\n'
    template = 'msgid "Drink water."\nmsgstr ""\n\nmsgid "Ibuprofen"\nmsgstr "Ibuprofène"\n'
    assert _merge(tmp_path, stele, old, template, "-N").endswith('msgid "Ibuprofen"\nmsgstr "Ibuprofène"\n')
    assert _merge(tmp_path, stele, old, template, "--for-msgfmt").endswith('msgid "Ibuprofen"\nmsgstr "Ibuprofène"\n')


SORTABLE = (
    'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n'
    '#: pages/dose.md:30 pages/asthma.md:12 pages/asthma.md:4\nmsgid "Inhaler"\nmsgstr "Inhalateur"\n\n'
    'msgctxt "verb"\nmsgid "Rest"\nmsgstr "Se reposer"\n\nmsgid "Rest"\nmsgstr "Repos"\n\n'
    '#: pages/asthma.md:4\nmsgid "Cough"\nmsgstr "Toux"\n\n#: pages/asthma.md\nmsgid "Asthma"\nmsgstr "Asthme"\n\n'
    '#~ msgid "Wheeze"\n#~ msgstr "Sifflement"\n\n#~ msgid "Allergy"\n#~ msgstr "Allergie"\n'
)


def test_sort_by_file_and_output_as_msgcat(tmp_path: Path, stele: Callable[..., Result]) -> None:
    """--sort-by-file: each message's references sorted, messages without any first, ties (and messages without
    references, obsolete ones too) by msgid, no msgctxt before a msgctxt; --sort-output: by msgid, then msgctxt."""
    catalog = write(tmp_path / "fr.po", SORTABLE)
    by_file = stele("format", "--sort-by-file", catalog).output
    assert [line for line in by_file.splitlines() if line.startswith(("msgid", "#~ msgid", "#:"))][1:] == [
        'msgid "Rest"', 'msgid "Rest"', '#: pages/asthma.md', 'msgid "Asthma"', '#: pages/asthma.md:4',
        'msgid "Cough"', '#: pages/asthma.md:4 pages/asthma.md:12 pages/dose.md:30', 'msgid "Inhaler"',
        '#~ msgid "Allergy"', '#~ msgid "Wheeze"']
    assert by_file.index('msgid "Rest"\nmsgstr "Repos"') < by_file.index('msgctxt "verb"')
    by_msgid = stele("format", "--sort-output", catalog).output
    assert by_msgid.index('msgid "Rest"\nmsgstr "Repos"') < by_msgid.index('msgctxt "verb"')
    if GNU:
        for option, ours in (("--sort-by-file", by_file), ("--sort-output", by_msgid)):
            assert ours == subprocess.run(["msgcat", option, str(catalog)], capture_output=True, text=True,
                                          check=True).stdout


def test_compendium_translation_beats_an_untranslated_catalog_message(tmp_path: Path,
                                                                      stele: Callable[..., Result]) -> None:
    """msgmerge -C: the catalog has the message but no translation; the compendium's translation is taken."""
    compendium = write(tmp_path / "compendium.po",
                       HEADER + 'msgid "Fever"\nmsgstr "Fièvre"\n\nmsgid "Cough"\nmsgstr "Tux"\n')
    merged = _merge(tmp_path, stele, 'msgid "Fever"\nmsgstr ""\n\nmsgid "Cough"\nmsgstr "Toux"\n',
                    'msgid "Fever"\nmsgstr ""\n\nmsgid "Cough"\nmsgstr ""\n', "-C", str(compendium))
    assert merged.endswith('msgid "Fever"\nmsgstr "Fièvre"\n\nmsgid "Cough"\nmsgstr "Toux"\n')


def test_catalog_without_header_takes_the_compendiums(tmp_path: Path, stele: Callable[..., Result]) -> None:
    """msgmerge -C COMPENDIUM /dev/null REF: the header is looked up as any message, so the compendium's header
    (here ISO-8859-1) is the merged catalog's, and the output is written in its charset."""
    compendium = tmp_path / "compendium.po"
    compendium.write_bytes('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=ISO-8859-1\\n"\n\n'
                           'msgid "Fever"\nmsgstr "Fièvre"\n'.encode("latin-1"))
    empty = write(tmp_path / "empty.po", "")
    reference = write(tmp_path / "messages.pot", 'msgid "Fever"\nmsgstr ""\n\nmsgid "Rash"\nmsgstr ""\n')
    out = tmp_path / "out.po"
    assert stele("merge", "-C", compendium, "-o", out, empty, reference).exit_code == 0
    assert out.read_bytes() == ('msgid ""\nmsgstr "Content-Type: text/plain; charset=ISO-8859-1\\n"\n\n'
                                'msgid "Fever"\nmsgstr "Fièvre"\n\nmsgid "Rash"\nmsgstr ""\n').encode("latin-1")
    if GNU:
        gnu = subprocess.run(["msgmerge", "-q", "-C", str(compendium), "-o", "-", str(empty), str(reference)],
                             capture_output=True, check=True).stdout
        assert out.read_bytes() == gnu


def test_catalog_that_breaks_its_charset_exits_1_as_msgfmt(tmp_path: Path, stele: Callable[..., Result]) -> None:
    """msgfmt (with or without -c) and msgmerge exit 1 on bytes invalid in the declared charset: a problem found in
    the catalog, not a usage error."""
    catalog = tmp_path / "fr.po"
    catalog.write_bytes(HEADER.encode() + 'msgid "Fever"\nmsgstr "Fièvre"\n'.encode("latin-1"))
    reference = write(tmp_path / "messages.pot", 'msgid "Fever"\nmsgstr ""\n')
    for argv in (["compile", catalog], ["compile", "-c", catalog], ["merge", catalog, reference]):
        result = stele(*argv)
        assert result.exit_code == 1, result.output
        assert result.output.count("fr.po:") == 1
    if GNU:
        for gnu in (["msgfmt", "-o", "/dev/null"], ["msgfmt", "-c", "-o", "/dev/null"]):
            assert subprocess.run([*gnu, str(catalog)], capture_output=True, check=False).returncode == 1


SYSDEP = (
    'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n'
    '#, c-format\nmsgid "%d tablets"\nmsgstr "%d comprimés"\n\n'
    '#, c-format\nmsgid "Dose: %<PRIu32> mg"\nmsgstr "Dose : %<PRIu32> mg"\n\n'
    '#, c-format\nmsgctxt "daily"\nmsgid "%<PRId64> dose"\nmsgid_plural "%<PRId64> doses"\n'
    'msgstr[0] "%Id dose de %<PRId64>"\nmsgstr[1] "%Id doses de %<PRId64>"\n\n'
    'msgid "<PRIu32> is not a directive without c-format"\nmsgstr "<PRIu32> n\'est pas une directive ici"\n'
)


def test_compile_writes_system_dependent_strings_as_msgfmt(tmp_path: Path, stele: Callable[..., Result]) -> None:
    """c-format strings with <inttypes.h> macros (%<PRIu32>) or the 'I' flag go into the .mo's system-dependent
    segments (revision 1, major 1 for 'I'), which glibc expands at load time; Python's gettext sees only the static
    strings, in stele's file as in msgfmt's."""
    catalog = write(tmp_path / "fr.po", SYSDEP)
    for options in ((), ("--no-hash",)):
        out = tmp_path / "fr.mo"
        assert stele("compile", *options, "-o", out, catalog).exit_code == 0
        data = out.read_bytes()
        assert data[4:8] == bytes([1, 0, 1, 0]) and b"\0PRIu32\0PRId64\0I\0" in data
        with out.open("rb") as handle:
            keys = sorted(gettext.GNUTranslations(handle)._catalog)  # type: ignore[attr-defined]
        assert keys == ["", "%d tablets", "<PRIu32> is not a directive without c-format"]
        if GNU:
            subprocess.run(["msgfmt", *options, "-o", str(tmp_path / "gnu.mo"), str(catalog)], check=True)
            assert data == (tmp_path / "gnu.mo").read_bytes()
            shown = subprocess.run(["msgunfmt", str(out)], capture_output=True, text=True, check=True).stdout
            assert 'msgstr[1] "%Id doses de %<PRId64>"' in shown and 'msgstr "Dose : %<PRIu32> mg"' in shown


def test_format_keeps_domain_directives_as_msgcat(tmp_path: Path, stele: Callable[..., Result]) -> None:
    """msgcat rewrites a catalog with ``domain`` directives domain by domain, each after its directive."""
    catalog = write(tmp_path / "fr.po", 'domain "pages"\n\nmsgid ""\n'
                    'msgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                    '#, fuzzy\nmsgid "Fever"\nmsgstr "Fièvre"\n\n'
                    '#~ msgid "Rash"\n#~ msgstr "Éruption"\n\n'
                    'domain "site"\n\nmsgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                    'msgid "Home"\nmsgstr "Accueil"\n')
    result = stele("format", catalog)
    assert result.exit_code == 0 and result.output == catalog.read_text(encoding="utf-8")
    if GNU:
        assert result.output == subprocess.run(["msgcat", str(catalog)], capture_output=True, text=True,
                                               check=True).stdout


def test_compendium_fuzzy_entries_and_msgmerges_own_search(tmp_path: Path, stele: Callable[..., Result]) -> None:
    """msgmerge -C uses a compendium's fuzzy translations too (an exact match stays fuzzy), and guesses from the
    compendium by its own search (4-gram shortlist, fstrcmp over bytes), not stele's."""
    compendium = write(tmp_path / "compendium.po", HEADER + '#, fuzzy\nmsgid "Take one tablet"\nmsgstr "Prenez un '
                       'comprimé"\n\nmsgid "&Schedule:"\nmsgstr "&Horaire :"\n\nmsgid "Dose"\nmsgstr "Dose"\n')
    merged = _merge(tmp_path, stele, 'msgid "Rest"\nmsgstr "Repos"\n',
                    'msgid "Take one tablet"\nmsgstr ""\n\nmsgid "Take one tablet daily"\nmsgstr ""\n\n'
                    'msgid "Schedule"\nmsgstr ""\n', "-C", str(compendium))
    assert merged.count('#, fuzzy\nmsgid "Take one tablet') == 2 and '#, fuzzy\nmsgid "Schedule"\nmsgstr "&Horaire :"' \
        in merged


def test_a_reference_given_twice_is_written_once(tmp_path: Path, stele: Callable[..., Result]) -> None:
    catalog = write(tmp_path / "fr.po", HEADER + '#: pages/a.md:1 pages/b.md:2 pages/a.md:1\nmsgid "Rest"\n'
                    'msgstr "Repos"\n')
    result = stele("format", catalog)
    assert '#: pages/a.md:1 pages/b.md:2\nmsgid "Rest"' in result.output
    if GNU:
        assert result.output == subprocess.run(["msgcat", str(catalog)], capture_output=True, text=True,
                                               check=True).stdout
