# Quick start:  make run   (set up, open the app on a demo database)
#               make test  (set up, run the whole test suite)
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEMO_DB := demo/consultant-demo.db
TS     := $(wildcard resources/translations/*.ts)
QM     := $(TS:.ts=.qm)

.PHONY: run test bench lint format translations lupdate system-deps system-deps-x11 demo clean

run: system-deps-x11 $(STAMP) translations $(DEMO_DB)
	$(BIN)/consultant-app --db $(DEMO_DB) run

test: system-deps $(STAMP) translations
	$(BIN)/ruff check consultant_app tests
	$(BIN)/python -m pytest

bench: system-deps $(STAMP) translations
	$(BIN)/python tests/benchmarks/bench_demo_large.py
	$(BIN)/python -m pytest tests/benchmarks -p no:cacheprovider -o addopts="" -q -s

lint: $(STAMP)
	$(BIN)/ruff check consultant_app tests
	$(BIN)/ruff format --check consultant_app tests

format: $(STAMP)
	$(BIN)/ruff format consultant_app tests
	$(BIN)/ruff check --fix consultant_app tests

system-deps:
	@packaging/linux/system-deps.sh

system-deps-x11:
	@packaging/linux/system-deps.sh --x11

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,dev]'
	touch $@

translations: $(QM)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Refresh the .ts files from the sources (keeps existing translations).
lupdate: $(STAMP)
	$(BIN)/pyside6-lupdate $$(find consultant_app -name '*.py') -ts $(TS) -no-obsolete

$(DEMO_DB): | $(STAMP)
	mkdir -p $(dir $@)
	$(BIN)/consultant-app --db $@ demo --size small

demo: $(DEMO_DB)

clean:
	rm -rf $(VENV) $(QM) demo .pytest_cache
