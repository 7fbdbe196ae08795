"""Both cores: the build and status give, in worker processes, exactly what one process gives."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import Result

from stele import forked
from stele.config import load_config
from stele.po import read_po, write_po
from stele.site import gating, incremental, status, status_view, workers

from .conftest import FROZEN, new_site, tree_bytes

ARTICLES = 13  # × 2 locales = 26 (article, locale) pairs: over the parallel threshold of 24


def _article(number: int) -> str:
    return f"""---
title: Stretching, part {number}
description: How to stretch safely, part {number}.
slug: stretch-{number:02d}
date: 2026-03-{number + 1:02d}
tags: [health]
---

Stretch gently for {number + 10} seconds.

<!-- stele: disclaimer see-doctor -->
Stop and see a doctor if the pain is sharp.
"""


def _translate(path: Path, prefix: str, *, fuzzy: bool = False) -> None:
    catalog = read_po(path)
    for entry in catalog:
        entry.msgstr = prefix + entry.msgid
        if fuzzy and "doctor" in entry.msgid:
            entry.flags.append("fuzzy")
    write_po(path, catalog)


def _fresh_status(project: Path) -> str:
    """The dashboard as `stele build` writes it, counted afresh."""
    report = status.project_status(load_config(project))
    return status_view.status_page(report, site_title="Muscle & Recovery Notes", home="../", generated=FROZEN)


@pytest.fixture
def project(tmp_path: Path, stele: Callable[..., Result]) -> Path:
    """13 health articles in ru and uk; uk's disclaimer is fuzzy in every third article (held back)."""
    articles = {f"stretch-{number:02d}.md": _article(number) for number in range(ARTICLES)}
    root = new_site(tmp_path / "proj", stele, articles)
    toml = root / "stele.toml"
    toml.write_text(toml.read_text().replace("[site]\n", "[site]\nstatus_page = true\n"))
    for path in sorted((root / "locales").glob("*/LC_MESSAGES/*.po")):
        code = path.parent.parent.name
        third = path.stem.startswith("stretch-") and int(path.stem[-2:]) % 3 == 0
        _translate(path, {"ru": "[рус] ", "uk": "[укр] "}[code], fuzzy=code == "uk" and third)
    return root


