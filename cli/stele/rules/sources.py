"""Rule sources: the source text a content rule compares a translation with, and what a catalog's text is."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from stele.locales import cldr_locale
from stele.model import Finding
from stele.po.catalog import Message
from stele.rules.base import CatalogFile

# Zope and Plone write the English text of a symbolic message ID in an extracted comment: #. Default: "…"
_DEFAULT = re.compile(r'Default:\s*"(?P<text>.*)"\s*\Z', re.DOTALL)
_ESCAPE = re.compile(r"\\(.)")
_SPACE = re.compile(r"\s")  # str.isspace() for each character, as one search
# A msgid that is an identifier, not text: "label_title", "help_portrait", "description-contentrules-mailsub"
_IDENTIFIER = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:(?:[_.:][A-Za-z0-9]+)+|(?:-[A-Za-z0-9]+){2,})")
_MARKDOWN_SOURCE = re.compile(r"\.(?:md|markdown|mdx)(?::\d+)?\Z", re.IGNORECASE)
MARKDOWN_FLAG = "markdown"  # #, markdown on a message (or on the header) says its text is Markdown


@dataclass(frozen=True, slots=True)
class Sources:
    """The messages a content rule reads, each with its source text, and those it cannot read."""

    messages: tuple[Message, ...]  # msgid replaced by the Default: text where the catalog has one
    symbolic: int  # messages with a symbolic ID and no Default: text: skipped
    markdown: bool  # the whole catalog is Markdown (stele extracted it or says so)


def default_text(msg: Message) -> str | None:
    """The text of a ``#. Default: "…"`` comment (it may run over several comment lines), or None."""
    for i, line in enumerate(msg.extracted):
        if line.lstrip().startswith("Default:"):
            match = _DEFAULT.search(" ".join(part.strip() for part in msg.extracted[i:]))
            if match is None:
                match = _DEFAULT.search(line.strip())
            if match is not None:
                return _ESCAPE.sub(lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), match["text"])
    return None


def is_symbolic(msg: Message) -> bool:
    """Whether the msgid is an identifier while the translation is text ("label_title" → "Titel der Seite"): words
    with a space, or anything but the msgid itself where the msgid has an underscore, which no text has (Plone's
    "yearly_day_of_month_1" → "Jeden", "weekly_interval_2" → "week(s)": a key's digits are no number of a text)."""
    if _IDENTIFIER.fullmatch(msg.msgid) is None:
        return False
    keyed = "_" in msg.msgid
    return any(" " in t.strip() or (keyed and t != msg.msgid) for t in msg.translations if t)


_LAST: list[tuple[CatalogFile, Sources]] = []  # the last file's sources: every content rule reads them


def content_sources(file: CatalogFile) -> Sources:
    """Active, non-header messages of a translated catalog, as the content rules compare them."""
    last = _LAST[-1] if _LAST else None  # one read: safe if threads share it
    if last is not None and last[0] is file:
        return last[1]
    sources = _content_sources(file)
    _LAST[:] = [(file, sources)]
    return sources


def forget() -> None:
    """Drop the sources of the file last read (and so the file)."""
    _LAST.clear()


def _content_sources(file: CatalogFile) -> Sources:
    if file.is_template:
        return Sources((), 0, False)
    messages: list[Message] = []
    symbolic = 0
    header_flags: list[str] = []
    for msg in file.parsed.messages:
        if msg.obsolete:
            continue
        if msg.is_header:
            header_flags = msg.flags
            continue
        if msg.fuzzy:  # never shown (msgfmt and stele build leave it out); the fuzzy rule reports it
            continue
        if _SPACE.search(msg.msgid) is not None:  # text (an identifier has no blank): no Default:, not symbolic
            messages.append(msg)
            continue
        default = default_text(msg)
        if default is not None and default != msg.msgid:
            messages.append(replace(msg, msgid=default))
        elif default is None and is_symbolic(msg):
            symbolic += 1
        else:
            messages.append(msg)
    markdown = bool(file.segments) or MARKDOWN_FLAG in header_flags or _extracted_by_stele(file)
    return Sources(tuple(messages), symbolic, markdown)


def _extracted_by_stele(file: CatalogFile) -> bool:
    header = next((m for m in file.parsed.messages if m.is_header), None)
    return header is not None and any(c.startswith("Extracted by stele") for c in header.comments)


def is_markdown(msg: Message, sources: Sources) -> bool:
    """Whether a message's text is Markdown: the catalog is, the message is flagged so, or it comes from .md files."""
    return (
        sources.markdown
        or MARKDOWN_FLAG in msg.flags
        or any(_MARKDOWN_SOURCE.search(ref) for ref in msg.references if ".m" in ref or ".M" in ref)
    )  # (each _MARKDOWN_SOURCE match begins ".m" or ".M")


def content_messages(file: CatalogFile) -> Iterator[Message]:
    """The messages of ``content_sources``."""
    yield from content_sources(file).messages


LOCALE_RULES = ("numbers", "script", "glossary", "disclaimer wording")


def check_skipped(file: CatalogFile) -> Iterator[Finding]:
    """One warning for a catalog whose locale cannot be told; one info for symbolic IDs with no Default text."""
    if file.is_template:
        return
    header = next((m for m in file.parsed.messages if m.is_header), None)
    line = header.line if header is not None else 1
    if file.locale is None or cldr_locale(file.locale) is None:
        written = f" ({file.locale!r} is no locale CLDR knows)" if file.locale else ""
        yield file.finding(
            "skipped", line,
            f"cannot tell the catalog's locale{written}: set its Language header or put it under "
            f"<locale>/LC_MESSAGES/; skipped the locale-aware rules {', '.join(LOCALE_RULES)}",
            severity="warning",
        )
    symbolic = content_sources(file).symbolic
    if symbolic:
        yield file.finding(
            "skipped", line,
            f"{symbolic} message(s) have symbolic IDs (like 'label_title') and no '#. Default: \"…\"' text to "
            "compare with; markup, numbers and script skipped them",
            severity="info",
        )
