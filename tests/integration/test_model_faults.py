"""Whole sessions on the model path, against the local OpenAI-compatible server, well-behaved and faulty."""

from __future__ import annotations

import logging

import pytest
from langgraph.checkpoint.memory import InMemorySaver

from graph.context import Context
from graph.offline.library import library
from server.demo import ScriptedComforter
from server.sessions import Sessions, export
from tests.fake_openai_server import FakeOpenAIServer

pytestmark = pytest.mark.integration
AGENTS = ("trigger", "devil", "guide", "patient", "strategist")


@pytest.fixture
def llm(monkeypatch):
    with FakeOpenAIServer() as server:
        monkeypatch.setenv("MIND_MODEL", "fake-mind")
        monkeypatch.setenv("OPENAI_BASE_URL", server.url)
        monkeypatch.setenv("OPENAI_API_KEY", "test")
        yield server


async def play_to_the_end(sessions: Sessions, sid: str) -> tuple[dict, list[str]]:
    values = await sessions.start("my report is late", "I will be fired", "work-missed-deadline", session_id=sid,
                                  adult_confirmed=True)
    scenario, comforter, sent = library().scenario("work-missed-deadline"), ScriptedComforter(3), []
    for _ in range(25):
        request = values["waiting"]
        if not request:
            break
        scene = scenario.scenes[min(request["scene_index"], len(scenario.scenes) - 1)]
        comfort = comforter.answer(request, scene.evidence_against)
        sent.append(comfort)
        values = await sessions.comfort(sid, comfort)
    return values, sent


def user_turns(values: dict) -> list[str]:
    return [t["text"] for t in values["transcript"] if t["role"] == "user"]


async def test_a_well_behaved_model_plays_every_agent_to_the_closing(llm):
    values, sent = await play_to_the_end(Sessions(InMemorySaver(), Context()), "good")
    assert values["status"] in ("resolved", "max_rounds") and values["closing"]
    engines = {t["engine"] for t in values["transcript"] if t["role"] in AGENTS}
    assert engines == {"fake-mind"} and not [t for t in values["transcript"] if t.get("data", {}).get("fallback")]
    assert user_turns(values) == sent
    usage = values["usage"]
    assert set(usage) == {*AGENTS, "screen"}
    assert all(u["input_tokens"] > 0 and u["output_tokens"] > 0 for u in usage.values())
    assert usage["patient"]["calls"] == len(sent)
    assert usage["screen"]["calls"] == len(sent) + 2  # the LLM check's tokens count too
    assert export(values, "fake-mind", Context())["usage"] == usage  # what `mind sessions export` prints
    asked = llm.stats()["requests"]
    assert asked["screen"] == len(sent) + 2  # the LLM check of the topic, the worries and every comfort
    assert asked["response_format:json_schema"] == sum(asked[a] for a in (*AGENTS, "screen"))  # native output


async def test_every_fault_is_survived_and_shows_in_the_transcript_or_the_logs(llm, caplog):
    caplog.set_level(logging.INFO)
    llm.inject(trigger=["no_response_format", "500", "prose"], devil=["429", "truncated"], guide=["schema", "schema"],
               patient=["wrong_types", "empty", "refusal"], strategist=["hang", "hang", "hang", "empty"])
    sessions = Sessions(InMemorySaver(), Context(timeout_s=1.0, max_retries=2))
    values, sent = await play_to_the_end(sessions, "faulty")
    assert values["status"] in ("resolved", "max_rounds") and values["closing"]
    assert user_turns(values) == sent  # no comfort lost or doubled

    fallbacks = {t["role"]: t["data"]["fallback"] for t in values["transcript"] if t.get("data", {}).get("fallback")}
    assert fallbacks["guide"] == "StructuredOutputError"  # wrong twice: the offline engine played the turn
    assert fallbacks["patient"] == "StructuredOutputError"
    assert fallbacks["strategist"].endswith("TimeoutError")  # hung past every retry
    injected = {k.removeprefix("fault:") for k in llm.stats()["requests"] if k.startswith("fault:")}
    assert injected == {"no_response_format", "500", "429", "prose", "truncated", "schema", "wrong_types", "empty", "refusal", "hang"}
    log = caplog.text
    assert "Retrying request" in log  # 500, 429 and the hangs were retried by the client
    assert "asking once more with the error" in log  # truncated, schema, wrong types, empty, refusal
    assert "refused a JSON-schema response format" in log
    for comfort in sent:
        assert comfort not in log  # no user text in the logs


async def test_the_fallback_model_answers_when_the_first_one_fails(llm, monkeypatch):
    monkeypatch.setenv("MIND_MODEL_FALLBACK", "openai:fake-mind-backup")
    llm.inject(devil=["500"], patient=["500"])
    sessions = Sessions(InMemorySaver(), Context(max_retries=0))
    values = await sessions.start("my report is late", "I will be fired", "work-missed-deadline", session_id="fb",
                                  adult_confirmed=True)
    values = await sessions.comfort("fb", "You did your best with what you knew, and one slip is not who you are.")
    turns = [t for t in values["transcript"] if t["role"] in AGENTS]
    assert not [t for t in turns if t.get("data", {}).get("fallback")]  # the backup model answered, not offline
    assert {t["engine"] for t in turns} == {"fake-mind"}
    stats = llm.stats()["requests"]
    assert stats["fault:500"] == 2 and stats["devil"] >= 3 and stats["patient"] == 2
    exported = (await sessions.state("fb"))["usage"]
    assert exported["patient"]["calls"] == 1 and exported["devil"]["output_tokens"] > 0
