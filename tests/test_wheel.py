"""The wheel anywhere: built from a copy of this repository, installed into a fresh venv outside it, it runs the
README's "Use it on your own site" commands; the exported Markdown is built by a real Hugo and a real MkDocs."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import venv
from dataclasses import dataclass
from pathlib import Path

import polib
import pytest
from bs4 import BeautifulSoup

from .conftest import REPO

# The README's commands, in order; each with its exit status and a line its output must hold.
# test_readme_shows_these_commands keeps the README's copy of them identical.
BEFORE_TRANSLATION = [
    ('stele new my-site --locales ru,uk --title "Health Notes"', 0, "new: 12 files in my-site/"),
    ("cd my-site", 0, ""),
    ("stele extract", 0, "extract: 2 files, 0 written"),
    ("stele build", 0, "2 held back, into public/"),
    ("stele check", 1, "7 files checked: 8 errors,"),
]
AFTER_TRANSLATION = [
    ("stele check", 0, "7 files checked: 0 errors,"),
    ("stele check --format sarif -o stele.sarif", 0, ""),
    ("stele build", 0, "0 held back, into public/"),
    ("stele export --format hugo --out ../my-site-hugo", 0, "export: 3 pages, 3 written"),
    ("stele export --format mkdocs --out ../my-site-mkdocs", 0, "export: 3 pages, 3 written"),
]

# What a faithful translator writes into the new project's catalogs (the README's "first translation").
TRANSLATIONS = {
    "ru": {
        "Vitamin D in Winter": "Витамин D зимой",
        "Why many people lack vitamin D in the dark months, and how much adults usually take.":
            "Почему многим не хватает витамина D в тёмные месяцы и сколько обычно принимают взрослые.",
        "How much": "Сколько",
        "Adults usually take 600-800 IU of vitamin D a day; some people need more.":
            "Взрослые обычно принимают 600–800 МЕ витамина D в день; некоторым нужно больше.",
        "Consult a healthcare professional before taking supplements, especially if you take other medicines.":
            "Проконсультируйтесь с врачом перед приёмом добавок, особенно если вы принимаете другие лекарства.",
        "Medical disclaimer": "Медицинское предупреждение",
        "This article is for information only and is not medical advice. Always consult a doctor or another "
        "qualified healthcare professional before acting on it, especially if you have a health condition or "
        "take medication.":
            "Эта статья носит исключительно информационный характер и не является медицинской рекомендацией. Всегда "
            "консультируйтесь с врачом или другим квалифицированным медицинским специалистом, прежде чем "
            "следовать ей, особенно если у вас есть заболевание или вы принимаете лекарства.",
    },
    "uk": {
        "Vitamin D in Winter": "Вітамін D взимку",
        "Why many people lack vitamin D in the dark months, and how much adults usually take.":
            "Чому багатьом бракує вітаміну D у темні місяці і скільки зазвичай приймають дорослі.",
        "How much": "Скільки",
        "Adults usually take 600-800 IU of vitamin D a day; some people need more.":
            "Дорослі зазвичай приймають 600–800 МО вітаміну D на день; деяким потрібно більше.",
        "Consult a healthcare professional before taking supplements, especially if you take other medicines.":
            "Проконсультуйтеся з лікарем перед прийомом добавок, особливо якщо ви приймаєте інші ліки.",
        "Medical disclaimer": "Медичне застереження",
        "This article is for information only and is not medical advice. Always consult a doctor or another "
        "qualified healthcare professional before acting on it, especially if you have a health condition or "
        "take medication.":
            "Ця стаття має лише інформаційний характер і не є медичною порадою. Завжди консультуйтеся з лікарем "
            "або іншим кваліфікованим медичним фахівцем, перш ніж діяти відповідно до неї, особливо якщо у вас "
            "є захворювання або ви приймаєте ліки.",
    },
}
DOSE = "Adults usually take 600-800 IU of vitamin D a day; some people need more."
DISCLAIMER = "Consult a healthcare professional before taking supplements, especially if you take other medicines."
BOX = "Medical disclaimer"

# The configurations the README shows for building the export (content/<locale>/ and docs/<slug>.<locale>.md).
HUGO_CONFIG = """\
defaultContentLanguage = "en"
defaultContentLanguageInSubdir = true
[languages.en]
contentDir = "content/en"
[languages.ru]
contentDir = "content/ru"
[languages.uk]
contentDir = "content/uk"
"""
MKDOCS_CONFIG = """\
site_name: Health Notes
markdown_extensions: [attr_list]
plugins:
  - i18n:
      docs_structure: suffix
      languages:
        - {locale: en, name: English, default: true}
        - {locale: ru, name: Русский}
        - {locale: uk, name: Українська}
