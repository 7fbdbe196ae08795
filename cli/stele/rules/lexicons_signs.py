"""Lexicons of the warning signs a "when to see a doctor" disclaimer names (fever, breathing, swallowing, bleeding,
fainting, swelling, rash), safety concepts of the coverage rule for rules/lexicons.py, in en, ru and uk: stems with *
in en, lemmas in ru and uk (pymorphy3 reads every form)."""

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
    },
}
