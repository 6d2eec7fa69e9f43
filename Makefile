# The two commands of the README: `make run` and `make test`, each from a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
FLASK := $(BIN)/flask --app app

.PHONY: run test install install-dev

$(VENV)/.run-deps: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.dev-deps: $(VENV)/.run-deps requirements-dev.txt node_modules/.installed
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@

# axe-core for the accessibility tests (the built GOV.UK Frontend in static/build is committed).
node_modules/.installed: package.json package-lock.json
	npm ci --omit=optional --no-audit --no-fund
	touch $@

install: $(VENV)/.run-deps
install-dev: $(VENV)/.dev-deps

run: install
	$(FLASK) db upgrade
	$(FLASK) users ensure-demo-admin
	@echo "serving on http://127.0.0.1:5000 (worker running alongside; Ctrl-C stops both)"
	$(FLASK) worker & worker=$$!; trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(FLASK) run --host 127.0.0.1 --port 5000

test: install-dev
	$(BIN)/python -m pytest
