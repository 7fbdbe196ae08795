"""The lean PO readers, for the layout GNU tools write: bytes straight to .mo pairs for ``stele compile`` (used by
stele.po.mo), and text to a Catalog (used by stele.po.syntax); any other input goes to the strict reader."""

from __future__ import annotations

import codecs
import re
from functools import lru_cache

from stele.po.catalog import Catalog, Message


def header_bytes(metadata: dict[str, str], codec: str) -> bytes:
    """The .mo's header value: the metadata less POT-Creation-Date, as msgfmt writes it."""
    return "".join(f"{k}: {v}\n" for k, v in metadata.items() if k != "POT-Creation-Date").encode(codec, "replace")


# The lean reader: PO in the layout GNU tools write, read as bytes in a charset where every byte below 0x80
# is ASCII. It takes only what the strict reader would take without a problem; anything else (other layouts,
# octal or hex escapes, bytes invalid in the charset, duplicates, ...) goes to the strict reader.
BYTE_SAFE_CODECS = frozenset(
    ("ascii", "utf-8", "koi8_r", "koi8_u", "cp866", *(f"cp125{n}" for n in range(9)),
     *(f"iso8859_{n}" for n in (1, 2, 3, 4, 5, 6, 7, 8, 9, 13, 14, 15))))
_S = rb'"[^"\\\n]*(?:\\[ntrabfv\\"][^"\\\n]*)*"\n'


def _entry_re(lead: bytes) -> re.Pattern[bytes]:
    def field(keyword: bytes, name: str = "", prefix: bytes = lead) -> bytes:
        group = b"(?P<" + name.encode() + b">" if name else b"(?:"
        return prefix + keyword + b" " + group + _S + b"(?:" + prefix + _S + b")*)"
    previous = b"(?:(?:%s)?%s(?:%s)?)?" % (field(b"msgctxt", "", b"#\\| "), field(b"msgid", "", b"#\\| "),
                                          field(b"msgid_plural", "", b"#\\| "))
    return re.compile(rb"(?P<comments>(?:#(?:[^~|\n][^\n]*)?\n)*)" + (b"" if lead else previous)
                      + b"(?:%s)?%s" % (field(b"msgctxt", "ctxt"), field(b"msgid", "id"))
                      + b"(?:%s(?P<forms>(?:%s)+)|%s)\n*" % (field(b"msgid_plural", "plural"),
                                                            field(rb"msgstr\[\d+\]"), field(b"msgstr", "str")))


@lru_cache(maxsize=1)
def _entry_res() -> tuple[re.Pattern[bytes], re.Pattern[bytes]]:
    """The active and the obsolete entry's patterns (compiled when ``stele compile`` first needs them)."""
    return _entry_re(b""), _entry_re(b"#~ ")

_FORM_RE = re.compile(rb"(?:#~ )?msgstr\[(\d+)\] ")
_FLAGS_RE = re.compile(rb"^#,(.*)", re.M)
_BYTE_ESCAPES = {b"n": b"\n", b"t": b"\t", b"r": b"\r", b"a": b"\a", b"b": b"\b", b"f": b"\f", b"v": b"\v",
                 b"\\": b"\\", b'"': b'"'}
_BYTE_ESCAPE_RE = re.compile(rb"\\(.)")


def fast_pairs(data: bytes, codec: str) -> tuple[dict[bytes, bytes], int] | None:
    """The lean reader's pairs and count, as ``stele.po.mo.mo_pairs`` gives them; None: the strict one must read it."""
    if data.startswith(b"\xef\xbb\xbf") or b"\r" in data or b"\\\n" in data or not _decodes(data, codec):
        return None
    pairs: dict[bytes, bytes] = {}
    seen: set[tuple[bytes | None, bytes]] = set()
    count, at, end = 0, len(data) - len(data.lstrip(b"\n")), len(data)
    active, obsolete_re = _entry_res()
    while at < end:
        match = active.match(data, at) or obsolete_re.match(data, at)
        if match is None or match.end() == at:
            return None
        obsolete, at = match.re is obsolete_re, match.end()
        join = b'"\n#~ "' if obsolete else b'"\n"'
        ctxt, msgid = match["ctxt"], _unescape(match["id"], join)
        key = (None if ctxt is None else _unescape(ctxt, join), msgid)
        if key in seen or (not msgid and (seen or ctxt is not None or obsolete or match["plural"] is not None)):
            return None  # a duplicate, or an empty msgid other than the header's
        seen.add(key)
        forms = _forms(match["forms"], join) if match["plural"] else [_unescape(match["str"], join)]
        plural = None if match["plural"] is None else _unescape(match["plural"], join)
        if forms is None or plural == b"":
            return None
        if not msgid:
            metadata = Catalog([Message(msgstr=forms[0].decode(codec))], []).metadata()
            pairs.update({b"": header_bytes(metadata, codec)} if metadata else {})
        elif obsolete or (b"fuzzy" in match["comments"] and _fuzzy(match["comments"])):
            continue
        else:
            count += all(forms)
            if forms[0]:
                full = msgid if key[0] is None else key[0] + b"\x04" + msgid
                pairs[full if plural is None else full + b"\0" + plural] = b"\0".join(forms)
    return pairs, count


