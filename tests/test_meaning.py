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

from tests.test_meaning_probe import _check as _check_pairs
from tests.test_meaning_probe import _coverage, _invisible

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
    code, findings = _check(stele, tampered, "polarity")
    assert code == 0  # warnings: neither message is a disclaimer
    assert [(f["line"], f["message"].split(":")[0]) for f in findings] == [
        (7, "translation drops a negation"), (10, "translation adds a negation")]


# Probe sentences (tests/test_meaning_probe.py has the helpers): coverage and invisible, and the probe's faithful and
# tampered renderings as a whole.
# "Do not drive or operate machinery" warns of two things: a translation that keeps one («не садитесь за руль»)
# dropped the other, which the one concept "driving" (механизм among its words) hid.
def test_driving_and_machinery_are_two_warnings(tmp_path: Path, stele: Run) -> None:
    source = "Do not drive or operate machinery after taking it."
    assert _coverage(stele, tmp_path, "ru", [
        (source, "После приёма не управляйте транспортными средствами и не работайте с техникой."),
        (source, "После приёма не садитесь за руль."),
    ]) == ["disclaimer translation does not mention what its source warns about: machinery (e.g. механизм, техника, "
           "оборудование); translate every safety term"]
    assert _coverage(stele, tmp_path, "uk", [
        ("Do not operate heavy machinery.", "Не працюйте з важким обладнанням."),
        (source, "Після прийому не працюйте з механізмами."),
    ]) == ["disclaimer translation does not mention what its source warns about: driving (e.g. водіння, кермо, "
           "керувати); translate every safety term"]


# "Stop taking it if…" turned into "go on taking it even if…" says no negation either way: "stopping" is a safety
# concept, named by «прекратить», «перестать», «припинити»… in any form.
def test_stop_taking_it_turned_into_go_on_is_an_error(tmp_path: Path, stele: Run) -> None:
    source = "Stop taking it if you have side effects."
    assert _coverage(stele, tmp_path, "ru", [
        (source, "При появлении побочных эффектов прекратите приём."),
        (source, "При побочных эффектах перестаньте его принимать."),
        ("Discontinue use if irritation occurs.", "При раздражении прекратите применение."),
        (source, "Продолжайте приём, даже если есть побочные эффекты."),
    ]) == ["disclaimer translation does not mention what its source warns about: stopping (e.g. прекратить, "
           "прекращать, прекращение); translate every safety term"]
    assert _coverage(stele, tmp_path, "uk", [
        (source, "Якщо з'явилися побічні ефекти, припиніть прийом."),
        (source, "Продовжуйте прийом, навіть якщо є побічні ефекти."),
    ]) == ["disclaimer translation does not mention what its source warns about: stopping (e.g. припинити, "
           "припиняти, припинення); translate every safety term"]


# A Latin name of the source with a Cyrillic ending (iPhoneом) is kept; a Cyrillic look-alike inside it splits it in
# two runs of Latin letters, each in the source, and was taken for one (ibuрrofen passed).
def test_a_lookalike_inside_a_kept_name_is_an_error(tmp_path: Path, stele: Run) -> None:
    assert _invisible(stele, tmp_path, "ru", [
        ("Do not take ibuprofen with alcohol.", "Не принимайте ibuprofenа с алкоголем."),
        ("Do not take ibuprofen with alcohol.", "Не принимайте ibuрrofen с алкоголем."),
    ]) == ["the word “ibuрrofen” mixes Latin letters with look-alikes of another script: “р” (CYRILLIC SMALL LETTER "
           "ER, looks like Latin “p”); retype it"]


