# Two entry points for a fresh machine with Python 3.11+ and make: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
TS_FILES := $(wildcard resources/translations/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)
# Swiss German (de_CH, no ß) made from the German catalogues and Qt's own (git-ignored).
SWISS := resources/translations/switchboard_de_CH.qm

.PHONY: run test lint bench clean provider translations ts-update package

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	$(VENV)/bin/pyside6-lrelease -silent $(TS_FILES)
	touch $(STAMP)

# The sandbox's demo database, built once here so that a first `make run` copies it instead of
# seeding a year of demo data (provider/sandbox_template.py); rebuilt when the schema or the demo
# data change. Git-ignored, like the rest of build/.
SANDBOX_TEMPLATE := build/sandbox-template/template.json
$(SANDBOX_TEMPLATE): $(STAMP) $(wildcard provider/db/migrations/versions/*.py) provider/seed.py \
		provider/demo_billing.py provider/demo_telephony.py provider/sandbox_template.py
	$(PY) -m provider.sandbox_template build/sandbox-template

# UI translations: .ts sources in git, .qm compiled here (git-ignored).
$(QM_FILES): %.qm: %.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

$(SWISS): $(wildcard resources/translations/*_de.ts) resources/translations/swiss_catalogues.py $(STAMP)
	$(PY) resources/translations/swiss_catalogues.py

translations: $(QM_FILES) $(SWISS)

# After changing UI strings: refresh the .ts sources, then translate the new entries (Qt
# Linguist: `.venv/bin/pyside6-linguist resources/translations/switchboard_de.ts`). One
# catalogue per language for the whole client; its contexts are class names, so a class that
# moves between files or areas keeps its German.
ts-update: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -no-obsolete -extensions py desktop -ts resources/translations/switchboard_de.ts
	# English needs a catalogue for its plurals only ("%n user(s)" -> "1 user", "2 users").
	$(VENV)/bin/pyside6-lupdate -no-obsolete -pluralonly -extensions py desktop -ts resources/translations/plurals_en.ts
	$(PY) resources/translations/fill_plurals.py resources/translations/*.ts

run: $(STAMP) $(QM_FILES) $(SWISS) $(SANDBOX_TEMPLATE)
	$(PY) -m desktop.app

provider: $(STAMP)
	$(VENV)/bin/switchboard-provider serve --sandbox

test: $(STAMP) $(QM_FILES) $(SWISS)
	$(VENV)/bin/ruff check .
	$(PY) -m pytest -n 2 --dist loadfile --no-loadscope-reorder -q

# The one-folder bundle for this system in dist/ (PyInstaller; packaging/build.py --installer
# also makes the Windows installer or the macOS .dmg). Prints the size and the largest parts.
package: $(STAMP) $(QM_FILES) $(SWISS)
	$(PY) -m pip install --quiet -e '.[package]'
	$(PY) packaging/build.py

lint: $(STAMP)
	$(VENV)/bin/ruff check .

# Every bench runs, even after one missed its goal; the exit status says whether any did.
bench: $(STAMP)
	@missed=""; for f in bench/[!_]*.py; do echo "== $$f"; $(PY) $$f || missed="$$missed $$f"; done; \
	if [ -n "$$missed" ]; then echo "MISSED:$$missed"; exit 1; fi

clean:
	rm -rf $(VENV) build dist *.egg-info