def _decodes(data: bytes, codec: str) -> bool:
    """Whether ``data`` is valid in ``codec`` (checked in pieces, so never held as text)."""
    decoder, view, step = codecs.getincrementaldecoder(codec)(), memoryview(data), 1 << 20
    try:
        for start in range(0, len(data), step):
            decoder.decode(view[start:start + step])
        decoder.decode(b"", True)
    except UnicodeDecodeError:
        return False
    return True


def _unescape(field: bytes, join: bytes) -> bytes:
    """The value of a matched field (its strings, each closed on its line), escapes decoded."""
    body = field[1:-2].replace(join, b"")
    return _BYTE_ESCAPE_RE.sub(lambda m: _BYTE_ESCAPES[m[1]], body) if b"\\" in body else body


def _forms(text: bytes, join: bytes) -> list[bytes] | None:
    """The msgstr[N] values of a matched plural entry; None unless numbered 0, 1, 2, …"""
    heads = list(_FORM_RE.finditer(text))
    if any(int(head[1]) != index for index, head in enumerate(heads)):
        return None
    ends = [head.start() for head in heads[1:]] + [len(text)]
    return [_unescape(text[head.end():stop], join) for head, stop in zip(heads, ends, strict=True)]


def _fuzzy(comments: bytes) -> bool:
    return any(b"fuzzy" in re.split(rb"[ \t\r\f\v,]+", flags) for flags in _FLAGS_RE.findall(comments))


# The lean text reader: a Catalog from PO text in the layout GNU tools write (each keyword at the start of its line,
# one blank after it, strings closed on their line, no blanks after them), only when the strict reader would read
# the text without a problem and to the same Catalog; else None, and the strict reader reads it.
_STR = r'"[^"\\\n]*(?:\\[ntrabfv\\"][^"\\\n]*)*"\n'


def _text_entry_re(lead: str, previous: str) -> re.Pattern[str]:
    def field(keyword: str, name: str, prefix: str = lead) -> str:
        return f"{prefix}{keyword} (?P<{name}>{_STR}(?:{prefix}{_STR})*)"
    return re.compile(
        r"(?P<comments>(?:#(?:[^~|\n][^\n]*)?\n)*)"
        rf"(?:(?:{field('msgctxt', 'pctxt', previous)})?{field('msgid', 'pid', previous)}"
        rf"(?:{field('msgid_plural', 'pplural', previous)})?)?"
        rf"(?:{field('msgctxt', 'ctxt')})?{field('msgid', 'id')}"
        rf"(?:{field('msgid_plural', 'plural')}(?P<forms>(?:{lead}msgstr\[[0-9]+\] {_STR}(?:{lead}{_STR})*)+)"
        rf"|{lead}msgstr (?P<str>{_STR}(?:{lead}{_STR})*))\n*"
    )


_TEXT_ACTIVE_RE, _TEXT_OBSOLETE_RE = _text_entry_re("", "#\\| "), _text_entry_re("#~ ", "#~\\| ")
_TEXT_FORM_RE = re.compile(r"(?:#~ )?msgstr\[([0-9]+)\] ")
_TEXT_ESCAPE_RE = re.compile(r"\\(.)")
_TEXT_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "a": "\a", "b": "\b", "f": "\f", "v": "\v", "\\": "\\", '"': '"'}
_TEXT_FLAG_SPLIT_RE = re.compile(r"[ \t\r\f\v,]+")
_ACTIVE_JOINS, _OBSOLETE_JOINS = ('"\n"', '"\n#| "'), ('"\n#~ "', '"\n#~| "')  # between a field's strings
_FLAG_LINES: dict[str, list[str]] = {}  # a '#,' line's text → its flags (few distinct lines: read once)


