"""Lexicons: per-locale words of negation, modality and safety terms that the meaning rules count.

Each entry is a word or phrase; a trailing ``*`` matches any ending (``избега*``: избегать, избегайте…).
stele.toml adds words per locale (``[meaning.ru] negations = [...]``); these are the built-in ones, for en,
ru, uk, the ten most translated languages of the Django and Sphinx catalogs (es, zh, pt, ar, fr, sq, ru, ca,
gl, ko: bench/precision.py prints them) and de, it, pl, nl, ja, tr; a regional locale (pt_BR, zh_Hans) uses its
language's lexicon.
"""

from __future__ import annotations

from dataclasses import replace

from stele.model import MODALITY_CLASSES, Lexicon
from stele.rules.lexicons_advice import ADVICE, IMPLIED, LEAVE, LITOTES, NOT_NEEDED, OPPOSITES
from stele.rules.lexicons_signs import SIGNS
from stele.rules.lexicons_world import OTHERS, UNSPACED
from stele.rules.phrases import declined, meals, negated, numbered, qualified, sized, time_bounds

__all__ = [
    "BUILTIN",
    "COUNT_NOUNS",
    "COUNT_WORDS",
    "MODALITY_CLASSES",
    "SAFETY_CONCEPTS",
    "UNSPACED",
]

# A symptom that does not go away: one phrase, its negation the verb's (it persists), an implicit negation.
_PERSISTS_RU = negated("проходит", "проходят", "проходил", "проходила", "проходили", "прошел", "прошла", "прошли",
                        "исчезает", "исчезают", "исчез", "исчезла", "исчезли")
_PERSISTS_UK = negated("минає", "минають", "минув", "минула", "минули", "проходить", "проходять", "зникає", "зникають")
# Remaining, as a symptom does («симптомы сохраняются»: they do not go away): the verb's reflexive forms only, not its
# imperative «храните»/«сохраняйте», «зберігайте» (keep it out of reach), whose negation is the place's
_REMAINS_RU = (*declined("сохраня", "ется ются лся лась лось лись ться"), *declined("сохран", "ится ятся"))
_REMAINS_UK = declined("зберіга", "ється ються вся лася лося лися тися тись тиметься тимуться")
_LATER_RU, _SOONER_RU, _THAN_UK = ("не позднее", "не позже"), ("не ранее", "не раньше"), ("ніж", "як")
# Words for "times" that alone say once (раз в день: once a day) and after a number count times (5 раз в день, до 3
# раз в сутки): a "once" word starting with one is not once after a number other than 1.
COUNT_NOUNS = frozenset(("раз",))
# Words that count a count noun as numbers do (несколько раз в день: several times a day, not once).
COUNT_WORDS = frozenset(("несколько", "нескольких", "пару", "пару-тройку", "сколько", "столько", "много", "кілька",
                         "кількох", "декілька", "декількох", "скільки", "стільки", "багато"))
# The safety concepts the coverage rule looks for in a disclaimer's source and its translation.
SAFETY_CONCEPTS = (
    "doctor", "medication", "pregnancy", "breastfeeding", "children", "alcohol", "driving", "machinery", "overdose",
    "dependence", "withdrawal", "liver", "heart", "interaction", "allergy", "stopping",
    *SIGNS["en"],  # the warning signs a "when to see a doctor" names
)


def _with_advice(modality: dict[str, tuple[str, ...]], language: str) -> dict[str, tuple[str, ...]]:
    """``modality`` with the language's words of advice and risk softened or turned (rules/lexicons_advice.py)."""
    merged = dict(modality)
    for name, words in ADVICE[language].items():
        merged[name] = merged.get(name, ()) + words
    return merged


