"""Could a learned chooser pick quote speakers better than derek's rules? (session 10; a measurement, not shipped)

For every quote derek finds that overlaps an annotated one in the news fact set, the candidates are the
persons, posts and organizations derek's NER finds from 1,500 characters before the quote to 400 after it
(mentions of one name grouped), the rules' own speaker, and "no speaker". Each candidate gets plain features:
whether the rules chose it, its distance before and after the quote in characters and sentences, its case
(nominative, genitive), whether it opens a sentence or shares the quote's paragraph, its label, how often
it is named, whether it holds a post derek found, whether it spoke the quote before, and its rank among the
names before the quote. A logistic regression (pairwise feature products) or gradient-boosted trees score
the candidates; the best one is the speaker. Leave-one-part-out over the news parts: each part is scored by
a model trained on all the others.

    pip install scikit-learn==1.9.1        # or: pip install -e '.[experiments]'
    python bench/news_facts.py && python bench/speaker_choice.py

Session 10 (606 articles in seventeen parts, derek at `cebbaaf`+): of 637 found quotes the rules pick the right
speaker for 527, a candidate list holds the right one for 604, and the chooser gets 532–534 (+5 to +7 of 637,
about +0.01 quotes F1; one or two parts of seventeen worse, most unchanged). Not worth a model in the package.

Session 18 (2,928 articles, derek at `1ca9c8b`), trained once on the forty-six parts read by then (1,551 found
quotes) and tested on the thirty-six then unread (1,321; the rules right on 1,073, a right candidate on 1,217): the
three models pick 1,079–1,083, +6 to +10 (about +0.005 quotes F1). Five times the data did not change the verdict.
"""

from __future__ import annotations

import math
import sys
from collections import OrderedDict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from derek.evaluate.facts import analyze_record, read_records  # noqa: E402
from derek.facts import matching as m  # noqa: E402
from derek.facts.grammar import GENITIVE  # noqa: E402
from derek.facts.mentions import strip_case  # noqa: E402

SPEAKER_LABELS = ("PERSON", "POSITION", "ORGANISATION")


def _sentence(sents: list[tuple[int, int]], pos: int) -> int:
    for i, (s, e) in enumerate(sents):
        if s <= pos < e:
            return i
    return len(sents) - 1


def _candidates(ents, quote) -> OrderedDict:
    out: OrderedDict = OrderedDict()
    for e in ents:
        if e.label not in SPEAKER_LABELS or e.start > quote.end + 400 or e.end < quote.start - 1500:
            continue
        key = next((k for k in out if m.same_name(k, e.normal)), e.normal)
        out.setdefault(key, []).append(e)
    if quote.speaker is not None and not any(m.same_name(k, quote.speaker.normal) for k in out):
        out[quote.speaker.normal] = [quote.speaker]
    return out


def _features(text, sents, roles, quotes, qi, name, mentions) -> dict[str, float]:
    q = quotes[qi]
    f: dict[str, float] = {"rule": float(q.speaker is not None and m.same_name(name, q.speaker.normal))}
    f["rule_none"] = float(q.speaker is None)
    before = [e for e in mentions if e.end <= q.start]
    after = [e for e in mentions if e.start >= q.end]
    qs = _sentence(sents, q.start)
    if before:
        b = max(before, key=lambda e: e.end)
        last = b.text.split()[-1] if b.text else ""
        gap = qs - _sentence(sents, b.start)
        f |= {
            "dist_before": math.log1p(q.start - b.end) / 7,
            "gap0": float(gap == 0),
            "gap1": float(gap == 1),
        }
        f |= {"gap2": float(gap >= 2), "b_nom": float(strip_case(last) == last)}
        f |= {"b_gen": float(last.endswith(GENITIVE)), "b_para": float("\n" not in text[b.start : q.start])}
        f["b_opens"] = float(any(abs(s - b.start) <= 1 for s, _ in sents))
        f["b_" + getattr(b, "label", "RULE")] = 1.0
    else:
        f["no_before"] = 1.0
    if after:
        a = min(after, key=lambda e: e.start)
        last = a.text.split()[-1] if a.text else ""
        f |= {"dist_after": math.log1p(a.start - q.end) / 7, "a_nom": float(strip_case(last) == last)}
        f["a_same"] = float(_sentence(sents, a.start) == _sentence(sents, max(q.start, q.end - 1)))
    f["inside"] = float(any(q.start <= e.start and e.end <= q.end for e in mentions))
    f["mentions"] = math.log1p(len(mentions))
    f["reported"] = float(q.kind == "reported")
    f["post"] = float(all(getattr(e, "label", "") == "POSITION" for e in mentions))
    f["body"] = float(all(getattr(e, "label", "") == "ORGANISATION" for e in mentions))
    f["holds"] = float(any(m.same_name(r.person.normal, name) for r in roles))
    prev = quotes[qi - 1].speaker if qi else None
    f["spoke_before"] = float(prev is not None and m.same_name(name, prev.normal))
    return f


