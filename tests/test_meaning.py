"""Meaning rules (polarity, modality, coverage, misplaced, invisible) on the real disclaimer paragraphs of this
project's ru and uk catalogs: every faithful rendering passes every rule, every tampered one fails its rule."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import polib
import pytest
from click.testing import Result

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = "kratom-muscle-soreness-dosage"
NEW_RULES = "polarity,modality,coverage,misplaced,invisible"
MARK = ("DISCLAIMER (consult-before-use): advice to consult a healthcare professional before use. Its meaning "
        "must survive translation in full.")

# A safety paragraph of the kinds the issue names (pregnancy, breastfeeding, alcohol, liver, driving, a dose cap,
# a frequency), added to the real catalog as one more disclaimer.
SAFETY = ("Do not use kratom if you are pregnant or breastfeeding. Never combine it with alcohol or medications "
          "that affect the liver, and do not drive after taking it. Take no more than 5 grams once a day.")
SAFETY_TR = {
    "ru": "Не применяйте кратом во время беременности или грудного вскармливания. Никогда не сочетайте его с "
          "алкоголем или лекарствами, влияющими на печень, и не садитесь за руль после приёма. Принимайте не более "
          "5 г один раз в день.",
    "uk": "Не застосовуйте кратом під час вагітності або годування груддю. Ніколи не поєднуйте його з алкоголем "
          "чи ліками, що впливають на печінку, і не сідайте за кермо після прийому. Приймайте не більше 5 г один "
          "раз на день.",
}


@dataclass(frozen=True, slots=True)
class Edit:
    """In the translation of the message from source line ``line`` (0: the safety paragraph), ``old`` → ``new``
    (``old`` None: the whole translation becomes ``new``; ``new`` an int: that line's translation)."""

    line: int
    old: str | None
    new: str | int


@dataclass(frozen=True, slots=True)
class Case:
    name: str
    edits: tuple[Edit, ...] = field(default_factory=tuple)


def _catalog(locale: str, case: Case, folder: Path) -> tuple[Path, dict[int, str]]:
    po = polib.pofile(str(ROOT / f"locales/{locale}/LC_MESSAGES/{ARTICLE}.po"))
    po.append(polib.POEntry(msgid=SAFETY, msgstr=SAFETY_TR[locale], comment=MARK,
                            occurrences=[(f"source/{ARTICLE}.md", "0")]))
    by_line = {int(e.occurrences[0][1]): e for e in po if e.occurrences}
    before = {line: entry.msgstr for line, entry in by_line.items()}
    for edit in case.edits:
        entry = by_line[edit.line]
        if isinstance(edit.new, int):
            entry.msgstr = before[edit.new]
        elif edit.old is None:
            entry.msgstr = edit.new
        else:
            entry.msgstr = entry.msgstr.replace("\u00a0", " ")  # the catalogs put NBSP between number and unit
            assert edit.old in entry.msgstr, f"{case.name}: {edit.old!r} not in the translation"
            entry.msgstr = entry.msgstr.replace(edit.old, edit.new)
    path = folder / locale / "LC_MESSAGES" / f"{ARTICLE}.po"
    path.parent.mkdir(parents=True, exist_ok=True)
    po.save(str(path))
    return path, {line: entry.msgid for line, entry in by_line.items()}


FAITHFUL: dict[str, list[Case]] = {
    "ru": [
        Case("the real catalog as translated"),
        Case("«от 1 до 3 г» and reordered clauses", (
            Edit(25, "для начала рекомендуются небольшие дозы (1–3 г)", "небольшие дозы (от 1 до 3 г) рекомендуются "
                 "для начала"),)),
        Case("'without causing' rendered by a negated verb", (
            Edit(50, "без нежелательных побочных эффектов", "не вызывая нежелательных побочных эффектов"),)),
        Case("a negation moved to another word", (
            Edit(25, "он не является прямым средством её лечения", "напрямую он её не лечит"),)),
        Case("'never combine' as «ни в коем случае не сочетайте», 'once' as «однократно»", (
            Edit(0, "Никогда не сочетайте", "Ни в коем случае не сочетайте"),
            Edit(0, "один раз в день", "однократно в течение дня"))),
        Case("pregnancy and breastfeeding in other grammatical forms", (
            Edit(0, "во время беременности или грудного вскармливания",
                 "беременным и кормящим грудью"),)),
        Case("an emoji with a zero-width joiner and a Latin name", (
            Edit(53, "Всегда консультируйтесь", "👩\u200d⚕️ Всегда консультируйтесь"),
            Edit(25, "кратом (получаемый", "Kratom-кратом (получаемый"))),
    ],
    "uk": [
        Case("the real catalog as translated"),
        Case("«від 1 до 3 г» and reordered clauses", (
            Edit(25, "на початку рекомендовано невеликі дози (1–3 г)", "невеликі дози (від 1 до 3 г) рекомендовано "
                 "на початку"),)),
        Case("'without causing' rendered by a negated verb", (
            Edit(50, "без небажаних побічних ефектів", "не спричиняючи небажаних побічних ефектів"),)),
        Case("a negation moved to another word", (
            Edit(25, "він не є засобом прямого лікування", "напряму він її не лікує"),)),
        Case("'never combine' as «у жодному разі не поєднуйте», 'once' as «одноразово»", (
            Edit(0, "Ніколи не поєднуйте", "У жодному разі не поєднуйте"),
            Edit(0, "один раз на день", "одноразово протягом дня"))),
        Case("pregnancy and breastfeeding in other grammatical forms", (
            Edit(0, "під час вагітності або годування груддю", "вагітним і жінкам, які годують груддю"),)),
        Case("an emoji with a zero-width joiner and a Latin name", (
            Edit(53, "Завжди консультуйтеся", "👩\u200d⚕️ Завжди консультуйтеся"),
            Edit(25, "кратом (із", "Kratom-кратом (із"))),
    ],
}

TAMPERED: dict[str, dict[str, list[Case]]] = {
    "ru": {
        "polarity": [
            Case("'not a direct cure' loses its negation", (Edit(25, "он не является", "он является"),)),
            Case("'Do not use' becomes 'use'", (Edit(0, "Не применяйте", "Применяйте"),)),
            Case("consulting becomes unnecessary", (
                Edit(50, "обязательно проконсультируйтесь с медицинским специалистом",
                     "консультироваться с медицинским специалистом не нужно"),)),
            Case("'without side effects' becomes 'with side effects'", (
                Edit(53, "без побочных эффектов", "с побочными эффектами"),)),
            Case("one of two negations of a sentence dropped", (
                Edit(0, "и не садитесь за руль", "и садитесь за руль"),)),
        ],
        "modality": [
            Case("'always' becomes 'sometimes'", (Edit(53, "Всегда консультируйтесь", "Иногда консультируйтесь"),)),
            Case("'never combine' becomes 'better not combine'", (Edit(0, "Никогда не", "Лучше не"),)),
            Case("'once a day' becomes 'twice a day'", (Edit(0, "один раз в день", "дважды в день"),)),
            Case("'no more than' becomes 'no less than'", (Edit(0, "не более", "не менее"),)),
            Case("'essential to consult' becomes 'may consult'", (
                Edit(50, "обязательно проконсультируйтесь", "можно проконсультироваться"),)),
        ],
        "coverage": [
            Case("the pregnancy part dropped", (
                Edit(0, "во время беременности или грудного вскармливания", "во время грудного вскармливания"),)),
            Case("alcohol dropped", (Edit(0, "алкоголем или лекарствами", "лекарствами"),)),
            Case("'taking other medications' dropped", (
                Edit(50, " или вы принимаете другие лекарства", ""),)),
            Case("the liver dropped", (Edit(0, ", влияющими на печень,", ","),)),
            Case("the interaction warning dropped", (
                Edit(25, "возможны нежелательные взаимодействия", "возможны нежелательные последствия"),)),
        ],
        "misplaced": [
            Case("two dose paragraphs swapped", (Edit(25, None, 47), Edit(47, None, 25))),
            Case("a dose paragraph and a consultation paragraph swapped", (Edit(25, None, 50), Edit(50, None, 25))),
            Case("the safety paragraph and a dose paragraph swapped", (Edit(0, None, 47), Edit(47, None, 0))),
            Case("a dose paragraph pasted over another", (Edit(25, None, 47),)),
            Case("the safety paragraph pasted over a consultation paragraph", (Edit(53, None, 0),)),
        ],
        "invisible": [
            Case("a right-to-left override", (Edit(47, "до 5–7 г", "до \u202e5–7 г"),)),
            Case("a zero-width space inside a word", (Edit(53, "специалистом", "специа\u200bлистом"),)),
            Case("a Latin a in «врaч»", (Edit(0, "Не применяйте", "Без врaча не применяйте"),)),
            Case("an isolate around a number", (Edit(25, "(1–3 г)", "(\u20661–3 г\u2069)"),)),
            Case("Latin o and e in a Cyrillic word", (Edit(50, "обязательно", "oбязатeльно"),)),
        ],
    },
    "uk": {
        "polarity": [
            Case("'not a direct cure' loses its negation", (Edit(25, "він не є", "він є"),)),
            Case("'Do not use' becomes 'use'", (Edit(0, "Не застосовуйте", "Застосовуйте"),)),
            Case("consulting becomes unnecessary", (
                Edit(50, "обов’язково проконсультуйтеся з медичним фахівцем",
                     "консультуватися з медичним фахівцем не потрібно"),)),
            Case("'without side effects' becomes 'with side effects'", (
                Edit(53, "без побічних ефектів", "з побічними ефектами"),)),
            Case("one of two negations of a sentence dropped", (
                Edit(0, "і не сідайте за кермо", "і сідайте за кермо"),)),
        ],
        "modality": [
            Case("'always' becomes 'sometimes'", (Edit(53, "Завжди консультуйтеся", "Іноді консультуйтеся"),)),
            Case("'never combine' becomes 'better not combine'", (Edit(0, "Ніколи не", "Краще не"),)),
            Case("'once a day' becomes 'twice a day'", (Edit(0, "один раз на день", "двічі на день"),)),
            Case("'no more than' becomes 'no less than'", (Edit(0, "не більше", "не менше"),)),
            Case("'essential to consult' becomes 'may consult'", (
                Edit(50, "обов’язково проконсультуйтеся", "можна проконсультуватися"),)),
        ],
        "coverage": [
            Case("the pregnancy part dropped", (
                Edit(0, "під час вагітності або годування груддю", "під час годування груддю"),)),
            Case("alcohol dropped", (Edit(0, "алкоголем чи ліками", "ліками"),)),
            Case("'taking other medications' dropped", (Edit(50, " або ви приймаєте інші ліки", ""),)),
            Case("the liver dropped", (Edit(0, ", що впливають на печінку,", ","),)),
            Case("the interaction warning dropped", (
                Edit(25, "можлива негативна взаємодія", "можливі негативні наслідки"),)),
        ],
        "misplaced": [
            Case("two dose paragraphs swapped", (Edit(25, None, 47), Edit(47, None, 25))),
            Case("a dose paragraph and a consultation paragraph swapped", (Edit(25, None, 50), Edit(50, None, 25))),
            Case("the safety paragraph and a dose paragraph swapped", (Edit(0, None, 47), Edit(47, None, 0))),
            Case("a dose paragraph pasted over another", (Edit(25, None, 47),)),
            Case("the safety paragraph pasted over a consultation paragraph", (Edit(53, None, 0),)),
        ],
        "invisible": [
            Case("a right-to-left override", (Edit(47, "до 5–7 г", "до \u202e5–7 г"),)),
            Case("a zero-width space inside a word", (Edit(53, "фахівцем", "фахі\u200bвцем"),)),
            Case("a Latin a in «лiкар»", (Edit(0, "Не застосовуйте", "Без лiкаря не застосовуйте"),)),
            Case("an isolate around a number", (Edit(25, "(1–3 г)", "(\u20661–3 г\u2069)"),)),
            Case("Latin o and e in a Cyrillic word", (Edit(50, "обов’язково", "oбов’язкoвo"),)),
        ],
    },
}

Run = Callable[..., Result]


def _check(stele: Run, path: Path, rules: str = NEW_RULES) -> tuple[int, list[dict[str, str]]]:
    result = stele("check", path, "--select", rules, "--format", "json")
    return result.exit_code, json.loads(result.output)["findings"]


@pytest.mark.parametrize("locale", ["ru", "uk"])
@pytest.mark.parametrize("index", range(7))
def test_faithful_translations_pass_every_rule(locale: str, index: int, tmp_path: Path, stele: Run) -> None:
    case = FAITHFUL[locale][index]
    path, _ = _catalog(locale, case, tmp_path)
    code, findings = _check(stele, path)
    assert (code, findings) == (0, []), f"{locale}: {case.name}: false alarm {findings}"


@pytest.mark.parametrize("locale", ["ru", "uk"])
@pytest.mark.parametrize("rule", NEW_RULES.split(","))
@pytest.mark.parametrize("index", range(5))
def test_tampered_translations_fail_their_rule(locale: str, rule: str, index: int, tmp_path: Path,
                                               stele: Run) -> None:
    case = TAMPERED[locale][rule][index]
    path, msgids = _catalog(locale, case, tmp_path)
    code, findings = _check(stele, path, rule)
    edited = {msgids[edit.line] for edit in case.edits}
    hits = [f for f in findings if f["rule"] == rule and f["severity"] == "error" and f["msgid"] in edited]
    assert code == 1 and hits, f"{locale}: {case.name}: {rule} did not catch it: {findings}"


CANT = """msgid ""
msgstr ""
"Language: ru\\n"
"Content-Type: text/plain; charset=UTF-8\\n"

msgid "You can't drive for 6 hours after a dose."
msgstr "{0}"

msgid "You can drive 6 hours after a dose."
msgstr "{1}"
"""


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_a_negation_inside_a_modal_word_is_counted(apostrophe: str, tmp_path: Path, stele: Run) -> None:
    """"can't" holds the modal word "can", whose match once hid its "n't": the faithful translation was a false
    alarm (a negation "added"), the tampered one passed."""
    faithful = tmp_path / "faithful.po"
    faithful.write_text(CANT.replace("'", apostrophe).format(
        "Нельзя садиться за руль в течение 6 часов после приёма.",
        "Садиться за руль можно через 6 часов после приёма."), encoding="utf-8")
    tampered = tmp_path / "tampered.po"
    tampered.write_text(CANT.replace("'", apostrophe).format(
        "Можно садиться за руль в течение 6 часов после приёма.",
        "Нельзя садиться за руль через 6 часов после приёма."), encoding="utf-8")
    assert _check(stele, faithful, "polarity") == (0, [])
    _, findings = _check(stele, tampered, "polarity")
    assert [(f["line"], f["message"].split(":")[0]) for f in findings] == [
        (7, "translation drops a negation"), (10, "translation adds a negation")]