_EN = Lexicon(
    negations=("not", "*n't", "*n’t", "cannot", "no", "never", "none", "nothing", "nobody", "nowhere", "neither",
               "without", "unless", "avoid*", "refrain*", "under no circumstances", "at no time",
               "empty stomach",  # = without food (натощак), the opposite of "with food"
               "out of reach", "out of the reach",  # «в недоступном месте», «вне досягаемости»
               *NOT_NEEDED["en"]),
    implicit=("unsupported", "disabl*", "missing", "empty", "nor", "unable",
              # a negation a translation may say apart: "unsuccessful" → "nicht erfolgreich", «не сохранены»
              "unsuccessful*", "unsaved", "undefined", "undocumented", "unimplemented", "unreadable", "nonexist*",
              "non-exist*", "incompatible", "inconsistent", "outdated", "out of date", "mismatch*",
              *IMPLIED["en"], "unwanted", "unnecessary", "unlikely", "inactive", "incomplete",
              "inappropriate", "illegal", "irreversible", "non", "persist*", "lack*", "fail*", "absen*", "refus*",
              "prevent*", "instead of", "rather than", "except*", "free of", "free from", "remain*", "stay*", "keep*",
              "only", "miss*", "lose", "loses", "lost", "little", "few", "rare*", "hardly",
              # a ban: «запрещено» (a negation in ru and uk) says "do not"; "Forbidden" is «Prohibido» in es (none)
              "forbid*", "prohibit*", "contraindicat*",
              "until", "till",  # a translation may say it with a negation: «пока симптомы не пройдут»
              "gone", "disappear*", "vanish*",  # no longer there: «сыпи больше нет»
              "short of", "run short", "runs short", "ran short", "running short",  # «не хватает»
              "expire*", "no limit", "unaccented",  # «больше не активен», «необмежену», «без умляутов»
              "indefinite*",  # «не визначено», «бессрочно»
              "whether or not",  # «ли», «чи», "ob", or "si o no"
              *LITOTES,
              "with or without"),  # either way: «независимо от приёма пищи», «во время еды или натощак»
    modality=_with_advice({
        "always": ("always", "never", "every time", "at all times", "under no circumstances", "at no time"),
        "only": ("only", "solely", "exclusively"),
        "at-least": ("at least", "no less than", "not less than", "no fewer than", "not fewer than", "minimum",
                     "or more", "or higher", "or above",
                     # the lowest dose: a minimum («минимальной дозы»)
                     *sized("lowest smallest", "-", ("dose*", "possible", "effective")),
                     "or greater", "or older", "or over", "and older", "and over", "and above", "and up"),
        "at-most": ("at most", "no more than", "not more than", "maximum", "not exceed*", "do not exceed",
                    "upper limit", "daily limit"),
        "must": ("must", "have to", "has to", "need to", "needs to", "essential", "crucial", "required",
                 "necessary", "mandatory", "important", "should", "vital", "need", "needs", "needed"),
        "may": ("may", "might", "can", "could", "allowed", "permitted", "possibl*", "potential*", "it is fine to",
                "it is ok to", "it's fine to", "it’s fine to", *LEAVE["en"]),
        "once": ("once a day", "once daily", "once per day", "once every day", "once a week", "once weekly",
                 *(f"{one} time {rate}" for one in ("1", "one") for rate in ("a day", "daily", "per day", "a week",
                                                                            "weekly", "per week"))),
        "twice": ("twice", "two times", "2 times", "doubl*", "by half", "two doses at once",
                  *(f"2{x} {rate}" for x in ("x", " x", "×", " ×") for rate in ("a day", "daily", "per day")),  # not
                  # "2 x 500 mg", "a 2 x 2 table": 2 x said as twice only with its rate
                  "two doses at the same time", "two doses together",  # a double dose; «вдвое»: by half too
                  "divided into two", "divided into 2", "split into two", "split into 2", "in two divided doses",
                  "in 2 divided doses", "in two doses", "in 2 doses"),  # a day's amount taken twice
        "as-needed": ("as needed", "if needed", "when needed", "as necessary", "if necessary", "when necessary",
                      "as required", "if required", "when required"),
        "before-meals": meals("before"), "after-meals": meals("after"),
        # any time before or after («за полчаса до сна»; a bare «до» is none: до 4 г, up to)
        "before": ("before", "prior to", "ahead of"), "after": ("after", "afterwards"),
        "with-food": ("with food", "with a meal", "with meals", "with your meal", "with your meals", "during meals",
                      "during a meal", "while eating", "with breakfast", "with lunch", "with dinner"),
        "advised-against": ("contraindicat*", "advised against", "inadvisable"),  # not recommended: a negation
        "recommended": ("recommend*", "advisable", "indicated for"),
        "excepting": ("except", "except for", "excluding", "with the exception of", "other than", "apart from"),
        "including": ("including", "includes", "inclusive", "as well as"),
        "persists": ("persist*", "lasts", "lasting"),
        "resolves": ("go away", "goes away", "went away", "gone away", "disappear*", "subside*", "clear up",
                     "clears up"),
        "increases": ("increas*", "raises", "raising", "boost*", "heighten*", "worse", "worsen*"),
        "decreases": ("decreas*", "reduc*", "lowers", "lowering", "lessen*", "diminish*"),
        # a symptom or a state that gets better or worse ("improves" → «ухудшаются» turns it; "better" alone is
        # advice: "it is better to ask")
        "improves": ("improv*", "get better", "gets better", "getting better", "got better"),
        "worsens": ("worse", "worsen*", "deteriorat*", "aggravat*"),
        "stops": ("stop*", "discontinu*", "cease*", "quit*"),
        "continues": ("continu*", "keep taking", "keep using", "carry on"),
        "even": ("even if", "even when", "even though", "even after", "even with", "even without", "despite",
                 "in spite of"),  # a concession; "even a small amount" is emphasis, which translators drop
        "unless": ("unless", "except"), "without": ("without",), "until": ("until", "till"),
        "if": ("if", "when", "whenever"),
        "just": ("just", "merely", "purely"),
        "neutral": (*LITOTES,  # not unusual: «обычное явление», «нередко» (no negation) or «не редкость» (one)
                    "dose-dependent", "dose dependent",  # «зависит от дозы»: no dependence
                    "non-drug*", "non drug*", "nondrug*", "non-medication*",  # «немедикаментозные»: no medication
                    "read-only", "read only"),  # "solo lectura", «только для чтения», 只读: no "only"
        "emphatic": ("strictly", "absolutely", "by no means", "be sure to", "make sure", "forbid*", "prohibit*",
                     "contraindicat*"),
        "up-to": ("up to", *numbered("below", "under", "less than", "lower than", "within")),
        "or-several": ("or several", "or many"),
    }, "en"),
    terms={
        "doctor": ("doctor*", "physician*", "health care professional*", "healthcare professional*",
                   "healthcare provider*", "health care provider*", "medical professional*", "pharmacist*",
                   # professional help of any kind: a translation may name a doctor for it
                   "medical attention", "medical help", "medical care", "medical advice", "emergency*", "ambulance*"),
        "medication": ("medication*", "medicine*", "drug*", "prescription*"),
        "pregnancy": ("pregnan*",),
        "breastfeeding": ("breastfe*", "breast-fe*", "lactat*", "nursing"),
        "children": ("child*", "kids", "infant*"),
        "alcohol": ("alcohol*",),
        "driving": ("driv*", "vehicle*"),
        "machinery": ("machine*", "heavy equipment", "power tools"),  # "drive or operate machinery": two warnings
        "overdose": ("overdos*",),
        "dependence": ("dependen*", "addict*", "habit-forming", "habit forming"),
        "withdrawal": ("withdrawal*",),
        "liver": ("liver*",),
        "heart": ("heart", "hearts", "cardiac", "cardiovascular"),
        "interaction": ("interaction*", "interact", "interacts", "interacted", "interacting"),  # not "interactive"
        "allergy": ("allerg*",),
        # "stop taking it if…": a translation that says "go on taking it" reverses it with no negation to count (and
        # "stop" is no negation: «Не припиняйте прийом» reverses it with one)
        "stopping": ("stop taking", "stop using", "stop use", "stop treatment", "stop the treatment", "discontinu*",
                     "ceas*"),
        **SIGNS["en"],
    },
    carriers=("or",),
    caps=("exceed*", "more than", "or more than", *sized("higher larger bigger", "-", ("dose than", "doses than")),
          "greater than", "higher than", "warmer than", "hotter than",
          "stronger than", "above", "longer than", "more often than"),  # "or more than 4 g" is no "or more"
)

