"""Lexicons of advice and risk softened or turned, for rules/lexicons.py: optional, preferably, rarely (a translation
that adds one softens what the source asks or warns of), serious ↔ mild and a dose's or a risk's size (larger ↔
smaller), in en, ru and uk."""

from __future__ import annotations

from stele.rules.phrases import declined, negated, sized

__all__ = ["ADVICE", "IMPLIED", "LEAVE", "LITOTES", "NOT_NEEDED", "OPPOSITES"]

# Leave to see a professional («можно проконсультироваться с врачом» for "consult a doctor"): a permission where the
# source gives an instruction (none where it says may or can: "you can always talk to your doctor"); a may too.
_MAY = {"en": "may can could might", "ru": "можно можете можешь", "uk": "можна можете можеш"}
_MIDDLE = {"en": "also still just", "ru": "также тоже сразу просто", "uk": "також теж одразу просто"}  # not always
_SEEING = {
    "en": ("consult*", "talk to", "speak to", "speak with", "ask", "contact", "seek", "want to", "wish to", "call",
           "visit", *sized("see", "-", ("a doctor", "your doctor", "a pharmacist", "your pharmacist", "a specialist",
                                        "a gp", "your gp", "a healthcare professional"))),
    "ru": ("проконсульт*", "консульт*", "обратиться", "обращаться", "посоветоваться", "советоваться", "поговорить",
           "спросить", "связаться", "записаться", "показаться", "уточнить", "сходить"),
    "uk": ("проконсульт*", "консульт*", "звернутися", "звертатися", "порадитися", "радитися", "поговорити", "запитати",
           "зв'язатися", "зв’язатися", "записатися", "показатися", "уточнити", "піти", "сходити"),
}
LEAVE = {language: tuple(" ".join(word for word in (may, middle, seeing) if word) for may in mays.split()
                         for middle in ("", *_MIDDLE[language].split()) for seeing in _SEEING[language])
         for language, mays in _MAY.items()}
# "Not necessary": optional, and a negation (a translation may say it with none, «по желанию», or with one).
NOT_NEEDED = {
    "en": ("not necessary", "not necessarily", "not required", "not obligatory", "not mandatory", "not needed",
           "no need", "need not", "not need", "not have to"),
    "ru": ("не обязательно", "не обязателен", "не обязательна", "не обязательны", "нет необходимости",
           "нет нужды"),
    "uk": ("не обов'язково", "не обов’язково", "не обовʼязково", "немає потреби", "нема потреби",
           "немає необхідності"),
}
# Words with a negation in their meaning that a translation may say with one or none ("optional": «не обязательно»;
# "not dangerous": «неопасно»; "not likely": «вряд ли»).
# Prevent: keep from happening, which a translation may say with a negation («чтобы мышцы не болели») or without one
# («предотвращает»; not «предупреждать», which warns too); a class so that the verb on both sides pairs off, neither
# then standing for a negation the other text lost or added (verdicts._rendered_implicits).
_PREVENTS = {"en": ("prevent*",), "ru": ("предотвра*", "профилакт*"), "uk": ("запобіг*", "запобіга*", "профілакт*")}
# A claim hedged ("may help", «может помочь», «можливо, допоможе»): a translation that drops the hedge makes the claim
# a promise («точно поможет», «поможет»); one that adds it («может уменьшить» for "reduces") is freer, not counted
# (translators say «не может» for "cannot", «может быть» for "maybe").
_HEDGED_EN = sized("may might could", "-", ("help", "help to", "reduce", "relieve", "ease", "improve", "lower",
                                             "prevent", "support", "protect", "shorten", "speed up", "boost",
                                             "benefit", "work", "be effective", "be helpful", "aid", "lessen"))
_HEDGES = {"en": _HEDGED_EN,
           "ru": ("может", "могут", "может быть", "возможно", "вероятно", "способн*", "способен",
                  "предположительно", "не исключено", "ли"),  # («поможет ли»: whether it could help)
           "uk": ("може", "можуть", "можливо", "ймовірно", "імовірно", "здатн*", "здатен", "мабуть", "вірогідно",
                  "не виключено", "чи")}
