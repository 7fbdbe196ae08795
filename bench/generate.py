"""Deterministic benchmark inputs: a Russian catalog ``ru_N.po`` and its changed template ``tmpl_N.pot``.

Run alone to (re)generate: ``python bench/generate.py -n 2000 -o bench/out/data``.

The catalog has N active messages: about 3% plural (ru: 3 forms), 5% with msgctxt (half of them a
"twin" of an existing msgid), 3% fuzzy with a ``#|`` previous msgid, 5% untranslated, 10%
python-format and 2% c-format, 1% with newlines, translator and extracted comments, 1–3 references,
and 0.5% extra obsolete entries. The template keeps the catalog's messages in order, with 5% edited
(one word changed), 2% removed and 2% added.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import json
import random
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from pathlib import Path

import textgen
from pofmt import Entry, render_catalog

SEED = 20261122
RU_PLURAL = "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);"
RU_HEADER = {
    "Project-Id-Version": "stele-bench 1.0",
    "Report-Msgid-Bugs-To": "bench@example.org",
    "POT-Creation-Date": "2026-11-01 12:00+0000",
    "PO-Revision-Date": "2026-11-15 09:30+0300",
    "Last-Translator": "Anna Petrova <anna@example.org>",
    "Language-Team": "Russian <ru@li.org>",
    "Language": "ru",
    "MIME-Version": "1.0",
    "Content-Type": "text/plain; charset=UTF-8",
    "Content-Transfer-Encoding": "8bit",
    "Plural-Forms": RU_PLURAL,
}
POT_HEADER = {
    **RU_HEADER,
    "POT-Creation-Date": "2026-11-20 12:00+0000",
    "PO-Revision-Date": "YEAR-MO-DA HO:MI+ZONE",
    "Last-Translator": "FULL NAME <EMAIL@ADDRESS>",
    "Language-Team": "LANGUAGE <LL@li.org>",
    "Language": "",
}
del POT_HEADER["Plural-Forms"]  # as stele extract writes it; msgfmt -c rejects nplurals=INTEGER
RU_COMMENT = "Russian translation of the stele benchmark catalog.\nCopyright (C) 2026 stele bench\n"
RU_COMMENT += "Anna Petrova <anna@example.org>, 2026.\n"
POT_COMMENT = "Template of the stele benchmark catalog.\nCopyright (C) 2026 stele bench\n"
CONTEXTS = ("menu", "button", "dosage table", "email subject", "page title", "tooltip")
NAMES = ("name", "count", "user", "title", "total", "dose", "minutes", "date")
_TCOMMENTS = ("Проверено редактором", "TODO: уточнить термин", "Согласовано с глоссарием")
_XCOMMENTS = ("Translators: keep the unit abbreviations.", "Shown on the dosage page.", "Button label")


@dataclass
class Stats:
    """Counts of what the generator made (the ground truth shown in the report)."""

    messages: int = 0
    plural: int = 0
    msgctxt: int = 0
    fuzzy: int = 0
    untranslated: int = 0
    python_format: int = 0
    c_format: int = 0
    obsolete: int = 0
    edited: int = 0
    removed: int = 0
    added: int = 0


class Generator:
    """Builds entries from one seeded random stream, keeping (msgctxt, msgid) unique."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.vocab = textgen.Vocabulary(self.rng)
        self.keys: set[tuple[str | None, str]] = set()
        self.twins: list[str] = []
        self.stats = Stats()

    def source_text(self) -> str:
        """3–60 words: short UI strings, sentences, paragraphs; some with markup or newlines."""
        rng, roll = self.rng, self.rng.random()
        if roll < 0.25:
            text = textgen.sentence(rng, self.vocab, rng.randint(3, 8))
        elif roll < 0.85:
            text = textgen.sentence(rng, self.vocab, rng.randint(8, 60))
        else:
            text = textgen.paragraph(rng, self.vocab)
        if rng.random() < 0.06:
            text = textgen.with_markup(rng, text)
        if rng.random() < 0.01:
            text = text.replace(". ", ".\n", 1) if ". " in text else text + "\n"
        return text

    def formatted(self, text: str, style: str) -> str:
        """``text`` with one or two placeholders of ``style`` (python-format or c-format) inserted."""
        words = text.split(" ")
        if style == "c-format":
            marks = self.rng.choice((["%s"], ["%d"], ["%s", "%d"], ["%u"]))
        elif self.rng.random() < 0.3:
            marks = [self.rng.choice(("%d", "%s"))]
        else:
            marks = [f"%({name})s" for name in self.rng.sample(NAMES, self.rng.randint(1, 2))]
        for mark in marks:
            words.insert(self.rng.randint(1, len(words)), mark)
        return " ".join(words)

    def unique(self, msgctxt: str | None, make: Callable[[], str]) -> str:
        """Call ``make`` until it gives a msgid not yet used under ``msgctxt``; register it."""
        while True:
            msgid = make()
            if (msgctxt, msgid) not in self.keys:
                self.keys.add((msgctxt, msgid))
                return msgid

    def message(self) -> Entry:
        """A new source message with its comments, references and flags (not yet translated)."""
        rng = self.rng
        roll = rng.random()
        style = "python-format" if roll < 0.10 else "c-format" if roll < 0.12 else None
        plural = rng.random() < 0.03
        if plural and style is None:
            style = "python-format"
        msgctxt = rng.choice(CONTEXTS) if rng.random() < 0.05 else None
        if plural:
            msgid = self.unique(msgctxt, lambda: self.plural_source(style or "c-format"))
        elif msgctxt is not None and self.twins and rng.random() < 0.5:
            msgid = self.unique(msgctxt, lambda: rng.choice(self.twins))
        else:
            msgid = self.unique(msgctxt, lambda: self.maybe_formatted(style))
            if style is None and rng.random() < 0.1:
                self.twins.append(msgid)
        entry = Entry(msgid=msgid, msgctxt=msgctxt, flags=[style] if style else [])
        entry.references = [self.reference() for _ in range(rng.randint(1, 3))]
        entry.comment = rng.choice(_XCOMMENTS) if rng.random() < 0.15 else ""
        if plural:
            entry.msgid_plural = _pluralize(msgid)
        return entry

    def maybe_formatted(self, style: str | None) -> str:
        text = self.source_text()
        return self.formatted(text, style) if style else text

    def plural_source(self, style: str) -> str:
        mark = "%d" if style == "c-format" or self.rng.random() < 0.5 else "%(count)d"
        words = textgen.sentence(self.rng, self.vocab, self.rng.randint(3, 20)).split(" ")
        words.insert(self.rng.randint(0, len(words) - 1), mark)
        return " ".join(words)

    def reference(self) -> str:
        folder = self.rng.choice(("src/app", "src/health", "templates", "src/api/views", "lib"))
        return f"{folder}/{self.vocab.word(self.rng)}.py:{self.rng.randint(1, 1500)}"

    def translate(self, entry: Entry) -> None:
        """Fill the catalog side: translation, or fuzzy with ``#|``, or left untranslated."""
        rng, stats = self.rng, self.stats
        roll = rng.random()
        if roll < 0.05:
            stats.untranslated += 1
            entry.msgstr_plural = ["", "", ""] if entry.msgid_plural else []
            return
        source = entry.msgid
        if roll < 0.08:
            stats.fuzzy += 1
            entry.previous_msgid = textgen.replace_one_word(rng, self.vocab, entry.msgid)
            entry.flags.insert(0, "fuzzy")
            source = entry.previous_msgid
        _fill(entry, source)
        if rng.random() < 0.08:
            entry.tcomment = rng.choice(_TCOMMENTS)


