# Quick start:  make run   (set up, open the app on a demo database)
#               make test  (set up, run the whole test suite)
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEMO_DB := demo/consultant-demo.db
# Databases are encrypted. On a computer without a keyring (a headless machine)
# the demo database's passphrase is this one, given through the environment.
DEMO_PASSPHRASE := demo-passphrase
NO_KEYRING = $$($(BIN)/python -m consultant_app.store.keys || echo CONSULTANT_APP_PASSPHRASE=$(DEMO_PASSPHRASE))
# The benchmarks keep the keys of their cached databases in a test keyring beside them.
BENCH_KEYRING := CONSULTANT_APP_TEST_KEYRING=.bench/keyring.json PYTHONPATH=. \
	PYTHON_KEYRING_BACKEND=tests.support.keyring_backend.FileKeyring
TS     := $(wildcard resources/translations/*.ts)
QM     := $(TS:.ts=.qm)

.PHONY: run test bench lint format translations lupdate system-deps system-deps-x11 demo clean \
	dist package screenshots

run: system-deps-x11 $(STAMP) translations $(DEMO_DB)
	env $(NO_KEYRING) $(BIN)/consultant-app --db $(DEMO_DB) run

test: system-deps $(STAMP) translations
	$(BIN)/ruff check consultant_app tests
	$(BIN)/lint-imports --no-cache
	$(BIN)/actionlint .github/workflows/*.yml
	$(BIN)/python -m pytest

bench: system-deps $(STAMP) translations
	mkdir -p .bench
	env $(BENCH_KEYRING) $(BIN)/python tests/benchmarks/bench_demo_large.py
	# The encrypted/plain ratios first, in a process of their own: the benchmarks before them
	# in one process (process pools, memory) slowed the encrypted side by a quarter.
	$(BIN)/python -m pytest tests/benchmarks/test_encryption_overhead.py -p no:cacheprovider \
		-o addopts="" -q -s
	$(BIN)/python -m pytest tests/benchmarks --ignore=tests/benchmarks/test_encryption_overhead.py \
		-p no:cacheprovider -o addopts="" -q -s
	# the slow run of the fault injection: fifty kills per command
	KILL_ROUNDS=50 $(BIN)/python -m pytest tests/integration/test_kill_faults.py -p no:cacheprovider -q

lint: $(STAMP)
	$(BIN)/ruff check consultant_app tests
	$(BIN)/lint-imports --no-cache
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

# The wheel and the sdist in dist/, carrying resources/ and db/ (see setup.py).
dist: system-deps $(VENV)/.installed-package translations
	rm -rf build dist/consultant_app-*
	$(BIN)/python -m build --no-isolation --outdir dist .

# The one-folder bundle dist/consultant-app/ (under 300 MB), smoke-tested outside the checkout.
package: system-deps $(VENV)/.installed-package translations
	$(BIN)/pyinstaller --noconfirm --distpath dist --workpath build/pyinstaller \
		packaging/pyinstaller/consultant-app.spec
	test $$(du -sm dist/consultant-app | cut -f1) -lt 300
	packaging/smoke-test.sh dist/consultant-app/consultant-app

$(VENV)/.installed-package: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,dev,package]'
	touch $@

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Refresh the .ts files from the sources (keeps existing translations).
lupdate: $(STAMP)
	$(BIN)/pyside6-lupdate $$(find consultant_app -name '*.py') -ts $(TS) -no-obsolete

$(DEMO_DB): | $(STAMP)
	mkdir -p $(dir $@)
	env $(NO_KEYRING) $(BIN)/consultant-app --db $@ demo --size small

demo: $(DEMO_DB)

# The 24 pictures of docs/screenshots/ (8 views x 3 languages at 1280x800) on a fresh demo
# database; a view that needs more room than 1280x800 stops the target with its size.
SHOTS_DIR := /tmp/consultant-app-screenshots
SHOTS_DB := $(SHOTS_DIR)/demo.db
SHOT_VIEWS := dashboard internships interns hosts mentors visits reports settings
screenshots: system-deps $(STAMP) translations
	rm -rf $(SHOTS_DIR) && mkdir -p $(SHOTS_DIR) docs/screenshots
	env $(NO_KEYRING) $(BIN)/consultant-app --db $(SHOTS_DB) demo --size small >/dev/null
	for lang in nl fr en; do for view in $(SHOT_VIEWS); do \
	  env $(NO_KEYRING) QT_QPA_PLATFORM=offscreen \
	    $(BIN)/consultant-app --db $(SHOTS_DB) \
	    screenshot --view $$view --lang $$lang --size 1280x800 \
	    -o docs/screenshots/$$view-$$lang.png || exit 1; done; done
	rm -rf $(SHOTS_DIR)

clean:
	rm -rf $(VENV) $(QM) demo .pytest_cache build dist
