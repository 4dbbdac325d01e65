"""Context rules applied after the disambiguator: UD Kazakh-KTB conventions a bigram cannot see.

Each rule is a reviewed data entry with a real example; the counts beside them are from the
Apertium training texts (held-out and tuning articles excluded); KTB's XPOS is the same Apertium tagset:

- copular ``бол-`` after a nominal predicate is AUX (``мұрагер болды``);
- a light verb right after a converb is AUX (``жүріп жатыр``, ``оқып отыр``, ``айта бастады``):
  Apertium ``vaux``, 85-100 % of such uses; KTB's AUX lemmas are the same verbs;
- the first word of a compound verb (``пайда болды``, ``қол қойды``) is X with its form as lemma, and
  the verb is VERB: KTB splits Apertium's multiword verbs this way (its X lemmas: жүзеге, жұмыс, ие,
  пайда, қол); the pairs below are the multiword verbs of the Apertium training texts;
- a bare (unsuffixed) nominal in ``-лы``/``-лі``/``-ды``/``-ді``/``-ты``/``-ті`` is ADJ (``жарғақты``: 283 of 288
  such words), and one in ``-лық``/``-лік``/``-дық``/``-дік``/``-тық``/``-тік`` right before a noun is ADJ
  (``ұлттық мүдде``, ``жасушалық құрылым``: 300 of 406);
- a bare ``-ша``/``-ше`` word on a well-attested base is a manner adverb (``қазақша``, ``жаңаша``);
  diminutives have rare bases (``таяқша``) and known nouns stay (``қараша``);
- ``мен`` with no nominal on its left (sentence start, after a comma or stop, or a finite verb) is the
  pronoun, not the conjunction (``Мен келдім``).
"""

from __future__ import annotations

from dataclasses import replace

from .analyzer import Reading
from .lexicon import load

PREDICATIVE = ("NOUN", "ADJ", "PROPN", "PRON", "NUM")

# Verbs that are auxiliaries after a converb (Apertium vaux), with an example.
LIGHT_VERBS = {
    "жат": "жүріп жатыр",
    "отыр": "оқып отыр",
    "тұр": "күтіп тұр",
    "жүр": "айтып жүр",
    "ал": "біле алмайды",
    "бер": "айтып берді",
    "кел": "алып келді",
    "кет": "өтіп кетті",
    "баста": "айта бастады",
    "шық": "оқып шықты",
    "қал": "жазып қалды",
    "кір": "енгізіп кірді",
    "көр": "бара көрме",
}
# Compound verbs of the Apertium training texts: first word -> verb lemmas it forms one verb with.
COMPOUND_VERBS = {
    "пайда": ("бол",),  # жасушалар пайда болды
    "қайтыс": ("бол",),  # 1937 жылы қайтыс болды
    "душар": ("бол",),  # қуғынға душар болды
    "ие": ("бол",),  # тәуелсіздікке ие болды
    "қамтамасыз": ("ет",),  # жұмыспен қамтамасыз етеді
    "талап": ("ет",),  # түсінік беруді талап етті
    "әсер": ("ет",),  # экономикаға әсер етті
    "жүзеге": ("асыр",),  # жобаны жүзеге асырды
    "жұмыс": ("істе",),  # мектепте жұмыс істеді
    "күш": ("сал",),  # бейбітшілікке күш салды
    "тыйым": ("сал",),  # сауданы тыйым салды
    "өмір": ("сүр",),  # ауылда өмір сүрді
    "бас": ("тарт",),  # келісімнен бас тартты
    "көз": ("жеткіз",),  # оған көз жеткізді
    "қол": ("қой",),  # келісімге қол қойды
    "тұқым": ("қуала",),  # тұқым қуалайтын ауру
    "жауап": ("бер",),  # сұраққа жауап берді
    "деп": ("ата",),  # Алтын Орда деп аталды
}
# атап өт- is its own compound ("mention"): былай деп атап өтті is not деп ата- "name as"
NOT_COMPOUND = frozenset({("деп", "атап")})
ADJ_ENDINGS = (
    "лы",
    "лі",
    "ды",
    "ді",
    "ты",
    "ті",
)  # жарғақты (-ғы/-гі was measured and dropped: Жарғы, белгі)
RELATIONAL = ("лық", "лік", "дық", "дік", "тық", "тік")  # ұлттық мүдде
VERB_FORMS = (
    "fin",
    "conv",
    "ptcp",
    "",
    "nom",
    "gen",
    "dat",
    "acc",
    "loc",
    "abl",
    "ins",
)  # not a bare verbal noun
NOUN_EVIDENCE = 0.5  # a listed noun weight (gold-text count, UniMorph 0.5) that vetoes the adjective reading
MANNER_BASE = 2.0  # weight of the base of a -ша adverb (орыс, жаңа); таяқ-ша, жарғақ-ша are rarer
MIN_STEM = 3
CLAUSE_MARKS = frozenset(
    ",.!?;:—–"
)  # a closing » or ) may end a nominal: «Алаш» мен «Ұлт»  # ақты, іші, бүгі are too short to tell


