"""The cases of bench/gnu_dropin.py: small PO/POT files for each behaviour msgmerge, msgfmt and msgcat have."""

from __future__ import annotations

from pathlib import Path
from typing import Any

UTF8 = '"Content-Type: text/plain; charset=UTF-8\\n"\n"Content-Transfer-Encoding: 8bit\\n"\n'
PLURAL2 = '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n'
FULL = (
    '"Project-Id-Version: demo 1.0\\n"\n"Report-Msgid-Bugs-To: old@example.org\\n"\n'
    '"POT-Creation-Date: 2020-01-01 10:00+0000\\n"\n"PO-Revision-Date: 2020-02-01 10:00+0000\\n"\n'
    '"Last-Translator: A Translator <a@example.org>\\n"\n"Language-Team: French <fr@li.org>\\n"\n'
    '"Language: fr\\n"\n"MIME-Version: 1.0\\n"\n' + UTF8 + '"Plural-Forms: nplurals=2; plural=(n > 1);\\n"\n'
)
POT_HEADER = (
    '"Project-Id-Version: demo 1.1\\n"\n"Report-Msgid-Bugs-To: bugs@example.org\\n"\n'
    '"POT-Creation-Date: 2021-03-04 05:06+0000\\n"\n"PO-Revision-Date: YEAR-MO-DA HO:MI+ZONE\\n"\n'
    '"Last-Translator: FULL NAME <EMAIL@ADDRESS>\\n"\n"Language-Team: LANGUAGE <LL@li.org>\\n"\n'
    '"Language: \\n"\n"MIME-Version: 1.0\\n"\n"Content-Type: text/plain; charset=CHARSET\\n"\n'
    '"Content-Transfer-Encoding: 8bit\\n"\n'
)


def po(header: str | None, *entries: str) -> bytes:
    """A PO file: the header entry (its fields as quoted lines), then the entries."""
    blocks = [f'msgid ""\nmsgstr ""\n{header}'] if header is not None else []
    return ("\n".join(blocks + [entry.strip("\n") + "\n" for entry in entries])).encode("utf-8")


def merge_case(
    case: type[Any],
    name: str,
    old: bytes,
    template: bytes,
    *options: str,
    note: str = "",
    extra: dict[str, bytes] | None = None,
) -> Any:
    files = {"def.po": old, "ref.pot": template, **(extra or {})}
    return case(
        "msgmerge",
        name,
        files,
        ["msgmerge", "-q", *options, "-o", "out", "def.po", "ref.pot"],
        ["merge", *options, "-o", "out", "def.po", "ref.pot"],
        note=note,
    )


