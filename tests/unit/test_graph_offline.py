"""The graph through every edge of the Strategist and its bounds, on the offline engine."""

import pytest
from langgraph.checkpoint.memory import InMemorySaver
from langgraph.types import Command

from graph.context import Context
from graph.graph import builder
from graph.inputs import InputError
from server.sessions import Sessions

NEUTRAL = "ok"
KIND = ("That makes total sense, anyone would feel this. But what evidence do you actually have? "
        "Would you say this to a friend? You're human, and one hard moment doesn't define you.")
HARSH = "Stop whining, it's your own fault."


async def play(sessions, comforts, scenario="work-missed-deadline"):
    values = await sessions.start("work stress", "deadline", scenario, adult_confirmed=True)
    for text in comforts:
        if not values["waiting"]:
            break
        values = await sessions.comfort(values["session_id"], text)
    return values


async def test_persist_loops_back_to_the_devil_in_the_same_scene(sessions):
    values = await play(sessions, [NEUTRAL])
    assert values["verdicts"][-1]["decision"] == "persist" and values["verdicts"][-1]["route"] == "devil"
    assert values["scene"]["index"] == 0 and values["round"] == 2
    assert values["waiting"]["round"] == 2


async def test_harmful_comfort_raises_intensity_and_kind_comfort_advances(sessions):
    values = await play(sessions, [HARSH])
    history = values["intensity_history"]
    assert history[-1] > history[0]
    values = await sessions.comfort(values["session_id"], KIND)
    values = await sessions.comfort(values["session_id"], KIND)
    decisions = [v["decision"] for v in values["verdicts"]]
    assert "advance" in decisions and values["scene"]["index"] == 1


async def test_kind_comfort_resolves_the_story_and_closes(sessions):
    values = await play(sessions, [KIND] * 20)
    assert values["status"] == "resolved" and values["waiting"] is None
    assert values["verdicts"][-1]["decision"] == "resolve"
    assert values["closing"]["kind_words"] and KIND in values["closing"]["kind_words"]
    assert values["milestones"]


async def test_round_bound_per_scene_moves_the_story_on():
    sessions = Sessions(InMemorySaver(), Context(max_rounds_per_scene=2))
    values = await play(sessions, [NEUTRAL, NEUTRAL])
    assert values["verdicts"][-1]["decision"] == "advance" and "limit" in values["verdicts"][-1]["rationale"]
    assert values["scene"]["index"] == 1


async def test_total_round_bound_ends_the_session():
    sessions = Sessions(InMemorySaver(), Context(max_total_rounds=4))
    values = await play(sessions, [NEUTRAL] * 10)
    assert values["status"] == "max_rounds" and values["round"] == 4 and values["closing"]


async def test_bad_comfort_is_refused_and_loses_nothing(sessions):
    values = await play(sessions, [])
    before = await sessions.state(values["session_id"])
    for bad in ["", "   ", "x" * 4001, "hello\x1b[31m"]:
        with pytest.raises(InputError):
            await sessions.comfort(values["session_id"], bad)
    after = await sessions.state(values["session_id"])
    assert after["transcript"] == before["transcript"] and after["waiting"] == before["waiting"]


async def test_bad_resume_sent_to_the_graph_directly_is_asked_again():
    app = builder.compile(checkpointer=InMemorySaver())
    config = {"configurable": {"thread_id": "t1"}}
    await app.ainvoke({"topic": "work", "worries": "deadline", "scenario_id": "work-missed-deadline",
                      "adult_confirmed": True}, config)
    await app.ainvoke(Command(resume="   "), config)
    state = await app.aget_state(config)
    payload = state.tasks[0].interrupts[0].value
    assert payload["error"] and "empty" in payload["error"] and payload["round"] == 1
    await app.ainvoke(Command(resume={"text": KIND}), config)
    state = await app.aget_state(config)
    assert state.values["round"] == 2


