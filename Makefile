# geneva_nb: every target sets up .venv on first use (plain venv + pip) and is quick afterwards.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# Jupyter's modern folder layout (silences its deprecation warning when kernels start)
export JUPYTER_PLATFORM_DIRS := 1

.PHONY: help report test lab student bench lint clean

help:
	@echo "make report   execute every notebook and render the HTML report under reports/"
	@echo "make test     lint, unit and property tests, and every notebook executed (nbmake)"
	@echo "make lab      open JupyterLab on notebooks/"
	@echo "make student  write student copies (solutions removed) to student/"
	@echo "make bench    speed and accuracy benchmarks (results: benchmarks/README.md)"
	@echo "make lint     ruff on the package, tests, benchmarks and notebooks"
	@echo "make clean    remove reports/, student/ and caches"

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	$(BIN)/python -m ipykernel install --prefix $(VENV) --name python3 --display-name "Python 3 (geneva_nb)" > /dev/null
	touch $(STAMP)

report: $(STAMP)
	$(BIN)/geneva-nb report --out reports

test: lint
	$(BIN)/python -m pytest

lab: $(STAMP)
	$(BIN)/jupyter lab notebooks/

student: $(STAMP)
	$(BIN)/geneva-nb student student

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py --write

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks notebooks scripts

clean:
	rm -rf reports student .pytest_cache .ruff_cache
