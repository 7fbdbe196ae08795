"""The fuzzy candidate index (stele.catalogs.fuzzy) picks what all-pairs search picks; merges agree with msgmerge."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import polib
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz, process

from stele.catalogs import fuzzy, guesses
from stele.catalogs import merge as catalogs
from stele.catalogs.fuzzy import FuzzyIndex
from stele.po import Catalog, Message, read_po, write_po

ROOT = Path(__file__).resolve().parents[1]


def brute_force(query: str, keys: Sequence[str], cutoff: float) -> tuple[int, float] | None:
    """Reference all-pairs search: index and score of the first key with the best ratio ≥ cutoff."""
    best = process.extractOne(query, keys, scorer=fuzz.ratio, score_cutoff=cutoff)
    return (best[2], best[1]) if best else None


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Catalog, Catalog]:
    """The benchmark's deterministic 3000-message catalog and its edited template."""
    out = tmp_path_factory.mktemp("gen")
    subprocess.run([sys.executable, str(ROOT / "bench/generate.py"), "-n", "3000", "-o", str(out)], check=True)
    return read_po(out / "ru_3000.po"), read_po(out / "tmpl_3000.pot")


def _keys_and_queries(old: Catalog, template: Catalog) -> tuple[list[str], list[str]]:
    known = {(e.msgctxt, e.msgid) for e in old}
    keys = [e.msgid for e in old if e.msgid and e.has_translation and len(e.msgid) <= guesses.FUZZY_MAX_CHARS]
    return keys, [e.msgid for e in template if e.msgid and (e.msgctxt, e.msgid) not in known]


@pytest.mark.parametrize("exact_window", [True, False])
def test_index_chooses_what_all_pairs_chooses(
    generated: tuple[Catalog, Catalog], monkeypatch: pytest.MonkeyPatch, exact_window: bool
) -> None:
    """Every unmatched message gets the brute-force candidate (or one with the same best score)."""
    if not exact_window:  # force the word shortlist for every query, not the exact length window
        monkeypatch.setattr(fuzzy, "WINDOW_BRUTE_FORCE", 0)
    keys, queries = _keys_and_queries(*generated)
    assert len(queries) > 100
    index = FuzzyIndex(keys, guesses.FUZZY_CUTOFF)
    found = 0
    for query in queries:
        ours, reference = index.closest(query), brute_force(query, keys, guesses.FUZZY_CUTOFF)
        assert (ours is None) == (reference is None), query
        if ours is not None and reference is not None:
            found += 1
            assert ours == reference or ours[1] == reference[1], query
    assert found > 100


def test_ties_go_to_the_earliest_key() -> None:
    keys = ["Take two pills daily.", "Take one pill daily.", "Take two pills daily."]
    assert FuzzyIndex(keys, 60.0).closest("Take two pills daily!") == brute_force("Take two pills daily!", keys, 60.0)
    assert FuzzyIndex(keys, 60.0).closest("Take two pills daily!")[0] == 0  # type: ignore[index]
    assert FuzzyIndex(keys, 60.0).closest("Completely unrelated words here") is None
    assert FuzzyIndex([], 60.0).closest("anything") is None


def test_merge_keeps_number_warnings(generated: tuple[Catalog, Catalog]) -> None:
    """A fuzzy candidate whose numbers differ says so in the entry."""
    old, template = generated
    merged, stats = catalogs.merge_catalog(template, old)
    assert stats.fuzzy > 100
    for entry in merged:
        if "fuzzy" in entry.flags and entry.previous_msgid and not entry.obsolete:
            numbers = sorted(catalogs._NUMBER_RE.findall(entry.msgid))
            if numbers != sorted(catalogs._NUMBER_RE.findall(entry.previous_msgid)):
                assert any("other numbers" in line for line in entry.comments), entry.msgid


