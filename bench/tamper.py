"""Recall bench: what `stele check` says of tampered translations of health articles, as a translator's slip or a
bad machine translation would leave them. `stele new` makes a project, bench/tamper/*.md are added to it and
translated (ru, uk: bench/tamper/translations.json, free but faithful renderings, which must pass with no finding),
then each line of bench/tamper/tamperings.txt changes one message's translation, and the check of that catalog says
an error (the page is held back), a warning (the message is no disclaimer: the rules are sure only there) or nothing.

    python bench/tamper.py [--show passed|warned|all]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import polib

HERE = Path(__file__).resolve().parent / "tamper"
CONTENT = "polarity,modality,coverage,numbers,misplaced,invisible,disclaimer,markup"


@dataclass(frozen=True, slots=True)
class Tampering:
    slug: str
    locale: str
    old: str  # what the faithful translation says
    new: str  # what the tampered one says instead


def tamperings(path: Path) -> list[Tampering]:
    """The lines ``slug|locale|old => new`` of ``path`` (``new`` may be empty: the words dropped)."""
    found = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        slug, locale, change = line.split("|", 2)
        old, new = change.split(" =>", 1)
        found.append(Tampering(slug, locale, old, new.removeprefix(" ")))
    return found


def stele(project: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "stele", "--project", str(project), *arguments],
                          capture_output=True, text=True, check=False)


def make_project(folder: Path) -> Path:
    """`stele new` with the articles added, extracted and translated."""
    project = folder / "site"
    stele(folder, "new", str(project), "--locales", "ru,uk")
    for article in sorted(HERE.glob("*.md")):
        (project / "source" / article.name).write_text(article.read_text(encoding="utf-8"), encoding="utf-8")
    stele(project, "extract")
    stele(project, "update")
    for slug, locales in json.loads((HERE / "translations.json").read_text(encoding="utf-8")).items():
        for locale, texts in locales.items():
            path = catalog(project, slug, locale)
            po = polib.pofile(str(path))
            for entry in po:
                entry.msgstr = texts.get(entry.msgid, entry.msgstr)
            po.save(str(path))
    return project


def catalog(project: Path, slug: str, locale: str) -> Path:
    return project / "locales" / locale / "LC_MESSAGES" / f"{slug}.po"


def verdict(project: Path, tampering: Tampering) -> tuple[str, str]:
    """(error, warning or passed; the first finding) of the check of the tampered catalog."""
    path = catalog(project, tampering.slug, tampering.locale)
    faithful = path.read_bytes()
    try:
        po = polib.pofile(str(path))
        entry = next((e for e in po if tampering.old in e.msgstr), None)
        if entry is None:
            raise SystemExit(f"bench/tamper/tamperings.txt: {tampering.old!r} is in no translation of "
                             f"{tampering.slug} ({tampering.locale})")
        entry.msgstr = entry.msgstr.replace(tampering.old, tampering.new, 1)
        po.save(str(path))
        lines = stele(project, "check", "--select", CONTENT, str(path)).stdout.splitlines()
    finally:
        path.write_bytes(faithful)
    for kind in ("error", "warning"):
        said = [line for line in lines if f": {kind}: " in line]
        if said:
            return kind, said[0].split(f": {kind}: ", 1)[1]
    return "passed", ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", choices=("passed", "warned", "all"), default="passed")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        project = make_project(Path(folder))
        faithful = stele(project, "check", "--select", CONTENT).stdout.strip().splitlines()
        print(f"faithful translations: {faithful[-1]}")
        for line in faithful[:-1]:
            print(f"  {line}")
        counts: Counter[tuple[str, str]] = Counter()
        for tampering in tamperings(HERE / "tamperings.txt"):
            kind, said = verdict(project, tampering)
            counts[tampering.slug, kind] += 1
            if args.show == "all" or (kind, args.show) in (("passed", "passed"), ("warning", "warned")):
                change = f"{tampering.old!r} → {tampering.new!r}"
                print(f"  {kind:7} {tampering.slug} ({tampering.locale}): {change}  {said}")
    slugs = sorted({slug for slug, _ in counts})
    print(f"{'article':24} {'errors':>7} {'warnings':>9} {'passed':>7}")
    for slug in [*slugs, None]:
        row = [sum(n for (s, k), n in counts.items() if k == kind and slug in (s, None))
               for kind in ("error", "warning", "passed")]
        print(f"{slug or 'all':24} {row[0]:7} {row[1]:9} {row[2]:7}")


if __name__ == "__main__":
    main()
