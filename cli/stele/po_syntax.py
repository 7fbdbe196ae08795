"""PO syntax: a strict, fast reader of PO text into Messages with line numbers and syntax problems."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_STRING_RE = re.compile(r'"((?:[^"\\]|\\.)*)"[ \t\r\f\v]*')
_KEYWORD_RE = re.compile(r"(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)[ \t]*(.*)")
_ESCAPE_RE = re.compile(r"\\(?:([ntrabfv\\\"'?])|([0-7]{1,3})|x([0-9A-Fa-f]+)|(.))")
_SIMPLE = {"n": "\n", "t": "\t", "r": "\r", "a": "\a", "b": "\b", "f": "\f", "v": "\v",
           "\\": "\\", '"': '"', "'": "'", "?": "?"}


@dataclass(slots=True)
class Message:
    """One PO entry as written, with the lines its parts stand on."""

    msgid: str = ""
    msgstr: str = ""
    msgctxt: str | None = None
    msgid_plural: str | None = None
    msgstr_plural: list[str] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)
    extracted: list[str] = field(default_factory=list)
    references: list[str] = field(default_factory=list)
    previous_msgid: str | None = None
    previous_msgctxt: str | None = None
    obsolete: bool = False
    line: int = 0
    msgstr_line: int = 0

    @property
    def is_header(self) -> bool:
        return self.msgid == "" and self.msgctxt is None and not self.obsolete

    @property
    def fuzzy(self) -> bool:
        return "fuzzy" in self.flags

    @property
    def translations(self) -> list[str]:
        return self.msgstr_plural if self.msgid_plural is not None else [self.msgstr]

    @property
    def translated(self) -> bool:
        return all(self.translations) and bool(self.translations) and not self.fuzzy


@dataclass(frozen=True, slots=True)
class SyntaxProblem:
    line: int
    message: str


@dataclass(slots=True)
class ParsedPo:
    """A whole PO file: its messages (header first if present) and what could not be read."""

    messages: list[Message]
    problems: list[SyntaxProblem]

    @property
    def header(self) -> Message | None:
        first = self.messages[0] if self.messages else None
        return first if first is not None and first.is_header else None

    def metadata(self) -> dict[str, str]:
        header = self.header
        found: dict[str, str] = {}
        if header is None:
            return found
        for line in header.msgstr.split("\n"):
            key, sep, value = line.partition(":")
            if sep:
                found.setdefault(key.strip(), value.strip())
        return found


def unescape(body: str) -> str:
    """Decode a PO string's C escapes (``\\n``, ``\\"``, octal, hex)."""
    if "\\" not in body:
        return body
    return _ESCAPE_RE.sub(_escape, body)


def _escape(match: re.Match[str]) -> str:
    simple, octal, hexa, other = match.groups()
    if simple is not None:
        return _SIMPLE[simple]
    if octal is not None:
        return chr(int(octal, 8))
    if hexa is not None:
        return chr(int(hexa, 16) & 0xFF)
    raise ValueError(f"invalid control sequence \\{other}")


