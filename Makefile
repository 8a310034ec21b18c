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
# To pytest through PYTEST_ADDOPTS, which it splits like a shell: quotes in PYTEST_ARGS work.
export PYTEST_ARGS
BENCH_ARGS ?=
# VERBOSE=1: let every step's output through (make check prints one line per step otherwise).
VERBOSE ?=
# scripts/step.py LABEL COMMAND...: one line when the commands pass, their whole output when one
# fails. Standard library only: it runs before the venv exists.
STEP := $(PYTHON) scripts/step.py$(if $(VERBOSE), --verbose)

GENERATED := generated/tailscale_sdk_generated
# Hand-written code; only the directories that exist are linted.
SRC_DIRS := $(wildcard overlays mockserver tests scripts examples bench)
PY_STAMP := $(VENV)/.install-stamp
BENCH_STAMP := $(VENV)/.bench-stamp
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
OFFICIAL ?=
FAIL_ON_CHANGE ?=

# Redocly CLI: no telemetry, no update check (CI has no network but package registries).
export REDOCLY_TELEMETRY := off
export REDOCLY_SUPPRESS_UPDATE_NOTICE := true

.PHONY: help install generate check-generated lint docs-coverage test wheel-check check run clean distclean
.PHONY: bundle typescript-check api-docs install-browser docs-diff spec-diff fuzz fuzz-long bench

help: ## Show this help
	@echo "Usage: make TARGET [VAR=value]   (VENV=$(VENV) SPEC=$(SPEC) DOCS=$(DOCS))"
	@awk 'BEGIN {FS = ":[^#]*## "} /^[a-zA-Z0-9_-]+:[^#]*## / {printf "  %-16s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

install: $(PY_STAMP) $(NODE_STAMP) ## Create the venv (python >= 3.11), pip install -e '.[dev,mock]', npm ci

$(PY):
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' || { \
	  echo "error: tailscale-sdk needs Python >= 3.11; '$(PYTHON)' is $$($(PYTHON) --version 2>&1)." >&2; \
	  echo "       Run: make install PYTHON=/path/to/python3.11" >&2; exit 1; }
	@$(STEP) 'venv ($(VENV))' '$(PYTHON) -m venv $(VENV)'

$(PY_STAMP): pyproject.toml | $(PY)
	@$(PY) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' || { \
	  echo "error: $(VENV) has $$($(PY) --version 2>&1); need >= 3.11. Run: make distclean install" >&2; exit 1; }
	@$(STEP) "pip install -e '.[dev,mock]'" \
	  '$(PY) -m pip install --quiet --upgrade pip' \
	  "$(PY) -m pip install --quiet -e '.[dev,mock]'"
	@touch $@

$(NODE_STAMP): package.json package-lock.json
	@$(STEP) 'npm ci' 'npm ci --no-audit --no-fund'
	@touch $@

generate: install ## Regenerate generated/tailscale_sdk_generated from SPEC (openapi.yaml)
	$(PY) scripts/check_generated.py --write --spec $(SPEC)

check-generated: install ## Fail if generated/ differs from a fresh generation (lists files)
	@$(STEP) 'check-generated (generated/ is a fresh generation of $(SPEC))' \
	  '$(PY) scripts/check_generated.py --spec $(SPEC)'

lint: install ## ruff + ruff format --check + mypy --strict + openapi-spec-validator + response-schema rules R1-R6 + redocly
	@$(STEP) 'lint (ruff, mypy --strict, openapi-spec-validator, response-schema rules, redocly)' \
	  '$(PY) -m ruff check $(SRC_DIRS)' \
	  '$(PY) -m ruff format --check $(SRC_DIRS)' \
	  '$(PY) -m mypy $(SRC_DIRS) $(GENERATED)' \
	  '$(VENV)/bin/openapi-spec-validator $(SPEC)' \
	  '$(PY) scripts/response_schemas.py --spec $(SPEC)' \
	  '$(REDOCLY) lint $(SPEC)'

docs-coverage: install ## Check every endpoint/field of the docs (2024 and 2026) is in the spec (DOCS='dir ...')
	@$(STEP) 'docs-coverage ($(SPEC) covers $(DOCS))' \
	  '$(PY) scripts/docs_coverage.py --docs $(DOCS) --spec $(SPEC)'

bundle: $(BUNDLE_STAMP) ## Write dist/openapi.yaml + dist/openapi.json (info.version from pyproject)

$(BUNDLE_STAMP): $(SPEC) pyproject.toml scripts/bundle.py | $(PY_STAMP)
	@$(STEP) 'bundle ($(DIST)/openapi.yaml, $(DIST)/openapi.json)' \
	  '$(PY) scripts/bundle.py --spec $(SPEC) --out $(DIST)'
	@touch $@

