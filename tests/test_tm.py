"""TM: TMX export/import round trips, other tools' TMX, refused XML, and machine translation that stays fuzzy."""

from __future__ import annotations

import shlex
import sys
from pathlib import Path
from xml.etree import ElementTree

import polib
import pytest

from stele.catalogs.tm import (
    MT_COMMENT,
    TM_COMMENT,
    XML_LANG,
    MachineTranslationError,
    TmxError,
    apply_memory,
    export_tmx,
    fill_from_tmx,
    import_tmx,
    locale_keys,
    machine_translate,
    machine_translate_project,
)
from stele.catalogs.workflow import parse_project
from stele.config import load_config
from stele.errors import CatalogError, SteleError
from stele.locales import bcp47
from stele.model import HeldBack, disclaimer_ids
from stele.po import Catalog, Message, read_po, render_po, write_po
from stele.rules import CheckOptions
from stele.site.build import assess_site
from stele.site.gate import LocaleCatalogs, check_article
from stele.site.status import project_status

from .conftest import tree_bytes, write

DOSAGE = "kratom-muscle-soreness-dosage"
UPPER = (
    "import os, sys; text = sys.stdin.buffer.read().decode('utf-8'); "
    "sys.stdout.buffer.write((os.environ['STELE_SOURCE_LOCALE'] + '>' + os.environ['STELE_TARGET_LOCALE'] + ':' "
    "+ text.upper() + '\\n').encode('utf-8'))"
)


def catalog_file(site: Path, locale: str, domain: str = DOSAGE) -> Path:
    return site / "locales" / locale / "LC_MESSAGES" / f"{domain}.po"


def translated_pairs(site: Path) -> dict[str, dict[str, str]]:
    """Every translated, non-fuzzy singular message per locale, read with polib alone."""
    pairs: dict[str, dict[str, str]] = {}
    for locale in ("ru", "uk"):
        for path in sorted(catalog_file(site, locale).parent.glob("*.po")):
            for entry in polib.pofile(str(path)).translated_entries():
                if not entry.msgid_plural:
                    pairs.setdefault(locale, {}).setdefault(entry.msgid, entry.msgstr)
    return pairs


# --- export and import ----------------------------------------------------------------------------------------


def tmx_pairs(tmx: Path) -> dict[str, dict[str, str]]:
    """The TMX file's text as written, read with ElementTree alone: xml:lang → English seg → translated seg."""
    pairs: dict[str, dict[str, str]] = {}
    for unit in ElementTree.parse(tmx).getroot().iter("tu"):
        segs = {tuv.get(XML_LANG): tuv.findtext("seg") for tuv in unit.iter("tuv")}
        source = segs.pop("en")
        assert source is not None
        for lang, text in segs.items():
            assert lang is not None and text is not None
            pairs.setdefault(lang, {})[source] = text
    return pairs


def test_export_then_import_gives_back_every_translated_pair(site: Path, tmp_path: Path) -> None:
    tmx = tmp_path / "memory.tmx"
    count = export_tmx(load_config(site), tmx)
    expected = translated_pairs(site)
    assert count == len(set(expected["ru"]) | set(expected["uk"])) > 40
    assert tmx_pairs(tmx) == expected  # the exported text itself, every source and translation
    assert import_tmx(tmx) == expected


def test_exported_tmx_is_tmx_1_4b(site: Path, tmp_path: Path) -> None:
    tmx = tmp_path / "memory.tmx"
    export_tmx(load_config(site), tmx)
    assert tmx.read_bytes().startswith(b"<?xml version='1.0' encoding='utf-8'?>\n<tmx version=\"1.4\">")
    root = ElementTree.parse(tmx).getroot()
    assert root.find("header").attrib == {
        "creationtool": "stele",
        "creationtoolversion": "0.1.0",
        "srclang": "en",
        "datatype": "plaintext",
        "segtype": "paragraph",
        "adminlang": "en",
        "o-tmf": "gettext",
    }
    units = root.findall("body/tu")
    assert [[tuv.get(XML_LANG) for tuv in tu.findall("tuv")] for tu in units] == [["en", "ru", "uk"]] * len(units)
    title = polib.pofile(str(catalog_file(site, "ru")))[0]
    assert [seg.text for seg in units[0].iter("seg")][:2] == [title.msgid, title.msgstr]


