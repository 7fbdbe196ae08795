"""Root causes found by replaying GNU gettext's own tests (bench/gnu_replay.py), each as a case of our own PO text.

Where GNU gettext is installed (CI installs it), msgmerge's or msgfmt's output is the reference as well.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from click.testing import Result

from .test_gnu_dropin import _merge


def test_template_obsolete_entries_keep_a_match_obsolete(tmp_path: Path, stele: Callable[..., Result]) -> None:
    """A template that is itself a merged catalog: its #~ entries are not messages to translate; a message the
    catalog still has active but the template only as #~ becomes obsolete, after the live ones (msgmerge)."""
    old = ('#, python-brace-format\nmsgid "Take {n} tablets."\nmsgstr "Prenez {n} comprimés."\n\n'
           'msgid "Drink water."\nmsgstr "Buvez de l\'eau."\n')
    template = ('#~ msgid "Take {n} tablets."\n#~ msgstr ""\n\nmsgid "Drink water."\nmsgstr ""\n\n'
                'msgid "Rest."\nmsgstr ""\n')
    merged = _merge(tmp_path, stele, old, template, "-N")
    assert merged.endswith('msgid "Drink water."\nmsgstr "Buvez de l\'eau."\n\nmsgid "Rest."\nmsgstr ""\n\n'
                           '#~ msgid "Take {n} tablets."\n#~ msgstr "Prenez {n} comprimés."\n')


def test_translation_already_in_the_template_is_kept(tmp_path: Path, stele: Callable[..., Result]) -> None:
    """A template message no catalog message matches keeps the translation the template carries (msgmerge copies
    the template's message); with --for-msgfmt it is then compiled."""
    old = 'msgid "Drink water."\nmsgstr "Buvez de l\'eau."\n'
    template = 'msgid "Drink water."\nmsgstr ""\n\nmsgid "Ibuprofen"\nmsgstr "Ibuprofène"\n'
    assert _merge(tmp_path, stele, old, template, "-N").endswith('msgid "Ibuprofen"\nmsgstr "Ibuprofène"\n')
    assert _merge(tmp_path, stele, old, template, "--for-msgfmt").endswith('msgid "Ibuprofen"\nmsgstr "Ibuprofène"\n')
