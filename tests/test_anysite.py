"""stele on anyone's site: `stele new`, the built-in theme (`stele theme copy`) and `stele export`."""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from click.testing import Result

from stele.catalogs.workflow import parse_project
from stele.config import load_config
from stele.locales import locale_info
from stele.po import read_po, write_po
from stele.site.build import assess_site
from stele.site.export import translated_markdown
from stele.theme import THEME_DIR, theme_names

from .conftest import REPO, copy_project, tree_bytes, write

SLUGS = ("kratom-muscle-soreness-dosage", "kratom-muscle-soreness-relief")


def test_new_makes_a_project_that_extracts_and_builds(tmp_path: Path, stele: Callable[..., Result]) -> None:
    folder = tmp_path / "my-site"
    result = stele("new", folder, "--locales", "ru,uk", "--title", 'Health "Notes"')
    assert (result.exit_code, result.stdout) == (0, f"new: 12 files in {folder}/; next: cd {folder} && stele build\n")
    assert sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()) == [
        ".github/workflows/stele.yml", ".gitignore", ".pre-commit-config.yaml",
        "locales/ru/LC_MESSAGES/site.po", "locales/ru/LC_MESSAGES/vitamin-d-in-winter.po", "locales/site.pot",
        "locales/uk/LC_MESSAGES/site.po", "locales/uk/LC_MESSAGES/vitamin-d-in-winter.po",
        "locales/vitamin-d-in-winter.pot", "source/vitamin-d-in-winter.md", "stele.toml",
        "templates/partials/site-title.html",
    ]
    config = load_config(folder)
    assert (config.source_locale, config.locales) == ("en", ("ru", "uk"))
    assert [rule.id for rule in config.disclaimer_rules] == [
        "consult-professional", "side-effects", "dose-range", "consult-before-use"
    ]
    assert set(next(r for r in config.disclaimer_rules if r.id == "consult-before-use").locale_patterns) == {"ru", "uk"}
    ru = read_po(folder / "locales/ru/LC_MESSAGES/vitamin-d-in-winter.po")
    assert ru.header_field("Language") == "ru"
    assert ru.header_field("Plural-Forms").startswith("nplurals=3; plural=")  # CLDR's Russian plural rule
    assert read_po(folder / "locales/uk/LC_MESSAGES/site.po").header_field("Language") == "uk"
    pot = read_po(folder / "locales/vitamin-d-in-winter.pot")
    marked = {e.msgid[:24]: e.extracted for e in pot if any("DISCLAIMER" in c for c in e.extracted)}
    assert set(marked) == {"Adults usually take 600-", "Consult a healthcare pro"}  # the dose and the marker
    assert 'Health \\"Notes\\"' in (folder / "templates/partials/site-title.html").read_text(encoding="utf-8")

    before = tree_bytes(folder)
    assert stele("--project", folder, "extract").stdout == "extract: 2 files, 0 written\n"
    assert tree_bytes(folder) == before  # `stele new` already extracted
    built = stele("--project", folder, "build")
    assert built.exit_code == 0 and "2 held back" in built.stdout  # ru, uk: disclaimers not translated yet
    page = (folder / "public/en/vitamin-d-in-winter/index.html").read_text(encoding="utf-8")
    assert "<title>Vitamin D in Winter · Health &#34;Notes&#34;</title>" in page
    assert "600-800 IU" in page and 'data-stele="disclaimer"' in page


def test_new_writes_ci_and_pre_commit_that_run_check(tmp_path: Path, stele: Callable[..., Result]) -> None:
    assert stele("new", tmp_path / "s").exit_code == 0
    workflow = yaml.safe_load((tmp_path / "s/.github/workflows/stele.yml").read_text(encoding="utf-8"))
    steps = workflow["jobs"]["check"]["steps"]
    runs = [step.get("run") for step in steps]
    assert "stele check --format sarif -o stele.sarif" in runs and "stele check --format github" in runs
    assert steps[-1]["uses"].startswith("github/codeql-action/upload-sarif@")
    assert steps[-1]["with"] == {"sarif_file": "stele.sarif"}
    hooks = yaml.safe_load((tmp_path / "s/.pre-commit-config.yaml").read_text(encoding="utf-8"))
    assert [h["entry"] for h in hooks["repos"][0]["hooks"]] == ["stele check", "stele check --select stale"]
    assert "/public/" in (tmp_path / "s/.gitignore").read_text(encoding="utf-8").splitlines()