def lean_catalog(text: str, first_line: int = 1) -> Catalog | None:
    """``text`` (whose first line is line ``first_line`` of its file) read as the strict reader reads it, when it
    is in the layout GNU tools write and has no problem; else None."""
    if text.startswith("\ufeff") or "\r" in text or "\\\n" in text or "\0" in text:
        return None  # a BOM, CR, a line joined to the next, a NUL (msgfmt compares keys up to it): the strict reader
    if not text.endswith("\n"):
        text += "\n"
    messages: list[Message] = []
    seen: set[tuple[str | None, str]] = set()
    at, end = len(text) - len(text.lstrip("\n")), len(text)
    line, counted = first_line, 0
    match_active, match_obsolete = _TEXT_ACTIVE_RE.match, _TEXT_OBSOLETE_RE.match
    count = text.count
    while at < end:
        match = match_active(text, at)
        obsolete = match is None
        if match is None:
            match = match_obsolete(text, at)
            if match is None:
                return None
        at = match.end()
        comments, pctxt, pid, pplural, ctxt, msgid, plural, forms, msgstr = match.groups()
        join, join_previous = _OBSOLETE_JOINS if obsolete else _ACTIVE_JOINS
        msgid = msgid[1:-2]  # one string, no escape (most msgids): its body is its value
        if '"\n' in msgid or "\\" in msgid:
            msgid = _text_value(match[6], join)
        key = (None if ctxt is None else _text_value(ctxt, join), msgid)
        seen.add(key)
        if len(seen) == len(messages):
            return None  # a duplicate definition: the strict reader reports it
        id_at = match.start(6)  # the groups: comments, pctxt, pid, pplural, ctxt, id, plural, forms, str
        msgstr_at = match.start(9) if forms is None else match.start(8)
        line += count("\n", counted, id_at)
        msgstr_line = line + count("\n", id_at, msgstr_at)
        counted = msgstr_at
        message = Message(msgid, "" if msgstr is None else _text_value(msgstr, join), key[0],
                          None if plural is None else _text_value(plural, join), [], [], [], [], [],
                          None if pid is None else _text_value(pid, join_previous),
                          None if pctxt is None else _text_value(pctxt, join_previous),
                          None if pplural is None else _text_value(pplural, join_previous),
                          obsolete, line, msgstr_line)
        line = msgstr_line
        if forms is not None and not _text_forms(message, forms, join):
            return None
        if comments:
            _text_comments(message, comments)
        messages.append(message)
    return Catalog(messages, [])


def _text_value(field: str, join: str) -> str:
    """The value of a matched field (its strings, each closed on its line), escapes decoded."""
    body = field[1:-2]
    if '"\n' in body:
        body = body.replace(join, "")
    return _TEXT_ESCAPE_RE.sub(lambda m: _TEXT_ESCAPES[m[1]], body) if "\\" in body else body


def _text_forms(message: Message, text: str, join: str) -> bool:
    """Fill ``message.msgstr_plural`` from a matched plural entry's forms; False unless numbered 0, 1, 2, …"""
    heads = list(_TEXT_FORM_RE.finditer(text))
    if any(int(head[1]) != index for index, head in enumerate(heads)):
        return False
    ends = [head.start() for head in heads[1:]] + [len(text)]
    message.msgstr_plural = [_text_value(text[head.end():stop], join) for head, stop in zip(heads, ends, strict=True)]
    return True


def _text_comments(message: Message, block: str) -> None:
    """A message's comment lines (#, #., #:, #,) as the strict reader files them."""
    if block[1] == ":" and block.find("\n") == len(block) - 1:  # the common case: one line of references
        message.references = block[2:].split()
        return
    for text in block[:-1].split("\n"):
        kind = text[1:2]
        if kind == ":":
            message.references.extend(text[2:].split())
        elif kind == ",":
            message.flags_start = len(message.flags)
            flags = _FLAG_LINES.get(text)
            if flags is None:
                if len(_FLAG_LINES) > 4096:
                    _FLAG_LINES.clear()
                flags = _FLAG_LINES[text] = [flag for flag in _TEXT_FLAG_SPLIT_RE.split(text[2:]) if flag]
            message.flags.extend(flags)
        elif kind == ".":
            rest = text[2:]
            message.extracted.append(rest[1:] if rest[:1] == " " else rest)
        else:
            body = text[1:]
            message.comments.append(body[1:] if body[:1] == " " else body)
