"""The command line: JSON and text output, and coded errors without tracebacks."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from derek.cli import main

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "alt-concert.kk.txt"


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_version(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert capsys.readouterr().out.startswith("derek ")


def test_cli_analyze_json(capsys):
    code, out, _ = run(capsys, "analyze", str(EXAMPLE), "--published", "2026-02-25")
    data = json.loads(out)
    assert code == 0
    assert data["schema"] == 1
    assert data["published"] == "2026-02-25"
    assert data["language"] == "kk" and data["script"] == "cyrillic"
    for key in ("sentences", "tokens", "entities", "dates", "quotes", "roles", "events"):
        assert isinstance(data[key], list)
    raw = EXAMPLE.read_text(encoding="utf-8")
    assert len(data["sentences"]) > 20
    for tok in data["tokens"]:
        assert raw[tok["start"] : tok["end"]] == tok["text"]


def test_cli_analyze_text(capsys):
    code, out, _ = run(capsys, "analyze", str(EXAMPLE), "--format", "text")
    assert code == 0
    assert "sentences" in out.splitlines()[1]
    assert "  1. " in out


@pytest.mark.parametrize(
    ("content", "code_expected", "fragment"),
    [
        (b"", "E105", "empty"),
        (b"   \n\t ", "E105", "empty"),
        (b"\xd2\x9b\xd0\xb0\xff rest", "E103", "byte offset 4"),
        (b"\x7fELF\x02\x01\x00\x00\x00binary", "E104", "NUL byte at offset 6"),
    ],
)
def test_cli_bad_input(tmp_path, capsys, content, code_expected, fragment):
    path = tmp_path / "input.txt"
    path.write_bytes(content)
    code, out, err = run(capsys, "analyze", str(path))
    assert code == 2 and out == ""
    assert err.startswith(f"error {code_expected}: ") and fragment in err
    assert "Traceback" not in err


def test_cli_missing_file(capsys):
    code, _, err = run(capsys, "analyze", "/no/such/file.txt")
    assert code == 2 and err.startswith("error E101: /no/such/file.txt")


def test_cli_directory(tmp_path, capsys):
    code, _, err = run(capsys, "analyze", str(tmp_path))
    assert code == 2 and err.startswith("error E102: ")


def test_cli_size_limit(tmp_path, capsys):
    path = tmp_path / "big.txt"
    path.write_text("сөз " * 100, encoding="utf-8")
    code, _, err = run(capsys, "analyze", str(path), "--max-bytes", "50")
    assert code == 2 and err.startswith("error E106: ") and "over the limit of 50" in err


def test_cli_size_limit_from_environment(tmp_path, capsys, monkeypatch):
    path = tmp_path / "big.txt"
    path.write_text("сөз " * 100, encoding="utf-8")
    monkeypatch.setenv("DEREK_MAX_BYTES", "60")
    code, _, err = run(capsys, "analyze", str(path))
    assert code == 2 and "over the limit of 60" in err


def test_cli_bad_published_date(capsys):
    code, _, err = run(capsys, "analyze", str(EXAMPLE), "--published", "24.02.2026")
    assert code == 2 and err.startswith("error E107: ")


def test_cli_stdin_in_a_real_process():
    proc = subprocess.run(
        [sys.executable, "-m", "derek.cli", "analyze", "-"],
        input="Астанада жиын өтті.".encode(),
        capture_output=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["tokens"][0]["text"] == "Астанада"


def test_cli_invalid_utf8_on_stdin_in_a_real_process():
    proc = subprocess.run(
        [sys.executable, "-m", "derek.cli", "analyze", "-"], input=b"ab\xc3", capture_output=True, check=False
    )
    assert proc.returncode == 2
    assert proc.stderr.decode().strip() == "error E103: <stdin> is not valid UTF-8 at byte offset 2"