_RU = Lexicon(
    negations=("не", "нет", "нельзя", "без", "безо", "избега*", "избег*", "избеж*", "нечего", "некого", "негде",
               "некуда", "воздерж*", "натощак", "на пустой желудок", "запрещ*", "запрет*", "противопоказ*",
               "вне досягаемости", "вне доступа", *NOT_NEEDED["ru"]),
    implicit=("кроме", "вместо", "отсутств*", "лишь", "только", "мало", "редк*", "остал*", *_REMAINS_RU, "если только",
              *IMPLIED["ru"],
              "исключите", "исключить", "исключать", "исключайте", "отказ*", "откаж*",  # avoid: откажитесь от
              *_PERSISTS_RU),
    concord=("ни", "никогда", "ничего", "ничто", "ничем", "никто", "никого", "никому", "никем", "никак*",
             "нигде", "никуда", "ниоткуда", "ничей", "ничьи*", "ни в коем случае", "ни при каких", "ни за что",
             "ни под каким видом"),
    modality=_with_advice({
        "always": ("всегда", "никогда", "каждый раз", "ни в коем случае", "ни при каких", "ни за что",
                   "ни под каким видом"),
        "only": ("только", "лишь", "исключительно", "единственно"),
        "at-least": ("не менее", "не меньше", "не ниже", "минимум", "как минимум", "по крайней мере", "по меньшей мере",
                     "хотя бы",
                     "или больше", "или более", "и более", "и больше", "и выше", "или выше", "и старше", "или старше",
                     "минимальн*", "не реже", "наименьш*", *sized("сам", "ая ой ую ые ых", ("низк*",)),
                     # at least 30 minutes before: no later than 30 minutes before; at least 4 hours after: no sooner
                     *time_bounds(_LATER_RU, "за", ("чем",)), *time_bounds(_SOONER_RU, "через", ("чем",))),
        "at-most": ("не более", "не больше", "максимум", "не превыша*", "не выше", "максимальн*", "предельн*",
                    *time_bounds(_SOONER_RU, "за", ("чем",)), *time_bounds(_LATER_RU, "через", ("чем",))),
        "must": ("должн*", "обязательно", "обязан*", "необходим*", "нужно", "надо", "важно", "крайне важно",
                 "требуется", "следует", "непременно"),
        "may": ("может", "могут", "можете", "можно", "мог", "могла", "могло", "могли", "разреша*", "допуска*",
                "вправе", "возможн*", "потенциальн*", *LEAVE["ru"]),
        # a frequency, not a count: «за один раз» is "at once" (at a time)
        "once": ("раз в день", "раз в сутки", "раз в неделю", "раз ежедневно", "одного раза в день",
                 "одного раза в сутки", "одного раза в неделю", "однократно"),
        "twice": ("дважды", "вдвое", "двойн*", "удво*", "удва*", "два раза", "2 раза", "двух раз", "2 раз",
                  "до 2 раз", "до 2 раза",  # "до 2…" alone is up-to: its match would hide the «2 раз» in it
                  "утром и вечером",  # twice a day, as pharmacists write it
                  *sized("на в", "-", ("два приема", "2 приема", "две дозы", "2 дозы")),  # a day's amount in two
                  "двумя дозами", "2 дозами", "двумя приемами", "2 приемами"),  # «вводят двумя дозами»
        "as-needed": ("при необходимости", "по необходимости", "по мере необходимости", "в случае необходимости",
                      "если необходимо", "если нужно", "по потребности"),
        "before-meals": ("до еды", "перед едой", "до приема пищи", "перед приемом пищи", "до завтрака",
                         "перед завтраком", "до обеда", "перед обедом", "до ужина", "перед ужином"),
        "after-meals": ("после еды", "после приема пищи", "после завтрака", "после обеда", "после ужина"),
        "before": ("перед", "прежде", "прежде чем", "заранее", "до того как", "до того, как", "до сна", "до начала",
                   "до приема", "до применения", "до использования", "до операции", "до процедуры"),
        "after": ("после", "спустя", "по окончании", "по завершении", "по истечении"),
        "with-food": ("во время еды", "во время приема пищи", "с едой", "вместе с едой", "с пищей", "вместе с пищей",
                      "во время завтрака", "во время обеда", "во время ужина"),
        "advised-against": ("противопоказ*",),
        "recommended": ("рекоменду*", "рекомендова*", "показан", "показана", "показано", "показаны"),
        "excepting": ("кроме", "за исключением", "помимо"),
        "including": ("включая", "в том числе", "включительно"),
        "persists": (*_PERSISTS_RU, "сохраняется", "сохраняются", "длится", "длятся", "продолжается", "продолжаются"),
        "resolves": ("проходит", "проходят", "прошел", "прошла", "прошли", "пройдет", "пройдут", "исчезает",
                     "исчезают", "исчезнет", "исчезнут", "исчезли"),
        "increases": ("повыша*", "повыс*", "увеличива*", "увелич*", "усилива*", "усилит*", "усилен*", "ухудш*"),
        "improves": ("улучш*",),
        "worsens": ("ухудш*",),
        "decreases": ("снижа*", "снижен*", "снизи*", "снизьте", "уменьша*", "уменьш*", "понижа*", "пониж*",
                      "ослаб*"),
        "stops": ("прекрат*", "прекращ*", "перестань*", "перестать", "отмени*", "отменя*"),
        "continues": ("продолжайте", "продолжай", "продолжать", "продолжить", "продолжите", "продолжая",
                      "продолжение", "продолжения"),
        "even": ("даже", "несмотря на", "хотя", "хоть", "пусть", "все равно", "в любом случае", "и в том случае",
                 "и тогда", "в том числе", "как бы"),  # the ways a concession is said
        "unless": ("если только", "кроме как"), "without": ("без", "безо"),
        "emphatic": ("нельзя", "запрещ*", "категорическ*", "строго", "обязательно", "непременно", "противопоказ*"),
        "up-to": numbered("до", "ниже", "менее", "меньше"), "until": ("пока",), "if": ("если", "когда"),
        "or-several": tuple(f"{o} нескольк{e}" for o in ("или", "либо") for e in ("о", "их", "им", "ими")),
        "neutral": ("как только", "только что", "только для чтения", "только чтение"),
        "just": ("всего", "всего лишь", "сугубо", "чисто"),
        "however": (*sized("как что сколько где куда когда кто чем чего кому", "-", ("бы", "б")),
                    *sized("как", "ой ая ое ие ую им", ("бы",))),
    }, "ru"),
    terms={
        "doctor": ("врач", "доктор", "специалист", "медик", "медицинский", "фармацевт", "терапевт", "провизор",
                   "скорый помощь", "скорую*", "скорой*", "неотложный", "неотложк*", "экстренный", "больница",
                   "стационар"),  # (вызовите скорую: the ambulance; not «скорее», sooner)
        "medication": ("лекарство", "лекарственный", "препарат", "медикамент", "медикаментозный", "лечение",
                       "средство", "рецепт", "назначение"),  # "prescription": по рецепту, по назначению врача
        "pregnancy": ("беременность", "беременная", "беременный", "забеременеть"),
        "breastfeeding": ("грудной", "вскармливание", "кормление", "кормящий", "кормить", "лактация"),
        "children": ("ребёнок", "дети", "детский", "младенец", "малыш"),
        "alcohol": ("алкоголь", "алкогольный", "спиртное", "спиртной", "спиртный", "спирт", "этанол", "этиловый"),
        "driving": ("вождение", "водить", "руль", "автомобиль", "транспорт", "транспортный"),
        "machinery": ("механизм", "техника", "оборудование", "станок"),
        "overdose": ("передозировка",),
        "dependence": ("зависимость", "привыкание", "аддикция"),
        "withdrawal": ("отмена", "абстиненция", "абстинентный", "ломка"),
        "liver": ("печень", "печёночный", "печеночный"),
        "heart": ("сердце", "сердечный", "сердечно-сосудистый", "инфаркт", "пульс", "сердцебиение"),
        "interaction": ("взаимодействие", "взаимодействовать"),
        "allergy": ("аллергия", "аллергический", "аллерген"),
        "stopping": ("прекратить", "прекращать", "прекращение", "прервать", "прерывать", "отменить", "отменять",
                     "перестать", "переставать"),
        **SIGNS["ru"],
    },
    caps=("превыша*", "превыс*", "более", "больше", "свыше", "выше", "дольше", "чаще",
          *qualified(declined("доз", "а у ы е ой"), ("превыша*", "превосходящ*", "выше", "больше", "которая превыша*",
                                                     "которые превыша*"))),
)

