"""The build benchmark's site: N generated articles × 5 locales, extracted and fully "translated".

The project is a copy of the repository's ``stele.toml`` (with five target locales) and
``templates/``. Articles are written as ``source/<slug>.md`` like the repository's own; then
``stele extract`` and ``stele init`` make the catalogs, and every msgstr is filled with a Cyrillic
pseudo-translation (numbers, placeholders and markup kept) so that every page publishes.
"""

from __future__ import annotations

import random
import re
import shutil
import subprocess
import time
from pathlib import Path

import polib
import textgen

LOCALES = ("ru", "uk", "de", "fr", "es")
REPO = Path(__file__).resolve().parent.parent
DISCLAIMER = (
    "<!-- stele: disclaimer consult-before-use -->\n"
    "It is essential to consult with a healthcare professional before you change your {topic} routine, "
    "especially if you have health conditions or take other medications."
)


def create_site(folder: Path, stele: list[str], articles: int, seed: int = 500) -> dict[str, float]:
    """(Re)create the whole project in ``folder``; seconds per step. Raises CalledProcessError if stele fails."""
    if folder.exists():
        shutil.rmtree(folder)
    write_project(folder, articles, seed)
    timings: dict[str, float] = {}
    for step in (["extract"], ["init", *LOCALES]):
        start = time.perf_counter()
        subprocess.run([*stele, "-q", "--project", str(folder), *step], check=True, capture_output=True, text=True)
        timings[f"stele {step[0]}"] = time.perf_counter() - start
    start = time.perf_counter()
    for path in sorted((folder / "locales").glob("*/LC_MESSAGES/*.po")):
        fill_catalog(path)
    timings["fill translations"] = time.perf_counter() - start
    return timings


def write_project(folder: Path, articles: int, seed: int) -> None:
    """stele.toml with five locales, the repository's templates/, and ``articles`` source files."""
    (folder / "source").mkdir(parents=True)
    shutil.copytree(REPO / "templates", folder / "templates")
    config = (REPO / "stele.toml").read_text(encoding="utf-8")
    locales = ", ".join(f'"{code}"' for code in LOCALES)
    config = re.sub(r"^locales = \[.*\]$", f"locales = [{locales}]", config, count=1, flags=re.M)
    # The pseudo-translations keep numbers, units and markup but not the meaning of negations and modal words:
    # the meaning rules still run on every catalog (their cost is measured), as warnings, so every page publishes.
    relaxed = "".join(f'{rule} = "warning"\n' for rule in ("polarity", "modality", "coverage", "misplaced"))
    config = config.replace("[check.severity]\n", "[check.severity]\n" + relaxed, 1)
    config = config.replace("[site]\n", "[site]\nstatus_page = true\n", 1)  # the status page is part of a build
    (folder / "stele.toml").write_text(config, encoding="utf-8")
    rng = random.Random(seed)
    vocab = textgen.Vocabulary(rng, tail_size=2000)
    for number in range(articles):
        slug, text = article(rng, vocab, number)
        (folder / "source" / f"{slug}.md").write_text(text, encoding="utf-8")


def article(rng: random.Random, vocab: textgen.Vocabulary, number: int) -> tuple[str, str]:
    """One article of about ten blocks: intro, table of contents, sections, quote, disclaimer."""
    title = textgen.sentence(rng, vocab, rng.randint(4, 9)).rstrip(".?!")
    slug = f"{number:03d}-" + "-".join(re.findall(r"[a-z]+", title.lower())[:4])
    headings = [textgen.sentence(rng, vocab, rng.randint(3, 7)).rstrip(".?!") for _ in range(3)]
    blocks = [textgen.paragraph(rng, vocab)]
    blocks.append("\n".join(f"- [{h}](#{_anchor(h)})" for h in headings))
    for heading in headings:
        blocks.append(f"## {heading}")
        blocks.extend(textgen.with_markup(rng, textgen.paragraph(rng, vocab)) for _ in range(rng.randint(1, 2)))
    blocks.insert(rng.randint(3, len(blocks)), "> " + textgen.sentence(rng, vocab, rng.randint(10, 25)))
    health = rng.random() < 0.6
    if health:
        blocks.append(DISCLAIMER.format(topic=vocab.word(rng)))
    front = (
        f'---\ntitle: "{title}"\ndescription: "{textgen.sentence(rng, vocab, 20)}"\nslug: {slug}\n'
        f"date: 2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}\n"
        f"tags: [{'health' if health else 'fitness'}]\n---\n"
    )
    return slug, front + "\n" + "\n\n".join(blocks) + "\n"


def _anchor(heading: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", heading.lower()).strip("-")


# The disclaimer as each locale's translator writes it (what stele.toml's [disclaimer.locales] patterns ask for).
DISCLAIMER_TRANSLATIONS = {
    "ru": "Прежде чем менять режим ({topic}), обязательно проконсультируйтесь с врачом, особенно если у вас есть "
          "заболевания или вы принимаете другие лекарства.",
    "uk": "Перш ніж змінювати режим ({topic}), обов’язково проконсультуйтеся з лікарем, особливо якщо у вас є "
          "захворювання або ви приймаєте інші ліки.",
}
_DISCLAIMER_SOURCE = re.compile(r"It is essential to consult with a healthcare professional before you change your "
                                r"(\w+) routine")


def fill_catalog(path: Path) -> None:
    """Translate every message of one catalog (all plural forms) faithfully enough that every page publishes:
    units in the locale's words, the disclaimer as the locale's translator writes it; fuzzy cleared."""
    locale = path.parent.parent.name
    catalog = polib.pofile(str(path), wrapwidth=79)
    for entry in catalog:
        disclaimer = _DISCLAIMER_SOURCE.match(entry.msgid)
        if entry.msgid_plural:
            forms = len(entry.msgstr_plural) or 2
            plural = textgen.translate(entry.msgid_plural, locale)
            single = textgen.translate(entry.msgid, locale)
            entry.msgstr_plural = {i: single if i == 0 else plural for i in range(forms)}
        elif disclaimer and locale in DISCLAIMER_TRANSLATIONS:
            topic = textgen.translate(disclaimer.group(1), locale)
            entry.msgstr = DISCLAIMER_TRANSLATIONS[locale].format(topic=topic)
        else:
            entry.msgstr = textgen.translate(entry.msgid, locale)
        if "fuzzy" in entry.flags:
            entry.flags.remove("fuzzy")
    catalog.save(str(path))


def clean_outputs(folder: Path) -> None:
    """Delete public/ and build/: the next build is a cold one."""
    for name in ("public", "build"):
        shutil.rmtree(folder / name, ignore_errors=True)


def change_one_catalog(folder: Path, suffix: str) -> Path:
    """Append ``suffix`` to one msgstr of one article's catalog in one locale (the 'edit' of a rebuild)."""
    path = sorted((folder / "locales" / LOCALES[0] / "LC_MESSAGES").glob("0*.po"))[0]
    catalog = polib.pofile(str(path), wrapwidth=79)
    entry = next(e for e in catalog if e.msgstr and not e.msgid_plural)
    entry.msgstr += suffix
    catalog.save(str(path))
    return path