# Who a dose or a claim is for: adults turned children or back («Мелатонин может помочь детям» for "…adults").
_FOR_WHOM = {
    "en": {"adults": ("adult", "adults", "adulthood", "grown-ups"),
           "children": ("child", "children", "childhood", "kids", "infant*", "baby", "babies", "toddler*",
                        "adolescent*", "teenager*")},
    "ru": {"adults": declined("взросл", "ый ая ое ые ого ой ых ым ому ыми ую ом"),
           "children": ("дети", "детей", "детям", "детьми", "детях", "ребенок", "ребенка", "ребенку", "ребенком",
                        "ребенке", "детск*", "младенец", "младенц*", "малыш*", "подрост*")},
    "uk": {"adults": declined("доросл", "ий а е і ого ої их им ому ими ій у ою"),
           "children": ("діти", "дітей", "дітям", "дітьми", "дітях", "дитин*", "дитяч*", "немовл*", "малюк*",
                        "підліт*", "підлітк*")},
}
# A risk word negated, one phrase: "not dangerous" is mild, «не безопасно» serious (none or one negation, IMPLIED),
# so that «не опасно» for "not dangerous" turns no mild into serious; with the copula between them too («не является
# безопасным», «не є безпечним»).
_COPULAS = {"ru": ("", "является ", "являются "), "uk": ("", "є ")}


def _denied(language: str, *words: str) -> tuple[str, ...]:
    return negated(*(f"{copula}{word}" for copula in _COPULAS[language] for word in words))


_NOT_SERIOUS = {"en": ("not serious", "not severe", "not dangerous", "not life-threatening", "not harmful",
                       "not hazardous"),
                "ru": _denied("ru", "опасн*", "опасен", "серьезн*", "серьезен", "тяжел*", "смертельн*", "угрожающ*",
                              "вредн*", "вреден", "небезопасн*", "небезопасен"),
                "uk": _denied("uk", "небезпечн*", "серйозн*", "тяжк*", "смертельн*", "загрозлив*", "шкідлив*")}
