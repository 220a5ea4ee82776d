# Two commands on a fresh machine: `make demo` and `make test`.
PY      ?= python3
TOOLS   := .tools
UV      := $(TOOLS)/bin/uv
VENV    := .venv
export UV_PYTHON_DOWNLOADS := never
export LANGGRAPH_CLI_NO_ANALYTICS := 1

.PHONY: install demo test unit integration lock clean

$(UV):
	$(PY) -m venv $(TOOLS)
	$(TOOLS)/bin/pip install --quiet --disable-pip-version-check uv==0.13.8

$(VENV)/.installed: $(UV) pyproject.toml uv.lock
	$(UV) sync --frozen --all-extras --python $(PY)
	touch $@

install: $(VENV)/.installed

demo: install
	$(VENV)/bin/mind demo --seed 1

test: install
	$(VENV)/bin/pytest -q

unit: install
	$(VENV)/bin/pytest -q tests/unit

integration: install
	$(VENV)/bin/pytest -q tests/integration

lock: $(UV)
	$(UV) lock

clean:
	rm -rf $(VENV) $(TOOLS) .pytest_cache .langgraph_api
