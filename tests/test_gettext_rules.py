"""Gettext rules: real PO text in, exact findings (line, message) out, for each of the six rules."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from stele.checks.gnu_text import gnu_lines
from stele.po import parse_po_bytes
from stele.po.plurals import PluralSyntaxError, check_values, parse_plural
from stele.po.syntax import parse_po
from stele.rules.base import CatalogFile
from stele.rules.gettext_rules import GETTEXT_RULES, check_header_fields

HEADER = ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
          '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n')
RUSSIAN = ('msgid ""\nmsgstr ""\n"Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && '
           'n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\\n"\n\n')


def check(rule: str, body: str, header: str = HEADER) -> list[tuple[int, str]]:
    """The findings of ``rule`` on the catalog ``header + body`` (lone surrogates written as raw bytes).

    With GNU gettext installed, it also asserts that msgfmt -c fails exactly when one of the six rules finds
    an error, and that the header-fields warnings are msgfmt's header-field warnings, in GNU's words.
    """
    data = (header + body).encode("utf-8", "surrogateescape")
    file = CatalogFile("t.po", parse_po_bytes(data), "ru", False)
    findings = [f for f in GETTEXT_RULES[rule](file) if f.severity == "error"]
    assert all(f.rule == rule and f.path == "t.po" for f in findings)
    if shutil.which("msgfmt"):
        with tempfile.TemporaryDirectory() as folder:
            (Path(folder) / "t.po").write_bytes(data)
            msgfmt = subprocess.run(["msgfmt", "-c", "-o", os.devnull, "t.po"], cwd=folder, capture_output=True,
                                    check=False)
        said = msgfmt.stderr.decode("utf-8", "replace")
        found = [f for check_rule in GETTEXT_RULES.values() for f in check_rule(file)]
        assert (msgfmt.returncode != 0) == any(f.severity == "error" for f in found), said
        warned = [line for f in found if f.severity == "warning" for line in gnu_lines(f)]
        if not any(f.rule == "syntax" for f in found):  # else msgfmt stops after reading: no checks
            assert warned == [line for line in said.splitlines() if ": warning: header field" in line]
    return [(f.line, f.message) for f in findings]


def test_the_six_rules_are_exported() -> None:
    assert list(GETTEXT_RULES) == ["syntax", "header", "header-fields", "plural-forms", "format", "newlines"]


# syntax


def test_syntax_reports_each_problem_at_its_line() -> None:
    assert check("syntax", 'msgid "a"\nmsgstr "b\n') == [
        (7, "end-of-line within string: close the string with '\"' on the same line")]
    assert check("syntax", 'msgid "a"\nmsgstr "b"\n\nmsgid "a"\nmsgstr "c"\n') == [
        (9, "duplicate message definition (first defined at line 6); keep one of them (msgcat --use-first)")]
    assert check("syntax", 'msgid "a"\nmsgstr "b\\q"\n') == [
        (7, 'invalid control sequence \\q: escape only with \\n \\t \\" \\\\ \\r \\a \\b \\f \\v, octal \\ooo or '
            "hex \\xhh")]
    assert check("syntax", 'foo "a"\n') == [(6, "keyword 'foo' unknown: use msgctxt, msgid, msgid_plural or msgstr")]


def test_syntax_follows_msgfmt_grammar() -> None:
    assert check("syntax", 'msgid "a"\n#, fuzzy\nmsgstr "b"\n') == [
        (6, "missing 'msgstr' section: give the message a msgstr"), (8, "syntax error: 'msgstr' cannot stand here")]
    assert check("syntax", 'msgid "a"\nmsgid_plural "as"\nmsgstr "b"\n') == [
        (8, "syntax error: after msgid_plural, write msgstr[0], msgstr[1], …, not msgstr")]
    assert check("syntax", 'msgid "a"\nmsgid_plural "as"\nmsgstr[0] "b"\nmsgstr[2] "c"\n') == [
        (9, "plural form has wrong index: write msgstr[1], not msgstr[2]")]
    assert check("syntax", 'msgid "a"\nmsgstr[0] "b"\n') == [
        (7, "missing 'msgid_plural' section: msgstr[N] needs a msgid_plural before it")]
    assert check("syntax", '#~ msgid "a"\nmsgstr "b"\n') == [
        (7, "inconsistent use of #~: mark every line of an obsolete entry with #~, or none")]
    assert check("syntax", 'msgid "a"\nmsgstr "b"\n\n#~ msgid "a"\n#~ msgstr "c"\n') == [
        (9, "duplicate message definition (first defined at line 6); keep one of them (msgcat --use-first)")]


@pytest.mark.parametrize("body", [
    'msgid "a" "b"\nmsgstr "c"\n',  # several strings on a line
    'msgid "a"\nmsgid_plural "b"\nmsgstr [0] "c"\nmsgstr[ 1 ]\n"d"\n',  # tokens, not lines
    'msgid "a"\nmsgstr "b\\\nc"\n',  # backslash-newline joins lines
    'msgid "a"\r\nmsgstr "b"\r\n',
    '#~ #| msgid "x"\n#~ msgid "a"\n#~ msgstr "b"\n',
    'msgid "a"\nmsgstr "\\x41\\101\\400"\n',
])
def test_syntax_accepts_what_msgfmt_accepts(body: str) -> None:
    assert check("syntax", body) == []


def test_syntax_reports_bytes_invalid_in_the_charset_only_in_strings_after_the_header() -> None:
    invalid = "invalid multibyte sequence: these bytes are not valid in the header's charset; re-encode the file"
    assert check("syntax", 'msgid "a"\nmsgstr "\udcff"\n') == [(7, invalid)]
    assert check("syntax", '# \udcff\nmsgid "a"\nmsgstr "b"\n') == []  # comments are not decoded
    latin1 = HEADER.replace("UTF-8", "ISO-8859-1")
    assert check("syntax", 'msgid "a"\nmsgstr "\udce9"\n', latin1) == []
    assert check("syntax", 'msgid "a"\nmsgstr "\udcc3\udca9"\n', HEADER.replace("UTF-8", "ASCII")) == [(7, invalid)]
    for unchecked in ("CHARSET", "utf8", "x-unknown"):  # msgfmt only warns about these names
        assert check("syntax", 'msgid "a"\nmsgstr "\udcff"\n', HEADER.replace("UTF-8", unchecked)) == []


def test_syntax_reports_a_byte_order_mark() -> None:
    assert check("syntax", 'msgid "a"\nmsgstr "b"\n', "\ufeff" + HEADER) == [
        (1, "byte order mark at the start of the file: msgfmt cannot read it; save without BOM")]


def test_parser_keeps_only_the_last_flag_line_for_msgfmt() -> None:
    message = parse_po('#, fuzzy\n#, c-format python-format\nmsgid "a"\nmsgstr "b"\n').messages[0]
    assert message.flags == ["fuzzy", "c-format", "python-format"]
    assert message.flags[message.flags_start:] == ["c-format", "python-format"]


# header


def test_header_entry_is_required() -> None:
    assert check("header", 'msgid "a"\nmsgstr "b"\n', "") == [
        (1, 'no header entry (msgid "" whose msgstr holds Content-Type, Plural-Forms, …): msgfmt refuses the file; '
            "add one (msginit or msgcat write it)")]
    assert check("header", 'msgid "a"\nmsgstr "b"\n', 'msgid ""\nmsgstr ""\n\n') == [
        (2, "the header entry's msgstr is empty, so msgfmt ignores it and refuses the file; fill it in "
            '("Content-Type: text/plain; charset=UTF-8\\n", …)')]
    assert check("header", 'msgid "a"\nmsgstr "b"\n', 'msgctxt "x"\nmsgid ""\nmsgstr "X: y\\n"\n\n')[0][0] == 1


def test_header_fields_are_only_warnings_for_msgfmt() -> None:
    fuzzy_without_content_type = '#, fuzzy\nmsgid ""\nmsgstr "Project-Id-Version: PACKAGE VERSION\\n"\n\n'
    assert check("header", 'msgid "a"\nmsgstr "b"\n', fuzzy_without_content_type) == []
    assert check("header", 'msgid "a"\nmsgstr "b"\n\nmsgid ""\nmsgstr "X: y\\n"\n', "") == []  # not first: fine


def test_header_fields_warn_as_msgfmt_check_header() -> None:
    """Missing fields and msginit placeholders, at the header's msgstr line; a template's placeholders only when
    checked as msgfmt does (stele compile); the order is msgfmt's, not the file's."""
    header = ('# A comment\nmsgid ""\nmsgstr ""\n"Language: ru\\n"\n"Language-Team: LANGUAGE <LL@li.org>\\n"\n'
              '"Project-Id-Version:PACKAGE VERSION\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n')
    file = CatalogFile("t.po", parse_po_bytes((header + 'msgid "a"\nmsgstr "b"\n').encode()), "ru", False)
    found = [(f.line, f.severity, f.message.split(";")[0]) for f in GETTEXT_RULES["header-fields"](file)]
    assert found == [
        (3, "warning", "header field 'Project-Id-Version' still has msginit's placeholder 'PACKAGE VERSION'"),
        (3, "warning", "header field 'PO-Revision-Date' is missing"),
        (3, "warning", "header field 'Last-Translator' is missing"),
        (3, "warning", "header field 'Language-Team' still has msginit's placeholder 'LANGUAGE <LL@li.org>'"),
        (3, "warning", "header field 'MIME-Version' is missing"),
        (3, "warning", "header field 'Content-Transfer-Encoding' is missing")]
    check("header-fields", 'msgid "a"\nmsgstr "b"\n', header)  # msgfmt -c warns the same (the oracle)
    template = CatalogFile("t.pot", file.parsed, None, True)
    assert list(GETTEXT_RULES["header-fields"](template)) == []
    assert len(list(check_header_fields(template, templates=True))) == 6


# plural-forms

PLURAL = 'msgid "a"\nmsgid_plural "as"\nmsgstr[0] "b"\nmsgstr[1] "c"\n'
HINT = '"Plural-Forms: nplurals=2; plural=(n != 1);\\n" (the one for the language)'


def test_plural_forms_needed_by_plural_messages() -> None:
    assert check("plural-forms", PLURAL, 'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n') == [
        (1, f"the catalog has plural messages (line 4) but the header lacks nplurals=INTEGER and plural=EXPRESSION; "
            f"add e.g. {HINT}")]
    assert check("plural-forms", 'msgid "a"\nmsgstr "b"\n', 'msgid ""\nmsgstr "X: y\\n"\n\n') == []
    assert check("plural-forms", "#, fuzzy\n" + PLURAL, 'msgid ""\nmsgstr "X: y\\n"\n\n') == []


def test_nplurals_must_match_every_translated_plural_message() -> None:
    assert check("plural-forms", PLURAL + 'msgstr[2] "d"\n') == [
        (8, "the message has 3 plural form(s) but the header says nplurals=2; give exactly msgstr[0] … msgstr[1], "
            "or fix Plural-Forms")]
    assert check("plural-forms", PLURAL, RUSSIAN)[0][0] == 7
    untranslated = 'msgid "a"\nmsgid_plural "as"\nmsgstr[0] ""\nmsgstr[1] "c"\nmsgstr[2] "d"\n'
    assert check("plural-forms", untranslated) == []


@pytest.mark.parametrize(("plural_forms", "problem"), [
    ("nplurals=2; plural=n/0;", "the plural expression divides by zero (for n = 0); fix Plural-Forms so the "
                                "expression gives 0 … nplurals-1"),
    ("nplurals=2; plural=n%3;", "nplurals = 2 but the plural expression gives 2 (for n = 2); fix Plural-Forms so the "
                                "expression gives 0 … nplurals-1"),
    ("nplurals=2; plural=n-1;", "the plural expression gives a negative value (for n = 0); fix Plural-Forms so the "
                                "expression gives 0 … nplurals-1"),
    ("nplurals=x; plural=(n != 1);", f"invalid nplurals value in Plural-Forms; e.g. {HINT}"),
    ("nplurals=2; plural=(n != 1;", f"invalid plural expression in Plural-Forms (expected ')', found 'end'); e.g. "
                                    f"{HINT}"),
])
def test_plural_forms_must_be_valid_even_without_plural_messages(plural_forms: str, problem: str) -> None:
    header = f'msgid ""\nmsgstr "Plural-Forms: {plural_forms}\\n"\n\n'
    assert check("plural-forms", 'msgid "a"\nmsgstr "b"\n', header) == [(1, problem)]


def test_plural_expressions_follow_c() -> None:
    russian = parse_plural("n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2")
    assert [russian(n) for n in (1, 2, 5, 11, 21, 22, 25)] == [0, 1, 2, 2, 0, 1, 2]
    assert parse_plural("!n")(0) == 1 and parse_plural("012")(0) == 12 and parse_plural("n>1;junk")(2) == 1
    assert check_values(parse_plural("n==1 ? 0 : 1"), 2) == (None, [False, True])
    for invalid in ("-n", "0x1", "n ! = 1", "n = 1", "(n", "n n", ""):
        with pytest.raises(PluralSyntaxError):
            parse_plural(invalid)


# format


def test_format_python_named_placeholders() -> None:
    assert check("format", '#, python-format\nmsgid "%(num)d apples"\nmsgstr "яблоки"\n') == [
        (8, "'python-format' msgstr lacks placeholder %(num)d that the msgid has; keep every placeholder")]
    assert check("format", '#, python-format\nmsgid "%(a)s"\nmsgstr "%(a)s %(b)s"\n') == [
        (8, "'python-format' msgstr has placeholder %(b)s that the msgid lacks; use only the msgid's placeholders")]
    assert check("format", '#, python-format\nmsgid "%(a)s"\nmsgstr "%s"\n') == [
        (8, "'python-format' msgstr uses unnamed placeholders (%s) where the msgid names them (%(a)s); use the names")]
    assert check("format", '#, python-format\nmsgid "%(a)s %(b)d"\nmsgstr "%(b)i %(a)r"\n') == []


def test_format_c_order_and_positions() -> None:
    assert check("format", '#, c-format\nmsgid "%s has %d"\nmsgstr "%d у %s"\n') == [
        (8, "'c-format' msgstr has %d as argument 1 where the msgid has %s; use the same conversions in the same "
            "order (or number them: %1$s, %2$d)")]
    assert check("format", '#, c-format\nmsgid "%s has %d"\nmsgstr "%2$d у %1$s"\n') == []
    assert check("format", '#, c-format\nmsgid "%s"\nmsgstr "%s %"\n') == [
        (8, "'c-format' msgstr is not a valid c format string, unlike the msgid: the string ends in a directive; fix "
            "the placeholder (write a literal % as %%)")]


def test_format_python_brace() -> None:
    assert check("format", '#, python-brace-format\nmsgid "{a} {b}"\nmsgstr "{a} {c}"\n') == [
        (8, "'python-brace-format' msgstr lacks placeholder {b} that the msgid has; keep every placeholder")]
    assert check("format", '#, python-brace-format\nmsgid "{a}"\nmsgstr "{a!r}"\n')[0][1].startswith(
        "'python-brace-format' msgstr is not a valid python-brace format string")


def test_format_plural_forms_for_one_number_may_drop_it() -> None:
    c_format = '#, c-format\nmsgid "%d file"\nmsgid_plural "%d files"\nmsgstr[0] "один файл"\nmsgstr[1] "%d файлов"\n'
    assert check("format", c_format) == []  # msgstr[0] serves n = 1 only
    assert check("format", c_format.replace("c-format", "python-format")) == [  # but unnamed Python needs them all
        (9, "'python-format' msgstr[0] has 0 placeholder(s) (none) where the msgid_plural has 1 (%d); keep the same "
            "placeholders")]
    russian = ('#, python-format\nmsgid "%(n)d file"\nmsgid_plural "%(n)d files"\nmsgstr[0] "файл"\n'
               'msgstr[1] "%(n)d файла"\nmsgstr[2] "%(n)d файлов"\n')
    assert check("format", russian, RUSSIAN) == [  # form 0 serves 1, 21, 31, …
        (8, "'python-format' msgstr[0] lacks placeholder %(n)d that the msgid_plural has; keep every placeholder")]
    assert check("format", russian.replace("python-format", "python-format, range: 1..1"), RUSSIAN) == []


@pytest.mark.parametrize("flags", ["#, fuzzy, python-format", "#, no-python-format",
                                   "#, python-format, no-python-format", "#, python-format\n#, fuzzy"])
def test_format_skips_what_msgfmt_skips(flags: str) -> None:
    assert check("format", f'{flags}\nmsgid "%(a)s"\nmsgstr "x"\n') == []
    assert check("format", '#, python-format\nmsgid "%(a)s"\nmsgstr ""\n') == []
    assert check("format", '#, python-format\nmsgid "100%"\nmsgstr "x"\n') == []  # the msgid is no format string


def test_format_heeds_only_the_last_flag_line() -> None:
    assert check("format", '#, fuzzy\n#, python-format\nmsgid "%(a)s"\nmsgstr "x"\n')[0][0] == 9


# newlines


def test_newlines_begin_and_end_alike() -> None:
    assert check("newlines", 'msgid "a"\nmsgstr "\\nb"\n') == [
        (7, "the msgstr begins with a newline (\\n) but the msgid does not; remove it")]
    assert check("newlines", 'msgid "a\\n"\nmsgid_plural "as\\n"\nmsgstr[0] "b\\n"\nmsgstr[1] "bs"\n') == [
        (8, "the msgid ends with a newline (\\n) but the msgstr[1] does not; end the msgstr[1] with \\n too")]
    assert check("newlines", 'msgid "a"\nmsgid_plural "as\\n"\nmsgstr[0] "b"\nmsgstr[1] "bs"\n') == [
        (8, "the msgid and msgid_plural do not both end with a newline (\\n); make them agree in the source")]


def test_newlines_skip_untranslated_fuzzy_and_obsolete() -> None:
    assert check("newlines", 'msgid "a\\n"\nmsgstr ""\n') == []
    assert check("newlines", '#, fuzzy\nmsgid "a"\nmsgstr "\\nb"\n') == []
    assert check("newlines", '#~ msgid "a"\n#~ msgstr "\\nb"\n') == []


def test_plural_forms_leaves_templates_alone() -> None:
    template = ('#, fuzzy\nmsgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=CHARSET\\n"\n'
                '"Plural-Forms: nplurals=INTEGER; plural=EXPRESSION;\\n"\n\nmsgid "a"\nmsgid_plural "b"\n'
                'msgstr[0] ""\nmsgstr[1] ""\n')
    file = CatalogFile("t.pot", parse_po(template), None, True)
    assert list(GETTEXT_RULES["plural-forms"](file)) == []
    as_catalog = CatalogFile("t.po", parse_po(template), None, False)
    assert [f.line for f in GETTEXT_RULES["plural-forms"](as_catalog)] == [2, 2]  # msgfmt -c fails it


def test_format_javascript() -> None:
    assert check("format", '#, javascript-format\nmsgid "%s of %d"\nmsgstr "%d из %s"\n') == [
        (8, "'javascript-format' msgstr has %d where the msgid has %s; use the same conversion")]
    assert check("format", '#, javascript-format\nmsgid "%s of %d"\nmsgstr "%2$d из %1$s"\n') == []
    assert check("format", '#, javascript-format\nmsgid "%s of %d"\nmsgstr "%s"\n') == [
        (8, "'javascript-format' msgstr lacks placeholder %d that the msgid has; keep every placeholder")]
