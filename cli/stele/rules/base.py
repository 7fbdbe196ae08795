"""Check base: what every rule receives (one catalog file, parsed) and how it reports."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from stele.model import Fact, Finding, Segment
from stele.po.catalog import Catalog, Message


@dataclass(frozen=True, slots=True)
class CatalogFile:
    """One .po/.pot file being checked, with what is known about it."""

    path: str  # as shown in findings
    parsed: Catalog
    locale: str | None  # from the Language header or the folder name; None for a template
    is_template: bool
    segments: dict[str, Segment] = field(default_factory=dict)  # project mode: msgid → source block

    def finding(
        self, rule: str, line: int, message: str, *, msg: Message | None = None, severity: str = "error",
        fact: Fact | None = None,
    ) -> Finding:
        """A Finding for this file; severity is adjusted later from the rule table and stele.toml."""
        if msg is None:
            return Finding(self.path, line, severity, rule, message, self.locale, None, None, fact)
        segment = self.segments.get(msg.msgid) if self.segments else None
        return Finding(self.path, line, severity, rule, message, self.locale, msg.msgid,
                       segment.reference if segment else None, fact)


Rule = Callable[[CatalogFile], Iterator[Finding]]
