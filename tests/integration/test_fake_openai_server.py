"""The fake OpenAI server, driven by the real `openai` and `langchain_openai` clients and the real prompts."""

from __future__ import annotations

import asyncio
import json
import time

import httpx
import openai
import pytest
from langchain_core.messages import convert_to_openai_messages
from langchain_openai import ChatOpenAI

from graph.context import Context
from graph.models import build_messages, parse_structured
from graph.offline.library import library
from graph.state import (DevilOutput, DistortionType, GuideOutput, PatientOutput, StrategistOutput,
                         TriggerOutput)
from graph.transcript import describe_round
from tests.fake_openai_server import FakeOpenAIServer

pytestmark = pytest.mark.integration

SCENE = library().scenario("work-missed-deadline").scenes[0]
THOUGHT = SCENE.thoughts.intense
COMFORT = ("It makes sense that you're scared, but you've met every other deadline this year. "
           "One late report is not the end.")
SCHEMAS = {"trigger": TriggerOutput, "devil": DevilOutput, "guide": GuideOutput, "patient": PatientOutput,
           "strategist": StrategistOutput}


def variables(agent: str, **extra: object) -> dict[str, object]:
    """What the nodes in graph/nodes/ pass for the first round of the first scene."""
    lib, common = library(), {"language": "English", "scene": SCENE.text, "memory": None}
    return {**common, **{
        "trigger": {"topic": "I missed a deadline at work", "worries": "My lead will think I'm unreliable.",
                    "scene_index": 0, "scene_number": 1, "max_scenes": 4, "previous_scene": None,
                    "scene_directive": None},
        "devil": {"last_round": describe_round(None), "target_intensity": 0.85, "previous_thought": None,
                  "suggested_distortion": SCENE.distortion, "thought_directive": None,
                  "distortion_types": ", ".join(DistortionType.__args__)},
        "guide": {"distortion_type": SCENE.distortion, "thought": THOUGHT, "memory": "(empty)",
                  "last_round": describe_round(None), "memory_max_chars": 900,
                  "techniques": "; ".join(f"{t}: {lib.techniques[t].description}"
                                          for t in lib.distortions[SCENE.distortion].techniques)},
        "patient": {"distortion_type": SCENE.distortion, "intensity": 0.85, "thought": THOUGHT, "comfort": COMFORT},
        "strategist": {"scene_index": 1, "max_scenes": 4, "distortion_type": SCENE.distortion, "intensity": 0.85,
                       "thought": THOUGHT, "comfort": COMFORT,
                       "patient_reply": "Maybe. One late report might not sink me."},
    }[agent], **extra}


def messages(agent: str, **extra: object) -> list[dict]:
    return convert_to_openai_messages(build_messages(agent, variables(agent, **extra), SCHEMAS[agent], Context()))


def chat_model(server: FakeOpenAIServer, **options: object) -> ChatOpenAI:
    # langchain_openai shares one cached httpx client per base URL; its connections outlive each test's event loop.
    return ChatOpenAI(base_url=server.url, api_key="test", model="fake-mind", http_async_client=httpx.AsyncClient(),
                      **options)


@pytest.fixture(scope="module")
def llm():
    with FakeOpenAIServer() as server:
        yield server


@pytest.fixture(scope="module")
def slow_llm():
    with FakeOpenAIServer(latency_ms=200) as server:
        yield server


@pytest.mark.parametrize("agent", list(SCHEMAS))
async def test_each_agent_gets_an_answer_that_fits_its_model(llm, agent):
    client = openai.AsyncOpenAI(base_url=llm.url, api_key="test")
    answer = await client.chat.completions.create(model="fake-mind", messages=messages(agent))
    choice = answer.choices[0]
    assert choice.finish_reason == "stop" and answer.usage.total_tokens > answer.usage.completion_tokens > 0
    out = parse_structured(choice.message.content, SCHEMAS[agent], agent)
    plausible = {
        "trigger": lambda o: o.arc_position == "opening" and o.scene_index == 0,
        "devil": lambda o: o.distortion_type == SCENE.distortion and o.intensity == 0.85 and " I " in f" {o.thought}",
        "guide": lambda o: o.techniques == library().distortions[SCENE.distortion].techniques[:2] and o.memory_summary,
        "patient": lambda o: o.reply.count(". ") >= 2 and " I " in f" {o.reply}",
        "strategist": lambda o: o.decision == "persist" and 0 < o.shift <= 1,
    }
    assert plausible[agent](out), out


