from derek.evaluate.facts import analyze_record, evaluate

TEXT = "Қасым-Жомарт Тоқаев 2025 жылғы 31 қазанда Астанада сөйледі."


def _rec(entities):
    return {"id": "t", "split": "x", "published": "2026-02-25", "text": TEXT, "entities": entities,
            "dates": [], "quotes": [], "roles": [], "events": []}  # fmt: skip


def test_gold_entities_are_used_as_given():
    work = analyze_record(_rec([[0, 19, "PERSON"]]), gold_entities=True)
    assert [(e.text, e.label) for e in work.entities] == [("Қасым-Жомарт Тоқаев", "PERSON")]
    assert analyze_record(_rec([]), gold_entities=True).entities == []


def test_unannotated_entities_fall_back_to_derek_ner():
    work = analyze_record(_rec(None), gold_entities=True)
    assert ("Қасым-Жомарт Тоқаев", "PERSON") in [(e.text, e.label) for e in work.entities]


def test_date_scores_count_values():
    rec = _rec(None)
    rec["dates"] = [{"start": 20, "end": 41, "text": "2025 жылғы 31 қазанда", "value": "2025-10-31",
                     "granularity": "day"}]  # fmt: skip
    got = evaluate([rec])["dates"]
    assert (got["gold"], got["predicted"], got["correct_values"]) == (1, 1, 1.0)
    rec["dates"][0]["value"] = "2025-10-30"
    assert evaluate([rec])["dates"]["correct_values"] == 0.0


def test_record_shape():
    from derek.evaluate.fact_records import check

    assert check(_rec(None)) is None and check(_rec([[0, 19, "PERSON"]])) is None
    assert (
        check({**_rec(None), "roles": [{"person": "А", "position": "Б"}]})
        == "a 'roles' item has no 'organization'"
    )
    assert check(
        {**_rec(None), "events": [{"type": "met", "trigger": {"start": "0"}, "date": None, "place": None}]}
    )
    assert check({**_rec(None), "entities": [[0, 1]]}) is not None
    assert check({**_rec(None), "facts": ["dates", "people"]}) is not None


def _annotated():
    rec = _rec(None)
    rec["text"] = "«Жол ашылды», – деді әкім Асқар Омаров. Ол 2025 жылғы 31 қазанда Астанаға барды."
    rec["dates"] = [{"start": 43, "end": 64, "text": "2025 жылғы 31 қазанда", "value": "2025-10-31",
                     "granularity": "day"}]  # fmt: skip
    rec["quotes"] = [{"kind": "direct", "start": 1, "end": 11, "text": "Жол ашылды", "speaker": "Асқар Омаров",
                      "cue": "деді"}]  # fmt: skip
    rec["roles"] = [{"person": "Асқар Омаров", "position": "әкім", "organization": None}]
    rec["events"] = [{"type": "visited", "trigger": {"start": 74, "end": 79, "text": "барды"},
                      "date": "2025-10-31", "place": "Астана"}]  # fmt: skip
    return rec


def test_a_second_annotation_scores_its_agreement():
    import copy

    first = _annotated()
    assert first["text"][43:64] == "2025 жылғы 31 қазанда" and first["text"][74:79] == "барды"
    same = evaluate([first], against={"t": copy.deepcopy(first)})
    assert [same[t]["f1"] for t in ("dates", "quotes", "roles", "events")] == [1.0, 1.0, 1.0, 1.0]
    other = copy.deepcopy(first)
    other["quotes"][0]["speaker"] = "Ерлан Сапаров"  # the same span, another speaker: no agreement
    other["dates"][0]["value"] = "2025-10-30"
    got = evaluate([first], against={"t": other})
    assert got["quotes"]["f1"] == 0.0 and got["dates"]["f1"] == 1.0 and got["dates"]["correct_values"] == 0.0


def test_a_second_annotation_must_cover_the_same_texts(tmp_path, capsys):
    import json

    from derek.cli import main

    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    first.write_text(json.dumps(_annotated(), ensure_ascii=False) + "\n", encoding="utf-8")
    second.write_text(
        json.dumps({**_annotated(), "text": "Басқа мәтін."}, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    assert main(["evaluate", "facts", str(first), "--against", str(second)]) == 2
    assert "E301" in capsys.readouterr().err
    second.write_text(json.dumps(_annotated(), ensure_ascii=False) + "\n", encoding="utf-8")
    assert main(["evaluate", "facts", str(first), "--against", str(second), "--format", "table"]) == 0
    assert "| second annotator | quotes | 1 | 1.000 | 1.000 | 1.000 |" in capsys.readouterr().out


def test_names_typed_with_a_latin_schwa_match_the_kazakh_letter():
    from derek.facts.matching import same_name

    assert same_name("аудан əкімі", "аудан әкімі")  # Latin ə (U+0259) as some sites type ә
    assert not same_name("аудан əкімі", "аудан басшысы")
