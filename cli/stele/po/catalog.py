"""The catalog model: Messages as written in a PO file (with their lines), and the Catalog that holds them.

The one model of the whole program: the reader produces it, checks read it, merge and the gate edit it,
the writer and the compiler consume it. A message's state (translated, fuzzy, obsolete) is decided here
and nowhere else.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

_CHARSET_RE = re.compile(r"charset=([^ \t\n]*)")  # as msgfmt: up to a blank or newline

Key = tuple[str | None, str]  # (msgctxt, msgid)


def charset_of(header_text: str) -> str:
    """The charset= value of a header entry's text ('' when none), read as msgfmt reads it."""
    match = _CHARSET_RE.search(header_text)
    return match.group(1) if match else ""


def with_charset(content_type: str, charset: str) -> str:
    """A Content-Type header value naming ``charset`` instead of the one it names."""
    return _CHARSET_RE.sub(f"charset={charset}", content_type)


@dataclass(slots=True)
class Message:
    """One PO entry as written, with the lines its parts stand on."""

    msgid: str = ""
    msgstr: str = ""
    msgctxt: str | None = None
    msgid_plural: str | None = None
    msgstr_plural: list[str] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)  # translator comments ('# ')
    extracted: list[str] = field(default_factory=list)  # extracted comments ('#. ')
    references: list[str] = field(default_factory=list)  # 'file:line' ('#: ')
    previous_msgid: str | None = None
    previous_msgctxt: str | None = None
    previous_msgid_plural: str | None = None
    obsolete: bool = False
    line: int = 0
    msgstr_line: int = 0
    flags_start: int = 0  # where the last '#,' line's flags begin in flags: msgfmt heeds only that line

    @property
    def key(self) -> Key:
        return (self.msgctxt, self.msgid)

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
    def has_translation(self) -> bool:
        """Some translation text is there (reviewed or not): what msgmerge and msgcat keep."""
        return any(self.translations)

    @property
    def translated(self) -> bool:
        """Active, every form translated and not fuzzy: what msgfmt compiles and a page may show."""
        return all(self.translations) and bool(self.translations) and not self.fuzzy and not self.obsolete

    @property
    def state(self) -> str:
        """One word for the message: obsolete, translated, fuzzy or untranslated."""
        if self.obsolete:
            return "obsolete"
        fuzzy = "fuzzy" in self.flags  # (translated, fuzzy and has_translation in one look: asked of every message)
        if self.msgid_plural is None:
            return "untranslated" if not self.msgstr else "fuzzy" if fuzzy else "translated"
        forms = self.msgstr_plural
        if not any(forms):
            return "untranslated"
        return "fuzzy" if fuzzy else "translated" if all(forms) else "untranslated"

    def set_fuzzy(self, fuzzy: bool) -> None:
        if fuzzy and not self.fuzzy:
            self.flags.insert(0, "fuzzy")
        elif not fuzzy:
            self.flags[:] = [flag for flag in self.flags if flag != "fuzzy"]


@dataclass(frozen=True, slots=True)
class SyntaxProblem:
    line: int
    message: str
    first_line: int | None = None  # a duplicate message definition: the first one's msgstr line (as GNU)


@dataclass(slots=True)
class Catalog:
    """A whole PO file: its messages (the header entry first, if present) and what could not be read."""

    messages: list[Message] = field(default_factory=list)
    problems: list[SyntaxProblem] = field(default_factory=list)
    _index: dict[Key, Message] | None = field(default=None, repr=False, compare=False)

    @property
    def header(self) -> Message | None:
        first = self.messages[0] if self.messages else None
        return first if first is not None and first.is_header else None

    @property
    def entries(self) -> list[Message]:
        """Every message but the header, obsolete ones included."""
        return self.messages[1:] if self.header is not None else list(self.messages)

    def __iter__(self) -> Iterator[Message]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def __getitem__(self, index: int) -> Message:
        return self.entries[index]

    def metadata(self) -> dict[str, str]:
        """The header's fields, in order ('Key: value' lines of its msgstr)."""
        header = self.header
        found: dict[str, str] = {}
        if header is None:
            return found
        for line in header.msgstr.split("\n"):
            key, sep, value = line.partition(":")
            if sep:
                found.setdefault(key.strip(), value.strip())
        return found

    def header_field(self, key: str, default: str = "") -> str:
        return self.metadata().get(key, default)

    def set_header(self, metadata: Mapping[str, str], *, comments: list[str] | None = None,
                   fuzzy: bool | None = None) -> None:
        """Replace the header's fields (and, when given, its comments and fuzzy flag); add a header if none."""
        header = self.header
        if header is None:
            header = Message()
            self.messages.insert(0, header)
        header.msgstr = "".join(f"{key}: {value}\n" for key, value in metadata.items())
        if comments is not None:
            header.comments = list(comments)
        if fuzzy is not None:
            header.set_fuzzy(fuzzy)

    def set_field(self, key: str, value: str) -> None:
        """Set one header field, keeping the others and their order."""
        metadata = self.metadata()
        metadata[key] = value
        self.set_header(metadata)

    @property
    def charset(self) -> str:
        """The header's charset= value ('' when none)."""
        header = self.header
        return charset_of(header.msgstr) if header is not None else ""

    def append(self, message: Message) -> None:
        self.messages.append(message)
        if self._index is not None and not message.obsolete:
            self._index.setdefault(message.key, message)

    def find(self, msgid: str, msgctxt: str | None = None) -> Message | None:
        """The active (not obsolete) message with this msgctxt and msgid."""
        if self._index is None:
            self._index = {}
            for message in self.entries:
                if not message.obsolete:
                    self._index.setdefault(message.key, message)
        return self._index.get((msgctxt, msgid))

    def nplurals(self) -> int:
        """nplurals from the Plural-Forms header (2 when absent or unreadable)."""
        from stele.po.plurals import read_plural_forms

        forms = read_plural_forms(self.header_field("Plural-Forms"))
        return forms.nplurals if forms.ok and forms.nplurals else 2
