# ruff: noqa: E501  (the probe's sentences and messages, each on one line to be read and re-run as written)
"""A ninth set, from the seventh and eighth probes' misses: a risk or a dose turned the other way (increase ↔
decrease), stopping turned into continuing, and "even if" made "if" — each an error; their faithful renderings, and
«даже» added for emphasis, pass."""

from __future__ import annotations

from pathlib import Path

import pytest

from stele.rules.wordmatch import Matcher
from tests.test_meaning_probe import Run
from tests.test_probe_seven import _findings

FAITHFUL = [
    ('ru', 'Alcohol may increase the risk of liver damage.',
     'Алкоголь может повысить риск поражения печени.'),
    ('uk', 'Alcohol may increase the risk of liver damage.',
     'Алкоголь може підвищити ризик ураження печінки.'),
    ('ru', 'Reduce the dose if you feel dizzy.',
     'Уменьшите дозу, если чувствуете головокружение.'),
    ('ru', 'Stop taking it if you notice unusual bleeding.',
     'Прекратите приём, если заметите необычное кровотечение.'),
    ('uk', 'Stop taking it if you notice unusual bleeding.',
     'Припиніть приймання, якщо помітите незвичну кровотечу.'),
    ('ru', 'Continue treatment for 10 days.',
     'Продолжайте лечение 10 дней.'),
    ('ru', 'The duration of treatment is 10 days.',
     'Продолжительность лечения — 10 дней.'),
    ('ru', 'Keep taking the antibiotic until the course is finished, even if you feel well.',
     'Продолжайте принимать антибиотик до окончания курса, даже если чувствуете себя хорошо.'),
    ('uk', 'Even if the pain goes away, finish the full 10-day course.',
     'Завершіть повний 10-денний курс, навіть якщо біль минув.'),
    ('ru', 'In case of overdose, contact a doctor immediately, even if there are no symptoms.',
     'При передозировке немедленно обратитесь к врачу, даже если никаких симптомов нет.'),
    ('ru', 'Do not take a single extra dose.',
     'Не принимайте даже одну лишнюю дозу.'),
]


@pytest.mark.parametrize(("locale", "source", "text"), FAITHFUL)
def test_faithful_renderings_pass_every_rule(locale: str, source: str, text: str, tmp_path: Path, stele: Run) -> None:
    assert _findings(stele, tmp_path, locale, source, text) == []


TAMPERED = [
    ('ru', 'Alcohol may increase the risk of liver damage.',
     'Алкоголь может снизить риск поражения печени.',
     [('error', 'modality', 'translation turns “increases” (“increase”) into “decreases” (“снизить”)')]),
    ('uk', 'Alcohol may increase the risk of liver damage.',
     'Алкоголь може знизити ризик ураження печінки.',
     [('error', 'modality', 'translation turns “increases” (“increase”) into “decreases” (“знизити”)')]),
    ('ru', 'Reduce the dose if you feel dizzy.',
     'Увеличьте дозу, если чувствуете головокружение.',
     [('error', 'modality', 'translation turns “decreases” (“reduce”) into “increases” (“увеличьте”)')]),
    ('ru', 'Stop taking it if you notice unusual bleeding.',
     'Продолжайте приём, если заметите необычное кровотечение.',
     [('error', 'coverage', 'disclaimer translation does not mention what its source warns about: stopping (e.g. прекратить, прекращать, прекращение); translate every safety term'), ('error', 'modality', 'translation turns “stops” (“stop taking”) into “continues” (“продолжайте”)')]),
    ('ru', 'Continue treatment for 10 days.',
     'Прекратите лечение через 10 дней.',
     [('error', 'modality', 'translation turns “continues” (“continue”) into “stops” (“прекратите”)')]),
    ('ru', 'Keep taking the antibiotic until the course is finished, even if you feel well.',
     'Продолжайте принимать антибиотик до окончания курса, если чувствуете себя хорошо.',
     [('error', 'modality', 'translation loses “even” (“even if”)')]),
    ('uk', 'Even if the pain goes away, finish the full 10-day course.',
     'Завершіть повний 10-денний курс, якщо біль минув.',
     [('error', 'modality', 'translation loses “even” (“even if”)')]),
    ('ru', 'In case of overdose, contact a doctor immediately, even if there are no symptoms.',
     'При передозировке немедленно обратитесь к врачу, если никаких симптомов нет.',
     [('error', 'modality', 'translation loses “even” (“even if”)')]),
]


@pytest.mark.parametrize(("locale", "source", "text", "errors"), TAMPERED)
def test_tampered_renderings_are_errors(locale: str, source: str, text: str, errors: list[tuple[str, str, str]],
                                       tmp_path: Path, stele: Run) -> None:
    assert [f for f in _findings(stele, tmp_path, locale, source, text) if f[0] == "error"] == errors


def test_a_stem_is_found_inside_a_longer_entry_of_another_label() -> None:
    """A search finds one entry where a word starts, the longest: «прекратите» is a term's «прекратит*» and also
    the stop class's «прекрат*», which that longer entry hid."""
    matcher = Matcher([("прекратит*", "term"), ("прекрат*", "stop"), ("прекратить", "exact")])
    for fast in (True, False):
        assert sorted((m.label, m.text) for m in matcher.find("Прекратите приём.", fast=fast)) == [
            ("stop", "прекратите"), ("term", "прекратите")]
    assert sorted(m.label for m in matcher.find_each(["Прекратить приём."])[0]) == ["exact", "stop", "term"]