def dataset(records) -> list[tuple[str, list[tuple[dict[str, float], bool]], bool]]:
    """records -> one row per found quote: its part, its candidates (features, right?), the rules right?"""
    rows = []
    for rec in records:
        work = analyze_record(rec, False)
        sents = [(s.start, s.end) for s in work.sentences] or [(0, len(work.text))]
        for qi, q in enumerate(work.quotes):
            gold = next(
                (g for g in rec["quotes"] if m.overlaps((g["start"], g["end"]), (q.start, q.end))), None
            )
            if gold is None:
                continue
            none = ({"none": 1.0, "none_rule": float(q.speaker is None)}, gold["speaker"] is None)
            cands = [none]
            names = list(_candidates(work.entities, q).items())
            for name, mentions in names:
                right = gold["speaker"] is not None and m.same_name(gold["speaker"], name)
                cands.append(
                    (_features(work.text, sents, work.roles, work.quotes, qi, name, mentions), right)
                )
            order = sorted(
                (max(e.end for e in ms if e.end <= q.start), i)
                for i, (_, ms) in enumerate(names)
                if any(e.end <= q.start for e in ms)
            )
            for rank, (_, i) in enumerate(reversed(order)):
                cands[i + 1][0][f"rank{min(rank, 3)}"] = 1.0
            rule_right = m.same_name(gold["speaker"], q.speaker.normal if q.speaker else None)
            rows.append((rec["split"], cands, rule_right))
    return rows


def main() -> int:
    try:
        import numpy as np
        from sklearn.ensemble import HistGradientBoostingClassifier
        from sklearn.linear_model import LogisticRegression
        from sklearn.preprocessing import PolynomialFeatures
    except ImportError:
        print("needs scikit-learn: pip install scikit-learn==1.9.1", file=sys.stderr)
        return 2
    rows = dataset(read_records(ROOT / "private" / "news" / "news.jsonl"))
    keys = sorted({k for _, cands, _ in rows for f, _ in cands for k in f})

    def matrix(cands):
        return np.array([[f.get(k, 0.0) for k in keys] for f, _ in cands])

    models = {
        "logistic C=0.1": lambda: (
            PolynomialFeatures(2, interaction_only=True, include_bias=False),
            LogisticRegression(C=0.1, max_iter=3000),
        ),
        "logistic C=1": lambda: (
            PolynomialFeatures(2, interaction_only=True, include_bias=False),
            LogisticRegression(C=1.0, max_iter=3000),
        ),
        "trees depth 3": lambda: (
            PolynomialFeatures(1, include_bias=False),
            HistGradientBoostingClassifier(max_depth=3, learning_rate=0.05, max_iter=200, random_state=0),
        ),
    }
    parts = sorted({p for p, _, _ in rows})
    oracle = sum(any(r for _, r in cands) for _, cands, _ in rows)
    print(
        f"{len(rows)} found quotes; the rules right on {sum(r for *_, r in rows)}; a right candidate on {oracle}"
    )
    for name, make in models.items():
        total, changed = 0, []
        for part in parts:
            train = [c for p, c, _ in rows if p != part]
            poly, clf = make()
            x = poly.fit_transform(np.vstack([matrix(c) for c in train]))
            clf.fit(x, np.array([r for c in train for _, r in c]))
            test = [(c, rr) for p, c, rr in rows if p == part]
            got = sum(
                c[int(np.argmax(clf.predict_proba(poly.transform(matrix(c)))[:, 1]))][1] for c, _ in test
            )
            total += got
            changed.append(f"{part.removeprefix('news-')} {sum(rr for _, rr in test)}->{got}")
        print(f"{name}: {total}  ({', '.join(changed)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
