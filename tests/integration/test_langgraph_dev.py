"""The real LangGraph dev server, offline, driven over HTTP by the langgraph-sdk client."""

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from langgraph_sdk import get_client

from tests.integration.services import free_port, raw_contents

pytestmark = pytest.mark.integration
ROOT = Path(__file__).resolve().parents[2]
ALICE_KEY, BOB_KEY = "alice-key-0123456789", "bob-key-0123456789abc"
KEYS = f"alice:{ALICE_KEY},bob:{BOB_KEY}"
ALICE, BOB = {"Authorization": f"Bearer {ALICE_KEY}"}, {"Authorization": f"Bearer {BOB_KEY}"}
KIND = "That makes sense, anyone would feel that. What evidence do you actually have? You're human."


def start_dev_server(workdir: Path, **extra_env: str):
    """`langgraph dev` on a free port with our langgraph.json; yields its URL, stops it after."""
    port = free_port()
    log = workdir / "server.log"
    env = {**os.environ, "LANGGRAPH_CLI_NO_ANALYTICS": "1", "LANGGRAPH_NO_VERSION_CHECK": "1",
           "LANGSMITH_TRACING": "false", "LANGCHAIN_TRACING_V2": "false", "MIND_MODEL": "offline", **extra_env}
    langgraph = Path(sys.executable).parent / "langgraph"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [str(langgraph), "dev", "--port", str(port), "--host", "127.0.0.1", "--no-browser", "--no-reload",
             "--config", str(ROOT / "langgraph.json")],
            cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
        )
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 120
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"langgraph dev exited with {proc.returncode}:\n{log.read_text()[-3000:]}")
            try:
                if httpx.get(f"{url}/ok", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                proc.kill()
                raise RuntimeError(f"langgraph dev did not start in 120 s:\n{log.read_text()[-3000:]}")
            time.sleep(0.5)
        yield url
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture(scope="module")
def dev_server(tmp_path_factory):
    yield from start_dev_server(tmp_path_factory.mktemp("langgraph"))


@pytest.fixture(scope="module")
def dev_server_on_redis(tmp_path_factory, redis_server):
    prefix = "langgraph-dev"
    for url in start_dev_server(tmp_path_factory.mktemp("langgraph-redis"), REDIS_URL=redis_server.url,
                                MIND_REDIS_PREFIX=prefix, MIND_API_KEYS=KEYS):
        yield url, redis_server, prefix


def pending_interrupt(state: dict) -> dict:
    interrupts = state.get("interrupts") or [i for t in state.get("tasks", []) for i in t.get("interrupts", [])]
    assert interrupts, f"no interrupt in {state.get('next')}"
    return interrupts[0]["value"]


async def test_thread_runs_to_the_interrupt_and_resumes_with_a_comfort(dev_server):
    client = get_client(url=dev_server)
    thread = await client.threads.create()
    tid = thread["thread_id"]
    await client.runs.wait(tid, "mind", input={"topic": "my report is late", "worries": "I will be fired", "adult_confirmed": True,
                                               "scenario_id": "work-missed-deadline"})
    state = await client.threads.get_state(tid)
    first = pending_interrupt(state)
    assert first["type"] == "comfort_request" and first["round"] == 1 and state["next"] == ["listen"]

    await client.runs.wait(tid, "mind", command={"resume": KIND})
    state = await client.threads.get_state(tid)
    second = pending_interrupt(state)
    assert second["round"] == 2
    roles = [t["role"] for t in state["values"]["transcript"]]
    assert roles.count("patient") == 1 and roles.count("strategist") == 1


async def test_langgraph_dev_stores_threads_in_redis_where_the_cli_reads_them(dev_server_on_redis):
    url, redis_server, prefix = dev_server_on_redis
    client = get_client(url=url, headers=ALICE)
    tid = (await client.threads.create())["thread_id"]
    await client.runs.wait(tid, "mind", input={"topic": "my report is late", "worries": "I will be fired", "adult_confirmed": True,
                                               "scenario_id": "work-missed-deadline"})
    await client.runs.wait(tid, "mind", command={"resume": KIND})
    assert pending_interrupt(await client.threads.get_state(tid))["round"] == 2

    assert [k for k in raw_contents(redis_server, f"{prefix}:*") if tid.encode() in k]
    shown = subprocess.run([sys.executable, "-m", "server.cli", "sessions", "show", tid, "--json"],
                           capture_output=True, timeout=60, cwd=ROOT,
                           env={**os.environ, "REDIS_URL": redis_server.url, "MIND_REDIS_PREFIX": prefix})
    assert shown.returncode == 0, shown.stderr.decode()
    doc = json.loads(shown.stdout)
    assert doc["rounds"][0]["comfort"] == KIND and doc["rounds"][0]["verdict"] and doc["status"] == "active"


async def test_users_see_only_their_threads_and_v1_answers_on_the_same_server(dev_server_on_redis):
    url, _, _ = dev_server_on_redis
    alice, bob = get_client(url=url, headers=ALICE), get_client(url=url, headers=BOB)
    tid = (await alice.threads.create())["thread_id"]
    await alice.runs.wait(tid, "mind", input={"topic": "my report is late", "worries": "I will be fired", "adult_confirmed": True,
                                              "scenario_id": "work-missed-deadline"})
    for attempt in (bob.threads.get_state(tid), bob.runs.wait(tid, "mind", command={"resume": KIND})):
        with pytest.raises(httpx.HTTPStatusError) as err:
            await attempt
        assert err.value.response.status_code == 404
    assert tid not in [t["thread_id"] for t in await bob.threads.search()]
    with pytest.raises(httpx.HTTPStatusError) as err:
        await get_client(url=url).threads.create()
    assert err.value.response.status_code == 401

    events = [(e.event, e.data) async for e in alice.runs.stream(
        tid, "mind", command={"resume": KIND}, stream_mode=["updates", "custom"])]
    tokens = [d["patient_token"] for kind, d in events if kind == "custom"]
    updated = [node for kind, d in events if kind == "updates" for node in d]
    assert tokens and {"patient", "strategist", "devil"} <= set(updated)
    state = await alice.threads.get_state(tid)
    assert pending_interrupt(state)["round"] == 2 and state["values"]["transcript"][-4]["text"] == "".join(tokens)

    async with httpx.AsyncClient(base_url=url, headers=ALICE) as http:
        assert (await http.get("/healthz")).json()["status"] == "ok"
        mine = await http.get(f"/v1/sessions/{tid}")
        assert mine.status_code == 200 and mine.json()["round"]["round"] == 2
        assert (await http.get(f"/v1/sessions/{tid}", headers=BOB)).status_code == 404
        created = await http.post("/v1/sessions", json={"topic": "I snapped at my sister", "worries": "I am awful",
                                                                "adult_confirmed": True})
        assert created.status_code == 201 and created.json()["round"]["round"] == 1
