"""Mutants of real catalogs for the msgfmt agreement test: deterministic edits, each kind PER_KIND times."""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

SEED = 20251122
PER_KIND = 14

_KEYWORD_RE = re.compile(r"(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s")
_PLACEHOLDERS = {
    "python-format": re.compile(r"%(?:\([^)]*\))?[-#0 +]*\d*(?:\.\d+)?[sdifrxXeEgGcou]"),
    "c-format": re.compile(r"%[-#0 +]*\d*(?:\.\d+)?[sdifxXeEgGcou]"),
    "python-brace-format": re.compile(r"\{[A-Za-z0-9_]*\}"),
    "javascript-format": re.compile(r"%(?:\d+\$)?[-+ 0]*\d*(?:\.\d+)?[csbdoxXfj]"),
}


@dataclass
class Entry:
    """One blank-line-separated block of a catalog: its lines by role (line indices)."""

    start: int
    end: int
    flags: int | None
    fields: dict[str, list[int]]  # keyword → the lines of its strings (the keyword line first)

    @property
    def msgstrs(self) -> list[list[int]]:
        return [lines for keyword, lines in self.fields.items() if keyword.startswith("msgstr")]


class Doc:
    """A catalog's lines, to be edited, and its entries (the header first)."""

    def __init__(self, text: str) -> None:
        self.lines = text.split("\n")
        self.entries: list[Entry] = []
        start = None
        for index, line in enumerate([*self.lines, ""]):
            if line.strip() and start is None:
                start = index
            elif not line.strip() and start is not None:
                self._entry(start, index)
                start = None

    def _entry(self, start: int, end: int) -> None:
        entry, keyword = Entry(start, end, None, {}), ""
        for index in range(start, end):
            line = self.lines[index]
            match = _KEYWORD_RE.match(line)
            if line.startswith("#~"):
                return
            if line.startswith("#,"):
                entry.flags = index
            elif match:
                keyword = match.group(1)
                entry.fields[keyword] = [index]
            elif line.startswith('"') and keyword:
                entry.fields[keyword].append(index)
        if "msgid" in entry.fields:
            self.entries.append(entry)

    def text(self) -> str:
        return "\n".join(self.lines)

    def header(self) -> Entry | None:
        first = self.entries[0] if self.entries else None
        return first if first and self.lines[first.fields["msgid"][0]] == 'msgid ""' else None

    def messages(self, test: Callable[[Entry], bool] = lambda entry: True) -> list[Entry]:
        return [e for e in self.entries[1:] if any(self.lines[i] != 'msgstr ""' for i in e.msgstrs[0]) and test(e)]

    def flagged(self, entry: Entry, flag: str) -> bool:
        return entry.flags is not None and flag in self.lines[entry.flags]

    def placeholders(self, entry: Entry) -> list[tuple[int, re.Match[str], str]]:
        found = []
        for flag, pattern in _PLACEHOLDERS.items():
            if self.flagged(entry, flag):
                found += [(i, m, flag) for lines in entry.msgstrs for i in lines
                          for m in pattern.finditer(self.lines[i])]
        return found

    def insert(self, index: int, text: str, *, at_end: bool) -> None:
        """Put ``text`` into the string on line ``index``, after its opening or before its closing quote."""
        line = self.lines[index]
        cut = line.rindex('"') if at_end else line.index('"') + 1
        self.lines[index] = line[:cut] + text + line[cut:]


def _entry(doc: Doc, rng: random.Random, test: Callable[[Entry], bool] = lambda entry: True) -> Entry | None:
    found = doc.messages(test)
    return rng.choice(found) if found else None


def _in_string(doc: Doc, rng: random.Random, texts: list[str], at_end: bool) -> bool:
    """Put one of ``texts`` at the start or end of a translation's string."""
    entry = _entry(doc, rng)
    if entry is None:
        return False
    lines = rng.choice(entry.msgstrs)
    doc.insert(lines[-1] if at_end else lines[min(1, len(lines) - 1)], rng.choice(texts), at_end=at_end)
    return True


def _line(doc: Doc, rng: random.Random, texts: list[str], where: str) -> bool:
    """Insert a line anywhere, between an entry's msgid and msgstr, or at the end."""
    entry = _entry(doc, rng)
    if where == "anywhere":
        index = rng.randrange(len(doc.lines))
    elif where == "before-msgstr" and entry is not None:
        index = entry.msgstrs[0][0]
    else:
        index = len(doc.lines)
    doc.lines.insert(index, rng.choice(texts))
    return True


def _header_field(doc: Doc, rng: random.Random, name: str, pattern: str, replacements: list[str]) -> bool:
    """Rewrite (or with no replacements, delete) the header line holding ``name``."""
    header = doc.header()
    index = next((i for i in (header.fields.get("msgstr", []) if header else []) if name in doc.lines[i]), None)
    if index is None:
        return False
    if not replacements:
        del doc.lines[index]
        return True
    doc.lines[index] = re.sub(pattern, rng.choice(replacements), doc.lines[index], count=1)
    return True


