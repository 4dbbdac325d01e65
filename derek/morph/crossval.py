"""Leave-one-article-out check of the morphology on Apertium articles used for the lexicon.

    .venv/bin/python -m derek.morph.crossval [--articles A B C] [--work /tmp/derek-morph-cv]

For each article the data files are rebuilt without it (into ``--work``), then the article is
tagged with them. Used to set the scoring constants without touching the held-out articles.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from . import analyzer, build, grammar, lexicon, tagger

FOLDS = ("Ахмет_Байтұрсынұлы", "Жасуша", "Жапония")


def main(argv: list[str] | None = None) -> int:
    from ..evaluate.lemma import evaluate, read_apertium_gold

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=Path("/work/shared/data"))
    ap.add_argument("--hunspell", type=Path, default=Path("/usr/share/hunspell/kk_KZ.dic"))
    ap.add_argument("--articles", nargs="+", default=list(FOLDS))
    ap.add_argument("--work", type=Path, default=Path("/tmp/derek-morph-cv"))
    args = ap.parse_args(argv)
    texts = args.shared / "apertium_kaz_morph" / "texts"
    data, dev = build.DATA, build.DEV
    total = {"tokens": 0, "lemma": 0.0, "upos": 0.0}
    per_article = {}
    try:
        for article in args.articles:
            folder = args.work / article
            folder.mkdir(parents=True, exist_ok=True)
            build.DATA, build.DEV = folder, (*dev, article)
            build.main(["--shared", str(args.shared), "--hunspell", str(args.hunspell)])
            lexicon.DATA = folder
            for cache in (lexicon.load, analyzer.analyze, grammar.parses, tagger._options):
                cache.cache_clear()
            tagger._TRANSITIONS.clear()
            gold = next(
                iter(
                    sorted(texts.glob(f"texts*/{article}.tagged.clean.txt"))
                    + sorted(texts.glob(f"texts*/{article}.tagged.vislcg.txt"))
                )
            )
            result = evaluate(read_apertium_gold(gold))
            per_article[article] = {k: result[k] for k in ("lemma_accuracy", "upos_accuracy", "tokens")}
            total["tokens"] += result["tokens"]
            total["lemma"] += result["lemma_accuracy"] * result["tokens"]
            total["upos"] += result["upos_accuracy"] * result["tokens"]
    finally:
        build.DATA, build.DEV, lexicon.DATA = data, dev, data
    n = total["tokens"] or 1
    print(json.dumps({"lemma_accuracy": round(total["lemma"] / n, 4), "upos_accuracy": round(total["upos"] / n, 4),
                      "tokens": total["tokens"], "articles": per_article}, ensure_ascii=False, indent=2))  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
