"""Readers of the lexicon sources: UniMorph kaz and hunspell-kk (used by :mod:`derek.morph.build`)."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from ..alphabet import LATIN_TO_CYRILLIC
from .grammar import parses

_STRONG = {"gen", "dat", "loc", "abl", "ins", "loc attr", "pl"}
_VERBAL = {"ger", "gpr_past", "gpr_impf", "past", "aor", "gna_perf", "pass", "cond", "neg"}
# endings that make verbs (дамы-т, біріктір, абайла): such a stem among hunspell's nominals is the verb
_VERB_MAKERS = ("т", "тыр", "тір", "дыр", "дір", "ғыз", "гіз", "қыз", "кіз", "ла", "ле", "да", "де", "та",
                "те", "лан", "лен", "дан", "ден", "тан", "тен", "ыл", "іл", "ын", "ін", "ай", "ей")  # fmt: skip
_PASSIVE = ("ыл", "іл", "л", "ын", "ін", "н")


def fix_lookalikes(word: str) -> str:
    """word (str): a Cyrillic word typed with some Latin letters (``бoлу``). RETURNS (str): all Cyrillic."""
    if not any("а" <= ch <= "я" or ch in "әғқңөұүһі" for ch in word.lower()):
        return word  # a genuinely Latin word
    return "".join(LATIN_TO_CYRILLIC.get(ch, ch) for ch in word)


def verb_stem(infinitive: str, known: set[str]) -> tuple[str, ...]:
    """infinitive (str): ``жазу``, ``оқу``, ``кию``. RETURNS (tuple[str, ...]): the likely verb stems, best first."""
    if infinitive.endswith("ю"):  # ю is й + у: кеңею → кеңей, сүю → сүй; but тию → ти
        return (infinitive[:-1] if infinitive[-2:-1] == "и" else infinitive[:-1] + "й",)
    if not infinitive.endswith("у") or len(infinitive) < 3:
        return ()
    stem = infinitive[:-1]
    if stem[-1] in "бгғ":
        stem = stem[:-1] + {"б": "п", "г": "к", "ғ": "қ"}[stem[-1]]
    vowel = "ы" if any(c in "аоұы" for c in stem[-3:]) else "і"
    if stem + vowel in known:
        return (stem + vowel,)
    return (stem,)  # the -ы/-і stems (оқы) come from the Apertium and UniMorph lemmas


def build_unimorph(shared: Path) -> tuple[set[str], set[str], dict[str, str]]:
    base = shared / "unimorph_kaz"
    nouns = {line.split("\t")[0] for line in open(base / "kaz.noun.tsv", encoding="utf-8") if "\t" in line}
    verb_forms: dict[str, set[str]] = defaultdict(set)
    for line in open(base / "kaz.sm", encoding="utf-8"):
        parts = line.rstrip("\n").split("\t")
        if len(parts) >= 2 and " " not in parts[0]:
            verb_forms[fix_lookalikes(parts[0])].add(fix_lookalikes(parts[1]))
    verbs: dict[str, str] = {}
    for inf, forms in verb_forms.items():
        stem = inf[:-1]
        if stem[-1:] in "бгғ":
            stem = stem[:-1] + {"б": "п", "г": "к", "ғ": "қ"}[stem[-1]]
        vowel = "ы" if any(c in "аоұы" for c in stem) and not any(c in "әеөүі" for c in stem[-2:]) else "і"
        if any(f.startswith(stem + vowel + "ды") or f.startswith(stem + vowel + "ді") for f in forms):
            stem += vowel  # оқыды: the stem is оқы
        verbs[inf] = stem
    adjectives = set()
    for line in open(base / "kaz.derivations", encoding="utf-8"):
        parts = line.rstrip("\n").split("\t")
        if len(parts) >= 3 and ":" in parts[2]:
            before, after = parts[2].split(":", 1)
            for word, pos in ((parts[0], before), (parts[1], after)):
                if pos == "ADJ" and " " not in word:
                    adjectives.add(word)  # ғылыми, экономикалық, әділ
                elif pos == "N" and " " not in word and not word.endswith("у"):
                    nouns.add(word)
    return nouns, set(verbs.values()), verbs, adjectives


def build_hunspell(dic: Path, known_verbs: set[str], other_nominals: set[str]) -> tuple[set[str], set[str]]:
    nominal: set[str] = set()
    verbs: set[str] = set()
    lines = open(dic, encoding="utf-8-sig").read().split("\n")[1:]
    raw_verbs = []
    for line in lines:
        word, _, flags = line.strip().partition("/")
        word = fix_lookalikes(word)
        if not word or " " in word:
            continue
        if flags.startswith("M"):
            raw_verbs.append(word)
        else:
            nominal.add(word)
    # verbal nouns that hunspell lists as nominals (жаулау, бейнелеу) name a verb too
    raw_verbs += [w for w in nominal if w.endswith("у") and w[:-1].endswith(_VERB_MAKERS) and len(w) > 4]
    for inf in raw_verbs:
        verbs.update(verb_stem(inf, known_verbs))
    # drop passives of a listed verb (жазыл of жаз: the lemma of жазылды is жаз)
    verbs = {v for v in verbs if not any(v.endswith(p) and v[: -len(p)] in verbs for p in _PASSIVE)}

    # drop inflected forms of a listed nominal (абайдан of абай)
    def inflected(word: str) -> bool:
        for p in parses(word):
            if p.cls == "N" and p.tags and p.stem in nominal and p.stem != word:
                return True
            if p.cls == "V" and set(p.tags) & _VERBAL and p.stem in verbs:
                return True  # жиналған: a participle of жина
        return False

    nominal = {w for w in nominal if not inflected(w)}
    # a verb stem listed among the nominals too (дамыт, біріктір) is a verb unless another source says noun
    nominal = {w for w in nominal if w not in verbs or w in other_nominals or not w.endswith(_VERB_MAKERS)}
    return nominal, verbs
