# Two commands for a newcomer:  `make run` (dashboard on the sample corpus) and `make test`.
# Both install what they need first: system packages (Chromium, for chart export and the
# browser tests), a virtual environment with the Python packages and the spaCy model.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
PORT   ?= 8501
ADDRESS ?= 127.0.0.1
STAMP  := $(VENV)/.installed

.PHONY: setup system-deps run data test lint format bench clean

setup: system-deps $(STAMP)

# Debian's chromium: kaleido (PNG/SVG/PDF export) and Playwright (browser tests) drive it.
system-deps:
	@if ! command -v chromium >/dev/null 2>&1; then \
	  echo "Installing Chromium (Debian package) ..."; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -q && $$SUDO apt-get install -y -q chromium; \
	fi

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e ".[test]"
	touch $(STAMP)

run: setup
	$(BIN)/streamlit run dashboard.py --server.address $(ADDRESS) --server.port $(PORT) \
	  --server.headless true --browser.gatherUsageStats false

data: setup
	$(BIN)/python -m lib.preprocess --corpus data/sample --out data/processed

test: setup
	$(BIN)/ruff check .
	$(BIN)/python -m pytest

lint: setup
	$(BIN)/ruff check .

# The speed benchmarks (not part of the tests; run on a quiet machine): bench/results/.
bench: setup
	$(BIN)/python -m bench

format: setup
	$(BIN)/ruff format .

clean:
	rm -rf data/processed test-artifacts .pytest_cache
