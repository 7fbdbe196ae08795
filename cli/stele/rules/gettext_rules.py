"""Gettext rules: syntax, header, header-fields, plural-forms, format and newlines, as GNU msgfmt --check sees them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from stele.model import Fact, Finding
from stele.po.catalog import Catalog, Message
from stele.po.formats import LANGUAGES, FormatError, FormatProblem, Spec, compare_formats, parse_format
from stele.po.plurals import Expression, PluralForms, histogram, read_plural_forms
from stele.rules.base import CatalogFile, Rule

_RANGE_RE = re.compile(r"([0-9]+)\.\.([0-9]+)")
_FORMAT_FLAGS = {f"{prefix}{language}-format": (language, prefix in ("", "possible-"))
                 for language in LANGUAGES for prefix in ("", "possible-", "impossible-", "no-")}
# msgl-check.c's check_header_entry: the fields msgfmt --check-header wants, and their msginit placeholders.
_HEADER_FIELDS = {
    "Project-Id-Version": "PACKAGE VERSION", "PO-Revision-Date": "YEAR-MO-DA HO:MI+ZONE",
    "Last-Translator": "FULL NAME <EMAIL@ADDRESS>", "Language-Team": "LANGUAGE <LL@li.org>", "MIME-Version": None,
    "Content-Type": "text/plain; charset=CHARSET", "Content-Transfer-Encoding": "ENCODING", "Language": "",
}  # fmt: skip
_PLURAL_FORMS_HINT = 'e.g. "Plural-Forms: nplurals=2; plural=(n != 1);\\n" (the one for the language)'


def _germanic(n: int) -> int:
    return int(n != 1)


@dataclass(frozen=True, slots=True)
class _Problem:
    line: int
    message: str
    fact: Fact | None = None


@dataclass(frozen=True, slots=True)
class _Plurals:
    """What the header's Plural-Forms gives: problems, and which forms stand for many n (None: unknown)."""

    problems: list[_Problem]
    often: tuple[bool, ...] | None = None
    expression: Expression | None = None


def check_syntax(file: CatalogFile) -> Iterator[Finding]:
    """PO syntax and encoding errors, each at its line."""
    for problem in file.parsed.problems:
        fact = Fact("duplicate", (str(problem.first_line),)) if problem.first_line is not None else None
        yield file.finding("syntax", problem.line, problem.message, fact=fact)


def check_header(file: CatalogFile) -> Iterator[Finding]:
    """msgfmt needs a header entry (msgid "" without msgctxt) with a non-empty msgstr; fuzzy is fine."""
    header = _header(file.parsed)
    if header is None:
        yield file.finding("header", 1, 'no header entry (msgid "" whose msgstr holds Content-Type, Plural-Forms, '
                           "…): msgfmt refuses the file; add one (msginit or msgcat write it)")
    elif not _c_string(header.msgstr):
        yield file.finding("header", header.msgstr_line, "the header entry's msgstr is empty, so msgfmt ignores it "
                           'and refuses the file; fill it in ("Content-Type: text/plain; charset=UTF-8\\n", …)',
                           msg=header)


def check_header_fields(file: CatalogFile, *, templates: bool = False) -> Iterator[Finding]:
    """Warnings, as msgfmt --check-header's (check_header_entry of msgl-check.c): a standard field missing or left at
    msginit's placeholder, each looked up at the start of a header line, in msgfmt's order. In a template only when
    ``templates`` (stele compile): there the placeholders are expected."""
    header = _header(file.parsed)
    if header is None or not _c_string(header.msgstr) or (file.is_template and not templates):
        return
    lines = _c_string(header.msgstr).split("\n")
    for name, placeholder in _HEADER_FIELDS.items():
        value = next((line[len(name) + 1:] for line in lines if line.startswith(name + ":")), None)
        if value is None:
            yield file.finding("header-fields", header.msgstr_line, f"header field '{name}' is missing; add it "
                               "(msginit writes every standard field)", msg=header, severity="warning",
                               fact=Fact("header-missing", (name,)))
        elif placeholder is not None and value.removeprefix(" ") == placeholder:
            yield file.finding("header-fields", header.msgstr_line, f"header field '{name}' still has msginit's "
                               f"placeholder '{placeholder}'; fill it in", msg=header, severity="warning",
                               fact=Fact("header-default", (name,)))


def check_plural_forms(file: CatalogFile) -> Iterator[Finding]:
    """Plural-Forms present and valid when needed, nplurals agreeing with the expression and every msgstr[N].

    Not for templates: msginit fills in their "nplurals=INTEGER; plural=EXPRESSION;" placeholder.
    """
    if file.is_template:
        return
    for problem in plurals_of(file.parsed).problems:
        yield file.finding("plural-forms", problem.line, problem.message, fact=problem.fact)


