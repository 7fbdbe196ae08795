"""Model: the frozen values the stages hand each other (config, articles, segments, findings)."""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

_DISCLAIMER_COMMENT = re.compile(r"DISCLAIMER \(([^)]*)\)")


def disclaimer_comment(ids: Sequence[str], what: str) -> str:
    """The extracted comment that marks a message as a disclaimer in templates and catalogs."""
    return f"DISCLAIMER ({', '.join(ids)}): {what}"


def disclaimer_ids(extracted: Sequence[str]) -> tuple[str, ...]:
    """The disclaimer ids a message carries (its ``#. DISCLAIMER (ids): …`` comment); () for any other.

    The one reader of that mark: the gate, check, status and merge all ask here.
    """
    match = _DISCLAIMER_COMMENT.search(unwrap(extracted))
    if match:
        return tuple("".join(part.split()) for part in match.group(1).split(",") if part.strip())
    return ()


def unwrap(lines: Sequence[str]) -> str:
    """Comment lines as one text, however a tool wrapped them: polib and Babel break long comments at spaces and
    after hyphens (``side-`` / ``effects``), msgcat never does."""
    text = ""
    for line in lines:
        text += line if not text or text.endswith("-") else " " + line
    return text


@dataclass(frozen=True, slots=True)
class DisclaimerRule:
    """A stele.toml rule: source paragraphs matching ``pattern`` are disclaimers."""

    id: str
    pattern: re.Pattern[str] | None  # None: a marker-only rule (<!-- stele: disclaimer ID -->)
    description: str
    locale_patterns: dict[str, re.Pattern[str]] = field(default_factory=dict)  # what a translation must say


# The modality classes of the meaning rules: a disclaimer that loses or gains one changed what it asks of the reader
# ("as-needed" is compared with none: its phrases hold a word of must, "as needed", «при необходимости», and say none).
MODALITY_CLASSES = ("always", "only", "at-least", "at-most", "must", "may", "once", "twice", "as-needed",
                    "before-meals", "after-meals", "with-food", "advised-against", "recommended", "excepting",
                    "including", "persists", "resolves", "increases", "decreases", "stops", "continues", "even",
                    "optional", "rarely", "preferably", "serious", "mild", "larger", "smaller", "leave", "proven",
                    "often", "before", "after", "urgent", "per-dose", "per-time",
                    "prevents", "hedged", "adults", "children", "improves", "worsens", "most", "few", "temporary",
                    "permanent")
# Classes of words that stand in for a modality class only where the other text says it (a double negation's second
# word: unless, without; emphatic words for always; "up to" before a number for at most; "until" and the negation
# that some languages say with it, «пока не»; "just" words for only, «всего», «суто»; "or several" for at least,
# «или несколько»), and phrases that hold a word
# of a class and say none ("neutral": «как только», as soon as, is no «только», only), and the words that open a
# concessive clause, whose negative word is none («как бы … ни»: "however"), and "than", which makes a size a
# comparison ("a larger dose than children": «детям — меньшая доза, чем взрослым»): rules/lexicon_classes.py
STAND_IN_CLASSES = ("unless", "without", "emphatic", "up-to", "until", "neutral", "just", "however", "than",
                    "if", "or-several")


@dataclass(frozen=True, slots=True)
class Lexicon:
    """One language's words: negations, negative words that agree with a negation (никогда не: one negation),
    words with a negation in their meaning, modality classes and safety concepts (class or concept → words)."""

    negations: tuple[str, ...] = ()
    concord: tuple[str, ...] = ()
    implicit: tuple[str, ...] = ()  # words a translation may render with a negation or without (persist: не проходит)
    modality: dict[str, tuple[str, ...]] = field(default_factory=dict)
    terms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # words that bound a number from above once a negation before them in their clause denies them (do not exceed,
    # не принимайте более): the two are one at-most bound, as «не более» is, and no negation
    caps: tuple[str, ...] = ()
    # words that carry a negation before them in their clause into what they join (do not drink or drive: не пейте
    # и не садитесь): each such one may add a negation
    carriers: tuple[str, ...] = ()
    # a word and the same negated by a prefix, by meaning ("safe": (safe, safely), (unsafe,)): the negated one is an
    # implicit negation, and a negation where the other text says the word itself
    opposites: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = field(default_factory=dict)

    def extended(self, other: Lexicon) -> Lexicon:
        """This lexicon with ``other``'s words added."""
        keys = set(self.modality) | set(other.modality)
        concepts = set(self.terms) | set(other.terms)
        pairs = set(self.opposites) | set(other.opposites)
        nothing: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())
        return Lexicon(
            self.negations + other.negations,
            self.concord + other.concord,
            self.implicit + other.implicit,
            {k: self.modality.get(k, ()) + other.modality.get(k, ()) for k in keys},
            {k: self.terms.get(k, ()) + other.terms.get(k, ()) for k in concepts},
            self.caps + other.caps,
            self.carriers + other.carriers,
            {k: (self.opposites.get(k, nothing)[0] + other.opposites.get(k, nothing)[0],
                 self.opposites.get(k, nothing)[1] + other.opposites.get(k, nothing)[1]) for k in pairs},
        )


@dataclass(frozen=True, slots=True)
class CheckSettings:
    """The [check], [glossary] and [meaning] tables of stele.toml."""

    severity: dict[str, str] = field(default_factory=dict)
    untranslatable: tuple[str, ...] = ()
    glossary: dict[str, dict[str, str]] = field(default_factory=dict)  # term → locale → required stem
    typography_prepositions: bool = False  # ru/uk: a no-break space after one-letter words ([check])
    meaning: dict[str, Lexicon] = field(default_factory=dict)  # [meaning.<locale>]: words added to the lexicons


