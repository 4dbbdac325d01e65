"""The ordered suffix grammar: split a word into stem + suffix chain, checking harmony and allomorphs.

``parses(word)`` returns every way to read ``word`` as a stem followed by a chain of
suffixes that the slot order ``NEXT`` allows, where each suffix is the allomorph that
vowel harmony and the preceding letter call for. The stem is returned in its dictionary
form: a voiced final stop before a vowel is unvoiced (кітабы → кітап), and a verb stem
in -ы/-і merged with the aorist -й is restored (оқиды → оқы).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .phonology import ALL_VOWELS, UNVOICING, harmony, last_letter_class
from .suffixes import NOMINAL, VERBAL, Suffix

END = "END"
_NOMINAL_TAIL = ("pl", "px", "px3", "case", "attr", "sim")
_VERB_TAM = ("voice", "neg", "aor", "past", "ptcp", "impf", "fut", "conv", "ger", "cond", "imp3",
             "opt", "pol", "intent", "agent")  # fmt: skip

# Which slot may follow which: the order of Kazakh suffixes.
NEXT: dict[str, tuple[str, ...]] = {
    "N": (*_NOMINAL_TAIL, END),
    "pl": ("px", "px3", "case", "attr", "sim", END),
    "px": ("case", "attr", "sim", END),
    "px3": ("case", "attr", "sim", END),
    "case": (END,),
    "attr": (END,),
    "sim": (END,),
    "V": (*_VERB_TAM, END),
    "voice": (*_VERB_TAM, END),
    "neg": ("aor", "past", "ptcp", "impf", "futneg", "ger", "cond", "imp3", "intent"),
    "aor": ("p3", "pers", END),
    "past": ("perspast", END),
    "ptcp": ("pers", "ptcpnom", *_NOMINAL_TAIL, END),
    "ptcpnom": (*_NOMINAL_TAIL, END),
    "impf": (*_NOMINAL_TAIL, END),
    "fut": ("pers", END),
    "futneg": ("pers", END),
    "conv": ("evid", END),
    "evid": (END,),
    "ger": (*_NOMINAL_TAIL, END),
    "cond": ("perspast", END),
    "imp3": (END,),
    "opt": (END,),
    "pol": (END,),
    "intent": ("pers", "intentshy", END),
    "intentshy": ("pers", END),
    "agent": (*_NOMINAL_TAIL, END),
    "p3": (END,),
    "pers": (END,),
    "perspast": (END,),
}
_SLOT_CONTEXTS = {"neg", "conv", "intent", "aor", "ptcp"}  # ``after`` values naming the previous slot


@dataclass(frozen=True, slots=True)
class Parse:
    """A stem (dictionary form, lower case), its class ("N" or "V") and the suffix tags."""

    stem: str
    cls: str
    tags: tuple[str, ...]
    surface_stem: str  # the stem as written in the word (кітаб in кітабы)
    suffixes: tuple[str, ...] = ()  # the allomorphs as written, one per tag
    elided: bool = False  # the stem got back a vowel the word dropped (аузы → ауыз)
    disharmonic: bool = False  # a name whose first suffix breaks vowel harmony (Йорктің)


@dataclass(frozen=True, slots=True)
class _Allomorph:
    kind: str
    tag: str
    text: str
    harmony: str  # "b", "f" or "" (harmony-free)
    after: frozenset[str]


def _expand(suffixes: tuple[Suffix, ...]) -> dict[str, list[_Allomorph]]:
    out: dict[str, list[_Allomorph]] = {}
    for s in suffixes:
        forms = s.forms.split()
        after = frozenset(s.after.split())
        if len(forms) == 2:
            items = [
                _Allomorph(s.kind, s.tag, forms[0], "b", after),
                _Allomorph(s.kind, s.tag, forms[1], "f", after),
            ]
        else:
            items = [_Allomorph(s.kind, s.tag, forms[0], "", after)]
        out.setdefault(s.kind, []).extend(items)
    return out


_BY_KIND = _expand(NOMINAL + VERBAL)
# allomorph text -> [(kind, position in _BY_KIND[kind], allomorph)]: lookups by the letters that follow
_BY_TEXT: dict[str, list[tuple[str, int, _Allomorph]]] = {}
for _kind, _items in _BY_KIND.items():
    for _n, _a in enumerate(_items):
        _BY_TEXT.setdefault(_a.text, []).append((_kind, _n, _a))
_LONGEST = max(len(a.text) for items in _BY_KIND.values() for a in items)


def _fits(a: _Allomorph, before: str, prev_kind: str, prev_tag: str, loose: bool = False) -> bool:
    if a.harmony and not (loose and prev_kind == "N"):
        # the и of оқ-и-ды (оқы + й) keeps the stem's harmony
        h = harmony(before[:-1] if prev_tag == "aor" and before.endswith("и") else before)
        if h and h != a.harmony:
            return False
    after = a.after
    if "any" in after:
        return True
    if prev_kind == "px3":
        return "px3" in after
    if a.tag == "dat" and prev_tag in ("px1sg", "px2sg"):
        return "px12" in after
    if prev_kind in _SLOT_CONTEXTS and prev_kind in after:
        return True
    if "iy" in after:
        return prev_kind == "V" and last_letter_class(before) != "V"
    if "yu" in after:
        return prev_kind in ("V", "voice") and before[-1:] in ALL_VOWELS
    return last_letter_class(before) in after


def _chains(
    word: str,
    start: int,
    prev_kind: str,
    prev_tag: str,
    hyphen: bool,
    loose: bool = False,
    memo: dict | None = None,
) -> list[tuple[tuple[str, str], ...]]:
    """All (tag, allomorph) chains that read word[start:] to its end, after a morpheme of ``prev_kind``.

    ``memo`` (one dict per word) keeps the chains of each (position, previous morpheme): a word's
    cuts share their tails, so each tail is read once.
    """
    key = (start, prev_kind, prev_tag, loose)
    if memo is not None and key in memo:
        return memo[key]
    out: list[tuple[tuple[str, str], ...]] = []
    nexts = NEXT[prev_kind]
    if start == len(word):
        if END in nexts:
            out.append(())
        if memo is not None:
            memo[key] = out
        return out
    before = word[:start]
    free = hyphen and prev_kind in ("N", "V") and word[start - 1 : start] == "-"
    here = _candidates(word, start, memo)
    for kind in nexts:
        for a in here.get(kind, ()):
            if not free and not _fits(a, before, prev_kind, prev_tag, loose):
                continue
            for rest in _chains(word, start + len(a.text), a.kind, a.tag, hyphen, loose, memo):
                out.append(((a.tag, a.text), *rest))
    if memo is not None:
        memo[key] = out
    return out


def _candidates(word: str, start: int, memo: dict | None) -> dict[str, list[_Allomorph]]:
    """kind -> the allomorphs that word[start:] begins with, in the inventory's order."""
    if memo is not None and start in memo:
        return memo[start]
    found = [
        item
        for n in range(1, min(_LONGEST, len(word) - start) + 1)
        for item in _BY_TEXT.get(word[start : start + n], ())
    ]
    found.sort(key=lambda item: item[1])
    here: dict[str, list[_Allomorph]] = {}
    for kind, _, a in found:
        here.setdefault(kind, []).append(a)
    if memo is not None:
        memo[start] = here
    return here


