"""The streamed check (pieces, two processes) finds exactly what the single pass finds, on real and broken files."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from stele.rules import CheckOptions, catalog_file, check_file
from stele.rules.streamed import _streamed, check_catalog

ROOT = Path(__file__).resolve().parent.parent
GETTEXT = frozenset(("syntax", "header", "plural-forms", "format", "newlines"))
PIECE = 16 << 10  # tiny pieces, so that even small files are cut in many places


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("bench")
    subprocess.run([sys.executable, str(ROOT / "bench" / "generate.py"), "-n", "2000", "-o", str(out)], check=True,
                   capture_output=True)
    return out / "ru_2000.po"


def _same(path: Path, *, streamed: bool | None) -> None:
    """Same findings both ways; ``streamed``: whether the file must (True) or must not (False) be cut."""
    for select in (GETTEXT, None):
        options = CheckOptions(select)
        plain = check_file(catalog_file(path, str(path)), options)
        pieces = _streamed(path, str(path), options, 2, PIECE, 0)
        assert streamed is None or (pieces is not None) == streamed
        if pieces is not None:
            assert pieces == plain
        assert check_catalog(path, str(path), options, workers=2, part_bytes=PIECE, min_bytes=0) == plain


def _mutated(source: Path, target: Path, edits: list[tuple[float, bytes, bytes]], extra: bytes = b"") -> Path:
    """``source`` with, at each fraction of its lines, the first ``old`` after it replaced by ``new``."""
    lines = source.read_bytes().split(b"\n")
    for fraction, old, new in edits:
        at = int(len(lines) * fraction)
        while old not in lines[at]:
            at += 1
        lines[at] = lines[at].replace(old, new, 1)
    target.write_bytes(b"\n".join(lines) + extra)
    return target


def test_repository_catalogs() -> None:
    for path in sorted((ROOT / "locales").rglob("*.po")):
        _same(path, streamed=None)


def test_generated_catalog(generated: Path) -> None:
    _same(generated, streamed=True)


def test_syntax_errors_in_both_halves(generated: Path, tmp_path: Path) -> None:
    edits = [(0.2, b'msgstr "', b'msgstr "unterminated\n"'), (0.4, b"msgid ", b"msgidd "),
             (0.7, b'msgstr "', b'msgstr "bad \\q escape" "'), (0.8, b'msgid "', b'msgid "\n\n'),
             (0.9, b"#, ", b"#, fuzzy, c-format, ")]
    _same(_mutated(generated, tmp_path / "broken.po", edits), streamed=True)


def test_format_and_newline_errors(generated: Path, tmp_path: Path) -> None:
    edits = [(0.3, b"%(", b"%%("), (0.6, b'msgstr "', b'msgstr "\\n'), (0.8, b"%(", b"(")]
    _same(_mutated(generated, tmp_path / "format.po", edits), streamed=True)


def test_invalid_bytes_after_the_header(generated: Path, tmp_path: Path) -> None:
    _same(_mutated(generated, tmp_path / "bytes.po", [(0.5, b'msgstr "', b'msgstr "\xff')], b"\n#. \xfe\n"),
          streamed=True)


def test_escaped_bytes_in_a_later_piece(generated: Path, tmp_path: Path) -> None:
    """Octal escapes of UTF-8 bytes decode the same in a piece as in the whole file, a broken one included."""
    edits = [(0.3, b'msgstr "', b'msgstr "\\320\\244 '), (0.6, b'msgstr "', b'msgstr "\\320 ')]
    _same(_mutated(generated, tmp_path / "escaped.po", edits), streamed=True)


@pytest.mark.parametrize(
    "edits",
    [
        [(0.1, b"msgstr[2]", b"#. msgstr[2]")],  # a count mismatch: format strictness depends on the whole file
        [(0.05, b"msgstr[1]", b"msgstr[2]"), (0.95, b"msgstr[2]", b"#. msgstr[2]")],
    ],
)
def test_whole_file_plural_problems(generated: Path, tmp_path: Path, edits: list[tuple[float, bytes, bytes]]) \
        -> None:
    path = _mutated(generated, tmp_path / "plural.po", edits)
    for select in (GETTEXT, None):
        options = CheckOptions(select)
        plain = check_file(catalog_file(path, str(path)), options)
        assert check_catalog(path, str(path), options, workers=2, part_bytes=PIECE, min_bytes=0) == plain


def test_duplicate_across_pieces_falls_back(generated: Path, tmp_path: Path) -> None:
    text = generated.read_text(encoding="utf-8")
    first = text.index("\n\n", len(text) // 10) + 2
    entry = text[first : text.index("\n\n", first) + 2]
    path = tmp_path / "dup.po"
    path.write_text(text + "\n" + entry, encoding="utf-8")
    _same(path, streamed=False)


def test_no_header_falls_back(generated: Path, tmp_path: Path) -> None:
    text = generated.read_text(encoding="utf-8")
    path = tmp_path / "noheader.po"
    path.write_text(text[text.index("\n\n") + 2 :], encoding="utf-8")
    _same(path, streamed=False)


def test_misplaced_across_pieces(tmp_path: Path) -> None:
    """Two dose paragraphs' translations swapped, with 300 KB of other messages between them: the streamed check
    (each piece gives what misplaced compares, the rule runs once over all) reports the swap as the single pass."""
    import polib

    po = polib.pofile(str(ROOT / "locales/ru/LC_MESSAGES/kratom-muscle-soreness-dosage.po"))
    doses = [e for e in po if any(ch.isdigit() for ch in e.msgid) and e.msgstr and len(e.msgid) > 150]
    first, second = doses[0], doses[-1]
    first.msgstr, second.msgstr = second.msgstr, first.msgstr
    at = po.index(second)
    for n in range(1500):  # plain messages with no numbers or safety terms: nothing of misplaced's
        tag = "".join(chr(97 + int(d)) for d in str(n))  # a different msgid each, without digits
        po.insert(at, polib.POEntry(msgid=f"Filler paragraph {tag} about the weather, kept plain. " * 3,
                                    msgstr=f"Обычный абзац {tag} о погоде без чисел и терминов. " * 3))
    path = tmp_path / "ru.po"
    po.save(str(path))
    options = CheckOptions(frozenset(("misplaced",)))
    plain = check_file(catalog_file(path, str(path)), options)
    assert plain and {f.rule for f in plain} == {"misplaced"}
    pieces = _streamed(path, str(path), options, 2, PIECE, 0)
    assert pieces == plain
    _same(path, streamed=True)
