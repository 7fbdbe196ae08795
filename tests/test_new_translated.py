# ruff: noqa: E501  (the sentences, each on one line to be read and re-run as written)
"""`stele new`'s project translated as a translator would: every faithful rendering of its consult disclaimer publishes
(«порадьтеся з лікарем», «зверніться до лікаря», «обратитесь к врачу» were held back: the example patterns of
stele.toml knew only «консульт», «посовет», «поради»), and one that drops the consultation is held back (the noun
«поради», advice, no longer counts as one: «не замінюють поради лікаря» passed)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import polib
import pytest
from click.testing import Result

CONSULT = "Consult a healthcare professional before taking supplements, especially if you take other medicines."
BOX = ("This article is for information only and is not medical advice. Always consult a doctor or another qualified "
       "healthcare professional before acting on it, especially if you have a health condition or take medication.")
ARTICLE = {
    "ru": {
        "Vitamin D in Winter": "Витамин D зимой",
        "Why many people lack vitamin D in the dark months, and how much adults usually take.": "Почему в тёмные месяцы многим не хватает витамина D и сколько его обычно принимают взрослые.",
        "In winter the sun is too low for the skin to make much vitamin D, so many people run short of it.": "Зимой солнце стоит слишком низко, чтобы кожа вырабатывала достаточно витамина D, поэтому многим его не хватает.",
        "How much": "Сколько принимать",
        "Adults usually take 600-800 IU of vitamin D a day; some people need more.": "Взрослые обычно принимают от 600 до 800 МЕ витамина D в сутки; некоторым нужно больше.",
        "Fatty fish and eggs contain vitamin D.": "Витамин D содержится в жирной рыбе и яйцах.",
        "A blood test shows whether you need more.": "Анализ крови покажет, нужно ли вам больше.",
        "Medical disclaimer": "Медицинская оговорка",
        BOX: "Эта статья носит исключительно информационный характер и не является медицинской рекомендацией. Прежде чем действовать на её основе, всегда консультируйтесь с врачом или другим квалифицированным медицинским специалистом, особенно если у вас есть заболевание или вы принимаете лекарства.",
    },
    "uk": {
        "Vitamin D in Winter": "Вітамін D взимку",
        "Why many people lack vitamin D in the dark months, and how much adults usually take.": "Чому в темні місяці багатьом бракує вітаміну D і скільки його зазвичай приймають дорослі.",
        "In winter the sun is too low for the skin to make much vitamin D, so many people run short of it.": "Узимку сонце стоїть надто низько, щоб шкіра виробляла достатньо вітаміну D, тож багатьом його бракує.",
        "How much": "Скільки приймати",
        "Adults usually take 600-800 IU of vitamin D a day; some people need more.": "Дорослі зазвичай приймають 600–800 МО вітаміну D на добу; декому потрібно більше.",
        "Fatty fish and eggs contain vitamin D.": "Вітамін D міститься в жирній рибі та яйцях.",
        "A blood test shows whether you need more.": "Аналіз крові покаже, чи потрібно вам більше.",
        "Medical disclaimer": "Медичне застереження",
        BOX: "Ця стаття має лише інформаційний характер і не є медичною порадою. Перш ніж діяти на її підставі, завжди звертайтеся до лікаря або іншого кваліфікованого медичного фахівця, особливо якщо у вас є захворювання або ви приймаєте ліки.",
    },
}
RUSSIAN = "Прежде чем принимать добавки, проконсультируйтесь с медицинским специалистом, особенно если вы принимаете другие лекарства."
UKRAINIAN = "Перш ніж приймати добавки, проконсультуйтеся з медичним фахівцем, особливо якщо ви приймаєте інші ліки."


def _translated(stele: Callable[..., Result], folder: Path, locale: str, consult: str) -> Path:
    """`stele new` in ``folder``, each catalog translated, ``locale``'s consult disclaimer as ``consult``."""
    assert stele("new", folder, "--locales", "ru,uk").exit_code == 0
    consults = {"ru": RUSSIAN, "uk": UKRAINIAN, locale: consult}
    for language, texts in ARTICLE.items():
        for path in (folder / "locales" / language / "LC_MESSAGES").glob("*.po"):
            catalog = polib.pofile(str(path))
            for entry in catalog:
                entry.msgstr = {**texts, CONSULT: consults[language]}.get(entry.msgid, entry.msgstr)
            catalog.save(str(path))
    return folder


