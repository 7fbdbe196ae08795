"""TM: translation memory in TMX, and machine translation as a plug-in whose results are always fuzzy."""

from __future__ import annotations

import codecs
import os
import re
import shlex
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from stele import __version__
from stele.catalogs.workflow import known_locales, project_locales
from stele.errors import CatalogError, SteleError
from stele.fsutil import write_bytes_atomic, write_bytes_if_changed
from stele.locales import SITE_DOMAIN, bcp47, messages_dir
from stele.model import Config
from stele.po import Catalog, Message, encode_po, read_po

TM_COMMENT = "stele: from translation memory (TMX)"
MT_COMMENT = "stele: machine translation, not reviewed"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_XML_ILLEGAL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_ENTITY_RE = re.compile(r"<!ENTITY", re.I)
_INTERNAL_SUBSET_RE = re.compile(r"<!DOCTYPE[^>\[]*\[", re.I)
_DECLARED_RE = re.compile(rb"""^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
    (b"<\x00?\x00", "utf-16-le"),
    (b"\x00<\x00?", "utf-16-be"),
)

class TmxError(SteleError):
    """A TMX file cannot be read, is not TMX, or cannot be written."""


class MachineTranslationError(SteleError):
    """The machine translation command failed or gave no translation."""


# --- export -------------------------------------------------------------------------------------------------------


def export_tmx(config: Config, path: Path, *, locales: list[str] | None = None) -> int:
    """Write every translated, non-fuzzy singular message of the catalogs to ``path`` as TMX 1.4b.

    One ``<tu>`` per distinct msgctxt + msgid, with a ``<tuv>`` for the source and each locale
    that has it (the first catalog in domain order wins where a locale has two translations).
    Returns the number of units.
    """
    codes = project_locales(config, locales, origin="stele tm export") if locales else known_locales(config)
    units: dict[tuple[str | None, str], dict[str, str]] = {}
    for code in codes:
        for entry in _exportable(config, code, required=bool(locales)):
            units.setdefault((entry.msgctxt, entry.msgid), {}).setdefault(code, entry.msgstr)
    root = ET.Element("tmx", version="1.4")
    ET.SubElement(root, "header", _header(config.source_locale))
    body = ET.SubElement(root, "body")
    for (context, msgid), translations in units.items():
        unit = ET.SubElement(body, "tu")
        if context is not None:
            ET.SubElement(unit, "prop", type="x-context").text = context
        for code, text in ((config.source_locale, msgid), *translations.items()):
            ET.SubElement(ET.SubElement(unit, "tuv", {XML_LANG: bcp47(code)}), "seg").text = text
    ET.indent(root)
    write_bytes_atomic(path, ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n")
    return len(units)


def _header(source_locale: str) -> dict[str, str]:
    return {
        "creationtool": "stele",
        "creationtoolversion": __version__,
        "srclang": bcp47(source_locale),
        "datatype": "plaintext",
        "segtype": "paragraph",
        "adminlang": "en",
        "o-tmf": "gettext",
    }


def _exportable(config: Config, code: str, *, required: bool) -> Iterator[Message]:
    """The locale's translated, non-fuzzy, singular entries, articles first and ``site`` last."""
    for path in catalog_paths(config, code, required=required):
        shown = config.relative(path)
        for entry in read_po(path, display=shown):
            if not entry.translated or entry.msgid_plural is not None or not entry.msgid:
                continue  # TMX has no plural forms
            bad = _XML_ILLEGAL_RE.search(entry.msgid + entry.msgstr)
            if bad:
                raise TmxError(
                    f"control character U+{ord(bad.group()):04X} cannot go into XML; remove it from the entry",
                    path=shown,
                    line=entry.line,
                )
            yield entry


def catalog_paths(config: Config, code: str, *, required: bool = True) -> list[Path]:
    """The locale's catalogs, articles first and ``site`` last; none at all is an error when ``required``."""
    folder = messages_dir(config.locales_dir, code)
    paths = sorted(folder.glob("*.po"), key=lambda p: (p.stem == SITE_DOMAIN, p.stem))
    if not paths and required:
        raise CatalogError(f"no catalogs for locale {code!r}; run 'stele init {code}'", path=config.relative(folder))
    return paths


# --- import -------------------------------------------------------------------------------------------------------


def import_tmx(path: Path, *, source_locale: str = "en") -> dict[str, dict[str, str]]:
    """Read a TMX file into ``{locale: {source text: translation}}``.

    The source language is the header's ``srclang`` (a ``<tu srclang>`` overrides it; ``*all*`` or
    none means ``source_locale``). A ``ru-RU`` translation is filed under ``ru_RU`` and ``ru``.
    Inline codes (``<bpt>``, ``<ph>``…) give back their native text. Where a text has two
    translations into one locale, the first wins.
    """
    root = _parse_tmx(path)
    if _local(root.tag) != "tmx":
        raise TmxError(f"not a TMX file: the root element is <{_local(root.tag)}>, not <tmx>", path=path)
    header = _child(root, "header")
    default = header.get("srclang", "*all*") if header is not None else "*all*"
    body = _child(root, "body")
    if body is None:
        raise TmxError("not a TMX file: no <body> element", path=path)
    memory: dict[str, dict[str, str]] = {}
    for unit in body:
        if _local(unit.tag) == "tu":
            srclang = unit.get("srclang", default)
            _add_unit(memory, unit, source_locale if srclang == "*all*" else srclang)
    return memory


def _add_unit(memory: dict[str, dict[str, str]], unit: ET.Element, srclang: str) -> None:
    variants = [(lang, _seg_text(tuv)) for tuv in unit if _local(tuv.tag) == "tuv" and (lang := _lang(tuv))]
    keys = [locale_keys(lang) for lang, _ in variants]
    wanted = locale_keys(srclang)
    if not wanted:
        return
    source_at = next((i for i, k in enumerate(keys) if k and k[0] == wanted[0]), None)
    if source_at is None:
        source_at = next((i for i, k in enumerate(keys) if k and k[-1] == wanted[-1]), None)
    if source_at is None or not variants[source_at][1]:
        return
    source = variants[source_at][1]
    for index, (_, text) in enumerate(variants):
        if index != source_at and text:
            for key in keys[index]:
                memory.setdefault(key, {}).setdefault(source, text)


def locale_keys(tag: str) -> tuple[str, ...]:
    """Where an ``xml:lang`` tag is filed: ``ru-RU`` → (``ru_RU``, ``ru``); ``ru`` → (``ru``,); junk → ()."""
    parts = re.split(r"[-_]", tag.strip())
    language = parts[0].lower()
    if not re.fullmatch(r"[a-z]{2,3}", language):
        return ()
    region = next((p.upper() for p in parts[1:] if re.fullmatch(r"[A-Za-z]{2}|[0-9]{3}", p)), None)
    return (f"{language}_{region}", language) if region else (language,)


def _lang(tuv: ET.Element) -> str:
    return tuv.get(XML_LANG) or tuv.get("lang") or ""  # TMX 1.1 wrote lang="…"


def _seg_text(tuv: ET.Element) -> str:
    seg = _child(tuv, "seg")
    return "".join(seg.itertext()) if seg is not None else ""


def _child(element: ET.Element, name: str) -> ET.Element | None:
    return next((child for child in element if _local(child.tag) == name), None)


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


def _parse_tmx(path: Path) -> ET.Element:
    """Parse untrusted XML: no entity declarations, no internal DTD subset; errors name the line."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise TmxError(f"cannot read: {exc.strerror or exc}", path=path) from None
    text = _decode(data, path)
    for pattern, what in ((_ENTITY_RE, "an entity declaration"), (_INTERNAL_SUBSET_RE, "a DTD with declarations")):
        found = pattern.search(text)
        if found:
            raise TmxError(
                f"refused: the file holds {what} (<!ENTITY or <!DOCTYPE … [), which TMX does not need "
                "and which can expand without bound; export the TMX again without it",
                path=path,
                line=text.count("\n", 0, found.start()) + 1,
            )
    parser = ET.XMLParser()
    try:
        parser.feed(text)
        return parser.close()
    except ET.ParseError as exc:
        line, column = exc.position
        reason = re.sub(r": line \d+, column \d+$", "", str(exc))
        raise TmxError(
            f"malformed XML: {reason} (column {column + 1}); fix the file or export it again", path=path, line=line
        ) from None


def _decode(data: bytes, path: Path) -> str:
    """The text of an XML document, by its byte order mark or its declared encoding (UTF-8 by default)."""
    codec = next((name for bom, name in _BOMS if data.startswith(bom)), None)
    if codec is None:
        declared = _DECLARED_RE.match(data)
        codec = declared.group(1).decode("ascii") if declared else "utf-8"
    try:
        return data.decode(codec)
    except LookupError:
        raise TmxError(f"unknown encoding {codec!r}; save the file as UTF-8", path=path, line=1) from None
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise TmxError(f"not valid {codec}: {exc.reason}; save the file as UTF-8", path=path, line=line) from None


# --- filling catalogs ---------------------------------------------------------------------------------------------


def _fillable(entry: Message) -> bool:
    return bool(entry.msgid) and not entry.obsolete and entry.msgid_plural is None and not entry.msgstr


def _fill(entry: Message, text: str, comment: str) -> None:
    entry.msgstr = text
    entry.set_fuzzy(True)
    if comment not in entry.comments:
        entry.comments.append(comment)


def apply_memory(catalog: Catalog, memory: dict[str, str]) -> int:
    """Fill empty translations whose msgid is in ``memory``, each marked fuzzy; returns how many."""
    filled = 0
    for entry in catalog:
        if _fillable(entry) and memory.get(entry.msgid):
            _fill(entry, memory[entry.msgid], TM_COMMENT)
            filled += 1
    return filled


def machine_translate(
    catalog: Catalog, command: list[str], *, locale: str, timeout: float = 60, source_locale: str = "en"
) -> int:
    """Fill every untranslated entry with ``command``'s output, marked fuzzy; returns how many.

    The command runs once per distinct text, without a shell, with the text on stdin and
    ``STELE_SOURCE_LOCALE`` / ``STELE_TARGET_LOCALE`` set; its UTF-8 stdout, less one trailing
    newline, is the translation. If any call fails the catalog is left as it was.
    """
    if not command:
        raise MachineTranslationError("no machine translation command; set [machine_translation] command")
    env = {**os.environ, "STELE_SOURCE_LOCALE": source_locale, "STELE_TARGET_LOCALE": locale}
    results: dict[str, str] = {}
    todo = [entry for entry in catalog if _fillable(entry)]
    for entry in todo:
        if entry.msgid not in results:
            results[entry.msgid] = _run(command, entry, env, timeout)
    for entry in todo:
        _fill(entry, results[entry.msgid], MT_COMMENT)
    return len(todo)


def _run(command: list[str], entry: Message, env: dict[str, str], timeout: float) -> str:
    shown = f"machine translation command {shlex.join(command)}"
    where = f" ({entry.references[0]})" if entry.references else ""
    source: str = entry.msgid
    what = f"for {_short(source)!r}{where}"
    try:
        done = subprocess.run(
            command, input=source.encode("utf-8"), capture_output=True, env=env, timeout=timeout, check=False
        )
    except subprocess.TimeoutExpired:
        raise MachineTranslationError(
            f"{shown}: took longer than {timeout:g} s {what}; try again or raise the timeout"
        ) from None
    except OSError as exc:
        raise MachineTranslationError(
            f"{shown}: cannot run it: {exc.strerror or exc}; fix [machine_translation] command in stele.toml"
        ) from None
    if done.returncode != 0:
        errors = done.stderr.decode("utf-8", "replace").strip().splitlines()
        said = f": {errors[-1]}" if errors else ""
        raise MachineTranslationError(f"{shown}: failed with exit status {done.returncode} {what}{said}")
    try:
        text = done.stdout.decode("utf-8")
    except UnicodeDecodeError:
        raise MachineTranslationError(f"{shown}: printed text that is not UTF-8 {what}") from None
    text = text[:-2] if text.endswith("\r\n") else text.removesuffix("\n")
    if not text.strip():
        raise MachineTranslationError(f"{shown}: printed no translation {what}")
    return text


def _short(text: str, size: int = 40) -> str:
    return text if len(text) <= size else text[: size - 1] + "…"


# --- the project ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Filled:
    """One catalog a fill step looked at: how many entries it filled, and whether the file was written."""

    path: str
    locale: str
    filled: int
    written: bool


def fill_from_tmx(config: Config, tmx: Path, locales: list[str] | None = None) -> list[Filled]:
    """``stele tm import``: fill the locales' empty translations from a TMX file, as fuzzy."""
    memory = import_tmx(tmx, source_locale=config.source_locale)
    return _fill_project(config, locales, "stele tm import", lambda po, code: apply_memory(po, memory.get(code, {})))


def machine_translate_project(
    config: Config, command: list[str], locales: list[str] | None = None, *, timeout: float = 60
) -> list[Filled]:
    """Machine-translate the locales' untranslated entries, as fuzzy (for ``stele update``)."""

    def fill(catalog: Catalog, code: str) -> int:
        return machine_translate(catalog, command, locale=code, timeout=timeout, source_locale=config.source_locale)

    return _fill_project(config, locales, "stele update", fill)


def _fill_project(
    config: Config, locales: list[str] | None, origin: str, fill: Callable[[Catalog, str], int]
) -> list[Filled]:
    """Fill and encode every catalog of each locale in memory, then write those that changed (nothing if one
    fill or encoding fails)."""
    codes = project_locales(config, locales, origin=origin) if locales else known_locales(config)
    prepared = []
    for code in codes:
        for path in catalog_paths(config, code, required=bool(locales)):
            catalog = read_po(path, display=config.relative(path))
            filled = fill(catalog, code)
            prepared.append((path, code, encode_po(config.relative(path), catalog) if filled else b"", filled))
    return [Filled(config.relative(p), code, n, write_bytes_if_changed(p, data) if n else False)
            for p, code, data, n in prepared]
