"""Word analysis: every (lemma, UPOS) reading of one word, scored, best first.

Order of evidence: punctuation and numbers; hyphenated suffixes (``ҚХР-дың``); forms seen
in the hand-disambiguated texts; stem + suffix-chain parses whose stem is in the lexicon;
and, for unknown stems, the guesser's parses.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from ..alphabet import CYRILLIC, LATIN_TO_CYRILLIC
from .derivation import derivation, voiced
from .grammar import parses, suffix_chains
from .lexicon import NOMINAL_UPOS, VERBAL_UPOS, load
from .pronouns import AUX_FORMS, PRONOUN_FORMS

MAX_WORD = 48  # longer letter runs are not words; the grammar does not read them
MEMORY_BONUS = 5.0  # a form seen in the gold texts outweighs any parse
MEMORY_FLOOR = -3.0  # the grammar score assumed for a gold reading the grammar does not produce
MEMORY_PARSE_WEIGHT = 0.3  # ties between gold readings (қала: қала/NOUN or қал/VERB) go to the grammar
UNKNOWN_STEM = -8.0  # the cost of a stem that no lexicon lists
UNKNOWN_CHAIN_WEIGHT = 0.3  # an unknown word is more often inflected than the chain prior says
STRIP_BONUS = 1.0
CAPITAL_VERB = 2.0
OTHER_CLASS = 2.0
LOWER_NAME = 1.0
CAPITAL_NOUN = 1.5
PLURAL_LOOKING = 1.0
PLURALS = ("лар", "лер", "дар", "дер", "тар", "тер")
DERIVATION = 3.0  # cost of a derived word no lexicon lists, over its listed base
DISHARMONY = 1.5  # a name read against vowel harmony (Йорк-тің)
KNOWN_CORPUS_WEIGHT = 0.1
CORPUS_WEIGHT = 0.5  # a guessed stem that news text uses as a word (серіктестік) is likelier
ENDING_WEIGHT = 0.5  # how much a guessed stem's last two letters count (серіктестік, not серіктестікт)
STRIP_PER_CHAR = 0.5  # for an unknown stem, a longer suffix chain is better evidence (Тяньцзинь-дегі)
VOICED_STEM = 1.0  # a listed verb stem that is another listed verb + passive/cooperative
LOWER_PROPN = 6.0  # отаудың is not the name Отау
ACRONYM = "NOUN"  # an unlisted acronym (ІІМ): Apertium abbr → NOUN, 38 of 39 in the training texts
BARE_ONLY = ("ADV", "DET", "CCONJ", "SCONJ", "ADP", "PART", "INTJ", "AUX")
SYMBOLS = set("%$€₸£¥№+=<>*/\\|^~@#&§°")
CLITICS = {
    "ба",
    "бе",
    "ма",
    "ме",
    "па",
    "пе",
    "да",
    "де",
    "та",
    "те",
    "ғой",
    "қой",
    "екен",
    "еді",
    "емес",
    "ғана",
}
ORDINAL = {"шы", "ші", "ыншы", "інші", "ншы", "нші", "ы", "і"}  # 9-шы, 1-інші, 2025-жылы is not one
_ROMAN = re.compile(r"^(?=[IVXLC])X{0,3}(?:IX|IV|V?I{0,3})$|^X{1,3}$|^XL$|^L$|^C$")
_NUMBER = re.compile(r"^\d+(?:[.,:]\d+)*$")
_CYR = set(CYRILLIC)


@dataclass(frozen=True, slots=True)
class Reading:
    lemma: str
    upos: str
    score: float
    feat: str = ""  # case of a nominal (acc), form of a verb (fin, conv, ptcp, ger): context for the tagger


def _fix_lookalikes(word: str) -> str:
    """Cyrillic words typed with Latin look-alikes (бipre); a Latin word (University-ге) stays."""
    if "-" in word:
        return "-".join(_fix_lookalikes(part) for part in word.split("-"))
    letters = [ch for ch in word if ch.isalpha()]
    if any(ch in _CYR for ch in letters) and all(ch in _CYR or ch in LATIN_TO_CYRILLIC for ch in letters):
        return "".join(LATIN_TO_CYRILLIC.get(ch, ch) for ch in word)
    return word


@lru_cache(maxsize=100_000)
def analyze(word: str) -> tuple[Reading, ...]:
    """word (str): one token. RETURNS (tuple[Reading, ...]): its readings, best first (never empty)."""
    if not word:
        return (Reading("", "X", 0.0),)
    if not any(ch.isalnum() for ch in word):
        return (Reading(word, "SYM" if all(ch in SYMBOLS for ch in word) else "PUNCT", 0.0),)
    if _NUMBER.match(word):
        return (Reading(word, "NUM", 0.0),)
    word = _fix_lookalikes(word)
    if "-" in word.strip("-") and not word.startswith("-"):
        return _hyphenated(word)
    if " " in word:  # multi-word tokens of some corpora
        head, _, last = word.rpartition(" ")
        if last.lower() in CLITICS:  # келдің бе: the lemma is the host's
            return analyze(head)
        return tuple(Reading(f"{head.lower()} {r.lemma}", r.upos, r.score, r.feat) for r in analyze(last))
    if len(word) == 2 and word[1] == "." and word[0].isupper():
        return (Reading(word, "PROPN", 0.0),)  # an initial: М. Тынышпаев
    if _ROMAN.match(word):
        return (Reading(word, "NUM", 0.0),)  # II, VIII, XXI
    if not any(ch in _CYR for ch in word):
        return _foreign(word)
    if len(word) > MAX_WORD:
        return (Reading(word.lower(), "X", UNKNOWN_STEM),)  # not a word: a run of letters
    if word.isupper() and 2 <= len(word) <= 5 and word.lower() not in load().forms:
        return (Reading(word, ACRONYM, 0.0, "nom"),)  # an acronym (ІІМ, ШЫҰ) is not inflected
    return _cyrillic(word)


def _foreign(word: str) -> tuple[Reading, ...]:
    if any(ch.isdigit() for ch in word):
        return (Reading(word, "NUM" if word[:1].isdigit() else "PROPN", 0.0),)
    if word[:1].isupper():
        return (Reading(word, "PROPN", 0.0),)
    return (Reading(word, "X", 0.0),)


def _hyphenated(word: str) -> tuple[Reading, ...]:
    left, _, right = word.rpartition("-")
    numeric = left.replace(".", "").replace(",", "").isdigit()
    chains = suffix_chains(right) if right else []
    if right and (chains or (numeric and right.lower() in ORDINAL)):  # ҚХР-дың, University-ге, 5-ке
        feat = chain_feat("N", chains[0]) if chains else ""
        if numeric:
            return (Reading(left, "NUM", 0.0, feat),)
        base = analyze(left) if any(ch in _CYR for ch in left) and not left.isupper() else ()
        upos = "PROPN" if left[:1].isupper() or not any(ch in _CYR for ch in left) else "NOUN"
        if base and base[0].upos not in ("PROPN", "X"):
            return (Reading(left.lower() if upos != "PROPN" else left, base[0].upos, 0.0, feat),)
        return (Reading(left, upos, 0.0, feat),)
    if not right:
        return (Reading(word, "X", 0.0),)
    tail = analyze(right)  # 2025-жылы → 2025-жыл, IT-саласы → IT-сала
    if left[:1].isupper() and right[:1].isupper():  # Қасым-Жомарт, Қасым-Жомарттың: a name
        lemma = tail[0].lemma
        head = right[: len(lemma)] if right.lower().startswith(lemma.lower()) else lemma.capitalize()
        return (Reading(f"{left}-{head}", "PROPN", tail[0].score, tail[0].feat),)
    keep = (
        left
        if left[:1].isupper() and tail[0].upos == "PROPN"
        else (left if not left.isalpha() or left.isupper() else left.lower())
    )
    return tuple(Reading(f"{keep}-{r.lemma}", r.upos, r.score, r.feat) for r in tail)


def _cyrillic(word: str) -> tuple[Reading, ...]:
    lex = load()
    low = word.lower()
    best: dict[tuple[str, str, str], float] = {}
    feat = ""

    def offer(lemma: str, upos: str, score: float) -> None:
        ft = "" if upos in BARE_ONLY or (feat == "nom" and upos in ("ADJ", "NUM")) else feat
        key = (lemma, upos, ft)  # a bare adjective or numeral has no case (as in the Apertium tags)
        if score > best.get(key, -math.inf):
            best[key] = score

    if low in PRONOUN_FORMS:
        offer(PRONOUN_FORMS[low], "PRON", 2.0)
    if low in AUX_FORMS:
        offer(AUX_FORMS[low], "AUX", 6.0)
    capital = word[:1].isupper()
    for p in parses(word):
        feat = chain_feat(p.cls, p.tags)
        if (
            p.elided
            and p.stem not in lex.elision
            and not (p.stem == p.surface_stem.lower() + "т" and p.stem in lex.stems)
        ):
            continue  # a dropped vowel (орн-ы → орын) only for stems known to drop it
        if p.stem.endswith("ь") and not p.surface_stem.endswith("ь") and p.stem not in lex.stems:
            continue  # a soft sign (корол-і → король) only for listed stems
        chain = lex.chain_logp(p.cls, p.tags) - (DISHARMONY if p.disharmonic else 0.0)
        known = lex.stems.get(p.stem) or {}
        allowed = VERBAL_UPOS if p.cls == "V" else NOMINAL_UPOS
        usable = [(u, w) for u, w in known.items() if u in allowed and not (p.tags and u in BARE_ONLY)]
        for upos, weight in usable:
            if upos == "PROPN":
                score = (
                    lex.chain_logp("P", p.tags)
                    + 0.8 * math.log(weight + 0.2)
                    - (0.0 if capital else LOWER_PROPN)
                )
            else:
                score = (
                    chain
                    + 0.8 * math.log(weight + 0.2)
                    + KNOWN_CORPUS_WEIGHT * lex.corpus_support(p.cls, p.stem)
                )
                if p.cls == "V" and voiced(p.stem, lex):
                    score -= VOICED_STEM  # көрін-ді is көр + passive in KTB (Voice=Pass), not a verb көрін
            offer(_lemma(p.stem, upos, word, p.surface_stem), upos, score)
        if usable and not capital and all(u == "PROPN" for u, _ in usable):
            weight = max(w for _, w in usable)  # қытай мәдениеті: a lower-case name is a common word
            offer(p.stem, "NOUN", chain + 0.8 * math.log(weight + 0.2) - LOWER_NAME)
        if usable:
            continue
        if len(p.stem) > len(p.surface_stem):
            continue  # a dropped vowel (орн-ы → орын) is restored for listed stems only
        derived = derivation(p.stem, lex)
        if derived:  # жарғақша-лы: a listed noun + a derivational suffix
            upos, base_weight = derived
            score = chain + 0.8 * math.log(base_weight + 0.2) - DERIVATION
            offer(_lemma(p.stem, upos, word, p.surface_stem), upos, score)
            continue
        if len(p.stem) >= 3 or not p.tags:  # the guesser: an unknown stem
            stripped = sum(len(x) for x in p.suffixes)
            if capital and p.cls == "N":
                upos, shape = "PROPN", lex.chain_logp("P", p.tags)
            else:
                upos = "VERB" if p.cls == "V" else "NOUN"
                shape = UNKNOWN_CHAIN_WEIGHT * chain + ENDING_WEIGHT * lex.ending_logodds(p.cls, p.stem)
            guess = UNKNOWN_STEM + shape + (STRIP_BONUS if p.tags else 0.0) + STRIP_PER_CHAR * stripped
            guess += CORPUS_WEIGHT * lex.corpus_support(p.cls, p.stem)
            if known:
                guess -= OTHER_CLASS  # серіктес is a noun: серіктес-ті-к is not its past tense
            if upos != "VERB" and len(p.stem) > 4 and p.stem.endswith(PLURALS):
                guess -= PLURAL_LOOKING  # социалистер-дің: an unknown stem rarely ends like a plural
            if capital and upos == "VERB":
                guess -= CAPITAL_VERB  # Елизавета is not a verb елизавет-а
            offer(_lemma(p.stem, upos, word, p.surface_stem), upos, guess)
            if upos == "PROPN":  # Лизосома at a sentence start may be a common noun
                common = UNKNOWN_CHAIN_WEIGHT * chain + ENDING_WEIGHT * lex.ending_logodds("N", p.stem)
                offer(p.stem, "NOUN", guess - shape + common - CAPITAL_NOUN)
    seen = lex.forms.get(low)
    if seen:  # forms of the gold texts: their readings get a bonus on top of what the grammar says
        total = sum(n for *_, n in seen)
        for lemma, upos, ft, n in seen:
            if upos == "NOUN" and len(lemma) > len(low):
                lemma = low  # an abbreviation (ж → ж.) keeps its written form
            if upos == "PRON" and low in PRONOUN_FORMS:
                lemma = PRONOUN_FORMS[low]  # the texts waver (олардың: ол or олар); KTB says олар
            key = (lemma, upos, ft)
            parsed = max((v for k, v in best.items() if k[:2] == key[:2]), default=MEMORY_FLOOR)
            base = MEMORY_PARSE_WEIGHT * max(parsed, MEMORY_FLOOR)
            best[key] = base + MEMORY_BONUS + math.log(n / total) + 0.3 * math.log(total + 1)
            if upos == "PROPN" and not capital:
                best[key] -= LOWER_PROPN  # the memory is lower-cased: қытай мәдениеті is not the name
    readings = sorted((Reading(lm, u, s, ft) for (lm, u, ft), s in best.items()), key=lambda r: -r.score)
    return tuple(readings[:8]) or (Reading(low, "NOUN", UNKNOWN_STEM),)


_CASE_TAGS = {"gen", "dat", "acc", "loc", "abl", "ins"}
_FINITE_TAGS = {"past", "p3", "p1 sg", "p2 sg", "p2 frm", "p1 pl", "cond", "imp p3", "imp p1 pl", "imp p2 frm",
                "fut", "fut neg", "intent", "evid"}  # fmt: skip


def chain_feat(cls: str, tags: tuple[str, ...]) -> str:
    """cls (str): N or V; tags (tuple[str, ...]): a suffix chain. RETURNS (str): its refined tag (as apertium.feat_of)."""
    for t in reversed(tags):
        if t in _CASE_TAGS:
            return t
        if t == "loc attr":
            return "loc"
    if cls == "V":
        if "ger" in tags:
            return "ger"
        if "gpr_past" in tags or "gpr_impf" in tags or "nom" in tags:
            return "fin" if tags[-1] in _FINITE_TAGS else "ptcp"
        if tags and tags[-1] in ("gna_perf", "gna_cond", "aor"):
            return "conv"
        return "fin"
    return "nom"


def _lemma(stem: str, upos: str, word: str, surface: str) -> str:
    if upos != "PROPN":
        return stem
    cased = load().cased.get(stem)
    if cased:
        return cased
    # keep the word's own capitals; the last letter may have been unvoiced (Қарағанды stays)
    return (
        surface[: len(stem)]
        if surface.lower() == stem
        else surface[: len(stem) - 1] + stem[-1]
        if len(surface) >= len(stem)
        else stem.capitalize()
    )