def merge_cases(case: type[Any]) -> list[Any]:
    hello = 'msgid "Hello"\nmsgstr "Bonjour"'
    files = 'msgid "%d file"\nmsgstr "%d fichier"'
    cases = [
        merge_case(case, "exact match", po(FULL, hello), po(POT_HEADER, 'msgid "Hello"\nmsgstr ""')),
        merge_case(
            case,
            "plural added",
            po(FULL, files),
            po(POT_HEADER, '#, c-format\nmsgid "%d file"\nmsgid_plural "%d files"\nmsgstr[0] ""\nmsgstr[1] ""'),
        ),
        merge_case(
            case,
            "plural removed",
            po(FULL, 'msgid "one"\nmsgid_plural "many"\nmsgstr[0] "un"\nmsgstr[1] "des"'),
            po(POT_HEADER, 'msgid "one"\nmsgstr ""'),
        ),
        merge_case(
            case,
            "plural changed",
            po(FULL, 'msgid "one"\nmsgid_plural "many"\nmsgstr[0] "un"\nmsgstr[1] "des"'),
            po(POT_HEADER, 'msgid "one"\nmsgid_plural "lots"\nmsgstr[0] ""\nmsgstr[1] ""'),
        ),
        merge_case(
            case,
            "c-format added, translation fails it",
            po(FULL, 'msgid "%s left"\nmsgstr "restant"'),
            po(POT_HEADER, '#, c-format\nmsgid "%s left"\nmsgstr ""'),
        ),
        merge_case(
            case,
            "c-format added, translation passes",
            po(FULL, 'msgid "%s left"\nmsgstr "%s restant"'),
            po(POT_HEADER, '#, c-format\nmsgid "%s left"\nmsgstr ""'),
        ),
        merge_case(
            case,
            "python-format added, fails",
            po(FULL, 'msgid "%(n)d left"\nmsgstr "%(m)d restant"'),
            po(POT_HEADER, '#, python-format\nmsgid "%(n)d left"\nmsgstr ""'),
        ),
        merge_case(
            case,
            "c-format to kde-format",
            po(FULL, '#, c-format\nmsgid "%1 left"\nmsgstr "%1 restant"'),
            po(POT_HEADER, '#, kde-format\nmsgid "%1 left"\nmsgstr ""'),
        ),
        merge_case(
            case,
            "range changed",
            po(FULL, '#, range: 1..5\nmsgid "n"\nmsgstr "n"'),
            po(POT_HEADER, '#, range: 1..10\nmsgid "n"\nmsgstr ""'),
        ),
        merge_case(
            case,
            "range removed",
            po(FULL, '#, range: 1..5\nmsgid "n"\nmsgstr "n"'),
            po(POT_HEADER, 'msgid "n"\nmsgstr ""'),
        ),
        merge_case(
            case,
            "msgctxt changed",
            po(FULL, 'msgctxt "menu"\nmsgid "Open"\nmsgstr "Ouvrir"'),
            po(POT_HEADER, 'msgctxt "button"\nmsgid "Open"\nmsgstr ""'),
        ),
        merge_case(
            case,
            "msgctxt changed, -N",
            po(FULL, 'msgctxt "menu"\nmsgid "Open"\nmsgstr "Ouvrir"'),
            po(POT_HEADER, 'msgctxt "button"\nmsgid "Open"\nmsgstr ""'),
            "-N",
        ),
        merge_case(
            case,
            "fuzzy match, no #|",
            po(FULL, 'msgid "Hello world"\nmsgstr "Bonjour le monde"'),
            po(POT_HEADER, 'msgid "Hello world!"\nmsgstr ""'),
        ),
        merge_case(
            case,
            "fuzzy match, --previous",
            po(FULL, 'msgid "Hello world"\nmsgstr "Bonjour le monde"'),
            po(POT_HEADER, 'msgid "Hello world!"\nmsgstr ""'),
            "--previous",
        ),
        merge_case(
            case,
            "older #| kept with --previous",
            po(FULL, '#, fuzzy\n#| msgid "Hello"\nmsgid "Hello world"\nmsgstr "Bonjour le monde"'),
            po(POT_HEADER, 'msgid "Hello world"\nmsgstr ""'),
            "--previous",
        ),
        merge_case(
            case,
            "#| dropped without --previous",
            po(FULL, '#, fuzzy\n#| msgid "Hello"\nmsgid "Hello world"\nmsgstr "Bonjour le monde"'),
            po(POT_HEADER, 'msgid "Hello world"\nmsgstr ""'),
        ),
        merge_case(case, "header fields from template", po(FULL, hello), po(POT_HEADER, 'msgid "Hello"\nmsgstr ""')),
        merge_case(
            case,
            "header order and Language added",
            po('"X-Generator: x\\n"\n"Language-Team: fr\\n"\n' + UTF8 + '"Project-Id-Version: q\\n"\n', hello),
            po(POT_HEADER, 'msgid "Hello"\nmsgstr ""'),
        ),
        merge_case(case, "catalog without header", po(None, hello), po(POT_HEADER, 'msgid "Hello"\nmsgstr ""')),
        merge_case(
            case,
            "translator comments from catalog",
            po(FULL, "# keep me\n" + hello),
            po(POT_HEADER, '# template note\n#. extracted\n#: a.c:1\nmsgid "Hello"\nmsgstr ""'),
        ),
        merge_case(
            case,
            "template comments on new message",
            po(FULL, hello),
            po(POT_HEADER, '# template note\n#. extracted\n#: a.c:1\nmsgid "Brand new"\nmsgstr ""'),
        ),
        merge_case(
            case,
            "obsolete kept and revived",
            po(FULL, '#~ msgid "Back"\n#~ msgstr "Retour"', 'msgid "Gone"\nmsgstr "Parti"'),
            po(POT_HEADER, 'msgid "Back"\nmsgstr ""'),
        ),
        merge_case(
            case,
            "fuzzy source not kept as obsolete",
            po(FULL, 'msgid "Save the file"\nmsgstr "Enregistrer le fichier"'),
            po(POT_HEADER, 'msgid "Save the files"\nmsgstr ""'),
        ),
        merge_case(
            case,
            "template obsolete entry",
            po(FULL, hello),
            po(POT_HEADER, 'msgid "Hello"\nmsgstr ""', '#~ msgid "Old"\n#~ msgstr ""'),
        ),
        merge_case(
            case,
            "compendium",
            po(FULL, hello),
            po(POT_HEADER, 'msgid "Hello"\nmsgstr ""', 'msgid "Bye"\nmsgstr ""'),
            "-C",
            "comp.po",
            extra={"comp.po": po(FULL, 'msgid "Bye"\nmsgstr "Au revoir"')},
        ),
        merge_case(
            case,
            "--for-msgfmt",
            po(FULL, hello, 'msgid "Other"\nmsgstr ""', '#~ msgid "x"\n#~ msgstr "y"'),
            po(POT_HEADER, 'msgid "Hello"\nmsgstr ""', 'msgid "Hello there"\nmsgstr ""'),
            "--for-msgfmt",
        ),
        merge_case(
            case,
            "-w 40",
            po(FULL, 'msgid "' + "word " * 20 + '"\nmsgstr "' + "mot " * 25 + '"'),
            po(POT_HEADER, 'msgid "' + "word " * 20 + '"\nmsgstr ""'),
            "-w",
            "40",
        ),
        merge_case(
            case,
            "--no-wrap",
            po(FULL, 'msgid "' + "word " * 20 + '"\nmsgstr "' + "mot " * 25 + '"'),
            po(POT_HEADER, 'msgid "' + "word " * 20 + '"\nmsgstr ""'),
            "--no-wrap",
        ),
        merge_case(
            case,
            "--sort-output",
            po(FULL, hello),
            po(POT_HEADER, 'msgid "b"\nmsgstr ""', 'msgid "a"\nmsgstr ""', 'msgid "Hello"\nmsgstr ""'),
            "--sort-output",
        ),
        merge_case(
            case,
            "--sort-by-file",
            po(FULL, hello),
            po(
                POT_HEADER,
                '#: z.c:1\nmsgid "b"\nmsgstr ""',
                '#: a.c:9\nmsgid "a"\nmsgstr ""',
                '#: a.c:2\nmsgid "Hello"\nmsgstr ""',
            ),
            "--sort-by-file",
        ),
        merge_case(
            case,
            "KOI8-R catalog, UTF-8 template",
            po(FULL.replace("UTF-8", "KOI8-R"), 'msgid "Hello"\nmsgstr "Привет"').decode().encode("koi8-r"),
            po(POT_HEADER.replace("CHARSET", "UTF-8"), 'msgid "Hello"\nmsgstr ""', 'msgid "Ну"\nmsgstr ""'),
        ),
        merge_case(
            case,
            "domain directives",
            b'domain "a"\nmsgid "x"\nmsgstr "y"\n',
            po(POT_HEADER, 'msgid "x"\nmsgstr ""'),
        ),
        merge_case(
            case,
            "domain directives in both",
            b'msgid "x"\nmsgstr "y0"\n\ndomain "a"\nmsgid "x"\nmsgstr "y"\n',
            b'domain "a"\nmsgid "x"\nmsgstr ""\n\nmsgid "q"\nmsgstr ""\n',
        ),
    ]
    team = '"Project-Id-Version: q\\n"\n"Language-Team: French <traduc@traduc.org>\\n"\n' + UTF8
    plural = 'msgid "one"\nmsgid_plural "many"\nmsgstr[0] "un"\nmsgstr[1] "des"'
    cases += [
        merge_case(
            case,
            "plural added, --previous",
            po(FULL, 'msgid "file"\nmsgstr "fichier"'),
            po(POT_HEADER, 'msgid "file"\nmsgid_plural "files"\nmsgstr[0] ""\nmsgstr[1] ""'),
            "--previous",
        ),
        merge_case(
            case,
            "range narrowed",
            po(FULL, '#, range: 1..10\nmsgid "n"\nmsgstr "n"'),
            po(POT_HEADER, '#, range: 2..5\nmsgid "n"\nmsgstr ""'),
        ),
        merge_case(
            case,
            "range added",
            po(FULL, 'msgid "n"\nmsgstr "n"'),
            po(POT_HEADER, '#, range: 2..5\nmsgid "n"\nmsgstr ""'),
        ),
        merge_case(
            case,
            "possible-c-format to c-format",
            po(FULL, '#, possible-c-format\nmsgid "%s"\nmsgstr "x"'),
            po(POT_HEADER, '#, c-format\nmsgid "%s"\nmsgstr ""'),
        ),
        merge_case(
            case,
            "c-format removed",
            po(FULL, '#, c-format\nmsgid "%s"\nmsgstr "x"'),
            po(POT_HEADER, 'msgid "%s"\nmsgstr ""'),
        ),
        merge_case(
            case,
            "Language from Language-Team",
            po(team, 'msgid "a"\nmsgstr "b"'),
            po(POT_HEADER, 'msgid "a"\nmsgstr ""'),
        ),
        merge_case(
            case,
            "Plural-Forms among other fields",
            po(PLURAL2 + '"X-Generator: g\\n"\n' + UTF8 + '"Language: fr\\n"\n', plural),
            po(POT_HEADER, 'msgid "one"\nmsgid_plural "many"\nmsgstr[0] ""\nmsgstr[1] ""'),
        ),
        merge_case(
            case,
            "fuzzy old message matched fuzzily, --previous",
            po(FULL, '#, fuzzy\n#| msgid "Hello wrld"\nmsgid "Hello world"\nmsgstr "Bonjour le monde"'),
            po(POT_HEADER, 'msgid "Hello world!"\nmsgstr ""'),
            "--previous",
        ),
        merge_case(
            case,
            "msgctxt changed, --previous",
            po(FULL, 'msgctxt "menu"\nmsgid "Open"\nmsgstr "Ouvrir"'),
            po(POT_HEADER, 'msgctxt "button"\nmsgid "Open"\nmsgstr ""'),
            "--previous",
        ),
        merge_case(
            case,
            "plural forms of the catalog (nplurals=3)",
            po(
                FULL.replace("nplurals=2; plural=(n > 1)", "nplurals=3; plural=(n%10==1 ? 0 : n ? 1 : 2)"),
                'msgid "file"\nmsgstr "plik"',
            ),
            po(
                POT_HEADER,
                'msgid "file"\nmsgid_plural "files"\nmsgstr[0] ""\nmsgstr[1] ""',
                'msgid "new"\nmsgid_plural "news"\nmsgstr[0] ""\nmsgstr[1] ""',
            ),
        ),
    ]
    cases.append(
        merge_case(
            case,
            "fuzzy matching: which old message, which none",
            po(
                FULL,
                'msgid "Open the file"\nmsgstr "Ouvrir le fichier"',
                'msgid "Close the window now"\nmsgstr "Fermer la fenêtre maintenant"',
                'msgid "Save"\nmsgstr "Enregistrer"',
                'msgid "Print the document"\nmsgstr "Imprimer le document"',
            ),
            po(
                POT_HEADER,
                'msgid "Open the files"\nmsgstr ""',
                'msgid "Close the window"\nmsgstr ""',
                'msgid "Saved"\nmsgstr ""',
                'msgid "Print a document"\nmsgstr ""',
                'msgid "Something else entirely"\nmsgstr ""',
                'msgid "Open the file now"\nmsgstr ""',
            ),
            "--previous",
        )
    )
    odd_old = (
        b'# Header comment\n#, fuzzy\nmsgid ""\nmsgstr ""\n"Project-Id-Version: x\\n"\n'
        b'"Content-Type: text/plain; charset=UTF-8\\n"\n'
        b'"Plural-Forms: nplurals=3; plural=(n==1 ? 0 : n>=2 && n<=4 ? 1 : 2);\\n"\n\n'
        b'#, fuzzy\nmsgid "empty fuzzy"\nmsgstr ""\n\n#~ msgid "plural gone"\n#~ msgid_plural "plurals gone"\n'
        b'#~ msgstr[0] "a"\n#~ msgstr[1] "b"\n#~ msgstr[2] "c"\n\n#, fuzzy\n#~| msgid "older"\n'
        b'#~ msgid "obsolete fuzzy"\n#~ msgstr "x"\n\nmsgid "same"\nmsgstr "pareil"\n\nmsgid "dup ref"\nmsgstr "d"\n'
    )
    odd_new = (
        b'msgid ""\nmsgstr ""\n"POT-Creation-Date: 2020\\n"\n"Content-Type: text/plain; charset=CHARSET\\n"\n\n'
        b'#: a.c:1 a.c:2\nmsgid "empty fuzzy"\nmsgstr ""\n\nmsgid "same"\nmsgstr ""\n\n#, c-format\n'
        b'msgid "plural %d gone"\nmsgid_plural "plurals %d gone"\nmsgstr[0] ""\nmsgstr[1] ""\n\n'
        b'msgid "obsolete fuzzy"\nmsgstr ""\n'
    )
    for options in ((), ("--previous",), ("-N",), ("--for-msgfmt",)):
        cases.append(
            merge_case(
                case, f"fuzzy header, obsolete plural and fuzzy {' '.join(options)}".strip(), odd_old, odd_new, *options
            )
        )
    update = case(
        "msgmerge",
        "-U with nothing changed",
        {
            "def.po": po(FULL, hello),
            "ref.pot": po(
                POT_HEADER.replace("2021-03-04", "2020-01-01").replace("bugs@example.org", "old@example.org"),
                'msgid "Hello"\nmsgstr ""',
            ),
        },
        ["msgmerge", "-q", "-U", "def.po", "ref.pot"],
        ["merge", "-U", "def.po", "ref.pot"],
        compare=("def.po",),
    )
    return [*cases, update]