"""
# Hugo has no theme here: two layouts that show a page's title and content are enough.
HUGO_LAYOUT = '<!doctype html><html lang="{{ .Language.Lang }}"><title>{{ .Title }}</title>{{ .Content }}</html>\n'


@dataclass(frozen=True)
class Installed:
    """The wheel installed in a fresh venv outside the repository, and the folder its commands ran in."""

    bin: Path
    work: Path
    outputs: list[tuple[str, int, str]]  # (command, exit status, stdout + stderr)


def _run(command: str, *, cwd: Path, bin_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")}
    env["PATH"] = f"{bin_dir}{os.pathsep}{env.get('PATH', '')}"
    return subprocess.run(
        shlex.split(command), cwd=cwd, env=env, capture_output=True, text=True, timeout=120, check=False
    )


def _translate(project: Path) -> None:
    """Fill the ru and uk catalogs as a translator would in Poedit (polib: an independent writer)."""
    for locale, table in TRANSLATIONS.items():
        for path in sorted((project / "locales" / locale / "LC_MESSAGES").glob("*.po")):
            catalog = polib.pofile(str(path), wrapwidth=79)
            for entry in catalog:
                if entry.msgid in table:
                    entry.msgstr = table[entry.msgid]
            catalog.save()


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    root = tmp_path_factory.mktemp("wheel")
    source = root / "src"  # a copy, so that building leaves no build/ or *.egg-info in the repository
    source.mkdir()
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy(REPO / name, source / name)
    shutil.copytree(REPO / "cli", source / "cli", ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "wheel", str(source), "-w", str(root / "dist"), "--no-deps"], check=True, cwd=root)
    wheel = next((root / "dist").glob("stele_l10n-*.whl"))
    venv.EnvBuilder(with_pip=True).create(root / "venv")
    bin_dir = root / "venv" / "bin"
    subprocess.run([bin_dir / "python", "-m", "pip", "-q", "--disable-pip-version-check", "install", wheel],
                   check=True, cwd=root)
    work = root / "work"
    work.mkdir()
    outputs = []
    cwd = work
    for step, (command, _, _) in enumerate([*BEFORE_TRANSLATION, *AFTER_TRANSLATION]):
        if step == len(BEFORE_TRANSLATION):
            _translate(cwd)
        if command.startswith("cd "):
            cwd = cwd / command[3:]
            outputs.append((command, 0, ""))
            continue
        done = _run(command, cwd=cwd, bin_dir=bin_dir)
        outputs.append((command, done.returncode, done.stdout + done.stderr))
    return Installed(bin_dir, work, outputs)


def test_the_installed_wheel_is_not_the_checkout(installed: Installed) -> None:
    done = _run("python -c 'import stele, stele.theme; print(stele.__file__); print(stele.theme.THEME_DIR)'",
                cwd=installed.work, bin_dir=installed.bin)
    package, theme = done.stdout.split()
    assert package.startswith(str(installed.bin.parent)) and not package.startswith(str(REPO))
    assert (Path(theme) / "partials" / "disclaimer.html").is_file()


def test_the_wheel_has_complete_metadata(installed: Installed) -> None:
    script = (
        "import json, importlib.metadata as m, stele; d = m.metadata('stele-l10n'); "
        "print(json.dumps({k: d.get_all(k) for k in ('Version', 'Requires-Python', 'License-Expression', "
        "'Classifier', 'Project-URL', 'Summary')} | {'package': stele.__version__}))"
    )
    done = subprocess.run([installed.bin / "python", "-c", script], capture_output=True, text=True, check=True)
    meta = json.loads(done.stdout)
    assert meta["Version"] == [meta["package"]] and meta["Requires-Python"] == [">=3.10"]
    assert meta["License-Expression"] == ["MIT"] and meta["Summary"]
    assert "Topic :: Software Development :: Localization" in meta["Classifier"]
    assert "Programming Language :: Python :: 3.10" in meta["Classifier"]
    assert {url.split(",")[0] for url in meta["Project-URL"]} == {"Homepage", "Documentation", "Source", "Issues"}


def test_readme_commands_run_against_the_wheel(installed: Installed) -> None:
    for (command, status, expected), (_, code, output) in zip(
        [*BEFORE_TRANSLATION, *AFTER_TRANSLATION], installed.outputs, strict=True
    ):
        assert (code, expected in output) == (status, True), f"{command}:\n{output}"
    project = installed.work / "my-site"
    sarif = json.loads((project / "stele.sarif").read_text(encoding="utf-8"))
    assert [r for r in sarif["runs"][0]["results"] if r["level"] == "error"] == []
    for locale in ("ru", "uk"):
        page = (project / "public" / locale / "vitamin-d-in-winter" / "index.html").read_text(encoding="utf-8")
        for source in (DOSE, DISCLAIMER, BOX):
            assert _normalize(TRANSLATIONS[locale][source]) in _text(page)
        assert "Health Notes" in page


def test_readme_shows_these_commands() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Use it on your own site", 1)[1].split("\n## ", 1)[0]
    shown = [line.split("  #")[0].strip() for line in section.splitlines()]
    for command, _, _ in [*BEFORE_TRANSLATION, *AFTER_TRANSLATION]:
        assert command in shown, f"the README's section lacks {command!r}"
    assert HUGO_CONFIG in section and MKDOCS_CONFIG in section


def _text(html: str) -> str:
    return _normalize(BeautifulSoup(html, "html.parser").get_text(" "))


def _normalize(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ").replace("\u202f", " ")).strip()


def _expect_translated_pages(pages: dict[str, Path]) -> None:
    """Each locale's page holds its disclaimer, its dose and the disclaimer box, as translated."""
    for locale, page in pages.items():
        text = _text(page.read_text(encoding="utf-8"))
        for source in (DOSE, DISCLAIMER, BOX):
            wanted = source if locale == "en" else TRANSLATIONS[locale][source]
            assert _normalize(wanted) in text, f"{locale}: {wanted!r} not on {page}"


