"""No translation is ever lost: random edit sequences on the real articles and on the templates' plural message,
extract + update after each."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from stele.catalogs.workflow import extract_templates, update_locales
from stele.config import load_config
from stele.po import Message, read_po

from .conftest import FROZEN, copy_project, own_template

EXAMPLES = int(os.environ.get("STELE_HYPOTHESIS_EXAMPLES", "15"))
RANDOM = os.environ.get("STELE_HYPOTHESIS_RANDOM") == "1"  # bench/invariant.py: new examples each run
OPS = ("edit", "move", "delete", "restore", "split", "merge", "rename")
PLURAL_OPS = ("plural-edit", "plural-delete", "plural-restore")
NUMBERS = st.integers(0, 999)
NGETTEXT = re.compile(r'^.*ngettext\("([^"]*)", "([^"]*)".*\n', re.M)  # the site's one plural message
Pair = tuple[str, str, tuple[str, ...]]


def _blocks(text: str) -> tuple[str, list[str]]:
    head, _, body = text.partition("\n---\n")
    return head + "\n---\n", [b for b in body.split("\n\n") if b.strip()]


def _translation(entry: Message) -> tuple[str, ...]:
    """The msgstr, or every msgstr[N] of a plural entry in order of N; empty if nothing is translated."""
    return tuple(entry.translations) if entry.has_translation else ()


def _pairs(locales: Path) -> set[Pair]:
    """(locale, msgid, translation) of every translated entry, singular or plural, active or obsolete."""
    found = set()
    for po in locales.glob("*/LC_MESSAGES/*.po"):
        for entry in read_po(po):
            translation = _translation(entry)
            if translation:
                found.add((po.parent.parent.name, entry.msgid, translation))
            if entry.previous_msgid and translation:
                found.add((po.parent.parent.name, entry.previous_msgid, translation))
    return found


def _comments(locales: Path) -> set[str]:
    return {"\n".join(e.comments) for po in locales.glob("*/LC_MESSAGES/*.po") for e in read_po(po) if e.comments}


def _apply(root: Path, op: str, a: int, b: int, deleted: list[str]) -> str | None:
    """Apply one edit to one article; returns the msgid of a paragraph that was restored, if any."""
    articles = sorted((root / "source").glob("*.md"))
    path = articles[a % len(articles)]
    head, blocks = _blocks(path.read_text(encoding="utf-8"))
    i, j = a % len(blocks), b % len(blocks)
    restored = None
    if op == "edit":
        blocks[i] = blocks[i].replace(" the ", " this ", 1) if " the " in blocks[i] else blocks[i] + " Edited."
    elif op == "move":
        blocks[i], blocks[j] = blocks[j], blocks[i]
    elif op == "delete" and len(blocks) > 2:
        deleted.append(blocks.pop(i))
    elif op == "restore" and deleted:
        restored = deleted.pop(b % len(deleted))
        blocks.insert(i, restored)
    elif op == "split" and ". " in blocks[i] and not blocks[i].startswith(("#", "-", "<")):
        first, _, rest = blocks[i].partition(". ")
        blocks[i : i + 1] = [first + ".", rest]
    elif op == "merge" and i + 1 < len(blocks) and not blocks[i].startswith(("#", "-", "<", ">")):
        blocks[i : i + 2] = [blocks[i] + " " + blocks[i + 1].lstrip("#-> ")]
    elif op == "rename":
        slug = re.search(r"^slug: (.+)$", head, re.M)
        assert slug is not None
        new = f"{slug.group(1)}-{b % 7}" if not slug.group(1)[-1].isdigit() else slug.group(1)[:-2]
        head = head.replace(f"slug: {slug.group(1)}", f"slug: {new}")
        path.unlink()
        path = path.with_name(f"{new}.md")
    path.write_text(head + "\n" + "\n\n".join(blocks) + "\n", encoding="utf-8")
    if restored is None or restored.startswith(("#", "-", "<", ">")):
        return None
    return " ".join(line.strip() for line in restored.splitlines() if not line.startswith("<!--"))


def _apply_plural(root: Path, op: str, b: int, deleted: list[str]) -> str | None:
    """Edit (both forms, or only msgid_plural), delete or restore the ngettext line of templates/index.html;
    returns the msgid of a line that was restored, if any."""
    path = root / "templates" / "index.html"
    text = path.read_text(encoding="utf-8")
    call = NGETTEXT.search(text)
    restored = None
    if op == "plural-edit" and call:
        singular, plural = call.group(1), call.group(2)
        new_singular = singular if b % 2 else singular[:-1] + " now."
        text = text.replace(f'"{singular}", "{plural}"', f'"{new_singular}", "{plural[:-1]} now."', 1)
    elif op == "plural-delete" and call:
        deleted.append(call.group())
        text = text.replace(call.group(), "", 1)
    elif op == "plural-restore" and deleted:
        line = deleted.pop()
        text = text.replace("{% if articles %}\n", "{% if articles %}\n" + line, 1)
        match = NGETTEXT.match(line)
        assert match is not None
        restored = match.group(1)
    path.write_text(text, encoding="utf-8")
    return restored


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=not RANDOM,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(st.lists(st.tuples(st.sampled_from(OPS + PLURAL_OPS), NUMBERS, NUMBERS), min_size=1, max_size=6))
@example([("plural-edit", 0, 0), ("plural-delete", 0, 0), ("plural-restore", 0, 0), ("plural-edit", 0, 1)])
@example([("plural-delete", 0, 0), ("plural-restore", 0, 0)])
def test_every_translation_survives_every_edit(steps: list[tuple[str, int, int]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        copy_project(root)
        own_template(root, "index.html")
        config = load_config(root)
        before, comments = _pairs(root / "locales"), _comments(root / "locales")
        assert {loc for loc, _, forms in before if len(forms) == 3} == {"ru", "uk"}  # the plural is translated
        deleted: list[str] = []
        deleted_plurals: list[str] = []
        for op, a, b in steps:
            msgid = _apply_plural(root, op, b, deleted_plurals) if op in PLURAL_OPS else _apply(root, op, a, b, deleted)
            extract_templates(config, now=FROZEN)
            update_locales(config, None, now=FROZEN)
            assert before <= _pairs(root / "locales"), f"a translation was lost after {op}"
            assert comments <= _comments(root / "locales")
            if msgid:
                _assert_active(root, msgid, before)


def _assert_active(root: Path, msgid: str, before: set[Pair]) -> None:
    """A restored message whose text had a translation (all plural forms) has it again, active and not fuzzy."""
    known = {(loc, s) for loc, m, s in before if m == msgid}
    for locale, translation in known:
        entries = [
            e
            for po in (root / "locales" / locale / "LC_MESSAGES").glob("*.po")
            for e in read_po(po)
            if e.msgid == msgid and not e.obsolete
        ]
        assert entries and all(_translation(e) == translation and "fuzzy" not in e.flags for e in entries), msgid