def compile_case(
    case: type[Any], name: str, files: dict[str, bytes], args: list[str], compare: tuple[str, ...], note: str = ""
) -> Any:
    return case("msgfmt", name, files, ["msgfmt", *args], ["compile", *args], compare=compare, note=note)


EDGES = (
    b'#, fuzzy\nmsgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
    b'"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\nmsgid "partial"\nmsgid_plural "partials"\n'
    b'msgstr[0] "p"\nmsgstr[1] ""\n\nmsgid "first empty"\nmsgid_plural "first emptys"\nmsgstr[0] ""\n'
    b'msgstr[1] "x"\n\nmsgctxt "c"\nmsgid ""\nmsgstr "empty msgid with context"\n\n'
    b'msgid "esc \\x41\\101\\t"\nmsgstr "ok\\0after"\n'
)


def compile_cases(case: type[Any]) -> list[Any]:
    many = po(
        FULL,
        *(f'msgid "message {i}"\nmsgstr "message {i} traduit"' for i in range(40)),
        'msgctxt "ctx"\nmsgid "message 1"\nmsgstr "avec contexte"',
        'msgid "one"\nmsgid_plural "many"\nmsgstr[0] "un"\nmsgstr[1] "des"',
        '#, fuzzy\nmsgid "fz"\nmsgstr "flou"',
        'msgid "un"\nmsgstr ""',
    )
    stats = ("rc", "stderr")
    return [
        compile_case(case, "hash table, contexts, plurals", {"a.po": many}, ["-o", "out.mo", "a.po"], ("out.mo",)),
        compile_case(case, "--no-hash", {"a.po": many}, ["--no-hash", "-o", "out.mo", "a.po"], ("out.mo",)),
        compile_case(case, "empty catalog writes no .mo", {"a.po": b""}, ["-o", "out.mo", "a.po"], ("out.mo",)),
        compile_case(case, "header only", {"a.po": po(FULL)}, ["-o", "out.mo", "a.po"], ("out.mo",)),
        compile_case(
            case,
            "several input files",
            {"a.po": po(FULL, 'msgid "a"\nmsgstr "b"'), "b.po": po(None, 'msgid "c"\nmsgstr "d"')},
            ["-o", "out.mo", "a.po", "b.po"],
            ("out.mo",),
        ),
        compile_case(
            case,
            "duplicate across files",
            {"a.po": po(FULL, 'msgid "a"\nmsgstr "b"'), "b.po": po(None, 'msgid "a"\nmsgstr "d"')},
            ["-o", "out.mo", "a.po", "b.po"],
            ("rc", "out.mo"),
        ),
        compile_case(
            case,
            "domain directives",
            {"a.po": b'domain "aa"\nmsgid "x"\nmsgstr "y"\n\ndomain "bb"\nmsgid "z"\nmsgstr "w"\n'},
            ["a.po"],
            ("aa.mo", "bb.mo"),
        ),
        compile_case(
            case,
            "domain directives with -o",
            {"a.po": b'domain "aa"\nmsgid "x"\nmsgstr "y"\n\ndomain "bb"\nmsgid "z"\nmsgstr "w"\n'},
            ["-o", "out.mo", "a.po"],
            ("out.mo",),
        ),
        compile_case(case, "--statistics", {"a.po": many}, ["--statistics", "-o", "out.mo", "a.po"], stats),
        compile_case(
            case,
            "fuzzy header, partial plural, empty msgid with msgctxt, NUL",
            {"a.po": EDGES},
            ["-o", "out.mo", "a.po"],
            ("out.mo",),
        ),
        compile_case(
            case, "--statistics of partial plurals", {"a.po": EDGES}, ["--statistics", "-o", "o.mo", "a.po"], stats
        ),
        compile_case(
            case,
            "--statistics, one of each",
            {"a.po": po(FULL, 'msgid "a"\nmsgstr "b"', 'msgid "c"\nmsgstr ""', '#, fuzzy\nmsgid "d"\nmsgstr "e"')},
            ["--statistics", "-o", "out.mo", "a.po"],
            stats,
        ),
        compile_case(
            case,
            "KOI8-R catalog",
            {"a.po": po(FULL.replace("UTF-8", "KOI8-R"), 'msgid "Hello"\nmsgstr "Привет"').decode().encode("koi8-r")},
            ["-o", "out.mo", "a.po"],
            ("out.mo",),
        ),
        compile_case(
            case,
            "system-dependent string",
            {"a.po": po(FULL, '#, c-format\nmsgid "%<PRId64> files"\nmsgstr "%<PRId64> fichiers"')},
            ["-o", "out.mo", "a.po"],
            ("out.mo",),
        ),
    ]


