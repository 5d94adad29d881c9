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

.PHONY: run test lint bench db translations screenshots observations clean system-deps-gui system-deps-test bytecode \
	dist dist-wheel dist-bundle dist-deb dist-check dist-upgrade-check system-deps-dist

# The source's version names the packages. VERSION may only add a suffix after "~" (the upgrade
# check builds "0.1.0~previous", which sorts before 0.1.0): a package must never claim a version
# the program's --version and About box do not say.
SOURCE_VERSION := $(shell sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml)
VERSION ?= $(SOURCE_VERSION)
ifneq ($(firstword $(subst ~, ,$(VERSION))),$(SOURCE_VERSION))
$(error VERSION=$(VERSION) is not the program's version $(SOURCE_VERSION): bump regio_desktop/__init__.py and pyproject.toml; only a suffix after "~" may be added)
endif
DIST_STAMP := $(VENV)/.dist-installed
WHEEL  := dist/regio_desktop-$(SOURCE_VERSION)-py3-none-any.whl
BUNDLE  = dist/regio-desktop-$(VERSION)-linux-x86_64.tar.gz
DEB     = dist/regio-desktop_$(VERSION)_amd64.deb
BUNDLE_DIR := build/bundle/regio-desktop

run: system-deps-gui $(STAMP) $(DB) $(QM) bytecode
	@if [ -z "$${DISPLAY:-}$${WAYLAND_DISPLAY:-}" ]; then \
	  echo "No display found: starting on a virtual screen (xvfb-run). On a desktop, DISPLAY is set."; \
	  xvfb-run -a -s "-screen 0 1600x1000x24" $(BIN)/regio-desktop; \
	else $(BIN)/regio-desktop; fi

test: system-deps-test $(STAMP) $(DB) $(QM)
	$(BIN)/ruff check regio_desktop tests db benchmarks packaging
	$(BIN)/ruff format --check regio_desktop tests db benchmarks packaging
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
	$(BIN)/ruff check regio_desktop tests db benchmarks packaging
	$(BIN)/ruff format --check regio_desktop tests db benchmarks packaging
	$(BIN)/lint-imports
	$(BIN)/mypy

# Byte-compile the program as an installer does (pip writes .pyc at install time), so that it
# starts from bytecode even where PYTHONDONTWRITEBYTECODE is set; only changed files recompile.
bytecode: $(STAMP)
	@$(BIN)/python -m compileall -q regio_desktop db/migrations benchmarks

# The team-database load benchmark's duration (#17): `make bench TEAM_LOAD_SECONDS=10` for a quick look.
TEAM_LOAD_SECONDS ?= 60

bench: $(STAMP) $(DB) $(QM) bytecode $(BUNDLE_DIR)/regio-desktop
	$(BIN)/python -m benchmarks.engine_bench
	$(BIN)/python -m benchmarks.discovery_bench
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks.gui_bench
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks.rerank_bench
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks.import_bench
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks.replay_bench
	$(BIN)/python -m benchmarks.installers_bench
	$(BIN)/python -m benchmarks.team_load_bench --seconds $(TEAM_LOAD_SECONDS)

screenshots: $(STAMP) $(DB) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python docs/make_screenshots.py

# Installers (#16): the wheel, the self-contained bundle (PyInstaller, one folder) and the .deb.
# They build from a clean clone: the database and the .qm files are made first. Each is a file
# target, so `make dist-deb VERSION=...` repackages the bundle without freezing it again.
PACKAGE_FILES := pyproject.toml setup.py README.md LICENSE \
  $(shell find regio_desktop db/migrations resources -type f -not -path '*/__pycache__/*' \
    -not -name '*.pyc' 2>/dev/null)
# What freezing the bundle reads, and what only packing the .deb reads: a change to the man page,
# the desktop entry or a check script repacks the .deb without freezing the bundle again.
BUNDLE_INPUTS := packaging/regio-desktop.spec packaging/launcher.py packaging/build-bundle.sh \
  packaging/deb-depends.txt LICENSE
DEB_INPUTS := $(wildcard packaging/build-deb.sh packaging/render_icons.py packaging/bundled_licences.py \
  packaging/check_deb_depends.py packaging/deb-depends.txt packaging/*.desktop packaging/copyright \
  packaging/changelog packaging/man/* packaging/mime/*) resources/icons/regio-desktop.svg

dist: $(WHEEL) $(BUNDLE) $(DEB)
	@ls -l $^

$(DIST_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e ".[test,dist]"
	@touch $(DIST_STAMP)

system-deps-dist:
	@.ci/install-system-deps dist

dist-wheel: $(WHEEL)
$(WHEEL): $(STAMP) $(DB) $(QM) $(PACKAGE_FILES)
	@rm -rf build/lib build/bdist.* *.egg-info
	$(BIN)/python -m pip wheel --quiet --no-deps --no-build-isolation -w dist .

dist-bundle: $(BUNDLE)
$(BUNDLE_DIR)/regio-desktop: $(WHEEL) $(DIST_STAMP) $(BUNDLE_INPUTS) | system-deps-dist
	PYTHON=$(BIN)/python packaging/build-bundle.sh $(WHEEL)
$(BUNDLE): $(BUNDLE_DIR)/regio-desktop
	tar -C build/bundle --owner=0 --group=0 -czf $@ regio-desktop
	@echo "bundle: $$(du -sh $(BUNDLE_DIR) | cut -f1) unpacked, $$(du -h $@ | cut -f1) as $@"

dist-deb: $(DEB)
$(DEB): $(BUNDLE_DIR)/regio-desktop $(DEB_INPUTS)
	PYTHON=$(BIN)/python packaging/build-deb.sh $(VERSION)

# The wheel and the bundle run their self-test and every verb in a bare environment; the .deb
# is installed with apt, checked and removed; then the upgrade check. As root (CI is).
dist-check: dist
	packaging/dist-check.sh $(VERSION)
	$(MAKE) --no-print-directory dist-upgrade-check

# The older package is built into build/upgrade-check/, not dist/: dist/ keeps the three files
# to hand out, so `apt install ./dist/regio-desktop_*.deb` installs the newest one.
PREVIOUS_DEB = build/upgrade-check/regio-desktop_$(VERSION)~previous_amd64.deb
dist-upgrade-check: $(PREVIOUS_DEB) $(DEB)
	PYTHON=$(BIN)/python packaging/upgrade-check.sh $(PREVIOUS_DEB) $(DEB) $(VERSION)
$(PREVIOUS_DEB): $(BUNDLE_DIR)/regio-desktop $(DEB_INPUTS)
	PYTHON=$(BIN)/python packaging/build-deb.sh $(VERSION)~previous build/upgrade-check

clean:
	rm -rf $(VENV) build dist *.egg-info $(DB) regio_desktop/i18n/*.qm