def _header(doc: Doc, rng: random.Random, how: str) -> bool:
    header = doc.header()
    if header is None:
        return False
    block = doc.lines[header.start:header.end]
    if how == "fuzzy":
        doc.lines.insert(header.start, "#, fuzzy")
        return True
    del doc.lines[header.start:header.end]
    if how == "empty":
        doc.lines[header.start:header.start] = [line for line in block if not line.startswith('"')]
    elif how == "last":
        doc.lines += ["", *block]
    return True


def _entry_edit(doc: Doc, rng: random.Random, how: str) -> bool:
    """Whole-entry edits: duplicate it, drop its msgstr, make part of it obsolete, misspell a keyword."""
    entry = _entry(doc, rng)
    if entry is None:
        return False
    if how == "duplicate":
        doc.lines += ["", *doc.lines[entry.start:entry.end]]
    elif how == "missing-msgstr":
        del doc.lines[entry.msgstrs[0][0]:entry.end]
    elif how == "obsolete-mix":
        for index in range(entry.start, entry.end):
            doc.lines[index] = ("#~ " if rng.random() < 0.6 else "") + doc.lines[index]
    elif how == "keyword-typo":
        index = rng.choice([lines[0] for lines in entry.fields.values()])
        doc.lines[index] = doc.lines[index].replace("msg", rng.choice(["mgs", "Msg", "msg_"]), 1)
    elif how == "two-strings-a-line" and len(entry.msgstrs[0]) > 2:
        index = entry.msgstrs[0][2]
        doc.lines[index - 1] += " " + doc.lines.pop(index)
    return True


def _plural_edit(doc: Doc, rng: random.Random, how: str) -> bool:
    entry = _entry(doc, rng, lambda e: "msgstr[1]" in e.fields)
    if entry is None:
        return False
    last = entry.msgstrs[-1]
    if how == "drop-form":
        del doc.lines[last[0]:last[-1] + 1]
    elif how == "add-form":
        doc.lines.insert(last[-1] + 1, f'msgstr[{len(entry.msgstrs)}] "x"')
    else:
        doc.lines[last[0]] = doc.lines[last[0]].replace("]", "1]", 1)
    return True


def _placeholder(doc: Doc, rng: random.Random, how: str) -> bool:
    """Drop, add, swap or change a placeholder of a c-, python- or python-brace-format translation."""
    found = [p for e in doc.messages() for p in doc.placeholders(e)]
    if not found:
        return False
    index, match, flag = rng.choice(found)
    line, text = doc.lines[index], match.group()
    if how == "swap":
        others = [m for i, m, _ in found if i == index and m.start() > match.end()]
        if not others:
            return False
        other = rng.choice(others)
        doc.lines[index] = (line[:match.start()] + other.group() + line[match.end():other.start()] + text
                            + line[other.end():])
        return text != other.group()
    extra = rng.choice([text, {"python-format": "%(zz)s", "python-brace-format": "{zz}"}.get(flag, "%d")])
    changed = text[:-1] + ":>3}" if flag == "python-brace-format" else text[:-1] + "ds"[text[-1] == "d"]
    new = {"drop": "", "add": text + extra, "change": changed}[how]
    doc.lines[index] = line[:match.start()] + new + line[match.end():]
    return True


def _flags(doc: Doc, rng: random.Random, how: str) -> bool:
    """Break a placeholder and change the flags: fuzzy, a second '#,' line, a range, another format."""
    entry = _entry(doc, rng, lambda e: e.flags is not None and bool(doc.placeholders(e)))
    if entry is None or entry.flags is None:
        return False
    if how == "retarget":
        doc.lines[entry.flags] = re.sub(r"[a-z-]*format", rng.choice(list(_PLACEHOLDERS)), doc.lines[entry.flags])
        return True
    index, match, _ = rng.choice(doc.placeholders(entry))
    doc.lines[index] = doc.lines[index][:match.start()] + doc.lines[index][match.end():]
    if how == "second-line":
        doc.lines.insert(entry.flags + rng.choice([0, 1]), rng.choice(["#, fuzzy", "#, no-wrap"]))
    else:
        doc.lines[entry.flags] += rng.choice({"fuzzy": [", fuzzy"], "range": [", range: 1..1", ", range: 0..9"]}[how])
    return True


def _drop_newline(doc: Doc, rng: random.Random) -> bool:
    entry = _entry(doc, rng, lambda e: any(doc.lines[lines[-1]].endswith('\\n"') for lines in e.msgstrs))
    if entry is None:
        return False
    index = next(lines[-1] for lines in entry.msgstrs if doc.lines[lines[-1]].endswith('\\n"'))
    doc.lines[index] = doc.lines[index][:-3] + '"'
    return True


