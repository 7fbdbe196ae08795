"""PO bytes straight to .mo pairs for ``stele compile`` (used by stele.po.mo): the lean reader, no text held."""

from __future__ import annotations

import codecs
import re

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


_ACTIVE_RE, _OBSOLETE_RE = _entry_re(b""), _entry_re(b"#~ ")
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
    while at < end:
        match = _ACTIVE_RE.match(data, at) or _OBSOLETE_RE.match(data, at)
        if match is None or match.end() == at:
            return None
        obsolete, at = match.re is _OBSOLETE_RE, match.end()
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
