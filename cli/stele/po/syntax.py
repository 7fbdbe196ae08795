"""PO syntax: a strict, fast reader of PO text into Messages with line numbers and problems, as msgfmt reads it."""

from __future__ import annotations

import re
from collections.abc import Iterable

from stele.collector import collector_paused
from stele.po.catalog import Catalog, Message, SyntaxProblem
from stele.po.fast import lean_catalog

_WS = " \t\r\f\v"
_FAST_KEYWORD_RE = re.compile(
    r'(msgctxt|msgid_plural|msgid|msgstr)(?:\[(\d+)\])?[ \t\r\f\v]*"([^"\\]*(?:\\.[^"\\]*)*)"[ \t\r\f\v]*'
)
_FAST_STRING_RE = re.compile(r'"([^"\\]*(?:\\.[^"\\]*)*)"[ \t\r\f\v]*')
_TOKEN_RE = re.compile(
    r'[ \t\r\f\v]*(?:"([^"\\]*(?:\\.[^"\\]*)*)(?:(")|\\?\Z)'  # 1: string body, 2: its closing quote
    r"|([A-Za-z_$][A-Za-z0-9_$]*)"  # 3: keyword
    r"|([0-9]+)"  # 4: number
    r"|(#.*)"  # 5: comment, #~ or #| marker
    r"|(.))"  # 6: any other character
)
_ESCAPE_RE = re.compile(r"\\(?:([ntrabfv\\\"])|([0-7]{1,3})|x([0-9A-Fa-f]+)|(.?))")
_SIMPLE = {"n": "\n", "t": "\t", "r": "\r", "a": "\a", "b": "\b", "f": "\f", "v": "\v", "\\": "\\", '"': '"'}
_FLAG_SPLIT_RE = re.compile(r"[ \t\r\f\v,]+")
_UNDECODABLE_RE = re.compile("[\udc80-\udcff]+")
_KEYWORDS = frozenset(("msgctxt", "msgid", "msgid_plural", "msgstr", "domain"))
_PREVIOUS_KEYWORDS = frozenset(("msgctxt", "msgid", "msgid_plural"))
# (state, token) → next state; a token with no entry here is a syntax error.
_NEXT = {
    ("idle", "msgid"): "id", ("idle", "msgctxt"): "ctxt", ("idle", "#|msgid"): "prev_id",
    ("idle", "#|msgctxt"): "prev_ctxt", ("prev_ctxt", "#|msgid"): "prev_id",
    ("prev_id", "#|msgid_plural"): "prev_plural", ("prev_id", "msgid"): "id", ("prev_id", "msgctxt"): "ctxt",
    ("prev_plural", "msgid"): "id", ("prev_plural", "msgctxt"): "ctxt", ("ctxt", "msgid"): "id",
    ("id", "msgid_plural"): "plural", ("id", "msgstr"): "msgstr", ("plural", "msgstr"): "msgstr",
    ("strn", "msgstr"): "msgstr", ("msgstr", "["): "index", ("index", "number"): "index_number",
    ("index_number", "]"): "strn",
}
_FIELDS = {"msgid": "msgid", "msgctxt": "msgctxt", "msgid_plural": "msgid_plural", "#|msgid": "previous_msgid",
           "#|msgctxt": "previous_msgctxt", "#|msgid_plural": "previous_msgid_plural"}
_STARTS = frozenset(("msgid", "msgctxt", "#|msgid", "#|msgctxt"))
_STRING_STATES = frozenset(("prev_ctxt", "prev_id", "prev_plural", "ctxt", "id", "plural", "str", "strn"))
_PLAIN_STATES = frozenset(("str", "id", "strn"))  # a string here only continues the field
_ENDABLE = frozenset(("id", "plural", "str", "strn"))  # states where a message may end (perhaps lacking a part)
_BAD_BYTES = "invalid multibyte sequence: these bytes are not valid in the header's charset; re-encode the file"
_MISSING = {"id": "missing 'msgstr' section: give the message a msgstr",
            "plural": "missing 'msgstr[]' section: give the message msgstr[0], msgstr[1], …"}


def unescape(body: str) -> str:
    """Decode a PO string's C escapes (``\\n``, ``\\"``, octal, hex) as msgfmt does."""
    if "\\" not in body:
        return body
    return _ESCAPE_RE.sub(_escape, body)


def _escape(match: re.Match[str]) -> str:
    simple, octal, hexa, other = match.groups()
    if simple is not None:
        return _SIMPLE[simple]
    if octal is not None or hexa is not None:  # msgfmt keeps the low byte; above 0x7F, a byte of the charset
        byte = (int(octal, 8) if octal is not None else int(hexa, 16)) & 0xFF
        return chr(byte) if byte < 0x80 else chr(0xDC00 + byte)  # decoded with its neighbours by _decode_bytes
    raise ValueError(f"invalid control sequence \\{other}: escape only with \\n \\t \\\" \\\\ \\r \\a \\b \\f \\v, "
                     "octal \\ooo or hex \\xhh")


