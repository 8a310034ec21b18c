# tailscale-sdk developer tasks. `make help` lists them; `make check` is THE test command.

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help
# Steps of `check` must run in order (and `generate` must never race `lint`).
.NOTPARALLEL:
MAKEFLAGS += --no-builtin-rules

VENV ?= .venv
PYTHON ?= python3
PY := $(VENV)/bin/python
SPEC ?= openapi.yaml
DOCS ?= ../shared/docs/tailscale-api ../shared/docs/tailscale-api-2026
PYTEST_ARGS ?=
BENCH_ARGS ?=

GENERATED := generated/tailscale_sdk_generated
# Hand-written code; only the directories that exist are linted.
SRC_DIRS := $(wildcard overlays mockserver tests scripts examples bench)
PY_STAMP := $(VENV)/.install-stamp
NODE_STAMP := node_modules/.install-stamp
REDOCLY := node_modules/.bin/redocly
# Published artifacts (gitignored): the bundled spec, TypeScript types, the HTML API reference.
DIST := dist
BUNDLE_STAMP := $(DIST)/.bundle-stamp
TS_TYPES := $(DIST)/tailscale-api.d.ts
API_DOCS := $(DIST)/api-reference.html
CHROMIUM := /usr/bin/chromium
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)
OLD ?=
NEW ?=

# Redocly CLI: no telemetry, no update check (CI has no network but package registries).
export REDOCLY_TELEMETRY := off
export REDOCLY_SUPPRESS_UPDATE_NOTICE := true

.PHONY: help install generate check-generated lint docs-coverage test wheel-check check run clean distclean
.PHONY: bundle typescript-check api-docs install-browser docs-diff fuzz fuzz-long bench

help: ## Show this help
	@echo "Usage: make TARGET [VAR=value]   (VENV=$(VENV) SPEC=$(SPEC) DOCS=$(DOCS))"
	@awk 'BEGIN {FS = ":[^#]*## "} /^[a-zA-Z0-9_-]+:[^#]*## / {printf "  %-16s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

install: $(PY_STAMP) $(NODE_STAMP) ## Create the venv (python >= 3.11), pip install -e '.[dev,mock]', npm ci

$(PY):
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' || { \
	  echo "error: tailscale-sdk needs Python >= 3.11; '$(PYTHON)' is $$($(PYTHON) --version 2>&1)." >&2; \
	  echo "       Run: make install PYTHON=/path/to/python3.11" >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)

$(PY_STAMP): pyproject.toml | $(PY)
	@$(PY) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' || { \
	  echo "error: $(VENV) has $$($(PY) --version 2>&1); need >= 3.11. Run: make distclean install" >&2; exit 1; }
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev,mock]'
	@touch $@

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

generate: install ## Regenerate generated/tailscale_sdk_generated from SPEC (openapi.yaml)
	$(PY) scripts/check_generated.py --write --spec $(SPEC)

check-generated: install ## Fail if generated/ differs from a fresh generation (lists files)
	$(PY) scripts/check_generated.py --spec $(SPEC)

lint: install ## ruff + ruff format --check + mypy --strict + openapi-spec-validator + redocly
	$(PY) -m ruff check $(SRC_DIRS)
	$(PY) -m ruff format --check $(SRC_DIRS)
	$(PY) -m mypy $(SRC_DIRS) $(GENERATED)
	$(VENV)/bin/openapi-spec-validator $(SPEC)
	$(REDOCLY) lint $(SPEC)

docs-coverage: install ## Check every endpoint/field of the docs (2024 and 2026) is in the spec (DOCS='dir ...')
	$(PY) scripts/docs_coverage.py --docs $(DOCS) --spec $(SPEC)

bundle: $(BUNDLE_STAMP) ## Write dist/openapi.yaml + dist/openapi.json (info.version from pyproject)

$(BUNDLE_STAMP): $(SPEC) pyproject.toml scripts/bundle.py | $(PY_STAMP)
	$(PY) scripts/bundle.py --spec $(SPEC) --out $(DIST)
	@touch $@

typescript-check: $(TS_TYPES) ## openapi-typescript types from the bundle (no warnings) + tsc --strict

$(TS_TYPES): $(BUNDLE_STAMP) scripts/typescript_check.py $(wildcard tests/typescript/*) $(NODE_STAMP)
	$(PY) scripts/typescript_check.py --spec $(DIST)/openapi.yaml --out $@ || { rm -f $@; exit 1; }

api-docs: $(API_DOCS) ## Build dist/api-reference.html (Redocly build-docs, scripts inlined: works offline)

$(API_DOCS): $(BUNDLE_STAMP) redocly.yaml $(NODE_STAMP)
	$(REDOCLY) build-docs $(DIST)/openapi.yaml --output $@ --inlineBundle

install-browser: ## Install Debian's chromium (API reference test) if /usr/bin/chromium is missing
	@test -x $(CHROMIUM) || { \
	  $(SUDO) apt-get update && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium; }
	@$(CHROMIUM) --version 2>/dev/null

docs-diff: install ## Report endpoints/attributes added or removed between two docs trees (OLD=dir NEW=dir)
	@test -n "$(OLD)" -a -n "$(NEW)" || { echo "usage: make docs-diff OLD=old-docs-dir NEW=new-docs-dir" >&2; exit 2; }
	$(PY) -m scripts.docs_diff --old $(OLD) --new $(NEW) --spec $(SPEC)

test: install $(BUNDLE_STAMP) $(TS_TYPES) $(API_DOCS) install-browser ## Run pytest (PYTEST_ARGS=...)
	$(PY) -m pytest -q $(PYTEST_ARGS)

fuzz: install ## Fuzz openapi.yaml against the mock with schemathesis (all phases, all checks, fixed seed)
	$(PY) scripts/fuzz.py

fuzz-long: install ## The same fuzzing with 10x the examples
	$(PY) scripts/fuzz.py --long

bench: install ## Benchmarks as ratios to same-run baselines; JSON in bench/results/ (BENCH_ARGS=--quick); not in check
	$(PY) -m bench $(BENCH_ARGS)

wheel-check: install ## Build the wheel in a temp dir and check its file list
	$(PY) scripts/check_wheel.py

check: install check-generated lint docs-coverage bundle typescript-check api-docs install-browser fuzz test ## Everything CI runs (.ci/run)

run: install ## Run the quickstart example
	@test -f examples/quickstart.py || { echo "error: examples/quickstart.py does not exist yet" >&2; exit 1; }
	$(PY) examples/quickstart.py

clean: ## Remove build outputs and tool caches (keeps .venv, node_modules, generated/)
	rm -rf dist build .pytest_cache .mypy_cache .ruff_cache .hypothesis *.egg-info
	find . -path ./$(VENV) -prune -o -path ./node_modules -prune -o \
	  -name __pycache__ -type d -exec rm -rf {} +

distclean: clean ## Also remove .venv and node_modules
	rm -rf $(VENV) node_modules
