"""The shipped NER model: loaded lazily, once; tags token lists sentence by sentence."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from .. import errors
from .rules import fix

MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "ner"
_lock = threading.Lock()
_loaded: dict[str, Any] = {}


def load(path: str | Path | None = None) -> Any:
    """The spaCy pipeline of the NER model, loaded on first use and cached.

    path (str | Path | None): a pipeline folder (default: the model shipped in the package).
    RETURNS (Language): the loaded pipeline.
    """
    folder = Path(path) if path else MODEL_DIR
    key = str(folder.resolve())
    with _lock:
        if key not in _loaded:
            _loaded[key] = _load(folder)
        return _loaded[key]


def _load(folder: Path) -> Any:
    if not (folder / "config.cfg").is_file() or not (folder / "meta.json").is_file():
        raise errors.ModelMissing(f"no NER model at {folder} (config.cfg and meta.json expected)")
    import spacy
    from thinc.api import use_ops

    from . import features  # noqa: F401  (registers the derek_features component)

    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    wanted = meta.get("spacy_version", "")
    try:
        # NumPy's BLAS, not thinc's default blis: the blis wheel falls back to its generic kernels
        # on some CPUs (seen: AMD EPYC, 3.5x slower matrix products); same results, see docs/ner.md.
        with use_ops("numpy", use_blis=False):
            nlp = spacy.load(folder, exclude=[])
    except (OSError, ValueError, KeyError) as exc:
        raise errors.ModelIncompatible(
            f"cannot load the NER model at {folder} (needs spaCy {wanted}): {exc}"
        ) from None
    return on_numpy_blas(nlp)


def on_numpy_blas(nlp: Any) -> Any:
    """Put every layer of every component on NumPy's BLAS (``NumpyOps(use_blis=False)``).

    Layers built while deserializing or initializing may have picked thinc's default ops (blis).

    nlp (Language): a spaCy pipeline.
    RETURNS (Language): the same pipeline.
    """
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        for node in component.model.walk() if hasattr(component, "model") else ():
            node.ops = ops
    return nlp


def tag(words_list: Iterable[Sequence[str]], nlp: Any = None, batch_size: int = 256, rules: bool = True):
    """Entities of each token list.

    words_list (Iterable[Sequence[str]]): sentences as lists of token texts.
    nlp (Language | None): a pipeline from :func:`load` (default: the shipped model).
    batch_size (int): sentences per batch.
    rules (bool): apply the numeric label fixes of :mod:`derek.ner.rules`.
    YIELDS (list[tuple[int, int, str]]): per sentence, ``(start, end, label)`` token spans.
    """
    from spacy.tokens import Doc

    from .features import FEATURES, features

    nlp = nlp or load()
    sentences = [list(w) for w in words_list]
    docs = []
    for w in sentences:  # the derek_features component's work, done while building the Doc (faster)
        lemmas, endings = features(w)
        docs.append(Doc(nlp.vocab, words=w, spaces=[True] * len(w), lemmas=lemmas, tags=endings))
    skip = [FEATURES] if FEATURES in nlp.pipe_names else []
    with _blas().limit(limits=1, user_api="blas"):  # one thread: parallelism is per process
        tagged = list(nlp.pipe(docs, batch_size=batch_size, disable=skip))
    for words, doc in zip(sentences, tagged, strict=True):
        found = [(e.start, e.end, e.label_) for e in doc.ents]
        yield fix(words, found) if rules else found


@lru_cache(maxsize=1)
def _blas() -> Any:
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()
