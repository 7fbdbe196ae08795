"""PO and MO formats: read .po/.pot strictly (as msgfmt does), write them as msgcat does, compile .mo.

Knows nothing of articles or sites. The catalog model is ``catalog`` (Message, Catalog); ``syntax`` is the
strict reader of PO text, ``reader`` decodes files by their charset, ``writer`` writes msgcat's layout with
``wrap``'s line breaking, ``mo`` compiles (with ``fast``, the lean byte-level reader), ``parts`` reads large
files in pieces, ``plurals`` is the one Plural-Forms parser. Others import these names from here:
"""

from stele.po.catalog import Catalog, Message
from stele.po.mo import MoTranslations, compile_mo, compile_po_file, read_mo, write_mo
from stele.po.plurals import PluralForms, read_plural_forms
from stele.po.reader import parse_po_bytes, parse_po_file, read_po
from stele.po.writer import encode_po, patch_translations, render_po, write_po

__all__ = [
    "Catalog", "Message", "MoTranslations", "PluralForms", "compile_mo", "compile_po_file", "encode_po",
    "parse_po_bytes", "parse_po_file", "patch_translations", "read_mo", "read_plural_forms", "read_po",
    "render_po", "write_mo", "write_po",
]
