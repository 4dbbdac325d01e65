"""``derek evaluate facts PATH.jsonl``: dates, quotes, posts and events against a hand-annotated set.

Each JSONL line is a sentence with ``published``, ``split`` (dev | test), the
gold KazNERD ``entities`` and gold ``dates``, ``quotes``, ``roles``, ``events``
(tests/data/README.md); an optional ``facts`` list names the only types annotated (the
others are not scored on that record). Scores, per split and fact type, are precision/recall/F1
with these match rules (derek/facts/matching.py): a date matches an overlapping
gold date (and is *correct* when its value is equal too); a quote counts only
with an overlapping span *and* the right speaker; a post needs the same person
and post (a record lists each pair once, so derek's repeats of a pair count
once); an event the same type and an overlapping trigger. ``--entities gold``
runs the fact stages on the gold entities instead of derek's NER, isolating the
fact rules. dateparser (``search_dates``, ``languages=['kk']``,
``RELATIVE_BASE`` = published) is scored on the same dates as a peer.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .. import errors
from ..cli import print_json
from ..doc import Entity
from ..facts import matching as m
from ..normalize import normalize
from ..pipeline import Analysis, Remapper, default_pipeline
from . import fact_records
from .annotation import annotated
from .scoring import PRF

TYPES = fact_records.TYPES


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("path", help="JSONL development set (tests/data/facts_dev.jsonl)")
    p.add_argument(
        "--entities",
        choices=("derek", "gold"),
        default="derek",
        help="entities from derek's NER or the gold ones",
    )
    p.add_argument("--split", default="all", help="a split name (dev, test, ...) or all (default)")
    p.add_argument("--no-peer", action="store_true", help="skip dateparser")
    p.add_argument("--errors", action="store_true", help="list the misses and false alarms")
    p.add_argument(
        "--format", choices=("json", "table"), default="json", help="JSON, or a Markdown table for docs"
    )
    p.add_argument(
        "--against",
        metavar="PATH",
        nargs="+",
        help="a second annotation of some of the records (same ids and texts), in one file or more: score it, "
        "and derek, on those records",
    )


def read_records(path: str | Path) -> list[dict[str, Any]]:
    """path (str | Path): a JSONL file -> its records; E301 on a bad line."""
    out = []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise errors.FileMissing(f"cannot read {path}: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise errors.BadDataFile(f"{path}: not UTF-8 text (a fact set is JSONL)") from None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise errors.BadDataFile(f"{path}:{n}: not a fact record ({exc})") from None
        wrong = fact_records.check(rec)
        if wrong:
            raise errors.BadDataFile(f"{path}:{n}: not a fact record ({wrong})")
        out.append(rec)
    return out


def analyze_record(rec: dict[str, Any], gold_entities: bool) -> Analysis:
    """rec (dict): a record; gold_entities (bool): use its entities (a record whose ``entities`` is null has
    none annotated and always gets derek's NER) -> the finished Analysis."""
    gold_entities = gold_entities and rec.get("entities") is not None
    published = dt.date.fromisoformat(rec["published"]) if rec.get("published") else None
    text = rec["text"]
    work = Analysis(norm=normalize(text), published=published)
    shifted = work.text != text and len(work.text) != len(text)  # a soft hyphen dropped: offsets move
    if shifted and gold_entities:
        raise errors.BadDataFile(f"{rec.get('id')}: text changes length under normalization")
    for stage in default_pipeline().stages:
        if gold_entities and stage.name == "ner":
            continue
        stage.run(work)
        if gold_entities and stage.name == "segment":
            work.entities = [
                Entity(s, e, work.text[s:e], label, "") for s, e, label in rec.get("entities", [])
            ]
    if shifted:  # the gold's offsets are the raw text's: read derek's facts back into them, as analyze() does
        back = Remapper(text, work.norm)
        work.dates, work.quotes = list(back.all(work.dates)), list(back.all(work.quotes))
        work.roles, work.events = list(back.all(work.roles)), list(back.all(work.events))
    return work


def _score(gold: list, pred: list, fits, right=lambda g, p: True) -> tuple[PRF, list, list]:
    pairs = m.align(gold, pred, fits)
    good = [(g, p) for g, p in pairs if right(g, p)]
    tp = len(good)
    return PRF(tp, len(pred) - tp, len(gold) - tp), pairs, good


def _quote_right(g, p) -> bool:
    return m.same_name(g["speaker"], p.speaker.normal if p.speaker else None)


def _peer_value(found: dt.datetime, granularity: str) -> str:
    return {"year": f"{found.year:04d}", "month": found.strftime("%Y-%m")}.get(
        granularity, found.date().isoformat()
    )


def _peer(records: Iterable[dict[str, Any]]) -> dict[str, Any]:
    from dateparser.search import search_dates

    tp = fp = fn = correct = 0
    for rec in records:
        base = rec.get("published")  # None for an undated text (test8's Wikipedia records)
        settings = {"RELATIVE_BASE": dt.datetime.fromisoformat(base)} if base else {}
        found = search_dates(rec["text"], languages=["kk"], settings=settings) or []
        spans, pos = [], 0
        for sub, when in found:
            at = rec["text"].find(sub, pos)
            spans.append((at, at + len(sub), when))
            pos = max(pos, at + 1)
        used: set[int] = set()
        for g in rec["dates"]:
            hit = next(
                (
                    i
                    for i, s in enumerate(spans)
                    if i not in used and m.overlaps((g["start"], g["end"]), s[:2])
                ),
                None,
            )
            if hit is None:
                fn += 1
                continue
            used.add(hit)
            tp += 1
            correct += _peer_value(spans[hit][2], g["granularity"]) == g["value"]
        fp += len(spans) - len(used)
    prf = PRF(tp, fp, fn)
    return {**prf.as_json(), "value_accuracy_matched": round(correct / tp, 4) if tp else 0.0,
            "correct_values": round(correct / (tp + fn), 4) if tp + fn else 0.0}  # fmt: skip


def evaluate(
    records: list[dict[str, Any]],
    gold_entities: bool = False,
    show_errors: bool = False,
    against: dict[str, dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """records (list[dict]): fact records; gold_entities (bool); show_errors (bool); against: a second
    annotation by record id, scored instead of derek -> scores per fact type."""
    total = {t: PRF(0, 0, 0) for t in TYPES}
    dates_correct = dates_matched = 0
    extra = {
        "events_date_right": 0,
        "events_place_right": 0,
        "events_matched": 0,
        "roles_org_right": 0,
        "roles_matched": 0,
    }
    errs: list[str] = []
    for rec in records:
        work = annotated(against[rec["id"]]) if against is not None else analyze_record(rec, gold_entities)
        for t in set(TYPES) - set(rec.get("facts", TYPES)):
            setattr(work, t, [])  # a part annotated for some types only (test7: dates) scores only those
        prf, pairs, _ = _score(rec["dates"], work.dates, m.date_fits)
        total["dates"] += prf
        dates_matched += len(pairs)
        dates_correct += sum(g["value"] == p.value for g, p in pairs)
        if show_errors:
            errs += [
                f"{rec['id']} date {g['text']!r} gold {g['value']} got {p.value}"
                for g, p in pairs
                if g["value"] != p.value
            ]
            errs += [
                f"{rec['id']} date missed {g['text']!r}"
                for g in rec["dates"]
                if all(g is not x for x, _ in pairs)
            ]
            errs += [
                f"{rec['id']} date extra {p.text!r} {p.value}"
                for p in work.dates
                if all(p is not y for _, y in pairs)
            ]
        prf, pairs, good = _score(rec["quotes"], work.quotes, m.quote_fits, _quote_right)
        total["quotes"] += prf
        if show_errors:
            for g in rec["quotes"]:
                got = [p for x, p in pairs if x is g]
                who = (got[0].speaker.normal if got[0].speaker else None) if got else "-"
                if not any(x is g for x, _ in good):
                    errs.append(
                        f"{rec['id']} quote {g['text'][:30]!r} speaker {g['speaker']} got {who if got else 'MISSED'}"
                    )
            errs += [
                f"{rec['id']} quote extra {p.text[:30]!r}"
                for p in work.quotes
                if all(p is not y for _, y in pairs)
            ]
        work.roles = m.distinct_roles(work.roles)
        prf, pairs, _ = _score(rec["roles"], work.roles, m.role_fits)
        total["roles"] += prf
        extra["roles_matched"] += len(pairs)
        extra["roles_org_right"] += sum(
            m.same_name(g["organization"], p.organization.normal if p.organization else None)
            for g, p in pairs
        )
        if show_errors:
            errs += [
                f"{rec['id']} role missed {g}" for g in rec["roles"] if all(g is not x for x, _ in pairs)
            ]
            errs += [
                f"{rec['id']} role extra {p.person.normal} / {p.position.normal}"
                for p in work.roles
                if all(p is not y for _, y in pairs)
            ]
        prf, pairs, _ = _score(rec["events"], work.events, m.event_fits)
        total["events"] += prf
        extra["events_matched"] += len(pairs)
        extra["events_date_right"] += sum(g["date"] == (p.date.value if p.date else None) for g, p in pairs)
        extra["events_place_right"] += sum(
            m.same_name(g["place"], p.place.normal if p.place else None) for g, p in pairs
        )
        if show_errors:
            errs += [
                f"{rec['id']} event missed {g['type']} {g['trigger']['text']}"
                for g in rec["events"]
                if all(g is not x for x, _ in pairs)
            ]
            errs += [
                f"{rec['id']} event extra {p.type} {p.trigger.text}"
                for p in work.events
                if all(p is not y for _, y in pairs)
            ]
    out: dict[str, Any] = {"sentences": len(records)}
    for t in TYPES:
        out[t] = {
            **total[t].as_json(),
            "gold": total[t].tp + total[t].fn,
            "predicted": total[t].tp + total[t].fp,
        }
    gold_dates = total["dates"].tp + total["dates"].fn
    out["dates"]["value_accuracy_matched"] = round(dates_correct / dates_matched, 4) if dates_matched else 0.0
    out["dates"]["correct_values"] = round(dates_correct / gold_dates, 4) if gold_dates else 0.0
    out["roles"]["organization_accuracy_matched"] = (
        round(extra["roles_org_right"] / extra["roles_matched"], 4) if extra["roles_matched"] else 0.0
    )
    n = extra["events_matched"]
    out["events"]["date_accuracy_matched"] = round(extra["events_date_right"] / n, 4) if n else 0.0
    out["events"]["place_accuracy_matched"] = round(extra["events_place_right"] / n, 4) if n else 0.0
    if show_errors:
        out["errors"] = errs
    return out


def _second(paths: list[str], records: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """paths (list[str]): a second annotation's files; records: the first -> its records by id; E301 when one
    names a record the first lacks or gives it another text."""
    mine = {r.get("id"): r for r in records}
    out = {}
    for path in paths:
        for rec in read_records(path):
            first = mine.get(rec.get("id"))
            if first is None or first["text"] != rec["text"]:
                raise errors.BadDataFile(
                    f"{path}: record {rec.get('id')!r} is not in the first annotation with the same text"
                )
            out[rec["id"]] = rec
    return out


def run(args: argparse.Namespace) -> int:
    records = read_records(args.path)
    if getattr(args, "against", None):
        return _run_against(args, records)
    names = list(dict.fromkeys(r.get("split", "dev") for r in records))
    splits = names if args.split == "all" else [args.split]
    report: dict[str, Any] = {
        "path": str(args.path),
        "entities": args.entities,
        "pipeline": list(default_pipeline().names),
    }
    for split in splits:
        part = [r for r in records if r.get("split", "dev") == split]
        t0 = time.perf_counter()
        report[split] = evaluate(part, args.entities == "gold", args.errors)
        report[split]["seconds"] = round(time.perf_counter() - t0, 2)
        if not args.no_peer:
            report[split]["dateparser"] = _peer(part)
    if args.format == "table":
        print(markdown_table(report, splits))
    else:
        print_json(report)
    return 0


def _run_against(args: argparse.Namespace, records: list[dict[str, Any]]) -> int:
    """Score a second annotation and derek on the records it covers (the first annotation is the gold)."""
    second = _second(args.against, records)
    part = [r for r in records if r.get("id") in second]
    report: dict[str, Any] = {"path": str(args.path), "against": list(args.against), "records": len(part)}
    report["second annotator"] = evaluate(part, show_errors=args.errors, against=second)
    report["derek"] = evaluate(part, args.entities == "gold", args.errors)
    if args.format == "table":
        print(markdown_table(report, ["second annotator", "derek"]))
    else:
        print_json(report)
    return 0


def markdown_table(report: dict[str, Any], splits: list[str]) -> str:
    """report (dict): what :func:`run` collects; splits (list[str]) -> a Markdown table, one row per split and type."""
    rows = [
        "| split | fact | gold | P | R | F1 | extra |",
        "|---|---|---:|---:|---:|---:|---|",
    ]
    for split in splits:
        r = report[split]
        for t in TYPES:
            x = r[t]
            if t == "dates":
                extra = (
                    f"correct values {x['correct_values']:.3f} (of matched {x['value_accuracy_matched']:.3f})"
                )
            elif t == "roles":
                extra = f"organization right on matched {x['organization_accuracy_matched']:.3f}"
            elif t == "events":
                extra = f"date right {x['date_accuracy_matched']:.3f}, place right {x['place_accuracy_matched']:.3f}"
            else:
                extra = "counted only with the right speaker"
            rows.append(
                f"| {split} | {t} | {x['gold']} | {x['precision']:.3f} | {x['recall']:.3f} | {x['f1']:.3f} | {extra} |"
            )
        if "dateparser" in r:
            x = r["dateparser"]
            rows.append(
                f"| {split} | dates: dateparser | {r['dates']['gold']} | {x['precision']:.3f} | {x['recall']:.3f} | {x['f1']:.3f} "
                f"| correct values {x['correct_values']:.3f} (of matched {x['value_accuracy_matched']:.3f}) |"
            )
    return "\n".join(rows)
