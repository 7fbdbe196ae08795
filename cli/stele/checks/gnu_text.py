"""GNU gettext 0.21's words for the gettext findings (``--diagnostics gnu``): the one map from stele's findings to
msgfmt's and msgmerge's diagnostics, taken from gettext-tools/src (read-catalog.c, msgl-check.c, format-c.c,
format-python.c)."""

from __future__ import annotations

from collections.abc import Sequence

from stele.model import Fact, Finding

# In msgl-check.c's order: check_plural for the whole list, then per message the header, newlines, format.
_ORDER = {"plural-forms": 0, "header": 1, "header-fields": 1, "newlines": 2, "format": 3}


def _said(fact: Fact) -> str | None:
    """GNU's sentence for FACT; None where stele has no mapping for it (then stele's own text is given)."""
    values = fact.values
    if fact.kind == "header-missing":
        return f"header field '{values[0]}' missing in header"
    if fact.kind == "header-default":
        return f"header field '{values[0]}' still has the initial default value"
    if fact.kind == "newline":
        return f"'msgid' and '{values[1]}' entries do not both {values[0]} with '\\n'"
    if fact.kind == "format-count":
        return f"number of format specifications in '{values[0]}' and '{values[1]}' does not match"
    if fact.kind == "format-argument":
        return f"format specifications in '{values[0]}' and '{values[1]}' for argument {values[2]} are not the same"
    return None


def gnu_lines(finding: Finding) -> list[str]:
    """FINDING as GNU writes it: ``file:line: [warning: ]text``; a duplicate also names its first definition.
    A finding GNU's words are not mapped for keeps stele's text after GNU's ``file:line:``."""
    where = f"{finding.path}:{finding.line}: "
    fact = finding.fact
    if fact is not None and fact.kind == "duplicate":
        return [f"{where}duplicate message definition...",
                f"{finding.path}:{fact.values[0]}: ...this is the location of the first definition"]
    said = _said(fact) if fact is not None else None
    warning = "warning: " if finding.severity == "warning" else ""
    return [f"{where}{warning}{said if said is not None else finding.message}"]


def _plural_counts(group: list[Finding]) -> list[str]:
    """check_plural's one error for all messages whose number of forms is not nplurals: at the header, naming the
    first message with the fewest forms (or, when none has fewer, the most)."""
    nplurals, _, header_line = group[0].fact.values if group[0].fact is not None else ("0", "0", "0")
    counts = [int(f.fact.values[1]) if f.fact is not None else 0 for f in group]
    fewest, most = min(counts), max(counts)
    if fewest < int(nplurals):
        at = group[counts.index(fewest)]
        said = "only one plural form" if fewest == 1 else f"only {fewest} plural forms"
    else:
        at = group[counts.index(most)]
        said = "one plural form" if most == 1 else f"{most} plural forms"
    return [f"{at.path}:{header_line}: nplurals = {nplurals}...",
            f"{at.path}:{at.line}: ...but some messages have {said}"]


def _entries(shown: list[Finding]) -> list[tuple[list[str], bool]]:
    """Each diagnostic GNU prints for SHOWN (its lines, whether an error): the plural-count findings of a file are
    one."""
    entries: list[tuple[list[str], bool]] = []
    done: set[str] = set()
    for finding in shown:
        if finding.fact is not None and finding.fact.kind == "plural-count":
            if finding.path not in done:
                done.add(finding.path)
                group = [f for f in shown if f.path == finding.path and f.fact is not None
                         and f.fact.kind == "plural-count"]
                entries.append((_plural_counts(group), True))
            continue
        entries.append((gnu_lines(finding), finding.severity == "error"))
    return entries


def render_gnu(findings: Sequence[Finding], program: str) -> str:
    """What msgfmt or msgmerge (PROGRAM) prints for FINDINGS (errors and warnings): when the files break PO syntax,
    only those errors (GNU stops after reading); else the checks in msgl-check.c's order; then, if any error,
    ``PROGRAM: found N fatal error(s)``."""
    syntax = [f for f in findings if f.rule == "syntax"]
    files = {path: number for number, path in enumerate(dict.fromkeys(f.path for f in findings))}
    shown = syntax or sorted(findings, key=lambda f: (files[f.path], f.rule != "plural-forms", f.line,
                                                      _ORDER.get(f.rule, len(_ORDER))))
    entries = _entries(shown)
    lines = [line for said, _ in entries for line in said]
    errors = sum(error for _, error in entries)
    if errors:
        lines.append(f"{program}: found {errors} fatal error{'' if errors == 1 else 's'}")
    return "".join(line + "\n" for line in lines)
