"""The model path end to end: every agent through a local OpenAI-compatible server, the Patient streamed."""

from __future__ import annotations

import pytest
from langgraph.checkpoint.memory import InMemorySaver

from graph.context import Context
from server.sessions import Sessions
from tests.fake_openai_server import FakeOpenAIServer

pytestmark = pytest.mark.integration
KIND = "You did your best with what you knew, and one slip is not who you are."


@pytest.fixture(scope="module")
def llm():
    with FakeOpenAIServer(latency_ms=20) as server:
        yield server


@pytest.mark.parametrize("attempt", [1, 2])  # two event loops in one process: the model must not outlive its loop
async def test_a_round_on_the_model_streams_the_patient_reply_it_stores(llm, monkeypatch, attempt):
    monkeypatch.setenv("MIND_MODEL", "fake-mind")
    monkeypatch.setenv("OPENAI_BASE_URL", llm.url)
    monkeypatch.setenv("OPENAI_API_KEY", "test")
    before = llm.stats()["requests"]
    sessions = Sessions(InMemorySaver(), Context())
    values = await sessions.start("my report is late", "I will be fired", session_id=f"m{attempt}", adult_confirmed=True)
    plan = await sessions.plan_comfort(f"m{attempt}", KIND)
    words = [w async for w in sessions.run_comfort(plan)]
    values = await sessions.state(f"m{attempt}")
    patient = [t for t in values["transcript"] if t["role"] == "patient"][-1]
    assert len(words) > 3 and "".join(words) == patient["text"] and patient["engine"] == "fake-mind"
    after = llm.stats()["requests"]
    assert all(after.get(a, 0) > before.get(a, 0) for a in ("trigger", "devil", "guide", "patient", "strategist"))
    assert values["waiting"]["round"] == 2
