# Two commands set everything up on a fresh machine with Python 3.11+:
#   make demo   - install, serve the bundled demo fleet on 127.0.0.1, check it, write the reports
#   make test   - install with test extras and run the whole test suite
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo test install install-test clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test,postgres]'
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

demo: install
	$(BIN)/monitor demo

test: install-test
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) demo-report reports .pytest_cache
