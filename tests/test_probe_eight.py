"""An eighth probe: a site built end to end (3 health articles with a disclaimer, a dose table, a warnings list and
a link, in ru and uk; 59 tampered and 14 faithful catalogs, by a helper). The gate held back every changed dose and
injected tag; these are what it did not do right: faithful cells and boxes held back («до 2 раз в день», «всего»,
«суто»), a dose added to a heading published, a `javascript:` link where the source has none passed (an exported
MkDocs page makes it a live link), and markup findings named markdown-it's tokens."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_meaning_probe import Run
from tests.test_probe_seven import _findings

FAITHFUL = [
    ("ru", "1-3 g, up to 2 times a day", "1–3 г, до 2 раз в день"),
    ("uk", "1-3 g, up to 2 times a day", "1–3 г, до 2 разів на день"),
    ("ru", "1-3 g, up to 2 times a day", "1–3 г, до 2 раз в сутки"),
    ("ru", "How melatonin works, and why most adults need only 0.5–5 mg before bed.",
     "Как действует мелатонин и почему большинству взрослых нужно всего 0,5–5 мг перед сном."),
    ("uk", "This article is for information only.", "Ця стаття має суто інформаційний характер."),
    ("ru", "This article is for information only.", "Эта статья носит сугубо информационный характер."),
    ("ru", "Take 1 cup a day.", "Принимайте 1 стакан в день."),
]


@pytest.mark.parametrize(("locale", "source", "text"), FAITHFUL)
def test_faithful_cells_and_boxes_pass_every_rule(locale: str, source: str, text: str, tmp_path: Path,
                                                  stele: Run) -> None:
    assert _findings(stele, tmp_path, locale, source, text) == []


TAMPERED = [
    ("ru", "1-3 g, up to 2 times a day", "1–3 г, до 3 раз в день",
     [("error", "modality", "translation loses “twice” (“2 times”)"),
      ("error", "numbers", '"2 times" became "3 раз" (value changed: 2 → 3)')]),
    ("ru", "How much ginger to take", "Сколько имбиря принимать: до 10 г в день",
     [("error", "numbers", '"10 г" is in the translation but not in the source (a dose added)')]),
    ("uk", "Magnesium for Leg Cramps", "Магній при судомах у ногах: 1000 мг на день",
     [("error", "numbers", '"1000 мг" is in the translation but not in the source (a dose added)')]),
    ("ru", "1-3 g, up to 2 times a day", "1–3 г, до 2 раз в день; детям: 1–3 г",
     [("error", "numbers", '"1–3 г" is in the translation but not in the source (a dose added)')]),
    ("ru", "Most adults need 0.5–5 mg before bed.", "Большинству взрослых нужно только 0,5–5 мг перед сном.",
     [("error", "modality", "translation adds “only” (“только”)")]),
]


@pytest.mark.parametrize(("locale", "source", "text", "errors"), TAMPERED)
def test_tampered_cells_and_headings_are_errors(locale: str, source: str, text: str,
                                                errors: list[tuple[str, str, str]], tmp_path: Path,
                                                stele: Run) -> None:
    assert [f for f in _findings(stele, tmp_path, locale, source, text) if f[0] == "error"] == errors


def test_a_gloss_of_the_same_amount_is_only_noted() -> None:
    """«1 чайную ложку (5 мл)»: a conversion in parentheses, not a dose of its own."""
    from stele.rules.numbers import number_problems

    assert [(p.severity, p.text) for p in number_problems("Take 1 teaspoon.", "Примите 1 чайную ложку (5 мл).",
                                                          target_locale="ru", disclaimer=True)] == [
        ("warning", '"5 мл" is in the translation but not in the source')]


def _markdown_markup(stele: Run, tmp_path: Path, pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """(severity, message) of the markup rule on a catalog extracted from Markdown (source/a.md)."""
    body = "".join(f'\n#: source/a.md:{n}\nmsgid "{source}"\nmsgstr "{text}"\n'
                   for n, (source, text) in enumerate(pairs, 1))
    path = tmp_path / "uk.po"
    path.write_text('msgid ""\nmsgstr ""\n"Language: uk\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n' + body,
                    encoding="utf-8")
    result = stele("check", path, "--select", "markup", "--format", "json")
    return [(f["severity"], f["message"]) for f in json.loads(result.output)["findings"]]


def test_an_unsafe_link_where_the_source_has_none_is_an_error(tmp_path: Path, stele: Run) -> None:
    """markdown-it makes no link of it (the page shows text), but an exported MkDocs page would: an error."""
    assert _markdown_markup(stele, tmp_path, [
        ("Ginger can cause heartburn.", "Імбир може спричиняти [печію](javascript:alert(1))."),
        ("Ginger can cause heartburn.", "Імбир може спричиняти [печію][x].\\n\\n[x]: data:text/html,x"),
        ("Ginger can cause heartburn.", "Імбир може спричиняти <vbscript:msgbox>."),
        ("Read [more](https://www.nhs.uk/x).", "Читайте [більше](https://www.nhs.uk/x)."),
        ("Email <mailto:help@example.org>.", "Пишіть <mailto:help@example.org>."),
    ]) == [
        ("error", "translation adds an unsafe link 'javascript:alert(1'; use only the source's links"),
        ("error", "translation adds an unsafe link 'data:text/html,x'; use only the source's links"),
        ("error", "translation adds an unsafe link 'vbscript:msgbox'; use only the source's links"),
    ]


def test_markup_findings_name_what_a_translator_sees(tmp_path: Path, stele: Run) -> None:
    assert _markdown_markup(stele, tmp_path, [
        ("Read [more](https://www.nhs.uk/x).", "Читайте більше."),
        ("Take it **with food**.", "Приймайте під час їжі."),
        ("Run `stele check`.", "Запустіть stele check."),
    ]) == [
        ("error", "translation loses markup or link targets of the source: a link to https://www.nhs.uk/x"),
        ("warning", "translation loses markup or link targets of the source: bold"),
        ("warning", "translation loses markup or link targets of the source: inline code"),
    ]


def test_an_event_attribute_is_named_as_one(tmp_path: Path, stele: Run) -> None:
    """«<img x>» named the image's source; what makes it active is its on…= attribute."""
    assert _markdown_markup(stele, tmp_path, [
        ("Ginger can cause heartburn.", "Імбир може спричиняти печію <img src=x onerror=alert(1)>."),
        ("Ginger can cause heartburn.", "Імбир може спричиняти печію <script>alert(1)</script>."),
    ]) == [
        ("error", "translation adds active HTML <img> with an event attribute (on…=); a translation is text"),
        ("error", "translation adds active HTML <script>; a translation is text"),
    ]
