"""Source readers and ``derek ingest``: formats, broken files, resume, summary."""

from __future__ import annotations

import json

import pytest

from derek import errors
from derek.cli import main
from derek.store import Store
from derek.store.ingest import ingest
from derek.store.sources import Item, Rejected, iter_sources

BODY = (
    "Астанада Қазақстан мен Қытай арасындағы ынтымақтастық туралы кездесу өтті. "
    "Тараптар сауда, білім және мәдениет салаларындағы бірлескен жобаларды талқылады. "
    "Кездесу соңында екі ел өкілдері бірнеше құжатқа қол қойды."
)

HTML = f"""<!doctype html><html><head><title>Кездесу өтті</title>
<meta property="og:title" content="Астанада кездесу өтті">
<meta property="article:published_time" content="2025-03-14T10:00:00+05:00">
<link rel="canonical" href="https://example.kz/news/1"></head>
<body><nav>Басты бет | Жаңалықтар</nav><article><h1>Астанада кездесу өтті</h1>
<p>{BODY}</p><p>{BODY.replace("Астанада", "Алматыда")}</p></article>
<footer>Барлық құқықтар қорғалған</footer></body></html>"""

RSS = f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Жаңалықтар</title>
<item><title>Бірінші</title><link>https://example.kz/a</link><pubDate>Tue, 04 Mar 2025 09:00:00 +0500</pubDate>
<description>&lt;p&gt;{BODY}&lt;/p&gt;</description></item>
<item><title>Бос</title><link>https://example.kz/b</link><description></description></item>
</channel></rss>"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Арна</title>
<entry><title>Атом жазбасы</title><link href="https://example.kz/atom/1"/><updated>2025-05-02T12:00:00Z</updated>
<content type="html">&lt;p&gt;{BODY.replace("Қытай", "Ресей")}&lt;/p&gt;</content></entry></feed>"""


@pytest.fixture
def folder(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "plain.txt").write_text(BODY.replace("Астанада", "Шымкентте"), encoding="utf-8")
    (d / "page.html").write_text(HTML, encoding="utf-8")
    (d / "feed.rss").write_text(RSS, encoding="utf-8")
    (d / "feed.atom").write_text(ATOM, encoding="utf-8")
    lines = [
        json.dumps(
            {
                "text": BODY.replace("Астанада", "Ақтауда"),
                "title": "JSON",
                "url": "u",
                "published": "2024-12-01",
            }
        ),
        "{broken",
        json.dumps({"text": "Мәтін бар.", "published": "кеше"}),
        json.dumps({"title": "мәтінсіз"}),
    ]
    (d / "items.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (d / "binary.txt").write_bytes(b"\x00\x01\x02 not text")
    (d / "latin1.txt").write_bytes("Қазақ".encode() + b"\xff\xfe")
    (d / "empty.txt").write_text("  \n", encoding="utf-8")
    (d / "bad.rss").write_text("<?xml version='1.0'?><rss><channel><item>", encoding="utf-8")
    (d / ".hidden.txt").write_text(BODY, encoding="utf-8")
    return d


def _by_where(records):
    return {r.where.split("/")[-1]: r for r in records}


def test_readers(folder):
    recs = _by_where(iter_sources([folder]))
    html = recs["page.html"]
    assert isinstance(html, Item) and "ынтымақтастық" in html.text and "Басты бет" not in html.text
    assert (
        html.published == "2025-03-14" and html.url == "https://example.kz/news/1" and "кездесу" in html.title
    )
    rss = recs["feed.rss#1"]
    assert (rss.title, rss.url, rss.published) == (
        "Бірінші",
        "https://example.kz/a",
        "2025-03-04",
    ) and "<p>" not in rss.text
    assert recs["feed.atom#1"].published == "2025-05-02" and "Ресей" in recs["feed.atom#1"].text
    assert recs["items.jsonl:1"].published == "2024-12-01" and recs["items.jsonl:1"].title == "JSON"
    codes = {w: r.error.code for w, r in recs.items() if isinstance(r, Rejected)}
    assert codes == {
        "feed.rss#2": "E105", "items.jsonl:2": "E108", "items.jsonl:3": "E108", "items.jsonl:4": "E108",
        "binary.txt": "E104", "latin1.txt": "E103", "empty.txt": "E105", "bad.rss": "E108",
    }  # fmt: skip
    assert ".hidden.txt" not in recs and "plain.txt" in recs


def test_missing_path_is_rejected_not_raised(tmp_path):
    (rec,) = iter_sources([tmp_path / "nope.txt"])
    assert isinstance(rec, Rejected) and rec.error.code == "E101"


def test_ingest_summary_and_resume(db_url, folder):
    with Store(db_url) as kb:
        first = ingest(kb, [folder])
        assert (first.read, first.stored, first.duplicates, len(first.rejected)) == (5, 5, 0, 8)
        again = ingest(kb, [folder, folder / "plain.txt"])
        assert (again.read, again.stored, again.duplicates) == (6, 0, 6)
        assert kb.stats()["articles"] == 5
        hits = kb.search("ынтымақтастық", date_from="2025-01-01", date_to="2025-04-30")
        assert {h.published for h in hits} == {"2025-03-14", "2025-03-04"}


def test_cli_ingest_json_and_exit_code(tmp_path, folder, capsys):
    db = tmp_path / "cli.db"
    assert main(["ingest", str(folder), "--db", str(db), "--json"]) == 1
    out = json.loads(capsys.readouterr().out)
    assert out["stored"] == 5 and out["rejected_by_code"] == {"E108": 4, "E105": 2, "E104": 1, "E103": 1}
    assert main(["ingest", str(folder / "plain.txt"), "--db", str(db)]) == 0
    assert "skipped 1 as duplicates" in capsys.readouterr().out
    assert main(["search", "Шымкент", "--db", str(db), "--json"]) == 0
    (hit,) = json.loads(capsys.readouterr().out)["results"]
    assert "[Шымкентте]" in hit["snippet"]


def test_workers_give_the_same_result(tmp_path, folder):
    one, two = Store(tmp_path / "one.db"), Store(tmp_path / "two.db")
    s1, s2 = ingest(one, [folder], workers=1), ingest(two, [folder], workers=2)
    assert (s1.stored, len(s1.rejected)) == (s2.stored, len(s2.rejected))
    assert [h.sentence for h in one.search("Қытай")] == [h.sentence for h in two.search("Қытай")]


def test_bad_arguments(tmp_path, capsys):
    assert main(["ingest", str(tmp_path), "--db", str(tmp_path / "x.db"), "--workers", "0"]) == 2
    assert "E107" in capsys.readouterr().err
    assert main(["search", "x", "--db", str(tmp_path / "x.db"), "--from", "yesterday"]) == 2
    assert "E107" in capsys.readouterr().err
    with pytest.raises(errors.StoreError):
        Store("mysql://nobody@localhost/db")


def test_analyzed_json_lines_skip_analysis(tmp_path, monkeypatch):
    import derek
    import derek.store.ingest as ing

    analyzed = derek.analyze(BODY, "2025-06-01").as_json()
    path = tmp_path / "done.jsonl"
    path.write_text(json.dumps(analyzed, ensure_ascii=False) + "\n", encoding="utf-8")
    monkeypatch.setattr(derek, "analyze", lambda *a, **k: pytest.fail("analysis should be skipped"))
    with Store(tmp_path / "kb.db") as kb:
        summary = ing.ingest(kb, [path])
        assert (summary.stored, summary.rejected) == (1, [])
        (hit,) = kb.search("ынтымақтастық")
        assert hit.published == "2025-06-01"


def test_progress_bar_on_a_terminal(tmp_path, folder, capsys, monkeypatch):
    import sys

    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    assert (
        main(
            ["ingest", str(folder / "plain.txt"), str(folder / "binary.txt"), "--db", str(tmp_path / "t.db")]
        )
        == 1
    )
    captured = capsys.readouterr()
    assert "articles" in captured.err and "binary.txt looks binary" in captured.err
    assert captured.out.startswith("read 1, stored 1")


def test_killed_ingest_leaves_whole_articles_and_resumes(db_url, tmp_path):
    import signal
    import subprocess
    import sys
    import time

    from sqlalchemy import text
    from store_docs import doc

    n = 300
    path = tmp_path / "many.jsonl"  # analyzed already (segmentation only), so the writes are what runs
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            body = f"{i}-нөмірлі жаңалық. " + BODY.replace("Астанада", f"Астанада {i} рет")
            fh.write(json.dumps(doc(body, "2025-01-01").as_json(), ensure_ascii=False) + "\n")
    cmd = [sys.executable, "-m", "derek.cli", "ingest", str(path), "--db", db_url, "--quiet"]
    Store(db_url).close()  # the schema exists before the two processes meet
    log = (tmp_path / "stderr.txt").open("w")
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=log)
    with Store(db_url) as kb:
        deadline = time.time() + 60
        while time.time() < deadline and proc.poll() is None:
            try:
                if kb.stats()["articles"] >= 3:
                    break
            except errors.StoreError:
                pass
            time.sleep(0.05)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        with kb.engine.connect() as conn:
            partial = conn.execute(
                text(
                    "SELECT COUNT(*) FROM articles a WHERE (SELECT COUNT(*) FROM sentences s WHERE s.article_id = a.id) <> 4"
                )
            ).scalar_one()
            assert partial == 0
            assert (
                conn.execute(
                    text("SELECT COUNT(*) FROM sentences WHERE article_id NOT IN (SELECT id FROM articles)")
                ).scalar_one()
                == 0
            )
            if kb.dialect == "sqlite":
                assert conn.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"
        stored = kb.stats()["articles"]
        assert 0 < stored < n or proc.returncode == 0, (tmp_path / "stderr.txt").read_text()
        summary = ingest(kb, [path])
        assert (summary.stored, summary.duplicates) == (n - stored, stored)
        assert len(kb.search("жаңалық", limit=1000)) == n


def test_a_record_that_fails_to_store_is_rejected_alone(tmp_path, folder, monkeypatch):
    real_add = Store.add

    def flaky_add(self, doc, **meta):
        if "Шымкентте" in doc.text:
            raise errors.StoreError("cannot store article: simulated write conflict")
        return real_add(self, doc, **meta)

    monkeypatch.setattr(Store, "add", flaky_add)
    with Store(tmp_path / "kb.db") as kb:
        summary = ingest(kb, [folder / "plain.txt", folder / "page.html"])
        assert summary.stored == 1 and [e.split(":")[0] for _, e in summary.rejected] == ["error E401"]
        assert kb.stats()["articles"] == 1
