"""A sixth probe (English → Russian, Ukrainian) of the markup, invisible and escapes rules: look-alike letters of
Greek, Armenian, IPA and full-width forms, accented twins (ë for ё), zero-width characters in runs or beside a mark
or an apostrophe, a Latin syllable that only looked like a kept name; and three false alarms — each faithful
rendering passes, each tampered one is an error."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_meaning_probe import Run, _po


def _errors(stele: Run, tmp_path: Path, locale: str, source: str, text: str, rule: str) -> list[str]:
    """The error messages of ``rule`` on a disclaimer catalog of one message."""
    path = tmp_path / f"{locale}.po"
    path.write_text(_po(locale, [(source, text)], disclaimer=True), encoding="utf-8")
    result = stele("check", path, "--select", rule, "--format", "json")
    return [f["message"] for f in json.loads(result.output)["findings"] if f["severity"] == "error"]


TAMPERED = [
    ("ru", "Drink water; ask a doctor.", "Пейте во\u200b\u200bду; спросите врача.",
     "translation hides U+200B ZERO WIDTH SPACE inside the word “воду”, where it breaks every search and check; "
     "delete it"),
    ("uk", "Don't eat raw meat; ask a doctor.", "Не їжте сире м\u02bc\u200bясо; порадьтеся з лікарем.",
     "translation hides U+200B ZERO WIDTH SPACE inside the word “мʼясо”, where it breaks every search and check; "
     "delete it"),
    ("ru", "Kratom; ask a doctor.", "Кра\u0301\u200bтом; спросите врача.",
     "translation hides U+200B ZERO WIDTH SPACE inside the word “Кратом”, where it breaks every search and check; "
     "delete it"),
    ("ru", "Drink water; ask a doctor.", "Пейте в\u03bfду; спросите врача.",
     "the word “в\u03bfду” mixes Cyrillic letters with look-alikes of another script: “\u03bf” (GREEK SMALL LETTER "
     "OMICRON, looks like Cyrillic “о”); retype it"),
    ("ru", "Drink water; ask a doctor.", "Пейте в\u0585ду; спросите врача.",
     "the word “в\u0585ду” mixes Cyrillic letters with look-alikes of another script: “\u0585” (ARMENIAN SMALL "
     "LETTER OH, looks like Cyrillic “о”); retype it"),
    ("uk", "Ask a doctor before use.", "Перед з\uff41стосуванням порадьтеся з лікарем.",
     "the word “з\uff41стосуванням” mixes Cyrillic letters with look-alikes of another script: “\uff41” (FULLWIDTH "
     "LATIN SMALL LETTER A, looks like Cyrillic “а”); retype it"),
    ("uk", "Ask a doctor before use.", "Перед з\u0251стосуванням порадьтеся з лікарем.",
     "the word “з\u0251стосуванням” mixes Cyrillic letters with look-alikes of another script: “\u0251” (LATIN "
     "SMALL LETTER ALPHA, looks like Cyrillic “а”); retype it"),
    ("ru", "Ask a doctor again.", "Спросите врача ещ\u00eb раз.",
     "the word “ещ\u00eb” mixes Cyrillic letters with look-alikes of another script: “\u00eb” (LATIN SMALL LETTER E "
     "WITH DIAERESIS, looks like Cyrillic “ё”); retype it"),
    ("ru", "Do not add sugar; ask a doctor.", "Не добавляйте caxap; спросите врача.",
     "the word “caxap” is of Latin letters that look Cyrillic (“сахар”); retype it"),
    ("ru", "Take it with water; ask a doctor.", "Принимайте c водой; спросите врача.",
     "the word “c” is of Latin letters that look Cyrillic (“с”); retype it"),
    ("ru", "Tell your doctor or contact a pharmacist.", "Обязательно coобщите врачу или фармацевту.",
     "the word “coобщите” mixes Cyrillic letters with look-alikes of another script: “c” (LATIN SMALL LETTER C, "
     "looks like Cyrillic “с”), “o” (LATIN SMALL LETTER O, looks like Cyrillic “о”); retype it"),
]


@pytest.mark.parametrize(("locale", "source", "text", "problem"), TAMPERED)
def test_a_hidden_or_look_alike_letter_is_an_error(locale: str, source: str, text: str, problem: str,
                                                   tmp_path: Path, stele: Run) -> None:
    assert _errors(stele, tmp_path, locale, source, text, "invisible") == [problem]


@pytest.mark.parametrize(
    ("locale", "source", "text", "rule"),
    [
        ("ru", "Take Ibuprofen Forte; ask a doctor.", "Принимайте Ibuprofen Forte; спросите врача.", "invisible"),
        ("uk", "Ask a doctor about iPhone apps.", "Спитайте лікаря про застосунки для iPhoneа.", "invisible"),
        ("uk", "Don't eat raw meat; ask a doctor.", "Не їжте сире мʼясо; порадьтеся з лікарем.", "invisible"),
        ("ru", "Ask a doctor (Dr. Müller).", "Спросите врача (д-р Müller).", "invisible"),
        ("el", "Ask a doctor.", "Ρωτήστε έναν γιατρό.", "invisible"),
        # a Latin word of the source, or one whose letters no Russian reader takes for Cyrillic ones
        ("ru", "Enter your e-mail; ask a doctor.", "Введите ваш e-mail; спросите врача.", "invisible"),
        ("ru", "Ask a doctor about cookies.", "Спросите врача про файлы cookie.", "invisible"),
        ("ru", "Ask a doctor about the hashing.", "Спросите врача о хешировании (hash).", "invisible"),
        # a tel: link kept (a poison centre's number) is no unsafe link
        ("uk", 'Call <a href=\\"tel:+18002221222\\">the hotline</a>.',
         'Зателефонуйте на <a href=\\"tel:+18002221222\\">гарячу лінію</a>.', "markup"),
        # "<5 мг … >10 мг" is no tag: the doctor between them is read
        ("ru", "Take less than 5 mg with water; a doctor may allow more than 10 mg.",
         "Принимайте <5 мг с водой; врач может разрешить >10 мг.", "coverage"),
        # "heart rate" is «пульс»
        ("ru", "Beta-blockers can lower your heart rate; ask a doctor.",
         "β-блокаторы могут снижать пульс; спросите врача.", "coverage"),
        # a device's code is no lost escape
        ("uk", "Glucose meter error U0101 means the strip is wet.",
         "Помилка глюкометра U0101 означає, що смужка волога.", "escapes"),
    ],
)
def test_a_faithful_rendering_passes(locale: str, source: str, text: str, rule: str, tmp_path: Path,
                                     stele: Run) -> None:
    assert _errors(stele, tmp_path, locale, source, text, rule) == []


def test_an_address_on_another_host_is_an_error(tmp_path: Path, stele: Run) -> None:
    """A URL written out, not a link, sends the reader elsewhere all the same; a localized path on the source's host
    is kept."""
    path = tmp_path / "ru.po"
    path.write_text('msgid ""\nmsgstr ""\n"Language: ru\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                    '#: source/a.md:5\nmsgid "More at https://example.org/help"\n'
                    'msgstr "Подробнее: https://evil.example/help"\n\n'
                    '#: source/a.md:7\nmsgid "Docs: https://example.org/docs"\n'
                    'msgstr "Документация: https://example.org/ru/docs"\n', encoding="utf-8")
    result = stele("check", path, "--select", "markup", "--format", "json")
    assert [(f["line"], f["severity"], f["message"]) for f in json.loads(result.output)["findings"]] == [
        (8, "error", "translation adds an address on 'evil.example', a host the source does not name; keep the "
                     "source's addresses")]


def test_a_lost_escape_standing_alone_is_still_one(tmp_path: Path, stele: Run) -> None:
    assert _errors(stele, tmp_path, "ru", "Ask a doctor.", "Спросите врача u0430.", "escapes") == [
        "msgstr holds 'u0430', Unicode escapes that lost their backslashes (meant 'а'?)"]