async def test_crisis_in_comfort_stops_the_role_play_and_keeps_the_text_out(sessions):
    values = await play(sessions, [])
    crisis = "honestly I want to kill myself"
    values = await sessions.comfort(values["session_id"], crisis)
    assert values["status"] == "crisis" and values["waiting"]["type"] == "safety_check"
    assert "findahelpline.com" in values["closing"]["text"]  # no region given: the international default
    assert all(crisis not in str(event) for event in values["safety_events"])
    assert all(crisis not in t["text"] for t in values["transcript"])


async def test_practice_resumes_only_once_the_person_says_they_are_safe(sessions):
    values = await play(sessions, [])
    sid, thought = values["session_id"], values["waiting"]["distortion"]["thought"]
    values = await sessions.comfort(sid, "honestly I want to kill myself")
    values = await sessions.comfort(sid, "I don't know")  # not a yes: asked again, gently
    assert values["status"] == "crisis" and values["waiting"]["type"] == "safety_check" and values["waiting"]["error"]
    values = await sessions.comfort(sid, "I'm not safe, I have the pills here")  # a crisis again: support again
    assert values["status"] == "crisis" and [e["source"] for e in values["safety_events"]] == ["comfort", "safety_check"]
    values = await sessions.comfort(sid, "I'm safe now, let's continue")
    assert values["status"] == "active" and values["waiting"]["type"] == "comfort_request"
    assert values["waiting"]["round"] == 1 and values["waiting"]["distortion"]["thought"]  # the round goes on
    assert values["safety_events"][-1]["kind"] == "resumed" and thought
    assert not [t for t in values["transcript"] if "pills" in t["text"] or "kill myself" in t["text"]]


async def test_figure_of_speech_is_not_a_crisis(sessions):
    values = await play(sessions, ["this deadline is killing me, but you have handled worse before"])
    assert values["status"] == "active"


async def test_same_seed_same_session():
    docs = []
    for _ in range(2):
        values = await play(Sessions(InMemorySaver(), Context(seed=3)), [NEUTRAL, KIND, KIND, HARSH, KIND])
        docs.append([(t["role"], t["text"]) for t in values["transcript"]])
    assert docs[0] == docs[1]


async def test_unknown_scenario_is_a_clear_error(sessions):
    with pytest.raises(InputError, match="unknown scenario"):
        await sessions.start("work", "deadline", "no-such-scenario")


async def test_resumed_session_keeps_its_seed_regression():
    """Resuming with another run seed (as `mind chat --session` does) must not change the replay."""
    comforts = [NEUTRAL, KIND, KIND, HARSH, KIND]
    whole = await play(Sessions(InMemorySaver(), Context(seed=3)), comforts)
    saver = InMemorySaver()
    values = await play(Sessions(saver, Context(seed=3)), comforts[:2])
    resumed = Sessions(saver, Context(seed=0))
    for text in comforts[2:]:
        values = await resumed.comfort(values["session_id"], text)
    strip = lambda v: [(t["role"], t["text"]) for t in v["transcript"]]  # noqa: E731
    assert strip(values) == strip(whole)


async def test_a_round_cut_off_while_being_set_up_is_finished_before_the_comfort_regression():
    """After a crash (or a lost AOF second) a session may stop between trigger and listen with no
    comfort pending; a comfort used to get 409 forever."""
    from langgraph.checkpoint.memory import InMemorySaver

    from graph.context import Context
    from graph.graph import builder
    from server.sessions import Sessions

    saver = InMemorySaver()
    cut = builder.compile(checkpointer=saver, interrupt_before=["guide"])
    config = {"configurable": {"thread_id": "cut"}}
    await cut.ainvoke({"topic": "my report is late", "worries": "I will be fired",
                       "scenario_id": "work-missed-deadline", "session_id": "cut", "adult_confirmed": True}, config, context=Context(seed=1))
    sessions = Sessions(saver, Context(seed=1))
    assert (await sessions.state("cut"))["unfinished"]
    values = await sessions.comfort("cut", "You did your best, and one slip is not who you are.")
    assert values["waiting"]["round"] == 2 and [t["role"] for t in values["transcript"]].count("user") == 1