class _Reader:
    """The parser's state while it reads the tokens once, following msgfmt's grammar."""

    def __init__(self, undecodable: bool, codec: str = "utf-8") -> None:
        self.messages: list[Message] = []
        self.problems: list[SyntaxProblem] = []
        self.current, self.pending = Message(), Message()  # pending: comments and flags waiting for their message
        self.state = "idle"  # the grammar state: idle, skip (after an error), prev_*, ctxt, id, plural, str, strn, …
        self.field = ""  # what the next strings append to
        self.need_string = self.broken = self.inconsistent = False  # broken: the message cannot be kept
        self.plain_msgstr = False  # msgstr may still be plain (no msgid_plural, no msgstr[N] yet)
        self.undecodable = undecodable  # lone surrogates stand for bytes invalid in the charset
        self.check_bytes = False  # becomes True once the header (which names the charset) is read
        self.escaped_bytes = False  # an octal or hex escape in the current message gave a byte above 0x7F
        self.codec = codec  # the charset's codec: it decodes those bytes when the message is complete

    def problem(self, line: int, message: str, first_line: int | None = None) -> None:
        self.problems.append(SyntaxProblem(line, message, first_line))

    def fail(self, line: int, message: str) -> None:
        """A token msgfmt cannot take here: keep a complete message, report, and skip to the next message."""
        if self.state != "skip":
            if self.state in ("str", "strn") and not self.need_string:
                self.finish()
            self.problem(line, message)
        self.state, self.need_string, self.field = "skip", False, ""

    def finish(self) -> None:
        message = self.current
        if self.escaped_bytes:
            _decode_bytes(message, self.codec)
            self.escaped_bytes = False
        if not self.broken:
            self.messages.append(message)
            if self.undecodable and message.msgid == "" and message.msgctxt is None and not message.obsolete:
                self.check_bytes = True
        self.state, self.field = "idle", ""

    def close(self, line: int) -> None:
        """The message in progress ends before ``line``: keep it, or say what it lacks."""
        state = self.state
        if state in _ENDABLE and not self.need_string:
            if state in _MISSING:
                self.problem(self.current.line, _MISSING[state])
            else:
                self.finish()
            self.state, self.field = "idle", ""
        elif state not in ("idle", "skip"):
            self.fail(line, "syntax error: the message is cut off here; complete it with its msgid and msgstr")
        if self.state == "skip":
            self.state = "idle"

    def start(self, obsolete: bool) -> None:
        self.current, self.pending = self.pending, Message()
        self.current.obsolete = obsolete
        self.broken, self.inconsistent, self.plain_msgstr = False, False, True

    def consistent(self, line: int, obsolete: bool) -> None:
        if obsolete != self.current.obsolete and not self.inconsistent:
            self.inconsistent = True
            self.problem(line, "inconsistent use of #~: mark every line of an obsolete entry with #~, or none")

    def comment(self, line: int, text: str) -> None:
        if self.undecodable:
            if self.check_bytes and _UNDECODABLE_RE.match(text, 1):
                self.problem(line, _BAD_BYTES)
            text = _UNDECODABLE_RE.sub("\ufffd", text)
        self.close(line)
        kind, rest, target = text[1:2], text[2:], self.pending
        if kind == ",":
            target.flags_start = len(target.flags)
            target.flags.extend(flag for flag in _FLAG_SPLIT_RE.split(rest) if flag)
        elif kind == ":":
            target.references.extend(rest.split())
        else:
            body = rest if kind == "." else text[1:]
            (target.extracted if kind == "." else target.comments).append(body[1:] if body[:1] == " " else body)

    def keyword(self, line: int, word: str, index: str | None, obsolete: bool, previous: bool) -> None:
        if word not in (_PREVIOUS_KEYWORDS if previous else _KEYWORDS):
            self.fail(line, f"keyword {word!r} unknown: use msgctxt, msgid, msgid_plural or msgstr")
        elif word == "domain":
            self.fail(line, "'domain' directive: msgfmt -o ignores it and fails; remove the line")
        else:
            self.token(line, "#|" + word if previous else word, obsolete)
            if index is not None:  # msgstr[N] read at once
                self.token(line, "[", obsolete)
                self.index(line, index, obsolete)
                self.token(line, "]", obsolete)

    def token(self, line: int, kind: str, obsolete: bool) -> None:
        """A keyword, '[' or ']'."""
        state = self.state
        if state == "skip":
            if kind not in _STARTS:
                return
            state = self.state = "idle"
        next_state = None if self.need_string else _NEXT.get((state, kind))
        if next_state is None and not self.need_string and state in _ENDABLE:
            self.close(line)
            state = self.state
            next_state = _NEXT.get((state, kind))
        if next_state is None:
            self.fail(line, f"syntax error: {kind.removeprefix('#|')!r} cannot stand here")
            return
        if state == "idle":
            self.start(obsolete)
        else:
            self.consistent(line, obsolete)
        self.state = next_state
        message = self.current
        if kind in _FIELDS:
            name = self.field = _FIELDS[kind]
            self.need_string = True
            if kind == "msgid":
                message.line = line
            elif kind == "msgid_plural":
                self.plain_msgstr = False
            setattr(message, name, "")
        elif kind == "msgstr":
            message.msgstr_line = message.msgstr_line or line
        elif kind == "]":
            self.field, self.need_string = "msgstr_plural", True

    def index(self, line: int, digits: str, obsolete: bool) -> None:
        if self.state != "index":
            self.fail(line, "syntax error: a number cannot stand here")
            return
        self.consistent(line, obsolete)
        self.state = "index_number"
        number, expected = int(digits), len(self.current.msgstr_plural)
        if self.plain_msgstr:
            self.broken = True
            self.problem(line, "missing 'msgid_plural' section: msgstr[N] needs a msgid_plural before it")
        if number != expected:
            self.problem(line, f"plural form has wrong index: write msgstr[{expected}], not msgstr[{number}]"
                         if expected else "first plural form has nonzero index: start with msgstr[0]")
        self.plain_msgstr = False
        self.current.msgstr_plural.append("")

    def string(self, line: int, body: str, closed: bool, obsolete: bool, previous: bool) -> None:
        state = self.state
        if state in _PLAIN_STATES and closed and not previous and not obsolete \
                and not self.current.obsolete and not self.undecodable and "\\" not in body:
            self.need_string = False
            self.store(body)  # the common case, made fast
            return
        if not closed:
            self.problem(line, "end-of-line within string: close the string with '\"' on the same line")
        if state == "msgstr" and self.plain_msgstr and not previous:
            self.plain_msgstr, self.state, self.field = False, "str", "msgstr"
        elif state == "skip":
            return
        elif state not in _STRING_STATES or previous != state.startswith("prev"):
            self.fail(line, "syntax error: after msgid_plural, write msgstr[0], msgstr[1], …, not msgstr"
                      if state == "msgstr" else "syntax error: a string must follow a keyword or another string")
            return
        self.consistent(line, obsolete)
        self.need_string = False
        self.store(self.value(line, body))

    def value(self, line: int, body: str) -> str:
        if self.undecodable and _UNDECODABLE_RE.search(body):
            if self.check_bytes:
                self.problem(line, _BAD_BYTES)
            body = _UNDECODABLE_RE.sub("\ufffd", body)
        value = ""
        try:
            value = unescape(body)
        except ValueError as exc:
            self.problem(line, str(exc))
        self.escaped_bytes = self.escaped_bytes or _UNDECODABLE_RE.search(value) is not None
        return value

    def store(self, value: str) -> None:
        name, message = self.field, self.current
        if name == "msgstr_plural":
            message.msgstr_plural[-1] += value
        else:
            setattr(message, name, (getattr(message, name) or "") + value)


