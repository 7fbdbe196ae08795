"""One verdict: for every tamper kind, stele check exits 1 exactly when the build holds the page back, the published
copy never shows the tampered text, status agrees, and the other locales keep the page."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import Result

from stele.po import Catalog, Message, read_po, write_po

DOSAGE = "kratom-muscle-soreness-dosage"
RELIEF = "kratom-muscle-soreness-relief"


@dataclass(frozen=True)
class Tamper:
    """One change to one ru catalog, and whether check must call it an error."""

    name: str
    domain: str  # the catalog: an article's slug, or "site"
    pick: Callable[[Message], bool]  # which message to change
    change: Callable[[Message], None]
    error: bool  # True: check exits 1 and the page is held back; False: a faithful or warning-only edit


def _ref(line: int) -> Callable[[Message], bool]:
    return lambda m: any(ref.endswith(f"{DOSAGE}.md:{line}") for ref in m.references)


def _msgid(text: str) -> Callable[[Message], bool]:
    return lambda m: m.msgid == text


def _replace(old: str, new: str) -> Callable[[Message], None]:
    def change(m: Message) -> None:
        assert old in m.msgstr, (old, m.msgstr)
        m.msgstr = m.msgstr.replace(old, new, 1)

    return change


def _fuzzy(m: Message) -> None:
    m.set_fuzzy(True)


def _empty(m: Message) -> None:
    m.msgstr = ""


def _latin(m: Message) -> None:
    m.msgstr = m.msgid  # left in English


TAMPERS = [
    Tamper("dose 1–3 → 13", DOSAGE, _ref(47), _replace("1–3\u00a0г", "13\u00a0г"), True),
    Tamper("dose 1–3 → 10–30", DOSAGE, _ref(47), _replace("1–3\u00a0г", "10–30\u00a0г"), True),
    Tamper("dose 5–7 → 5", DOSAGE, _ref(47), _replace("5–7\u00a0г", "5\u00a0г"), True),
    Tamper("consult dropped", DOSAGE, _ref(50), _replace("обязательно проконсультируйтесь с медицинским "
                                                         "специалистом, ", ""), True),
    Tamper("disclaimer fuzzy", DOSAGE, _ref(50), _fuzzy, True),
    Tamper("disclaimer untranslated", DOSAGE, _ref(53), _empty, True),
    Tamper("script injected", DOSAGE, _ref(41), lambda m: setattr(m, "msgstr", m.msgstr + " <script>x()</script>"),
           True),
    Tamper("escape residue", DOSAGE, _ref(41), lambda m: setattr(m, "msgstr", m.msgstr + " u043au0440u0430"), True),
    Tamper("left in English", DOSAGE, _ref(41), _latin, True),
    Tamper("glossary term lost", DOSAGE, _ref(45), _replace("кратома", "растения"), True),
    Tamper("untranslatable term changed", DOSAGE, _ref(25), _replace("Mitragyna speciosa", "Митрагина"), True),
    Tamper("site box fuzzy", "site", _msgid("Medical disclaimer"), _fuzzy, True),
    Tamper("site plural placeholder broken", "site", lambda m: m.msgid_plural is not None,
           lambda m: setattr(m, "msgstr_plural", [f.replace("%(num)d", "%(num)s%") for f in m.msgstr_plural]), True),
    # Faithful or warning-only edits: check exits 0 and the page is published.
    Tamper("heading reworded", DOSAGE, _ref(45), _replace("какое количество", "сколько"), False),
    Tamper("plain paragraph fuzzy", DOSAGE, _ref(41), _fuzzy, False),
    Tamper("plain paragraph untranslated", DOSAGE, _ref(41), _empty, False),
]


def _tamper(site: Path, tamper: Tamper) -> str:
    """Apply ``tamper`` to the ru catalog; return the changed translation's text."""
    path = site / "locales/ru/LC_MESSAGES" / f"{tamper.domain}.po"
    catalog: Catalog = read_po(path)
    entry = next(m for m in catalog if tamper.pick(m))
    tamper.change(entry)
    write_po(path, catalog)
    return "\n".join(entry.translations)


def _pages(site: Path) -> dict[str, str]:
    return {str(p.relative_to(site / "public")): p.read_text(encoding="utf-8")
            for p in (site / "public").rglob("index.html")}


@pytest.mark.parametrize("tamper", TAMPERS, ids=[t.name for t in TAMPERS])
def test_check_fails_exactly_when_the_page_is_held_back(
    site: Path, stele: Callable[..., Result], tamper: Tamper
) -> None:
    text = _tamper(site, tamper)
    check = stele("--project", site, "check", "--format", "json")
    errors = [f for f in json.loads(check.stdout)["findings"] if f["severity"] == "error"]
    assert (check.exit_code == 1) is tamper.error, errors
    build = stele("--project", site, "build")
    assert build.exit_code == 0, build.stderr
    pages = _pages(site)
    held = {line.split(" not published")[0].removeprefix("warning: ") for line in build.stderr.splitlines()}
    affected = {DOSAGE, RELIEF} if tamper.domain == "site" else {tamper.domain}
    status = json.loads(stele("--project", site, "status", "--format", "json").stdout)
    ru = next(loc for loc in status["locales"] if loc["locale"] == "ru")
    publishable = {a["domain"]: a["publishable"] for a in ru["articles"] if a["domain"] != "site"}
    if tamper.error:
        assert held == {f"ru/{slug}" for slug in affected}
        # every reason is one of check's own finding lines
        reasons = [line.split(" not published: ")[1] for line in build.stderr.splitlines()]
        shown = {f"{f['path']}:{f['line']}: error: [{f['rule']}] {f['message']}" for f in errors}
        assert all(any(reason.startswith(s) for s in shown) for reason in reasons), (reasons, shown)
        for slug in affected:
            assert f"ru/{slug}/index.html" not in pages
            assert f"uk/{slug}/index.html" in pages and f"en/{slug}/index.html" in pages
            assert publishable[slug] is False
        if text.strip():
            assert not any(text in html for page, html in pages.items() if page.startswith("ru/"))
    else:
        assert build.stderr == "" and held == set()
        assert all(f"ru/{slug}/index.html" in pages for slug in (DOSAGE, RELIEF))
        assert set(publishable.values()) == {True}


def test_the_untouched_site_is_published_everywhere(site: Path, stele: Callable[..., Result]) -> None:
    assert stele("--project", site, "check").exit_code == 0
    build = stele("--project", site, "build")
    assert (build.exit_code, build.stderr) == (0, "")
    assert {p for p in _pages(site) if p.count("/") == 2} == {
        f"{loc}/{slug}/index.html" for loc in ("en", "ru", "uk") for slug in (DOSAGE, RELIEF)
    }
