"""msgmerge's rules for one kept message (when it turns fuzzy, which flags it takes) and for the merged header."""

from __future__ import annotations

import re
from functools import lru_cache

from babel import Locale

from stele.po import Catalog, Message
from stele.po.catalog import with_charset
from stele.po.formats import LANGUAGES, FormatError, compare_formats, parse_format

_RANGE_RE = re.compile(r"([0-9]+)\.\.([0-9]+)$")
# The header fields msgmerge writes first, in this order; any other field follows, in the catalog's order.
KNOWN_FIELDS = (
    "Project-Id-Version", "Report-Msgid-Bugs-To", "POT-Creation-Date", "PO-Revision-Date", "Last-Translator",
    "Language-Team", "Language", "MIME-Version", "Content-Type", "Content-Transfer-Encoding",
)
_KNOWN = {name.lower(): name for name in KNOWN_FIELDS}
FROM_TEMPLATE = ("Report-Msgid-Bugs-To", "POT-Creation-Date")


def format_states(flags: list[str]) -> dict[str, str]:
    """Each format language's state as the flags set it (last flag wins): yes, possible, no or impossible."""
    states: dict[str, str] = {}
    for flag in flags:
        if not flag.endswith("-format"):
            continue
        name = flag[: -len("-format")]
        for prefix, state in (("possible-", "possible"), ("impossible-", "impossible"), ("no-", "no")):
            if name.startswith(prefix):
                states[name[len(prefix):]] = state
                break
        else:
            states[name] = "yes"
    return states


def flag_range(flags: list[str]) -> tuple[int, int] | None:
    """The ``range: MIN..MAX`` flag (the reader splits it into two flags), or None."""
    for index, flag in enumerate(flags):
        if flag == "range:" and index + 1 < len(flags):
            match = _RANGE_RE.match(flags[index + 1])
            if match is not None:
                return int(match.group(1)), int(match.group(2))
        elif flag.startswith("range:") and len(flag) > 6:
            match = _RANGE_RE.match(flag[6:].strip())
            if match is not None:
                return int(match.group(1)), int(match.group(2))
    return None


def fuzzy_reason(new: Message, old: Message) -> str | None:
    """Why msgmerge marks ``old``'s translation fuzzy under the template's ``new`` (same msgctxt and msgid).

    A plural added, removed or changed; a format flag the translation does not pass added; the range widened or
    dropped.
    """
    if (new.msgid_plural is None) != (old.msgid_plural is None):
        return "plural added" if new.msgid_plural is not None else "plural removed"
    if new.msgid_plural is not None and new.msgid_plural != old.msgid_plural:
        return "plural changed"
    new_states, old_states = format_states(new.flags), format_states(old.flags)
    for language, state in new_states.items():
        possible = ("yes", "possible")
        if state in possible and old_states.get(language) not in possible and _fails(language, new, old):
            return f"{language}-format added"
    old_range, new_range = flag_range(old.flags), flag_range(new.flags)
    if old_range is not None and (new_range is None or new_range[0] < old_range[0] or new_range[1] > old_range[1]):
        return "range widened"
    return None


def _fails(language: str, new: Message, old: Message) -> bool:
    """Whether ``old``'s translation fails msgfmt's format check of ``language`` against ``new``'s msgid."""
    if language not in LANGUAGES or not old.has_translation:
        return False
    try:
        source = parse_format(language, new.msgid_plural if new.msgid_plural is not None else new.msgid, False)
    except FormatError:
        return False
    forms = old.translations
    for index, form in enumerate(forms):
        if not form:
            continue
        try:
            target = parse_format(language, form, True)
        except FormatError:
            return True
        strict = old.msgid_plural is None or len(forms) < 2 or index > 0
        if compare_formats(language, source, target, strict=strict) is not None:
            return True
    return False


def reshape(translations: list[str], plural: bool, nplurals: int) -> tuple[str, list[str]]:
    """The old translation fitted to the new message: a singular fills every plural form, a plural gives its first."""
    if not plural:
        return (translations[0] if translations else ""), []
    if len(translations) == 1:
        return "", [translations[0]] * max(nplurals, 1)
    return "", [translations[i] if i < len(translations) else "" for i in range(max(nplurals, len(translations)))]


def merged_header(template: Catalog, old: Catalog, *, to_utf8: bool = True) -> str | None:
    """The merged header's msgstr as msgmerge writes it, or None when the catalog has no header.

    Known fields in the standard order (Report-Msgid-Bugs-To and POT-Creation-Date from the template, the
    others from the catalog, an empty Language added), then the catalog's other lines in their order.
    """
    header = old.header
    if header is None:
        return None
    fields: dict[str, str] = {}
    rest: list[str] = []
    for line in header.msgstr.split("\n")[: -1 if header.msgstr.endswith("\n") else None]:
        name, sep, value = line.partition(":")
        known = _KNOWN.get(name.lower()) if sep else None
        if known is not None:
            fields[known] = value
        elif line:
            rest.append(line)
    ref = _raw_fields(template)
    for name in FROM_TEMPLATE:
        if name in ref:
            fields[name] = ref[name]
    if "Language" not in fields and "Language-Team" in fields:
        fields["Language"] = " " + language_code(fields["Language-Team"])
    if "Content-Type" in fields and to_utf8 and charsets_differ(template, old):
        fields["Content-Type"] = with_charset(fields["Content-Type"], "UTF-8")
    known_lines = [f"{name}:{fields[name]}\n" for name in KNOWN_FIELDS if name in fields]
    return "".join(known_lines) + "".join(line + "\n" for line in rest)


def charsets_differ(template: Catalog, old: Catalog) -> bool:
    """Whether msgmerge writes the merged catalog in UTF-8: the template and the catalog declare different
    charsets, neither of them ASCII (or unset)."""
    ours, theirs = old.charset.upper(), template.charset.upper()
    plain = ("", "CHARSET", "ASCII", "US-ASCII", "ANSI_X3.4-1968")
    return ours not in plain and theirs not in plain and ours != theirs


def language_code(team: str) -> str:
    """The code msgmerge derives from a Language-Team such as ``French <fr@li.org>`` ('' when unknown)."""
    words = team.strip(" \t").split()
    if len(words) > 1 and (words[-1].startswith("<") or words[-1].endswith(">") or "@" in team or "/" in team):
        words = words[:-1]
    return _english_names().get(" ".join(words), "")


@lru_cache(maxsize=1)
def _english_names() -> dict[str, str]:
    """English language names to ISO 639 codes, from CLDR (Babel)."""
    names: dict[str, str] = {}
    for code, name in Locale("en").languages.items():
        if "_" not in code and len(code) <= 3:
            names.setdefault(name, code)
    return names


def _raw_fields(catalog: Catalog) -> dict[str, str]:
    header = catalog.header
    found: dict[str, str] = {}
    if header is not None:
        for line in header.msgstr.split("\n"):
            name, sep, value = line.partition(":")
            if sep:
                found.setdefault(name, value)
    return found
