import pytest

from derek import errors
from derek.ner import data
from derek.ner.iob import repair, spans, tags

SAMPLE = "tests/data/ner/sample.txt"


def test_ner_data_reads_groups_and_repairs():
    sentences = data.read(SAMPLE)
    assert [s.group for s in sentences] == ["AID1", "AID1", "AID2", "AID3"]
    assert sentences[0].tokens[:2] == ("Қасым-Жомарт", "Тоқаев")
    assert sentences[3].tags == ("O", "B-PERSON", "I-PERSON", "O", "O")  # I- after O repaired


def test_ner_data_without_ids_each_sentence_is_a_group():
    sentences = data.parse(["Астана B-GPE", "", "Ол O", "келді O"])
    assert [s.tokens for s in sentences] == [("Астана",), ("Ол", "келді")]
    assert len({s.group for s in sentences}) == 2


@pytest.mark.parametrize("line", ["Астана", "Астана B-GPE extra", "Астана B_GPE"])
def test_ner_data_bad_lines(line):
    with pytest.raises(errors.BadDataFile):
        data.parse([line])


def test_ner_data_missing_file():
    with pytest.raises(errors.FileMissing):
        data.read("tests/data/ner/no-such-file.txt")


def _grouped(groups: int, per_group: int) -> list:
    """Sentences of ``groups`` passage groups (an AID line, then BID lines), ``per_group`` each."""
    lines = []
    for g in range(groups):
        for k in range(per_group):
            lines += [f"{'AB'[min(k, 1)]}ID{g} O", f"сөз{g} O", ""]
    return data.parse(lines)


def test_ner_split_is_groupwise_and_seeded():
    sentences = _grouped(50, 3)
    train, dev = data.split(sentences, 0.2, seed=7)
    assert len(train) + len(dev) == 150
    assert not {s.group for s in train} & {s.group for s in dev}
    assert len({s.group for s in dev}) == 10
    assert data.split(sentences, 0.2, seed=7) == (train, dev)
    assert data.split(sentences, 0.2, seed=8)[1] != dev


def test_ner_subsample_keeps_whole_groups():
    sentences = _grouped(40, 2)
    kept = data.subsample(sentences, 0.25, seed=3)
    assert len({s.group for s in kept}) == 10 and len(kept) == 20
    assert data.subsample(sentences, 0.25, seed=3) == kept
    assert data.subsample(sentences, 1.0) == sentences
    with pytest.raises(errors.BadArgument):
        data.subsample(sentences, 0.0)


def test_ner_write_roundtrip(tmp_path):
    sentences = data.read(SAMPLE)
    data.write(sentences, tmp_path / "out.txt", groups=True)
    assert data.read(tmp_path / "out.txt") == sentences


@pytest.mark.parametrize(
    "given, fixed",
    [
        ("O I-GPE I-GPE", "O B-GPE I-GPE"),
        ("B-PERSON I-GPE", "B-PERSON B-GPE"),
        ("I-DATE I-DATE O I-DATE", "B-DATE I-DATE O B-DATE"),
        ("B-GPE I-GPE B-GPE", "B-GPE I-GPE B-GPE"),
    ],
)
def test_ner_iob_repair(given, fixed):
    assert repair(given.split()) == fixed.split()


def test_ner_iob_spans_and_back():
    t = "B-PERSON I-PERSON O B-GPE B-GPE I-GPE O".split()
    assert spans(t) == [(0, 2, "PERSON"), (3, 4, "GPE"), (4, 6, "GPE")]
    assert tags(len(t), spans(t)) == t
