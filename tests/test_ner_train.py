import json

from derek.cli import main


def test_ner_train_smoke(tmp_path, capsys):
    out = tmp_path / "run"
    argv = ["train", "ner", "--data", "tests/data/ner/sample.txt", "--out", str(out)]
    assert main([*argv, "--dev-fraction", "0.34", "--max-steps", "4"]) == 0
    meta = json.loads((out / "model" / "meta.json").read_text(encoding="utf-8"))
    derek = meta["derek"]
    assert derek["training_data"]["license"] == "CC BY 4.0"
    assert derek["split"]["train"]["groups"] + derek["split"]["dev"]["groups"] == 3
    assert "micro" in derek["scores_dev_gold_tokens"]
    assert (out / "model" / "config.cfg").is_file()
    capsys.readouterr()
