# Interne Klachten — developer commands (Linux/macOS; on Windows see README.md).
#
#   make run     install into .venv and open the app
#   make test    install into .venv (with test extras) and run the whole test suite
#   make lint    ruff check + ruff format --check + mypy (strict for models, services, reports)
#   make build   PyInstaller one-folder build in dist/interne-klachten/
#   make clean   remove build output and caches (keeps .venv; `make distclean` removes it too)

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PYTEST_ARGS ?=

export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run test lint build clean distclean venv translations

venv: $(BIN)/python

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Stamp files: reinstall only when pyproject.toml changed since the last install.
$(VENV)/.stamp-run: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -e .
	touch $@

$(VENV)/.stamp-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -e '.[test]'
	touch $@

$(VENV)/.stamp-build: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -e '.[build]'
	touch $@

run: $(VENV)/.stamp-run
	$(BIN)/interne-klachten

test: $(VENV)/.stamp-test
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(VENV)/.stamp-test
	$(BIN)/ruff check . && $(BIN)/ruff format --check . && $(BIN)/mypy

build: $(VENV)/.stamp-build
	$(BIN)/pyinstaller --noconfirm build.spec

clean:
	rm -rf build dist .pytest_cache .ruff_cache *.egg-info
	find . -path ./$(VENV) -prune -o -type d -name __pycache__ -exec rm -rf {} +

distclean: clean
	rm -rf $(VENV)

# Refresh the translation source (.ts) from the UI's tr()/translate() strings and the
# services' messages (scripts/service_messages.py writes them as QT_TRANSLATE_NOOP markers
# for lupdate); a translator fills the .ts in with Qt Linguist, and pyside6-lrelease makes
# the .qm the app loads (`make build` compiles it again from the .ts, see build.spec).
translations: $(VENV)/.stamp-test
	$(BIN)/python scripts/service_messages.py
	$(BIN)/pyside6-lupdate $$(find app/ui -name '*.py' | sort) -source-language nl_NL \
		-target-language en_GB -ts resources/translations/interne_klachten_en.ts
	$(BIN)/pyside6-lrelease resources/translations/interne_klachten_en.ts \
		-qm resources/translations/interne_klachten_en.qm