_UK = Lexicon(
    negations=("не", "немає", "нема", "без", "уника*", "униклн*", "уникн*", "нічого", "нікого", "ніде", "нікуди",
               "утрим*", "натще", "натщесерце", "на порожній шлунок", "на голодний шлунок", "заборон*", "протипоказ*",
               "поза досяжністю", "поза зоною досяжності", *NOT_NEEDED["uk"]),
    implicit=("крім", "замість", "відсутн*", "лише", "тільки", "мало", "рідк*", "залиш*", *_REMAINS_UK, "якщо тільки",
              *IMPLIED["uk"],
              "якщо лише", "хіба що", "виключіть", "виключити", "виключати", "відмов*", *_PERSISTS_UK),
    concord=("ні", "ніколи", "ніщо", "нічим", "ніхто", "нікому", "ніким", "ніяк*", "жоден", "жодн*",
             "у жодному разі", "в жодному разі", "за жодних", "ні в якому разі", "жодним чином"),
    modality=_with_advice({
        "always": ("завжди", "ніколи", "щоразу", "кожного разу", "у жодному разі", "в жодному разі", "жодним чином",
                   "за жодних", "ні в якому разі"),
        "only": ("тільки", "лише", "лиш", "виключно", "винятково", "єдино"),
        "at-least": ("не менше", "не нижче", "щонайменше", "мінімум", "принаймні", "як мінімум", "або більше",
                     "і більше", "хоча б", "й більше", "і вище", "або вище", "і старше", "або старше", "мінімальн*",
                     "не менш*", "не рідше", "найменш*", "найнижч*",
                     *time_bounds(("не пізніше",), "за", _THAN_UK),
                     *time_bounds(("не раніше",), "через", _THAN_UK)),
        "at-most": ("не більше", "не більш*", "щонайбільше", "максимум", "не перевищ*", "не вище", "максимальн*",
                    "граничн*", *time_bounds(("не раніше",), "за", _THAN_UK),
                    *time_bounds(("не пізніше",), "через", _THAN_UK)),
        "must": ("повин*", "обов'язково", "обов’язково", "обовʼязково", "необхідн*", "потрібно", "треба", "важливо",
                 "вкрай важливо", "слід", "мусит*", "неодмінно"),
        "may": ("може", "можуть", "можете", "можна", "міг", "могла", "могло", "могли", "дозволя*", "допуска*",
                "можлив*", "потенційн*", *LEAVE["uk"]),
        "once": ("раз на день", "раз на добу", "раз на тиждень", "раз щодня", "одного разу на день",
                 "одного разу на добу", "одного разу на тиждень", "одноразово"),
        "twice": ("двічі", "вдвічі", "подвійн*", "подво*", "два рази", "2 рази", "двох разів", "2 разів",
                  "до 2 разів", "до 2 рази",
                  "вранці та ввечері", "вранці і ввечері", "вранці й ввечері", "зранку та ввечері",
                  *sized("на у в", "-", ("два прийоми", "2 прийоми", "дві дози", "2 дози")),
                  "двома дозами", "2 дозами", "двома прийомами", "2 прийомами"),  # «вводять двома дозами»
        "as-needed": ("за потреби", "за потребою", "при потребі", "у разі потреби", "в разі потреби",
                      "за необхідності", "при необхідності", "у разі необхідності", "в разі необхідності",
                      "якщо потрібно", "якщо необхідно"),
        "before-meals": ("до їжі", "перед їжею", "до прийому їжі", "перед прийомом їжі", "до сніданку",
                         "перед сніданком", "до обіду", "перед обідом", "до вечері", "перед вечерею"),
        "after-meals": ("після їжі", "після прийому їжі", "після сніданку", "після обіду", "після вечері"),
        "before": ("перед", "перш ніж", "заздалегідь", "до того як", "до того, як", "до сну", "до початку",
                   "до прийому", "до застосування", "до використання", "до операції", "до процедури"),
        "after": ("після", "по закінченні", "по завершенні", "по закінченню"),
        "with-food": ("під час їжі", "під час прийому їжі", "з їжею", "із їжею", "разом з їжею", "разом із їжею",
                      "під час сніданку", "під час обіду", "під час вечері"),
        "advised-against": ("протипоказ*",),
        "recommended": ("рекоменду*", "рекомендова*", "показаний", "показана", "показано", "показані"),
        "excepting": ("крім", "окрім", "за винятком", "за виключенням"),
        "including": ("включно з", "включно із", "зокрема", "в тому числі", "у тому числі", "включаючи"),
        "persists": (*_PERSISTS_UK, "зберігається", "зберігаються", "триває", "тривають"),
        "resolves": ("минає", "минають", "мине", "минуть", "минув", "минула", "минули", "проходить", "проходять",
                     "зникає", "зникають", "зникне", "зникнуть"),
        "increases": ("підвищу*", "підвищи*", "підвищен*", "підвищте", "збільшу*", "збільши*", "збільшен*",
                      "збільште", "посилю*", "посили*", "посильте", "погірш*"),
        "improves": ("покращ*", "поліпш*"),
        "worsens": ("погірш*",),
        "decreases": ("знижу*", "знизи*", "знижен*", "знизьте", "зменшу*", "зменши*", "зменшен*", "зменште",
                      "послаб*"),
        "stops": ("припин*", "перестань*", "перестати", "відмініть", "відмінити", "скасуй*"),
        "continues": ("продовжуйте", "продовжуй", "продовжувати", "продовжити", "продовжте", "продовжуючи",
                      "продовження"),
        "even": ("навіть", "попри", "незважаючи на", "хоча", "хоч", "хай", "все одно", "в будь-якому разі",
                 "і тоді", "й тоді", "і в тому разі", "й у тому разі", "зокрема й", "зокрема і", "в тому числі"),
        "unless": ("якщо тільки", "якщо лише", "хіба що", "крім як"), "without": ("без",),
        "emphatic": ("заборон*", "категорично", "категоричн*", "суворо", "обов'язково", "обов’язково", "обовʼязково",
                     "неодмінно", "протипоказ*"),
        "up-to": numbered("до", "нижче", "менше", "менш"), "until": ("доки", "поки", "допоки"),
        "or-several": tuple(f"{o} {de}кільк{e}" for o in ("або", "чи") for de in ("", "де")
                            for e in ("а", "ох", "ом", "ома")),
        "if": ("якщо", "коли"),
        "neutral": ("як тільки", "тільки-но", "тільки що", "тільки для читання", "лише для читання"),
        "just": ("всього", "усього", "суто", "чисто"),
        "however": (*sized("як що скільки де куди коли хто чим чого кому", "-", ("б", "би")),
                    *sized("як", "ий а е і у им", ("б", "би"))),
    }, "uk"),
    terms={
        "doctor": ("лікар", "доктор", "фахівець", "спеціаліст", "медик", "медичний", "фармацевт", "терапевт",
                   "швидкий допомога", "швидку*", "швидкої*", "невідкладний", "екстрений", "лікарня", "стаціонар"),
        "medication": ("ліки", "лікарський", "препарат", "медикамент", "медикаментозний", "лікування", "засіб",
                       "рецепт", "призначення"),  # "prescription": за рецептом, за призначенням лікаря
        "pregnancy": ("вагітність", "вагітна", "вагітний", "завагітніти", "при надія"),  # при надії: colloquial
        "breastfeeding": ("грудний", "вигодовування", "годування", "годувати", "годуючий", "лактація"),
        "children": ("дитина", "діти", "дитячий", "немовля", "малюк"),
        "alcohol": ("алкоголь", "алкогольний", "спиртне", "спиртний", "спирт", "етанол", "етиловий"),
        "driving": ("водіння", "кермо", "керувати", "автомобіль", "транспорт", "транспортний"),
        "machinery": ("механізм", "техніка", "обладнання", "устаткування", "верстат"),
        "overdose": ("передозування",),
        "dependence": ("залежність", "звикання", "адикція"),
        "withdrawal": ("відміна", "абстиненція", "абстинентний", "ломка"),
        "liver": ("печінка", "печінковий"),
        "heart": ("серце", "серцевий", "серцево-судинний", "інфаркт", "пульс", "серцебиття"),
        "interaction": ("взаємодія", "взаємодіяти"),
        "allergy": ("алергія", "алергічний", "алерген"),
        "stopping": ("припинити", "припиняти", "припинення", "перервати", "переривати", "відмінити", "відміняти",
                     "скасувати",
                     "перестати", "переставати"),
        **SIGNS["uk"],
    },
    caps=("перевищ*", "більш*", "понад", "вище", "довше", "частіше", *sized("вищ", "е у а ий ої і их", ("за",)),
          *qualified(declined("доз", "а у и і ою"), ("перевищ*", "що перевищ*", "яка перевищ*", "які перевищ*",
                                                     "вище", "більш*", *sized("вищ", "е у а ий ої і их", ("за",))))),
)


BUILTIN: dict[str, Lexicon] = {code: replace(lexicon, opposites=OPPOSITES[code])
                                for code, lexicon in (("en", _EN), ("ru", _RU), ("uk", _UK))} | OTHERS
