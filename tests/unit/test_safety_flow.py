"""The safety model in the graph: crisis at every point, caution check-ins, the AI notice, the age question,
regional resources and the LLM check (on the scripted model)."""

import json
import time

import pytest
from langgraph.checkpoint.memory import InMemorySaver

import graph.models as models
import graph.resources as resources
from graph.context import Context
from graph.safety import screen_text
from server.sessions import Sessions
from tests.fake_openai_server import MODEL_ONLY_CRISIS
from tests.fakes import ScriptedChatModel

CRISIS = "I have decided to end my life tonight, the pills are saved"
KIND = "You did your best, and one slip is not who you are."


@pytest.fixture
def scripted(monkeypatch):
    model = ScriptedChatModel(prompts=[], decisions=["persist"])
    monkeypatch.setattr(models, "load_chat_model", lambda name, call=None: model)
    return model


def model_sessions(**ctx) -> Sessions:
    return Sessions(InMemorySaver(), Context(model="scripted:test", **ctx))


@pytest.mark.parametrize("where", ["topic", "worries", "comfort", "resume answer", "age answer"])
async def test_a_crisis_at_any_point_stops_the_role_play_and_never_reaches_a_prompt(scripted, where):
    sessions = model_sessions()
    topic, worries = ("my report is late", "I will be fired")
    if where == "topic":
        topic = f"work. {CRISIS}"
    if where == "worries":
        worries = CRISIS
    values = await sessions.start(topic, worries, adult_confirmed=where != "age answer")
    sid = values["session_id"]
    if where == "age answer":
        values = await sessions.comfort(sid, f"yes. {CRISIS}")
    if where in ("comfort", "resume answer"):
        values = await sessions.comfort(sid, CRISIS if where == "comfort" else "I want to kill myself, honestly")
    if where == "resume answer":
        values = await sessions.comfort(sid, CRISIS)  # the answer to "are you safe?" is screened too
    assert values["status"] == "crisis" and values["waiting"]["type"] == "safety_check"
    assert "findahelpline.com" in values["closing"]["text"] and "breath" in values["closing"]["text"]
    assert values["safety_events"][-1]["kind"] == "crisis" and CRISIS not in json.dumps(values["safety_events"])
    values = await sessions.comfort(sid, "I'm safe now, let's continue")
    if where in ("comfort", "resume answer"):  # the practice had begun: it resumes, and the agents play on
        assert values["status"] == "active" and values["waiting"]["type"] == "comfort_request"
        before = len(scripted.prompts)
        values = await sessions.comfort(sid, KIND)
        assert {agent for agent, _ in scripted.prompts[before:]} >= {"patient", "strategist", "devil"}
    else:  # nothing to resume: the session closes
        assert values["status"] == "closed" and not values["waiting"]
    assert not [agent for agent, prompt in scripted.prompts if "pills are saved" in prompt]
    assert "pills are saved" not in json.dumps(values["transcript"]) and "pills are saved" not in (values.get("topic") or "")


async def test_the_region_chooses_the_resources_and_an_operator_file_replaces_them(tmp_path, monkeypatch):
    sessions = Sessions(InMemorySaver(), Context())
    uk = await sessions.start(CRISIS, adult_confirmed=True, region="gb")
    assert "116 123" in uk["closing"]["text"] and "United Kingdom" in uk["closing"]["text"]
    monkeypatch.setenv("MIND_REGION", "US")
    us = await sessions.start(CRISIS, adult_confirmed=True)
    assert "988" in us["closing"]["text"]
    own = {"default": {"name": "Our clinic", "emergency": "555-0100", "lines": [{"name": "Duty nurse", "contact": "ext 42"}]}}
    (tmp_path / "res.json").write_text(json.dumps(own))
    monkeypatch.setenv("MIND_RESOURCES_FILE", str(tmp_path / "res.json"))
    mine = await sessions.start(CRISIS, adult_confirmed=True)
    assert "Duty nurse: ext 42" in mine["closing"]["text"] and "988" not in mine["closing"]["text"]
    (tmp_path / "bad.json").write_text(json.dumps({"default": {"name": "x"}}))
    monkeypatch.setenv("MIND_RESOURCES_FILE", str(tmp_path / "bad.json"))
    with pytest.raises(resources.ResourceFileError, match="not a valid resource file"):
        resources.resources_text()
    with pytest.raises(Exception, match="two-letter"):
        await sessions.start("work", adult_confirmed=True, region="United Kingdom")


async def test_caution_goes_on_with_a_check_in_and_the_resources():
    sessions = Sessions(InMemorySaver(), Context())
    values = await sessions.start("work", "I feel hopeless and I havent slept in days", adult_confirmed=True)
    assert values["status"] == "active" and values["waiting"]["type"] == "comfort_request"
    assert [n["kind"] for n in values["waiting"]["notices"]] == ["check_in"]
    assert "findahelpline.com" in values["waiting"]["notices"][0]["text"]
    assert [e["kind"] for e in values["safety_events"]] == ["caution"]
    assert "slept" not in json.dumps(values["safety_events"])
    values = await sessions.comfort(values["session_id"], KIND)
    assert values["waiting"]["notices"] == []  # shown once, cleared when answered
    values = await sessions.comfort(values["session_id"], "honestly I feel numb and worthless today")
    assert values["status"] == "active" and [n["kind"] for n in values["waiting"]["notices"]] == ["check_in"]
    assert [e["source"] for e in values["safety_events"]] == ["worries", "comfort"]


