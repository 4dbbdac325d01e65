"""Small grammar toolkit shared by the fact stages: word classes, named rules, a longest-match runner.

A rule is a regular expression composed from module constants (yargy-style) plus
an interpretation function over its named groups. :func:`longest` tries every
rule at every token start and keeps the longest interpretable match, so rules
stay small and independent; :data:`DEBUG` traces which rule fired.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from ..alphabet import CYRILLIC, CYRILLIC_LOWER, CYRILLIC_UPPER, DIGITS, LATIN, LATIN_BASIC

LETTER = CYRILLIC + LATIN
LOWER = CYRILLIC_LOWER
WORD_CHAR = f"[{LETTER}{DIGITS}]"
B = f"(?<!{WORD_CHAR})"  # start of a word
E = f"(?!{WORD_CHAR})"  # end of a word
SP = r"[ \t]+"
DASH = "[-–—]"
WORD = f"[{LETTER}]+(?:-[{LETTER}{DIGITS}]+)*"
NEXT_WORD = re.compile(f"[ \\t]+([{LETTER}-]+)")  # the word after a position, past spaces or tabs
LOCATIVE = ("да", "де", "та", "те", "нда", "нде")  # the locative case: Астанада, Бейжіңде, кентте, қаласында
GENITIVE = ("ның", "нің", "дың", "дің", "тың", "тің")  # the genitive case: Қазақстанның, елдің, ҚХР-дың
DATIVE = ("ға", "ге", "қа", "ке", "на", "не")  # the dative case: өңірге, Астанаға, орталығына
ABLATIVE = ("дан", "ден", "тан", "тен", "нан", "нен")  # the ablative case: Астанадан, елден, қаласынан
ACCUSATIVE = ("ны", "ні", "ды", "ді", "ты", "ті")  # the accusative case: жобаны, елді, президентті
OWNED_ACCUSATIVE = ("ын", "ін")  # the accusative after a third-person possessive: жобасын, делегациясын, елін
ANY_ACCUSATIVE = (*ACCUSATIVE, *OWNED_ACCUSATIVE)  # either: жобаны, жобасын
PLURAL = ("лар", "лер", "дар", "дер", "тар", "тер")  # the plural: тұрғындар, мамандар, депутаттар
PARTICIPLE = ("ған", "ген", "қан", "кен")  # the past participle: айтқан, өткен, келген
# a Roman numeral, in Latin letters or their Cyrillic look-alikes (І, Х, С): XX ғасыр, І тоқсан, І дәрежелі орден
ROMAN = "[IVXLCІХС]+"
HABITUAL = ("атын", "етін", "йтын", "йтін")  # the habitual participle: жасайтын, беретін, оқытатын
NEGATION = ("ма", "ме", "ба", "бе", "па", "пе")  # the negative verb: айтпады, алмады, кездеспейді
PLURAL_WORD = re.compile(
    f"(?:{'|'.join(PLURAL)})(?:ы|і)?$", re.I
)  # a plural, maybe owned: мамандар, өкілдері
DEBUG: list[str] = []  # append-only trace while ``trace`` is on
_trace = False


def alphabet_upper() -> str:
    """Upper-case Cyrillic and Latin letters, for name patterns."""
    return CYRILLIC_UPPER + LATIN_BASIC[26:]


def alt(words: Iterable[str]) -> str:
    """words (Iterable[str]): literal alternatives -> a regex group, longest first."""
    return "(?:" + "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True)) + ")"


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    interpret: Callable[[re.Match[str]], Any]


def rule(name: str, regex: str, interpret: Callable[[re.Match[str]], Any]) -> Rule:
    """name (str): rule name; regex (str): composed pattern; interpret (Callable): match -> value or None."""
    return Rule(name, re.compile(B + "(?:" + regex + ")" + E, re.I), interpret)


def longest(text: str, starts: Sequence[int], rules: Sequence[Rule]) -> list[tuple[int, int, Any, str]]:
    """text (str): text; starts (Sequence[int]): candidate starts; rules (Sequence[Rule]) -> non-overlapping matches."""
    out: list[tuple[int, int, Any, str]] = []
    end_of_last = -1
    for start in starts:
        if start < end_of_last:
            continue
        best: tuple[int, int, Any, str] | None = None
        for r in rules:
            m = r.pattern.match(text, start)
            if m is None or m.end() <= start:
                continue
            if best is not None and m.end() <= best[1]:
                continue
            value = r.interpret(m)
            if value is not None:
                best = (start, m.end(), value, r.name)
        if best:
            if _trace:
                DEBUG.append(f"{best[3]}: {text[best[0] : best[1]]!r} -> {best[2]}")
            out.append(best)
            end_of_last = best[1]
    return out


def word_starts(text: str) -> list[int]:
    """text (str): text -> offsets where a word or number starts (a fallback when there are no tokens)."""
    return [m.start() for m in re.finditer(f"{WORD_CHAR}+(?:-{WORD_CHAR}+)*|[^\\s{LETTER}{DIGITS}]", text)]


def clause_start(text: str, start: int, at: int) -> int:
    """text (str); start (int): the sentence's start; at (int) -> where the clause holding ``at`` starts: after the
    last comma, semicolon or colon between ``start`` and ``at``, or ``start``."""
    return max(start, *(text.rfind(c, start, at) + 1 for c in ",;:"))


def sentence_start(text: str, at: int, marks: str = ".!?\n") -> int:
    """text (str); at (int); marks (str): the characters that end a stretch -> where the stretch holding ``at``
    starts: after the last of ``marks`` before it, or 0 (a cheap sentence start where no Sentence is at hand)."""
    return max(text.rfind(c, 0, at) for c in marks) + 1


_LINE = re.compile(r"[^\n]+")
_ROMAN_WORD = re.compile(f"(?<![{LETTER}]){ROMAN}(?![{LETTER}])")


def caps_lowered(text: str) -> str:
    """text (str) -> the same text, letter for letter (offsets stay), with each line set in capitals (a headline:
    ``ОБЛЫСТЫҚ МӘСЛИХАТ СЕССИЯСЫ ӨТТІ``, ``06 ҚАРАШАДАН 05 ЖЕЛТОҚСАНҒА ДЕЙІН``) in lower case but its first letter
    and its Roman numerals (``XX ҒАСЫР``), so rules written for running text read it; other lines unchanged.
    The events stage reads headlines so since session 7, the dates stage since session 33 (all 5 capitalized
    dates of the read news parts were misread before)."""
    if not any(line.isupper() for line in text.split("\n")):
        return text  # most texts hold no line in capitals: one pass in C
    out = []
    last = 0
    for m in _LINE.finditer(text):
        line = m.group()
        if not line.isupper():
            continue  # a lower-case letter: no headline in capitals
        letters = [c for c in line if c.isalpha()]
        if len(letters) >= 8 and all(c.isupper() for c in letters) and len(line.split()) >= 2:
            low = list(line.lower())
            if len(low) == len(line):
                first = next(i for i, c in enumerate(line) if c.isalpha())
                low[first] = line[first]
                for r in _ROMAN_WORD.finditer(line):
                    low[r.start() : r.end()] = r.group()
                out += [text[last : m.start()], "".join(low)]
                last = m.end()
    return "".join(out) + text[last:] if out else text
