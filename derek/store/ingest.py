"""Ingest: read sources, analyze articles (optionally in a process pool), store each in one transaction.

Duplicates are found by content hash before analysis, so re-running a command
resumes where it stopped. Writes happen only in the main process.
"""

from __future__ import annotations

import dataclasses
import multiprocessing as mp
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from .. import errors
from ..doc import Document, document_from_json
from . import Store
from .sources import Item, Rejected, iter_sources
from .write import content_hash


@dataclass
class Summary:
    read: int = 0
    stored: int = 0
    duplicates: int = 0
    rejected: list[tuple[str, str]] = field(default_factory=list)  # (where, "error Exxx: ...")

    def as_json(self) -> dict:
        reasons = Counter(r.split(":", 1)[0].replace("error ", "") for _, r in self.rejected)
        return {
            "read": self.read, "stored": self.stored, "skipped_duplicate": self.duplicates,
            "rejected": len(self.rejected), "rejected_by_code": dict(reasons),
            "rejections": [{"where": w, "error": e} for w, e in self.rejected],
        }  # fmt: skip


def analyze_item(item: Item) -> Document | errors.DerekError:
    """item (Item): an article. RETURNS (Document | DerekError): the analysis, or why it failed."""
    try:
        if item.analyzed is not None:
            return document_from_json(item.analyzed)
        from .. import analyze

        return analyze(item.text, published=item.published)
    except errors.DerekError as exc:
        return exc
    except (KeyError, TypeError, ValueError) as exc:
        return errors.BadSource(f"{item.where}: cannot analyze ({type(exc).__name__}: {exc})")


def _pool_init() -> None:
    import os

    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")


def _analyzed(items: Iterable[Item], workers: int) -> Iterator[tuple[Item, Document | errors.DerekError]]:
    if workers <= 1:
        for item in items:
            yield item, analyze_item(item)
        return
    ctx = mp.get_context("spawn")
    with ctx.Pool(workers, initializer=_pool_init) as pool:
        pending = list(items)
        yield from zip(pending, pool.imap(analyze_item, pending, chunksize=4), strict=True)


def ingest(
    store: Store, paths: list, workers: int = 1, published: str | None = None, on_progress: Callable[[int], None] | None = None,
    on_item: Callable[[str, str], None] | None = None,
) -> Summary:  # fmt: skip
    """store (Store). paths (list): files and directories. workers (int): analysis processes.

    published (str | None): the date of articles whose source gives none.
    on_progress (callable | None): called with 1 per article handled. on_item (callable | None): called
    with (where, outcome). RETURNS (Summary): read, stored, skipped and rejected counts.
    """
    summary = Summary()
    seen: set[str] = set()

    def note(where: str, outcome: str) -> None:
        if on_item:
            on_item(where, outcome)
        if on_progress:
            on_progress(1)

    def fresh() -> Iterator[Item]:
        for rec in iter_sources(paths):
            if isinstance(rec, Rejected):
                summary.rejected.append((rec.where, str(rec.error)))
                note(rec.where, str(rec.error))
                continue
            summary.read += 1
            if published and not rec.published:
                rec = dataclasses.replace(rec, published=published)
            h = content_hash(rec.text)
            if h in seen or store.has(h):
                summary.duplicates += 1
                note(rec.where, "duplicate")
                continue
            seen.add(h)
            yield rec

    for item, result in _analyzed(fresh(), workers):
        if isinstance(result, errors.DerekError):
            summary.rejected.append((item.where, str(result)))
            note(item.where, str(result))
            continue
        meta = dict(title=item.title, url=item.url, source=item.where, published=item.published)
        try:
            added = store.add(result, **meta)
        except errors.DerekError as exc:  # a bad record or a write conflict: this article only
            summary.rejected.append((item.where, str(exc)))
            note(item.where, str(exc))
            continue
        if added is None:
            summary.duplicates += 1
            note(item.where, "duplicate")
        else:
            summary.stored += 1
            note(item.where, "stored")
    return summary
