"""Lexicon classes (rules): how the meaning rules compare the classes of rules/lexicons.py — strict or not, gained or
lost freely, licensed, swapped — and the stand-in classes' names, read by rules/clauses.py and rules/verdicts.py."""

from __future__ import annotations

from stele.model import STAND_IN_CLASSES

__all__ = ["COORDINATORS", "EMPHATIC", "GAINED_FREELY", "HOWEVER", "IF", "JUST", "LICENSED_BY", "LOST_FREELY",
           "OR_SEVERAL", "PAIRED", "STRICT_CLASSES", "SWAPPED", "THAN", "UNTIL", "UP_TO"]

STRICT_CLASSES = ("always", "only", "at-least", "at-most", "once", "twice", "even", "optional", "rarely",
                  "preferably", "leave", "proven", "urgent", "hedged")  # must, may: only a swap counts
# Strict classes a translation may add for emphasis («даже одну дозу» for "a single dose"): only their loss counts
# ("even if you feel better" → «если почувствуете себя лучше»).
GAINED_FREELY = frozenset(("even", "urgent", "hedged"))
# Strict classes that soften advice or a risk, or make a claim proven («Исследования доказали» for "some studies
# suggest"), of which only a gain counts ("Consult a doctor" → «…, хотя это и
# необязательно», «Желательно проконсультироваться», "may cause dependence" → «вряд ли вызывает»): translators drop
# them freely ("ideally" left out is no softening).
LOST_FREELY = frozenset(("optional", "rarely", "preferably", "leave", "proven"))
# Classes whose gain a class of the source licenses: a leave to see a doctor («можно проконсультироваться») where the
# source says may or can ("you can always talk to your doctor"); a rarely where it says few ("few people have side
# effects": «побочные эффекты бывают редко»).
LICENSED_BY = {"leave": "may", "rarely": "few"}
# Classes translators render freely, of which only a swap counts (a text says one and not the other, its translation
# the other and not the one): must ↔ may; when to take a dose with respect to a meal; advised against ↔ recommended;
# except ↔ including; a symptom that persists ↔ one that goes away («не проходит» says persists: its negation is the
# verb's, it bounds no "more than 7 days" after it); increases ↔ decreases (a risk, a dose); stops ↔ continues.
SWAPPED = (("must", "may"), ("before-meals", "after-meals"), ("before-meals", "with-food"),
           ("after-meals", "with-food"), ("advised-against", "recommended"), ("excepting", "including"),
           ("persists", "resolves"), ("increases", "decreases"), ("stops", "continues"), ("serious", "mild"),
           ("larger", "smaller"), ("increases", "smaller"), ("decreases", "larger"), ("rarely", "often"),
           ("before", "after"), ("per-dose", "per-time"),
           ("adults", "children"), ("improves", "worsens"), ("most", "few"), ("temporary", "permanent"))
# Words that a negation before them in their sentence makes a double negation, which a translation may say with no
# negation: "do not use it without asking" is "ask before using" («прежде чем…, спросите»), "do not use it unless
# told" is "use it only if told" («только по назначению»: where the other text says "only"). Built-in classes that
# the modality rule does not compare.
PAIRED = STAND_IN_CLASSES[:2]  # unless, without
# Emphatic words (нельзя, категорически, обязательно, strictly) say "always" where the other text says it ("never
# give it" is «давать нельзя», "always consult" «обязательно проконсультируйтесь») and add no "always" where it
# does not: a built-in class the modality rule does not compare («лучше не» for "never" is still a lost "always").
EMPHATIC = STAND_IN_CLASSES[2]
# Words before a number that bound it from above where the other text says "at most" (store below 25 °C: «не выше
# 25 °C»; no more than 4 g: «до 4 г») and add no "at most" where it does not: a built-in class not compared.
UP_TO = STAND_IN_CLASSES[3]
# "until", and the words that say it with a negation after them that the sense lacks («пока не узнаете», «доки не
# знатимете»: until you know): that negation is none where the other text says "until", and one where it does not
# («пока не установлена»: not yet established).
UNTIL = STAND_IN_CLASSES[4]
# Words that say "only" where the other text says it («всего 0,5 мг», «суто інформаційний»: only) and add none where it
# does not («всего 10 статей»: 10 articles in all).
JUST = STAND_IN_CLASSES[6]
# Words that open a concessive clause, whose first negative word after them is none: «Как бы хорошо вы себя ни
# чувствовали» (however well you feel), «Що б не сталося» (whatever happens).
HOWEVER = STAND_IN_CLASSES[7]
# "than", «чем», «ніж»: a dose's or a risk's size in a text that compares is not compared (which side is larger
# depends on what is compared with what: "adults need a larger dose than children").
THAN = STAND_IN_CLASSES[8]
# Words that open a conditional clause, a negation's scope of its own («если боль не проходит … или если температура
# выше 38,5 °C»: that «не» is no «не выше»; "do not take it if your fever is above 39 °C": no at-most bound).
IF = STAND_IN_CLASSES[9]
# "Or several" after a count ("one or several", «одну или несколько», "oder mehrere"): says "at least" where the other
# text says it ("one or more") and adds none where it does not ("Matches any of" → "Eine oder mehrere Bedingungen").
OR_SEVERAL = STAND_IN_CLASSES[10]
# Conjunctions that, after a comma, open a clause of its own (", and", «, и», «, але»): a negation before them makes no
# double negation with a "without" after them.
COORDINATORS = ("and", "but", "и", "а", "но", "і", "й", "та", "але")
