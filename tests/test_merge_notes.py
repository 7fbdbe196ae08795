"""stele's notes on an unsafe fuzzy guess: a merge that offers the translation of an old message whose negations
differ says so, counting them as the polarity rule does (the source locale's lexicon, stele.toml's words added)."""

from __future__ import annotations

from stele.catalogs.merge import FUZZY_NOTE, MSGMERGE, MergeOptions, merge_catalog
from stele.model import CheckSettings, Lexicon
from stele.po.syntax import parse_po

PLAIN = MergeOptions()
NEGATION_NOTE = f"{FUZZY_NOTE} from a message with a different negation: check that no 'not' was lost or added"


def _guess(old_source: str, new_source: str, options: MergeOptions = PLAIN,
           translation: str = "Перевод старого текста.") -> list[str]:
    """The comments of the one message of a template holding ``new_source``, merged into a catalog that
    translated ``old_source``."""
    old = parse_po(f'msgid ""\nmsgstr "Language: ru\\n"\n\nmsgid "{old_source}"\nmsgstr "{translation}"\n')
    template = parse_po(f'msgid ""\nmsgstr ""\n\nmsgid "{new_source}"\nmsgstr ""\n')
    merged, _ = merge_catalog(template, old, options=options)
    (message,) = [m for m in merged.messages if m.msgid == new_source]
    assert message.fuzzy and message.msgstr == translation, "the old translation is offered as a fuzzy guess"
    return message.comments


def test_a_guess_that_gains_or_loses_a_negation_says_so() -> None:
    assert NEGATION_NOTE in _guess("Take the capsules with food every morning.",
                                   "Do not take the capsules with food every morning.")
    assert NEGATION_NOTE in _guess("Never combine kratom with alcohol or sedatives.",
                                   "Combine kratom with alcohol or sedatives.")
    assert NEGATION_NOTE in _guess("Avoid driving for six hours after a dose.",
                                   "Try driving for six hours after a dose.")  # an "avoid"-type word lost
    assert NEGATION_NOTE in _guess("You can take it on an empty stomach.",
                                   "You can't take it on an empty stomach.")


def test_a_guess_whose_negations_are_kept_has_no_negation_note() -> None:
    """Other words, numbers or a bound ("no more than") changed: not a negation gained or lost."""
    assert NEGATION_NOTE not in _guess("Do not take more than 2 capsules a day.",
                                       "Do not take more than 3 capsules a day.")
    assert NEGATION_NOTE not in _guess("Never take it without food.", "Never take it without water.")
    assert NEGATION_NOTE not in _guess("Take the capsules with plenty of water.",
                                       "Take the capsules with some water.")
    assert NEGATION_NOTE not in _guess("Take at most 2 capsules a day.", "Take at least 2 capsules a day.")
    assert _guess("Do not take more than 2 capsules a day.", "Do not take more than 3 capsules a day.") == [
        f"{FUZZY_NOTE} from a message with other numbers (2 → 3): check every number and unit"]


def test_the_projects_source_locale_and_its_words_count() -> None:
    """A Russian source is read with the Russian lexicon; stele.toml's [meaning.<locale>] words are negations."""
    russian = MergeOptions(source_locale="ru")
    assert NEGATION_NOTE in _guess("Принимайте капсулы во время еды.", "Не принимайте капсулы во время еды.",
                                   russian, translation="Take the capsules with food.")
    assert NEGATION_NOTE not in _guess("Не принимайте капсулы во время еды.", "Не принимайте таблетки во время еды.",
                                       russian, translation="Do not take the capsules with food.")
    scarcely = MergeOptions(settings=CheckSettings(meaning={"en": Lexicon(negations=("scarcely",))}))
    assert NEGATION_NOTE not in _guess("You need a dose at night.", "You scarcely need a dose at night.")
    assert NEGATION_NOTE in _guess("You need a dose at night.", "You scarcely need a dose at night.", scarcely)


def test_msgmerge_compatible_merge_writes_no_notes() -> None:
    assert _guess("Take the capsules with food every morning.", "Do not take the capsules with food every morning.",
                  MSGMERGE) == []
