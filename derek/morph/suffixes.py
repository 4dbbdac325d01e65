"""The suffix inventory: a reviewed data module, one real example per entry.

Each entry is ``Suffix(kind, tag, forms, after, example)``:

- ``kind``: the slot, which fixes the order (see ``NEXT`` in :mod:`derek.morph.grammar`);
- ``forms``: ``"back front"`` allomorph pair (vowel harmony) or one harmony-free form;
- ``after``: what may precede: last-letter classes of :func:`derek.morph.phonology.last_letter_class`
  (``V`` vowel, ``ryu`` р/й/у, ``l`` л, ``nasal`` м/н/ң, ``zh`` з/ж, ``voiceless``), ``px3``
  (right after the 3rd-person possessive), ``px12`` (after ``-ым``/``-ың``), ``any``;
- ``example``: form → stem, as it occurs in Kazakh news.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Suffix:
    kind: str
    tag: str
    forms: str
    after: str
    example: str


S = Suffix
ANY = "any"
VOICED = "V ryu l nasal zh"
CONS = "ryu l nasal zh voiceless"

NOMINAL = (
    # plural
    S("pl", "pl", "лар лер", "V ryu", "қалалар → қала, жерлер → жер"),
    S("pl", "pl", "дар дер", "l nasal zh", "жолдар → жол, күндер → күн"),
    S("pl", "pl", "тар тер", "voiceless", "құстар → құс, мектептер → мектеп"),
    # possessive
    S("px", "px1sg", "м", "V", "анам → ана"),
    S("px", "px1sg", "ым ім", CONS, "елім → ел"),
    S("px", "px2sg", "ң", "V", "анаң → ана"),
    S("px", "px2sg", "ың ің", CONS, "елің → ел"),
    S("px", "px1pl", "мыз міз", "V", "анамыз → ана"),
    S("px", "px1pl", "ымыз іміз", CONS, "еліміз → ел"),
    S("px", "px2pl", "ңыз ңіз", "V", "анаңыз → ана"),
    S("px", "px2pl", "ыңыз іңіз", CONS, "еліңіз → ел"),
    S("px3", "px3", "сы сі", "V", "Республикасы → республика"),
    S("px3", "px3", "ы і", CONS, "кітабы → кітап, Университеті → университет"),
    # case, after a bare stem or plural
    S("case", "gen", "ның нің", "V nasal px3", "қаланың → қала, күннің → күн"),
    S("case", "gen", "дың дің", "ryu l zh", "Қытайдың → Қытай, елдің → ел"),
    S("case", "gen", "тың тің", "voiceless", "мектептің → мектеп"),
    S("case", "acc", "ны ні", "V", "қаланы → қала"),
    S("case", "acc", "ды ді", "ryu l nasal zh", "жолды → жол, кітабымды → кітап"),
    S("case", "acc", "ты ті", "voiceless", "мектепті → мектеп"),
    S("case", "acc", "н", "px3", "кітабын → кітап"),
    S("case", "dat", "ға ге", VOICED, "қалаға → қала, елге → ел"),
    S("case", "dat", "қа ке", "voiceless", "мектепке → мектеп, жүрекке → жүрек"),
    S("case", "dat", "на не", "px3", "Республикасына → республика"),
    S("case", "dat", "а е", "px12", "анама → ана, еліме → ел"),
    S("case", "loc", "да де", VOICED, "қалада → қала, елде → ел"),
    S("case", "loc", "та те", "voiceless", "мектепте → мектеп"),
    S("case", "loc", "нда нде", "px3", "қыркүйегінде → қыркүйек"),
    S("case", "abl", "дан ден", "V ryu l zh", "қаладан → қала, елден → ел"),
    S("case", "abl", "нан нен", "nasal px3", "күннен → күн, Республикасынан → республика"),
    S("case", "abl", "тан тен", "voiceless", "мектептен → мектеп"),
    S("case", "ins", "мен", "V ryu l nasal px3", "Қытаймен → Қытай, кітабымен → кітап"),
    S("case", "ins", "бен", "zh nasal", "қызбен → қыз"),
    S("case", "ins", "пен", "voiceless", "мектеппен → мектеп"),
    # locative-attributive and similative (close the chain)
    S("attr", "loc attr", "дағы дегі", VOICED, "Қазақстандағы → Қазақстан"),
    S("attr", "loc attr", "тағы тегі", "voiceless", "мектептегі → мектеп"),
    S("attr", "loc attr", "ндағы ндегі", "px3", "Республикасындағы → республика"),
    S("sim", "sim", "дай дей", VOICED, "өзіндей → өз"),
    S("sim", "sim", "тай тей", "voiceless", "оттай → от"),
    S("sim", "sim", "ндай ндей", "px3", "баласындай → бала"),
    S("case", "equ", "нша нше", "px3", "айтуынша → айт, пікірінше → пікір"),
)

VERBAL = (
    # voice: the passive and the cooperative are inflection in the UD/Apertium lemmas
    S("voice", "pass", "л", "V", "басталды → баста"),
    S("voice", "pass", "ыл іл", "ryu nasal zh voiceless", "жазылған → жаз, айтылды → айт"),
    S("voice", "pass", "ын ін", "l", "алынды → ал, бөлінді → бөл"),
    S("voice", "pass", "н", "V", "тойланады → тойла"),
    S("voice", "coop", "ыс іс", CONS, "көрісті → көр"),
    # negation
    S("neg", "neg", "ма ме", "V ryu l", "болмады → бол, келмеді → кел"),
    S("neg", "neg", "ба бе", "nasal zh", "жазбады → жаз"),
    S("neg", "neg", "па пе", "voiceless", "айтпады → айт"),
    # tense, aspect, mood
    S("aor", "aor", "а е", CONS, "барады → бар, береді → бер"),
    S("aor", "aor", "й", "V", "қолдайды → қолда"),
    S("aor", "aor", "и", "iy", "оқиды → оқы"),
    S("past", "past", "ды ді", VOICED, "болды → бол, келді → кел"),
    S("past", "past", "ты ті", "voiceless", "айтты → айт"),
    S("ptcp", "gpr_past", "ған ген", VOICED, "болған → бол, келген → кел"),
    S("ptcp", "gpr_past", "қан кен", "voiceless", "айтқан → айт"),
    S("ptcpnom", "nom", "дық дік", "ptcp", "болғандықтан → бол, келгендік → кел"),
    S("ptcpnom", "nom", "тық тік", "ptcp", "айтқандықтан → айт"),
    S("impf", "gpr_impf", "атын етін", CONS, "болатын → бол"),
    S("impf", "gpr_impf", "йтын йтін", "V", "қолдайтын → қолда"),
    S("impf", "gpr_impf", "итын итін", "iy", "оқитын → оқы"),
    S("fut", "fut", "ар ер", CONS, "болар → бол"),
    S("fut", "fut", "р", "V", "сөйлер → сөйле"),
    S("futneg", "fut neg", "с", "neg", "болмас → бол"),
    S("conv", "gna_perf", "ып іп", CONS, "алып → ал, келіп → кел"),
    S("conv", "gna_perf", "п", "V", "қолдап → қолда"),
    S("conv", "gna_cond", "ғалы гелі", VOICED, "келгелі → кел"),
    S("conv", "gna_cond", "қалы келі", "voiceless", "кеткелі → кет"),
    S("evid", "evid", "ты ті", "conv", "барыпты → бар"),
    S("ger", "ger", "у", ANY, "оқу → оқы, жазуға → жаз"),
    S("ger", "ger", "ю", "yu", "кеңеюі → кеңей (й + у is written ю)"),
    S("cond", "cond", "са се", ANY, "болса → бол"),
    S("imp3", "imp p3", "сын сін", ANY, "болсын → бол"),
    S("opt", "imp p1 pl", "айық ейік", CONS, "барайық → бар"),
    S("opt", "imp p1 pl", "йық йік", "V", "сөйлейік → сөйле"),
    S("pol", "imp p2 frm", "ыңыз іңіз", CONS, "келіңіз → кел"),
    S("pol", "imp p2 frm", "ңыз ңіз", "V", "қолдаңыз → қолда"),
    S("intent", "intent", "мақ мек", "V ryu l", "бармақ → бар"),
    S("intent", "intent", "бақ бек", "nasal zh", "жазбақ → жаз"),
    S("intent", "intent", "пақ пек", "voiceless", "айтпақ → айт"),
    S("intentshy", "intent", "шы ші", "intent", "бармақшы → бар"),
    S("agent", "agent", "ушы уші", ANY, "айтушы → айт"),
    # person: predicative (after aorist, participles, future) and after past/conditional
    S("p3", "p3", "ды ді", "aor", "барады → бар"),
    S("pers", "p1 sg", "мын мін", "V ryu l", "барамын → бар"),
    S("pers", "p1 sg", "бын бін", "nasal zh", "келгенбін → кел"),
    S("pers", "p1 sg", "пын пін", "voiceless", "барыппын → бар"),
    S("pers", "p2 sg", "сың сің", ANY, "барасың → бар"),
    S("pers", "p2 frm", "сыз сіз", ANY, "барасыз → бар"),
    S("pers", "p1 pl", "мыз міз", "V ryu l", "барамыз → бар"),
    S("pers", "p1 pl", "быз біз", "nasal zh", "келгенбіз → кел"),
    S("pers", "p1 pl", "пыз піз", "voiceless", "барыппыз → бар"),
    S("perspast", "p1 sg", "м", "V", "келдім → кел"),
    S("perspast", "p2 sg", "ң", "V", "келдің → кел"),
    S("perspast", "p1 pl", "қ к", "V", "келдік → кел, болсақ → бол"),
    S("perspast", "p2 frm", "ңыз ңіз", "V", "келдіңіз → кел"),
)