def parse_po(text: str, *, undecodable: bool = False, codec: str = "utf-8") -> Catalog:
    """Read PO ``text`` as msgfmt does; every problem is reported with its line, and reading goes on after it.

    ``undecodable``: lone surrogates (U+DC80–U+DCFF) in ``text`` stand for bytes that are invalid in the
    charset the header names; those in strings after the header are problems, as for msgfmt.
    ``codec``: the charset's Python codec, which decodes the bytes that octal and hex escapes give
    (``"\\320\\244"`` is "Ф" in UTF-8); a sequence invalid in it becomes U+FFFD.

    Text in the layout GNU tools write, with no problem, is read by the lean reader (stele.po.fast) to the same
    Catalog; the rest by ``parse_po_strict``.
    """
    with collector_paused():
        lean = None if undecodable else lean_catalog(text)
        return lean if lean is not None else parse_po_strict(text, undecodable=undecodable, codec=codec)



def parse_po_strict(text: str, *, undecodable: bool = False, codec: str = "utf-8") -> Catalog:
    """``parse_po`` by the strict reader alone, whatever the layout (the lean reader's oracle in the tests)."""
    reader = _Reader(undecodable, codec)
    if text.startswith("\ufeff"):
        reader.problem(1, "byte order mark at the start of the file: msgfmt cannot read it; save without BOM")
        text = text[1:]
    reader.close(_read(reader, text, 1))
    _duplicates(reader)
    return Catalog(reader.messages, sorted(reader.problems, key=lambda p: p.line))


