"""Renderings found in health catalogs no one here wrote (GNU Health 5.0 from PyPI, DHIS2's capture-app), each with
a tampered twin, on a one-message disclaimer catalog (every finding an error):

- "1 time per week" is once a week, as «1 раз на тиждень» is: the translation added a "once" the source lacked;
- "one or more" is at least one, and «одну или несколько», «або кілька», "oder mehrere", "ou plusieurs" say it:
  an "or several" says "at least" where the other text does, and adds none where it does not ("Matches any of" →
  "Eine oder mehrere Bedingungen"); "oder mehr", "o más", "ou plus" are "or more" itself;
- "indefinite", "unidentified", "uninsured", "irregular": words negated by a prefix, which a translation may say with a
  negation («не визначено», "No identificado", «не застрахован»: 111 warnings of django-cms + Plone, 2 of Django);
- "Never" is German "Nie" and Chinese 从不 (never: a negation and an "always" at once), as "niemals" and 不要 were;
- Japanese says "must" by a double negation (なければならない: 13 GNU Health warnings), Arabic glues "so" to its "not"
  (فلا تخلقه: so do not create it), and writes its vowel marks or not (أَبَداً is أبدا, never; ابدا without its
  hamza): the marks are dropped before the words are read, the shadda doubling its letter (غيّر, change, is no غير,
  non-: Django's Arabic "Change password")."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_meaning_probe import Run
from tests.test_probe_seven import _findings

DATES = 'Choose one or more dates.'
TABLETS = 'Take 2 or more tablets only if a doctor advises it.'
FAITHFUL = [
    ('uk', '1 time per week', '1 раз на тиждень'),
    ('uk', 'Take 1 tablet 1 time per day in the morning.', 'Приймайте 1 таблетку 1 раз на день уранці.'),
    ('ru', 'Take it one time a day.', 'Принимайте его раз в день.'),
    ('ru', DATES, 'Выберите одну или несколько дат.'),
    ('uk', DATES, 'Виберіть одну або кілька дат.'),
    ('uk', DATES, 'Виберіть одну чи декілька дат.'),
    ('fr', DATES, 'Choisissez une ou plusieurs dates.'),
    ('de', 'Matches any of', 'Eine oder mehrere Bedingungen'),
    ('de', 'Each line must have 2 or more columns.', 'Jede Zeile muss über zwei oder mehr Spalten verfügen.'),
    ('es', TABLETS, 'Tome 2 o más comprimidos solo si un médico lo aconseja.'),
    ('uk', 'Treatment duration: indefinite.', 'Тривалість лікування: не визначено.'),
    ('ru', 'Treatment duration: indefinite.', 'Продолжительность лечения: бессрочно.'),
    ('de', 'Never', 'Nie'),
    ('es', 'Unidentified', 'No identificado'),
    ('de', 'Undetermined', 'Nicht bestimmt'),
    ('fr', 'Unemployed', 'Sans emploi'),
    ('ru', 'The patient is uninsured.', 'Пациент не застрахован.'),
    ('es', 'Abnormal flexion', 'Flexión no normal'),
    ('ja', 'Period that the patient must take the medication', '患者が薬を服用しなければならない期間'),
    ('ja', 'The patient must wait 8 hours.', '患者は8時間待たなければいけません。'),
    ('ar', 'This disease already exists, do not create it again.', 'هذا المرض موجود بالفعل فلا تخلقه مرة أخرى.'),
    ('ar', 'Never', 'أَبَداً'),
    ('ar', 'Never', 'ابدا'),
    ('ar', 'Change password', 'غيّر كلمة المرور'),
    ('ar', 'Hold down “Control”, or “Command” on a Mac, to select more than one.',
     'اضغط مفتاح ”Control“ أو ”Command“ على أجهزة ماك مطوّلًا لتحديد أكثر من عنصر.'),
    ('zh_CN', 'Never', '从不'),
    ('zh_CN', 'Never drink alcohol.', '从不喝酒。'),
    # "2 times" with its digit (GNU Health's "2 times per day"), an upper limit, read-only (no "only" in it)
    ('de', '2 times per day', '2 mal täglich'),
    ('de', 'Take it 2 times per day.', 'Nehmen Sie es 2-mal täglich ein.'),
    ('es', '2 times per day', '2 veces al día'),
    ('pl', 'Take it 2 times a day.', 'Przyjmuj 2 razy dziennie.'),
    ('de', 'Upper Limit', 'Oberer Grenzwert'),
    ('es', 'Finish and sign this vaccination? It will become read-only!',
     '¿Finalizar y firmar esta vacunación? ¡Esta vacunación será de solo lectura!'),
    ('zh_CN', 'Finish and sign this vaccination? It will become read-only!',
     '完成和签署这个疫苗接种吗？完成后就会变成只读！'),
    ('pt', 'Some fields cannot be changed since they are read-only content.',
     'Alguns campos não podem ser alterados porque são conteúdo só de leitura.'),
    ('ru', 'The field is read-only.', 'Поле только для чтения.'),
    ('uk', 'The field is read-only.', 'Поле лише для читання.'),
    # DHIS2's Arabic: تعذر, "it could not be", and «لا» glued to its verb
    ('ar', 'The application could not be loaded.', 'تعذر تحميل التطبيق'),
    ('ar', 'Could not delete event', 'تعذر حذف الحدث'),
    ('ar', 'No events to display', 'لايوجد احداث للعرض'),
    # Sphinx's French «ne peut pas» for "should not" (one negation, a prohibition: no may), Catalan «cap a» (towards)
    ('fr', 'conf value epub_author should not be empty for EPUB3',
     'le paramètre de configuration epub_author ne peut pas être vide pour EPUB3'),
    ('ca', 'path to documentation source files', 'camí cap als fitxers font de la documentació'),
    ('ca', 'Please move your master document to a different location.',
     'Si us plau, moveu el vostre document mestre cap a una altra ubicació.'),
    # Django's Korean 만, "only", glued to its noun
    ('ko', 'Enter only digits separated by commas.', '콤마로 구분된 숫자만 입력하세요.'),
    ('ko', 'If checked, only logged-in users will be able to view the page.',
     '체크할 경우, 로그인한 사용자만 해당 페이지를 볼 수 있습니다.'),
    ('ko', 'Create a new file.', '새 파일을 만듭니다.'),
    # GNU Health's Japanese frequency answer: "Never" → なし (none)
    ('ja', 'Never', 'なし'),
    ('ja', 'None', 'なし'),
    # a negation said by a prefix in the short lexicons (GNU Health, Plone, Django)
    ('de', 'The current insurance plan is not valid or it has expired',
     'Die aktuelle Versicherung ist ungültig oder abgelaufen'),
    ('es', 'Check this box when the patient can not describe elementary objects',
     'Marque la casilla si el paciente es incapaz de describir objetos elementales'),
    ('nl', 'This value is not valid.', 'Deze waarde is ongeldig.'),
    ('pt', 'This value is not valid.', 'Este valor é inválido.'),
]


@pytest.mark.parametrize(("locale", "source", "text"), FAITHFUL)
def test_a_faithful_rendering_passes(locale: str, source: str, text: str, tmp_path: Path, stele: Run) -> None:
    assert [f for f in _findings(stele, tmp_path, locale, source, text) if f[0] == "error"] == []


def _loses_or_more() -> tuple[str, str, str]:
    return ('error', 'modality', 'translation loses “at-least” (“or more”)')


TAMPERED = [
    ('ru', 'Take it one time a day.', 'Принимайте его два раза в день.',
     [('error', 'modality', 'translation loses “once” (“one time a day”) and adds “twice” (“два раза”)')]),
    ('uk', 'Take it 1 time per week.', 'Приймайте його 2 рази на тиждень.',
     [('error', 'modality', 'translation loses “once” (“1 time per week”) and adds “twice” (“2 рази”)')]),
    ('ru', DATES, 'Выберите одну дату.', [_loses_or_more()]),
    ('uk', DATES, 'Виберіть одну дату.', [_loses_or_more()]),
    ('de', TABLETS, 'Nehmen Sie 2 Tabletten nur auf ärztlichen Rat.', [_loses_or_more()]),
    ('ru', 'Take 2 tablets.', 'Примите 2 или более таблеток.',
     [('error', 'modality', 'translation adds “at-least” (“или более”)')]),
    ('uk', 'Treatment duration: definite.', 'Тривалість лікування: не визначено.',
     [('error', 'polarity', 'translation adds a negation: the source has 0 (none), the translation 1 (“не”); check '
       'that it does not say the opposite')]),
    ('ru', 'The patient is insured.', 'Пациент не застрахован.',
     [('error', 'polarity', 'translation adds a negation: the source has 0 (none), the translation 1 (“не”); check '
       'that it does not say the opposite')]),
    ('ru', 'Do not stop the treatment if the heartbeat is irregular.',
     'Прекратите лечение, если сердцебиение нерегулярное.',
     [('error', 'polarity', 'translation drops a negation: the source has 1 (“not”), the translation 0 (none); check '
       'that it does not say the opposite')]),
    ('ja', 'The patient may wait 8 hours.', '患者は8時間待たなければいけません。',
     [('error', 'modality', 'translation turns “may” (“may”) into “must” (“なければいけません”)')]),
    ('ar', 'This disease already exists, create it again.', 'هذا المرض موجود بالفعل فلا تخلقه مرة أخرى.',
     [('error', 'polarity', 'translation adds a negation: the source has 0 (none), the translation 1 (“فلا”); check '
       'that it does not say the opposite')]),
    ('ar', 'Always', 'أَبَداً',
     [('error', 'polarity', 'translation adds a negation: the source has 0 (none), the translation 1 (“أبدا”); check '
       'that it does not say the opposite')]),
    ('zh_CN', 'Always drink water.', '从不喝水。',
     [('error', 'polarity', 'translation adds a negation: the source has 0 (none), the translation 1 (“从不”); check '
       'that it does not say the opposite')]),
    ('de', 'Always', 'Nie',
     [('error', 'polarity', 'translation adds a negation: the source has 0 (none), the translation 1 (“nie”); check '
       'that it does not say the opposite')]),
    ('de', 'Take it 2 times per day.', 'Nehmen Sie es 3 mal täglich ein.',
     [('error', 'modality', 'translation loses “twice” (“2 times”)')]),
    ('es', 'Take 1 tablet per day.', 'Tome 1 comprimido 2 veces al día.',
     [('error', 'modality', 'translation adds “twice” (“2 veces”)')]),
    ('de', 'Upper Limit', 'Untergrenze', [('error', 'modality', 'translation loses “at-most” (“upper limit”)')]),
    ('es', 'Take it only with food.', 'Tómelo con comida, de solo lectura.',
     [('error', 'modality', 'translation loses “only” (“only”)')]),
    ('fr', 'You can delete the file.', 'Vous ne pouvez pas supprimer le fichier.',
     [('error', 'polarity', 'translation adds a negation: the source has 0 (none), the translation 1 (“ne pouvez '
       'pas”); check that it does not say the opposite')]),
    ('ca', 'There is a file.', 'No hi ha cap fitxer.',
     [('error', 'polarity', 'translation adds a negation: the source has 0 (none), the translation 1 (“no”); check '
       'that it does not say the opposite')]),
    ('de', 'Do not take it now. The plan is not valid.', 'Nehmen Sie es jetzt. Der Plan ist ungültig.',
     [('error', 'polarity', 'sentence 1: translation drops a negation: the source has 1 (“not”), the translation 0 '
       '(none); check that it does not say the opposite')]),
    ('ja', 'Always', 'なし',
     [('error', 'polarity', 'translation adds a negation: the source has 0 (none), the translation 1 (“なし”); check '
       'that it does not say the opposite')]),
    ('ko', 'Enter digits separated by commas.', '콤마로 구분된 숫자만 입력하세요.',
     [('error', 'modality', 'translation adds “only” (“만 입력”)')]),
    ('ar', 'Events to display', 'لايوجد احداث للعرض',
     [('error', 'polarity', 'translation adds a negation: the source has 0 (none), the translation 1 (“لايوجد”); '
       'check that it does not say the opposite')]),
]


@pytest.mark.parametrize(("locale", "source", "text", "errors"), TAMPERED)
def test_a_changed_frequency_bound_or_negation_is_an_error(locale: str, source: str, text: str,
                                                          errors: list[tuple[str, str, str]], tmp_path: Path,
                                                          stele: Run) -> None:
    rules = {rule for _, rule, _ in errors}
    assert [f for f in _findings(stele, tmp_path, locale, source, text) if f[1] in rules] == errors


@pytest.mark.parametrize(("source", "translation", "problems"), [
    ("Take it 1 time per week.", "Принимайте 1 раз в неделю.", []),
    ("Take it 1 time a day.", "Принимайте раз в день.", []),
    ("1 time per day", "1 раз на день", []),
    ("Take it 1 time per week.", "Принимайте 2 раза в неделю.", ['"1 time" became "2 раза" (value changed: 1 → 2)']),
    ("Take it 1 time daily.", "Принимайте 3 раза в день.", ['"1 time" became "3 раза" (value changed: 1 → 3)']),
])
def test_one_time_with_its_rate_is_a_count(source: str, translation: str, problems: list[str]) -> None:
    """"1 time per week" (GNU Health's dosage names) is a count of times, as "2 times" is: «2 раза в неделю» for it
    was a bare 1 lost and a count added, two warnings; now the value changed. "time" counts only with its rate after
    it ("2 time zones" is no count)."""
    from stele.rules.numbers import compare_numbers

    locale = "uk" if "на день" in translation else "ru"
    assert compare_numbers(source, translation, target_locale=locale) == problems