def _reachable(word: str) -> list[bool]:
    """reach[i]: word[i:] is a run of allomorph texts (slot order aside), so a chain may start at i."""
    reach = [False] * (len(word) + 1)
    reach[len(word)] = True
    for i in range(len(word) - 1, -1, -1):
        reach[i] = any(
            reach[i + n] and word[i : i + n] in _BY_TEXT for n in range(1, min(_LONGEST, len(word) - i) + 1)
        )
    return reach


@lru_cache(maxsize=20_000)  # parses are only needed until analyze() caches its result
def parses(word: str, min_stem: int = 2) -> tuple[Parse, ...]:
    """word (str): one word, any case. RETURNS (tuple[Parse, ...]): every stem + chain reading, bare stem first."""
    low = word.lower()
    found: list[Parse] = []
    memo: dict = {}
    reach = _reachable(low)
    for cut in range(len(low), min_stem - 1, -1):
        if not reach[cut]:
            continue  # no run of suffixes leads from here to the end of the word
        surface = low[:cut]
        for cls in ("N", "V"):
            strict = _chains(low, cut, cls, "", False, False, memo)
            # a name's first suffix may break harmony (Йорк-тің): read it too, marked
            loose = (
                [c for c in _chains(low, cut, "N", "", False, True, memo) if c not in strict]
                if cls == "N" and word[:1].isupper()
                else []
            )
            for pairs, disharmonic in [(c, False) for c in strict] + [(c, True) for c in loose]:
                chain = tuple(tag for tag, _ in pairs)
                texts = tuple(text for _, text in pairs)
                for stem in _stems(surface, low, cut, cls, chain):
                    elided = len(stem) == cut + 1 and (
                        (stem[-2] in "ыі" and stem[:-2] == surface[:-1]) or stem == surface + "т"
                    )
                    found.append(Parse(stem, cls, chain, word[:cut], texts, elided, disharmonic))
    return tuple(found)