_TEXT_FIELDS = (
    "msgid", "msgstr", "msgctxt", "msgid_plural", "previous_msgid", "previous_msgctxt", "previous_msgid_plural"
)


def _decode_bytes(message: Message, codec: str) -> None:
    """Each run of escaped bytes in ``message``'s texts decoded in ``codec``, as msgfmt passes them on."""

    def decoded(match: re.Match[str]) -> str:
        return bytes(ord(char) - 0xDC00 for char in match[0]).decode(codec, "replace")

    for name in _TEXT_FIELDS:
        value = getattr(message, name)
        if value is not None:
            setattr(message, name, _UNDECODABLE_RE.sub(decoded, value))
    message.msgstr_plural = [_UNDECODABLE_RE.sub(decoded, form) for form in message.msgstr_plural]


def _read(reader: _Reader, text: str, first_line: int) -> int:
    """Feed ``text``, whose first line is line ``first_line`` of the file, to ``reader``; the line after it."""
    number = first_line - 1
    for number, raw in _lines(text, first_line):
        line = raw.strip(_WS)
        if not line:
            continue
        first = line[0]
        if first == '"':
            match = _FAST_STRING_RE.fullmatch(line)
            if match is not None:
                body = match.group(1)
                if reader.state in _PLAIN_STATES and not reader.current.obsolete and not reader.undecodable \
                        and "\\" not in body:  # reader.string's common case, inlined
                    reader.need_string = False
                    reader.store(body)
                else:
                    reader.string(number, body, True, False, False)
                continue
        elif first == "#":
            second = line[1:2]
            if second != "~" and second != "|":  # a comment's trailing blanks are its own, as msgcat keeps them
                reader.comment(number, line if second in (",", ":") else raw.lstrip(_WS).rstrip("\r"))
                continue
        else:
            match = _FAST_KEYWORD_RE.fullmatch(line)
            if match is not None:
                keyword, index, body = match.groups()
                if index is None:  # one of the four keywords, no [N]: what reader.keyword would do
                    reader.token(number, keyword, False)
                else:
                    reader.keyword(number, keyword, index, False, False)
                reader.string(number, body, True, False, False)
                continue
        _tokens(reader, number, line, False, False)
    return number + 1


def _lines(text: str, first: int = 1) -> Iterable[tuple[int, str]]:
    """Numbered lines; a backslash at the end of a line joins it to the next, as in msgfmt's reader."""
    lines = text.split("\n")
    if "\\\n" not in text:
        return enumerate(lines, first)
    joined: list[tuple[int, str]] = []
    start, parts, last = 0, "", first + len(lines) - 1
    for number, raw in enumerate(lines, first):
        if raw.endswith("\\") and number < last:
            start, parts = start or number, parts + raw[:-1]
        else:
            joined.append((start or number, parts + raw))
            start, parts = 0, ""
    return joined


def _tokens(reader: _Reader, number: int, text: str, obsolete: bool, previous: bool) -> None:
    """Feed the tokens of one line (or of what follows a #~ or #| marker) to ``reader``."""
    position, end = 0, len(text)
    while position < end:
        match = _TOKEN_RE.match(text, position)
        if match is None:  # only blanks are left
            return
        position = match.end()
        body, quote, word, digits, comment, other = match.groups()
        if body is not None:
            reader.string(number, body, quote is not None, obsolete, previous)
        elif word is not None:
            reader.keyword(number, word, None, obsolete, previous)
        elif digits is not None:
            reader.index(number, digits, obsolete)
        elif comment is not None:
            _marker(reader, number, comment, obsolete)
            return
        elif other == "[" or other == "]":
            reader.token(number, other, obsolete)
        else:
            reader.fail(number, f"syntax error: unexpected character {other!r}")


def _marker(reader: _Reader, number: int, text: str, obsolete: bool) -> None:
    second = text[1:2]
    if second == "~":
        previous = text[2:3] == "|"
        _tokens(reader, number, text[3:] if previous else text[2:], True, previous)
    elif second == "|":
        _tokens(reader, number, text[2:], obsolete, True)
    else:
        reader.comment(number, text)


def _duplicates(reader: _Reader) -> None:
    seen: dict[tuple[str | None, str], Message] = {}
    for message in reader.messages:  # obsolete ones too, and compared as C strings (up to a \0), as msgfmt
        key = (message.msgctxt and message.msgctxt.split("\0")[0], message.msgid.split("\0")[0])
        first = seen.setdefault(key, message)
        if first is not message:  # GNU names the first definition by its msgstr line
            reader.problem(message.line, f"duplicate message definition (first defined at line {first.line}); "
                           "keep one of them (msgcat --use-first)", first.msgstr_line)
