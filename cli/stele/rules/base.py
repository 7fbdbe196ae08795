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
        segment = self.segments.get(msg.msgid) if msg is not None else None
        return Finding(
            path=self.path,
            line=line,
            severity=severity,
            rule=rule,
            message=message,
            locale=self.locale,
            msgid=msg.msgid if msg is not None else None,
            source=segment.reference if segment else None,
            fact=fact,
        )


Rule = Callable[[CatalogFile], Iterator[Finding]]