FAITHFUL = [
    ("uk", "Перш ніж приймати добавки, порадьтеся з медичним фахівцем, особливо якщо ви приймаєте інші ліки."),
    ("uk", "Перед прийомом добавок зверніться до лікаря чи іншого медичного фахівця, особливо якщо ви приймаєте інші ліки."),
    ("uk", "Порадитися з медичним працівником потрібно ще до прийому добавок, особливо якщо ви приймаєте інші ліки."),
    ("uk", UKRAINIAN),
    ("ru", "Перед приёмом добавок обратитесь к врачу или другому медицинскому специалисту, особенно если вы принимаете другие лекарства."),
    ("ru", "Посоветуйтесь с медицинским работником, прежде чем принимать добавки, особенно если вы принимаете другие лекарства."),
    ("ru", RUSSIAN),
]


@pytest.mark.parametrize(("locale", "consult"), FAITHFUL)
def test_a_faithful_translation_publishes_every_page(locale: str, consult: str, tmp_path: Path,
                                                     stele: Callable[..., Result]) -> None:
    folder = _translated(stele, tmp_path / "site", locale, consult)
    checked = stele("--project", folder, "check", "--ignore", "untranslated,layout")
    assert (checked.exit_code, checked.output) == (0, "7 files checked: 0 errors, 0 warnings, 0 notes\n")
    built = stele("--project", folder, "build")
    assert (built.exit_code, built.output) == (0, "build: 8 files, 8 rendered, 8 written, 0 held back, into public/\n")


TAMPERED = [
    ("uk", "Ці добавки не замінюють поради лікаря, особливо якщо ви приймаєте інші ліки."),
    ("uk", "Перед прийомом добавок зверніть увагу на думку лікаря, особливо якщо ви приймаєте інші ліки."),
    ("ru", "Добавки не заменяют врача, особенно если вы принимаете другие лекарства."),
    ("ru", "Перед приёмом добавок обратите внимание на мнение врача, особенно если вы принимаете другие лекарства."),
]


@pytest.mark.parametrize(("locale", "consult"), TAMPERED)
def test_a_consultation_dropped_holds_the_page_back(locale: str, consult: str, tmp_path: Path,
                                                    stele: Callable[..., Result]) -> None:
    folder = _translated(stele, tmp_path / "site", locale, consult)
    checked = stele("--project", folder, "check", "--select", "disclaimer")
    config = (folder / "stele.toml").read_text(encoding="utf-8")
    pattern = next(line.split(" = ", 1)[1].strip("'").replace("\\", "\\\\") for line in config.splitlines()
                   if line.startswith(f"{locale} = '(?is)"))
    where = f"locales/{locale}/LC_MESSAGES/vitamin-d-in-winter.po:"
    lines = [line for line in checked.output.splitlines() if line.startswith(where)]
    assert checked.exit_code == 1
    assert [line.split(": ", 1)[1] for line in lines] == [
        f"error: [disclaimer] disclaimer ({rule}) translation does not say what it must: {what} (expected to match "
        f"'{pattern}') (source/vitamin-d-in-winter.md:16)"
        for rule, what in (("consult-before-use", "advice to consult a healthcare professional before use"),
                           ("consult-professional", "advice to consult a healthcare professional"))]
    built = stele("--project", folder, "build")
    assert "1 held back" in built.output and not (folder / f"public/{locale}/vitamin-d-in-winter").exists()