_NOT_MILD = {"en": ("not safe",), "ru": _denied("ru", "безопасн*", "безопасен"), "uk": _denied("uk", "безпечн*")}
IMPLIED = {
    "en": ("optional*", "voluntary", "not likely", *_NOT_SERIOUS["en"], *_NOT_MILD["en"],
           # negated by a prefix or a suffix, which translations say with a word («не определено», "sin asignar",
           # "Nicht bestimmt", «без темы», "sans emploi"): found in GNU Health's, Plone's and Django's catalogs
           "unassign*", "unidentified", "undetermined", "unspecified", "unchanged", "unset", "unsure", "unreliable",
           "unverified", "unconfirmed", "unprotected", "uninsured", "unemployed", "untreated", "unvaccinated",
           "uncontrolled", "unconscious*", "unresponsive", "unstable", "unauthori*", "untranslated", "unstyled",
           "unthemed", "unlimited", "undecodable", "irregular*", "incomprehensible", "inadequate*",
           "disallow*", "homeless", "hopeless", "regardless", "abnormal*"),
    "ru": ("необязательн*", "несерьезн*", "несерьезен", "вряд ли", "едва ли", "не исключено", *_PREVENTS["ru"],
           *_NOT_SERIOUS["ru"], *_NOT_MILD["ru"]),
    "uk": ("необов'язков*", "необов’язков*", "необовʼязков*", "несерйозн*", "навряд чи", "навряд", "не виключено",
           *_PREVENTS["uk"], *_NOT_SERIOUS["uk"], *_NOT_MILD["uk"]),
}
# A word and the same word negated by a prefix ("safe", "unsafe"; «безопасно», «небезопасно»), by its meaning: the
# negated one may render a negation or not ("not safe" and "dangerous" are both «небезопасно»: an implicit
# negation), and is one where the other text says the word itself ("safe" → «небезопасно» adds a negation, "unsafe"
# → «безопасно» drops one). Ukrainian «небезпечно» is "dangerous" and "not safe" alike.
OPPOSITES: dict[str, dict[str, tuple[tuple[str, ...], tuple[str, ...]]]] = {
    "en": {"safe": (("safe", "safely", "safer", "safest", *_NOT_MILD["en"]), ("unsafe",)),
           "harmful": (("harmful", "dangerous", "hazardous"), ("harmless", "non-hazardous")),
           "possible": (("possible",), ("impossible",)),
           "available": (("available", "accessible"), ("unavailable", "inaccessible")),
           "known": (("known",), ("unknown",)),
           "acceptable": (("acceptable", "permissible"), ("unacceptable", "impermissible")),
           "desirable": (("desirable", "advisable"), ("undesirable", "inadvisable")),
           "effective": (("effective", "effectively", "useful"), ("ineffective", "useless")),
           "valid": (("valid", "correct", "correctly"), ("invalid", "incorrect*")),
           "sufficient": (("sufficient", "sufficiently", "enough"), ("insufficient*",))},
    "ru": {"safe": (("безопасн*", "безопасен", *_NOT_MILD["ru"]), ("небезопасн*", "небезопасен")),
           "harmful": (("опасн*", "опасен", "вредн*", "вреден"), ("неопасн*", "неопасен", "безвредн*", "безвреден")),
           "possible": (("возможн*", "возможен"), ("невозможн*", "невозможен")),
           "available": (("доступн*", "доступен"), ("недоступн*", "недоступен")),
           "known": (("известн*", "известен"), ("неизвестн*", "неизвестен")),
           "acceptable": (("допустим*", "приемлем*"), ("недопустим*", "неприемлем*")),
           "desirable": (("желательн*", "желателен"), ("нежелательн*", "нежелателен")),
           "effective": (("эффективн*", "эффективен", "полезн*", "полезен"),
                         ("неэффективн*", "неэффективен", "бесполезн*", "бесполезен")),
           "valid": (("верн*", "верен", "корректн*", "корректен", "правильн*", "правилен", "действительн*"),
                     ("неверн*", "неверен", "некорректн*", "некорректен", "неправильн*", "неправилен",
                      "недействительн*")),
           "sufficient": (("достаточн*", "достаточен"), ("недостаточн*", "недостаточен"))},
    "uk": {"safe": (("безпечн*", *_NOT_MILD["uk"]), ("небезпечн*",)),
           "harmful": (("шкідлив*",), ("нешкідлив*",)),
           "possible": (("можлив*",), ("неможлив*",)),
           "available": (("доступн*",), ("недоступн*",)),
           "known": (("відом*",), ("невідом*",)),
           "acceptable": (("припустим*", "прийнятн*", "допустим*"), ("неприпустим*", "неприйнятн*", "недопустим*")),
           "desirable": (("бажан*",), ("небажан*",)),
           "effective": (("ефективн*", "корисн*"), ("неефективн*", "некорисн*", "марн*")),
           "valid": (("вірн*", "коректн*", "правильн*", "дійсн*"),
                     ("невірн*", "некоректн*", "неправильн*", "недійсн*")),
           "sufficient": (("достатн*",), ("недостатн*",))},
}
LITOTES = ("not unusual", "not uncommon", "not unlikely", "not rare", "not infrequent*")  # none or one negation
_RARE_EN = ("not likely", *LITOTES)  # «не редкость» for "not unusual": a litotes, no "rarely" added


def _urgent_leave(language: str, word: str) -> tuple[str, ...]:
    """The leave phrases that hold ``word`` (at once: «можно сразу обратиться»), which say it too."""
    return tuple(phrase for phrase in LEAVE[language] if f" {word} " in phrase)


