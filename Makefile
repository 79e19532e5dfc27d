# Every target bootstraps .venv from the pinned lock file first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
ifeq ($(OS),Windows_NT)
BIN := $(VENV)/Scripts
endif
STAMP := $(VENV)/.installed
DATA_DIR ?= $(CURDIR)/.oco-data

.PHONY: run test lint bench dist fuzz lock clean

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation --config-settings editable_mode=compat -e .
	@touch $(STAMP)

run: $(STAMP)
	$(BIN)/oco-desktop --data-dir "$(DATA_DIR)"

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -n 2 --dist loadfile

lint: $(STAMP)
	$(BIN)/ruff check oco_desktop tests benchmarks
	$(BIN)/ruff format --check oco_desktop tests benchmarks

bench: $(STAMP)
	$(BIN)/python -m benchmarks

# The sync parsers' fuzz targets and the convergence test, run much longer than in `make test`.
fuzz: $(STAMP)
	OCO_FUZZ_EXAMPLES=20000 OCO_SYNC_EXAMPLES=300 QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q \
		tests/unit/sync/test_sync_fuzz.py tests/unit/sync/test_sync_convergence.py

dist: $(STAMP)
	$(BIN)/pyinstaller --noconfirm --clean --workpath build/_work --distpath dist installer.spec
	QT_QPA_PLATFORM=offscreen dist/oco-desktop/oco-desktop --self-test

# Re-pin dependencies (needs the package registry; run by a developer, never by CI).
lock:
	$(PYTHON) -m venv .venv-lock
	.venv-lock/bin/python -m pip install --quiet pip-tools
	.venv-lock/bin/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras --extra dev \
		--output-file requirements.lock pyproject.toml build/requirements-build.in
	rm -rf .venv-lock

clean:
	rm -rf $(VENV) build/_work dist .pytest_cache
