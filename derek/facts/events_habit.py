"""Habits and generic statements for the ``events`` stage (session 5, generality on Wikipedia-style text).

A present-future (aorist) trigger in the third person, passive or intransitive (``өткізіледі``, ``ашылады``,
``жарияланады``), announces an occasion in news only when the sentence ties it to one: a date, a named place or
a word such as ``ертең``, ``жақында`` (``Шығыс Қазақстан өңірінде жақында ... орталығы ашылады``). Without one it
states a habit, a rule or a property (``Педагогикалық кеңес әр оқу тоқсанында ... өткізіледі``). Habitual adverbs
(``әдетте``, ``оқта-текте``) before a trigger make it a habit in any tense. Data in ``data/event_triggers.py``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..doc import DateMention, Entity, Sentence
from . import grammar as g
from .data.event_triggers import (
    AORIST_EVENT_FORMS,
    CONDITIONAL,
    EVERY,
    HABITUAL_ADVERBS,
    HELD_OBJECTS,
    NEGATIVE_AFTER,
    NEW_OPENING,
    OCCASION_WORDS,
    OPENED_OBJECTS,
    PASSING_AFTER,
    PLACE_LABELS,
)
from .events_context import event_noun, event_subject

_AORIST = re.compile(AORIST_EVENT_FORMS)
# A habitual adverb, a hyphen spaced or not (Wikipedia's ``Оқта - текте``).
_HABITUAL = re.compile(
    g.B
    + "(?:"
    + "|".join(re.escape(w).replace(r"\-", r"[ \t]*-[ \t]*") for w in HABITUAL_ADVERBS)
    + ")"
    + g.E,
    re.I,
)
_OCCASION = re.compile(g.B + g.alt(OCCASION_WORDS) + g.E, re.I)
_NEW = re.compile(g.B + g.alt(NEW_OPENING) + g.E, re.I)
# the objects' stems before a vowel ending voices their last consonant: орталық -> орталығы, мектеп -> мектебі
_OPENED_STEMS = tuple(o[:-1] if o.endswith(("к", "қ", "п")) else o for o in OPENED_OBJECTS)
_WORDS = re.compile(g.WORD)
_CONVERB = ("ып", "іп")  # кеңесіп 'consulting': a verb on a noun's stem
_CONDITIONAL = re.compile(f"[{g.LOWER}]{{2,}}" + CONDITIONAL)
# A word, a comma, or a word and a dash before: inside a sentence (``үлгісінің бірі – Сапарғали``), not at its
# start nor opening speech (``айдарына: — Өткен жылы``).
_NAME_AFTER = re.compile(f"[{g.LETTER}{g.DIGITS},][ \\t]*(?:{g.DASH}[ \\t]*)?$")
_SINCE = re.compile(g.B + "бері" + g.E, re.I)
_NEGATIVE_NEXT = re.compile(f"[ \\t]+[{g.LETTER}]{{2,}}{NEGATIVE_AFTER}{g.E}", re.I)


def generic_aorist(
    text: str, sent: Sentence, m: re.Match[str], ents: Sequence[Entity], dates: Sequence[DateMention]
) -> bool:
    """text (str); sent (Sentence); m (re.Match): a trigger; ents; dates -> True for a third-person aorist
    (``өткізіледі``) in a sentence with no date, no named place and no occasion word: a habit or a rule."""
    if not _AORIST.fullmatch(m.group().lower()):
        return False
    if any(sent.start <= d.start < sent.end for d in dates):
        return False
    if any(sent.start <= e.start < sent.end and e.label in PLACE_LABELS for e in ents):
        return False
    if m.group().lower().startswith("ашыл") and _NEW.search(text, sent.start, m.start()):
        return False  # Жамбылда 3 жаңа көкөніс қоймасы ашылады: a new thing opens once (session 21)
    words = _WORDS.findall(text, g.clause_start(text, sent.start, m.start()), m.start())
    # Ел аймақтарында бес ядролық медицина орталығы ашылады: a centre opens once (session 33)
    if m.group().lower().startswith("ашыл") and any(w.lower().startswith(_OPENED_STEMS) for w in words):
        return False
    if any(event_subject(w) and not w.lower().endswith(_CONVERB) for w in words) and not any(
        w.lower() in EVERY for w in words
    ):
        # Елордада ет жәрмеңкесі өтеді 'a meat fair will be held': an event named as the subject is one occasion
        # (session 33: in the read news parts 22 such aorists are gold events, 5 are not); not one held every
        # term (``Педагогикалық кеңес әр оқу тоқсанында ... өткізіледі``), nor a verb (``кеңесіп``)
        return False
    return _OCCASION.search(text, sent.start, sent.end) is None


def habitual_adverb(text: str, sent: Sentence, m: re.Match[str]) -> bool:
    """text (str); sent (Sentence); m (re.Match): a trigger -> True if a habitual adverb (``әдетте``) stands up to
    six words before it in its sentence."""
    words = text[sent.start : m.start()].split()
    start = m.start() - len(" ".join(words[-8:])) - 1  # six words, and room for a spaced hyphen
    return _HABITUAL.search(text, max(sent.start, start), m.start()) is not None


def hypothetical(sent: Sentence, m: re.Match[str], dates: Sequence[DateMention]) -> bool:
    """sent (Sentence); m (re.Match): a trigger; dates -> True for a conditional (``жарияланса``, ``қол қойса``) in
    a sentence with no date: a hypothesis (with a date it is a concessive fact: ``жыл басынан бері ...
    сапарласа``)."""
    if not _CONDITIONAL.fullmatch(m.group().lower().split()[-1]):
        return False
    if _SINCE.search(m.string, sent.start, m.start()):
        return False  # жыл басынан бері ... сапарласа: a past span 'since', so a fact
    return not any(sent.start <= d.start < sent.end for d in dates)


def proper_name(text: str, sent: Sentence, m: re.Match[str]) -> bool:
    """text (str); sent (Sentence); m (re.Match): a trigger -> True if it is capitalized inside its sentence after
    a word or a comma: a name (``Сапарғали мен Нұржан айтысы``), not a verb or an event noun."""
    return m.group()[:1].isupper() and _NAME_AFTER.search(text, sent.start, m.start()) is not None


def negated_after(text: str, m: re.Match[str]) -> bool:
    """text (str); m (re.Match): a trigger -> True if the next word is a negative verb (``келіссөздерді
    болдырмай``, ``сапарға шықпауы``, ``барып көрмеген``): the event did not or must not happen."""
    return _NEGATIVE_NEXT.match(text, m.end()) is not None


def happened_without_event(text: str, sent: Sentence, m: re.Match[str]) -> bool:
    """text (str); sent (Sentence); m (re.Match): a held trigger -> True for ``болып өт-`` 'took place' with no
    event noun in its clause before it (``Нигерияда бірнеше қарулы қақтығыстар болып өтті``: clashes, none of the
    eight types; ``футбол турнирі болып өтті`` is held)."""
    before = text[sent.start : m.start()].rsplit(",", 1)[-1].split()
    if not before or before[-1].lower() != "болып" or not m.group().lower().startswith("өт"):
        return False
    words = [w.strip("«»()") for w in before[:-1]]
    # ``іс шара`` 'event' written apart, as ``іс-шара`` (session 18, news-test41)
    words += [f"{a}-{b}" for a, b in zip(words, words[1:], strict=False) if a.lower() == "іс"]
    return not any(event_noun(w) for w in words)


_ACCUSATIVE = re.compile(
    f"[{g.LOWER}-]{{2,}}(?:[ыі]н|[аәеиоөуұүыіэюя](?:ны|ні)|[^аәеиоөуұүыіэюя](?:ды|ді|ты|ті))"
)


def handed_over(prev: str) -> bool:
    """prev (str): the word before ``өткіз-`` -> True if it is a noun in the accusative that is no event
    (``пәтерлерін өткізіп``, ``көлігін өткізеді``): 'hand over, sell', not 'hold' (not ``жиынды өткізуді``)."""
    word = prev.lower().strip(",.;:!?«»()")
    if not _ACCUSATIVE.fullmatch(word) or event_noun(word):
        return False
    return not word.startswith(HELD_OBJECTS) and not word.split("-")[-1].startswith(HELD_OBJECTS)


_PASSING = re.compile(f"[ \\t]+{g.alt(PASSING_AFTER)}", re.I)


def passing(text: str, m: re.Match[str]) -> bool:
    """text (str); m (re.Match): a held trigger -> True for ``өтіп`` before a motion auxiliary (``өтіп бара
    жатқан көліктерді``, ``өтіп кеткен``): moving past, not being held."""
    return m.group().lower() == "өтіп" and _PASSING.match(text, m.end()) is not None
