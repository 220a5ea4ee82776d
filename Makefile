# Two commands on a fresh machine: `make demo` and `make test`.
PY      ?= python3
TOOLS   := .tools
UV      := $(TOOLS)/bin/uv
VENV    := .venv
export UV_PYTHON_DOWNLOADS := never
export LANGGRAPH_CLI_NO_ANALYTICS := 1

# Root installs directly; anyone else through sudo.
SUDO    := $(if $(filter 0,$(shell id -u)),,sudo)

.PHONY: install services demo test unit integration bench bench-server weights lock clean

$(UV):
	$(PY) -m venv $(TOOLS)
	$(TOOLS)/bin/pip install --quiet --disable-pip-version-check uv==0.13.8

$(VENV)/.installed: $(UV) pyproject.toml uv.lock
	$(UV) sync --frozen --all-extras --python $(PY)
	touch $@

install: $(VENV)/.installed

# Tests start their own Redis servers (standalone, cluster, crash) from Debian's package.
services:
	@command -v redis-server >/dev/null 2>&1 || { \
		echo "Installing redis-server (Debian package) for the tests"; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends redis-server >/dev/null; }

demo: install
	$(VENV)/bin/mind demo --seed 1

test: install services
	$(VENV)/bin/pytest -q

unit: install
	$(VENV)/bin/pytest -q tests/unit

integration: install services
	$(VENV)/bin/pytest -q tests/integration

bench: install services
	$(VENV)/bin/python bench/checkpointer.py

bench-server: install services
	$(VENV)/bin/python bench/server_load.py --think-s 15

# Relearn the crisis screen's weighted lexicon after editing graph/data/crisis_set.json or the
# practice text (about ten minutes on two cores); `--check` instead verifies the shipped table.
weights: install
	$(VENV)/bin/python -m graph.crisis_weights_train

lock: $(UV)
	$(UV) lock

clean:
	rm -rf $(VENV) $(TOOLS) .pytest_cache .langgraph_api
