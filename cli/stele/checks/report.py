"""Report: findings as text, JSON, GitHub annotations, JUnit XML or SARIF for CI dashboards."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Sequence
from xml.etree import ElementTree

from stele import __version__
from stele.errors import count
from stele.model import Finding

FORMATS = ("text", "json", "github", "junit", "sarif")


def summary(findings: Sequence[Finding], files: int) -> dict[str, int]:
    counts = Counter(f.severity for f in findings)
    return {"files": files, "errors": counts["error"], "warnings": counts["warning"], "infos": counts["info"]}


def render_text(findings: Sequence[Finding], files: int) -> str:
    lines = [f.as_text() for f in findings]
    s = summary(findings, files)
    counts = ", ".join(count(s[key], word) for key, word in (("errors", "error"), ("warnings", "warning"),
                                                             ("infos", "note")))
    lines.append(f"{count(s['files'], 'file')} checked: {counts}")
    return "\n".join(lines) + "\n"


def render_json(findings: Sequence[Finding], files: int) -> str:
    items = [
        {
            "path": f.path,
            "line": f.line,
            "severity": f.severity,
            "rule": f.rule,
            "message": f.message,
            "locale": f.locale,
            "msgid": f.msgid,
            "source": f.source,
        }
        for f in findings
    ]
    return json.dumps({"findings": items, "summary": summary(findings, files)}, ensure_ascii=False, indent=2) + "\n"


def _github_escape(text: str, *, property_value: bool = False) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return text.replace(":", "%3A").replace(",", "%2C") if property_value else text


def render_github(findings: Sequence[Finding], files: int) -> str:
    level = {"error": "error", "warning": "warning", "info": "notice"}
    lines = [
        f"::{level[f.severity]} file={_github_escape(f.path, property_value=True)},line={f.line},"
        f"title={_github_escape('stele ' + f.rule, property_value=True)}::"
        f"{_github_escape(f.message + (f' ({f.source})' if f.source else ''))}"
        for f in findings
    ]
    return "\n".join(lines) + ("\n" if lines else "")


def render_junit(findings: Sequence[Finding], files: int) -> str:
    by_path: dict[str, list[Finding]] = {}
    for finding in findings:
        by_path.setdefault(finding.path, []).append(finding)
    errors = [f for f in findings if f.severity == "error"]
    suites = ElementTree.Element("testsuites", name="stele check", tests=str(len(findings)), failures=str(len(errors)))
    for path, items in by_path.items():
        failed = [f for f in items if f.severity == "error"]
        suite = ElementTree.SubElement(suites, "testsuite", name=path, tests=str(len(items)), failures=str(len(failed)))
        for f in items:
            case = ElementTree.SubElement(suite, "testcase", classname=f"{path}", name=f"{f.rule} at line {f.line}")
            if f.severity == "error":
                failure = ElementTree.SubElement(case, "failure", type=f.rule, message=f.message)
                failure.text = f.as_text()
            else:
                ElementTree.SubElement(case, "system-out").text = f.as_text()
    return ElementTree.tostring(suites, encoding="unicode", xml_declaration=True) + "\n"


def render_sarif(findings: Sequence[Finding], files: int) -> str:
    from stele.rules import RULES

    level = {"error": "error", "warning": "warning", "info": "note"}
    rules = [
        {"id": r.id, "shortDescription": {"text": r.description}, "defaultConfiguration": {"level": level[r.severity]}}
        for r in RULES.values()
    ]
    results = [
        {
            "ruleId": f.rule,
            "level": level[f.severity],
            "message": {"text": f.message},
            "locations": [
                {"physicalLocation": {"artifactLocation": {"uri": f.path}, "region": {"startLine": max(f.line, 1)}}}
            ],
            "properties": {"locale": f.locale, "msgid": f.msgid, "source": f.source},
        }
        for f in findings
    ]
    log = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "stele",
                        "version": __version__,
                        "informationUri": "https://example.org/stele",
                        "rules": rules,
                    }
                },
                "results": results,
            }
        ],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"


RENDERERS: dict[str, Callable[[Sequence[Finding], int], str]] = {
    "text": render_text,
    "json": render_json,
    "github": render_github,
    "junit": render_junit,
    "sarif": render_sarif,
}