# The probe's faithful renderings that passed as they were (kept so that they keep passing): negation moved to
# another word, passive and impersonal voice, «не следует», «не рекомендуется», «не допускается», «не может
# превышать» for "must not exceed", «круглосуточно» for "24/7", synonyms of doctor, medication, pregnancy in any case.
KEPT = [
    ("ru", "You must not exceed 4 g a day.", "Суточная доза не может превышать 4 г."),
    ("uk", "You must not exceed 4 g a day.", "Добова доза не може перевищувати 4 г."),
    ("ru", "Call the poison helpline, available 24/7.", "Позвоните на горячую линию токсикологии, она работает "
                                                        "круглосуточно."),
    ("uk", "Call the poison helpline, available 24/7.", "Зателефонуйте на гарячу лінію, вона працює цілодобово."),
    ("ru", "You should not take it with grapefruit juice.", "Его не рекомендуется запивать грейпфрутовым соком."),
    ("uk", "You should not take it with grapefruit juice.", "Не рекомендується запивати його грейпфрутовим соком."),
    ("ru", "Do not combine with alcohol.", "Не следует сочетать с алкоголем."),
    ("ru", "Do not combine with alcohol.", "Сочетание с алкоголем не допускается."),
    ("uk", "It must not be used by children under 6.", "Дітям до 6 років застосовувати його не можна."),
    ("ru", "Avoid alcohol while taking this medicine.", "Во время приёма этого лекарства не употребляйте алкоголь."),
    ("ru", "If you are pregnant, do not take this medication.", "Не принимайте этот препарат во время беременности."),
    ("uk", "If you are pregnant, do not take this medication.", "Під час вагітності цей препарат не приймайте."),
    ("ru", "Not suitable for children under 12.", "Детям до 12 лет не подходит."),
    ("ru", "Take at least 8 hours apart.", "Интервал между приёмами должен быть не менее 8 часов."),
    ("uk", "Take at least 8 hours apart.", "Між прийомами має минути щонайменше 8 годин."),
    ("uk", "Take at most 3 tablets a day.", "Приймайте не більше ніж 3 таблетки на день."),
    ("ru", "Do not give it to children unless a doctor says so.", "Не давайте детям, если только так не скажет врач."),
    ("ru", "Use it only if your doctor prescribed it.", "Применяйте только в том случае, если его назначил врач."),
    ("ru", "The medication must be taken with food.", "Препарат следует принимать во время еды."),
    ("uk", "It may cause drowsiness.", "Можлива сонливість."),
    ("ru", "Alcohol should be avoided.", "Алкоголь употреблять не следует."),
    ("uk", "Pregnant women should not take it.", "Вагітним його приймати не рекомендується."),
    ("ru", "Do not stop taking it suddenly.", "Резко прекращать приём нельзя."),
    ("ru", "If symptoms persist, see a doctor.", "Если симптомы не проходят, обратитесь к врачу."),
]


@pytest.mark.parametrize(("locale", "source", "text"), KEPT)
def test_a_faithful_free_rendering_passes(locale: str, source: str, text: str, tmp_path: Path, stele: Run) -> None:
    assert _check_pairs(stele, tmp_path, locale, [(source, text)]) == (0, [])
    assert _coverage(stele, tmp_path, locale, [(source, text)]) == []


def test_tampered_safety_advice_is_an_error(tmp_path: Path, stele: Run) -> None:
    assert _check_pairs(stele, tmp_path, "ru", [
        ("Do not combine with alcohol.", "Можно сочетать с алкоголем."),
        ("You must consult a doctor.", "Вы можете проконсультироваться с врачом."),
        ("This medicine may cause dependence.", "Этот препарат не вызывает зависимости."),
        ("You should not drive after taking it.", "После приёма рекомендуется водить автомобиль."),
        ("Store below 25 °C.", "Хранить при температуре не ниже 25 °C."),
        ("If you miss a dose, do not take a double dose.", "Если вы пропустили приём, примите двойную дозу."),
    ]) == (1, [
        ("error", "polarity", "translation drops a negation: the source has 1 (“not”), the translation 0 (none); "
                              "check that it does not say the opposite"),
        ("error", "modality", "translation adds “leave” (“можете проконсультироваться”) and turns “must” (“must”) into "
                              "“may” (“можете проконсультироваться”)"),
        ("error", "polarity", "translation adds a negation: the source has 0 (none), the translation 1 (“не”); "
                              "check that it does not say the opposite"),
        ("error", "polarity", "translation drops a negation: the source has 1 (“not”), the translation 0 (none); "
                              "check that it does not say the opposite"),
        ("error", "modality", "translation adds “at-least” (“не ниже”)"),  # «не ниже»: not below, at least
        ("error", "polarity", "translation drops a negation: the source has 1 (“not”), the translation 0 (none); "
                              "check that it does not say the opposite"),
    ])
    assert _check_pairs(stele, tmp_path, "uk", [
        ("Always consult a doctor before use.", "Інколи радьтеся з лікарем перед застосуванням."),
        ("Never give aspirin to children.", "Зрідка давайте аспірин дітям."),
        ("You must not exceed 4 g a day.", "Добова доза може перевищувати 4 г."),
        ("It must not be used by children under 6.", "Застосування дітям до 6 років допускається."),
    ]) == (1, [
        ("error", "modality", "translation loses “always” (“always”)"),
        ("error", "modality", "translation loses “always” (“never”) and adds “rarely” (“зрідка”)"),
        ("error", "polarity", "translation drops a negation: the source has 1 (“never”), the translation 0 (none); "
                              "check that it does not say the opposite"),
        ("error", "modality", "translation loses “at-most” (“not exceed”) and turns “must” (“must”) into “may” "
                              "(“може”)"),
        ("error", "modality", "translation turns “must” (“must”) into “may” (“допускається”)"),
        ("error", "polarity", "translation drops a negation: the source has 1 (“not”), the translation 0 (none); "
                              "check that it does not say the opposite"),
    ])