@pytest.mark.parametrize(("scene_index", "intensity", "decision"), [
    (1, 0.85, "persist"),  # the thought is still at the scene's opening intensity: its first round
    (1, 0.55, "advance"),
    (4, 0.70, "persist"),
    (4, 0.40, "resolve"),  # the last scene
])
async def test_strategist_persists_then_advances_and_resolves_only_in_the_last_scene(llm, scene_index, intensity,
                                                                                     decision):
    model = chat_model(llm)
    prompt = build_messages("strategist", variables("strategist", scene_index=scene_index, intensity=intensity),
                            StrategistOutput, Context())
    out = parse_structured((await model.ainvoke(prompt)).text, StrategistOutput, "strategist")
    assert out.decision == decision
    if decision != "persist":
        assert intensity - out.shift <= Context().advance_intensity  # so the graph's bounds let it through


async def test_streaming_matches_the_plain_answer_and_reports_usage(llm):
    client = openai.AsyncOpenAI(base_url=llm.url, api_key="test")
    plain = await client.chat.completions.create(model="fake-mind", messages=messages("patient"))
    stream = await client.chat.completions.create(model="fake-mind", messages=messages("patient"), stream=True,
                                                  stream_options={"include_usage": True})
    chunks = [chunk async for chunk in stream]
    pieces = [c.choices[0].delta.content for c in chunks if c.choices and c.choices[0].delta.content]
    assert len(pieces) > 5 and "".join(pieces) == plain.choices[0].message.content
    assert chunks[-1].choices == [] and chunks[-1].usage.model_dump() == plain.usage.model_dump()
    assert [c.choices[0].finish_reason for c in chunks if c.choices][-1] == "stop"

    model = chat_model(llm, stream_usage=True)
    parts = [part async for part in model.astream(build_messages("patient", variables("patient"), PatientOutput,
                                                                 Context()))]
    assert len(parts) > 5 and "".join(p.text for p in parts) == plain.choices[0].message.content


async def test_latency_delays_the_answer_and_the_first_streamed_chunk(slow_llm):
    client = openai.AsyncOpenAI(base_url=slow_llm.url, api_key="test")
    start = time.perf_counter()
    await client.chat.completions.create(model="fake-mind", messages=messages("devil"))
    assert time.perf_counter() - start >= 0.2
    start = time.perf_counter()
    stream = await client.chat.completions.create(model="fake-mind", messages=messages("devil"), stream=True)
    async for _ in stream:
        assert time.perf_counter() - start >= 0.2
        break
    await stream.close()
    start = time.perf_counter()  # the wait is asyncio.sleep: concurrent requests overlap
    await asyncio.gather(*(client.chat.completions.create(model="fake-mind", messages=messages("devil"))
                           for _ in range(5)))
    assert 0.2 <= time.perf_counter() - start < 0.8


@pytest.mark.parametrize("body", [
    b"{not json", b"[]", json.dumps({"model": "fake-mind"}).encode(),
    json.dumps({"model": "fake-mind", "messages": []}).encode(),
    json.dumps({"model": "fake-mind", "messages": [{"role": "user", "content": {"x": 1}}]}).encode(),
    json.dumps({"model": "fake-mind", "messages": [{"role": "user", "content": "hi"}], "stream": "yes"}).encode(),
])
def test_malformed_requests_get_an_openai_style_400(llm, body):
    response = httpx.post(f"{llm.url}/chat/completions", content=body, headers={"content-type": "application/json"})
    assert response.status_code == 400
    assert set(response.json()["error"]) >= {"message", "type", "code"}


async def test_unknown_agent_is_a_400_and_stats_count_requests_per_agent(llm):
    client = openai.AsyncOpenAI(base_url=llm.url, api_key="test")
    before = llm.stats()
    with pytest.raises(openai.BadRequestError) as err:
        await client.chat.completions.create(model="fake-mind", messages=[
            {"role": "system", "content": "You are a cat."}, {"role": "user", "content": "Meow?"}])
    assert err.value.status_code == 400 and err.value.body["code"] == "unknown_agent"
    for agent in ("guide", "guide", "trigger"):
        await client.chat.completions.create(model="fake-mind", messages=messages(agent))
    after = llm.stats()
    assert after["requests"]["guide"] - before["requests"].get("guide", 0) == 2
    assert after["requests"]["trigger"] - before["requests"].get("trigger", 0) == 1
    assert after["total"] - before["total"] == 3
    assert httpx.get(f"{llm.url}/models").json()["data"][0]["id"] == "fake-mind"
