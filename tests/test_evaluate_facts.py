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
