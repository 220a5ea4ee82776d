"""The /v1 API as clients meet it: real `mind serve` processes on one real Redis, driven over HTTP."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import uuid

import httpx
import pytest

from graph.offline.library import library
from server.demo import ScriptedComforter
from tests.integration.services import MindServer, raw_contents

pytestmark = pytest.mark.integration
ALICE, BOB = "alice-key-0123456789", "bob-key-0123456789abc"
KEYS = f"alice:{ALICE},bob:{BOB}"
KIND = "You did your best with what you knew, and one slip is not who you are."


def auth(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


@pytest.fixture(scope="module")
def servers(redis_server, tmp_path_factory):
    prefix = f"api{uuid.uuid4().hex[:6]}"
    env = {"REDIS_URL": redis_server.url, "MIND_REDIS_PREFIX": prefix, "MIND_API_KEYS": KEYS,
           "MIND_RATE_LIMIT_PER_MINUTE": "100000"}
    workdir = tmp_path_factory.mktemp("serve")
    pair = [MindServer(env, workdir).start(), MindServer(env, workdir).start()]
    yield pair, redis_server, prefix
    for server in pair:
        server.stop()


def start(url: str, key: str = ALICE, **extra) -> dict:
    body = {"topic": "my report is late", "worries": "I will be fired", "scenario_id": "work-missed-deadline",
            "adult_confirmed": True, **extra}
    response = httpx.post(f"{url}/v1/sessions", json=body, headers=auth(key), timeout=60)
    assert response.status_code == 201, response.text
    return response.json()


def test_two_servers_play_one_session_to_the_closing(servers):
    (a, b), _, _ = servers
    created = start(a.url)
    sid, request = created["session_id"], created["round"]
    scenario, comforter = library().scenario("work-missed-deadline"), ScriptedComforter(5)
    request["scene_round"] = 0
    for turn in range(30):
        server = (a, b)[turn % 2]
        comfort = comforter.answer(request, scenario.scenes[request["scene_index"]].evidence_against)
        reply = httpx.post(f"{server.url}/v1/sessions/{sid}/comfort", json={"text": comfort, "round": request["round"]},
                           headers=auth(ALICE), timeout=60)
        assert reply.status_code == 200, reply.text
        result = reply.json()
        assert result["patient"] and result["verdict"]["decision"] in ("advance", "persist", "resolve")
        if "round" not in result:
            break
        same_scene = result["round"]["scene_index"] == request["scene_index"]
        request = result["round"] | {"scene_round": request["scene_round"] + 1 if same_scene else 0}
    assert result["status"] in ("resolved", "max_rounds") and result["closing"]["text"]
    views = [httpx.get(f"{s.url}/v1/sessions/{sid}", headers=auth(ALICE)).json() for s in (a, b)]
    assert views[0] == views[1] and len(views[0]["rounds"]) == turn + 1


def test_another_users_session_is_not_found(servers):
    (a, b), _, _ = servers
    sid = start(a.url)["session_id"]
    for method, path, body in (("GET", "", None), ("POST", "/comfort", {"text": KIND}), ("GET", "/export", None),
                               ("POST", "/mood", {"when": "before", "scores": {"upset": 3}}), ("DELETE", "", None)):
        response = httpx.request(method, f"{b.url}/v1/sessions/{sid}{path}", json=body, headers=auth(BOB))
        assert response.status_code == 404 and response.json()["error"]["code"] == "not_found"
    assert sid not in [s["session_id"] for s in httpx.get(f"{b.url}/v1/sessions", headers=auth(BOB)).json()]
    assert sid in [s["session_id"] for s in httpx.get(f"{a.url}/v1/sessions", headers=auth(ALICE)).json()]
    assert httpx.get(f"{a.url}/v1/sessions/{sid}", headers=auth(ALICE)).status_code == 200


@pytest.mark.parametrize("method,path,body,headers,status", [
    ("GET", "/v1/sessions", None, {"Authorization": ""}, 401),
    ("GET", "/v1/sessions", None, {"Authorization": "Bearer not-a-key-at-all-000"}, 401),
    ("GET", "/v1/sessions", None, {"Authorization": "Basic abc"}, 401),
    ("POST", "/v1/sessions", b'{"topic": ', {"Content-Type": "application/json"}, 400),
    ("POST", "/v1/sessions", {"topic": ""}, {}, 422),
    ("POST", "/v1/sessions", {"topic": "late", "colour": "blue"}, {}, 422),
    ("POST", "/v1/sessions", {"topic": "x" * 1001}, {}, 422),
    ("POST", "/v1/sessions", {"topic": "late", "scenario_id": "no-such-scenario"}, {}, 422),
    ("POST", "/v1/sessions", {"topic": "bell\x07 ringing"}, {}, 422),
    ("POST", "/v1/sessions", {"topic": "x" * 70_000}, {}, 413),
    ("GET", "/v1/sessions/does-not-exist", None, {}, 404),
])
def test_bad_requests_get_a_json_error_with_the_right_status(servers, method, path, body, headers, status):
    (a, _), _, _ = servers
    sent = {"content": body} if isinstance(body, bytes) else {"json": body}
    response = httpx.request(method, f"{a.url}{path}", headers=auth(ALICE) | headers, timeout=30, **sent)
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert set(error) == {"code", "message"} and error["message"]
    if status == 401:
        assert response.headers["WWW-Authenticate"] == "Bearer"


def test_comfort_errors_leave_the_session_unchanged(servers):
    (a, _), _, _ = servers
    created = start(a.url)
    sid = created["session_id"]
    before = httpx.get(f"{a.url}/v1/sessions/{sid}", headers=auth(ALICE)).json()
    for body, status in (({"text": ""}, 422), ({"text": "x" * 4001}, 422), ({"text": KIND, "round": 7}, 409),
                         ({"words": KIND}, 422), ({"text": KIND, "round": 0}, 422)):
        response = httpx.post(f"{a.url}/v1/sessions/{sid}/comfort", json=body, headers=auth(ALICE))
        assert response.status_code == status, (body, response.text)
    assert httpx.get(f"{a.url}/v1/sessions/{sid}", headers=auth(ALICE)).json() == before


async def test_simultaneous_comforts_one_is_taken_the_others_get_409(servers):
    (a, b), redis_server, prefix = servers
    sid = start(a.url)["session_id"]
    async with httpx.AsyncClient(timeout=60, headers=auth(ALICE)) as client:
        answers = await asyncio.gather(*[
            client.post(f"{s.url}/v1/sessions/{sid}/comfort", json={"text": f"{KIND} ({i})", "round": 1})
            for i, s in enumerate([a, b] * 3)])
    codes = sorted(r.status_code for r in answers)
    assert codes == [200, 409, 409, 409, 409, 409], [r.text for r in answers]
    view = httpx.get(f"{a.url}/v1/sessions/{sid}", headers=auth(ALICE)).json()
    taken = next(r for r in answers if r.status_code == 200).json()
    assert [r["comfort"] for r in view["rounds"] if r["comfort"]] == [view["rounds"][0]["comfort"]]
    assert view["rounds"][0]["patient"] == taken["patient"] and view["round"]["round"] == 2
    assert not [k for k in raw_contents(redis_server, f"{prefix}:*") if k.endswith(b":lock")]


def test_a_retried_comfort_is_not_applied_twice(servers):
    (a, b), _, _ = servers
    sid = start(a.url)["session_id"]
    first = httpx.post(f"{a.url}/v1/sessions/{sid}/comfort", json={"text": KIND, "round": 1}, headers=auth(ALICE))
    again = httpx.post(f"{b.url}/v1/sessions/{sid}/comfort", json={"text": KIND, "round": 1}, headers=auth(ALICE))
    assert first.status_code == again.status_code == 200 and first.json() == again.json()
    view = httpx.get(f"{a.url}/v1/sessions/{sid}", headers=auth(ALICE)).json()
    assert [r["comfort"] for r in view["rounds"]] == [KIND, None]


def test_comfort_streams_as_server_sent_events(servers):
    (a, _), _, _ = servers
    sid = start(a.url)["session_id"]
    events = []
    with httpx.stream("POST", f"{a.url}/v1/sessions/{sid}/comfort", json={"text": KIND}, timeout=60,
                      headers=auth(ALICE) | {"Accept": "text/event-stream"}) as response:
        assert response.status_code == 200 and response.headers["content-type"].startswith("text/event-stream")
        for block in response.read().decode().split("\n\n"):
            if block.strip():
                kind, data = block.split("\n", 1)
                events.append((kind.removeprefix("event: "), json.loads(data.removeprefix("data: "))))
    assert [k for k, _ in events][-1] == "result" and events[0][0] == "patient"
    result = events[-1][1]
    assert "".join(d["text"] for k, d in events if k == "patient") == result["patient"]
    assert result["verdict"] and result["round"]["round"] == 2


def test_mood_export_and_delete(servers):
    (a, _), redis_server, prefix = servers
    sid = start(a.url)["session_id"]
    mood = httpx.post(f"{a.url}/v1/sessions/{sid}/mood", headers=auth(ALICE),
                      json={"when": "before", "scores": {"upset": 4, "afraid": 2, "alert": 3}})
    assert mood.status_code == 200 and mood.json()["mood"][0]["negative_affect"] == 3.0
    assert mood.json()["round"]["round"] == 1  # a check-in does not move the session
    assert httpx.post(f"{a.url}/v1/sessions/{sid}/mood", headers=auth(ALICE),
                      json={"when": "before", "scores": {"upset": 9}}).status_code == 422
    comfort = httpx.post(f"{a.url}/v1/sessions/{sid}/comfort", json={"text": KIND}, headers=auth(ALICE))
    assert comfort.status_code == 200 and comfort.json()["round"]["round"] == 2
    exported = httpx.get(f"{a.url}/v1/sessions/{sid}/export", headers=auth(ALICE))
    assert exported.status_code == 200 and exported.json()["mood"][0]["scores"]["upset"] == 4
    assert any(t["text"] == KIND for t in exported.json()["transcript"])

    assert httpx.delete(f"{a.url}/v1/sessions/{sid}", headers=auth(ALICE)).status_code == 204
    assert httpx.get(f"{a.url}/v1/sessions/{sid}", headers=auth(ALICE)).status_code == 404
    leftovers = raw_contents(redis_server, f"{prefix}:*")
    assert not [k for k, vals in leftovers.items() if sid.encode() in k or any(sid.encode() in v for v in vals)]


def test_rate_limit_answers_429_with_retry_after(redis_server, tmp_path):
    env = {"REDIS_URL": redis_server.url, "MIND_REDIS_PREFIX": f"rl{uuid.uuid4().hex[:6]}", "MIND_API_KEYS": KEYS,
           "MIND_RATE_LIMIT_PER_MINUTE": "5"}
    server = MindServer(env, tmp_path).start()
    try:
        codes = [httpx.get(f"{server.url}/v1/sessions", headers=auth(BOB)).status_code for _ in range(7)]
        assert codes[:5] == [200] * 5 and codes[5:] == [429, 429]
        limited = httpx.get(f"{server.url}/v1/sessions", headers=auth(BOB))
        assert limited.json()["error"]["code"] == "rate_limited" and int(limited.headers["Retry-After"]) >= 1
        assert httpx.get(f"{server.url}/v1/sessions", headers=auth(ALICE)).status_code == 200  # per user
    finally:
        server.stop()


def test_serve_refuses_an_open_server_beyond_loopback():
    result = subprocess.run([sys.executable, "-m", "server.cli", "serve", "--host", "0.0.0.0"],
                            capture_output=True, timeout=60)
    assert result.returncode == 2 and b"without API keys" in result.stderr


def test_storage_down_is_503_never_500_and_service_comes_back(tmp_path):
    from tests.integration.services import RedisServer

    redis = RedisServer(tmp_path / "redis", "--appendonly", "yes", "--appendfsync", "always").start()
    server = MindServer({"REDIS_URL": redis.url, "MIND_API_KEYS": KEYS}, tmp_path / "serve").start()
    try:
        sid = start(server.url)["session_id"]
        redis.kill()
        for method, path in (("GET", "/readyz"), ("GET", "/v1/sessions"), ("GET", f"/v1/sessions/{sid}")):
            down = httpx.request(method, f"{server.url}{path}", headers=auth(ALICE), timeout=60)
            assert down.status_code == 503, down.text
            assert down.json()["error"]["code"] == "unavailable" and down.headers["Retry-After"]
        redis.start()
        assert httpx.get(f"{server.url}/readyz", timeout=30).status_code == 200
        back = httpx.get(f"{server.url}/v1/sessions/{sid}", headers=auth(ALICE)).json()
        assert back["round"]["round"] == 1, back
    finally:
        server.stop()
        redis.stop()


def test_crisis_pauses_the_practice_until_the_person_says_they_are_safe(servers):
    (a, b), _, _ = servers
    sid = start(a.url, region="GB")["session_id"]
    crisis = httpx.post(f"{a.url}/v1/sessions/{sid}/comfort", headers=auth(ALICE),
                        json={"text": "i have written my note and i am going to end my life tonight"}).json()
    assert crisis["status"] == "crisis" and crisis["waiting_for"] == "safety_check" and "round" not in crisis
    assert "116 123" in crisis["closing"]["text"] and "patient" not in crisis
    back = httpx.post(f"{b.url}/v1/sessions/{sid}/comfort", headers=auth(ALICE),
                      json={"text": "I'm safe now, let's continue"}).json()
    assert back["status"] == "active" and back["waiting_for"] == "comfort" and back["round"]["round"] == 1
    exported = httpx.get(f"{a.url}/v1/sessions/{sid}/export", headers=auth(ALICE)).json()
    assert "end my life" not in json.dumps(exported)  # the crisis text is kept nowhere
    assert [e["kind"] for e in exported["safety_events"]] == ["crisis", "resumed"]


def test_a_crisis_in_the_topic_never_starts_the_practice(servers):
    (a, _), _, _ = servers
    created = httpx.post(f"{a.url}/v1/sessions", headers=auth(ALICE),
                         json={"topic": "I can't go on, I want to kill myself", "adult_confirmed": True})
    assert created.status_code == 201
    body = created.json()
    assert body["status"] == "crisis" and body["waiting_for"] == "safety_check" and "round" not in body
    safe = httpx.post(f"{a.url}/v1/sessions/{body['session_id']}/comfort", headers=auth(ALICE),
                      json={"text": "yes, I'm safe"}).json()
    assert safe["status"] == "closed" and "waiting_for" not in safe


def test_the_age_question_caution_check_ins_and_a_crisis_in_the_resume_answer(servers):
    (a, _), _, _ = servers
    created = httpx.post(f"{a.url}/v1/sessions", headers=auth(ALICE), json={
        "topic": "my report is late", "worries": "I feel hopeless and I havent slept in days", "region": "US"})
    body = created.json()
    assert created.status_code == 201 and body["waiting_for"] == "age_check" and "round" not in body
    sid = body["session_id"]
    ok = httpx.post(f"{a.url}/v1/sessions/{sid}/comfort", headers=auth(ALICE), json={"text": "yes"}).json()
    assert ok["waiting_for"] == "comfort" and [n["kind"] for n in ok["notices"]] == ["check_in"]
    assert "call or text 988" in ok["notices"][0]["text"]
    crisis = httpx.post(f"{a.url}/v1/sessions/{sid}/comfort", headers=auth(ALICE),
                        json={"text": "I want to kill myself"}).json()
    again = httpx.post(f"{a.url}/v1/sessions/{sid}/comfort", headers=auth(ALICE),
                       json={"text": "no. I have the rope and I will hang myself tonight"}).json()
    assert crisis["waiting_for"] == again["waiting_for"] == "safety_check" and again["status"] == "crisis"
    exported = httpx.get(f"{a.url}/v1/sessions/{sid}/export", headers=auth(ALICE)).json()
    assert [(e["kind"], e["source"]) for e in exported["safety_events"]] == [
        ("caution", "worries"), ("crisis", "comfort"), ("crisis", "safety_check")]
    assert "rope" not in json.dumps(exported) and "kill myself" not in json.dumps(exported)
    refused = httpx.post(f"{a.url}/v1/sessions", headers=auth(ALICE), json={"topic": "late", "region": "Narnia"})
    assert refused.status_code == 422