def check_cases(case: type[Any]) -> list[Any]:
    def one(name: str, body: bytes, option: str = "-c") -> Any:
        return case(
            "msgfmt -c",
            name,
            {"a.po": body},
            ["msgfmt", option, "-o", "out.mo", "a.po"],
            ["compile", option, "-o", "out.mo", "a.po"],
            compare=("rc", "out.mo"),
        )

    return [
        one("faithful c-format", po(FULL, '#, c-format\nmsgid "%d files"\nmsgstr "%d fichiers"')),
        one("c-format argument lost", po(FULL, '#, c-format\nmsgid "%d files"\nmsgstr "fichiers"')),
        one(
            "python-format type changed", po(FULL, '#, python-format\nmsgid "%(n)d"\nmsgstr "%(n)s"'), "--check-format"
        ),
        one("newline mismatch", po(FULL, 'msgid "a\\n"\nmsgstr "b"')),
        one("plural forms missing", po(UTF8, 'msgid "one"\nmsgid_plural "many"\nmsgstr[0] "un"\nmsgstr[1] "des"')),
        one("plural count wrong", po(FULL, 'msgid "one"\nmsgid_plural "many"\nmsgstr[0] "un"')),
        one("header fine", po(FULL, 'msgid "a"\nmsgstr "b"'), "--check-header"),
        one("fuzzy with bad format is skipped", po(FULL, '#, fuzzy, c-format\nmsgid "%d"\nmsgstr "x"')),
    ]