@pytest.mark.skipif(shutil.which("msgmerge") is None, reason="GNU gettext is not installed")
def test_exact_merge_agrees_with_msgmerge_without_fuzzy(
    generated: tuple[Catalog, Catalog], tmp_path: Path
) -> None:
    """At exact matches, the merge keeps what ``msgmerge --no-fuzzy-matching`` keeps, fuzzy flag included."""
    old, template = generated
    write_po(tmp_path / "old.po", old)
    write_po(tmp_path / "t.pot", template)
    gnu_path = tmp_path / "gnu.po"
    subprocess.run(
        [
            "msgmerge",
            "-q",
            "--no-fuzzy-matching",
            "-o",
            str(gnu_path),
            str(tmp_path / "old.po"),
            str(tmp_path / "t.pot"),
        ],
        check=True,
    )
    gnu = {(e.msgctxt, e.msgid): e for e in polib.pofile(str(gnu_path)) if not e.obsolete}
    ours, _ = catalogs.merge_catalog(template, old)
    compared = 0
    for entry in ours:
        theirs = gnu.get((entry.msgctxt, entry.msgid))
        if entry.obsolete or theirs is None or (entry.fuzzy and entry.previous_msgid and not theirs.fuzzy):
            continue  # our fuzzy guesses for messages msgmerge leaves untranslated
        compared += 1
        assert (entry.msgstr, dict(enumerate(entry.msgstr_plural)), entry.fuzzy) == (
            theirs.msgstr, theirs.msgstr_plural, theirs.fuzzy)
    assert compared > 2500


def _crowded_keys() -> list[str]:
    """1,600 short keys of unrelated words, then 2,500 paragraphs that hold the query's words."""
    syllables = ["ka", "lo", "mi", "ru", "te", "zo", "ne", "pa"]
    short = [
        " ".join(syllables[(n >> s) % 8] + syllables[(n >> (s + 3)) % 8] + "x" for s in (0, 2, 4, 6)).capitalize() + "."
        for n in range(1600)
    ]
    paragraphs = [
        f"Leaf bamonimi {n} and more words about the plant, its leaves and its uses over time." for n in range(2500)
    ]
    return short + paragraphs


def test_short_query_is_not_crowded_out_by_long_keys() -> None:
    """The shortlist counts only keys of a fitting length, so paragraphs sharing its words do not hide the match."""
    keys = [*_crowded_keys(), "Leaf kitome bamonimi."]
    query = "Leaf bimoplito bamonimi."
    assert fuzzy.WINDOW_BRUTE_FORCE < 1600  # the query goes through the shortlist, not the exact window
    assert FuzzyIndex(keys, guesses.FUZZY_CUTOFF).closest(query) == brute_force(query, keys, guesses.FUZZY_CUTOFF)
    assert FuzzyIndex(keys, guesses.FUZZY_CUTOFF).closest(query) == (len(keys) - 1, 80.0)


def test_identical_key_wins_at_once() -> None:
    keys = [*_crowded_keys(), "Is on for workout.", "Is on for workout."]
    assert FuzzyIndex(keys, guesses.FUZZY_CUTOFF).closest("Is on for workout.") == (len(keys) - 2, 100.0)


def _guesses(old: list[Message], template_keys: set[tuple[str | None, str]]) -> guesses.FuzzyGuesses:
    """The merge's fuzzy guesses over ``old``; orphans: the old messages the template does not have."""
    return guesses.FuzzyGuesses(old, {id(e) for e in old if e.key not in template_keys}, [])


def test_an_edited_message_finds_its_source_however_crowded_the_shortlist(monkeypatch: pytest.MonkeyPatch) -> None:
    """The one-word edit's own source (dropped from the template) is the guess even when other messages share
    more of the new text's rare words than the shortlist has room for."""
    monkeypatch.setattr(fuzzy, "WINDOW_BRUTE_FORCE", 0)
    monkeypatch.setattr(fuzzy, "SHORTLIST", 2)
    new = Message(msgid="Take two tablets of aspirin daily with water after your evening meals.")
    source = Message(msgid="Take two tablets of aspirin daily with milk after your evening meals.", msgstr="молоко")
    crowd = [Message(msgid=f"Take two tablets of aspirin daily with water after your evening meals, {word}.",
                     msgstr=word) for word in ("please", "always", "slowly")]
    old = [*crowd, source]
    found = _guesses(old, {new.key, *(e.key for e in crowd)}).guesses([new])
    assert found[id(new)] is source


