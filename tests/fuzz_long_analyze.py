"""Long fuzz run, not collected by pytest: python tests/fuzz_long_analyze.py N SEED analyze|segment MUTATIONS.

Records each distinct crash site (exception type, file:line) with its shortest input in
/tmp/derek_fuzz_crashes_<mode>_<seed>.json instead of stopping at the first. KazNERD sentences join the
seed sentences when DEREK_KAZNERD points at IOB2_valid.txt.
"""

import collections
import json
import os
import sys
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import fuzz_inputs as F
from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st

import derek
from derek.segment import segment

N = int(sys.argv[1])
SEED = int(sys.argv[2])
MODE = sys.argv[3]
OPS = int(sys.argv[4])
# KazNERD sentences
sents, cur = [], []
for line in open(os.environ["DEREK_KAZNERD"], encoding="utf-8") if os.environ.get("DEREK_KAZNERD") else ():
    line = line.rstrip("\n")
    if not line.strip():
        if cur:
            sents.append(" ".join(cur))
            cur = []
    else:
        cur.append(line.rsplit(" ", 1)[0])
F.sentence = st.sampled_from(F.SEEDS + sents)
print("seeds", len(F.SEEDS), len(sents), flush=True)
crashes = collections.OrderedDict()
count = [0]


@settings(
    max_examples=N,
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
    phases=[Phase.generate],
)
@seed(SEED)
@given(F.mutated(6, OPS), st.one_of(F.published, st.sampled_from(["0001-01-01", "9999-12-31", "2024-02-29"])))
def t(text, pub):
    count[0] += 1
    try:
        if MODE == "segment":
            ss, ts = segment(text)
            for r in (*ss, *ts):
                assert 0 <= r.start <= r.end <= len(text) and text[r.start : r.end] == r.text, r
        else:
            doc = derek.analyze(text, published=pub)
            F.check_document(doc, text)
    except Exception as exc:
        tb = traceback.extract_tb(exc.__traceback__)
        site = f"{type(exc).__name__} {tb[-1].filename.split('/derek/')[-1]}:{tb[-1].lineno}"
        if site not in crashes or len(text) < len(crashes[site][0]):
            if site not in crashes:
                print("NEW", site, repr(text)[:300], flush=True)
                traceback.print_exc()
            crashes[site] = (text, pub, "".join(traceback.format_exception(exc)))


t0 = time.time()
t()
print(f"done {count[0]} examples in {time.time() - t0:.0f}s; {len(crashes)} sites", flush=True)
json.dump(
    {k: v for k, v in crashes.items()},
    open(f"/tmp/derek_fuzz_crashes_{MODE}_{SEED}.json", "w"),
    ensure_ascii=True,
    indent=1,
)
