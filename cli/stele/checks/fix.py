"""Fix: stele fix applies the rules' safe fixes to the catalogs, changing only the translations it fixes."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from stele.catalogs import known_locales
from stele.catalogs.workflow import project_locales
from stele.fsutil import write_bytes_if_changed
from stele.locales import catalog_files
from stele.model import Config
from stele.po import Message, patch_translations, read_po
from stele.rules.typography import fixes_for, typeset


@dataclass(frozen=True, slots=True)
class Fixed:
    """One catalog stele fix looked at: how many messages it changed, and whether the file was written."""

    path: str
    messages: int
    written: bool


def fix_typography(config: Config, locales: list[str] | None = None) -> list[Fixed]:
    """Apply the ru/uk typography fixes to every catalog of ``locales`` (all by default). Every catalog is fixed and
    encoded before the first is written; bytes outside the fixed translations stay as they were."""
    codes = project_locales(config, locales, origin="stele fix") if locales else known_locales(config)
    prepared: list[tuple[Path, bytes, int]] = []
    for code in codes:
        fixes = fixes_for(code, config.check)
        if not fixes:
            continue
        for path in catalog_files(config, code):
            catalog = read_po(path, display=config.relative(path))
            fixed = [_fixed(m, typeset(m, fixes)) for m in catalog.entries if _fixable(m)]
            changed = [m for m in fixed if m is not None]
            if changed:
                data = path.read_bytes()
                charset = catalog.charset or "utf-8"
                text = patch_translations(data.decode(charset), changed)
                prepared.append((path, text.encode(charset), len(changed)))
    return [Fixed(config.relative(p), n, write_bytes_if_changed(p, data)) for p, data, n in prepared]


def _fixable(message: Message) -> bool:
    return not message.obsolete and not message.is_header and message.has_translation


def _fixed(message: Message, translations: list[str]) -> Message | None:
    if translations == message.translations:
        return None
    if message.msgid_plural is None:
        return replace(message, msgstr=translations[0])
    return replace(message, msgstr_plural=translations)
