"""stele check: the project's own site passes; each tampered copy fails with the right rule."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from xml.etree import ElementTree

import pytest
from click.testing import Result

from stele.po import read_po, write_po

from .conftest import own_template, write

DOSAGE = "locales/ru/LC_MESSAGES/kratom-muscle-soreness-dosage.po"


def _findings(stele: Callable[..., Result], site: Path, *args: str) -> tuple[int, list[dict[str, object]]]:
    result = stele("--project", site, "check", "--format", "json", *args)
    return result.exit_code, json.loads(result.stdout)["findings"]


def _errors(findings: list[dict[str, object]]) -> list[tuple[object, ...]]:
    return [(f["rule"], f["path"], f["line"]) for f in findings if f["severity"] == "error"]


def _edit(site: Path, po: str, source_line: int, change: Callable[[str], str], *, fuzzy: bool = False) -> int:
    """Change the translation of the entry whose reference is source line ``source_line``; return its msgstr line."""
    path = site / po
    catalog = read_po(path)
    entry = next(e for e in catalog if any(ref.endswith(f":{source_line}") for ref in e.references))
    entry.msgstr = change(entry.msgstr)
    if fuzzy:
        entry.set_fuzzy(True)
    write_po(path, catalog)
    lines = path.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("#: ") and line.endswith(f".md:{source_line}"))
    return next(i for i, line in enumerate(lines[start:], start + 1) if line.startswith("msgstr"))


def test_own_site_has_no_error(site: Path, stele: Callable[..., Result]) -> None:
    code, findings = _findings(stele, site)
    assert _errors(findings) == []
    assert code == 0


def test_deleted_disclaimer_sentence(site: Path, stele: Callable[..., Result]) -> None:
    """Dropping "consult a doctor" from a ru disclaimer fails the disclaimer rule at that msgstr, and coverage (the
    doctor is gone), and nothing else."""
    line = _edit(site, DOSAGE, 50, lambda t: ". ".join(s for s in t.split(". ") if "консульт" not in s.lower()))
    code, findings = _findings(stele, site)
    assert code == 1
    errors = _errors(findings)
    assert ("disclaimer", DOSAGE, line) in errors
    assert {(r, p) for r, p, _ in errors} == {("disclaimer", DOSAGE), ("coverage", DOSAGE)}  # the doctor is gone
    messages = [f["message"] for f in findings if f["rule"] == "disclaimer" and f["path"] == DOSAGE]
    assert any("does not say what it must" in str(m) for m in messages)


def test_fuzzy_disclaimer(site: Path, stele: Callable[..., Result]) -> None:
    _edit(site, DOSAGE, 50, lambda t: t, fuzzy=True)
    code, findings = _findings(stele, site)
    assert code == 1
    assert any(f["rule"] == "disclaimer" and "fuzzy" in str(f["message"]) for f in findings)


@pytest.mark.parametrize(("old", "new"), [("1–3", "1–4"), ("1–3\u00a0г", "13\u00a0г"), ("5–7\u00a0г", "5\u00a0г")])
def test_changed_dose(site: Path, stele: Callable[..., Result], old: str, new: str) -> None:
    line = _edit(site, DOSAGE, 47, lambda t: t.replace(old, new, 1))
    code, findings = _findings(stele, site, "--select", "numbers")
    assert code == 1
    assert [(r, p) for r, p, _ in _errors(findings)] == [("numbers", DOSAGE)]
    assert _errors(findings)[0][2] == line


def test_script_added_to_translation(site: Path, stele: Callable[..., Result]) -> None:
    _edit(site, DOSAGE, 41, lambda t: t + ' <script>alert("x")</script>')
    code, findings = _findings(stele, site, "--select", "markup")
    assert code == 1 and [r for r, _, _ in _errors(findings)] == ["markup"]
    assert "<script>" in str(findings[0]["message"])


def test_lost_backslash_residue(site: Path, stele: Callable[..., Result]) -> None:
    _edit(site, DOSAGE, 41, lambda t: t + " u043au0440u0430u0442u043eu043c")
    code, findings = _findings(stele, site, "--select", "escapes")
    assert code == 1 and [r for r, _, _ in _errors(findings)] == ["escapes"]
    assert "кратом" in str(findings[0]["message"])


def test_emptied_disclaimer_partial(site: Path, stele: Callable[..., Result]) -> None:
    write(site / "templates/partials/disclaimer.html", '<aside class="disclaimer" data-stele="disclaimer"></aside>\n')
    code, findings = _findings(stele, site, "--select", "disclaimer")
    assert code == 1
    pages = {f["path"] for f in findings if f["source"] == "templates/partials/disclaimer.html"}
    assert pages == {
        f"public/{loc}/{slug}/index.html"
        for loc in ("en", "ru", "uk")
        for slug in ("kratom-muscle-soreness-dosage", "kratom-muscle-soreness-relief")
    }


def test_template_without_the_partial(site: Path, stele: Callable[..., Result]) -> None:
    article = own_template(site, "article.html")
    article.write_text(
        article.read_text(encoding="utf-8").replace('{% include "partials/disclaimer.html" %}', ""), encoding="utf-8"
    )
    code, findings = _findings(stele, site, "--select", "disclaimer")
    assert code == 1
    assert all("is missing" in str(f["message"]) for f in findings) and len(findings) == 6


def test_stale_catalog(site: Path, stele: Callable[..., Result]) -> None:
    source = site / "source/kratom-muscle-soreness-relief.md"
    source.write_text(source.read_text(encoding="utf-8") + "\nOne more sentence.\n", encoding="utf-8")
    code, findings = _findings(stele, site, "--select", "stale")
    assert code == 1
    assert _errors(findings) == [("stale", "locales/kratom-muscle-soreness-relief.pot", 1)]


def test_a_catalog_left_by_a_removed_article_is_one_finding(site: Path, stele: Callable[..., Result]) -> None:
    """An article deleted (its template removed by extract): its catalogs stay, and were checked as live ones (an
    untranslated disclaimer an error for a page that no longer exists); now each is one finding that says what to do."""
    (site / "source/kratom-muscle-soreness-relief.md").rename(site / "kratom.md.bak")
    assert stele("--project", site, "extract").exit_code == 0
    code, findings = _findings(stele, site)
    assert code == 1
    assert [(f["rule"], f["path"], f["line"], f["message"]) for f in findings
            if "relief" in str(f["path"])] == [
        ("stale", f"locales/{locale}/LC_MESSAGES/kratom-muscle-soreness-relief.po", 1,
         "catalog has no template (locales/kratom-muscle-soreness-relief.pot) and no article "
         "'kratom-muscle-soreness-relief': was the article removed or renamed? Delete the catalog, or restore the "
         "article and run 'stele extract'") for locale in ("ru", "uk")]


def test_formats_parse(site: Path, stele: Callable[..., Result], tmp_path: Path) -> None:
    _edit(site, DOSAGE, 47, lambda t: t.replace("1–3", "13", 1))
    sarif = json.loads(stele("--project", site, "check", "--format", "sarif").stdout)
    assert sarif["version"] == "2.1.0"
    result = sarif["runs"][0]["results"][0]
    assert (
        result["ruleId"] == "numbers"
        and result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == DOSAGE
    )
    junit = ElementTree.fromstring(stele("--project", site, "check", "--format", "junit").stdout)
    assert junit.tag == "testsuites" and junit.get("failures") == "1"
    github = stele("--project", site, "check", "--format", "github").stdout.splitlines()
    assert [line for line in github if line.startswith("::error ")] and all(
        re.fullmatch(r"::(error|warning|notice) file=[^,]+,line=\d+,title=[^:]+::.+", line) for line in github
    )
    out = tmp_path / "report.sarif"
    assert stele("--project", site, "check", "--format", "sarif", "-o", out).exit_code == 1
    assert json.loads(out.read_text(encoding="utf-8"))["runs"][0]["results"]


def test_markup_reports_added_template_syntax_in_plain_text(stele: Callable[..., Result], tmp_path: Path) -> None:
    """A message with no tag on either side is answered without parsing markup: an added {{ … }} is still an error,
    and a faithful translation (or template syntax the source has too) passes."""
    header = 'msgid ""\nmsgstr ""\n"Language: fr\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
    body = ('msgid "Hello"\nmsgstr "Bonjour {{ name }}"\n\nmsgid "Bye {{ name }}"\nmsgstr "Au revoir {{ name }}"\n\n'
            'msgid "Thanks"\nmsgstr "Merci"\n')
    path = write(tmp_path / "fr" / "LC_MESSAGES" / "django.po", header + body)
    result = stele("check", "--select", "markup", path)
    assert result.exit_code == 1
    assert result.stdout.splitlines()[0] == (
        f"{path}:7: error: [markup] translation adds template syntax ({{{{ … }}}} or {{% … %}}); remove it"
    )
    assert result.stdout.count("[markup]") == 1


def test_a_disclaimer_in_the_description_is_looked_for_in_the_meta_description(
    site: Path, stele: Callable[..., Result]
) -> None:
    """A dose in an article's description makes it a disclaimer; the theme shows the description in the page's meta
    description (what search results show), not in its body: found there, and missed when a theme drops it."""
    source = site / "source/kratom-muscle-soreness-relief.md"
    text = source.read_text(encoding="utf-8")
    source.write_text(text.replace('can be alleviated with kratom', 'can be eased with 1-3 grams of kratom', 1),
                      encoding="utf-8")  # the description only (its first paragraph says the same)
    page = "public/en/kratom-muscle-soreness-relief/index.html"

    def lacking() -> list[object]:
        _, findings = _findings(stele, site, "--select", "disclaimer")
        return [f["path"] for f in findings if "lacks the disclaimer" in str(f["message"])]

    assert page not in lacking()
    base = own_template(site, "base.html")
    base.write_text(re.sub(r'<meta name="description"[^>]*>\n?', "", base.read_text(encoding="utf-8")),
                    encoding="utf-8")
    assert page in lacking()
