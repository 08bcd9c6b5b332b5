# Every target creates or reuses the local virtual environment, so `make demo` and
# `make test` are all a newcomer types on a fresh machine.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
DEMO_OUT ?= build/site
# The embedded demo data was generated for this date; building "as of" it keeps the demo
# meaningful (active listings, recent exits) however long after that you run it.
DEMO_AS_OF ?= 2026-11-22

.PHONY: lock demo test check lint typecheck bench golden demo-data clean

# Installs exactly the locked versions (with their hashes), never what the package index
# serves today: the same program on CI, an operator's server and every later day. The
# package itself goes in without build isolation so its build backend is the locked one too.
$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

# Upgrades the lock deliberately (review the diff, then `make golden` and `make test`).
# pip-tools rather than uv: its output is a plain requirements file with hashes that the pip
# every Python ships installs, so neither CI nor an operator needs one more tool to trust.
lock:
	$(PYTHON) -m venv build/lock-venv
	build/lock-venv/bin/python -m pip install --quiet 'pip-tools==7.6.2'
	build/lock-venv/bin/pip-compile --upgrade --quiet --all-extras --all-build-deps \
	    --allow-unsafe --generate-hashes --strip-extras --no-emit-find-links \
	    --no-emit-index-url --no-emit-trusted-host --output-file=requirements.lock pyproject.toml

DEMO_KEYS ?= build/demo-keys

# Throw-away keys (made once, kept in build/, never committed) so the demo is signed and
# verifiable like a real publication; then the whole chain, then a consumer's check of it.
demo: $(STAMP)
	$(BIN)/creditsite demo-keys $(DEMO_KEYS)
	$(BIN)/creditsite build data/demo --out $(DEMO_OUT) --as-of $(DEMO_AS_OF) --keys $(DEMO_KEYS)
	$(BIN)/creditsite verify $(DEMO_OUT) --root-key $(DEMO_KEYS)/root.pub
	$(BIN)/creditsite report data/demo --as-of $(DEMO_AS_OF) --site $(DEMO_OUT) --out $(DEMO_OUT)-internal/compliance
	@echo ""
	@echo "The demo site is in $(DEMO_OUT)/. Look at it with:"
	@echo "    $(BIN)/creditsite serve $(DEMO_OUT)    # then open http://127.0.0.1:8000/"
	@echo "(opening $(DEMO_OUT)/index.html directly works too, except the search box)."
	@echo "The internal deadline report (never published) is $(DEMO_OUT)-internal/compliance/index.html"
	@echo "(with compliance.csv and compliance.json beside it)."

test: $(STAMP)
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check generator tests benchmarks feeds
	$(BIN)/ruff format --check generator tests benchmarks feeds

typecheck: $(STAMP)
	$(BIN)/mypy

check: lint typecheck test

bench: $(STAMP)
	$(BIN)/python -m benchmarks.run

# Regenerates every golden tree (site HTML, feeds, signed files) after an intended change;
# review the diff before committing it.
golden: $(STAMP)
	CREDITSITE_REGEN_GOLDEN=1 $(BIN)/python -m pytest -q tests/test_site_golden.py
	$(BIN)/python -m tests.test_feeds --regenerate
	CREDITSITE_REGEN_GOLDEN=1 $(BIN)/python -m pytest -q tests/test_cli_build.py -k golden

# Regenerates the embedded demo dataset (fixed seed: the output is byte-identical).
demo-data: $(STAMP)
	rm -rf data/demo
	$(BIN)/creditsite demo-data --subjects 300 --seed 20261122 --as-of $(DEMO_AS_OF) data/demo

clean:
	rm -rf $(VENV) build .pytest_cache .mypy_cache .ruff_cache
