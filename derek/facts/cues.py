"""Speech cues: the speech-verb grammar shared by the quote stage (and the event stage, to skip speech)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..doc import Token
from . import grammar as g
from .data.speech_verbs import (
    ACTIVE_ONLY,
    ADVERBS,
    CELEBRATED,
    COMPLEMENT_ENDINGS,
    COMPLEMENTS,
    DEP_AUXILIARIES,
    ENDINGS,
    INTRO,
    NAMING_CUES,
    NOT_NAMED,
    NOUN_COMPLEMENTS,
    PARTICLES,
    SPEECH_NOUN_VERBS,
    SPEECH_NOUNS,
    VERBS,
)
from .data.tense import FUTURE, PAST, PAST_PARTICIPLE

_ADV = f"(?:{g.alt(ADVERBS)}[ \\t]+)*"
_STEMS = "|".join(re.escape(v).replace("\\ ", "[ \\t]+") for v, _ in sorted(VERBS, key=lambda v: -len(v[0])))
_ENDS = g.alt(e for e in ENDINGS if " " not in e) + f"(?:[ \\t]+(?:отыр|жатыр)[{g.LOWER}]*)?"
# A speech verb: адвербы + stem + ending (айтты, атап өтті, мәлімдеді, деді, дейді, деп жазды).
CUE = re.compile(
    g.B + f"(?:деп[ \\t]+{g.alt(DEP_AUXILIARIES)}[{g.LOWER}]*|{_ADV}(?:{_STEMS}){_ENDS})" + g.E, re.I
)
COMPLEMENT = re.compile(
    g.B
    + f"(?!{g.alt(NOUN_COMPLEMENTS)})"
    + f"(?:{g.alt(COMPLEMENTS)}|[{g.LETTER}-]+{g.alt(COMPLEMENT_ENDINGS)})"
    + g.E
    + f"(?:[ \\t]+{g.alt(PARTICLES)}{g.E})?",
    re.I,
)
# a body's short name in brackets after its genitive name: ``Дүниежүзілік денсаулық сақтау ұйымының (ДДСҰ)
# деректеріне сүйенсек, ...`` (session 24, news-test161)
_ACRONYM_AFTER = r"(?:[ \t]+\([^()\n]{1,20}\))?"
# the one spoken to before the speaker is none of it: ``Бізге ІІД ЖПБ жауап бергендей, ...`` (session 29)
_ADDRESSEE = "(?:(?:бізге|маған|сізге|оларға|оған)[ \\t]+)?"
INTRO_RE = re.compile(
    g.B
    + _ADDRESSEE
    + f"(?:(?P<who>[{g.LETTER}-]+(?:[ \\t]+[{g.LETTER}-]+){{0,3}}?){_ACRONYM_AFTER}[ \\t]+)?(?P<cue>{g.alt(i for i, _ in INTRO)})[ \\t]*,",
    re.I,
)
# ``Серік Төлеубайдың айтуынша С. Сейфуллин көшесінде ...``: after a possessor in the genitive the comma may
# be left out (session 8, real news pages; ``Дәрігерлердің мәліметінше ауырғандардың көбі ...``, session 13)
# (``... департаменті мамандарының дерегінше осы аптада ...``: both such phrases in the read news parts open a
# gold quote; session 29)
INTRO_BARE_RE = re.compile(
    g.B
    + f"(?P<who>(?:[{g.LETTER}.-]+[ \t]+){{0,3}}[{g.LETTER}-]+{g.alt(g.GENITIVE)}){_ACRONYM_AFTER}[ \t]+"
    + f"(?P<cue>{g.alt(i for i, _ in INTRO if i.endswith(('уынша', 'уінше', 'сөзінше', 'ойынша', 'мәліметінше', 'дерегінше')))})[ \t]+(?=[^\\s,])",
    re.I,
)


_LEMMAS = frozenset(v for v, _ in VERBS if " " not in v)
_FINITE = re.compile("(?:" + "|".join(e for e, _ in (*FUTURE, *PAST, *PAST_PARTICIPLE)) + ")$")
_WORD = re.compile(f"[{g.LETTER}-]+")
# A participle with a case ending is a noun, no finite verb: ``«сыр шерту» дегенді қайсымыз білмейміз``.
_CASED_PARTICIPLE = re.compile(
    f"(?:{'|'.join(g.PARTICIPLE)})(?:ды|ді|ты|ті|ны|ні|ға|ге|қа|ке|да|де|та|те|дан|ден|тан|тен|нан|нен|дың|дің|ның|нің|мен|бен|пен|ын|ін)$"
)


# the passive infix after a stem (``болжа-н-ады``, ``айт-ыл-ды``)
_PASSIVE_INFIX = re.compile("(?:ыл|іл|ын|ін|л|н)")
# a negative verb says nothing was said: ``... алатынын шенді айтпады`` 'the official did not say which' (session 16)
_NEGATIVE = re.compile(f"{g.alt(g.NEGATION)}(?:ды|ді|ған|ген|йды|йді|с)")


def lemma_cues(text: str, tokens: Sequence[Token]) -> list[re.Match[str]]:
    """text (str): text; tokens (Sequence[Token]): with lemmas -> finite speech verbs found by lemma (``депті``)."""
    out = []
    for t in tokens:
        lemma, word = (t.lemma or "").lower(), t.text.lower()
        if lemma in _LEMMAS and t.pos in ("VERB", "AUX") and word.startswith(lemma):
            rest = word[len(lemma) :]
            if (
                _FINITE.search(rest)
                and not (lemma in ACTIVE_ONLY and _PASSIVE_INFIX.match(rest))
                and not _CASED_PARTICIPLE.fullmatch(rest)
                and not _NEGATIVE.match(rest)
                and (m := _WORD.match(text, t.start))
            ):
                out.append(m)
    return out


def cues(
    text: str, start: int = 0, end: int | None = None, extra: Sequence[re.Match[str]] = ()
) -> list[re.Match[str]]:
    """text (str): text; start, end (int): region; extra (Sequence[Match]): lemma cues -> speech verbs in it.

    Bare ``деп`` is no cue."""
    stop = len(text) if end is None else end
    found = [m for m in CUE.finditer(text, start, stop) if m.group().lower() != "деп"]
    for m in extra:
        if (
            start <= m.start()
            and m.end() <= stop
            and all(m.end() <= f.start() or m.start() >= f.end() for f in found)
        ):
            found.append(m)
    return sorted(found, key=lambda m: m.start())


_NOUN_VERBS = tuple(v for v, _ in SPEECH_NOUN_VERBS)


_CELEBRATED = re.compile(f"(?:{g.alt(w for w, _ in CELEBRATED)})(?:с?[ыі]н|н)[ \\t]+$", re.I)  # мерекесін


def celebrated(text: str, cue: re.Match[str]) -> bool:
    """text (str); cue (Match) -> True for ``... 50 жылдығын атап өтті``: a feast or an anniversary celebrated."""
    return (
        cue.group().lower().startswith("атап өт")
        and _CELEBRATED.search(text, max(0, cue.start() - 40), cue.start()) is not None
    )


def naming(text: str, cue: re.Match[str]) -> bool:
    """text (str); cue (Match): a cue -> True for ``«...» деген жол картасы``: a participle cue before a noun
    that is no speech noun names a thing, and so does a bare speech noun before no verb of saying
    (``деген ұсыныс, мен енгізген``; ``деген болжам айтады`` quotes)."""
    if cue.group().lower() not in NAMING_CUES:
        return False
    nxt = g.NEXT_WORD.match(text, cue.end())
    word = nxt.group(1).lower() if nxt else ""
    if not word or word in NOT_NAMED:
        return False
    if not word.startswith(SPEECH_NOUNS):
        return True
    if word in SPEECH_NOUNS:
        verb = g.NEXT_WORD.match(text, nxt.end())
        return not (verb and verb.group(1).lower().startswith(_NOUN_VERBS))
    return False