def test_new_with_other_locales(tmp_path: Path, stele: Callable[..., Result]) -> None:
    folder = tmp_path / "s"
    result = stele("new", folder, "--locales", "de, pt-BR", "--source-locale", "en", "--title", "Notes")
    assert result.exit_code == 0, result.output
    assert load_config(folder).locales == ("de", "pt_BR")
    assert read_po(folder / "locales/pt_BR/LC_MESSAGES/site.po").header_field("Plural-Forms").startswith("nplurals=")
    toml = (folder / "stele.toml").read_text(encoding="utf-8")
    assert "\n# de = '…'" in toml and "\nru = '" not in toml  # no Russian pattern for a German site
    check = stele("--project", folder, "check")
    assert check.exit_code == 1 and "[disclaimer]" in check.stdout


@pytest.mark.parametrize("existing", ["file", "folder"])
def test_new_refuses_a_non_empty_folder(tmp_path: Path, stele: Callable[..., Result], existing: str) -> None:
    folder = tmp_path / "s"
    if existing == "file":
        write(folder / "notes.txt", "mine\n")
    else:
        (folder / "source").mkdir(parents=True)
    before = tree_bytes(tmp_path)
    result = stele("new", folder)
    assert result.exit_code == 2
    assert result.stderr == (
        f"{folder}: is not empty; stele new makes a project in a new or empty folder, choose another\n"
    )
    assert tree_bytes(tmp_path) == before


def test_new_refuses_a_bad_locale_before_writing(tmp_path: Path, stele: Callable[..., Result]) -> None:
    result = stele("new", tmp_path / "s", "--locales", "ru,xx-??")
    assert result.exit_code == 2 and "'xx-??' is not a locale code" in result.stderr
    assert not (tmp_path / "s").exists()
    result = stele("new", tmp_path / "s", "--locales", "en,ru")
    assert result.exit_code == 2 and "en is the source locale" in result.stderr
    assert not (tmp_path / "s").exists()


def test_the_repository_holds_only_the_templates_it_changes() -> None:
    own = sorted(p.relative_to(REPO / "templates").as_posix() for p in (REPO / "templates").rglob("*.html"))
    assert own == ["partials/disclaimer.html", "partials/site-title.html"]
    for name in own:
        assert (REPO / "templates" / name).read_bytes() != (THEME_DIR / name).read_bytes()


def test_theme_and_copied_templates_build_the_same_site(
    tmp_path: Path, site: Path, stele: Callable[..., Result]
) -> None:
    """The site built from the theme is byte for byte the site built from copies of every theme template."""
    copied = tmp_path / "copied" / "site"  # same folder name: the status page shows it
    copied.mkdir(parents=True)
    copy_project(copied)
    result = stele("--project", copied, "theme", "copy")
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        f"{'kept (already there)' if name in ('partials/disclaimer.html', 'partials/site-title.html') else 'wrote'} "
        f"templates/{name}"
        for name in theme_names()
    ]
    for root in (site, copied):
        assert stele("--project", root, "extract").stdout == "extract: 3 files, 0 written\n"  # same site.pot
        assert stele("--project", root, "build").exit_code == 0
    assert tree_bytes(site / "public") == tree_bytes(copied / "public")


def test_theme_copy_one_template_then_edit_it(site: Path, stele: Callable[..., Result]) -> None:
    result = stele("--project", site, "theme", "copy", "article.html")
    assert (result.exit_code, result.stdout) == (0, "wrote templates/article.html\n")
    assert stele("--project", site, "theme", "copy", "article.html").stdout == (
        "kept (already there) templates/article.html\n"
    )
    article = site / "templates/article.html"
    article.write_text(article.read_text(encoding="utf-8").replace("<article>", '<article class="mine">'), "utf-8")
    assert stele("--project", site, "build").exit_code == 0
    assert '<article class="mine">' in (site / "public/ru" / SLUGS[0] / "index.html").read_text(encoding="utf-8")
    listing = stele("--project", site, "theme", "list").stdout
    assert "article.html  (yours: templates/article.html)\n" in listing and "base.html\n" in listing