def _fill(entry: Entry, source: str) -> None:
    """Set the pseudo-translation of ``source`` (all three forms for a plural entry)."""
    if entry.msgid_plural:
        plural = textgen.translate(_pluralize(source))
        entry.msgstr_plural = [textgen.translate(source), plural, _genitive(plural)]
    else:
        entry.msgstr = textgen.translate(source)


def _pluralize(msgid: str) -> str:
    """The msgid_plural: every word right after the number placeholder gets an ``s``."""
    words = msgid.split(" ")
    for index, word in enumerate(words[:-1]):
        following = words[index + 1]
        if word in ("%d", "%(count)d") and following.isalpha() and following not in textgen.RUSSIAN_WORDS:
            words[index + 1] += "s"
    return " ".join(words)


def _genitive(text: str) -> str:
    """A third plural form that differs from the second (Russian has three)."""
    words = text.split(" ")
    for index, word in enumerate(words):
        if word.isalpha():
            words[index] = word + "ов"
            break
    return " ".join(words)


def build_catalog(gen: Generator, size: int) -> list[Entry]:
    """``size`` active messages, translated, plus 0.5% obsolete ones at the end."""
    entries = [gen.message() for _ in range(size)]
    for entry in entries:
        gen.translate(entry)
    obsolete = [gen.message() for _ in range(size // 200)]
    for entry in obsolete:  # translated: msgmerge and msgcat drop untranslated obsolete entries
        _fill(entry, entry.msgid)
        entry.obsolete, entry.references = True, []
    _count(gen.stats, entries, len(obsolete))
    return entries + obsolete


def _count(stats: Stats, entries: list[Entry], obsolete: int) -> None:
    stats.messages, stats.obsolete = len(entries), obsolete
    stats.plural = sum(e.msgid_plural is not None for e in entries)
    stats.msgctxt = sum(e.msgctxt is not None for e in entries)
    stats.python_format = sum("python-format" in e.flags for e in entries)
    stats.c_format = sum("c-format" in e.flags for e in entries)


def build_template(gen: Generator, catalog: list[Entry]) -> list[Entry]:
    """The catalog's msgids in order with 5% edited, 2% removed, and as many added."""
    out: list[Entry] = []
    for entry in (e for e in catalog if not e.obsolete):
        roll = gen.rng.random()
        if roll < 0.02:
            gen.stats.removed += 1
            continue
        pot = _template_entry(entry)
        if roll < 0.07:
            gen.stats.edited += 1
            edit = functools.partial(textgen.replace_one_word, gen.rng, gen.vocab, entry.msgid)
            pot.msgid = gen.unique(entry.msgctxt, edit)
        out.append(pot)
    for _ in range(gen.stats.removed):
        gen.stats.added += 1
        out.insert(gen.rng.randint(0, len(out)), _template_entry(gen.message()))
    return out


def _template_entry(entry: Entry) -> Entry:
    flags = [flag for flag in entry.flags if flag != "fuzzy"]
    plural = ["", ""] if entry.msgid_plural is not None else []
    return replace(entry, msgstr="", msgstr_plural=plural, flags=flags, previous_msgid=None, tcomment="")


def generate(size: int, folder: Path, seed: int = SEED) -> Stats:
    """Write ``ru_<size>.po``, ``tmpl_<size>.pot`` and ``manifest_<size>.json`` into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    gen = Generator(seed + size)
    catalog = build_catalog(gen, size)
    template = build_template(gen, catalog)
    po_text = render_catalog(RU_COMMENT, RU_HEADER, catalog, fuzzy=False)
    (folder / f"ru_{size}.po").write_text(po_text, encoding="utf-8")
    pot_text = render_catalog(POT_COMMENT, POT_HEADER, template, fuzzy=True)
    (folder / f"tmpl_{size}.pot").write_text(pot_text, encoding="utf-8")
    manifest = {"size": size, "seed": seed, "stamp": source_stamp(), **asdict(gen.stats)}
    (folder / f"manifest_{size}.json").write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    return gen.stats


def source_stamp() -> str:
    """A hash of the generator's own code: inputs are regenerated whenever it changes."""
    here = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for name in ("generate.py", "textgen.py", "pofmt.py"):
        digest.update((here / name).read_bytes())
    return digest.hexdigest()[:16]


def ensure(size: int, folder: Path) -> dict[str, int | str]:
    """Generate the inputs for ``size`` unless an up-to-date set is already in ``folder``."""
    manifest_path = folder / f"manifest_{size}.json"
    if manifest_path.exists() and (folder / f"ru_{size}.po").exists() and (folder / f"tmpl_{size}.pot").exists():
        manifest: dict[str, int | str] = json.loads(manifest_path.read_text(encoding="utf-8"))
        if manifest.get("stamp") == source_stamp():
            return manifest
    generate(size, folder)
    return json.loads(manifest_path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--size", type=int, action="append", required=True, help="messages (repeatable)")
    parser.add_argument("-o", "--out", type=Path, default=Path(__file__).resolve().parent / "out" / "data")
    args = parser.parse_args()
    for size in args.size:
        print(json.dumps(asdict(generate(size, args.out))))


if __name__ == "__main__":
    main()
