"""The meaning rules read a symbolic message ID's Default text, as the numbers rule does (Zope and Plone: msgid
``label_keep``, ``#. Default: "Do not delete"``): they compared the identifier, so «Löschen» for "Do not delete"
passed, and "Yes/No" → "Ja/Nein" was a negation added. On the django-cms + Plone catalogs polarity warnings fell
from 2,160 to 707 and modality from 784 to 562 (errors unchanged). A translation with no Default to compare is still
read for invisible characters."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from click.testing import Result

from tests.test_precision import check, entry, header, write

Run = Callable[..., Result]


def _plone(tmp_path: Path, *entries: str, locale: str = "de") -> Path:
    return write(tmp_path / locale / "LC_MESSAGES" / "plone.po", header(locale) + "".join(entries))


def test_a_negation_dropped_from_a_default_text_is_reported(tmp_path: Path, stele: Run) -> None:
    po = _plone(tmp_path, entry("label_keep", "Löschen", '#. Default: "Do not delete"\n'),
                entry("label_boolean_field", "Ja/Nein", '#. Default: "Yes/No"\n'))
    assert [(f[0], f[1], f[2], f[3]) for f in check(stele, po, "polarity", "modality")] == [
        (11, "warning", "polarity", "translation drops a negation: the source has 1 (“not”), the translation 0 "
                                    "(none); check that it does not say the opposite")]


def test_a_disclaimer_default_text_is_read_by_every_meaning_rule(tmp_path: Path, stele: Run) -> None:
    disclaimer = '#. DISCLAIMER (pregnancy)\n#. Default: "Always consult a doctor if you are pregnant."\n'
    po = _plone(tmp_path, entry("disclaimer_pregnancy", "Иногда консультируйтесь с врачом.", disclaimer), locale="ru")
    assert sorted((f[1], f[2]) for f in check(stele, po, "polarity", "modality", "coverage")) == [
        ("error", "coverage"), ("error", "modality")]


def test_a_translation_with_no_default_text_is_still_read_for_invisible_characters(tmp_path: Path,
                                                                                    stele: Run) -> None:
    po = _plone(tmp_path, entry("label_title", "Titel\u202e"))
    assert [(f[1], f[2]) for f in check(stele, po, "invisible")] == [("error", "invisible")]
