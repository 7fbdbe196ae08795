"""Rules: the rules of stele check, each a function from one parsed catalog file (and its source) to Findings.

The publishing gate and ``stele check`` both run these; nothing here knows of pages or the site build.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from stele.errors import SteleError
from stele.locales import catalog_locale, cldr_locale
from stele.model import CheckSettings, Config, DisclaimerRule, Finding, Segment
from stele.po import Catalog, parse_po_file
from stele.rules import content, coverage, invisible, semantic, typography
from stele.rules.base import CatalogFile
from stele.rules.markup import check_markup
from stele.rules.meaning import is_disclaimer
from stele.rules.numbers import number_problems
from stele.rules.sources import check_skipped, content_messages


@dataclass(frozen=True, slots=True)
class CheckOptions:
    """What to check and how hard: rule selection, severities, and the project's settings."""

    select: frozenset[str] | None = None
    ignore: frozenset[str] = frozenset()
    settings: CheckSettings = field(default_factory=CheckSettings)
    disclaimer_rules: tuple[DisclaimerRule, ...] = ()
    source_locale: str = "en"
    msgfmt: bool = False  # as msgfmt --check-header (stele compile): templates' header fields are checked too

    @classmethod
    def for_config(
        cls, config: Config, *, select: frozenset[str] | None = None, ignore: frozenset[str] = frozenset()
    ) -> CheckOptions:
        """The options of a project's stele.toml: what ``stele check`` and the publishing gate both use."""
        return cls(select, ignore, config.check, config.disclaimer_rules, config.source_locale)

    def enabled(self, rule: str) -> bool:
        if rule in self.ignore or self.settings.severity.get(rule) == "off":
            return False
        return self.select is None or rule in self.select

    def severity(self, rule: str) -> str:
        return self.settings.severity.get(rule) or RULES[rule].severity

    def graded(self, info: RuleInfo, findings: Iterable[Finding]) -> Iterator[Finding]:
        """``findings`` of rule ``info`` with their severities: stele.toml's for the rule when it sets one (for every
        finding of the rule); else each finding's own, at most the rule's default (a rule grades a finding lower
        where it is less sure, e.g. a warning outside a disclaimer)."""
        configured = self.settings.severity.get(info.id)
        for found in findings:
            wanted = configured or (found.severity if _RANK[found.severity] < _RANK[info.severity] else info.severity)
            yield found if found.severity == wanted else replace(found, severity=wanted)


FileRule = Callable[[CatalogFile, CheckOptions], Iterator[Finding]]


@dataclass(frozen=True, slots=True)
class RuleInfo:
    """A rule's id (part of the interface), default severity and one-line description."""

    id: str
    severity: str
    description: str
    check: FileRule | None = None  # None: a project-level rule (pages, stale, sources)


def _numbers(file: CatalogFile, options: CheckOptions) -> Iterator[Finding]:
    if file.is_template or not file.locale or cldr_locale(file.locale) is None:
        return
    for msg in content_messages(file):
        for text in msg.translations:
            if not text:
                continue
            try:
                problems = number_problems(
                    msg.msgid, text, target_locale=file.locale, source_locale=options.source_locale,
                    disclaimer=is_disclaimer(msg),
                )
            except ValueError:  # a Language Babel does not know: the header rule reports it
                return
            for problem in problems:
                yield file.finding("numbers", msg.msgstr_line, problem.text, msg=msg, severity=problem.severity)


def semantic_rules(options: CheckOptions) -> frozenset[str]:
    """The rules of the semantic pass that ``options`` run (the pass is shared, and cached, by this set)."""
    return frozenset(rule for rule in semantic.RULES if options.enabled(rule))


def _semantic(file: CatalogFile, options: CheckOptions) -> dict[str, list[Finding]]:
    return semantic.findings(file, options.settings, options.source_locale, semantic_rules(options))


def _gettext_rule(name: str) -> FileRule:
    def run(file: CatalogFile, options: CheckOptions) -> Iterator[Finding]:
        from stele.rules.gettext_rules import GETTEXT_RULES, check_header_fields

        if name == "header-fields":  # as msgfmt -c (stele compile): a template's header fields too
            yield from check_header_fields(file, templates=options.msgfmt)
        else:
            yield from GETTEXT_RULES[name](file)

    return run


def _plain(rule: Callable[[CatalogFile], Iterator[Finding]]) -> FileRule:
    return lambda file, options: rule(file)


def _with_settings(rule: Callable[[CatalogFile, CheckSettings], Iterator[Finding]]) -> FileRule:
    return lambda file, options: rule(file, options.settings)


