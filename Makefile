# Two commands do all set-up on a fresh machine with python3:
#   make demo   -- create .venv, install derek, analyze the example article (and store it once the store exists)
#   make test   -- install the test extras and run the whole suite
PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin
PIP_FLAGS ?= -q --disable-pip-version-check

.PHONY: demo test install install-test lint bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install $(PIP_FLAGS) -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install $(PIP_FLAGS) -e '.[test]'
	touch $(VENV)/.installed $@

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

demo: install
	$(BIN)/derek analyze examples/alt-concert.kk.txt --published 2026-02-25 --format text
	$(BIN)/derek ingest examples/ --db derek.db --published 2026-02-25
	$(BIN)/derek search "Қытай" --db derek.db --limit 3
	$(BIN)/derek entity "Хань Чуньлинь" --db derek.db

test: install-test
	$(BIN)/python -m pytest

lint: install-test
	$(BIN)/ruff check derek tests bench
	$(BIN)/ruff format --check derek tests bench

bench: install-test
	$(BIN)/python bench/bench_segment.py
	$(BIN)/python bench/bench_store.py --articles 10000 --analyzed 100 --queries 100 --db /tmp/derek-bench.db

clean:
	rm -rf $(VENV) build *.egg-info derek.db