# A dose per dose (at a time) or per time (a day, an hour): "15 mg/kg per dose" said «15 мг/кг в сутки» is a day's
# dose four times too small, or a dose four times too large; a text that says both is compared by its numbers.
_RATES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {"per-dose": ("per dose", "each dose", "every dose", "at a time", "each time", "per single dose",
                        "in a single dose", "as a single dose", "per administration", "per serving",
                        "each serving", "per portion"),
           "per-time": ("per day", "a day", "daily", "per hour", "an hour", "hourly", "per week", "a week", "weekly",
                        "per 24 hours", "in 24 hours", "every 24 hours", "in a day")},
    "ru": {"per-dose": ("на прием", "за прием", "на один прием", "за один прием", "за раз", "каждый раз", "разов*",
                        "однократн*", "на порцию", "за порцию"),
           "per-time": ("в день", "в сутки", "за сутки", "за день", "в час", "ежедневно", "в неделю", "за неделю",
                        "за 24 часа", "в течение суток", "в течение дня", "ежечасно")},
    "uk": {"per-dose": ("на прийом", "за прийом", "на один прийом", "за один прийом", "за раз", "кожного разу",
                        "щоразу", "разов*", "одноразов*", "на порцію", "за порцію"),
           "per-time": ("на день", "на добу", "за добу", "за день", "на годину", "щодня", "щоденно", "на тиждень",
                        "за тиждень", "за 24 години", "протягом доби", "протягом дня", "щогодини")},
}
ADVICE: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "optional": ("optional*", "unnecessary", *NOT_NEEDED["en"], "if you wish", "if you like",
                     "if you want", "if you prefer", "formality", "formalities", "up to you", "voluntary",
                     "at your discretion", "at your own discretion", "don't need", "doesn't need", "don’t need",
                     "doesn’t need", "don't have to", "doesn't have to", "don’t have to", "doesn’t have to", "needn't",
                     "needn’t"),
        "leave": (*LEAVE["en"], "feel free"),
        "rarely": ("rare*", "seldom", "unlikely", "hardly", "infrequent*", "uncommon*", *_RARE_EN, "low chance",
                   "small chance", "very low", "very few", "few cases", "isolated cases", "isolated reports",
                   "single cases"),
        # often, which rarely turned into is a risk played down ("side effects are common" → «встречаются редко») or
        # played up; a litotes says it too (not unusual: «не редкость», «нередко», «часто»)
        "often": ("often", "frequent", "frequently", "common", "commonly", *LITOTES),
        "preferably": ("preferabl*", "ideally", "if possible", "where possible", "when possible", "whenever possible",
                       "if you can", "advis*", "suggest*", "recommend*", "desirabl*", "best", "better",
                       "should", "try to", "try not to", "improv*", "worth", "makes sense", "may want to",
                       "might want to", "good idea", "wise"),
        # at once: a translation that drops it puts off what the source says to do now ("call a doctor at once" →
        # «вызовите врача через неделю»); one that adds it stresses it
        "urgent": ("immediately", "right away", "straight away", "urgently", "without delay", "promptly",
                   "as soon as possible", "instantly",
                   # "at once" after what is to be done ("2 tablets at once" is at a time)
                   *(f"{what} at once" for what in ("doctor", "pharmacist", "help", "ambulance", "attention")),
                   "at once if", "at once when"),
        "proven": ("prove*", "proof", "evidence", "demonstrat*", "establish*", "confirm*", "clinically shown",
                   "shown to", "has shown", "have shown", "showed", "definitely", "certainly", "clearly", "obvious*",
                   "no doubt", "undoubtedly", "guarantee*", "scientifically", "verif*"),
        # safe is mild, a risk played down to none: "safe" → «опасно» turns it into serious, as "unsafe" → «безопасно»
        "serious": ("serious*", "severe*", "dangerous", "life-threatening", "fatal", "grave", "unsafe",
                    *_NOT_MILD["en"], "harmful", "hazardous"),
        "mild": ("mild*", "minor", "slight*", "harmless", "trivial", "insignificant", "moderate*", *_NOT_SERIOUS["en"],
                 "safe", "safely"),
        "larger": (*sized("high higher highest large larger largest big bigger greater", "-",
                          ("dose*", "dosag*", "risk*")),
                   "risk is higher", "risk is greater", "risks are higher", "risks are greater", "risk is increased",
                   "plenty of", "lots of", "a lot of", *sized("large", "-", ("amount*", "quantit*"))),  # of water
        "smaller": (*sized("low lower lowest small smaller smallest moderate", "-", ("dose*", "dosag*", "risk*")),
                    "risk is lower", "risk is smaller", "risks are lower", "risk is reduced",  # the size said after
                    *sized("small", "-", ("amount*", "quantit*")), "a little", "a bit of"),
        "most": ("most", "majority", "many"),  # of people: a claim made of few, or of most
        "few": ("few", "minority", "very few"),
        "temporary": ("temporar*", "transient", "short-term", "short-lived"),
        "permanent": ("permanent*", "irreversib*", "long-term", "long-lasting", "lasting", "lifelong"),
        "than": ("than",),
        **_RATES["en"], **_FOR_WHOM["en"], "prevents": _PREVENTS["en"], "hedged": _HEDGES["en"],
        "may": _HEDGED_EN,  # (their longer phrase hides the may in them)
    },
    "ru": {
        "optional": ("необязательн*", *NOT_NEEDED["ru"], "при желании", "по желанию", "если хотите",
                     "если захотите", "если пожелаете", "формальност*", "по своему усмотрению", "на ваше усмотрение",
                     "на свое усмотрение"),
        "leave": LEAVE["ru"],
        "rarely": ("редк*", "изредка", "вряд ли", "едва ли", "маловероятн*", "единичн*"),
        "often": ("часто", *declined("част", "ый ая ое ые ых ым ыми ой ую а ы"), "нередк*", "не редкость", "не редко",
                  "не редки", "распространен*"),
        "preferably": ("желательн*", "по возможности", "по мере возможности", "если возможно", "при возможности",
                       "лучше", "предпочтительн*", "рекомендуется", "рекомендуем", "рекомендую", "рекомендовано",
                       "рекомендуют", "советуем", "советуется", "старайтесь", "постарайтесь", "стоит", "стоило бы",
                       "имеет смысл", "есть смысл", "разумно", "целесообразно"),  # not «рекомендация»
        "urgent": (*_urgent_leave("ru", "сразу"), "сразу", "немедленно", "срочно", "тотчас", "безотлагательно",
                   "незамедлительно", "как можно скорее", "как можно быстрее", "без промедления", "мгновенно",
                   "моментально"),
        "proven": ("доказ*", "подтверждено", "подтверждены", "подтвердили", "подтверждают", "подтверждает",
                   "подтвердило", "подтвердила", "научно установлено", "однозначно", "несомненно",
                   "безусловно", "гарантир*", "с уверенностью"),
        "serious": ("серьезн*", "серьезен", "тяжел*", "опасн*", "опасен", "смертельн*", "угрожающ*", "небезопасн*",
                    "небезопасен", "вредн*", "вреден", *_NOT_MILD["ru"]),
        "mild": (*declined("легк", "ая ой ую ое ие ого ом ий"), *declined("слаб", "ая ой ую ое ые ых"), "незначительн*",
                 "несерьезн*", "несерьезен", "безвредн*", "безвреден", "безобидн*", "безобиден", "неопасн*",
                 "неопасен", "умеренн*", "безопасн*", "безопасен", *_NOT_SERIOUS["ru"]),
        "larger": (*sized("высок больш крупн", "ая ой ей ую ое ие их им ими", ("доз*", "риск*")),
                   *sized("повышенн", "ая ой ую ое ые ых ым ыми", ("доз*", "риск*")),
                   "риск выше", "риск больше", "риск повышен", "риски выше", "выше риск", "больше риск", "много",
                   "обильн*", *sized("больш", "ое ого ом им", ("количеств*",))),
        "smaller": (*sized("низк меньш небольш умеренн", "ая ой ей ую ое ие их им ими", ("доз*", "риск*")),
                    *sized("мал", "ая ой ую ое ые ых ым ыми", ("доз*", "риск*")),
                    "риск ниже", "риск меньше", "риск снижен", "риски ниже", "ниже риск", "меньше риск", "мало",
                    "немного", *sized("небольш маленьк", "ое ого ом им", ("количеств*",))),
        "most": ("большинств*", "многие", "многих", "многим", "многими"),
        "few": ("немногие", "немногих", "немногим", "немногими", "меньшинств*", "единицы"),
        "temporary": ("временн*", "кратковременн*", "краткосрочн*", "преходящ*"),
        "permanent": ("постоянн*", "необратим*", "длительн*", "долгосрочн*", "долговременн*", "стойк*", "пожизненн*"),
        "than": ("чем",),
        **_RATES["ru"], **_FOR_WHOM["ru"], "prevents": _PREVENTS["ru"], "hedged": _HEDGES["ru"],
        "may": ("может быть",),  # (a hedge too, whose phrase hides the «может» in it)
        # the phrases that hold «лучше» and say no "preferably": feel better, it got better
        "neutral": ("стал лучше", "стала лучше", "стало лучше", "стали лучше", "станет лучше", "станут лучше",
                    "становится лучше", "себя лучше", "лучше себя"),
    },
    "uk": {
        "optional": ("необов'язков*", "необов’язков*", "необовʼязков*", *NOT_NEEDED["uk"],
                     "за бажанням", "якщо хочете", "якщо бажаєте", "формальніст*", "на свій розсуд", "на ваш розсуд",
                     "за власним бажанням"),
        "leave": LEAVE["uk"],
        "rarely": ("рідко", "рідкісн*", "зрідка", "навряд чи", "навряд", "малоймовірн*", "поодинок*", "одиничн*"),
        "often": ("часто", *declined("част", "ий а е і их им ими ої у"), "нерідк*", "не рідкість", "не рідко",
                  "поширен*"),
        "preferably": ("бажано", "за можливості", "по можливості", "якщо можливо", "краще", "ліпше", "рекомендується",
                       "рекомендуємо", "рекомендовано", "рекомендують", "радимо", "радять", "намагайтеся",
                       "постарайтеся", "старайтеся", "варто", "має сенс", "є сенс", "доцільно",
                       "розумно"),
        "urgent": (*_urgent_leave("uk", "одразу"), "одразу", "відразу", "зразу", "негайно", "терміново",
                   "невідкладно", "якнайшвидше", "якомога швидше", "без зволікання", "миттєво"),
        "proven": ("доведен*", "довели", "доводять", "доказ*", "підтверджено", "підтвердили", "підтверджують",
                   "підтверджує", "підтвердило", "підтвердила", "науково встановлено",
                   "однозначно", "безсумнівно", "безумовно", "гарант*", "з упевненістю"),
        "serious": ("серйозн*", "тяжк*", *declined("важк", "а ої у і их ий ого е"), "небезпечн*", "смертельн*",
                    "загрозлив*", "шкідлив*", *_NOT_MILD["uk"]),
        "mild": (*declined("легк", "а ої у і их ий ого е"), "незначн*", "несерйозн*", "нешкідлив*", "помірн*",
                 "безпечн*", *_NOT_SERIOUS["uk"]),
        "larger": (*sized("висок велик вищ більш підвищен", "а ої у і их ими ою ий ого им", ("доз*", "ризик*")),
                   "ризик вищий", "ризик більший", "ризик підвищений", "ризики вищі", "ризик вище", "багато",
                   "рясн*", *sized("велик", "а ої у ій ою", ("кількість", "кількості", "кількістю"))),
        "smaller": (*sized("низьк нижч менш мал невелик помірн", "а ої у і их ими ою ий ого им", ("доз*", "ризик*")),
                    "ризик нижчий", "ризик менший", "ризик знижений", "ризики нижчі", "ризик нижче", "мало",
                    "трохи", "небагато",
                    *sized("невелик мал", "а ої у ій ою", ("кількість", "кількості", "кількістю"))),
        "most": ("більшість", "більшості", "більшістю", "багато хто", "багатьох"),
        "few": ("небагато хто", "небагатьох", "меншість", "меншості", "одиниці"),
        "temporary": ("тимчасов*", "короткочасн*", "короткотривал*", "короткостроков*", "минущ*"),
        "permanent": ("постійн*", "незворотн*", "тривал*", "довготривал*", "довгостроков*", "стійк*", "довічн*"),
        "than": ("ніж",),
        **_RATES["uk"], **_FOR_WHOM["uk"], "prevents": _PREVENTS["uk"], "hedged": _HEDGES["uk"],
        "neutral": ("став краще", "стала краще", "стало краще", "стали краще", "стане краще", "краще себе",
                    "себе краще"),
    },
}
