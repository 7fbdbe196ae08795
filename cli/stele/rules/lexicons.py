"""Lexicons: per-locale words of negation, modality and safety terms that the meaning rules count.

Each entry is a word or phrase; a trailing ``*`` matches any ending (``избега*``: избегать, избегайте…).
stele.toml adds words per locale (``[meaning.ru] negations = [...]``); these are the built-in ones, for en,
ru, uk and the ten most translated languages of the Django and Sphinx catalogs: de, fr, es, it, pt, pl, nl,
ja, zh, tr (a regional locale, pt_BR or zh_Hans, uses its language's lexicon).
"""

from __future__ import annotations

from stele.model import MODALITY_CLASSES, Lexicon

__all__ = ["BUILTIN", "MODALITY_CLASSES", "SAFETY_CONCEPTS", "STRICT_CLASSES", "UNSPACED"]
STRICT_CLASSES = ("always", "only", "at-least", "at-most", "once", "twice")  # must and may: only a swap counts
# The safety concepts the coverage rule looks for in a disclaimer's source and its translation.
SAFETY_CONCEPTS = (
    "doctor", "medication", "pregnancy", "breastfeeding", "children", "alcohol", "driving", "overdose",
    "dependence", "withdrawal", "liver", "heart", "interaction", "allergy",
)


_EN = Lexicon(
    negations=("not", "*n't", "*n’t", "cannot", "no", "never", "none", "nothing", "nobody", "nowhere", "neither",
               "without", "unless", "avoid*", "refrain*"),
    implicit=("persist*", "lack*", "fail*", "unable", "absen*", "refus*", "prevent*", "instead of", "rather than",
              "except*", "free of", "free from", "remain*", "stay*", "keep*", "only", "unless", "miss*", "lose",
              "loses", "lost", "little", "few", "rare*", "hardly", "little to no"),
    modality={
        "always": ("always", "never", "every time", "at all times", "under no circumstances"),
        "only": ("only", "solely", "exclusively"),
        "at-least": ("at least", "no less than", "not less than", "minimum", "or more"),
        "at-most": ("at most", "no more than", "not more than", "maximum", "not exceed*", "do not exceed"),
        "must": ("must", "have to", "has to", "need to", "needs to", "essential", "crucial", "required",
                 "necessary", "mandatory", "important", "should", "vital", "need", "needs", "needed"),
        "may": ("may", "might", "can", "could", "allowed", "permitted", "possibl*", "potential*", "it is fine to",
                "it is ok to", "it's fine to", "it’s fine to"),
        "once": ("once a day", "once daily", "once per day", "once a week"),
        "twice": ("twice",),
    },
    terms={
        "doctor": ("doctor*", "physician*", "health care professional*", "healthcare professional*",
                   "healthcare provider*", "health care provider*", "medical professional*", "pharmacist*"),
        "medication": ("medication*", "medicine*", "drug*", "prescription*"),
        "pregnancy": ("pregnan*",),
        "breastfeeding": ("breastfe*", "breast-fe*", "lactat*", "nursing"),
        "children": ("child*", "kids", "infant*"),
        "alcohol": ("alcohol*",),
        "driving": ("driv*", "operat* machinery", "heavy machinery"),
        "overdose": ("overdos*",),
        "dependence": ("dependen*", "addict*"),
        "withdrawal": ("withdrawal*",),
        "liver": ("liver*",),
        "heart": ("heart", "hearts", "cardiac", "cardiovascular"),
        "interaction": ("interact*",),
        "allergy": ("allerg*",),
    },
)