def test_theme_copy_unknown_name(site: Path, stele: Callable[..., Result]) -> None:
    result = stele("--project", site, "theme", "copy", "nope.html")
    assert result.exit_code == 2
    assert result.stderr.startswith("stele: stele theme copy: the default theme has no template 'nope.html'; it has ")
    assert not (site / "templates/nope.html").exists()


def test_a_theme_string_is_extracted_from_the_theme(site: Path, stele: Callable[..., Result]) -> None:
    """Without the repository's title partial the theme's own title is a site string, referenced in templates/."""
    (site / "templates/partials/site-title.html").unlink()
    assert stele("--project", site, "extract").exit_code == 0
    pot = read_po(site / "locales/site.pot")
    title = pot.find("My site")
    assert title is not None and title.references == ["templates/partials/site-title.html:1"]
    assert pot.find("Muscle & Recovery Notes") is None


def _export(stele: Callable[..., Result], site: Path, *args: str) -> Result:
    return stele("--project", site, "export", *args)


def test_export_markdown_of_every_published_page(site: Path, stele: Callable[..., Result]) -> None:
    result = _export(stele, site, "--format", "markdown")
    out = site / "export"
    assert result.exit_code == 0
    assert result.stdout == f"export: 6 pages, 6 written, 0 removed, 0 held back, into {out}/\n"
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*.md")) == [
        f"{loc}/{slug}.md" for loc in ("en", "ru", "uk") for slug in SLUGS
    ]
    text = (out / "ru" / f"{SLUGS[0]}.md").read_text(encoding="utf-8")
    front = yaml.safe_load(text.split("---\n")[1])
    catalog = read_po(site / "locales/ru/LC_MESSAGES" / f"{SLUGS[0]}.po")
    title = catalog.find("Kratom for Muscle Soreness: Dosage and Potential Side Effects")
    assert title is not None and front["title"] == title.msgstr and front["lang"] == "ru"
    source_front = yaml.safe_load((site / "source" / f"{SLUGS[0]}.md").read_text(encoding="utf-8").split("---\n")[1])
    assert front["reviewed"] == source_front["reviewed"] and front["reviewed_by"] == source_front["reviewed_by"]
    assert [s["url"] for s in front["sources"]] == [s["url"] for s in source_front["sources"]]
    for entry in catalog:
        if entry.msgid and not entry.obsolete and any("DISCLAIMER" in c for c in entry.extracted):
            assert entry.msgstr in text  # every disclaimer, doses and all
    box = read_po(site / "locales/ru/LC_MESSAGES/site.po").find("Medical disclaimer")
    assert box is not None and f"> **{box.msgstr}**" in text
    source = (out / "en" / f"{SLUGS[0]}.md").read_text(encoding="utf-8")
    body = (site / "source" / f"{SLUGS[0]}.md").read_text(encoding="utf-8").split("---\n", 2)[2]
    # the source locale: the source's own Markdown
    assert source.split("---\n", 2)[2].lstrip("\n").startswith(body.lstrip("\n"))
    assert _export(stele, site, "--format", "markdown").stdout.startswith("export: 6 pages, 0 written")


def test_export_layouts_for_hugo_and_mkdocs(site: Path, stele: Callable[..., Result], tmp_path: Path) -> None:
    layouts = {
        ("hugo",): "content/ru/{slug}.md",
        ("hugo", "--by-filename"): "content/{slug}.ru.md",
        ("mkdocs",): "docs/{slug}.ru.md",
    }
    for number, (args, pattern) in enumerate(layouts.items()):
        out = tmp_path / str(number)
        assert _export(stele, site, "--format", args[0], *args[1:], "--out", str(out)).exit_code == 0
        assert (out / pattern.format(slug=SLUGS[1])).is_file()
        text = (out / pattern.format(slug=SLUGS[1])).read_text(encoding="utf-8")
        assert "{#safe-usage-side-effects-and-considerations}" in text  # headings keep the source's anchors


