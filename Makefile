# The README's two commands: `make run` and `make test`. Each is self-sufficient on a fresh clone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEVSTAMP := $(VENV)/.installed-dev
DA := corpus/ai-continent-action-plan/da.txt
SV := corpus/ai-continent-action-plan/sv.txt

.PHONY: run test bench golden clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e .
	touch $@

$(DEVSTAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $@ $(STAMP)

# The main job: the Danish/Swedish discrepancy report of the bundled pair, in the terminal.
# --exit-zero: findings are the expected result here, not a failure of `make run`.
run: $(STAMP)
	$(BIN)/aicont diff $(DA) $(SV) --exit-zero

test: $(DEVSTAMP)
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

golden: $(DEVSTAMP)
	$(BIN)/python -m pytest tests/golden --update-golden

clean:
	rm -rf $(VENV) build src/*.egg-info