def test_export_leaves_out_fuzzy_untranslated_and_plural_and_keeps_context(site: Path, tmp_path: Path) -> None:
    path = catalog_file(site, "ru", "site")
    po = read_po(path)
    po[0].flags.append("fuzzy")
    po[1].msgstr = ""
    po.append(Message(msgctxt="menu", msgid="Home", msgstr="Главная"))
    write_po(path, po)
    tmx = tmp_path / "memory.tmx"
    export_tmx(load_config(site), tmx, locales=["ru"])
    memory = import_tmx(tmx)
    assert set(memory) == {"ru"}
    assert po[0].msgid not in memory["ru"] and po[1].msgid not in memory["ru"]
    assert "%(num)d article in this language." not in memory["ru"]
    assert memory["ru"]["Home"] == "Главная"
    unit = next(tu for tu in ElementTree.parse(tmx).getroot().iter("tu") if tu.find("prop") is not None)
    assert (unit.find("prop").get("type"), unit.find("prop").text) == ("x-context", "menu")
    assert [seg.text for seg in unit.iter("seg")] == ["Home", "Главная"]


def test_export_refuses_a_control_character_and_an_unknown_locale(site: Path, tmp_path: Path) -> None:
    path = catalog_file(site, "uk")
    po = read_po(path)
    po[2].msgstr += "\v"
    write_po(path, po)
    line = read_po(path)[2].line
    with pytest.raises(TmxError, match=rf"^locales/uk/LC_MESSAGES/{DOSAGE}.po:{line}: control character U\+000B"):
        export_tmx(load_config(site), tmp_path / "x.tmx")
    with pytest.raises(SteleError, match=r"^stele tm export: 'de' is not a locale of this project \(it has ru, uk\)"):
        export_tmx(load_config(site), tmp_path / "x.tmx", locales=["de"])
    assert not (tmp_path / "x.tmx").exists()


def test_a_configured_locale_without_catalogs_is_skipped_unless_named(site: Path, tmp_path: Path) -> None:
    toml = site / "stele.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace('locales = ["ru", "uk"]', 'locales = ["ru", "uk", "de"]'))
    config = load_config(site)
    assert export_tmx(config, tmp_path / "x.tmx") == export_tmx(config, tmp_path / "y.tmx", locales=["ru", "uk"])
    assert (tmp_path / "x.tmx").read_bytes() == (tmp_path / "y.tmx").read_bytes()
    assert {r.locale for r in fill_from_tmx(config, tmp_path / "x.tmx")} == {"ru", "uk"}
    with pytest.raises(CatalogError, match="no catalogs for locale 'de'"):
        fill_from_tmx(config, tmp_path / "x.tmx", ["de"])


def test_round_trip_restores_translations_as_fuzzy(site: Path, tmp_path: Path) -> None:
    tmx = tmp_path / "memory.tmx"
    export_tmx(load_config(site), tmx)
    original = read_po(catalog_file(site, "ru"))
    emptied = read_po(catalog_file(site, "ru"))
    for entry in emptied:
        entry.msgstr = ""
    emptied[0].msgstr = "KEEP"
    filled = apply_memory(emptied, import_tmx(tmx)["ru"])
    assert filled == len(original) - 1
    assert (emptied[0].msgstr, emptied[0].flags, emptied[0].comments) == ("KEEP", [], [])
    for old, new in list(zip(original, emptied, strict=True))[1:]:
        assert new.msgstr == old.msgstr
        assert "fuzzy" in new.flags
        assert new.comments == [TM_COMMENT]
    assert apply_memory(emptied, import_tmx(tmx)["ru"]) == 0  # never overwrites


def test_apply_memory_keeps_translator_comments_and_adds_the_note_once() -> None:
    catalog = Catalog()
    catalog.append(Message(msgid="Rest.", msgstr="", comments=["reviewer: check tone"]))
    catalog.append(Message(msgid="Sleep.", msgstr=""))
    assert apply_memory(catalog, {"Rest.": "Отдых.", "Other.": "Другое."}) == 1
    assert catalog[0].comments == ["reviewer: check tone", TM_COMMENT]
    assert (catalog[1].msgstr, catalog[1].flags) == ("", [])