def format_case(case: type[Any], name: str, body: bytes, *options: str) -> Any:
    return case(
        "msgcat",
        name,
        {"a.po": body},
        ["msgcat", *options, "-o", "out", "a.po"],
        ["format", *options, "-o", "out", "a.po"],
    )


def format_cases(case: type[Any]) -> list[Any]:
    long_text = "Nothing " * 12
    return [
        format_case(case, "long lines wrap", po(FULL, f'msgid "{long_text}"\nmsgstr "{long_text}"')),
        format_case(case, "no-wrap flag", po(FULL, f'#, no-wrap\nmsgid "{long_text}"\nmsgstr "{long_text}"')),
        format_case(case, "--no-wrap", po(FULL, f'msgid "{long_text}"\nmsgstr "{long_text}"'), "--no-wrap"),
        format_case(
            case,
            "-w 50",
            po(FULL, f'#: a.c:1 b.c:2 c.c:3 d.c:4 e.c:5 f.c:6\nmsgid "{long_text}"\nmsgstr "{long_text}"'),
            "-w",
            "50",
        ),
        format_case(
            case,
            "no break inside %.*s",
            po(
                FULL,
                '#, c-format\nmsgid "' + "x" * 73 + ' %.*s and more text"\n'
                'msgstr "' + "y" * 73 + ' %.*s et plus de texte"',
            ),
        ),
        format_case(
            case,
            "no break inside %(name)s",
            po(FULL, '#, python-format\nmsgid "' + "x" * 60 + ' %(count)d and more text here"\nmsgstr ""'),
        ),
        format_case(case, "range flag", po(FULL, '#, c-format, range: 1..5\nmsgid "%d"\nmsgstr "%d"')),
        format_case(
            case, "flag order", po(FULL, '#, no-wrap, python-format, fuzzy, c-format\nmsgid "%d"\nmsgstr "%d"')
        ),
        format_case(
            case,
            "previous and obsolete",
            po(FULL, '#, fuzzy\n#| msgid "old"\nmsgid "new"\nmsgstr "neu"', '#~ msgid "gone"\n#~ msgstr "weg"'),
        ),
        format_case(case, "--sort-output", po(FULL, 'msgid "b"\nmsgstr "1"', 'msgid "a"\nmsgstr "2"'), "--sort-output"),
        format_case(
            case, "escapes and embedded newlines", po(FULL, 'msgid "a\\tb\\nc \\"q\\" \\\\ d\\n"\nmsgstr "x\\ny"')
        ),
        format_case(
            case,
            "comments, flags and obsolete entries as written",
            po(
                UTF8,
                "#\n# trailing blanks   \n#   \n#no space\n#.\n#. extracted  \n#: file.c\n#: a.c:1 b.c:2\n#, fuzzy\n"
                'msgid "untranslated fuzzy"\nmsgstr ""',
                '#, fuzzy\n#| msgctxt "old"\n#| msgid "o"\n#| msgid_plural "os"\nmsgctxt "c"\nmsgid "n"\n'
                'msgid_plural "ns"\nmsgstr[0] "a"\nmsgstr[1] "b"',
                '#~ msgid "obsolete untranslated"\n#~ msgstr ""',
                '# note\n#, fuzzy\n#~| msgid "older"\n#~ msgctxt "c"\n#~ msgid "ob"\n#~ msgid_plural "obs"\n'
                '#~ msgstr[0] "a"\n#~ msgstr[1] "b"',
                '#, no-c-format, impossible-python-format, possible-c-format\nmsgid "100% sure"\nmsgstr "sicher"',
                '#, wrap\nmsgid "w"\nmsgstr "w"',
            ),
        ),
        format_case(
            case,
            "KOI8-R kept",
            po(FULL.replace("UTF-8", "KOI8-R"), 'msgid "Hello"\nmsgstr "Привет"').decode().encode("koi8-r"),
        ),
    ]


def round_trip_cases(case: type[Any]) -> list[Any]:
    """Every catalog of this repository (and the generated bench catalogs, when present), rewritten by msgcat and
    by stele format: the same bytes."""
    root = Path(__file__).resolve().parent.parent
    found = sorted(root.glob("locales/**/*.po*")) + sorted(root.glob("tests/golden/**/*.pot"))
    found += sorted((root / "bench/out/data").glob("*_2000.po*"))
    return [
        case(
            "round trip",
            str(path.relative_to(root)),
            {"a.po": path.read_bytes()},
            ["msgcat", "-o", "out", "a.po"],
            ["format", "-o", "out", "a.po"],
        )
        for path in found
    ]


FAMILIES = (merge_cases, compile_cases, check_cases, format_cases, round_trip_cases)