RULES: dict[str, RuleInfo] = {
    info.id: info
    for info in (
        RuleInfo("syntax", "error", "PO syntax and encoding errors", _gettext_rule("syntax")),
        RuleInfo("header", "error", "a header entry msgfmt accepts", _gettext_rule("header")),
        RuleInfo("header-fields", "warning", "standard header fields present and filled in, as msgfmt --check-header "
                 "warns (catalogs; templates in stele compile)", _gettext_rule("header-fields")),
        RuleInfo("plural-forms", "error", "Plural-Forms and msgstr[N] counts", _gettext_rule("plural-forms")),
        RuleInfo(
            "format", "error", "c-format / python-format / python-brace-format placeholders", _gettext_rule("format")
        ),
        RuleInfo("newlines", "error", "leading and trailing newlines match the msgid", _gettext_rule("newlines")),
        RuleInfo(
            "disclaimer",
            "error",
            "disclaimers translated, reviewed, worded as required, and on every page",
            lambda file, options: content.check_disclaimer_catalog(file, options.disclaimer_rules),
        ),
        RuleInfo("numbers", "error", "numbers, ranges and units survive, compared as tokens", _numbers),
        RuleInfo(
            "markup",
            "error",
            "inline markup and links match the source; nothing injected",
            _plain(check_markup),
        ),
        RuleInfo(
            "glossary",
            "error",
            "required term translations (stele.toml [glossary])",
            _with_settings(content.check_glossary),
        ),
        RuleInfo(
            "untranslatable",
            "error",
            "terms kept exactly as written ([check] untranslatable)",
            _with_settings(content.check_untranslatable),
        ),
        RuleInfo("untranslated", "warning", "messages with no translation", _plain(content.check_untranslated)),
        RuleInfo("fuzzy", "warning", "translations marked fuzzy", _plain(content.check_fuzzy)),
        RuleInfo("obsolete", "info", "obsolete #~ entries", _plain(content.check_obsolete)),
        RuleInfo(
            "same-as-source",
            "warning",
            "translations identical to the source text",
            _with_settings(content.check_same_as_source),
        ),
        RuleInfo(
            "script",
            "error",
            "a translation with no letter of the locale's script",
            _with_settings(content.check_script),
        ),
        RuleInfo(
            "skipped",
            "warning",
            "content rules that cannot run on a file: its locale unknown, or symbolic message IDs with no Default",
            _plain(check_skipped),
        ),
        RuleInfo("escapes", "error", "lost-backslash uXXXX residue, mojibake, Burmese in Zawgyi",
                 _plain(content.check_escapes)),
        RuleInfo(
            "typography",
            "warning",
            "ru/uk typesetting: no-break space before an em dash, «» quotes, en dash in ranges, ’ in uk",
            _with_settings(typography.check_typography),
        ),
        RuleInfo(
            "polarity",
            "error",
            "each sentence keeps the source's negations (not, no, never, without…); a warning outside "
            "disclaimers",
            lambda file, options: iter(_semantic(file, options)["polarity"]),
        ),
        RuleInfo(
            "modality",
            "error",
            "each sentence keeps always/only/at least/at most/must/may, once/twice and before/after/with meals; "
            "a warning outside disclaimers",
            lambda file, options: iter(_semantic(file, options)["modality"]),
        ),
        RuleInfo(
            "coverage",
            "error",
            "a disclaimer's safety terms (doctor, pregnancy, alcohol…) all appear in its translation; a warning "
            "outside disclaimers",
            lambda file, options: itertools.chain(
                coverage.check_coverage(file, options.settings, options.source_locale),
                _semantic(file, options)["coverage"]),
        ),
        RuleInfo(
            "misplaced",
            "error",
            "a translation that fits another message of the catalog clearly better than its own; a "
            "warning outside disclaimers",
            lambda file, options: iter(_semantic(file, options)["misplaced"]),
        ),
        RuleInfo(
            "invisible",
            "error",
            "bidi controls, zero-width characters inside words, mixed-script look-alike words",
            lambda file, options: invisible.check_invisible(file, options.settings, options.source_locale),
        ),
        RuleInfo("stale", "error", "templates or catalogs whose messages are out of date with their sources"),
        RuleInfo("front-matter", "warning", "front-matter keys stele does not know (a typo such as 'reviewd')"),
        RuleInfo("layout", "info", "a current catalog that msgcat's layout would rewrite (another tool saved it)"),
        RuleInfo("hard-coded", "error", "template text that no catalog can translate (stele check --pseudo)"),
    )
}


def parse_rule_list(value: str | None, *, option: str) -> frozenset[str] | None:
    """``--select``/``--ignore`` values: comma-separated rule ids, each known."""
    if value is None:
        return None
    names = frozenset(part.strip() for part in value.split(",") if part.strip())
    unknown = sorted(names - set(RULES))
    if unknown:
        raise SteleError(f"{option}: unknown rule {unknown[0]!r}; rules are: {', '.join(RULES)}")
    return names


def catalog_file(path: Path, shown: str, *, segments: dict[str, Segment] | None = None) -> CatalogFile:
    """Parse one .po/.pot for checking."""
    return file_of(path, shown, parse_po_file(path), segments=segments)


def file_of(path: Path, shown: str, catalog: Catalog, *, segments: dict[str, Segment] | None = None) -> CatalogFile:
    """A parsed catalog as the rules see it: its locale from the Language header, else the one its path names.

    A header or path value CLDR does not know is passed over for the other; with neither known, the value
    written (or None) stays, and the locale-aware rules report themselves skipped.
    """
    written = [code for code in (catalog.metadata().get("Language", "").strip(), catalog_locale(path)) if code]
    language = next((code for code in written if cldr_locale(code) is not None), written[0] if written else None)
    is_template = path.suffix == ".pot"
    return CatalogFile(shown, catalog, None if is_template else language, is_template, dict(segments or {}))


_RANK = {"error": 3, "warning": 2, "info": 1}


def check_file(file: CatalogFile, options: CheckOptions) -> list[Finding]:
    """Every enabled file rule over one file, with severities applied."""
    findings: list[Finding] = []
    for info in RULES.values():
        if info.check is None or not options.enabled(info.id):
            continue
        findings.extend(options.graded(info, info.check(file, options)))
    return findings