OTHER_TOOL = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header creationtool="SDL Language Platform" creationtoolversion="8.1" o-tmf="SDL TM8 Format"
          datatype="xml" segtype="sentence" adminlang="en-US" srclang="en-US">
    <prop type="x-Recognizers">RecognizeAll</prop>
  </header>
  <body>
    <tu creationdate="20250101T120000Z" creationid="alice" usagecount="3">
      <prop type="x-Domain:SinglePicklist">Health</prop>
      <note>Checked by the medical reviewer.</note>
      <tuv xml:lang="en-US"><seg>Rest <bpt i="1">&lt;b&gt;</bpt>two days<ept i="1">&lt;/b&gt;</ept>.</seg></tuv>
      <tuv xml:lang="ru-RU"><prop type="x-origin">tm</prop>
        <seg>Отдыхайте <bpt i="1">&lt;b&gt;</bpt>два дня<ept i="1">&lt;/b&gt;</ept>.</seg></tuv>
      <tuv xml:lang="uk-UA"><seg>Відпочивайте два дні.</seg></tuv>
    </tu>
    <tu srclang="de-DE">
      <tuv xml:lang="ru-RU"><seg>Пейте воду.</seg></tuv>
      <tuv xml:lang="de-DE"><seg>Trinken Sie Wasser.</seg></tuv>
    </tu>
    <tu><tuv xml:lang="ru-RU"><seg>Нет источника.</seg></tuv></tu>
    <tu><tuv xml:lang="en-US"><seg>Empty target.</seg></tuv><tuv xml:lang="ru-RU"><seg/></tuv></tu>
  </body>
</tmx>
"""


def test_tmx_from_another_tool_imports(tmp_path: Path) -> None:
    memory = import_tmx(write(tmp_path / "trados.tmx", OTHER_TOOL))
    rest = {"Rest <b>two days</b>.": "Отдыхайте <b>два дня</b>."}
    assert memory == {
        "ru_RU": {**rest, "Trinken Sie Wasser.": "Пейте воду."},
        "ru": {**rest, "Trinken Sie Wasser.": "Пейте воду."},
        "uk_UA": {"Rest <b>two days</b>.": "Відпочивайте два дні."},
        "uk": {"Rest <b>two days</b>.": "Відпочивайте два дні."},
    }


def test_utf16_tmx_imports(tmp_path: Path) -> None:
    path = tmp_path / "utf16.tmx"
    path.write_bytes(OTHER_TOOL.replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16"))
    assert import_tmx(path) == import_tmx(write(tmp_path / "utf8.tmx", OTHER_TOOL))


def test_tmx_1_1_with_a_doctype_and_no_header_srclang_imports(tmp_path: Path) -> None:
    omegat = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx11.dtd">
<tmx version="1.1">
  <header creationtool="OmegaT" o-tmf="OmegaT TMX" adminlang="EN-US" datatype="plaintext" segtype="sentence"/>
  <body>
    <tu><tuv lang="EN"><seg>Stretch gently.</seg></tuv><tuv lang="UK"><seg>Розтягуйтеся м’яко.</seg></tuv></tu>
  </body>
</tmx>
"""
    assert import_tmx(write(tmp_path / "omegat.tmx", omegat)) == {"uk": {"Stretch gently.": "Розтягуйтеся м’яко."}}


def test_locale_codes() -> None:
    assert locale_keys("ru-RU") == ("ru_RU", "ru")
    assert locale_keys("RU") == ("ru",)
    assert locale_keys("zh-Hant-TW") == ("zh_TW", "zh")
    assert locale_keys("es-419") == ("es_419", "es")
    assert locale_keys("*all*") == ()
    assert [bcp47(c) for c in ("ru", "pt_BR", "sr@latin")] == ["ru", "pt-BR", "sr-Latn"]


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ('<tmx version="1.4">\n<header srclang="en"/>\n<body><tu>\n<tuv xml:lang="ru"><seg>x</tuv>', 4,
         r"malformed XML: mismatched tag \(column 28\)"),
        ('<tmx version="1.4"><header srclang="en"/>\n<body>&nbsp;</body></tmx>', 2, "malformed XML: undefined entity"),
        ("", 1, "malformed XML: no element found"),
    ],
)
def test_malformed_xml_is_refused_with_file_and_line(tmp_path: Path, text: str, line: int, message: str) -> None:
    path = write(tmp_path / "bad.tmx", text)
    with pytest.raises(TmxError, match=rf"^{path}:{line}: {message}"):
        import_tmx(path)


BOMB = """<?xml version="1.0"?>
<!DOCTYPE tmx [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<tmx version="1.4"><header srclang="en"/><body><tu>
<tuv xml:lang="en"><seg>&lol3;</seg></tuv><tuv xml:lang="ru"><seg>x</seg></tuv></tu></body></tmx>
"""