@pytest.fixture
def spied(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Which stages asked for worker processes (and had more than one job)."""
    asked: list[str] = []

    def spy(work: Callable[[object], object], jobs: list[object], *, parallel: bool) -> list[object]:
        if parallel and len(jobs) > 1:
            asked.append(work.__name__)
        return workers.parallel_map(work, jobs, parallel=parallel)

    def spy_each(work: Callable[[object], object], jobs: list[object], *, parallel: bool) -> Iterator[object]:
        if parallel and len(jobs) > 1:
            asked.append(work.__name__)
        return workers.parallel_each(work, jobs, parallel=parallel)

    monkeypatch.setattr(gating, "parallel_map", spy)
    monkeypatch.setattr(incremental, "parallel_each", spy_each)
    monkeypatch.setattr(status, "parallel_map", spy)
    return asked


def _one_core(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workers, "cores", lambda: 1)


@pytest.mark.skipif(forked.cores() < 2, reason="needs 2 cores")
def test_build_on_two_cores_writes_what_one_core_writes(
    project: Path, tmp_path: Path, stele: Callable[..., Result], spied: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    serial = tmp_path / "serial" / "proj"  # same folder name: the status page's title shows it
    shutil.copytree(project, serial)
    two = stele("--project", project, "build")
    assert two.exit_code == 0, two.output
    assert spied == ["gate_sources"]  # the gate counts the status page's figures and renders the article pages
    # 13 en + 13 ru + 8 uk pages, 3 indexes, the chooser, the status page, the sitemap
    assert "build: 40 files, 40 rendered, 40 written, 5 held back" in two.stdout
    _one_core(monkeypatch)
    one = stele("--project", serial, "build")
    assert (one.exit_code, one.stdout, one.stderr) == (two.exit_code, two.stdout, two.stderr)
    assert tree_bytes(serial / "public") == tree_bytes(project / "public")
    assert not (project / "public/uk/stretch-03").exists() and (project / "public/ru/stretch-03").exists()


@pytest.mark.skipif(forked.cores() < 2, reason="needs 2 cores")
def test_status_on_two_cores_reports_what_one_core_reports(
    project: Path, stele: Callable[..., Result], spied: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    two = stele("--project", project, "status", "--format", "json")
    assert spied == ["_count_domains"]
    _one_core(monkeypatch)
    one = stele("--project", project, "status", "--format", "json")
    assert (one.exit_code, one.stdout) == (two.exit_code, two.stdout) and two.exit_code == 0
    assert '"locale": "uk"' in two.stdout


@pytest.mark.skipif(forked.cores() < 2, reason="needs 2 cores")
def test_error_in_a_worker_is_reported_as_in_one_process(
    project: Path, stele: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A broken catalog met in a worker gives the same message and exit code, and nothing is written."""
    broken = project / "locales/uk/LC_MESSAGES/stretch-07.po"
    broken.write_text(broken.read_text(encoding="utf-8") + '\nmsgid "dangling\n', encoding="utf-8")
    two = stele("--project", project, "build")
    assert two.exit_code == 2 and "locales/uk/LC_MESSAGES/stretch-07.po:" in two.stderr
    assert not (project / "public").exists()
    _one_core(monkeypatch)
    one = stele("--project", project, "build")
    assert (one.exit_code, one.stderr) == (two.exit_code, two.stderr)


def _counted(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """The (locale, domain) catalogs the status counts afresh (not from the build's cache)."""
    counted: list[tuple[str, str]] = []

    def spy(work: Callable[[object], object], jobs: list[object], *, parallel: bool) -> list[object]:
        found = workers.parallel_map(work, jobs, parallel=parallel)
        if work is status._count_domains:
            counted.extend(pair for part in found for pair in part)  # type: ignore[attr-defined]
        if work is gating.gate_sources:  # the gate stage counts the catalogs it reads
            verdicts = (v for part in found for gated in part for v in gated.verdicts)  # type: ignore[attr-defined]
            counted.extend((v.figures.locale, v.figures.domain) for v in verdicts if v.figures is not None)
        return found

    monkeypatch.setattr(gating, "parallel_map", spy)
    monkeypatch.setattr(status, "parallel_map", spy)
    return counted


def test_rebuild_counts_only_the_changed_catalog_for_the_status_page(
    project: Path, stele: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    """One edited catalog: the status page is counted again for it alone, and shows what a full count shows."""
    counted = _counted(monkeypatch)
    assert stele("--project", project, "build").exit_code == 0
    assert len(counted) == 2 * (ARTICLES + 1)  # ru and uk × 13 articles and the site
    counted.clear()
    edited = project / "locales/uk/LC_MESSAGES/stretch-03.po"
    catalog = read_po(edited)
    for entry in catalog:
        entry.flags = [flag for flag in entry.flags if flag != "fuzzy"]  # its disclaimer is reviewed now
    write_po(edited, catalog)
    result = stele("--project", project, "build")
    assert result.stdout.endswith("4 held back, into public/\n")
    assert counted == [("uk", "stretch-03")]
    counted.clear()
    page = (project / "public/status/index.html").read_text(encoding="utf-8")
    fresh = _fresh_status(project)
    assert page == fresh and len(counted) == 2 * (ARTICLES + 1)


def test_template_change_alone_updates_the_status_page(project: Path, stele: Callable[..., Result]) -> None:
    """A new message in a .pot (catalogs not yet updated) shows on the status page as untranslated."""
    assert stele("--project", project, "build").exit_code == 0
    pot = project / "locales/stretch-05.pot"
    pot.write_text(pot.read_text(encoding="utf-8") + '\nmsgid "A new sentence."\nmsgstr ""\n', encoding="utf-8")
    assert stele("--project", project, "build").exit_code == 0
    page = (project / "public/status/index.html").read_text(encoding="utf-8")
    assert page == _fresh_status(project)
    figures = {
        (a.locale, a.domain): a for loc in status.project_status(load_config(project)).locales for a in loc.articles
    }
    assert figures["ru", "stretch-05"].untranslated == 1 and figures["ru", "stretch-04"].untranslated == 0
