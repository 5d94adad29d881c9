# Regio Desktop. `make run` sets everything up and opens the program; `make test` sets everything
# up and runs the whole test suite. Both work on a fresh Debian/Ubuntu machine with python3 and make.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DB     := regio_desktop/data/world.sqlite
DATA   := $(wildcard db/data/*.csv)
TS     := $(wildcard resources/i18n/*.ts)
QM     := $(patsubst resources/i18n/%.ts,regio_desktop/i18n/%.qm,$(TS))

.PHONY: run test lint bench db translations screenshots observations clean system-deps-gui system-deps-test bytecode

run: system-deps-gui $(STAMP) $(DB) $(QM) bytecode
	@if [ -z "$${DISPLAY:-}$${WAYLAND_DISPLAY:-}" ]; then \
	  echo "No display found: starting on a virtual screen (xvfb-run). On a desktop, DISPLAY is set."; \
	  xvfb-run -a -s "-screen 0 1600x1000x24" $(BIN)/regio-desktop; \
	else $(BIN)/regio-desktop; fi

test: system-deps-test $(STAMP) $(DB) $(QM)
	$(BIN)/ruff check regio_desktop tests db benchmarks
	$(BIN)/ruff format --check regio_desktop tests db benchmarks
	$(BIN)/lint-imports
	$(BIN)/mypy
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

system-deps-gui:
	@.ci/install-system-deps gui

system-deps-test:
	@.ci/install-system-deps test

$(STAMP): pyproject.toml setup.py
	@.ci/install-system-deps venv
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	@touch $(STAMP)

db: $(DB)

$(DB): $(STAMP) $(DATA) $(wildcard regio_desktop/world/*.py) $(wildcard db/migrations/versions/*.py)
	$(BIN)/python -m regio_desktop.world.builder --data db/data --output $(DB)

observations: $(STAMP)
	$(BIN)/python db/import_worldbank.py

translations: $(QM)

regio_desktop/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	@mkdir -p regio_desktop/i18n
	$(BIN)/pyside6-lrelease -silent $< -qm $@

lint: $(STAMP)
	$(BIN)/ruff check regio_desktop tests db benchmarks
	$(BIN)/ruff format --check regio_desktop tests db benchmarks
	$(BIN)/lint-imports
	$(BIN)/mypy

# Byte-compile the program as an installer does (pip writes .pyc at install time), so that it
# starts from bytecode even where PYTHONDONTWRITEBYTECODE is set; only changed files recompile.
bytecode: $(STAMP)
	@$(BIN)/python -m compileall -q regio_desktop db/migrations benchmarks

bench: $(STAMP) $(DB) $(QM) bytecode
	$(BIN)/python -m benchmarks.engine_bench
	$(BIN)/python -m benchmarks.discovery_bench
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks.gui_bench
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks.rerank_bench
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks.import_bench

screenshots: $(STAMP) $(DB) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python docs/make_screenshots.py

clean:
	rm -rf $(VENV) build dist *.egg-info $(DB) regio_desktop/i18n/*.qm
