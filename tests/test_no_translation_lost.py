"""No translation is ever lost: random edit sequences on the real articles, extract + update after each."""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stele.catalogs.workflow import extract_templates, update_locales
from stele.config import load_config
from stele.po import read_po

from .conftest import FROZEN, REPO

EXAMPLES = int(os.environ.get("STELE_HYPOTHESIS_EXAMPLES", "15"))
RANDOM = os.environ.get("STELE_HYPOTHESIS_RANDOM") == "1"  # bench/invariant.py: new examples each run
OPS = ("edit", "move", "delete", "restore", "split", "merge", "rename")


def _blocks(text: str) -> tuple[str, list[str]]:
    head, _, body = text.partition("\n---\n")
    return head + "\n---\n", [b for b in body.split("\n\n") if b.strip()]


def _pairs(locales: Path) -> set[tuple[str, str, str]]:
    """(locale, msgid, msgstr) of every translated entry, active or obsolete, in every catalog."""
    found = set()
    for po in locales.glob("*/LC_MESSAGES/*.po"):
        for entry in read_po(po):
            if entry.msgstr:
                found.add((po.parent.parent.name, entry.msgid, entry.msgstr))
            if entry.previous_msgid and entry.msgstr:
                found.add((po.parent.parent.name, entry.previous_msgid, entry.msgstr))
    return found


def _comments(locales: Path) -> set[str]:
    return {"\n".join(e.comments) for po in locales.glob("*/LC_MESSAGES/*.po") for e in read_po(po) if e.comments}


def _apply(root: Path, op: str, a: int, b: int, deleted: list[str]) -> str | None:
    """Apply one edit to one article; returns a block that was restored, if any."""
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
    return restored


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=not RANDOM,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(st.lists(st.tuples(st.sampled_from(OPS), st.integers(0, 999), st.integers(0, 999)), min_size=1, max_size=6))
def test_every_translation_survives_every_edit(steps: list[tuple[str, int, int]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        shutil.copy(REPO / "stele.toml", root / "stele.toml")
        for name in ("source", "locales", "templates"):
            shutil.copytree(REPO / name, root / name)
        config = load_config(root)
        before, comments = _pairs(root / "locales"), _comments(root / "locales")
        deleted: list[str] = []
        for op, a, b in steps:
            restored = _apply(root, op, a, b, deleted)
            extract_templates(config, now=FROZEN)
            update_locales(config, None, now=FROZEN)
            assert before <= _pairs(root / "locales"), f"a translation was lost after {op}"
            assert comments <= _comments(root / "locales")
            if restored and not restored.startswith(("#", "-", "<", ">")):
                _assert_active(root, restored, before)


def _assert_active(root: Path, block: str, before: set[tuple[str, str, str]]) -> None:
    """A restored block whose text had a translation has it again, active and not fuzzy."""
    msgid = " ".join(line.strip() for line in block.splitlines() if not line.startswith("<!--"))
    known = {(loc, s) for loc, m, s in before if m == msgid}
    for locale, msgstr in known:
        entries = [
            e
            for po in (root / "locales" / locale / "LC_MESSAGES").glob("*.po")
            for e in read_po(po)
            if e.msgid == msgid and not e.obsolete
        ]
        assert entries and all(e.msgstr == msgstr and "fuzzy" not in e.flags for e in entries), msgid