def _bare(r: Reading, word: str) -> bool:
    return r.upos == "NOUN" and r.feat in ("nom", "") and r.lemma == word.lower()


def _derived_adjective(lemma: str, endings: tuple[str, ...]) -> bool:
    """A word in a derivational ending that the gold texts do not use as a plain noun (халық, билік are nouns)."""
    if not lemma.endswith(endings):
        return False
    known = load().stems.get(lemma, {})
    return not (known.get("NOUN", 0.0) >= NOUN_EVIDENCE and known.get("ADJ", 0.0) < NOUN_EVIDENCE)


def _manner_adverb(lemma: str) -> bool:
    """қазақша, жаңаша: -ша/-ше on a well-attested word; a diminutive (таяқша) has a rare base."""
    if not lemma.endswith(("ша", "ше")):
        return False
    stems = load().stems
    known = stems.get(lemma, {})
    if known.get("NOUN", 0.0) >= 1.0 or known.get("ADJ", 0.0) >= 1.0:
        return False  # the gold texts know it as a noun or adjective (қараша, ерекше)
    base = stems.get(lemma[:-2], {})
    return max((base.get(u, 0.0) for u in ("NOUN", "ADJ")), default=0.0) >= MANNER_BASE


def _no_left_conjunct(prev: Reading) -> bool:
    """The conjunction мен joins two nominals: after punctuation or a finite verb it is the pronoun."""
    return prev.lemma in CLAUSE_MARKS or (prev.upos in ("VERB", "AUX") and prev.feat == "fin")


def apply(words: list[str] | tuple[str, ...], chosen: list[Reading]) -> list[Reading]:
    """words (Sequence[str]): tokens; chosen (list[Reading]): the tagger's picks. RETURNS (list[Reading]): with the rules applied."""
    out = list(chosen)
    for i, r in enumerate(out):
        prev = out[i - 1] if i else None
        if r.upos == "VERB" and prev is not None:
            if r.lemma == "бол" and prev.upos in PREDICATIVE:
                out[i] = replace(r, upos="AUX")
            elif (
                r.lemma in LIGHT_VERBS
                and r.feat in VERB_FORMS
                and prev.upos in ("VERB", "AUX")
                and prev.feat == "conv"
            ):
                out[i] = replace(r, upos="AUX")
        elif _bare(r, words[i]) and len(r.lemma) > MIN_STEM + 1:
            if _derived_adjective(r.lemma, ADJ_ENDINGS):
                out[i] = replace(r, upos="ADJ", feat="")
            elif _manner_adverb(r.lemma):
                out[i] = replace(r, upos="ADV", feat="")
            elif (
                _derived_adjective(r.lemma, RELATIONAL)
                and i + 1 < len(out)
                and out[i + 1].upos in ("NOUN", "PROPN")
            ):
                out[i] = replace(r, upos="ADJ", feat="")
    for i, r in enumerate(out):
        if words[i].lower() == "мен" and r.upos != "PRON" and (i == 0 or _no_left_conjunct(out[i - 1])):
            out[i] = replace(
                r, lemma="мен", upos="PRON", feat="nom"
            )  # Мен келдім: nothing on the left to join
    for i in range(len(out) - 1):
        verbs = COMPOUND_VERBS.get(words[i].lower())
        if (
            verbs
            and out[i + 1].upos in ("VERB", "AUX")
            and out[i + 1].lemma in verbs
            and (words[i].lower(), words[i + 1].lower()) not in NOT_COMPOUND
        ):
            out[i] = replace(out[i], lemma=words[i].lower(), upos="X", feat="")
            out[i + 1] = replace(out[i + 1], upos="VERB")
    return out
