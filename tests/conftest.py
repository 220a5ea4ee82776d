from __future__ import annotations

import pytest
from langgraph.checkpoint.memory import InMemorySaver

from graph.context import Context
from server.sessions import Sessions


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch, tmp_path):
    """No test reads the developer's models or sessions."""
    for name in ("MIND_MODEL", "MIND_MODEL_TRIGGER", "MIND_MODEL_DEVIL", "MIND_MODEL_GUIDE", "MIND_MODEL_PATIENT",
                 "MIND_MODEL_STRATEGIST", "OPENAI_BASE_URL", "REDIS_URL", "MIND_REDIS_PREFIX", "MIND_ENCRYPTION_KEY",
                 "MIND_SESSION_TTL_DAYS", "MIND_MODEL_SCREEN", "MIND_REGION", "MIND_RESOURCES_FILE",
                 "MIND_SAFETY_RETENTION_DAYS", "MIND_LOG_LEVEL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("MIND_DB_PATH", str(tmp_path / "mind.sqlite"))


@pytest.fixture
def sessions():
    return Sessions(InMemorySaver(), Context(seed=7))
