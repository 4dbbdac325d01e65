"""Draw the candidates of ``test15``, the third held-out part for quotes and events; prints JSONL.

KazNERD only, read as for test14 (``with_sentID/IOB2_valid2.txt``; the ids ``kaznerd-valid-<index>`` are
those of ``IOB2_valid.txt``). Candidates: sentences of 5-60 tokens not already in the set (test13, test14
and the dates-only test16 included), in seven pools, each shuffled in this order with one
``random.Random(20261206)`` and drawn in this order:

- E2: a trigger of ``data/event_triggers.py`` and a PERSON/ORGANISATION/GPE/DATE/LOCATION entity
  (test14's E2, whatever it left);
- U: an event-like word derek does *not* know (``UNKNOWN``: other verbs of holding, gathering, touring,
  taking part, signing, launching, and event nouns) and such an entity, and no trigger of derek's, so
  that recall on unknown triggers is measured;
- E: an event word of test6's list (test14's E) and such an entity;
- E3: a trigger of derek's and none of those entities (the entity pools are nearly dry);
- Q: a speech word of test6's list and a PERSON/ORGANISATION/POSITION entity or a ``«...»`` (test14's Q);
- U2 (added after a first draw gave few events, which it leaves as they were): an event noun or a verb
  of gathering, touring, arriving or celebrating derek does not know (``UNKNOWN2``), no trigger of
  derek's, with or without an entity;
- E3b (added with U2): E3 again, shuffled anew, for more events; what E3 kept counts as a repeat.

Near-duplicates of the set or of an earlier draw are dropped (``draw_common.near``). Records carry
``"facts": ["quotes", "events"]`` (posts are exhausted; dates are not annotated). Sizes may be given on
the command line (E2 U E E3 Q U2 E3b). Output on today's data (test16 in the set): pools E2 174, U 98,
E 98, E3 413, Q 153, U2 190, E3b 413; kept E2 2, U 45, E 0, E3 65, Q 35, U2 45, E3b 70 (262); 382
near-duplicates dropped.
"""

from __future__ import annotations

import re

from draw_common import Candidate, run_pool_draw
from draw_test14 import EVENT, QUOTE_MARK, SPEECH, _derek_triggers, candidates2

SPLIT, SEED = "test15", 20261206
SIZES = {"E2": 40, "U": 45, "E": 15, "E3": 65, "Q": 35, "U2": 45, "E3b": 70}
ENTITY = {"PERSON", "ORGANISATION", "GPE", "DATE", "LOCATION"}

UNKNOWN = re.compile(
    r"(?<!\w)(жиналды|жиналыс\w*|бас қос\w*|басқосу\w*|аралады|аралап|аттанды|жол тарт\w*|табан тіре\w*"
    r"|жолықты|жолығ\w*|шақырыл\w*|қатысты|қатысып|салтанатты\w*|іске қосыл\w*|пайдалануға бер\w*"
    r"|тапсырыл\w*|табыстады|келісім жаса\w*|меморандум\w*|бекітті|ұйымдасқан|жүргізілді|жүргізді"
    r"|конференция\w*|форум\w*|фестиваль\w*|сайыс\w*|жарыс\w*|мерекеле\w*|атап өтілді|шара\w*)",
    re.I,
)
# U2 (added after the first five pools were drawn, which it leaves as they were): event nouns and
# verbs of gathering, touring, arriving, celebrating derek does not know, with or without an entity.
UNKNOWN2 = re.compile(
    r"(?<!\w)(жиналды|жиналып|бас қос\w*|басқосу\w*|аралады|аралап|аттанды|іссапар\w*|сапарлап|келіп жетті"
    r"|табан тіре\w*|қонақта бол\w*|тойланды|тойлады|атап өтілді|атап өтті|басталды|салтанатты\w*"
    r"|конференция\w*|форум\w*|фестиваль\w*|көрме\w*|жиын\w*|съезд\w*|семинар\w*|концерт\w*|турнир\w*"
    r"|чемпионат\w*|байқау\w*|мереке\w*|рәсім\w*|іс-шара\w*)",
    re.I,
)


def pools(ids: set[str]) -> dict[str, list[Candidate]]:
    """ids (set[str]): the set's ids -> the seven pools, in file order."""
    trig = _derek_triggers()
    out: dict[str, list[Candidate]] = {k: [] for k in SIZES}
    for cand, text, labels in candidates2(ids):
        if labels & ENTITY:
            if trig.search(text):
                out["E2"].append(cand)
            elif UNKNOWN.search(text):
                out["U"].append(cand)
            if EVENT.search(text):
                out["E"].append(cand)
        elif trig.search(text):
            out["E3"].append(cand)
        if not trig.search(text) and UNKNOWN2.search(text):
            out["U2"].append(cand)
        if SPEECH.search(text) and (
            labels & {"PERSON", "ORGANISATION", "POSITION"} or QUOTE_MARK.search(text)
        ):
            out["Q"].append(cand)
    out["E3b"] = list(out["E3"])  # a second, later draw from E3: its own shuffle; what E3 kept is a repeat
    return out


def main() -> None:
    run_pool_draw(SPLIT, SEED, SIZES, pools, ("quotes", "events"))


if __name__ == "__main__":
    main()