@pytest.mark.skipif(shutil.which("hugo") is None, reason="hugo is not installed (apt-get install hugo)")
def test_hugo_builds_the_export(installed: Installed) -> None:
    site = installed.work / "my-site-hugo"
    (site / "hugo.toml").write_text(HUGO_CONFIG, encoding="utf-8")
    for kind in ("single", "list"):
        layout = site / "layouts" / "_default" / f"{kind}.html"
        layout.parent.mkdir(parents=True, exist_ok=True)
        layout.write_text(HUGO_LAYOUT, encoding="utf-8")
    done = subprocess.run(["hugo", "--quiet"], cwd=site, capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    _expect_translated_pages(
        {loc: site / "public" / loc / "vitamin-d-in-winter" / "index.html" for loc in ("en", "ru", "uk")}
    )


@pytest.mark.skipif(
    importlib.util.find_spec("mkdocs") is None or importlib.util.find_spec("mkdocs_static_i18n") is None,
    reason="mkdocs and mkdocs-static-i18n are not installed (the test extra has them)",
)
def test_mkdocs_builds_the_export(installed: Installed) -> None:
    site = installed.work / "my-site-mkdocs"
    (site / "mkdocs.yml").write_text(MKDOCS_CONFIG, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q"], cwd=site, capture_output=True, text=True, timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    built = site / "site"
    _expect_translated_pages({
        "en": built / "vitamin-d-in-winter" / "index.html",
        "ru": built / "ru" / "vitamin-d-in-winter" / "index.html",
        "uk": built / "uk" / "vitamin-d-in-winter" / "index.html",
    })