def test_export_leaves_out_what_the_gate_holds_back(site: Path, stele: Callable[..., Result]) -> None:
    """A page held back by build is not exported, and an earlier export of it is removed: the same verdict."""
    assert _export(stele, site).exit_code == 0
    path = site / "locales/uk/LC_MESSAGES" / f"{SLUGS[1]}.po"
    catalog = read_po(path)
    marked = next(e for e in catalog if e.msgid and any("DISCLAIMER" in c for c in e.extracted))
    marked.set_fuzzy(True)
    write_po(path, catalog)
    held = {(h.locale, h.slug) for h in assess_site(load_config(site)).held}
    assert held == {("uk", SLUGS[1])}
    result = _export(stele, site)
    assert result.exit_code == 0
    assert result.stdout == f"removed {site}/export/uk/{SLUGS[1]}.md\n" + (
        f"export: 5 pages, 0 written, 1 removed, 1 held back, into {site}/export/\n"
    )
    assert re.search(rf"^warning: uk/{SLUGS[1]} not exported: .*fuzzy", result.stderr, re.M)
    exported = {(p.parent.name, p.stem) for p in (site / "export").rglob("*.md")}
    assert stele("--project", site, "build").exit_code == 0
    built = {(p.parent.parent.name, p.parent.name) for p in (site / "public").glob("*/*/index.html")}
    assert exported == built - {("status", "index")} and ("uk", SLUGS[1]) not in exported


def test_exported_markdown_never_leaves_the_out_folder(site: Path, stele: Callable[..., Result]) -> None:
    out = site / "out"
    write(out / "mine.md", "my own notes\n")
    assert _export(stele, site, "--out", str(out)).exit_code == 0
    shutil.rmtree(site / "source")
    os.mkdir(site / "source")
    write(site / "source/other.md", (REPO / "source" / f"{SLUGS[0]}.md").read_text(encoding="utf-8"))
    assert _export(stele, site, "--out", str(out)).exit_code == 0
    assert (out / "mine.md").read_text(encoding="utf-8") == "my own notes\n"  # not ours: never removed


def test_exported_markdown_keeps_every_container(tmp_path: Path) -> None:
    """Lists, quotes, tables (cells of the same text too), hard breaks and code: each block in its place."""
    write(tmp_path / "stele.toml", '[site]\nlocales = ["ru"]\n')
    write(tmp_path / "source/t.md", (
        '---\ntitle: "T"\ndescription: "D"\nslug: t\ndate: 2026-01-01\ntags: [x]\n---\n\n'
        "Para one\ncontinues here.\n\n> Quote one\n> quote two.\n\n- item *one*\n  still one\n- two\n\n"
        "  second para\n\n| Dose | When |\n|------|------|\n| 5 | 5 mg |\n\nHard  \nbreak.\n\n    code stays\n"
    ))
    table = {"5 mg": "5 мг", "Dose": "Доза | x", "5": "5"}

    def shout(domain: str, msgid: str, context: str | None = None) -> str:
        return table.get(msgid, f"«{msgid.upper()}»")

    parsed = parse_project(load_config(tmp_path))[0]
    text = translated_markdown(parsed, locale_info("ru"), shout, (), anchors=True)
    assert text.split("---\n", 2)[2] == (
        "\n«PARA ONE CONTINUES HERE.»\n\n> «QUOTE ONE QUOTE TWO.»\n\n- «ITEM *ONE* STILL ONE»\n- «TWO»\n\n"
        "  «SECOND PARA»\n\n| Доза \\| x | «WHEN» |\n|------|------|\n| 5 | 5 мг |\n\n«HARD  \nBREAK.»\n\n"
        "    code stays\n"
    )


def test_export_removes_only_its_own_earlier_files(site: Path, stele: Callable[..., Result], tmp_path: Path) -> None:
    out = site / "export"
    outside = write(tmp_path / "precious.md", "keep me\n")
    write(out / ".stele-export.json", '["../../precious.md", "/etc/passwd", "ru/x.txt"]\n')
    write(out / "ru/x.txt", "mine\n")
    assert _export(stele, site).exit_code == 0
    assert outside.read_text(encoding="utf-8") == "keep me\n" and (out / "ru/x.txt").exists()
    write(out / ".stele-export.json", "{not json")
    assert _export(stele, site).exit_code == 0
