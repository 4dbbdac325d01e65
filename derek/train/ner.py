"""``derek train ner --data PATH --out DIR``: train the NER model on KazNERD-format data.

The data is split by passage group (``AID`` lines) into train and dev with a
fixed seed; spaCy trains the pipeline of ``derek/ner/config.cfg`` on the CPU
with early stopping on dev; ``--all`` then trains on every group for a fixed
number of steps. The result, ``DIR/model``, gets derek's metadata (data,
licence, split, dev scores, speed).
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import shutil  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

from ..cli import print_json  # noqa: E402
from ..ner import data  # noqa: E402
from ..ner.augment import SWAPPED  # noqa: E402
from ..ner.meta import record, write_meta  # noqa: E402

CONFIG = Path(__file__).resolve().parent.parent / "ner" / "config.cfg"
AUGMENT = 0


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--data", required=True, help="KazNERD-format file, ideally with AID group lines")
    p.add_argument("--out", required=True, help="output folder (the model lands in OUT/model)")
    p.add_argument("--dev-fraction", type=float, default=0.1, help="share of groups held out (default 0.1)")
    p.add_argument("--seed", type=int, default=0, help="split and training seed (default 0)")
    p.add_argument(
        "--all", action="store_true", help="train on all groups for --max-steps steps, no early stop"
    )
    p.add_argument(
        "--train-fraction",
        type=float,
        default=1.0,
        help="share of the training groups kept, for learning curves (default 1.0: all)",
    )
    p.add_argument("--max-steps", type=int, default=None, help="training steps (default: the config's)")
    p.add_argument("--config", default=str(CONFIG), help="spaCy config (default: derek/ner/config.cfg)")
    p.add_argument(
        "--augment",
        type=int,
        default=AUGMENT,
        help=f"altered copies of the training sentences with names swapped (default {AUGMENT}; 0: none)",
    )


def run(args: argparse.Namespace) -> int:
    from ..ner import features  # noqa: F401  (registers the derek_features component)
    from ..ner.augment import augment
    from ..ner.corpus import write_docbin

    sentences = data.read(args.data)
    train_part, dev_part = data.split(sentences, args.dev_fraction, args.seed)
    if args.all:
        train_part = list(sentences)
    elif args.train_fraction < 1.0:
        train_part = data.subsample(train_part, args.train_fraction, args.seed)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    overrides: dict[str, object] = {"system.seed": args.seed}
    if args.max_steps:
        overrides["training.max_steps"] = args.max_steps
    if args.all:
        overrides["training.patience"] = 0
    started = time.perf_counter()
    extra = augment(train_part, copies=args.augment, seed=args.seed) if args.augment > 0 else []
    with tempfile.TemporaryDirectory() as tmp:
        write_docbin([*train_part, *extra], f"{tmp}/train.spacy")
        write_docbin(dev_part or train_part[:200], f"{tmp}/dev.spacy")
        overrides.update({"paths.train": f"{tmp}/train.spacy", "paths.dev": f"{tmp}/dev.spacy"})
        _train(Path(args.config), out / "spacy", overrides)
    seconds = time.perf_counter() - started
    chosen = out / "spacy" / ("model-last" if args.all else "model-best")
    target = out / "model"
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(chosen, target)
    info = write_meta(
        target,
        data_path=args.data,
        train=train_part,
        dev=dev_part,
        seed=args.seed,
        dev_fraction=args.dev_fraction,
        all_groups=args.all,
        train_seconds=seconds,
    )
    record(
        target, "augmentation", {"copies": args.augment, "swapped_labels": list(SWAPPED), "added": len(extra)}
    )
    if dev_part:
        from ..ner.evaluation import evaluate_tokens
        from ..ner.model import load

        scores = evaluate_tokens(dev_part, load(target))
        scores.update(mode="gold_tokens", split="dev", file=Path(args.data).name)
        if args.all:
            scores["note"] = "trained on all groups: these dev sentences were seen in training"
        record(target, "scores_dev_gold_tokens", scores)
        info["scores_dev_gold_tokens"] = scores["micro"]
    print_json(info)
    print(f"model written to {target} in {seconds / 60:.1f} min", file=sys.stderr)
    return 0


def _train(config_path: Path, output: Path, overrides: dict[str, object]) -> None:
    """spaCy's ``train`` on NumPy's BLAS (see :mod:`derek.ner.model`: thinc's blis may run generic kernels)."""
    from spacy import util
    from spacy.training.initialize import init_nlp
    from spacy.training.loop import train as train_nlp
    from thinc.api import use_ops

    from ..ner.model import on_numpy_blas

    output.mkdir(parents=True, exist_ok=True)
    config = util.load_config(config_path, overrides=overrides, interpolate=False)
    with use_ops("numpy", use_blis=False):
        nlp = on_numpy_blas(init_nlp(config, use_gpu=-1))
        train_nlp(nlp, output, use_gpu=-1, stdout=sys.stdout, stderr=sys.stderr)
