# geneva_nb: every target sets up .venv on first use (plain venv + pip) and is quick afterwards.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# Jupyter's modern folder layout (silences its deprecation warning when kernels start)
export JUPYTER_PLATFORM_DIRS := 1
# make lab: headless by default (open the printed URL yourself); as root JupyterLab also needs
# --allow-root. Override, e.g. `make lab LAB_ARGS="--port 8899"`.
LAB_ARGS ?= --no-browser $(if $(filter 0,$(shell id -u)),--allow-root,)
# make report: extra options, e.g. `make report REPORT_ARGS="--no-solutions"` for a class site
REPORT_ARGS ?=

.PHONY: help report test lab student bench lint clean

help:
	@echo "make report   execute every notebook and render the HTML report under reports/"
	@echo "make test     lint, unit and property tests, and every notebook executed (nbmake)"
	@echo "make lab      start JupyterLab on notebooks/ (headless; LAB_ARGS to change)"
	@echo "make student  write student/: notebooks without solutions, their data, a wheel, README"
	@echo "make bench    speed and accuracy benchmarks (results: benchmarks/README.md)"
	@echo "make lint     ruff on the package, tests, benchmarks and notebooks"
	@echo "make clean    remove reports/, student/ and caches"

# one install for every target: .[dev] = test tools + the extras notebooks (JupyterLab, jupytext:
# make lab), dask and research; the core alone runs `geneva-nb report`
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	$(BIN)/python -m ipykernel install --prefix $(VENV) --name python3 --display-name "Python 3 (geneva_nb)" > /dev/null
	touch $(STAMP)

report: $(STAMP)
	$(BIN)/geneva-nb report --out reports $(REPORT_ARGS)

test: lint
	$(BIN)/python -m pytest

lab: $(STAMP)
	$(BIN)/jupyter lab $(LAB_ARGS) notebooks/

student: $(STAMP)
	rm -rf student
	$(BIN)/geneva-nb student student --wheel

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py --write

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks notebooks scripts

clean:
	rm -rf reports student .pytest_cache .ruff_cache
