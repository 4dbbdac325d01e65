"""Reading articles from files: plain text, HTML, JSON Lines, RSS/Atom feeds and directories of them.

Each source yields :class:`Item` records (one per article) or :class:`Rejected`
records (a file or record that could not be read, with its coded error), so one
bad file never stops a run.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import errors
from ..textio import decode, max_bytes

TEXT = {".txt", ".text", ".md"}
HTML = {".html", ".htm", ".xhtml"}
JSONL = {".jsonl", ".ndjson"}
FEED = {".rss", ".atom", ".xml", ".rdf"}
SKIP = {".db", ".db-wal", ".db-shm", ".sqlite", ".pyc"}


@dataclass(frozen=True, slots=True)
class Item:
    """One article to analyze: its text and what the source says about it."""

    text: str
    where: str  # path, or path:line / path#entry
    title: str | None = None
    url: str | None = None
    published: str | None = None
    analyzed: dict[str, Any] | None = field(default=None, compare=False)  # a `derek analyze` JSON document


@dataclass(frozen=True, slots=True)
class Rejected:
    where: str
    error: errors.DerekError


def _day(value: Any) -> str | None:
    """value: a date in some form. RETURNS (str | None): ``YYYY-MM-DD`` or None when there is none."""
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value.isoformat()[:10]
    if isinstance(value, tuple | list) and len(value) >= 3:  # time.struct_time from feedparser
        return dt.date(*value[:3]).isoformat()
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        raise errors.BadSource(f"published {value!r} is not a YYYY-MM-DD date") from None


def read_html(data: str, where: str) -> Item:
    """data (str): an HTML page. RETURNS (Item): its main text, title, date and URL (trafilatura)."""
    import trafilatura

    body = trafilatura.bare_extraction(data, with_metadata=True, include_comments=False, favor_precision=True)
    doc = body.as_dict() if hasattr(body, "as_dict") else (body or {})
    text = (doc.get("text") or "").strip()
    if not text:
        raise errors.BadSource(f"{where}: no article text found in the HTML")
    published = None
    try:
        published = _day(doc.get("date"))
    except errors.BadSource:
        published = None
    return Item(text=text, where=where, title=doc.get("title"), url=doc.get("url"), published=published)


def read_jsonl(data: str, where: str) -> Iterator[Item | Rejected]:
    """data (str): JSON Lines, ``{"text", "title", "url", "published"}`` or `derek analyze` output per line."""
    for n, line in enumerate(data.splitlines(), 1):
        if not line.strip():
            continue
        here = f"{where}:{n}"
        try:
            rec = json.loads(line)
            if not isinstance(rec, dict) or not isinstance(rec.get("text"), str) or not rec["text"].strip():
                raise errors.BadSource(f'{here}: a record needs a non-empty "text" string')
            for key in ("title", "url"):
                if rec.get(key) is not None and not isinstance(rec[key], str):
                    raise errors.BadSource(f'{here}: "{key}" must be a string, not {type(rec[key]).__name__}')
            analyzed = rec if "schema" in rec and "tokens" in rec else None
            yield Item(
                text=rec["text"], where=here, title=rec.get("title") or (rec.get("meta") or {}).get("title"),
                url=rec.get("url"), published=_day(rec.get("published")), analyzed=analyzed,
            )  # fmt: skip
        except json.JSONDecodeError as exc:
            yield Rejected(here, errors.BadSource(f"{here}: not JSON ({exc.msg} at column {exc.colno})"))
        except errors.DerekError as exc:
            msg = exc.message if exc.message.startswith(here) else f"{here}: {exc.message}"
            yield Rejected(here, type(exc)(msg))


SURROGATE = re.compile("[\ud800-\udfff]")


def storable(item: Item | Rejected) -> Item | Rejected:
    """item (Item | Rejected): a read article. RETURNS: it, or a rejection if a lone surrogate makes it unstorable.

    JSON escapes (``"\\ud800"``) and feed character references (``&#xD800;``) can put a lone
    surrogate into a Python string; UTF-8 (the store, the hash) cannot encode it.
    """
    if isinstance(item, Rejected):
        return item
    for name in ("text", "title", "url"):
        value = getattr(item, name)
        m = SURROGATE.search(value) if isinstance(value, str) else None
        if m:
            return Rejected(
                item.where,
                errors.BadSource(
                    f"{item.where}: the {name} holds a lone surrogate U+{ord(m.group()):04X} at offset "
                    f"{m.start()} (a broken \\u escape or character reference)"
                ),
            )
    return item


_CHARREF = re.compile(r"&#([xX][0-9a-fA-F]+|[0-9]+);")


def _safe_charref(m: re.Match[str]) -> str:
    """A character reference to no character (a surrogate, NUL, past U+10FFFF) becomes U+FFFD."""
    ref = m.group(1)
    n = int(ref[1:], 16) if ref[0] in "xX" else int(ref)
    return "&#xFFFD;" if n == 0 or 0xD800 <= n <= 0xDFFF or n > 0x10FFFF else m.group()


def _strip_html(fragment: str) -> str:
    if "<" not in fragment:
        return fragment.strip()
    import lxml.html

    try:
        return lxml.html.fromstring(fragment).text_content().strip()
    except Exception:  # lxml raises several kinds on odd fragments
        return ""


def read_feed(data: str, where: str) -> Iterator[Item | Rejected]:
    """data (str): an RSS or Atom document. RETURNS: one item per entry (content, else summary)."""
    import feedparser

    try:
        feed = feedparser.parse(_CHARREF.sub(_safe_charref, data))
    except Exception as exc:  # feedparser's own parsers raise several kinds on broken markup
        raise errors.BadSource(
            f"{where}: not a readable RSS/Atom feed ({type(exc).__name__}: {exc})"
        ) from None
    bodies = [
        _strip_html(" ".join(c.get("value", "") for c in e.get("content", [])) or e.get("summary", ""))
        for e in feed.entries
    ]
    if feed.bozo and not any(bodies):
        raise errors.BadSource(f"{where}: not a readable RSS/Atom feed ({feed.get('bozo_exception')})")
    for i, (entry, text) in enumerate(zip(feed.entries, bodies, strict=True), 1):
        here = f"{where}#{i}"
        if not text:
            yield Rejected(here, errors.EmptyInput(f"{here}: the entry has no text"))
            continue
        date = entry.get("published_parsed") or entry.get("updated_parsed")
        yield Item(
            text=text, where=here, title=entry.get("title"), url=entry.get("link"), published=_day(date)
        )


def _kind(path: Path, head: str) -> str:
    ext = path.suffix.lower()
    if ext in TEXT | HTML | JSONL | FEED:
        return {
            **dict.fromkeys(TEXT, "text"),
            **dict.fromkeys(HTML, "html"),
            **dict.fromkeys(JSONL, "jsonl"),
            **dict.fromkeys(FEED, "feed"),
        }[ext]
    start = head.lstrip()[:200].lower()
    if start.startswith("{"):
        return "jsonl"
    if start.startswith("<?xml") or "<rss" in start or "<feed" in start:
        return "feed"
    if start.startswith(("<!doctype html", "<html")):
        return "html"
    return "text"


def read_file(path: Path) -> Iterator[Item | Rejected]:
    """path (Path): one file. RETURNS: its articles, or one :class:`Rejected` for the whole file."""
    where = str(path)
    try:
        limit = max_bytes()
        with path.open("rb") as fh:
            data = decode(fh.read(limit + 1), where, limit)
        kind = _kind(path, data[:512])
        if kind == "text":
            yield Item(
                text=data,
                where=where,
                title=next((ln.strip()[:120] for ln in data.splitlines() if ln.strip()), None),
            )
        elif kind == "html":
            yield storable(read_html(data, where))
        elif kind == "jsonl":
            yield from map(storable, read_jsonl(data, where))
        else:
            yield from map(storable, read_feed(data, where))
    except errors.DerekError as exc:
        yield Rejected(where, exc)
    except OSError as exc:
        yield Rejected(where, errors.FileUnreadable(f"{where}: {exc.strerror or exc}"))


def iter_sources(paths: list[str | Path]) -> Iterator[Item | Rejected]:
    """paths (list): files and directories (walked in name order, hidden files skipped). RETURNS: items and rejections."""
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            yield Rejected(str(path), errors.FileMissing(f"{path}: no such file"))
        elif path.is_dir():
            for sub in sorted(p for p in path.rglob("*") if p.is_file()):
                rel = sub.relative_to(path).parts
                if (
                    any(part.startswith(".") for part in rel)
                    or sub.suffix.lower() in SKIP
                    or sub.name.startswith("derek.db")
                ):
                    continue
                yield from read_file(sub)
        else:
            yield from read_file(path)