def suffix_chains(tail: str) -> list[tuple[str, ...]]:
    """tail (str): the part after a hyphen (``дың`` of ``ҚХР-дың``). RETURNS (list): nominal chains that read it whole."""
    low = "-" + tail.lower()
    return [tuple(tag for tag, _ in c) for c in _chains(low, 1, "N", "", True) if c]


def _stems(surface: str, word: str, cut: int, cls: str, chain: tuple[str, ...]) -> list[str]:
    if not chain:
        return [surface]
    stems = [surface]
    nxt = word[cut : cut + 1]
    if nxt and nxt in ALL_VOWELS and surface[-1:] in UNVOICING:
        stems.insert(0, surface[:-1] + UNVOICING[surface[-1]])  # кітаб-ы → кітап
    if (
        nxt
        and nxt in ALL_VOWELS
        and len(surface) >= 3
        and surface[-1] not in ALL_VOWELS
        and (surface[-2] not in ALL_VOWELS or surface[-2] in "уй")
    ):
        last = UNVOICING.get(surface[-1], surface[-1])
        for vowel in ("ы", "і") if harmony(surface) != "f" else ("і",):  # қаупі → қауіп keeps a front і
            stems.append(surface[:-1] + vowel + last)  # ауз-ы → ауыз, орн-ы → орын, халқ-ы → халық
    if cls == "N" and surface.endswith("с") and len(surface) >= 4 and nxt in ("ы", "і", "т"):
        stems.append(surface + "т")  # журналис-і → журналист, социалис-тер → социалист (ст + т → ст)
    if nxt and nxt in ALL_VOWELS and surface[-1:] not in ALL_VOWELS and cls == "N":
        stems.append(surface + "ь")  # корол-і → король (a loan's soft sign goes before a vowel)
    if cls == "V" and surface.endswith("у") and nxt in ("ы", "і"):
        stems.append(surface[:-1] + "п")  # тау-ып → тап
    if cls == "V" and nxt == "ю" and chain[0] == "ger":
        stems = [surface if surface.endswith("и") else surface + "й"]  # кеңе-ю → кеңей, ти-ю → ти
    if cls == "V" and word[cut : cut + 1] == "и" and chain[0] in ("aor", "gpr_impf"):
        stems = [surface + ("ы" if harmony(surface) != "f" else "і")]  # оқ-иды → оқы
    return stems
