"""`stele compile`: the lean byte reader gives what the strict reader (and msgfmt) gives, or leaves the file to it."""

from __future__ import annotations

import gettext
import io
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from stele.commands import main
from stele.errors import CatalogError
from stele.po import Catalog, Message, mo, reader
from stele.po import fast as po_fast

from .conftest import REPO
from .msgfmt_mutants import make_mutants

needs_msgfmt = pytest.mark.skipif(shutil.which("msgfmt") is None, reason="GNU gettext is not installed")
LOCALES = sorted((REPO / "locales").glob("**/*.po"))

SAMPLE = r'''# A translator's comment
msgid ""
msgstr ""
"Project-Id-Version: sample 1.0\n"
"POT-Creation-Date: 2026-01-01 00:00+0000\n"
"Last-Translator: Анна <anna@example.org>\n"
"Content-Type: text/plain; charset=UTF-8\n"
"Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && "
"n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\n"

#: app.py:1
#, python-format
msgid "Hello, %s"
msgstr "Привет, %s"

msgctxt "menu"
msgid "File"
msgstr "Файл"

msgid "Open"
msgstr "Открыть"

msgctxt "menu"
msgid "Open"
msgstr "Открыть меню"

#, python-format
msgid "%d file"
msgid_plural "%d files"
msgstr[0] "%d файл"
msgstr[1] "%d файла"
msgstr[2] "%d файлов"

msgid "%d folder"
msgid_plural "%d folders"
msgstr[0] "%d папка"
msgstr[1] ""
msgstr[2] ""

msgid ""
"Line one\n"
"Line \"two\"\twith\\escapes"
msgstr ""
"Строка один\n"
"Строка «два»\tс\\экранами"

#, fuzzy
#| msgid "Old greeting"
msgid "Greeting"
msgstr "Приветствие"

#, c-format, fuzzy
msgid "Fuzzy too"
msgstr "Тоже неточно"

msgid "Untranslated"
msgstr ""

#, fuzzy
#~ msgid "Obsolete"
#~ msgstr "Устарело"

#~ msgctxt "old"
#~ msgid "Gone"
#~ msgstr ""
#~ "Ушло"
'''


def _catalog(path: Path) -> dict[object, str]:
    with path.open("rb") as handle:
        return dict(gettext.GNUTranslations(handle)._catalog)  # type: ignore[attr-defined]


def _strict_pairs(data: bytes) -> tuple[dict[bytes, bytes], int]:
    charset = reader.header_charset(data)
    codec = reader.PORTABLE_CODECS.get(charset.upper()) or reader.lenient_codec(charset)
    return mo.mo_pairs(reader.strict(reader.parse_po_bytes(data), "x.po"), codec)


def _fast(data: bytes) -> tuple[dict[bytes, bytes], int] | None:
    codec = reader.PORTABLE_CODECS[reader.header_charset(data).upper()]
    return po_fast.fast_pairs(data, codec)


def _compile(po: Path, mo: Path) -> None:
    result = CliRunner().invoke(main, ["compile", "--no-hash", str(po), "-o", str(mo)])
    assert (result.exit_code, result.output) == (0, ""), result.output


def _against_msgfmt(po: Path, tmp_path: Path) -> dict[object, str]:
    _compile(po, tmp_path / "ours.mo")
    ours = _catalog(tmp_path / "ours.mo")
    if shutil.which("msgfmt") is not None:
        subprocess.run(["msgfmt", "-o", str(tmp_path / "gnu.mo"), str(po)], check=True)
        assert ours == _catalog(tmp_path / "gnu.mo")
    return ours


def test_sample_takes_the_lean_reader_and_agrees_with_strict_one() -> None:
    data = SAMPLE.encode()
    fast = _fast(data)
    assert fast is not None
    assert fast == _strict_pairs(data)


def test_sample_matches_msgfmt(tmp_path: Path) -> None:
    po = tmp_path / "ru.po"
    po.write_text(SAMPLE, encoding="utf-8")
    ours = _against_msgfmt(po, tmp_path)
    assert ours[("%d file", 2)] == "%d файлов" and ours["menu\x04Open"] == "Открыть меню"
    assert ours["Line one\nLine \"two\"\twith\\escapes"] == "Строка один\nСтрока «два»\tс\\экранами"
    assert ("%d folder", 0) in ours and "Untranslated" not in ours
    assert not {"Greeting", "Fuzzy too", "Obsolete", "old\x04Gone"} & set(ours)
    assert "POT-Creation-Date" not in ours[""] and "Анна" in ours[""]


