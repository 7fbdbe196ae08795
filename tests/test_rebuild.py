"""Rebuilds: nothing changed is decided from file stats, without the renderer; what changed is still seen."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from hypothesis import given, settings
from hypothesis import strategies as st

from stele.locales import SITE_DOMAIN
from stele.site import cache, public_tree, unchanged
from stele.site.cache import FileHashes, _names, named

RU_DOSAGE = Path("locales/ru/LC_MESSAGES/kratom-muscle-soreness-dosage.po")
DOSAGE_PAGE = "public/ru/kratom-muscle-soreness-dosage/index.html"
SUMMARY = "build: 11 files, {} rendered, {} written, 0 held back, into public/\n"


@pytest.fixture
def trusted(monkeypatch: pytest.MonkeyPatch) -> None:
    """Files written a moment ago count as old enough to trust their stat (the racy margin is the clock's)."""
    monkeypatch.setattr(cache, "RACY_NS", 0)


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The input files whose bytes a build reads to hash them."""
    seen: list[str] = []
    real = cache.file_digest

    def counting(path: Path) -> str:
        seen.append(Path(path).name)
        return real(path)

    monkeypatch.setattr(cache, "file_digest", counting)
    return seen


def _built(site: Path, stele: Callable[..., Result]) -> Result:
    result = stele("--project", site, "-vv", "build")
    assert result.exit_code == 0, result.output
    return result


def _edit_keeping_size_and_mtime(path: Path, old: str, new: str) -> None:
    """Change ``old`` to ``new`` (as many bytes) and give the file its old mtime back, as `cp -p` or `touch -r` do."""
    before = path.stat()
    data = path.read_bytes()
    changed = data.replace(old.encode(), new.encode(), 1)
    assert changed != data and len(changed) == len(data)
    path.write_bytes(changed)
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert (path.stat().st_size, path.stat().st_mtime_ns) == (before.st_size, before.st_mtime_ns)


def test_nothing_changed_renders_and_writes_nothing(site: Path, stele: Callable[..., Result]) -> None:
    first = _built(site, stele)
    assert first.stdout.endswith(SUMMARY.format(11, 11))
    again = _built(site, stele)
    assert again.stdout == SUMMARY.format(0, 0)
    assert again.stderr == first.stderr


def test_one_edited_catalog_renders_exactly_its_pages(site: Path, stele: Callable[..., Result], trusted: None) -> None:
    _built(site, stele)
    catalog = site / RU_DOSAGE
    catalog.write_text(catalog.read_text(encoding="utf-8").replace("боли: дозировка", "боли: Дозировка", 1),
                       encoding="utf-8")
    changed = _built(site, stele)
    assert changed.stdout == (
        f"wrote {DOSAGE_PAGE}\n"
        "wrote public/ru/index.html\n"  # its title is listed there
        + SUMMARY.format(4, 2)  # those two, the chooser and the sitemap (rendered, the same)
    )
    assert "боли: Дозировка" in (site / DOSAGE_PAGE).read_text(encoding="utf-8")
    assert _built(site, stele).stdout == SUMMARY.format(0, 0)


def test_touch_without_change_builds_nothing_and_is_read_once(
    site: Path, stele: Callable[..., Result], trusted: None, reads: list[str]
) -> None:
    _built(site, stele)
    reads.clear()
    assert _built(site, stele).stdout == SUMMARY.format(0, 0)
    assert reads == []  # every input trusted by its stat
    catalog = site / RU_DOSAGE
    later = catalog.stat().st_mtime_ns + 5_000_000_000
    os.utime(catalog, ns=(later, later))
    assert _built(site, stele).stdout == SUMMARY.format(0, 0)
    assert reads == [catalog.name]  # read again, the same bytes: nothing to do
    reads.clear()
    assert _built(site, stele).stdout == SUMMARY.format(0, 0)
    assert reads == []  # its new stat was recorded


def test_edit_keeping_size_and_mtime_is_seen(site: Path, stele: Callable[..., Result], trusted: None) -> None:
    """`cp -p` or `touch -r` keep size and mtime; the ctime, which nothing in user space sets, gives it away."""
    _built(site, stele)
    _edit_keeping_size_and_mtime(site / RU_DOSAGE, "боли: дозировка", "боли: Дозировка")
    changed = _built(site, stele)
    assert changed.stdout == f"wrote {DOSAGE_PAGE}\nwrote public/ru/index.html\n" + SUMMARY.format(4, 2)


def test_files_changed_just_before_the_build_are_read_again(site: Path, stele: Callable[..., Result],
                                                           reads: list[str]) -> None:
    """A file changed within RACY_NS of its hashing could change again in the same timestamp tick, unseen by its
    stat: it is not recorded, so the next build reads it again (here the project's files, just copied; the theme's
    templates, older, are recorded)."""
    _built(site, stele)
    recorded = json.loads((site / "build" / unchanged.INPUTS).read_text(encoding="utf-8"))
    assert not [name for name in recorded["files"] if name.startswith(str(site))]
    assert {Path(name).name for name in recorded["files"]} >= {"article.html", "base.html"}
    reads.clear()
    assert _built(site, stele).stdout == SUMMARY.format(0, 0)
    assert RU_DOSAGE.name in reads


def test_racy_rule_of_file_hashes(tmp_path: Path) -> None:
    path = tmp_path / "a.po"
    path.write_bytes(b"one")
    first = FileHashes()
    first.started = path.stat().st_ctime_ns + cache.RACY_NS + 1  # hashed long after its last change
    digest = first.digest(path)
    assert list(first.table) == [str(path)]
    fresh = FileHashes()
    fresh.started = path.stat().st_ctime_ns + cache.RACY_NS  # within the margin: not recorded
    assert fresh.digest(path) == digest and fresh.table == {}
    again = FileHashes(first.table)
    assert again.digest(path) == digest and again.read == 0
    path.write_bytes(b"two")  # the same size; a new ctime at least
    os.utime(path, ns=(first.table[str(path)][1], first.table[str(path)][1]))
    assert FileHashes(first.table).digest(path) == cache.file_digest(path) != digest


@pytest.mark.parametrize("racy", [True, False], ids=["folders listed", "folder stats trusted"])
def test_deleted_page_is_written_again_and_a_stray_one_removed(site: Path, stele: Callable[..., Result],
                                                               monkeypatch: pytest.MonkeyPatch, racy: bool) -> None:
    if not racy:
        monkeypatch.setattr(cache, "RACY_NS", 0)
    _built(site, stele)
    (site / DOSAGE_PAGE).unlink()
    assert _built(site, stele).stdout == f"wrote {DOSAGE_PAGE}\n" + SUMMARY.format(3, 1)
    stray = site / "public" / "ru" / "old" / "index.html"
    stray.parent.mkdir()
    stray.write_text("<p>left from an older build</p>", encoding="utf-8")
    assert _built(site, stele).stdout == "removed public/ru/old/index.html\n" + SUMMARY.format(2, 0)
    assert _built(site, stele).stdout == SUMMARY.format(0, 0)
    assets = site / "public" / "assets" / "fonts"  # a folder without pages (copied in by hand): nothing to do
    assets.mkdir(parents=True)
    (assets / "serif.woff2").write_bytes(b"wOF2")
    assert _built(site, stele).stdout == SUMMARY.format(0, 0)
    (assets / "specimen.html").write_text("<p>Aa</p>", encoding="utf-8")  # a page in it: the build removes it
    assert _built(site, stele).stdout == "removed public/assets/fonts/specimen.html\n" + SUMMARY.format(2, 0)
    assert (assets / "serif.woff2").exists()
    assert _built(site, stele).stdout == SUMMARY.format(0, 0)


def test_a_failed_build_is_not_taken_for_the_last_complete_one(site: Path, stele: Callable[..., Result],
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """A build that stopped after writing pages: with the catalog put back as the last complete build had it, the
    next build is not skipped (the record of the last complete build went before the first write), and renders the
    page the stopped build wrote again, from a .mo compiled again (the manifest names both with the files' recorded
    signatures, which the stopped build's rewrites changed): no page keeps a text its catalog no longer has."""
    _built(site, stele)
    page = site / DOSAGE_PAGE
    good = page.read_text(encoding="utf-8")
    catalog = site / RU_DOSAGE
    before = catalog.read_bytes()
    catalog.write_bytes(before.replace("боли: дозировка".encode(), "боли: Дозировка".encode(), 1))

    def broken(*_args: object) -> None:
        raise RuntimeError("disk on fire")

    with monkeypatch.context() as patch:
        patch.setattr("stele.site.build.render_indexes", broken)
        failed = stele("--project", site, "build")
    assert failed.exit_code == 2 and "disk on fire" in failed.stderr
    assert not (site / "build" / unchanged.INPUTS).exists()
    assert "боли: Дозировка" in page.read_text(encoding="utf-8")  # the stopped build got as far as this page
    catalog.write_bytes(before)
    assert _built(site, stele).stdout != SUMMARY.format(0, 0)
    assert page.read_text(encoding="utf-8") == good
    assert (site / "build" / unchanged.INPUTS).exists()
    assert _built(site, stele).stdout == SUMMARY.format(0, 0)


def test_a_bad_catalog_leaves_the_record(site: Path, stele: Callable[..., Result]) -> None:
    """A build that stops at a broken catalog wrote nothing before: with the catalog repaired, nothing to do."""
    _built(site, stele)
    catalog = site / RU_DOSAGE
    before = catalog.read_bytes()
    catalog.write_bytes(before.replace(b'msgstr "', b'msgstr "\\q', 1))
    assert stele("--project", site, "build").exit_code == 2
    catalog.write_bytes(before)
    assert _built(site, stele).stdout == SUMMARY.format(0, 0)


def test_strict_no_change_build_still_fails_on_held_pages(site: Path, stele: Callable[..., Result]) -> None:
    catalog = site / RU_DOSAGE
    text = catalog.read_text(encoding="utf-8")
    catalog.write_text(text.replace("#: source/kratom-muscle-soreness-dosage.md:25\n",
                                    "#: source/kratom-muscle-soreness-dosage.md:25\n#, fuzzy\n", 1), encoding="utf-8")
    first = stele("--project", site, "build")
    assert first.exit_code == 0 and "1 held back" in first.stdout
    again = stele("--project", site, "build")
    assert again.stdout == SUMMARY.format(0, 0).replace("11 files", "10 files").replace("0 held", "1 held")
    assert again.stderr == first.stderr
    strict = stele("--project", site, "build", "--strict")
    assert strict.exit_code == 1
    assert strict.stderr.startswith("stele: 1 page(s) held back by the publishing gate:\n  ru/kratom-muscle-soreness")
    (site / "build" / unchanged.INPUTS).unlink()  # the full build says the same
    assert (stele("--project", site, "build", "--strict").stderr, strict.stdout) == (strict.stderr, "")


def test_no_change_build_imports_neither_renderer_nor_rules(site: Path, stele: Callable[..., Result]) -> None:
    """The start-up of `stele build` with nothing to do: what deciding so needs, not Jinja, markdown-it or check."""
    _built(site, stele)
    heavy = ("jinja2", "markdown_it", "rich", "pymorphy3", "babel.numbers", "stele.rules", "stele.catalogs",
             "stele.po", "stele.site.build", "stele.site.render", "stele.checks")
    code = (
        "import sys\nfrom stele.commands import main\n"
        f"main(['--project', {str(site)!r}, 'build'], standalone_mode=False)\n"
        f"print(sorted(m for m in sys.modules if m.startswith({heavy!r})))\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout == SUMMARY.format(0, 0) + "[]\n"


def test_site_domain_is_the_catalogs_one() -> None:
    assert unchanged.SITE_DOMAIN == SITE_DOMAIN


@settings(max_examples=50, derandomize=True, deadline=None)
@given(st.lists(st.text(st.sampled_from("ab.pot-_"), min_size=1, max_size=6), max_size=8))
def test_named_lists_what_glob_lists(names: list[str]) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        for name in set(names) - {".", ".."}:
            (root / name).mkdir() if name.startswith("-") else (root / name).write_bytes(b"")
        for suffix in (".po", ".pot", ".md"):
            assert named(root, suffix) == sorted(root.glob("*" + suffix))
            assert [os.path.splitext(name)[0] for name in _names(str(root), suffix)] == [  # as _domains names them
                path.stem for path in sorted(root.glob("*" + suffix))
            ]
    assert named(Path(folder) / "gone", ".po") == []


def test_a_folder_changed_just_before_its_listing_is_listed_again(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    page = tmp_path / "ru" / "a" / "index.html"
    page.parent.mkdir(parents=True)
    page.write_text("<p>a</p>", encoding="utf-8")
    fresh = public_tree.scan(tmp_path)
    assert fresh == {"": [None, [], ["ru"]], "ru": [None, [], ["a"]],
                     "ru/a": [None, [["index.html", *cache.signature(page)]], []]}
    assert public_tree.same(tmp_path, fresh) == (True, True)  # listed again: the same, stats still too recent
    monkeypatch.setattr(cache, "RACY_NS", 0)
    assert public_tree.same(tmp_path, fresh) == (True, True)  # listed again, stats now recorded
    assert all(entry[0] is not None for entry in fresh.values())
    assert public_tree.same(tmp_path, fresh) == (True, False)  # one stat per folder and page, nothing listed
    page.unlink()
    assert public_tree.same(tmp_path, fresh) == (False, False)
    assert public_tree.same(tmp_path / "gone", public_tree.scan(tmp_path / "gone")) == (False, False)



def test_a_page_edited_in_place_is_rendered_again(site: Path, stele: Callable[..., Result], trusted: None) -> None:
    """A page of public/ edited by hand (same name, so its folder's stat does not move): the build is not skipped,
    and that page is rendered again and written, and no other article page."""
    _built(site, stele)
    page = site / DOSAGE_PAGE
    good = page.read_bytes()
    assert _built(site, stele).stdout == SUMMARY.format(0, 0)
    with page.open("r+b") as handle:  # in place, as an editor that does not rename may save it
        handle.write(good.replace("около 1–3".encode(), "около 13 ".encode(), 1))
    assert page.read_bytes() != good
    assert _built(site, stele).stdout == f"wrote {DOSAGE_PAGE}\n" + SUMMARY.format(3, 1)  # with the indexes, kept
    assert page.read_bytes() == good
    assert _built(site, stele).stdout == SUMMARY.format(0, 0)


def test_a_mo_rewritten_by_a_stopped_build_is_not_recorded_as_current(site: Path, stele: Callable[..., Result],
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """A build that stopped after its gate compiled an edited catalog, before any page: with the catalog put back,
    the next build needs no page from that .mo, and does not record it as the put-back catalog's; a page that
    needs it later gets it compiled again, so it shows the catalog's text."""
    _built(site, stele)
    page = site / DOSAGE_PAGE
    good = page.read_bytes()
    catalog = site / RU_DOSAGE
    before = catalog.read_bytes()
    catalog.write_bytes(before.replace("боли: дозировка".encode(), "боли: Дозировка".encode(), 1))

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("disk on fire")

    with monkeypatch.context() as patch:
        patch.setattr("stele.site.build.render_articles", broken)
        assert stele("--project", site, "build").exit_code == 2
    mo = site / "build/ru/LC_MESSAGES/kratom-muscle-soreness-dosage.mo"
    assert "боли: Дозировка".encode() in mo.read_bytes()  # the gate compiled it
    catalog.write_bytes(before)
    _built(site, stele)
    assert page.read_bytes() == good  # never rewritten
    page.unlink()
    _built(site, stele)
    assert page.read_bytes() == good
