"""The real LangGraph dev server, offline, driven over HTTP by the langgraph-sdk client."""

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from langgraph_sdk import get_client

pytestmark = pytest.mark.integration
ROOT = Path(__file__).resolve().parents[2]
KIND = "That makes sense, anyone would feel that. What evidence do you actually have? You're human."


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def dev_server(tmp_path_factory):
    port = free_port()
    log = tmp_path_factory.mktemp("langgraph") / "server.log"
    env = {**os.environ, "LANGGRAPH_CLI_NO_ANALYTICS": "1", "LANGGRAPH_NO_VERSION_CHECK": "1",
           "LANGSMITH_TRACING": "false", "LANGCHAIN_TRACING_V2": "false", "MIND_MODEL": "offline"}
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


def pending_interrupt(state: dict) -> dict:
    interrupts = state.get("interrupts") or [i for t in state.get("tasks", []) for i in t.get("interrupts", [])]
    assert interrupts, f"no interrupt in {state.get('next')}"
    return interrupts[0]["value"]


async def test_thread_runs_to_the_interrupt_and_resumes_with_a_comfort(dev_server):
    client = get_client(url=dev_server)
    thread = await client.threads.create()
    tid = thread["thread_id"]
    await client.runs.wait(tid, "mind", input={"topic": "my report is late", "worries": "I will be fired",
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
