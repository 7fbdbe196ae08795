"""The meaning rules' lexicons of the languages beyond en, ru and uk: the ten most translated languages of the Django
and Sphinx catalogs, and de, it, pl, nl, ja, tr (rules/lexicons.py holds en, ru, uk; rules/lexicon_classes.py how
classes compare)."""

from __future__ import annotations

from stele.model import Lexicon

__all__ = ["OTHERS", "UNSPACED", "VOWELLED"]


def _simple(negations: str, concord: str = "", implicit: str = "", caps: str = "", **modality: str) -> Lexicon:
    """A lexicon from space-separated words (``_`` joins the words of a phrase)."""
    def words(text: str) -> tuple[str, ...]:
        return tuple(word.replace("_", " ") for word in text.split())
    return Lexicon(negations=words(negations), concord=words(concord), implicit=words(implicit),
                   modality={name.replace("_", "-"): words(text) for name, text in modality.items()}, caps=words(caps))


OTHERS: dict[str, Lexicon] = {
    # implicit: a negation said by a prefix ("not valid" is «ungültig», "cannot" «unmöglich»), or by a word or none
    "de": _simple("nicht nie niemals kein* ohne nichts niemand nirgends weder vermeid* nein",
                  implicit="ungültig* unbekannt* unmöglich* unzulässig* unwirksam* ungeeignet* unvollständig* "
                           "unzureichend* fehlend* fehlt",
                  always="immer nie niemals jedes_Mal", only="nur ausschließlich",
                  at_least="mindestens nicht_weniger_als wenigstens oder_mehr",
                  or_several="oder_mehrere",
                  at_most="höchstens maximal nicht_mehr_als nicht_überschreiten Obergrenze oberer_Grenzwert",
                  must="muss müssen musst unbedingt erforderlich notwendig",
                  may="darf dürfen kann können könnte", twice="zweimal zwei_mal 2_mal 2-mal 2mal",
                  neutral="nur_lesen nur-lesen nur_lesbar"),
    # «ne peut pas», one negation: "cannot", and "must not" («ne peut pas être vide» for "should not be empty"), no may
    "fr": _simple("pas jamais rien aucun* nul nulle sans ni guère ne_peut_pas ne_peuvent_pas ne_pouvez_pas "
                  "ne_peux_pas ne_pourra_pas ne_pourront_pas",
                  # "cannot" is «impossible de», "not found" «introuvable» or «non trouvé», "undefined" «non défini»:
                  # a negation said by the word or not
                  implicit="non impossible* introuvable* indisponible* invisible* inconnu* invalide* incorrect* échec",
                  always="toujours jamais", only="seulement uniquement exclusivement",
                  at_least="au_moins pas_moins_de minimum ou_plus",
                  or_several="ou_plusieurs",
                  at_most="au_plus maximum pas_plus_de au_maximum ne_dépasse* ne_pas_dépasser",
                  must="doit doivent devez faut obligatoire nécessaire essentiel",
                  may="peut peuvent pouvez pourrait", twice="deux_fois 2_fois"),
    # caps: "more than" a negation denies is at most (no hay más de 5; não tome mais de 2), not a bare "no longer"
    "es": _simple("no sin", "nunca jamás nada nadie ningún ninguna ninguno tampoco ni",
                  implicit="inválid* incorrect* imposible* desconocid* insuficient* incapaz incapaces inexistente*",
                  caps="más_de mayor_que superior_a",
                  always="siempre nunca jamás", only="solo sólo solamente únicamente",
                  at_least="al_menos como_mínimo no_menos_de por_lo_menos o_más o_mas",
                  or_several="o_varios o_varias",
                  at_most="como_máximo máximo no_más_de a_lo_sumo no_exced*",
                  must="debe deben debes obligatorio necesario imprescindible",
                  may="puede pueden puedes podría", twice="dos_veces 2_veces",
                  neutral="solo_lectura sólo_lectura"),  # read-only: no "only"
    "it": _simple("non senza né no", "mai niente nulla nessuno nessun* neanche",
                  implicit="invalid* impossibil* sconosciut* insufficient* incapac* inesistent*",
                  caps="più_di maggiore_di superiore_a",
                  always="sempre mai", only="solo soltanto solamente esclusivamente",
                  at_least="almeno non_meno_di minimo o_più",
                  or_several="o_diversi o_diverse", at_most="al_massimo massimo non_più_di non_super*",
                  must="deve devono devi obbligatorio necessario essenziale",
                  may="può possono puoi potrebbe", twice="due_volte 2_volte", neutral="sola_lettura"),
    "pt": _simple("não sem", "nunca jamais nada ninguém nenhum nenhuma nem",
                  implicit="inválid* incorret* impossível impossíveis desconhecid* insuficient* incapaz inexistente*",
                  caps="mais_de mais_do_que maior_que maior_do_que superior_a",
                  always="sempre nunca", only="apenas somente só exclusivamente",
                  at_least="pelo_menos no_mínimo não_menos_de ou_mais",
                  or_several="ou_vários ou_várias",
                  at_most="no_máximo máximo não_mais_de não_exced* não_ultrapass*",
                  must="deve devem obrigatório necessário essencial", may="pode podem poderia",
                  twice="duas_vezes 2_vezes",
                  neutral="somente_leitura apenas_leitura só_leitura só_de_leitura somente_de_leitura"),  # read-only
    "pl": _simple("nie bez unika*", "nigdy nic niczego nikt nikogo żaden żadn* ani",
                  # "not allowed", "none", "not empty" said by one word (niedozwolone, brak, niepuste) or two
                  implicit="brak* niedozwolon* niepust* nieprawidłow* nieznan* niedostępn* niewidoczn*",
                  always="zawsze nigdy", only="tylko jedynie wyłącznie",
                  at_least="co_najmniej przynajmniej nie_mniej_niż minimum lub_więcej albo_więcej",
                  or_several="lub_kilka",
                  at_most="co_najwyżej maksymalnie nie_więcej_niż nie_przekracza*",
                  must="musi muszą musisz należy trzeba konieczn*",
                  may="może mogą możesz można", twice="dwa_razy dwukrotnie 2_razy", neutral="tylko_do_odczytu"),
    "nl": _simple("niet geen nooit zonder niets niemand nergens vermijd* nee",
                  implicit="ongeldig* onbekend* onmogelijk* onjuist* onvoldoende ontbrek*",
                  always="altijd nooit", only="alleen slechts uitsluitend",
                  at_least="ten_minste minstens minimaal niet_minder_dan of_meer",
                  or_several="of_meerdere",
                  at_most="ten_hoogste hoogstens maximaal niet_meer_dan", must="moet moeten verplicht noodzakelijk",
                  may="mag mogen kan kunnen", twice="tweemaal twee_keer 2_keer", neutral="alleen-lezen alleen_lezen"),
    # Turkish negates with verb suffixes (-me/-ma): no word list counts its negations, so modality only.
    "tr": _simple("", always="her_zaman asla daima", only="sadece yalnızca yalnız",
                  at_least="en_az veya_daha_fazla ya_da_daha_fazla", or_several="veya_birden_fazla",
                  at_most="en_fazla en_çok", must="zorunlu gerekli gerekir", twice="iki_kez iki_defa 2_kez 2_defa"),
    # (ابدا: أبدا, never, with its hamza left out)
    # لايوجد, لايمكن: «لا» glued to its verb; تعذر: "it could not be" (a failure said by a verb, negation or none)
    "ar": _simple("لا ولا فلا لم ولم فلم لن ولن فلن ليس* لست غير بدون دون عدم بلا ألا لايوجد لاتوجد لايمكن",
                  "أبدا أبدًا ابدا", implicit="تعذر يتعذر تعذرت تعذذر يتعذذر",
                  always="دائما دائمًا أبدا أبدًا ابدا", only="فقط", at_least="على_الأقل أو_أكثر",
                  at_most="على_الأكثر كحد_أقصى",
                  must="يجب ينبغي يلزم", may="يمكن يمكنك قد", neutral="للقراءة_فقط"),
    "sq": _simple("nuk s'* s’* jo mos pa asnjë asgjë askush kurrë", always="gjithmonë kurrë", only="vetëm",
                  neutral="vetëm-për-lexim vetëm_për_lexim",  # read-only
                  at_least="të_paktën ose_më_shumë", at_most="më_së_shumti jo_më_shumë_se maksimumi",
                  must="duhet detyrueshëm",
                  may="mund"),
    "ca": _simple("no sense", "mai res ningú cap ni gens", always="sempre mai", only="només únicament sols",
                  caps="més_de major_que superior_a",
                  at_least="almenys com_a_mínim no_menys_de o_més",
                  or_several="o_diversos o_diverses", at_most="com_a_màxim no_més_de màxim",
                  must="cal ha_de han_de has_de obligatori necessari", may="pot poden podeu podria",
                  twice="dues_vegades 2_vegades",
                  neutral="només_lectura cap_a cap_al cap_als cap_on"),  # read-only; «cap a»: towards, no negation
    "gl": _simple("non sen", "nunca nada ningún ningunha ninguén nin tampouco", always="sempre nunca",
                  caps="máis_de maior_que superior_a",
                  only="só soamente unicamente", at_least="polo_menos como_mínimo non_menos_de ou_máis",
                  or_several="ou_varios ou_varias",
                  at_most="como_máximo non_máis_de máximo", must="debe deben obrigatorio necesario",
                  may="pode poden podería", twice="dúas_veces 2_veces", neutral="só_lectura"),
}
# Japanese and Chinese write no spaces between words: their entries match anywhere (see meaning._pattern).
OTHERS["ja"] = Lexicon(
    negations=("ない", "ません", "なし", "せず", "禁止", "無し", "いいえ"),
    implicit=("不", "無", "未", "非", "除く", "除き"),
    # なし ("none") says "never" where the other text says it: GNU Health's frequency answer "Never" → なし
    modality={"always": ("常に", "必ず", "絶対"), "emphatic": ("なし", "無し"), "only": ("のみ", "だけ"),
              "at-least": ("以上", "少なくとも"),
              "at-most": ("以下", "以内", "最大"),
              # must: "…nakereba naranai" (a double negation: unless one does, it will not do)
              "must": ("必要", "必須", *(f"{unless}{will_not}" for unless in ("なければ", "なくては", "ないと")
                                       for will_not in ("なりません", "ならない", "いけません", "いけない"))),
              "may": ("可能", "できます", "かもしれ")})