def test_count_is_translated_messages(tmp_path: Path) -> None:
    po = tmp_path / "ru.po"
    po.write_text(SAMPLE, encoding="utf-8")
    assert mo.compile_po_file(po, tmp_path / "ru.mo") == 6 == sum(m.translated for m in reader.read_po(po))


@pytest.mark.parametrize("codec", ["koi8_r", "cp1251"])
def test_single_byte_charset_kept_as_msgfmt_keeps_it(tmp_path: Path, codec: str) -> None:
    name = {"koi8_r": "KOI8-R", "cp1251": "CP1251"}[codec]
    # Python's gettext reads header lines as UTF-8 whatever the charset: keep the header ASCII.
    text = SAMPLE.replace("charset=UTF-8", f"charset={name}").replace("«", '\\"').replace("»", '\\"')
    text = text.replace("Анна", "Anna")
    po = tmp_path / "ru.po"
    po.write_bytes(text.encode(codec))
    assert _fast(po.read_bytes()) == _strict_pairs(po.read_bytes())
    assert _against_msgfmt(po, tmp_path)["Open"] == "Открыть"
    assert (tmp_path / "ours.mo").read_bytes().count("Открыть".encode(codec)) == 2


@pytest.mark.parametrize("change", [
    lambda text: text.replace("\n", "\r\n"),  # CRLF
    lambda text: text.replace('"File"', '"\\106il\\145"').replace('"Open"', '"Op\\x65n"'),  # octal, hex
    lambda text: text.replace('msgid "Open"\n', 'msgid  "Open"\n'),  # another layout
    lambda text: text.replace('msgstr "Открыть"\n', 'msgstr "Откр"\n   "ыть"  \n'),
    lambda text: text.rstrip("\n"),  # no newline at the end
    lambda text: text.replace('"Открыть"', '"' + _octal("Открыть") + '"'),  # UTF-8 bytes as octal escapes
    lambda text: text.replace('"Открыть"', '"' + _octal("От")[:8] + '"\n"' + _octal("От")[8:] + 'крыть"'),  # split
    lambda text: text.replace('"Открыть"', '"' + "".join(f"\\x{b:02x}" for b in "Открыть".encode()) + '"'),  # hex
])
def test_other_layouts_go_to_the_strict_reader(tmp_path: Path, change: object) -> None:
    po = tmp_path / "ru.po"
    po.write_bytes(change(SAMPLE).encode())  # type: ignore[operator]
    assert _fast(po.read_bytes()) is None
    _against_msgfmt(po, tmp_path)
    assert _catalog(tmp_path / "ours.mo") == _catalog_of(SAMPLE, tmp_path)


def _octal(text: str) -> str:
    return "".join(f"\\{byte:03o}" for byte in text.encode())


