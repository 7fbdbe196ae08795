"""Number vocabulary: stele's own unit words, range words and the fraction and "twice" words of each language (its
number words: rules/number_words.py; CLDR's unit words: rules/cldr_units.py)."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

# Units: canonical id -> regex alternatives (no capturing groups). English words and the international symbols
# are recognized in every locale (translators keep "mg"); each language with a vocabulary adds its own words.
EN_UNITS: dict[str, str] = {
    "mcg": r"mcg|[µμu]g|micrograms?|microgrammes?",
    "mg": r"mg|milligrams?|milligrammes?",
    "kg": r"kg|kilograms?|kilogrammes?|kilos?",
    "g": r"g|grams?|grammes?",
    "ml": r"ml|cc|millilit(?:er|re)s?",
    "dl": r"dl|decilit(?:er|re)s?",
    "l": r"l|lit(?:er|re)s?",
    # a spoon's size is its volume (BASE): "1 tablespoon" → «1 чайная ложка» is 15 → 5 ml
    "tbsp": r"tablespoons?|tbsps?\.?|tbs\.?",
    "dsp": r"dessert[ \u00a0-]?spoons?",
    "tsp": r"teaspoons?|tsps?\.?",
    "mmol": r"mmol",
    "iu": r"iu|i\.u\.|international units?",
    "%": r"%|percent|per[ \u00a0]?cent",
    "°c": r"°[ \u00a0]?[cс]|℃|degrees?(?:[ \u00a0]+(?:celsius|centigrade))?(?![ \u00a0]+f(?:ahrenheit)?(?!\w))",
    "°f": r"°[ \u00a0]?f|℉|degrees?[ \u00a0]+(?:fahrenheit|f(?!\w))",
    "h": r"h|hrs?\.?|hours?",
    "min": r"mins?\.?|minutes?",
    "sec": r"secs?\.?|seconds?",
    "day": r"days?",
    "week": r"weeks?|wks?\.?",
    "month": r"months?",
    "year": r"years?|yrs?\.?",
    # not "2 x 500 mg": a count of 500 mg (two tablets of it); "1 time" with its rate after it ("1 time per day", not
    # "2 time zones")
    "times": r"times|time(?=[^\S\n]+(?:a|an|per|every|each|daily|weekly)\b)|fold|[x×](?![^\S\n]*[0-9])",
    # Counts of a dose form (COUNT_UNITS): "2 tablets" is a dose as "2 g" is ("pill" is "таблетка" too).
    "tablet": r"tablets?|pills?",
    "capsule": r"capsules?",
    "drop": r"drops?",
    "dose": r"doses?|servings?",  # "in 3 servings" is «в три приёма», «в 3 порции»: one unit
    "sachet": r"sachets?",
}
# Units that count a dose form: known only in the languages of LANGUAGE_UNITS (a German "2 Tabletten" is read as a
# bare 2), so they are compared only where both languages have them.
COUNT_UNITS = frozenset({"tablet", "capsule", "drop", "dose", "sachet"})
# Units whose noun alone says one of them ("1 tablet" → «таблетку», "1 tablespoon" → «столовую ложку»).
SAID_BY_NOUN = COUNT_UNITS | {"tbsp", "dsp", "tsp"}
# Units of one kind, each another thing to take: one named for another is a changed dose (a generic "dose" is none).
NOUN_KINDS = (frozenset({"tbsp", "dsp", "tsp"}), frozenset({"tablet", "capsule", "drop", "sachet"}))
# Words that say a number of times alone ("twice" is "2 times", «дважды» «2 раза»): once is left out, as English
# "once" also means "as soon as".
MULTIPLICATIVES: dict[str, dict[str, int]] = {
    "en": {"twice": 2, "thrice": 3},
    "ru": {"дважды": 2, "трижды": 3, "четырежды": 4, "вдвое": 2, "втрое": 3, "вчетверо": 4},
    "uk": {"двічі": 2, "тричі": 3, "чотириразово": 4, "вдвічі": 2, "втричі": 3, "вчетверо": 4},
}
# Collective numerals, which num2words does not write: a count of a noun with no singular («двое суток», 2 days;
# «троє діб») or of people («двое из десяти»), nominative and genitive (the other cases are a cardinal's).
COLLECTIVES: dict[str, dict[str, int]] = {
    "ru": {word: value for value, row in enumerate(("двое двоих", "трое троих", "четверо четверых", "пятеро пятерых",
                                                     "шестеро шестерых", "семеро семерых", "восьмеро восьмерых",
                                                     "девятеро девятерых", "десятеро десятерых"), start=2)
           for word in row.split()},
    "uk": {word: value for value, word in enumerate(("двоє", "троє", "четверо", "п'ятеро", "шестеро", "семеро",
                                                     "восьмеро", "дев'ятеро", "десятеро"), start=2)},
}
_HALF, _QUARTER, _ONE_AND_A_HALF = Decimal("0.5"), Decimal("0.25"), Decimal("1.5")
# Fractions in words: a value where a unit follows ("half a gram", «половину таблетки», «півтори таблетки»); alone
# ("half of people", «половина людей») they say nothing, as other number words.
FRACTIONS: dict[str, dict[str, Decimal]] = {
    "en": {"half": _HALF, "quarter": _QUARTER, "quarters": _QUARTER},
    "ru": {"пол": _HALF, **dict.fromkeys(("половина", "половину", "половины", "половине", "половиной", "половинка",
                                          "половинку", "половинки", "половинке", "половинкой"), _HALF),
           **dict.fromkeys(("полтора", "полторы", "полутора"), _ONE_AND_A_HALF),
           **dict.fromkeys(("четверть", "четверти", "четвертью"), _QUARTER)},
    "uk": {"пів": _HALF, **dict.fromkeys(("половина", "половину", "половини", "половині", "половиною", "половинка",
                                          "половинку", "половинки", "половинці", "половинкою"), _HALF),
           **dict.fromkeys(("півтора", "півтори"), _ONE_AND_A_HALF),
           **dict.fromkeys(("чверть", "чверті", "чвертю"), _QUARTER)},
}
# What may stand between a fraction word and its unit ("half a gram", "a quarter of a tablet").
FRACTION_OF: dict[str, str] = {"en": r"[^\S\n]+(?:of[^\S\n]+)?(?:an?|the)(?!\w)"}
# After a number word: and a half more ("one and a half", «два с половиной», «два з половиною»).
AND_A_HALF: dict[str, str] = {
    "en": r"[^\S\n]+and[^\S\n]+a[^\S\n]+half(?!\w)",
    "ru": r"[^\S\n]+с[^\S\n]+половиной(?!\w)",
    "uk": r"[^\S\n]+(?:з|із)[^\S\n]+половиною(?!\w)",
}
# A half written as a prefix of its unit («полграмма», «півгодини»); not in noon or the south («полдень», «півдня»).
HALF_PREFIXES: dict[str, str] = {"ru": "пол", "uk": "пів"}
NOT_HALVES = frozenset({"полдень", "полудня", "полудню", "полуднем", "полудне", "південь", "півдня", "півдню",
                        "півднем", "півдні"})
# The vowel that may join the half prefix to its unit in the other cases: «получаса» (of half an hour), «полулитра».
HALF_LINKS: dict[str, str] = {"ru": "у"}
# The unit ends of a compound word whose first part is a number («двухпроцентный», «трёхдневный», «п'ятиденний»:
# 2 %, 3 days, 5 days) → unit; the number is read in the genitive (двух-, пяти-) or, in Ukrainian, as «дво-».
COMPOUND_UNITS: dict[str, dict[str, str]] = {
    "ru": {"процентн": "%", "дневн": "day", "суточн": "day", "недельн": "week", "месячн": "month", "летн": "year",
           "годичн": "year", "часов": "h", "минутн": "min"},
    "uk": {"відсотков": "%", "денн": "day", "добов": "day", "тижнев": "week", "місячн": "month", "річн": "year",
           "годинн": "h", "хвилинн": "min"},
}
# Once, where a rate follows ("once a day", «раз в день», «раз на добу»): "once" alone also means "as soon as".
ONCE: dict[str, tuple[str, str]] = {
    "en": ("once", r"[^\S\n]+(?:a|an|per|every|each|daily|weekly|monthly|nightly|hourly)(?!\w)"),
    "ru": ("раз", r"[^\S\n]+(?:в|во|на|за|каждые|каждый|каждую|ежедневно|еженедельно)(?!\w)"),
    "uk": ("раз", r"[^\S\n]+(?:в|у|на|за|кожні|кожен|кожного|кожну|щодня|щотижня)(?!\w)"),
}
# Words that say a rate alone ("daily", «еженедельно», «щомісяця»): one of their duration unit each, as "a day" is;
# never a number's unit ("2 daily" is two a day).
RATE_WORDS: dict[str, dict[str, str]] = {
    "en": {"h": "hourly", "day": "daily", "week": "weekly", "month": "monthly"},
    "ru": {"h": r"ежечасн\w*", "day": r"ежедневн\w*|ежесуточн\w*", "week": r"еженедельн\w*",
           "month": r"ежемесячн\w*"},
    "uk": {"h": r"щогодин\w*", "day": r"щодня|щоденн\w*|щодоби|щодобов\w*", "week": r"щотижн\w*",
           "month": r"щомісяц\w*|щомісячн\w*"},
}
# A rate of one every two ("every other day" is every 2 days: «каждый день» for it doubles the dose); a language's
# words read as 2 of the unit, in place of the duration word they hold.
EVERY_OTHER: dict[str, dict[str, str]] = {
    "en": {"day": r"every[^\S\n]+(?:other|second)[^\S\n]+day|on[^\S\n]+alternate[^\S\n]+days|alternate[^\S\n]+days",
           "week": r"every[^\S\n]+(?:other|second)[^\S\n]+week"},
    "ru": {"day": r"через[^\S\n]+(?:день|сутки)"},
    "uk": {"day": r"через[^\S\n]+(?:день|добу)|кожного[^\S\n]+другого[^\S\n]+дня"},
}
# After an hour of the clock: in the afternoon or evening ("8 p.m." is 20:00, «8 вечера», «8 вечора»).
AFTERNOON: dict[str, str] = {
    "en": r"[^\S\n]*p\.?[^\S\n]?m\.?(?!\w)", "ru": r"[^\S\n]+вечера(?!\w)", "uk": r"[^\S\n]+вечора(?!\w)",
}
MORNING: dict[str, str] = {  # an hour before noon, as written: "6 a.m." is 6, an hour of the clock
    "en": r"[^\S\n]*a\.?[^\S\n]?m\.?(?!\w)", "ru": r"[^\S\n]+утра(?!\w)", "uk": r"[^\S\n]+ранку(?!\w)",
}
LANGUAGE_UNITS: dict[str, dict[str, str]] = {
    "en": {},
    "ru": {
        "mcg": r"мкг|микрограмм\w*",
        "mg": r"мг|миллиграмм\w*",
        "kg": r"кг|килограмм\w*",
        "g": r"гр?\.?|грамм\w*",
        "ml": r"мл|миллилитр\w*",
        "dl": r"дл",
        "l": r"л|литр\w*",
        "tbsp": r"столов\w*[ \u00a0]+лож[кц]\w*|ст\.[ \u00a0]?(?:лож[кц]\w*|л\.?)",
        "dsp": r"десертн\w*[ \u00a0]+лож[кц]\w*|дес\.[ \u00a0]?(?:лож[кц]\w*|л\.?)",
        "tsp": r"чайн\w*[ \u00a0]+лож[кц]\w*|ч\.[ \u00a0]?(?:лож[кц]\w*|л\.?)",
        "mmol": r"ммоль\w*",
        "iu": r"МЕ",
        "%": r"процент\w*",
        "°c": r"градус\w*(?:[ \u00a0]+(?:по[ \u00a0]+)?цельси\w*)?",
        "h": r"ч\.?|час(?:а|у|ам|ах|ами|ов\w*)?",
        "min": r"мин\.?|минут\w*",
        "sec": r"сек\.?|секунд\w*",
        "day": r"дн\.?|день|дн(?:я|ей|и|ям|ях|ями)|сут\.?|сут(?:ки|ок|кам|ках)|дневн\w*|суточн\w*",
        "week": r"нед\.?|недел\w*",
        "month": r"мес\.?|месяц\w*|месячн\w*",
        "year": r"гг\.?|год(?:а|у|ом|ах|ам|ами|ов)?|лет|летн\w*|годичн\w*",
        "times": r"раза?|кратн\w*",
        "tablet": r"таблет\w*|пилюл\w*",
        "capsule": r"капсул\w*",
        "drop": r"капл[яиюеь]\w*|капель",
        "dose": r"доз\w*|при[её]м(?:а|ов|ам|ами|ах)?|порци\w*",
        "sachet": r"пакетик\w*|саше",
    },
    "uk": {
        "mcg": r"мкг|мікрограм\w*",
        "mg": r"мг|міліграм\w*",
        "kg": r"кг|кілограм\w*",
        "g": r"гр?\.?|грам\w*",
        "ml": r"мл|мілілітр\w*",
        "dl": r"дл",
        "l": r"л|літр\w*",
        "tbsp": r"столов\w*[ \u00a0]+лож[кц]\w*|ст\.[ \u00a0]?(?:лож[кц]\w*|л\.?)",
        "dsp": r"десертн\w*[ \u00a0]+лож[кц]\w*|дес\.[ \u00a0]?(?:лож[кц]\w*|л\.?)",
        "tsp": r"чайн\w*[ \u00a0]+лож[кц]\w*|ч\.[ \u00a0]?(?:лож[кц]\w*|л\.?)",
        "mmol": r"ммоль\w*",
        "iu": r"МО",
        "%": r"відсот\w*",
        "°c": r"градус\w*(?:[ \u00a0]+(?:за[ \u00a0]+)?цельсі\w*)?",
        "h": r"год\.?|годин\w*",
        "min": r"хв\.?|хвилин\w*",
        "sec": r"сек\.?|секунд\w*",
        "day": r"дн\.?|день|дн(?:я|ів|і|ям|ях|ями)|доб(?:а|и|у|ою)|діб|денн\w*|добов\w*",
        "week": r"тиж\.?|тижн\w*|тиждень",
        "month": r"міс\.?|місяц\w*|місяць|місячн\w*",
        "year": r"р\.|рр\.|рік|рок(?:и|ів|у|ом|ах)|році|річн\w*",
        "times": r"раз(?:и|ів)?|кратн\w*",
        "tablet": r"таблет\w*|пігулк\w*|пігулок",
        "capsule": r"капсул\w*",
        "drop": r"крапл\w*|крапель",
        "dose": r"доз\w*|прийом(?:и|у|ів|ам|ами|ах)?|порці\w*|порцій",
        "sachet": r"пакетик\w*|саше",
    },
}
ALTERNATIVES: dict[str, frozenset[str]] = {"en": frozenset({"or"}), "ru": frozenset({"или"}),
                                           "uk": frozenset({"або", "чи"})}
# The word between two numbers of a range → the words one of which must come before the first (None: no word
# required). Issue 12: at least the 20 most translated languages of the real corpora.
RANGE_WORDS: dict[str, dict[str, frozenset[str] | None]] = {
    "en": {"to": None, "and": frozenset({"between"})},
    "ru": {"до": frozenset({"от", "с", "со"}), "по": frozenset({"с", "со"}), "и": frozenset({"между"})},  # «с 1 по 5»
    "uk": {"до": frozenset({"від", "з", "із", "зі"}), "по": frozenset({"з", "із", "зі"}),
           **dict.fromkeys(("і", "й", "та"), frozenset({"між"}))},
    "be": {"да": frozenset({"ад", "з"}), "і": frozenset({"паміж", "між"})},
    "de": {"bis": None, "und": frozenset({"zwischen"})},
    "nl": {"tot": None, "à": None, "en": frozenset({"tussen"})},
    "es": {"a": None, "y": frozenset({"entre"})},
    "ca": {"a": None, "i": frozenset({"entre"})},
    "gl": {"a": None, "e": frozenset({"entre"})},
    "pt": {"a": None, "e": frozenset({"entre"})},
    "fr": {"à": None, "et": frozenset({"entre"})},
    "it": {"a": None, "e": frozenset({"tra", "fra"})},
    "ro": {"la": frozenset({"de"}), "și": frozenset({"între"})},
    "pl": {"do": None, "a": frozenset({"między"})},
    "cs": {"do": None, "až": None, "a": frozenset({"mezi"})},
    "sk": {"do": None, "až": None, "a": frozenset({"medzi"})},
    "sl": {"do": None, "in": frozenset({"med"})},
    "hr": {"do": None, "i": frozenset({"između"})},
    "bs": {"do": None, "i": frozenset({"između"})},
    "sr": {"до": None, "do": None, "и": frozenset({"између"}), "i": frozenset({"između"})},
    "mk": {"до": None, "и": frozenset({"меѓу"})},
    "bg": {"до": None, "и": frozenset({"между"})},
    "el": {"έως": None, "ως": None, "μέχρι": None, "και": frozenset({"μεταξύ"})},
    "sv": {"till": None, "och": frozenset({"mellan"})},
    "da": {"til": None, "og": frozenset({"mellem"})},
    "nb": {"til": None, "og": frozenset({"mellom"})},
    "nn": {"til": None, "og": frozenset({"mellom"})},
    "no": {"til": None, "og": frozenset({"mellom"})},
    "fi": {"ja": frozenset({"välillä"})},
    "et": {"kuni": None, "ja": frozenset({"vahel"})},
    "lt": {"iki": None, "ir": frozenset({"tarp"})},
    "lv": {"līdz": None, "un": frozenset({"starp"})},
    "hu": {"és": None},
    "tr": {"ile": None, "ila": None, "ve": None},
    "id": {"sampai": None, "hingga": None, "dan": frozenset({"antara"})},
    "ms": {"hingga": None, "sehingga": None, "dan": frozenset({"antara"})},
    "vi": {"đến": None, "tới": None},
    "ka": {"და": None},
    "eu": {"eta": None},
    "he": {"עד": None},
    "ar": {"إلى": None, "الى": None, "و": frozenset({"بين"})},
    "fa": {"تا": None, "و": frozenset({"بین"})},
    "hi": {"से": None},
}
# Words before "X to Y" that belong to the range's text though not required ("from 1 to 3", "von 1 bis 3").
STARTERS: dict[str, frozenset[str]] = {
    "en": frozenset({"from"}),
    "de": frozenset({"von"}),
    "nl": frozenset({"van"}),
    "es": frozenset({"de", "desde"}),
    "ca": frozenset({"de", "des"}),
    "gl": frozenset({"de", "dende"}),
    "pt": frozenset({"de", "dos", "das"}),
    "fr": frozenset({"de", "des"}),
    "it": frozenset({"da"}),
    "pl": frozenset({"od"}),
    "cs": frozenset({"od"}),
    "sk": frozenset({"od"}),
    "sl": frozenset({"od"}),
    "hr": frozenset({"od"}),
    "bs": frozenset({"od"}),
    "sr": frozenset({"од", "od"}),
    "mk": frozenset({"од"}),
    "bg": frozenset({"от"}),
    "el": frozenset({"από"}),
    "sv": frozenset({"från"}),
    "da": frozenset({"fra"}),
    "nb": frozenset({"fra"}),
    "nn": frozenset({"frå", "fra"}),
    "no": frozenset({"fra"}),
    "lt": frozenset({"nuo"}),
    "lv": frozenset({"no"}),
    "id": frozenset({"dari"}),
    "ms": frozenset({"dari"}),
    "vi": frozenset({"từ"}),
    "he": frozenset({"בין", "מ"}),
    "ar": frozenset({"من"}),
    "fa": frozenset({"از"}),
}


def range_words(language: str) -> dict[str, frozenset[str] | None]:
    """RANGE_WORDS of ``language`` with its ALTERNATIVES (which need no word before the first number)."""
    return {**RANGE_WORDS.get(language, {}), **dict.fromkeys(ALTERNATIVES.get(language, ()), None)}


@lru_cache(maxsize=8)
def compound_pattern(language: str) -> re.Pattern[str] | None:
    """A word that glues a number to one of ``COMPOUND_UNITS``' endings («двухпроцентный»): the number (group 1) and
    the ending (group 2)."""
    ends = COMPOUND_UNITS.get(language)
    if ends is None:
        return None
    letter = r"[^\W\d_]"
    return re.compile(rf"(?<!{letter})({letter}(?:{letter}|['\u2019\u02bc](?={letter}))+?)({'|'.join(ends)}){letter}*",
                      re.IGNORECASE)