def check_format(file: CatalogFile) -> Iterator[Finding]:
    """Placeholders of c-, objc-, python-, python-brace- and javascript-format messages, as msgfmt -c compares them."""
    plurals: _Plurals | None = None
    for msg in file.parsed.messages:
        languages = _format_languages(msg) if msg.flags else ()
        if not languages or not checked(msg) or not _c_string(msg.msgid):
            continue
        if plurals is None and msg.msgid_plural is not None:
            plurals = plurals_of(file.parsed)
        for language in languages:
            yield from _check_message_format(file, msg, language, plurals)


def check_newlines(file: CatalogFile) -> Iterator[Finding]:
    """msgid, msgid_plural and every translation all begin with a newline, or none does; the same at the end."""
    for msg in file.parsed.messages:
        msgid = msg.msgid
        if msg.msgid_plural is None and "\0" not in msgid and "\0" not in msg.msgstr:  # the common case, at once
            text = msg.msgstr
            if (text[:1] == "\n") == (msgid[:1] == "\n") and (text[-1:] == "\n") == (msgid[-1:] == "\n"):
                continue
        msgid = _c_string(msgid)
        if not msgid or not checked(msg):
            continue
        texts = [("msgid_plural", _c_string(msg.msgid_plural))] if msg.msgid_plural is not None else []
        forms = _forms(msg)
        texts += [(f"msgstr[{j}]", form) for j, form in enumerate(forms)] if msg.msgid_plural is not None \
            else [("msgstr", forms[0])]
        for end, test in (("begin", str.startswith), ("end", str.endswith)):
            wanted = test(msgid, "\n")
            for name, text in texts:
                if test(text, "\n") != wanted:
                    yield file.finding("newlines", msg.msgstr_line, _newline_problem(name, end, wanted), msg=msg,
                                       fact=Fact("newline", (end, name)))


def _newline_problem(name: str, end: str, wanted: bool) -> str:
    where = "begins" if end == "begin" else "ends"
    if name == "msgid_plural":
        return f"the msgid and msgid_plural do not both {end} with a newline (\\n); make them agree in the source"
    if wanted:
        return f"the msgid {where} with a newline (\\n) but the {name} does not; {end} the {name} with \\n too"
    return f"the {name} {where} with a newline (\\n) but the msgid does not; remove it"


def _check_message_format(file: CatalogFile, msg: Message, language: str, plurals: _Plurals | None) \
        -> Iterator[Finding]:
    label = "msgid_plural" if msg.msgid_plural is not None else "msgid"
    source = _source_spec(language, _c_string(msg.msgid if msg.msgid_plural is None else msg.msgid_plural))
    if source is None:
        return  # msgfmt checks nothing when the source itself is no valid format string
    forms = _forms(msg)
    for j, form in enumerate(forms):
        name = f"msgstr[{j}]" if msg.msgid_plural is not None else "msgstr"
        try:
            target = parse_format(language, form, True)
        except FormatError as exc:
            literal = "{ as {{" if language == "python-brace" else "% as %%"
            yield file.finding("format", msg.msgstr_line, f"'{language}-format' {name} is not a valid {language} "
                               f"format string, unlike the {label}: {exc}; fix the placeholder (write a literal "
                               f"{literal})", msg=msg)
            continue
        strict = _strict(msg, j, len(forms), plurals)
        problem = compare_formats(language, source, target, strict=strict, label=label)
        if problem is not None:
            fact = Fact(f"format-{problem.kind}", (label, name, str(problem.argument))) \
                if isinstance(problem, FormatProblem) and problem.kind else None
            yield file.finding("format", msg.msgstr_line, f"'{language}-format' {name} {problem}", msg=msg,
                               fact=fact)


@lru_cache(maxsize=4096)
def _source_spec(language: str, text: str) -> Spec | None:
    """A source's placeholders (None: no valid format string), read once for every catalog that translates it (the
    spec is only read, never changed)."""
    try:
        return parse_format(language, text, False)
    except FormatError:
        return None


def _strict(msg: Message, form: int, count: int, plurals: _Plurals | None) -> bool:
    """Whether plural form ``form`` must use every argument: it does unless it stands for at most one n."""
    if msg.msgid_plural is None or count < 2:
        return True
    if plurals is None or plurals.often is None or form >= len(plurals.often) or not plurals.often[form]:
        return False
    limits = _range(msg)
    if limits is None or plurals.expression is None:
        return True
    return histogram(plurals.expression, limits[0], limits[1], form) > 1


