"""Full-text search over stored sentences: ranked hits with highlighted snippets."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import Connection, text

from .keys import WORD
from .query import fts5, matcher, parse, tsquery

SNIPPET = 240
# Ranking looks at the latest CANDIDATES matching sentences (newest stored first): the whole
# result set for ordinary words, and a bounded cost (and a recency bias) for frequent ones.
CANDIDATES = 1000
COLUMNS = "s.id, s.article_id, s.text, a.title, a.url, a.source, a.published, c.score"
JOINS = "JOIN sentences s ON s.id = c.sid JOIN articles a ON a.id = s.article_id"


@dataclass(frozen=True, slots=True)
class Hit:
    """One matching sentence: where it is, how well it matched, and what to show."""

    article_id: int
    sentence_id: int
    title: str | None
    url: str | None
    source: str | None
    published: str | None
    score: float
    sentence: str
    snippet: str  # with matches in [brackets]
    highlights: tuple[tuple[int, int], ...]  # offsets into ``sentence``

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def highlight(sentence: str, match) -> tuple[str, tuple[tuple[int, int], ...]]:
    """sentence (str), match (callable): a word test. RETURNS (snippet, highlights)."""
    spans = tuple((m.start(), m.end()) for m in WORD.finditer(sentence) if match(m.group()))
    lo, hi = 0, len(sentence)
    if hi > SNIPPET:
        first = spans[0][0] if spans else 0
        lo = max(0, min(first - SNIPPET // 3, hi - SNIPPET))
        while lo > 0 and not sentence[lo - 1].isspace():
            lo -= 1
        hi = min(hi, lo + SNIPPET)
    out, pos = [], lo
    for s, e in spans:
        if s < lo or e > hi:
            continue
        out += [sentence[pos:s], "[", sentence[s:e], "]"]
        pos = e
    out.append(sentence[pos:hi])
    return ("…" if lo else "") + "".join(out) + ("…" if hi < len(sentence) else ""), spans


def _filters(label: str | None, date_from: dt.date | None, date_to: dt.date | None) -> tuple[str, dict]:
    sql, params = "", {}
    if date_from:
        sql += " AND a.published >= :date_from"
        params["date_from"] = date_from
    if date_to:
        sql += " AND a.published <= :date_to"
        params["date_to"] = date_to
    if label:
        sql += " AND EXISTS (SELECT 1 FROM mentions m WHERE m.sentence_id = s.id AND m.label = :label)"
        params["label"] = label
    return sql, params


def search(
    conn: Connection, query: str, label: str | None = None, date_from: dt.date | None = None,
    date_to: dt.date | None = None, limit: int = 20,
) -> list[Hit]:  # fmt: skip
    """conn (Connection). query (str): words and "phrases". label (str | None): only sentences with such a mention.

    date_from, date_to (date | None): article dates, inclusive. limit (int): most hits. RETURNS (list[Hit]): best first.
    """
    terms = parse(query)
    where, params = _filters(label, date_from, date_to)
    params["limit"] = max(1, min(int(limit), 1000))
    params["candidates"] = CANDIDATES
    if conn.dialect.name == "sqlite":
        params["q"] = fts5(terms)
        joins = (
            " JOIN sentences s ON s.id = sentence_fts.rowid JOIN articles a ON a.id = s.article_id"
            if where
            else ""
        )
        inner = (
            f"SELECT sentence_fts.rowid AS sid, bm25(sentence_fts, 1.0, 2.0) AS score FROM sentence_fts{joins} "
            f"WHERE sentence_fts MATCH :q{where} ORDER BY sentence_fts.rowid DESC LIMIT :candidates"
        )
        sql = f"SELECT {COLUMNS} FROM ({inner}) c {JOINS} ORDER BY c.score, s.id LIMIT :limit"
        flip = -1.0
    else:
        params["q"] = tsquery(terms)
        # Latest matches first, then ranked; the planner picks a GIN bitmap scan for rare terms
        # and a backward walk of the primary key for frequent ones.
        inner = (
            "SELECT s.id AS sid, ts_rank_cd(s.tsv, q) AS score FROM sentences s "
            "JOIN articles a ON a.id = s.article_id, to_tsquery('simple', :q) q "
            f"WHERE s.tsv @@ q{where} ORDER BY s.id DESC LIMIT :candidates"
        )
        sql = f"SELECT {COLUMNS} FROM ({inner}) c {JOINS} ORDER BY c.score DESC, s.id LIMIT :limit"
        flip = 1.0
    match = matcher(terms)
    hits = []
    for sid, aid, sentence, title, url, source, published, score in conn.execute(text(sql), params):
        snippet, spans = highlight(sentence, match)
        hits.append(
            Hit(
                article_id=aid, sentence_id=sid, title=title, url=url, source=source,
                published=str(published)[:10] if published else None, score=round(flip * float(score), 6),
                sentence=sentence, snippet=snippet, highlights=spans,
            )
        )  # fmt: skip
    return hits