def test_entity_bomb_and_internal_dtd_are_refused(tmp_path: Path) -> None:
    path = write(tmp_path / "bomb.tmx", BOMB)
    with pytest.raises(TmxError, match=rf"^{path}:3: refused: the file holds an entity declaration"):
        import_tmx(path)
    wide = tmp_path / "bomb16.tmx"
    wide.write_bytes(BOMB.encode("utf-16"))
    with pytest.raises(TmxError, match=rf"^{wide}:3: refused"):
        import_tmx(wide)
    subset = write(tmp_path / "dtd.tmx", '<?xml version="1.0"?>\n\n<!DOCTYPE tmx [<!ELEMENT tmx ANY>]>\n<tmx/>')
    with pytest.raises(TmxError, match=rf"^{subset}:3: refused: the file holds a DTD with declarations"):
        import_tmx(subset)


def test_not_tmx_unreadable_and_badly_encoded_files_are_refused(tmp_path: Path) -> None:
    with pytest.raises(TmxError, match=r"not a TMX file: the root element is <html>, not <tmx>"):
        import_tmx(write(tmp_path / "page.tmx", "<html><body/></html>"))
    with pytest.raises(TmxError, match=r"not a TMX file: no <body> element"):
        import_tmx(write(tmp_path / "head.tmx", '<tmx version="1.4"><header srclang="en"/></tmx>'))
    with pytest.raises(TmxError, match=r"missing.tmx: cannot read"):
        import_tmx(tmp_path / "missing.tmx")
    latin = tmp_path / "latin.tmx"
    latin.write_bytes(b'<?xml version="1.0"?>\n<tmx>\n\xe9</tmx>')
    with pytest.raises(TmxError, match=rf"^{latin}:3: not valid utf-8"):
        import_tmx(latin)


# --- machine translation --------------------------------------------------------------------------------------


def emptied_catalog(site: Path, count: int) -> tuple[Catalog, list[Message]]:
    """The ru dosage catalog with its first disclaimer and ``count - 1`` other entries made untranslated."""
    catalog = read_po(catalog_file(site, "ru"))
    disclaimer = next(e for e in catalog if disclaimer_ids(e.extracted))
    others = [e for e in catalog if e is not disclaimer][: count - 1]
    for entry in (disclaimer, *others):
        entry.msgstr = ""
    return catalog, [disclaimer, *others]


def test_machine_translation_fills_untranslated_entries_as_fuzzy(site: Path) -> None:
    before = catalog_file(site, "ru").read_bytes()
    catalog, emptied = emptied_catalog(site, 2)
    untouched = {e.msgid: str(e) for e in catalog if e not in emptied}
    assert machine_translate(catalog, [sys.executable, "-c", UPPER], locale="ru") == 2
    for entry in emptied:
        assert entry.msgstr == "en>ru:" + entry.msgid.upper()
        assert entry.flags[0] == "fuzzy"
        assert entry.comments == [MT_COMMENT]
    assert {e.msgid: str(e) for e in catalog if e not in emptied} == untouched
    assert catalog_file(site, "ru").read_bytes() == before  # nothing written
    assert machine_translate(catalog, [sys.executable, "-c", "raise SystemExit(9)"], locale="ru") == 0


@pytest.mark.parametrize(
    ("script", "timeout", "message"),
    [
        ("import sys; sys.stderr.write('warming up\\nquota exceeded\\n'); sys.exit(3)", 60,
         r"failed with exit status 3 for '.+' \(source/kratom-muscle-soreness-dosage.md:\d+\): quota exceeded$"),
        ("import time; time.sleep(10)", 0.5, r"took longer than 0.5 s for '.+'"),
        ("print()", 60, r"printed no translation for '.+'"),
        ("import sys; sys.stdout.buffer.write(b'\\xff')", 60, "printed text that is not UTF-8"),
    ],
)
def test_a_failing_command_raises_and_changes_nothing(site: Path, script: str, timeout: float, message: str) -> None:
    catalog, _ = emptied_catalog(site, 2)
    before = render_po(catalog)
    command = [sys.executable, "-c", script]
    with pytest.raises(MachineTranslationError, match=message) as info:
        machine_translate(catalog, command, locale="ru", timeout=timeout)
    assert str(info.value).startswith(f"machine translation command {shlex.join(command)}: ")
    assert render_po(catalog) == before