def plurals_of(parsed: Catalog) -> _Plurals:
    """msgfmt's check_plural: the header's nplurals= and plural=, read wherever they stand in its msgstr."""
    plural = [m for m in parsed.messages if m.msgid_plural is not None and checked(m)]
    header = _header(parsed)
    if header is None or not _c_string(header.msgstr):
        return _Plurals([_Problem(plural[0].line, "the catalog has plural messages but no header entry with "
                                  f"Plural-Forms; add one, {_PLURAL_FORMS_HINT}")] if plural else [],
                        (False, True), _germanic)
    forms = read_plural_forms(_c_string(header.msgstr))
    if forms.problems and forms.nplurals is None and forms.expression is None and forms.problems[0].startswith("lacks"):
        problems = [_Problem(header.line, f"the catalog has plural messages (line {plural[0].line}) but the header "
                             f"{forms.problems[0]}; add {_PLURAL_FORMS_HINT}")] if plural else []
        return _Plurals(problems, None if problems else (False, True), _germanic)
    if forms.expression is None or forms.nplurals is None:
        return _Plurals([_Problem(header.line, _in_plural_forms(problem)) for problem in forms.problems])
    if forms.problems:
        return _Plurals([_Problem(header.line, f"{forms.problems[0]}; fix Plural-Forms so the expression gives 0 … "
                                  "nplurals-1")])
    return _plural_counts(forms, plural, header.msgstr_line)


def _in_plural_forms(problem: str) -> str:
    what, paren, detail = problem.partition(" (")
    return f"{what} in Plural-Forms{' (' + detail if paren else ''}; {_PLURAL_FORMS_HINT}"


def _plural_counts(forms: PluralForms, plural: list[Message], header_line: int) -> _Plurals:
    """Each plural message whose number of forms is not nplurals (its fact: nplurals, its count, the header's
    msgstr line, where msgfmt reports the first message with the fewest or the most)."""
    problems: list[_Problem] = []
    nplurals = forms.nplurals or 0
    for msg in plural:
        count = len(_forms(msg))
        if count != nplurals:
            problems.append(_Problem(msg.msgstr_line, f"the message has {count} plural form(s) but the header "
                                     f"says nplurals={nplurals}; give exactly msgstr[0] … msgstr[{nplurals - 1}], "
                                     "or fix Plural-Forms", Fact("plural-count", (str(nplurals), str(count),
                                                                                  str(header_line)))))
    return _Plurals(problems, None if problems else forms.often, forms.expression)


def _header(parsed: Catalog) -> Message | None:
    """The header entry as msgfmt finds it: the first active msgid "" without msgctxt, wherever it stands."""
    return next((msg for msg in parsed.messages if msg.is_header), None)


def _c_string(text: str | None) -> str:
    """``text`` as msgfmt's C code sees it: up to its first NUL (from a \\0 escape)."""
    if text is None:
        return ""
    return text if "\0" not in text else text[: text.index("\0")]


def _forms(msg: Message) -> list[str]:
    """The translations as msgfmt's C code sees them: each up to its first NUL (from a \\0 escape)."""
    forms = msg.msgstr_plural if msg.msgid_plural is not None else [msg.msgstr]
    return forms if not any("\0" in form for form in forms) else [_c_string(form) for form in forms]


def _effective_flags(msg: Message) -> list[str]:
    """msgfmt heeds only the last '#,' line of an entry."""
    return msg.flags[msg.flags_start:] if msg.flags_start else msg.flags


def checked(msg: Message) -> bool:
    """Whether msgfmt checks the message: active, translated (first form not empty), not fuzzy (the header may be)."""
    first = msg.msgstr_plural[0] if msg.msgid_plural is not None and msg.msgstr_plural else msg.msgstr
    if msg.obsolete or not first or first[0] == "\0" or (msg.msgid_plural is not None and not msg.msgstr_plural):
        return False
    return msg.is_header or "fuzzy" not in _effective_flags(msg)


def _format_languages(msg: Message) -> list[str]:
    """The languages whose format msgfmt checks: flagged 'X-format' or 'possible-X-format', last flag winning."""
    decided: dict[str, bool] = {}
    for flag in _effective_flags(msg):
        found = _FORMAT_FLAGS.get(flag)
        if found is not None:
            decided[found[0]] = found[1]
    return [language for language, checked in decided.items() if checked]


def _range(msg: Message) -> tuple[int, int] | None:
    """The '#, range: MIN..MAX' flag, when given with MIN <= MAX."""
    flags = _effective_flags(msg)
    for index, flag in enumerate(flags[:-1]):
        if flag == "range:":
            match = _RANGE_RE.match(flags[index + 1])
            if match is not None and int(match.group(1)) <= int(match.group(2)):
                return int(match.group(1)), int(match.group(2))
    return None


GETTEXT_RULES: dict[str, Rule] = {
    "syntax": check_syntax,
    "header": check_header,
    "header-fields": check_header_fields,
    "plural-forms": check_plural_forms,
    "format": check_format,
    "newlines": check_newlines,
}