async def test_the_ai_notice_repeats_after_three_hours():
    sessions = Sessions(InMemorySaver(), Context())
    values = await sessions.start("work", "deadline", "work-missed-deadline", adult_confirmed=True)
    opening = values["transcript"][0]
    assert opening["data"]["kind"] == "disclosure" and "talking to an AI" in opening["text"]
    assert values["waiting"]["notices"] == []
    values = await sessions.comfort(values["session_id"], KIND)
    assert values["waiting"]["notices"] == []  # not yet due
    config = sessions._config(values["session_id"])
    await sessions.graph.aupdate_state(config, {"disclosed_at": time.time() - 3 * 3600 - 1}, as_node="notices")
    values = await sessions.comfort(values["session_id"], KIND)
    assert [n["kind"] for n in values["waiting"]["notices"]] == ["ai_notice"]
    assert "talking to an AI" in values["waiting"]["notices"][0]["text"]
    assert time.time() - values["disclosed_at"] < 60
    values = await sessions.comfort(values["session_id"], KIND)
    assert values["waiting"]["notices"] == []


async def test_the_age_question_is_asked_when_the_client_has_not_asked():
    sessions = Sessions(InMemorySaver(), Context())
    values = await sessions.start("work", "deadline")
    assert values["waiting"]["type"] == "age_check" and "18" in values["waiting"]["question"]
    values = await sessions.comfort(values["session_id"], "maybe")
    assert values["waiting"]["type"] == "age_check" and values["waiting"]["error"]
    values = await sessions.comfort(values["session_id"], "yes")
    assert values["adult_confirmed"] and values["waiting"]["type"] == "comfort_request"
    minor = await sessions.start("school stress", "exams")
    minor = await sessions.comfort(minor["session_id"], "no, I'm 15")
    assert minor["status"] == "closed" and not minor["waiting"] and minor["topic"] == ""
    assert "made for adults" in minor["closing"]["text"] and not minor.get("distortion")


async def test_the_llm_check_raises_the_level_the_rules_missed(scripted):
    sessions = model_sessions()
    values = await sessions.start("work", "deadline", adult_confirmed=True)
    scripted.overrides = {"screen": json.dumps({"reasoning": "Goodbye in context.", "level": "crisis",
                                                "reasons": ["farewell"]})}
    assert screen_text(MODEL_ONLY_CRISIS).level == "none"  # only the model sees it
    values = await sessions.comfort(values["session_id"], MODEL_ONLY_CRISIS)
    assert values["status"] == "crisis" and values["safety_events"][-1]["reasons"] == ["model: farewell"]
    assert values["usage"]["screen"]["calls"] == 3  # topic, worries and the comfort: the check's calls are counted
    scripted.overrides = {"screen": json.dumps({"reasoning": "Fine.", "level": "none", "reasons": []})}
    calm = await sessions.start("work", "deadline", adult_confirmed=True)
    crisis = await sessions.comfort(calm["session_id"], "I want to kill myself")  # the model cannot lower the rules
    assert crisis["status"] == "crisis"


async def test_a_failing_llm_check_leaves_the_rules_in_charge(scripted):
    sessions = model_sessions()
    values = await sessions.start("work", "deadline", adult_confirmed=True)
    scripted.overrides = {"screen": "not json at all"}
    values = await sessions.comfort(values["session_id"], KIND)
    assert values["status"] == "active"
    values = await sessions.comfort(values["session_id"], "I want to kill myself")
    assert values["status"] == "crisis"


async def test_a_worrying_but_safe_answer_resumes_with_a_check_in():
    sessions = Sessions(InMemorySaver(), Context())
    values = await sessions.start("work", "deadline", "work-missed-deadline", adult_confirmed=True)
    values = await sessions.comfort(values["session_id"], "I want to kill myself")
    values = await sessions.comfort(values["session_id"], "I'm safe now, just hopeless and exhausted")
    assert values["status"] == "active" and [n["kind"] for n in values["waiting"]["notices"]] == ["check_in"]
    assert [e["kind"] for e in values["safety_events"]] == ["crisis", "resumed", "caution"]


async def test_a_mood_check_in_during_crisis_support_keeps_the_servers_region():
    """After a state update the session re-asks "are you safe?" itself (no interrupt pending): the
    question still names the server's region, as the node would."""
    sessions = Sessions(InMemorySaver(), Context(region="AU"))
    values = await sessions.start(CRISIS, adult_confirmed=True)
    assert values["waiting"]["type"] == "safety_check" and "Australia" in values["waiting"]["resources"]
    values = await sessions.add_mood(values["session_id"], {"score": 3, "note_chars": 0})
    assert values["waiting"]["type"] == "safety_check" and "Australia" in values["waiting"]["resources"]