OTHERS["zh"] = Lexicon(
    negations=("不要", "不能", "不可", "不会", "不會", "不是", "不得", "不应", "不應", "没有", "沒有", "勿",
               "禁止", "并非", "無法", "无法", "从不", "從不", "从未", "從未", "绝不", "絕不"),
    # 别 says "don't" (别喝酒) but is also in 识别, 类别, 性别, 别名, 乌兹别克: a translation may say a negation with it
    implicit=("不", "无", "無", "未", "非", "没", "沒", "别", "別", "否"),  # 否 is "no", and in 是否 (whether)
    modality={"always": ("总是", "總是", "始终", "始終", "永远", "永遠",
                         "从不", "從不", "从未", "從未", "绝不", "絕不"),  # never
              "only": ("只", "仅", "僅"), "neutral": ("只读", "只讀", "唯读", "唯讀"),  # read-only: no "only"
              "at-least": ("至少", "或更多"), "or-several": ("或多个", "或多個"),
              "at-most": ("至多", "最多", "不超过", "不超過"),
              "must": ("必须", "必須", "务必", "務必"), "may": ("可以", "可能")})
OTHERS["ko"] = Lexicon(
    negations=("않", "없", "못", "마십시오", "마세요", "금지", "아니오", "아니요", "아니다", "아니라", "아니며", "아닙",
               "아닌", "아뇨"),  # not 아니 alone: 리투아니아 (Lithuania)
    implicit=("불", "비", "무", "미", "제외"),
    # 만 ("only") is a particle glued to its noun, and in 만약, 만들다, 만료: read before the verb it limits
    modality={"always": ("항상", "언제나", "절대"),
              "only": ("오직", "뿐", "에만", *(f"만 {verb}" for verb in ("입력", "가능", "사용", "표시", "허용", "포함",
                                                                  "기록", "해당", "볼", "생성"))),
              "at-least": ("최소", "이상", "적어도"),
              "at-most": ("최대", "이하", "이내"), "must": ("해야", "필수", "반드시"), "may": ("수 있", "가능")})
UNSPACED = frozenset(("ja", "zh", "ko"))
# Languages in the Arabic script, whose vowel marks (harakat) and stretching tatweel a writer adds or leaves out: the
# same word either way («أَبَداً» is «أبدا», never).
VOWELLED = frozenset(("ar", "fa", "ur", "ps", "ckb", "ug", "sd"))
