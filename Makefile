# Every target bootstraps .venv from the pinned lock file first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
ifeq ($(OS),Windows_NT)
BIN := $(VENV)/Scripts
endif
STAMP := $(VENV)/.installed
DATA_DIR ?= $(CURDIR)/.oco-data
# The French interface: the .ts is the source, the .qm the app loads is built from it. The
# English .ts holds only the plural forms ("1 row", "2 rows") of the counted sentences.
TS_FR := resources/translations/oco_desktop_fr.ts
TS_EN := resources/translations/oco_desktop_en.ts
QM_FR := resources/translations/oco_desktop_fr.qm
# The French of the layers below the window (gettext): the .po is the source, the .mo is built.
PO_FR := resources/locale/fr/LC_MESSAGES/oco_desktop.po
MO_FR := resources/locale/fr/LC_MESSAGES/oco_desktop.mo

.PHONY: run test lint bench dist installer fuzz lock clean translations

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation --config-settings editable_mode=compat -e .
	@touch $(STAMP)

$(QM_FR): $(TS_FR) $(TS_EN) $(STAMP)
	$(BIN)/python tools/i18n.py release

$(MO_FR): $(PO_FR) $(STAMP)
	$(BIN)/python tools/messages.py compile

# After adding or changing strings: extract them into both catalogues, compile, then check;
# translate what the checks list (the .ts with Qt Linguist, the .po with any .po editor).
translations: $(STAMP)
	$(BIN)/python tools/i18n.py update
	$(BIN)/python tools/i18n.py release
	$(BIN)/python tools/messages.py update
	$(BIN)/python tools/messages.py compile
	$(BIN)/python tools/i18n.py check
	$(BIN)/python tools/messages.py check

run: $(STAMP) $(QM_FR) $(MO_FR)
	$(BIN)/oco-desktop --data-dir "$(DATA_DIR)"

test: $(STAMP) $(QM_FR) $(MO_FR)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -n 2 --dist loadfile

lint: $(STAMP)
	$(BIN)/ruff check oco_desktop tests benchmarks tools
	$(BIN)/ruff format --check oco_desktop tests benchmarks tools
	$(BIN)/mypy
	$(BIN)/python tools/i18n.py check
	$(BIN)/python tools/messages.py check

bench: $(STAMP)
	$(BIN)/python -m benchmarks

# The sync parsers' fuzz targets and the convergence test, run much longer than in `make test`.
fuzz: $(STAMP)
	OCO_FUZZ_EXAMPLES=20000 OCO_SYNC_EXAMPLES=300 QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q \
		tests/unit/sync/test_sync_fuzz.py tests/unit/sync/test_sync_convergence.py

# The frozen one-folder build in dist/oco-desktop, then its self-test, offscreen (on Windows
# the command line is the console twin oco-desktop-cli.exe; the self-test is offscreen there by
# default). `make installer` then wraps the folder in the Windows installer (Inno Setup 6).
FROZEN_SELF_TEST := QT_QPA_PLATFORM=offscreen dist/oco-desktop/oco-desktop --self-test
ifeq ($(OS),Windows_NT)
FROZEN_SELF_TEST := dist/oco-desktop/oco-desktop-cli.exe --self-test
endif

dist: $(STAMP) $(QM_FR) $(MO_FR)
	$(BIN)/pyinstaller --noconfirm --clean --workpath build/_work --distpath dist installer.spec
	$(FROZEN_SELF_TEST)

installer: dist
	iscc build/oco-desktop.iss

# Re-pin dependencies (needs the package registry; run by a developer, never by CI).
lock:
	$(PYTHON) -m venv .venv-lock
	.venv-lock/bin/python -m pip install --quiet pip-tools
	.venv-lock/bin/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras --extra dev \
		--output-file requirements.lock pyproject.toml build/requirements-build.in
	rm -rf .venv-lock

clean:
	rm -rf $(VENV) build/_work dist .pytest_cache $(QM_FR) $(MO_FR)
