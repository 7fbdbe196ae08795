"""Precision bench: content-rule errors per 1,000 translated messages on real projects' catalogs (issue 12)."""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tarfile
import zipfile
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from stele.rules import RULES, CheckOptions, catalog_file, check_file

# Django and Sphinx at the versions issue 12 names, two large projects the tests do not use, and a health one (GNU
# Health: clinical catalogs, doses and frequencies in 16 languages).
PROJECTS = ("Django==5.2.19", "sphinx==9.0.4", "django-cms==5.1.3", "plone.app.locales==7.0.4", "gnuhealth==5.0.6")
CACHE = Path(os.environ.get("STELE_CORPUS_DIR", Path.home() / ".cache" / "stele-corpus"))
GETTEXT = frozenset({"syntax", "header", "plural-forms", "format", "newlines"})
STATUS = frozenset({"untranslated", "fuzzy", "obsolete", "same-as-source"})  # about progress, not content
CONTENT = frozenset(r for r, info in RULES.items() if info.check is not None) - GETTEXT - STATUS


@dataclass(frozen=True, slots=True)
class FileResult:
    """One catalog's figures: whether msgfmt -c accepts it, its translated messages, its content findings."""

    project: str
    path: str
    accepted: bool
    translated: int
    findings: tuple[tuple[str, str, str], ...]  # (severity, rule, "path:line: message")


def download(spec: str) -> Path:
    """The .po files of one PyPI project, downloaded with pip and extracted once into CACHE/precision."""
    name = spec.split("==")[0]
    root = CACHE / "precision" / spec.replace("==", "-")
    marker = root / ".complete"
    if marker.exists():
        return root
    downloads = CACHE / "precision-downloads"
    downloads.mkdir(parents=True, exist_ok=True)
    command = [sys.executable, "-m", "pip", "download", "--no-deps", "--disable-pip-version-check", "-q",
               "--timeout", "30", "--retries", "2", "-d", str(downloads), spec]
    subprocess.run(command, capture_output=True, timeout=600, check=True)
    stem = name.replace("-", "_").replace(".", "_").lower()
    version = spec.split("==")[1]
    archives = [a for a in downloads.iterdir()
                if a.name.lower().replace("-", "_").replace(".", "_").startswith(f"{stem}_{version.replace('.', '_')}")]
    shutil.rmtree(root, ignore_errors=True)
    for archive in archives:
        _extract_po(archive, root)
    marker.touch()
    return root


def _extract_po(archive: Path, target: Path) -> None:
    if archive.suffix == ".whl":
        with zipfile.ZipFile(archive) as wheel:
            members = [(n, wheel.read(n)) for n in wheel.namelist() if n.endswith(".po")]
    else:
        with tarfile.open(archive) as sdist:
            members = [(m.name, sdist.extractfile(m).read()) for m in sdist.getmembers()  # type: ignore[union-attr]
                       if m.isfile() and m.name.endswith(".po")]
    for name, data in members:
        path = target / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


def judge(job: tuple[str, str]) -> FileResult:
    project, path = job
    done = subprocess.run(["msgfmt", "-c", "-o", os.devnull, path], capture_output=True, timeout=120, check=False)
    if done.returncode != 0:
        return FileResult(project, path, False, 0, ())
    file = catalog_file(Path(path), path)
    translated = sum(1 for m in file.parsed.messages
                     if not m.is_header and not m.obsolete and not m.fuzzy and all(m.translations))
    found = check_file(file, CheckOptions(select=CONTENT))
    findings = tuple((f.severity, f.rule, f"{f.path}:{f.line}: [{f.rule}] {f.message}") for f in found)
    return FileResult(project, path, True, translated, findings)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sample", type=int, default=30, help="remaining errors to print, at random")
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--severity", default="error", help="which findings to count (error, warning, info)")
    parser.add_argument("--project", action="append", help="only these projects (name==version)")
    parser.add_argument("--per", type=int, default=1000, help="rates per this many translated messages (issue 13: "
                        "10000)")
    args = parser.parse_args()
    if shutil.which("msgfmt") is None:
        print("precision: msgfmt (GNU gettext) is not installed", file=sys.stderr)
        return 2
    jobs = [(spec, str(p)) for spec in (args.project or PROJECTS) for p in sorted(download(spec).rglob("*.po"))]
    with ProcessPoolExecutor(max_workers=max(2, os.cpu_count() or 2)) as pool:
        results = list(pool.map(judge, jobs, chunksize=8))
    return report(results, args.severity, args.sample, args.seed, args.per)


def report(results: list[FileResult], severity: str, sample: int, seed: int, per: int = 1000) -> int:
    """Per project: its rate of ``severity`` findings per ``per`` translated messages, all rules and each; the bar
    is 1 error per 1,000 for all rules (issue 12)."""
    rules = sorted(CONTENT)
    print(f"{severity}s per {per:,} translated messages, in files msgfmt -c accepts")
    print(f"{'project':<26}{'files':>7}{'ok':>6}{'messages':>10}{'total':>8}" + "".join(f"{r[:9]:>10}" for r in rules))
    remaining: list[str] = []
    over = False
    for project in dict.fromkeys(r.project for r in results):
        mine = [r for r in results if r.project == project]
        kept = [r for r in mine if r.accepted]
        messages = sum(r.translated for r in kept)
        counts = Counter(rule for r in kept for sev, rule, _ in r.findings if sev == severity)
        remaining += [text for r in kept for sev, _, text in r.findings if sev == severity]
        total = sum(counts.values())
        rate = per * total / max(messages, 1)
        over |= severity == "error" and 1000 * total / max(messages, 1) > 1
        print(f"{project:<26}{len(mine):>7}{len(kept):>6}{messages:>10}{rate:>8.2f}"
              + "".join(f"{per * counts[r] / max(messages, 1):>10.2f}" for r in rules)
              + f"   ({total} {severity}s)")
    random.Random(seed).shuffle(remaining)
    print(f"\nsample of {min(sample, len(remaining))} of {len(remaining)} remaining {severity}s:")
    for line in remaining[:sample]:
        print("  " + line.replace(str(CACHE) + "/precision/", ""))
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
