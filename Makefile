# govdata — two commands do everything: `make all` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
EXTRAS := notebooks,test

.PHONY: all build notebooks test bench lab clean

all: build notebooks

# (Re)install only when pyproject.toml changed since the last install.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[$(EXTRAS)]'
	touch $(STAMP)

build: $(STAMP)
	$(BIN)/govdata build

notebooks: $(STAMP)
	$(BIN)/govdata notebooks --out build/notebooks

test: $(STAMP)
	$(BIN)/python -m pytest -q

# scaling sizes 1,10,100 by default (100× is about 40 s of about 3 min); `make bench SIZES=1,10` is quicker
bench: $(STAMP)
	$(if $(SIZES),GOVDATA_BENCH_SIZES=$(SIZES) )$(BIN)/python -m benchmarks

lab: $(STAMP)
	$(BIN)/jupyter lab notebooks/

clean:
	rm -rf build data/processed/*.csv data/processed/*.parquet