DEFAULT_HEALTH_TAGS = ("health",)


@dataclass(frozen=True, slots=True)
class Config:
    """A project's stele.toml, resolved against the folder holding it."""

    root: Path
    base_url: str
    source_locale: str
    locales: tuple[str, ...]
    source_dir: Path
    locales_dir: Path
    templates_dir: Path
    public_dir: Path
    build_dir: Path
    disclaimer_rules: tuple[DisclaimerRule, ...] = ()
    check: CheckSettings = field(default_factory=CheckSettings)
    machine_translation: tuple[str, ...] = ()  # a command: source text on stdin, translation on stdout
    health_tags: tuple[str, ...] = DEFAULT_HEALTH_TAGS  # [site] tags (any case) whose pages get the disclaimer box
    status_page: bool = False  # [site] status_page: publish the translation dashboard at public/status/

    def relative(self, path: Path) -> str:
        """Show ``path`` relative to the project root when it lies inside it."""
        absolute = path.is_absolute() and self.root.is_absolute()  # (a relative one depends on the working folder)
        if not absolute or path.name in ("", ".", "..") or path.is_symlink():
            return _relative(self.root, path)
        folder = _relative_folder(self.root, path.parent)  # a build shows thousands of files of a few folders
        return str(path) if folder is None else f"{folder}/{path.name}" if folder != "." else path.name


def _relative(root: Path, path: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return str(path)


@lru_cache(maxsize=256)
def _relative_folder(root: Path, folder: Path) -> str | None:
    """``folder`` resolved, relative to ``root`` resolved ("." for the root itself), or None outside it (a folder
    as it was when first asked about: a build does not move its own folders)."""
    try:
        return folder.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class Citation:
    """One entry of an article's ``sources``: a publication its text refers to."""

    title: str
    url: str
    publisher: str = ""
    date: dt.date | int | None = None  # a day, or only a year


@dataclass(frozen=True, slots=True)
class Article:
    """One source/<slug>.md: its front matter and its Markdown body."""

    path: str
    slug: str
    title: str
    description: str
    date: dt.date
    tags: tuple[str, ...]
    body: str
    body_line: int
    title_line: int
    description_line: int
    is_health: bool = False  # tagged with one of the project's health_tags (any case): gets the disclaimer box
    updated: dt.date | None = None  # last substantive change
    reviewed: dt.date | None = None  # last medical review
    reviewed_by: str = ""  # the reviewer: name, credentials
    sources: tuple[Citation, ...] = ()
    warnings: tuple[Finding, ...] = ()  # about the front matter (unknown keys): rule front-matter

    @property
    def modified(self) -> dt.date:
        """The date the page last changed: ``updated``, else ``date``."""
        return self.updated or self.date


def is_health(tags: Iterable[str], health_tags: Iterable[str]) -> bool:
    """Whether an article with ``tags`` gets the medical disclaimer box: tags compare case-insensitively."""
    return not {tag.casefold() for tag in tags}.isdisjoint(tag.casefold() for tag in health_tags)


class SegmentKind(enum.Enum):
    """What a translatable block is; the value is the extracted comment."""

    TITLE = "title"
    DESCRIPTION = "description"
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list item"
    BLOCKQUOTE = "blockquote"
    TABLE_CELL = "table cell"


@dataclass(frozen=True, slots=True)
class Segment:
    """One message of an article: a block's text, where it stands, and why it matters."""

    msgid: str
    kind: SegmentKind
    path: str
    line: int
    token_index: int | None = None
    disclaimers: tuple[str, ...] = ()
    detail: str = ""

    @property
    def is_disclaimer(self) -> bool:
        return bool(self.disclaimers)

    @property
    def reference(self) -> str:
        return f"{self.path}:{self.line}"


@dataclass(frozen=True, slots=True)
class HeldBack:
    """An article left out of a locale by the publishing gate, and the messages why: every reason as a line, and
    those that are check's findings also as Findings (not kept by the build cache: the review view asks the gate)."""

    slug: str
    locale: str
    messages: tuple[Segment, ...] = field(default_factory=tuple)
    reasons: tuple[str, ...] = field(default_factory=tuple)
    findings: tuple[Finding, ...] = field(default_factory=tuple)


SEVERITIES = ("error", "warning", "info")


@dataclass(frozen=True, slots=True)
class Fact:
    """What a gettext finding is, apart from stele's wording: a kind and its values (first line of a duplicate,
    a header field, the strings compared), for checks/gnu_text.py to say it in GNU gettext's words."""

    kind: str
    values: tuple[str, ...] = ()


@dataclass(slots=True)  # not frozen: made by the ten thousand (and again from a worker's tuples), 6× faster so
class Finding:
    """One problem ``stele check`` found: where, how bad, which rule, and what to do (a value: never changed once
    made; dataclasses.replace makes another)."""

    path: str
    line: int
    severity: str
    rule: str
    message: str
    locale: str | None = None
    msgid: str | None = None
    source: str | None = None  # "source/x.md:12" when the problem comes from a source block
    fact: Fact | None = None  # the finding apart from its wording (gettext rules)

    def as_text(self) -> str:
        where = f" ({self.source})" if self.source else ""
        return f"{self.path}:{self.line}: {self.severity}: [{self.rule}] {self.message}{where}"

    def as_plain_text(self) -> str:
        """The line without its rule id, as build and extract say a source's warnings."""
        return f"{self.path}:{self.line}: {self.severity}: {self.message}"