_RU = Lexicon(
    negations=("не", "нет", "нельзя", "без", "безо", "избега*", "избег*", "нечего", "некого", "негде", "некуда",
               "воздерж*"),
    implicit=("кроме", "вместо", "отсутств*", "лишь", "только", "мало", "редк*", "остал*", "сохраня*"),
    concord=("ни", "никогда", "ничего", "ничто", "ничем", "никто", "никого", "никому", "никем", "никак*",
             "нигде", "никуда", "ниоткуда", "ничей", "ничьи*"),
    modality={
        "always": ("всегда", "никогда", "каждый раз", "ни в коем случае", "ни при каких"),
        "only": ("только", "лишь", "исключительно", "единственно"),
        "at-least": ("не менее", "не меньше", "минимум", "как минимум", "по крайней мере", "по меньшей мере",
                     "или больше", "или более", "и более", "и больше"),
        "at-most": ("не более", "не больше", "максимум", "не превыша*", "не выше"),
        "must": ("должн*", "обязательно", "обязан*", "необходим*", "нужно", "надо", "важно", "крайне важно",
                 "требуется", "следует", "непременно"),
        "may": ("может", "могут", "можете", "можно", "мог", "могла", "могло", "могли", "разреша*", "допуска*",
                "вправе", "возможн*", "потенциальн*"),
        "once": ("один раз", "раз в день", "раз в сутки", "раз в неделю", "однократно"),
        "twice": ("дважды", "два раза", "2 раза"),
    },
    terms={
        "doctor": ("врач", "доктор", "специалист", "медик", "медицинский", "фармацевт", "терапевт", "провизор"),
        "medication": ("лекарство", "лекарственный", "препарат", "медикамент", "медикаментозный"),
        "pregnancy": ("беременность", "беременная", "беременный"),
        "breastfeeding": ("грудной", "вскармливание", "кормление", "кормящий", "кормить", "лактация"),
        "children": ("ребёнок", "дети", "детский", "младенец"),
        "alcohol": ("алкоголь", "алкогольный", "спиртное", "спиртной", "спиртный"),
        "driving": ("вождение", "водить", "руль", "автомобиль", "транспорт", "транспортный", "механизм"),
        "overdose": ("передозировка",),
        "dependence": ("зависимость", "привыкание", "аддикция"),
        "withdrawal": ("отмена", "абстиненция", "абстинентный", "ломка"),
        "liver": ("печень", "печёночный", "печеночный"),
        "heart": ("сердце", "сердечный", "сердечно-сосудистый"),
        "interaction": ("взаимодействие", "взаимодействовать"),
        "allergy": ("аллергия", "аллергический", "аллерген"),
    },
)

_UK = Lexicon(
    negations=("не", "немає", "нема", "без", "уника*", "униклн*", "уникн*", "нічого", "нікого", "ніде", "нікуди",
               "утрим*"),
    implicit=("крім", "замість", "відсутн*", "лише", "тільки", "мало", "рідк*", "залиш*", "зберіга*"),
    concord=("ні", "ніколи", "ніщо", "нічим", "ніхто", "нікому", "ніким", "ніяк*", "жоден", "жодн*"),
    modality={
        "always": ("завжди", "ніколи", "щоразу", "кожного разу", "у жодному разі", "в жодному разі",
                   "за жодних"),
        "only": ("тільки", "лише", "лиш", "виключно", "винятково", "єдино"),
        "at-least": ("не менше", "щонайменше", "мінімум", "принаймні", "як мінімум", "або більше", "і більше",
                     "й більше"),
        "at-most": ("не більше", "щонайбільше", "максимум", "не перевищ*", "не вище"),
        "must": ("повин*", "обов'язково", "обов’язково", "необхідн*", "потрібно", "треба", "важливо",
                 "вкрай важливо", "слід", "мусит*", "неодмінно"),
        "may": ("може", "можуть", "можете", "можна", "міг", "могла", "могло", "могли", "дозволя*", "допуска*",
                "можлив*", "потенційн*"),
        "once": ("один раз", "раз на день", "раз на добу", "раз на тиждень", "одноразово"),
        "twice": ("двічі", "два рази", "2 рази"),
    },
    terms={
        "doctor": ("лікар", "доктор", "фахівець", "спеціаліст", "медик", "медичний", "фармацевт", "терапевт"),
        "medication": ("ліки", "лікарський", "препарат", "медикамент", "медикаментозний"),
        "pregnancy": ("вагітність", "вагітна", "вагітний"),
        "breastfeeding": ("грудний", "вигодовування", "годування", "годувати", "годуючий", "лактація"),
        "children": ("дитина", "діти", "дитячий", "немовля"),
        "alcohol": ("алкоголь", "алкогольний", "спиртне", "спиртний"),
        "driving": ("водіння", "кермо", "керувати", "автомобіль", "транспорт", "транспортний", "механізм"),
        "overdose": ("передозування",),
        "dependence": ("залежність", "звикання", "адикція"),
        "withdrawal": ("відміна", "абстиненція", "абстинентний", "ломка"),
        "liver": ("печінка", "печінковий"),
        "heart": ("серце", "серцевий", "серцево-судинний"),
        "interaction": ("взаємодія", "взаємодіяти"),
        "allergy": ("алергія", "алергічний", "алерген"),
    },
)


