# Two set-up commands (see README): `make example` and `make test`. Both use .venv.
PY ?= python3
VENV := .venv
STAMP := $(VENV)/.installed

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(VENV)/bin/pip install -q --upgrade pip
	$(VENV)/bin/pip install -q -e '.[test]'
	touch $(STAMP)

.PHONY: example test
example: $(STAMP)
	$(VENV)/bin/checker check examples/baku-meeting.txt --offline --date 2025-07-12 --json reports/baku-meeting.json

test: $(STAMP)
	$(VENV)/bin/pytest -q
