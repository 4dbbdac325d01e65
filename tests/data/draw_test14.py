"""Draw the candidates of ``test14``, the second held-out part for quotes, posts and events; prints JSONL.

KazNERD only, read from ``with_sentID/IOB2_valid2.txt`` (the validation split with a source-passage
line ``AID<n> O`` before each group of sentences; without those lines it is ``IOB2_valid.txt``, so the
ids ``kaznerd-valid-<index>`` are the set's). Candidates: sentences of 5-60 tokens not already in the
set (test13 included), in six pools, shuffled with one ``random.Random(20261205)``:

- Q: a speech word of test6's list and either a PERSON/ORGANISATION/POSITION entity or a ``«...»``
  (a first version also took a ``«...»`` alone: of its 62 draws only about 15 held speech, the rest
  names, so it was narrowed before any annotation and before derek was run on the draw);
- P: a PERSON entity right next to a POSITION entity (no token, or one comma or dash, between them);
  P2: a PERSON and a POSITION entity anywhere (test6's P). Both are exhausted: every candidate left
  nearly repeats a sentence of the set (mostly its digits/number-words twin), so posts come only from
  the other pools;
- E: an event word of test6's list and a PERSON/ORGANISATION/GPE/DATE/LOCATION entity; E2: a trigger
  of ``data/event_triggers.py`` and such an entity (E is nearly exhausted);
- N: a PERSON entity and none of derek's cue words (no speech word, no word that opens with a
  speech stem of ``data/speech_verbs.py`` or a trigger of ``data/event_triggers.py``, no ``«``),
  so that recall on speech and event words derek does not know is measured too.

Near-duplicates of the set or of an earlier draw are dropped as in test6/test7 (``draw_common.near``).
Records are printed with ``"facts": ["quotes", "roles", "events"]`` and empty facts (dates are not
annotated on this part). Sizes may be given on the command line (Q P P2 E E2 N). Output on today's
data: pools Q 224, P 32, P2 38, E 120, E2 255, N 382; kept Q 65, P 0, P2 0, E 22, E2 66, N 50; 397
near-duplicates dropped.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path

from draw_common import PUBLISHED, Candidate, join, run_pool_draw, sentences

SPLIT, SEED = "test14", 20261205
DATA2 = Path("/work/shared/data/kaznerd/with_sentID/IOB2_valid2.txt")
SIZES = {"Q": 65, "P": 35, "P2": 35, "E": 55, "E2": 70, "N": 50}

SPEECH = re.compile(
    r"\b(деді|дейді|деп|деген|айтты|айтады|мәлімдеді|хабарлады|түсіндірді|атап өтті|жеткізді|ескертті"
    r"|сөйледі|тоқталды|айтуынша|сөзінше|пікірінше|ойынша|мәліметінше|хабарлауынша)\b",
    re.I,
)
EVENT = re.compile(
    r"\b(өтті|өтеді|өткізілді|өткізді|өткен|өтетін|ұйымдастырды|кездесті|кездесу\w*|қол қой\w*|сапар\w*"
    r"|келіссөз\w*|ашылды|ашты|барды|келді|жариялады|қабылдады)\b",
    re.I,
)
QUOTE_MARK = re.compile(r"«[^»]+»")
SENT_ID = re.compile(r"^[A-Z]ID\d+ O$")  # AID opens a source passage, BID, CID ... its next sentences


def _derek_cues() -> re.Pattern[str]:
    """-> a regex for a word opening with one of derek's speech stems (three letters or more, plus the
    finite forms of ``де``) or one of its event triggers."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from derek.facts.data.event_triggers import TRIGGERS
    from derek.facts.data.speech_verbs import INTRO, VERBS

    stems = [s for s, _ in VERBS if len(s) >= 3] + [w for w, _ in INTRO]
    de = r"де(ді|дi|йді|п|ген|гені|пті|дік|йміз|йтін|сек)"
    trig = "|".join(f"(?:{t})" for _, t, _ in TRIGGERS)
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, stems))}|{de}\b|{trig})", re.I)


def _derek_triggers() -> re.Pattern[str]:
    """-> a regex for one of derek's event triggers (``data/event_triggers.py``) at a word start."""
    from derek.facts.data.event_triggers import TRIGGERS

    return re.compile(rf"(?<!\w)(?:{'|'.join(f'(?:{t})' for _, t, _ in TRIGGERS)})", re.I)


def candidates2(ids: set[str]) -> Iterator[tuple[Candidate, str, set[str]]]:
    """ids (set[str]): the set's ids -> (candidate, text, entity labels) for every ``IOB2_valid2.txt``
    sentence of 5-60 tokens not in the set, in file order."""
    for i, (toks, labs) in enumerate(sentences2()):
        rid = f"kaznerd-valid-{i}"
        if rid in ids or not 5 <= len(toks) <= 60:
            continue
        text, ents = join(toks, labs)
        yield (rid, text, ents, PUBLISHED), text, {lab for _, _, lab in ents}


def sentences2() -> Iterator[tuple[list[str], list[str]]]:
    """-> (tokens, labels) for every sentence of ``IOB2_valid2.txt`` in file order, ``AID`` lines left out."""
    return sentences(DATA2, SENT_ID)


def _next_to(ents: list[list], text: str, a: str, b: str) -> bool:
    """ents (list[list]): [start, end, label]; text (str) -> whether an ``a`` entity and a ``b`` entity
    touch (nothing, or one comma or dash, between them, in either order)."""
    for _s1, e1, l1 in ents:
        for s2, _e2, l2 in ents:
            if {l1, l2} == {a, b} and e1 <= s2 and text[e1:s2].strip() in ("", ",", "—", "–", "-"):
                return True
    return False


def pools(ids: set[str]) -> dict[str, list[Candidate]]:
    """ids (set[str]): the set's ids -> the four pools, in file order."""
    cue, trig = _derek_cues(), _derek_triggers()
    out: dict[str, list[Candidate]] = {k: [] for k in SIZES}
    for cand, text, labels in candidates2(ids):
        if SPEECH.search(text) and (
            labels & {"PERSON", "ORGANISATION", "POSITION"} or QUOTE_MARK.search(text)
        ):
            out["Q"].append(cand)
        if _next_to(cand[2], text, "PERSON", "POSITION"):
            out["P"].append(cand)
        if {"PERSON", "POSITION"} <= labels:
            out["P2"].append(cand)
        if labels & {"PERSON", "ORGANISATION", "GPE", "DATE", "LOCATION"}:
            if EVENT.search(text):
                out["E"].append(cand)
            if trig.search(text):
                out["E2"].append(cand)
        if "PERSON" in labels and not (SPEECH.search(text) or cue.search(text) or "«" in text):
            out["N"].append(cand)
    return out


def main() -> None:
    run_pool_draw(SPLIT, SEED, SIZES, pools, ("quotes", "roles", "events"))


if __name__ == "__main__":
    main()