class _Reader:
    """The parser's state while it walks the lines once."""

    def __init__(self) -> None:
        self.messages: list[Message] = []
        self.problems: list[SyntaxProblem] = []
        self.current = Message()
        self.pending = Message()  # comments and flags waiting for their msgid
        self.field: str | None = None  # the field continuation strings append to
        self.started = False
        self.seen_msgstr = False

    def problem(self, line: int, message: str) -> None:
        self.problems.append(SyntaxProblem(line, message))

    def finish(self) -> None:
        if self.started:
            if not self.seen_msgstr:
                self.problem(self.current.line, "missing 'msgstr' section")
            else:
                self.messages.append(self.current)
        self.current, self.started, self.seen_msgstr, self.field = Message(), False, False, None

    def start(self, line: int, obsolete: bool) -> None:
        self.finish()
        pending = self.pending
        self.current = Message(
            flags=pending.flags, comments=pending.comments, extracted=pending.extracted,
            references=pending.references, previous_msgid=pending.previous_msgid,
            previous_msgctxt=pending.previous_msgctxt, obsolete=obsolete, line=line,
        )
        self.pending = Message()
        self.started = True

    def comment(self, line: int, text: str) -> None:
        if self.seen_msgstr:
            self.finish()
        self.field = None
        kind, rest = text[1:2], text[2:]
        target = self.pending
        if kind == ",":
            target.flags.extend(flag.strip() for flag in rest.split(",") if flag.strip())
        elif kind == ".":
            target.extracted.append(rest[1:] if rest.startswith(" ") else rest)
        elif kind == ":":
            target.references.extend(rest.split())
        elif kind == "|":
            self.previous(line, rest.strip())
        else:
            body = text[1:]
            target.comments.append(body[1:] if body.startswith(" ") else body)

    def previous(self, line: int, text: str) -> None:
        match = _KEYWORD_RE.fullmatch(text)
        if match is None:
            if text.startswith('"') and self.field in ("#|msgid", "#|msgctxt"):
                value = self.string(line, text)
                if self.field == "#|msgid":
                    self.pending.previous_msgid = (self.pending.previous_msgid or "") + value
                else:
                    self.pending.previous_msgctxt = (self.pending.previous_msgctxt or "") + value
            return
        keyword, _, rest = match.groups()
        value = self.string(line, rest)
        if keyword == "msgid":
            self.pending.previous_msgid, self.field = value, "#|msgid"
        elif keyword == "msgctxt":
            self.pending.previous_msgctxt, self.field = value, "#|msgctxt"
        else:
            self.field = None

    def string(self, line: int, text: str) -> str:
        match = _STRING_RE.fullmatch(text)
        if match is None:
            if text.startswith('"') and (text.count('"') - text.count('\\"')) % 2:
                self.problem(line, "end-of-line within string")
            else:
                self.problem(line, "syntax error")
            return ""
        try:
            return unescape(match.group(1))
        except ValueError as exc:
            self.problem(line, str(exc))
            return ""

    def keyword(self, line: int, text: str, obsolete: bool) -> None:
        match = _KEYWORD_RE.fullmatch(text)
        if match is None:
            word = text.split()[0] if text.split() else text
            self.problem(line, f"keyword {word!r} unknown" if word.isidentifier() else "syntax error")
            self.field = None
            return
        keyword, index, rest = match.groups()
        handler = _KEYWORDS.get(keyword.split("[")[0])
        assert handler is not None
        handler(self, line, index, obsolete)
        value = self.string(line, rest)
        self.store(value, append=False)

    def store(self, value: str, *, append: bool) -> None:
        message, name = self.current, self.field
        if name is None:
            return
        if name == "msgstr_plural":
            message.msgstr_plural[-1] = message.msgstr_plural[-1] + value if append else value
            return
        old = getattr(message, name) or "" if append else ""
        setattr(message, name, old + value)

    def continuation(self, line: int, text: str) -> None:
        if self.field is None:
            self.problem(line, "syntax error")
            return
        value = self.string(line, text)
        if self.field.startswith("#|"):
            return
        self.store(value, append=True)

    def on_msgctxt(self, line: int, index: str | None, obsolete: bool) -> None:
        self.start(line, obsolete)
        self.field = "msgctxt"

    def on_msgid(self, line: int, index: str | None, obsolete: bool) -> None:
        message = self.current
        if not (self.started and not self.seen_msgstr and message.msgctxt is not None and self.field == "msgctxt"):
            self.start(line, obsolete)
        self.current.line = line
        self.field = "msgid"

    def on_msgid_plural(self, line: int, index: str | None, obsolete: bool) -> None:
        if not self.started or self.seen_msgstr or self.field not in ("msgid",):
            self.problem(line, "syntax error: msgid_plural must follow msgid")
            self.field = None
            return
        self.current.msgid_plural = ""
        self.field = "msgid_plural"

    def on_msgstr(self, line: int, index: str | None, obsolete: bool) -> None:
        message = self.current
        if not self.started:
            self.problem(line, "syntax error: msgstr without msgid")
            self.field = None
            return
        if index is None:
            if message.msgid_plural is not None or self.seen_msgstr:
                self.problem(line, "syntax error: use msgstr[N] after msgid_plural" if not self.seen_msgstr
                             else "syntax error: duplicate msgstr")
            self.field = "msgstr"
        else:
            if message.msgid_plural is None:
                self.problem(line, "syntax error: msgstr[N] without msgid_plural")
            elif int(index) != len(message.msgstr_plural):
                self.problem(line, f"syntax error: expected msgstr[{len(message.msgstr_plural)}], got msgstr[{index}]")
            message.msgstr_plural.append("")
            self.field = "msgstr_plural"
        if not self.seen_msgstr:
            message.msgstr_line = line
        self.seen_msgstr = True


_KEYWORDS = {
    "msgctxt": _Reader.on_msgctxt,
    "msgid": _Reader.on_msgid,
    "msgid_plural": _Reader.on_msgid_plural,
    "msgstr": _Reader.on_msgstr,
}


def parse_po(text: str) -> ParsedPo:
    """Read PO ``text``; every problem is reported with its line, and reading goes on after it."""
    reader = _Reader()
    for number, raw in enumerate(text.split("\n"), 1):
        line = raw.strip()
        if not line:
            continue
        obsolete = False
        if line.startswith("#~"):
            line, obsolete = line[2:].lstrip(), True
            if line.startswith("|"):
                reader.comment(number, "#" + line)
                continue
            if not line:
                continue
        elif line[0] == "#":
            reader.comment(number, line)
            continue
        if line[0] == '"':
            reader.continuation(number, line)
        else:
            reader.keyword(number, line, obsolete)
    reader.finish()
    _duplicates(reader)
    return ParsedPo(reader.messages, sorted(reader.problems, key=lambda p: p.line))


def _duplicates(reader: _Reader) -> None:
    seen: dict[tuple[str | None, str], int] = {}
    for message in reader.messages:
        if message.obsolete:
            continue
        key = (message.msgctxt, message.msgid)
        if key in seen:
            reader.problem(message.line, f"duplicate message definition (first defined at line {seen[key]})")
        else:
            seen[key] = message.line