def test_a_short_edit_is_ranked_by_the_index() -> None:
    """A one-word edit of a short text scores too low to be sure of (64 here): the index ranks it, with its bonus."""
    new = Message(msgid="Is other it.")
    source = Message(msgid="Is other at.", msgstr="Другое.")
    matcher = _guesses([source], {new.key})
    assert matcher._sure(new, False, new.msgid.split()) is None
    assert matcher.guesses([new])[id(new)] is source


def test_a_near_copy_outranks_a_one_word_edit_that_scores_low() -> None:
    """"water" became "pomegranates" (ratio 74, 94 with the orphan's bonus): a kept message that differs by one
    character (97) is closer, and is the guess; only an orphan above SURE_RATIO is taken without ranking."""
    new = Message(msgid="Take it with water")
    orphan = Message(msgid="Take it with pomegranates", msgstr="С гранатами")
    near = Message(msgid="Take it with water!", msgstr="Запивайте водой!")
    assert guesses.SURE_RATIO > 85.0
    assert _guesses([orphan, near], {new.key, near.key}).guesses([new])[id(new)] is near


def test_formulaic_orphans_are_left_to_the_index() -> None:
    """Hundreds of dropped messages sharing the new text's first half are not compared one by one (the shortcut
    gives way when more than SURE_BUCKET share a half); the index still finds the edited one's source."""
    orphans = [Message(msgid=f"Open the dosage table for item {n}", msgstr=f"Таблица {n}")
               for n in range(guesses.SURE_BUCKET + 20)]
    new = Message(msgid="Open the dosage table for item 7b")
    matcher = _guesses(orphans, {new.key})
    assert matcher._sure(new, False, new.msgid.split()) is None
    assert matcher.guesses([new])[id(new)] is orphans[7]


WORDS = ["take", "two", "pills", "daily", "with", "water", "food", "after", "meals", "dose", "mg", "10", "20"]
texts_of_words = st.lists(st.sampled_from(WORDS), min_size=1, max_size=14).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(texts_of_words, st.booleans(), st.sampled_from([None, "menu"])), min_size=1, max_size=12),
       st.lists(st.tuples(st.integers(0, 11), st.integers(0, 8), st.sampled_from(WORDS)), max_size=6),
       st.lists(texts_of_words, max_size=3))
def test_the_sure_guess_is_what_the_whole_ranking_gives(
    olds: list[tuple[str, bool, str | None]], edits: list[tuple[int, int, str]], added: list[str]
) -> None:
    """Taking a one-word-apart orphan without a search gives what ranking every old message gives."""
    old = [Message(msgid=text, msgctxt=context, msgid_plural=text + "s" if plural else None,
                   msgstr="" if plural else "т", msgstr_plural=["т", "т", "т"] if plural else [])
           for text, plural, context in olds]
    news = []
    for number, position, word in edits:
        words = old[number % len(old)].msgid.split()
        words[position % len(words)] = word
        news.append(Message(msgid=" ".join(words)))
    news += [Message(msgid=text) for text in added]
    kept = {e.key for e in old[::2]}
    news = [n for n in news if n.key not in {e.key for e in old}]
    sure = _guesses(old, kept | {n.key for n in news})
    whole = _guesses(old, kept | {n.key for n in news})
    whole._sure = lambda *args: None  # type: ignore[method-assign]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(fuzzy, "WINDOW_BRUTE_FORCE", 10**9)  # every old message of a fitting length is scored
        assert [sure.closest(n) for n in news] == [whole.closest(n) for n in news]