def _whole(doc: Doc, rng: random.Random, how: str) -> bool:
    if how == "bom":
        doc.lines[0] = "\ufeff" + doc.lines[0]
    else:
        doc.lines = [line + "\r" for line in doc.lines]
    return True


Mutation = Callable[[Doc, random.Random], bool]
_GARBAGE = ["foo", "}", "msgid", "[0]", '"orphan string"', "42", 'msgstr "x"', '#~ msgid "zz"', "msgctxt", "# ok",
            'domain "x"']
MUTATIONS: dict[str, Mutation] = {
    "unterminated": partial(_in_string, texts=['"', '\\'], at_end=True),
    "bad-escape": partial(_in_string, texts=["\\q", "\\u00e9", "\\'", "\\?", "\\x41", "\\101", "\\e"],
                          at_end=False),
    "backslash-newline": partial(_in_string, texts=["ab\\\ncd", "\\\n"], at_end=True),
    "bad-byte-string": partial(_in_string, texts=["\udcff", "\udcc3(", "\udce2\udc82"], at_end=True),
    "newline-lead": partial(_in_string, texts=["\\n"], at_end=False),
    "newline-trail": partial(_in_string, texts=["\\n"], at_end=True),
    "newline-drop": _drop_newline,
    "stray-line": partial(_line, texts=_GARBAGE, where="anywhere"),
    "comment-inside": partial(_line, texts=["# note", "#, fuzzy", "#. x", '#| msgid "x"'], where="before-msgstr"),
    "bad-byte-comment": partial(_line, texts=["# \udcff", "#\udcff", "#. \udcc3"], where="end"),
    "duplicate": partial(_entry_edit, how="duplicate"),
    "missing-msgstr": partial(_entry_edit, how="missing-msgstr"),
    "obsolete-mix": partial(_entry_edit, how="obsolete-mix"),
    "keyword-typo": partial(_entry_edit, how="keyword-typo"),
    "two-strings-a-line": partial(_entry_edit, how="two-strings-a-line"),
    "bom": partial(_whole, how="bom"),
    "crlf": partial(_whole, how="crlf"),
    "bad-byte-header": partial(_header_field, name="Project-Id-Version", pattern=": ", replacements=[": \udcff"]),
    "charset": partial(_header_field, name="charset=", pattern=r"charset=[^\\ ]*", replacements=[
        f"charset={c}" for c in ("ASCII", "ISO-8859-1", "KOI8-R", "CP1252", "CHARSET", "utf8", "BIG5", "EUC-JP")]),
    "no-content-type": partial(_header_field, name="Content-Type", pattern="", replacements=[]),
    "no-plural-forms": partial(_header_field, name="Plural-Forms", pattern="", replacements=[]),
    "garbled-plural": partial(_header_field, name="plural=", pattern=r"(?<!n)plural=[^;\\]*", replacements=[
        f"plural={e}" for e in ("(n != 1", "n>", "n%3", "n-1", "n/0", "(n==1 ? 0 : 1)", "n>1 ? 2 : 0", "x", "0")]),
    "nplurals": partial(_header_field, name="nplurals=", pattern=r"nplurals=\s*\d+", replacements=[
        f"nplurals={n}" for n in (1, 2, 3, 4, 0)]),
    "no-header": partial(_header, how="delete"),
    "empty-header": partial(_header, how="empty"),
    "fuzzy-header": partial(_header, how="fuzzy"),
    "header-last": partial(_header, how="last"),
    "drop-form": partial(_plural_edit, how="drop-form"),
    "add-form": partial(_plural_edit, how="add-form"),
    "plural-index": partial(_plural_edit, how="index"),
    "drop-placeholder": partial(_placeholder, how="drop"),
    "add-placeholder": partial(_placeholder, how="add"),
    "swap-placeholders": partial(_placeholder, how="swap"),
    "change-conversion": partial(_placeholder, how="change"),
    "retarget-format": partial(_flags, how="retarget"),
    "fuzzy-broken": partial(_flags, how="fuzzy"),
    "second-flag-line": partial(_flags, how="second-line"),
    "range-flag": partial(_flags, how="range"),
}


def make_mutants(corpus: list[Path], folder: Path) -> list[Path]:
    """PER_KIND mutants of each kind, from catalogs picked with a fixed seed."""
    rng, made = random.Random(SEED), []
    for kind, mutate in MUTATIONS.items():
        for number in range(PER_KIND):
            for _ in range(30):  # find a catalog the mutation applies to
                source = rng.choice(corpus)
                doc = Doc(source.read_bytes().decode("utf-8", "surrogateescape"))
                if mutate(doc, rng):
                    path = folder / f"{kind}.{number}.{source.parent.parent.name}.po"
                    path.write_bytes(doc.text().encode("utf-8", "surrogateescape"))
                    made.append(path)
                    break
    return made
