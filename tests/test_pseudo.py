"""Pseudo-localization: en-XA text, a pseudo build, and hard-coded template strings found by line."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from bs4 import BeautifulSoup
from click.testing import Result
from hypothesis import given
from hypothesis import strategies as st

from stele.catalogs.pseudo import pseudo_text

from .conftest import own_template


def test_pseudo_text_keeps_what_must_not_change() -> None:
    text = "Take 1-3 grams of [kratom](#dose-2) with %(num)d **water**: https://example.org/a {name}"
    got = pseudo_text(text, keep=["kratom"])
    assert got.startswith("[Ţáķé 1-3 ĝŕáɱš óƒ [kratom](#dose-2) ŵîţĥ %(num)d **ŵáţéŕ**: https://example.org/a {name} ~")
    assert got.endswith("~]")
    assert pseudo_text("Press this") == "[Ƥŕéšš ţĥîš ~~~~]"


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz ABCXYZ.,", min_size=1, max_size=80))
def test_pseudo_text_is_longer_bracketed_and_has_no_ascii_letters(text: str) -> None:
    got = pseudo_text(text)
    assert got.startswith("[") and got.endswith("]")
    assert len(got) >= len(text) * 1.3
    assert not any("a" <= ch.lower() <= "z" for ch in got)


def test_pseudo_build_renders_en_xa(site: Path, stele: Callable[..., Result]) -> None:
    assert stele("--project", site, "pseudo").output.endswith("pseudo: 3 files, 3 written\n")
    assert stele("--project", site, "build", "--pseudo").exit_code == 0
    page = BeautifulSoup(
        (site / "public/en-xa/kratom-muscle-soreness-dosage/index.html").read_text("utf-8"), "html5lib"
    )
    assert page.html is not None and page.html["lang"] == "en-XA"
    assert page.h1 is not None and page.h1.get_text().startswith("[Ķŕáţóɱ ƒóŕ Ṁûšçļé Šóŕéñéšš")


def test_shipped_templates_have_no_hard_coded_english(site: Path, stele: Callable[..., Result]) -> None:
    result = stele("--project", site, "check", "--pseudo", "--select", "hard-coded")
    assert (result.exit_code, result.stdout) == (0, "11 files checked: 0 errors, 0 warnings, 0 notes\n")


def test_hard_coded_string_reported_at_its_template_line(site: Path, stele: Callable[..., Result]) -> None:
    template = own_template(site, "article.html")
    lines = template.read_text(encoding="utf-8").splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("<article>")) + 1
    lines.insert(at, "<p>Call your doctor today</p>")
    template.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = stele("--project", site, "check", "--pseudo", "--select", "hard-coded")
    assert result.exit_code == 1
    assert result.stdout.splitlines()[0] == (
        f"templates/article.html:{at + 1}: error: [hard-coded] 'Call your doctor today' is not translatable; "
        'wrap it in {{ _("…") }} so it reaches the catalogs'
    )