def test_escaped_bytes_are_decoded_in_the_catalog_charset(tmp_path: Path) -> None:
    """``\\346`` is Ф in KOI8-R, as msgfmt passes the byte on; bytes invalid in the charset are reported."""
    text = SAMPLE.replace("charset=UTF-8", "charset=KOI8-R").replace("«", '\\"').replace("»", '\\"')
    text = text.replace("Анна", "Anna").replace('"Открыть"', '"\\357\\324\\313\\322\\331\\324\\330"')
    po = tmp_path / "ru.po"
    po.write_bytes(text.encode("koi8_r"))
    assert _against_msgfmt(po, tmp_path)["Open"] == "Открыть"
    assert next(e.msgstr for e in reader.read_po(po) if e.msgid == "Open") == "Открыть"
    bad = tmp_path / "bad.po"
    bad.write_text(SAMPLE.replace('"Открыть"', '"От\\320крыть"'), encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--select", "escapes", str(bad)])
    line = SAMPLE.splitlines().index('msgstr "Открыть"') + 1
    assert result.exit_code == 1
    assert result.output.startswith(f"{bad}:{line}: error: [escapes] msgstr holds U+FFFD '\ufffd', left where bytes")


def _catalog_of(text: str, tmp_path: Path) -> dict[object, str]:
    po = tmp_path / "plain.po"
    po.write_text(text, encoding="utf-8")
    mo.compile_po_file(po, tmp_path / "plain.mo")
    return _catalog(tmp_path / "plain.mo")


@pytest.mark.parametrize("po", LOCALES, ids=lambda p: str(p.relative_to(REPO)))
def test_repo_locales(po: Path, tmp_path: Path) -> None:
    assert _fast(po.read_bytes()) == _strict_pairs(po.read_bytes())
    _against_msgfmt(po, tmp_path)
    assert (tmp_path / "ours.mo").read_bytes() == mo.compile_mo(reader.read_po(po))  # as before, byte for byte


def test_generated_catalog(tmp_path: Path) -> None:
    subprocess.run([sys.executable, str(REPO / "bench/generate.py"), "-n", "3000", "-o", str(tmp_path)], check=True,
                   capture_output=True)
    po = tmp_path / "ru_3000.po"
    data = po.read_bytes()
    assert b"\n#~ msgid" in data and b"\n#| msgid" in data and b"msgstr[2]" in data and b"msgctxt" in data
    assert _fast(data) == _strict_pairs(data)
    _against_msgfmt(po, tmp_path)
    assert (tmp_path / "ours.mo").read_bytes() == mo.compile_mo(reader.read_po(po))
    if shutil.which("msgunfmt") is not None:
        subprocess.run(["msgunfmt", str(tmp_path / "ours.mo")], check=True, capture_output=True)


@pytest.mark.parametrize(("change", "line"), [
    (lambda text: text.replace('msgstr "Файл"', 'msgstr "Файл'), 18),  # unclosed string
    (lambda text: text.replace('msgctxt "menu"\nmsgid "Open"', 'msgid "Open"'), 23),  # duplicate
    (lambda text: text.replace("msgstr[2] \"%d файлов\"", "msgstr[3] \"%d файлов\""), 32),  # wrong index
    (lambda text: text.replace('msgstr "Открыть"', 'msgstr "\\q"'), 21),  # bad escape
])
def test_syntax_error_exit_1_with_line_and_no_file(tmp_path: Path, change: object, line: int) -> None:
    """As msgfmt: a catalog that breaks PO syntax is a problem found (exit 1), named at its line; no .mo."""
    po = tmp_path / "ru.po"
    po.write_bytes(change(SAMPLE).encode())  # type: ignore[operator]
    result = CliRunner().invoke(main, ["compile", str(po), "-o", str(tmp_path / "ru.mo")])
    assert result.exit_code == 1
    assert f"{po}:{line}" in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ru.po"]


def test_invalid_utf8_is_refused_like_the_strict_reader(tmp_path: Path) -> None:
    po = tmp_path / "ru.po"
    po.write_bytes(SAMPLE.encode().replace("Файл".encode(), b"\xff\xfe"))
    assert _fast(po.read_bytes()) is None
    with pytest.raises(CatalogError):
        mo.compile_po_file(po, tmp_path / "ru.mo")
    assert not (tmp_path / "ru.mo").exists()


def test_mutants_get_the_strict_readers_outcome(tmp_path: Path) -> None:
    """Every msgfmt-agreement mutant of the repo's catalogs: the lean reader takes it only to give the same pairs."""
    for po in make_mutants(LOCALES, tmp_path):
        data = po.read_bytes()
        try:
            strict: object = _strict_pairs(data)
        except CatalogError as exc:
            strict = exc
        charset = reader.header_charset(data)
        codec = reader.PORTABLE_CODECS.get(charset.upper())
        fast = po_fast.fast_pairs(data, codec) if codec in po_fast.BYTE_SAFE_CODECS else None
        assert fast is None or fast == strict, po.name


def test_site_compile_of_a_koi8r_catalog_reads_back_as_cyrillic() -> None:
    """The build's in-memory compile writes UTF-8 strings, so its .mo header must say UTF-8 too."""
    catalog = Catalog()
    catalog.set_header({"Content-Type": "text/plain; charset=KOI8-R", "Language": "ru"})
    catalog.append(Message(msgid="Consult a doctor.", msgstr="Проконсультируйтесь с врачом."))
    translations = gettext.GNUTranslations(io.BytesIO(mo.compile_mo(catalog)))
    assert translations.gettext("Consult a doctor.") == "Проконсультируйтесь с врачом."
    assert translations.info()["content-type"] == "text/plain; charset=UTF-8"
