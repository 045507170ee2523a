# mediacode — `make help` lists the targets.
SHELL := /bin/bash
UV ?= uv
export UV_PYTHON_DOWNLOADS := never
RUN := $(UV) run --frozen
DEMO ?= build/demo
PORT ?= 8000
# axe-core for the accessibility checks of the browser tests (tests/browser), from the npm registry, no CDN.
AXE_VERSION := 4.14.1
AXE := build/npm/node_modules/axe-core/axe.min.js
# Benchmarks run by `make bench`; each prints its peers side by side (bench/review_presidio.py is imported by review.py).
BENCHES ?= bench/review.py bench/review_model.py bench/ingest.py bench/scale.py bench/audit.py bench/web.py bench/soak.py

.DEFAULT_GOAL := help

.PHONY: help setup run serve axe test check lint typecheck contracts pytest test-long security bench fuzz model clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-12s %s\n", $$1, $$2}'

setup: ## install the pinned environment (.venv) from uv.lock
	@command -v $(UV) >/dev/null || python3 -m pip install --quiet 'uv==0.13.9'
	$(UV) sync --frozen --quiet --compile-bytecode
	@$(UV) run --frozen python -m compileall -q src >/dev/null

run: setup ## create the demo organization, show what mediacode says about it, then serve it
	PORT=$(PORT) $(RUN) bash scripts/run-demo.sh $(DEMO)

serve: setup ## serve the demo organization of `make run` on 127.0.0.1, port 8000 or PORT (Ctrl-C stops)
	@test -f $(DEMO)/policy.yaml || { echo "no demo organization in $(DEMO): run make run first"; exit 2; }
	$(RUN) mediacode serve --org $(DEMO) --host 127.0.0.1 --port $(PORT)

axe: $(AXE) ## axe-core for the browser tests' accessibility checks (npm, into build/npm)

$(AXE):
	@if command -v npm >/dev/null; then npm install --prefix build/npm --no-audit --no-fund --no-save --silent axe-core@$(AXE_VERSION); \
	else echo "npm not found: the browser tests skip their axe-core checks (CI installs npm)"; fi

test: setup lint typecheck contracts pytest ## everything CI runs: ruff, mypy --strict, import contracts, pytest

check: test security ## test, then the security checks (bandit, pip-audit of the locked versions: needs the network)

lint: setup ## ruff lint and format check, bandit over src/ (offline)
	$(RUN) ruff check src tests bench
	$(RUN) ruff format --check src tests bench
	$(RUN) bandit -c pyproject.toml -r src -q

# pip-audit asks PyPI's vulnerability data about every pinned version of every group in uv.lock (exported
# as a requirements file: pip-audit's --locked reads PEP 751 pylock files, not uv.lock).
security: setup ## bandit over src/ and pip-audit --strict of uv.lock's pinned versions (needs the network)
	$(RUN) bandit -c pyproject.toml -r src -q
	@mkdir -p build
	$(UV) export --frozen --no-hashes --all-groups --no-emit-project --quiet -o build/requirements-audit.txt
	$(RUN) pip-audit --strict --no-deps --disable-pip --progress-spinner off -r build/requirements-audit.txt

typecheck: setup ## mypy --strict on src/
	$(RUN) mypy src

contracts: setup ## import-linter: the core imports no framework
	$(RUN) lint-imports

pytest: setup axe ## the test suite with branch coverage
	$(RUN) pytest --cov --cov-report=term:skip-covered -q

# Crash consistency, long tier (ADR 0100): 50 SIGKILLs per command instead of the default run's 3.
CRASH_KILLS ?= 50

test-long: setup ## crash-consistency tests with CRASH_KILLS (50) random kills per command (CI's long tier)
	MEDIACODE_CRASH_KILLS=$(CRASH_KILLS) $(RUN) pytest -m crash -q

bench: setup ## benchmarks (speed, accuracy) against peers
	$(UV) sync --frozen --quiet --compile-bytecode --group bench
	@for tool in goaccess calamaris sarg pflogsumm wrk; do command -v $$tool >/dev/null || missing="$$missing $$tool"; done; \
	if [[ -n "$$missing" ]]; then echo "installing the bench peers:$$missing"; \
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null || echo "(could not install$$missing; those peers are skipped)"; fi
	@for b in $(BENCHES); do echo "== $$b"; $(RUN) python $$b || exit 1; done

# Coverage-guided fuzzing (atheris): one harness per parser, loader and review input in fuzz/, seeds in
# fuzz/corpus/<target> (synthetic); new inputs and any finding go to build/fuzz/<target>.
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?= squid combined w3c postfix m365 duckdb_squid org_loader org_files review review_batch

fuzz: setup ## coverage-guided fuzzing of every parser and loader, FUZZ_SECONDS (60) per target; fails on a finding
	$(UV) sync --frozen --quiet --group fuzz
	@for t in $(FUZZ_TARGETS); do echo "== fuzz $$t ($(FUZZ_SECONDS) s)"; mkdir -p build/fuzz/$$t; \
	$(RUN) python fuzz/$$t.py build/fuzz/$$t fuzz/corpus/$$t -max_total_time=$(FUZZ_SECONDS) -timeout=20 \
	-rss_limit_mb=2048 -artifact_prefix=build/fuzz/$$t/ -print_final_stats=1 2>build/fuzz/$$t.log \
	|| { grep -A40 'Uncaught Python exception' build/fuzz/$$t.log || tail -40 build/fuzz/$$t.log; \
	echo "fuzz $$t: finding in build/fuzz/$$t/ (add it as a regression test in tests/fuzz/)"; exit 1; }; \
	grep -E '^stat::number_of_executed_units' build/fuzz/$$t.log || true; done

model: setup ## retrain the review model (src/mediacode/review/model/weights.json) from the labelled posts
	$(RUN) python tools/train_review_model.py

clean: ## remove build output and the environment
	rm -rf build .venv .pytest_cache .mypy_cache .ruff_cache .coverage
