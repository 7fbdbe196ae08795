"""Precision bench: the meaning rules (polarity, modality, coverage, misplaced, invisible) on real software
catalogs (Django, Sphinx, … from PyPI, as tests/test_msgfmt_agreement.py downloads them), where nearly every
hit is a false alarm. Prints findings per rule and errors per 10,000 translated messages (the bar: ≤ 1).

    python bench/precision_meaning.py [--show N] [--all-packages]
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.test_msgfmt_agreement import CACHE, CORPUS, _download  # noqa: E402

from stele.errors import SteleError  # noqa: E402
from stele.rules import CheckOptions, catalog_file, check_file  # noqa: E402

NEW_RULES = ("polarity", "modality", "coverage", "misplaced", "invisible")
PACKAGES = ("django", "sphinx")  # the corpus; --all-packages adds wagtail, allauth, trac, extensions


@dataclass(frozen=True, slots=True)
class Result:
    path: str
    locale: str
    translated: int
    counts: dict[str, int]  # "rule severity" → findings
    errors: tuple[str, ...]


def judge(path: str) -> Result:
    try:
        file = catalog_file(Path(path), path)
    except SteleError:
        return Result(path, "", 0, {}, ())
    translated = sum(1 for m in file.parsed.messages
                     if not m.is_header and not m.obsolete and not m.fuzzy and any(m.translations))
    found = check_file(file, CheckOptions(select=frozenset(NEW_RULES)))
    counts = Counter(f"{f.rule} {f.severity}" for f in found)
    errors = tuple(f.as_text() for f in found if f.severity == "error")
    return Result(path, file.locale or "", translated, dict(counts), errors)


def corpus_files(packages: tuple[str, ...] | None) -> list[Path]:
    root = CACHE / "po"
    marker = root / (".complete-" + "-".join(CORPUS).replace("==", "_"))
    if not marker.exists():
        _download(root)
        marker.touch()
    return sorted(p for p in root.rglob("*.po") if packages is None or p.relative_to(root).parts[0] in packages)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--show", type=int, default=20, help="errors to print")
    parser.add_argument("--all-packages", action="store_true", help="every package of the corpus")
    args = parser.parse_args()
    files = corpus_files(None if args.all_packages else PACKAGES)
    with ProcessPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        results = list(pool.map(judge, [str(p) for p in files], chunksize=8))
    total = sum(r.translated for r in results)
    counts: Counter[str] = Counter()
    for result in results:
        counts.update(result.counts)
    by_locale: Counter[str] = Counter()
    for result in results:
        by_locale[result.locale.split("_")[0]] += result.translated
    which = "all packages" if args.all_packages else ", ".join(PACKAGES)
    print(f"{len(files)} catalogs, {total} translated messages ({which})")
    print("most translated languages: " + ", ".join(f"{k} {v}" for k, v in by_locale.most_common(13)))
    print(f"{'rule':<10} {'errors':>7} {'per 10k':>8} {'warnings':>9} {'per 10k':>8}")
    for rule in NEW_RULES:
        errors, warnings = counts[f"{rule} error"], counts[f"{rule} warning"]
        print(f"{rule:<10} {errors:>7} {errors * 1e4 / max(1, total):>8.2f} {warnings:>9} "
              f"{warnings * 1e4 / max(1, total):>8.2f}")
    all_errors = sum(counts[f"{rule} error"] for rule in NEW_RULES)
    print(f"{'all':<10} {all_errors:>7} {all_errors * 1e4 / max(1, total):>8.2f}")
    shown = [line for r in results for line in r.errors][: args.show]
    if shown:
        print("errors:\n  " + "\n  ".join(shown))


if __name__ == "__main__":
    main()
