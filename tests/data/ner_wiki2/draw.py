"""Write the unannotated files of ``ner_wiki2`` (README.md here): the 400 sentences of the facts set's
dates parts ``test22`` and ``test23`` (Wikipedia-style sentences of Apertium-kaz's segmentation corpus,
drawn by ``tests/data/draw_test22.py`` and ``draw_test23.py``), dealt in turn to three files for three
annotators, each record ``{"id", "text", "entities": []}``, into OUT (never over the annotated files here).

    python tests/data/ner_wiki2/draw.py OUT
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = [HERE.parent / "facts_dev.jsonl", HERE.parent / "test23a.jsonl", HERE.parent / "test23b.jsonl"]


def main() -> None:
    if len(sys.argv) != 2 or Path(sys.argv[1]).resolve() == HERE:
        sys.exit("usage: draw.py OUT (a folder other than this one, which holds the annotated files)")
    out_dir = Path(sys.argv[1])
    out_dir.mkdir(parents=True, exist_ok=True)
    records = []
    for path in SOURCES:
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            if rec["split"] in ("test22", "test23"):
                records.append({"id": rec["id"], "text": rec["text"], "entities": []})
    for k, name in enumerate("abc"):
        part = records[k::3]
        out = out_dir / f"wiki2_{name}.jsonl"
        out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in part), encoding="utf-8")
        print(out.name, len(part))


if __name__ == "__main__":
    main()