def test_a_command_failing_on_the_second_text_leaves_the_first_untouched(site: Path) -> None:
    catalog, _ = emptied_catalog(site, 3)
    second = [e.msgid for e in catalog if not e.msgstr][1]  # the second text sent, in catalog order
    script = f"import sys; t = sys.stdin.buffer.read().decode('utf-8'); sys.exit(4) if t == {second!r} else print('x')"
    before = render_po(catalog)
    with pytest.raises(MachineTranslationError, match="exit status 4"):
        machine_translate(catalog, [sys.executable, "-c", script], locale="ru")
    assert render_po(catalog) == before


def test_a_missing_command_or_none_at_all_raises(site: Path) -> None:
    catalog, _ = emptied_catalog(site, 1)
    missing = r"^machine translation command /nonexistent/mt --to ru: cannot run it: .*\[machine_translation\]"
    with pytest.raises(MachineTranslationError, match=missing):
        machine_translate(catalog, ["/nonexistent/mt", "--to", "ru"], locale="ru")
    with pytest.raises(MachineTranslationError, match="no machine translation command"):
        machine_translate(catalog, [], locale="ru")


def test_a_machine_translated_disclaimer_never_passes_the_gate(site: Path) -> None:
    config = load_config(site)
    parsed = next(p for p in parse_project(config) if p.article.slug == DOSAGE)
    catalog = read_po(catalog_file(site, "ru"))
    options = CheckOptions.for_config(config)

    def gate() -> HeldBack | None:
        locale = LocaleCatalogs("ru", {DOSAGE: catalog}, {DOSAGE: f"locales/ru/LC_MESSAGES/{DOSAGE}.po"})
        return check_article(parsed, locale, (), site_domain="site", options=options)

    assert gate() is None  # publishable as it stands
    entry = catalog.find(parsed.disclaimers[0].msgid)
    reviewed, entry.msgstr = entry.msgstr, ""
    assert machine_translate(catalog, [sys.executable, "-c", UPPER], locale="ru") == 1
    held = gate()
    assert held is not None and held.messages == (parsed.disclaimers[0],)
    assert held.reasons[0].endswith(f"is fuzzy; review the translation and remove the fuzzy flag "
                                    f"({parsed.disclaimers[0].reference})")
    entry.flags.remove("fuzzy")  # a sign-off on text that is not Russian: check's script rule still holds it
    held = gate()
    assert held is not None and any("[script] translation has no Cyrillic letters" in r for r in held.reasons)
    entry.msgstr = reviewed  # only a reviewed Russian translation lets it through
    assert gate() is None


# --- project level --------------------------------------------------------------------------------------------


def test_fill_from_tmx_writes_only_the_catalogs_it_filled(site: Path, tmp_path: Path) -> None:
    config = load_config(site)
    tmx = tmp_path / "memory.tmx"
    export_tmx(config, tmx)
    path = catalog_file(site, "ru")
    po = read_po(path)
    for entry in po[:3]:
        entry.msgstr = ""
    write_po(path, po)
    uk_before = tree_bytes(site / "locales" / "uk")
    results = fill_from_tmx(config, tmx, ["ru"])
    assert [(r.path, r.filled, r.written) for r in results if r.filled] == [(config.relative(path), 3, True)]
    assert all(not r.written for r in results if not r.filled) and {r.locale for r in results} == {"ru"}
    assert [e.flags for e in read_po(path)[:3]] == [["fuzzy"]] * 3
    assert tree_bytes(site / "locales" / "uk") == uk_before


def test_machine_translation_in_a_project_is_all_or_nothing_and_holds_pages_back(site: Path) -> None:
    config = load_config(site)
    for locale in ("ru", "uk"):
        path = catalog_file(site, locale)
        po = read_po(path)
        next(e for e in po if disclaimer_ids(e.extracted)).msgstr = ""
        write_po(path, po)
    before = tree_bytes(site / "locales")
    fail_on_uk = "import os, sys; sys.exit(1) if os.environ['STELE_TARGET_LOCALE'] == 'uk' else print('x')"
    with pytest.raises(MachineTranslationError):
        machine_translate_project(config, [sys.executable, "-c", fail_on_uk])
    assert tree_bytes(site / "locales") == before
    results = machine_translate_project(config, [sys.executable, "-c", UPPER], ["ru"])
    assert [(r.locale, r.filled) for r in results if r.written] == [("ru", 1)]
    held = {(h.locale, h.slug) for h in assess_site(config).held}
    assert held == {("ru", DOSAGE), ("uk", DOSAGE)}
    ru = project_status(config).locales[0]
    assert next(a for a in ru.articles if a.domain == DOSAGE).publishable is False
    assert ru.fuzzy == 1
