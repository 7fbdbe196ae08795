"""Lexicons of the warning signs a "when to see a doctor" disclaimer names (fever, breathing, swallowing, bleeding,
fainting, swelling, rash) and the side effects a dose's warning names (nausea, vomiting, insomnia, dizziness,
drowsiness, headache, constipation, diarrhoea, hair loss), safety concepts of the coverage rule for rules/lexicons.py,
in en, ru and uk: stems with * in en, lemmas in ru and uk (pymorphy3 reads every form)."""

from __future__ import annotations

__all__ = ["SIGNS"]

SIGNS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "fever": ("fever*", "temperature*"),
        "breathing": ("breath*", "respirat*", "wheez*"),
        "swallowing": ("swallow*",),
        "bleeding": ("bleed*", "haemorrhag*", "hemorrhag*"),
        "fainting": ("faint*", "unconscious*", "pass out", "passed out", "passes out", "consciousness"),
        "swelling": ("swell*", "swollen", "oedema", "edema"),
        "rash": ("rash", "rashes", "hives"),
        "nausea": ("nause*",), "vomiting": ("vomit*",), "insomnia": ("insomnia*", "sleeplessness"),
        "dizziness": ("dizz*", "lightheaded*", "light-headed*", "vertigo"), "drowsiness": ("drows*", "sleepiness"),
        "headache": ("headache*",), "constipation": ("constipat*",), "diarrhoea": ("diarrh*",),
        "hair loss": ("hair loss",),
    },
    "ru": {
        "fever": ("температура", "жар", "лихорадка", "лихорадить"),
        "breathing": ("дыхание", "дышать", "дыхательный", "одышка", "задыхаться", "удушье"),
        "swallowing": ("глотать", "глотание", "проглотить", "сглатывать", "сглотнуть"),
        "bleeding": ("кровотечение", "кровоточить", "кровоизлияние"),
        "fainting": ("обморок", "обморочный", "сознание"),
        "swelling": ("отёк", "отекать", "отечь", "отёчность", "припухлость", "опухать", "опухнуть", "распухать",
                     "распухнуть", "опухание"),
        "rash": ("сыпь", "высыпание", "крапивница"),
        "nausea": ("тошнота", "тошнить", "подташнивать"), "vomiting": ("рвота", "рвотный", "стошнить"),
        "insomnia": ("бессонница",), "dizziness": ("головокружение", "кружиться"),
        "drowsiness": ("сонливость", "сонливый", "сонный"), "headache": ("головной боль", "мигрень"),
        "constipation": ("запор",), "diarrhoea": ("диарея", "понос"), "hair loss": ("выпадение волос*", "облысение"),
    },
    "uk": {
        "fever": ("температура", "жар", "гарячка", "лихоманка", "лихоманити"),
        "breathing": ("дихання", "дихати", "дихальний", "задишка", "задихатися", "ядуха"),
        "swallowing": ("ковтати", "ковтання", "проковтнути", "ковтнути"),
        "bleeding": ("кровотеча", "кровоточити", "крововилив"),
        "fainting": ("непритомність", "непритомний", "знепритомніти", "свідомість", "зомління"),
        "swelling": ("набряк", "набрякати", "набрякнути", "набряклість", "припухлість", "опухати", "опухнути",
                     "розпухати", "розпухнути"),
        "rash": ("висип", "висипання", "кропив'янка", "кропив’янка"),
        "nausea": ("нудота", "нудити"), "vomiting": ("блювання", "блювота", "блювати"), "insomnia": ("безсоння",),
        "dizziness": ("запаморочення", "паморочитися"), "drowsiness": ("сонливість", "сонливий", "сонний"),
        "headache": ("головний біль", "мігрень", "головний болю"),  # (біль, болю: its stem changes)
        "constipation": ("закреп",), "diarrhoea": ("діарея", "пронос"),
        "hair loss": ("випадіння волосся", "облисіння"),
    },
}