typescript-check: $(TS_TYPES) ## openapi-typescript types from the bundle (no warnings) + tsc --strict

$(TS_TYPES): $(BUNDLE_STAMP) scripts/typescript_check.py $(wildcard tests/typescript/*) $(NODE_STAMP)
	@$(STEP) 'typescript-check (openapi-typescript, tsc --strict)' \
	  '$(PY) scripts/typescript_check.py --spec $(DIST)/openapi.yaml --out $@ || { rm -f $@; exit 1; }'

api-docs: $(API_DOCS) ## Build dist/api-reference.html (Redocly build-docs, scripts inlined: works offline)

$(API_DOCS): $(BUNDLE_STAMP) redocly.yaml $(NODE_STAMP)
	@$(STEP) 'api-docs ($@, redocly build-docs)' \
	  '$(REDOCLY) build-docs $(DIST)/openapi.yaml --output $@ --inlineBundle'

install-browser: ## Install Debian's chromium (API reference test) if /usr/bin/chromium is missing
	@$(STEP) --detail '^(Chromium [0-9.]+)' 'install-browser' \
	  'test -x $(CHROMIUM) || $(SUDO) apt-get -qq update' \
	  'test -x $(CHROMIUM) || $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get -qq install -y chromium' \
	  '$(CHROMIUM) --version'

docs-diff: install ## Report endpoints/attributes added or removed between two docs trees (OLD=dir NEW=dir)
	@test -n "$(OLD)" -a -n "$(NEW)" || { echo "usage: make docs-diff OLD=old-docs-dir NEW=new-docs-dir" >&2; exit 2; }
	$(PY) -m scripts.docs_diff --old $(OLD) --new $(NEW) --spec $(SPEC)

spec-diff: install ## Operations and body fields in SPEC or Tailscale's OpenAPI file, not both (OFFICIAL=file [FAIL_ON_CHANGE=1])
	@test -n "$(OFFICIAL)" || { echo "usage: make spec-diff OFFICIAL=tailscale-openapi.yaml|json [FAIL_ON_CHANGE=1]" >&2; exit 2; }
	@$(PY) -m scripts.spec_diff --official $(OFFICIAL) --spec $(SPEC)$(if $(FAIL_ON_CHANGE), --fail-on-change)

test: install $(BUNDLE_STAMP) $(TS_TYPES) $(API_DOCS) install-browser ## Run pytest (PYTEST_ARGS=...)
	@$(STEP) --detail '^=* ?([0-9]+ (passed|failed|error|skipped|deselected).*) in [0-9.]+s' \
	  'test (pytest)' 'PYTEST_ADDOPTS="$${PYTEST_ADDOPTS:-} $$PYTEST_ARGS" $(PY) -m pytest -q'

fuzz: install ## Fuzz openapi.yaml against the mock with schemathesis (all phases, all checks, fixed seed)
	@$(STEP) --detail '^  test cases: +([0-9]+)' --detail-format '\1 test cases' --show '^  warning: ' \
	  'fuzz (schemathesis against the mock)' '$(PY) scripts/fuzz.py'

fuzz-long: install ## The same fuzzing with 10x the examples
	$(PY) scripts/fuzz.py --long

bench: install $(BENCH_STAMP) ## Benchmarks as ratios to same-run baselines; JSON in bench/results/ (BENCH_ARGS=--quick); not in check
	$(PY) -m bench $(BENCH_ARGS)

# The bench extra: the peer reference (the `tailscale` package), never installed by `make install`.
$(BENCH_STAMP): pyproject.toml | $(PY_STAMP)
	@$(STEP) "pip install -e '.[bench]' (peer reference)" "$(PY) -m pip install --quiet -e '.[bench]'"
	@touch $@

wheel-check: install ## Build the wheel in a temp dir and check its file list
	$(PY) scripts/check_wheel.py

check: install check-generated lint docs-coverage bundle typescript-check api-docs install-browser fuzz test ## Everything CI runs (.ci/run); one line per passing step (VERBOSE=1: all output)

run: install ## Run the quickstart example
	@test -f examples/quickstart.py || { echo "error: examples/quickstart.py does not exist yet" >&2; exit 1; }
	$(PY) examples/quickstart.py

clean: ## Remove build outputs and tool caches (keeps .venv, node_modules, generated/)
	rm -rf dist build .pytest_cache .mypy_cache .ruff_cache .hypothesis *.egg-info
	find . -path ./$(VENV) -prune -o -path ./node_modules -prune -o \
	  -name __pycache__ -type d -exec rm -rf {} +

distclean: clean ## Also remove .venv and node_modules
	rm -rf $(VENV) node_modules