def _simple(negations: str, concord: str = "", **modality: str) -> Lexicon:
    """A lexicon from space-separated words (``_`` joins the words of a phrase)."""
    def words(text: str) -> tuple[str, ...]:
        return tuple(word.replace("_", " ") for word in text.split())
    return Lexicon(negations=words(negations), concord=words(concord),
                   modality={name.replace("_", "-"): words(text) for name, text in modality.items()})


BUILTIN: dict[str, Lexicon] = {
    "en": _EN,
    "ru": _RU,
    "uk": _UK,
    "de": _simple("nicht nie niemals kein* ohne nichts niemand nirgends weder vermeid*",
                  always="immer niemals jedes_Mal", only="nur ausschließlich", at_least="mindestens",
                  at_most="höchstens maximal", must="muss müssen musst unbedingt erforderlich notwendig",
                  may="darf dürfen kann können könnte", twice="zweimal"),
    "fr": _simple("ne n' n’ sans non", "jamais rien personne aucun* pas",
                  always="toujours jamais", only="seulement uniquement exclusivement", at_least="au_moins",
                  at_most="au_plus maximum", must="doit doivent devez faut obligatoire nécessaire essentiel",
                  may="peut peuvent pouvez pourrait", twice="deux_fois"),
    "es": _simple("no sin", "nunca jamás nada nadie ningún ninguna ninguno tampoco ni",
                  always="siempre nunca jamás", only="solo sólo solamente únicamente", at_least="al_menos",
                  at_most="como_máximo máximo", must="debe deben debes obligatorio necesario imprescindible",
                  may="puede pueden puedes podría", twice="dos_veces"),
    "it": _simple("non senza né", "mai niente nulla nessuno nessun* neanche",
                  always="sempre mai", only="solo soltanto solamente esclusivamente", at_least="almeno",
                  at_most="al_massimo massimo", must="deve devono devi obbligatorio necessario essenziale",
                  may="può possono puoi potrebbe", twice="due_volte"),
    "pt": _simple("não sem", "nunca jamais nada ninguém nenhum nenhuma nem",
                  always="sempre nunca", only="apenas somente só exclusivamente", at_least="pelo_menos",
                  at_most="no_máximo máximo", must="deve devem obrigatório necessário essencial",
                  may="pode podem poderia", twice="duas_vezes"),
    "pl": _simple("nie bez unika*", "nigdy nic niczego nikt nikogo żaden żadn* ani",
                  always="zawsze nigdy", only="tylko jedynie wyłącznie", at_least="co_najmniej przynajmniej",
                  at_most="co_najwyżej maksymalnie", must="musi muszą musisz należy trzeba konieczn*",
                  may="może mogą możesz można", twice="dwa_razy dwukrotnie"),
    "nl": _simple("niet geen nooit zonder niets niemand nergens vermijd*",
                  always="altijd nooit", only="alleen slechts uitsluitend", at_least="ten_minste minstens",
                  at_most="ten_hoogste hoogstens maximaal", must="moet moeten verplicht noodzakelijk",
                  may="mag mogen kan kunnen", twice="tweemaal twee_keer"),
    "tr": _simple("değil yok asla hiç hiçbir olmadan olmaksızın", always="her_zaman asla daima",
                  only="sadece yalnızca yalnız", at_least="en_az", at_most="en_fazla en_çok",
                  must="zorunlu gerekli gerekir", twice="iki_kez iki_defa"),
}
# Japanese and Chinese write no spaces between words: their entries match anywhere (see meaning._pattern).
BUILTIN["ja"] = Lexicon(
    negations=("ない", "ません", "なし", "せず", "禁止", "不可", "無し"),
    modality={"always": ("常に", "必ず", "絶対"), "only": ("のみ", "だけ"), "at-least": ("以上", "少なくとも"),
              "at-most": ("以下", "以内", "最大"), "must": ("必要", "なければなりません", "必須"),
              "may": ("可能", "できます", "かもしれ")})
BUILTIN["zh"] = Lexicon(
    negations=("不", "没", "沒", "无", "無", "未", "勿", "别", "別", "非"),
    modality={"always": ("总是", "總是", "始终", "始終", "永远", "永遠"), "only": ("只", "仅", "僅"),
              "at-least": ("至少",), "at-most": ("至多", "最多", "不超过", "不超過"),
              "must": ("必须", "必須", "务必", "務必"), "may": ("可以", "可能")})
UNSPACED = frozenset(("ja", "zh"))
