"""The build benchmark's peers: the Python floor, Hugo and MkDocs (+ mkdocs-static-i18n) on the same pages.

Each peer gets every article of the bench site (``sitegen.py``) in every locale, source locale included: the
source text in each locale's folder (no peer looks a translation up; the page count and text sizes are
stele's). stele's cold build is measured in the same interleaved rounds, so the ratios come from one run.
"""

from __future__ import annotations

import shutil
import statistics
import sys
from pathlib import Path

import floor
import sitegen
from runner import Command, Measurement, measure_group
from suites import Section, Settings, Tools, command

HERE = Path(__file__).resolve().parent
FLOOR_LABEL, STELE_LABEL = "python floor (2 processes)", "stele build, cold"
FLOOR_TARGET = 0.5  # stele's pages/s at least this share of the floor's

HUGO_PAGE = """<!doctype html>
<html lang="{{ .Language.Lang }}"><head><meta charset="utf-8"><title>{{ .Title }}</title>
<meta name="description" content="{{ .Description }}"></head>
<body><header><a href="../">{{ .Language.Lang }}</a></header>
<main><article><h1>{{ .Title }}</h1>
{{ .Content }}
</article></main></body></html>
"""
HUGO_LIST = """<!doctype html><html lang="{{ .Language.Lang }}"><head><meta charset="utf-8"><title>{{ .Title }}</title>
</head><body><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></body></html>
"""


def hugo_site(site: Path, folder: Path) -> None:
    """A multilingual Hugo project: content/<locale>/<slug>.md for every article and locale."""
    locales, articles = floor.pages_of(site)
    shutil.rmtree(folder, ignore_errors=True)
    lines = ['baseURL = "https://example.org/"', f'defaultContentLanguage = "{locales[0]}"',
             "defaultContentLanguageInSubdir = true", 'disableKinds = ["taxonomy", "term", "RSS"]']
    for weight, code in enumerate(locales, 1):
        lines += [f"[languages.{code}]", f'contentDir = "content/{code}"', f"weight = {weight}"]
        (folder / "content" / code).mkdir(parents=True)
        for path in articles:
            shutil.copyfile(path, folder / "content" / code / path.name)
    (folder / "hugo.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "layouts" / "_default").mkdir(parents=True)
    (folder / "layouts" / "_default" / "single.html").write_text(HUGO_PAGE, encoding="utf-8")
    (folder / "layouts" / "_default" / "list.html").write_text(HUGO_LIST, encoding="utf-8")


def mkdocs_site(site: Path, folder: Path) -> None:
    """An MkDocs project with mkdocs-static-i18n's suffix layout: docs/<slug>.<locale>.md."""
    locales, articles = floor.pages_of(site)
    shutil.rmtree(folder, ignore_errors=True)
    (folder / "docs").mkdir(parents=True)
    for path in articles:
        for code in locales:
            name = path.name if code == locales[0] else f"{path.stem}.{code}.md"
            shutil.copyfile(path, folder / "docs" / name)
    languages = "".join(
        f"        - locale: {code}\n          name: {code}\n          build: true\n"
        + ("          default: true\n" if code == locales[0] else "")
        for code in locales
    )
    config = ("site_name: bench\nuse_directory_urls: true\nplugins:\n  - i18n:\n      docs_structure: suffix\n"
              f"      languages:\n{languages}")
    (folder / "mkdocs.yml").write_text(config, encoding="utf-8")


def peer_commands(tools: Tools, site: Path, out: Path) -> list[Command]:
    """stele's cold build, the floor, Hugo and MkDocs; each starts from an empty output folder."""
    work = out / "work" / "peers"
    hugo_site(site, work / "hugo")
    mkdocs_site(site, work / "mkdocs")

    def clean(folder: Path) -> object:
        return lambda: shutil.rmtree(folder, ignore_errors=True)

    stele = command(tools, "stele", STELE_LABEL, ["-q", "--project", "site", "build"], out)
    stele.prepare = lambda: sitegen.clean_outputs(site)
    rows = [
        stele,
        Command(FLOOR_LABEL, [sys.executable, str(HERE / "floor.py"), "site", "work/peers/floor", "--jobs", "2"],
                "python bench/floor.py site work/peers/floor --jobs 2", out, baseline=True,
                prepare=clean(work / "floor")),  # type: ignore[arg-type]
        command(tools, "hugo", "hugo", ["--quiet", "-s", "work/peers/hugo", "-d", "public"], out,
                prepare=clean(work / "hugo" / "public")),
        command(tools, "mkdocs", "mkdocs + static-i18n", ["build", "-q", "-f", "work/peers/mkdocs/mkdocs.yml"], out,
                prepare=clean(work / "mkdocs" / "site")),
    ]
    return rows


def peers_section(tools: Tools, settings: Settings) -> Section:
    """Cold builds of the same pages, interleaved: pages/s of each and stele's share of the floor's."""
    site = settings.out / "site"
    locales, articles = floor.pages_of(site)
    pages = len(locales) * len(articles)
    commands = peer_commands(tools, site, settings.out)
    results = measure_group(commands, repeat=settings.repeat, timeout=settings.timeout,
                            logs=settings.out / "logs" / "build_peers")
    section = Section("build-peers", settings.articles, results)
    section.figures["pages"] = pages
    for result in results:
        if result.ok and result.median_wall:
            section.figures[f"{result.command.label}: pages/s"] = pages / result.median_wall
            section.notes.append(f"{result.command.label}: {pages / result.median_wall:,.0f} pages/s")
    share = floor_share(results)
    if share is not None:
        section.figures["stele ÷ floor (pages/s)"] = share
        section.notes.append(f"stele's pages/s ÷ the floor's (median of rounds): {share:.2f}×")
    return section


def floor_share(results: list[Measurement]) -> float | None:
    """Median over rounds of (floor's wall ÷ stele's wall in the same round) = stele's pages/s ÷ the floor's."""
    stele = next((r for r in results if r.command.label == STELE_LABEL), None)
    base = next((r for r in results if r.command.label == FLOOR_LABEL), None)
    if not (stele and base and stele.ok and base.ok):
        return None
    pairs = [b.wall / a.wall for a, b in zip(stele.samples, base.samples, strict=False) if a.wall > 0]
    return statistics.median(pairs) if pairs else None
