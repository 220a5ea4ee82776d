"""A server killed in the middle of a round: the comfort it was answering is neither lost nor applied twice.

The model is the local fake OpenAI-compatible server with a latency, so the kill lands mid-round.
"""

from __future__ import annotations

import threading
import time
import uuid

import httpx
import pytest

from tests.fake_openai_server import FakeOpenAIServer
from tests.integration.services import MindServer

pytestmark = pytest.mark.integration
KEY = "crash-key-0123456789abcdef"
HEADERS = {"Authorization": f"Bearer {KEY}"}
KIND = "You did your best with what you knew, and one slip is not who you are."


def wait_for(predicate, seconds: float, what: str, every: float = 0.05):
    deadline = time.monotonic() + seconds
    while not (result := predicate()):
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(every)
    return result


def test_sigkill_mid_round_then_restart_finishes_the_round_once(redis_server, tmp_path):
    with FakeOpenAIServer(latency_ms=700) as llm:
        env = {"REDIS_URL": redis_server.url, "MIND_REDIS_PREFIX": f"crash{uuid.uuid4().hex[:6]}",
               "MIND_API_KEYS": f"tester:{KEY}", "MIND_MODEL": "fake-mind", "OPENAI_BASE_URL": llm.url,
               "OPENAI_API_KEY": "test", "MIND_RATE_LIMIT_PER_MINUTE": "10000"}
        server = MindServer(env, tmp_path).start()
        try:
            created = httpx.post(f"{server.url}/v1/sessions", headers=HEADERS, timeout=60,
                                 json={"topic": "my report is late", "worries": "I will be fired",
                                       "adult_confirmed": True})
            assert created.status_code == 201, created.text
            sid = created.json()["session_id"]
            patient_calls = llm.stats()["requests"].get("patient", 0)

            lost = threading.Thread(target=lambda: _post_ignoring_errors(server.url, sid), daemon=True)
            lost.start()
            wait_for(lambda: llm.stats()["requests"].get("patient", 0) > patient_calls, 30, "the Patient's call")
            server.kill()  # SIGKILL while the Patient's model call is in flight
            lost.join(timeout=10)

            server.start()
            view = httpx.get(f"{server.url}/v1/sessions/{sid}", headers=HEADERS).json()
            assert "round" not in view  # the round is cut off: no round is waiting for comfort

            def retried():  # the client retries; the dead server's lock expires within seconds
                response = httpx.post(f"{server.url}/v1/sessions/{sid}/comfort", headers=HEADERS, timeout=60,
                                      json={"text": KIND, "round": 1})
                return response if response.status_code != 409 else None

            done = wait_for(retried, 60, "the retried comfort to be taken", every=0.5)
            assert done.status_code == 200, done.text
            result = done.json()
            assert result["patient"] and result["verdict"] and result["round"]["round"] == 2

            view = httpx.get(f"{server.url}/v1/sessions/{sid}", headers=HEADERS).json()
            exported = httpx.get(f"{server.url}/v1/sessions/{sid}/export", headers=HEADERS).json()
            users = [t for t in exported["transcript"] if t["role"] == "user"]
            patients = [t for t in exported["transcript"] if t["role"] == "patient"]
            assert [t["text"] for t in users] == [KIND] and len(patients) == 1
            assert view["rounds"][0]["comfort"] == KIND and view["rounds"][0]["verdict"]
            assert view["round"]["round"] == 2
        finally:
            server.stop()


def _post_ignoring_errors(url: str, sid: str) -> None:
    try:
        httpx.post(f"{url}/v1/sessions/{sid}/comfort", headers=HEADERS, timeout=60, json={"text": KIND, "round": 1})
    except httpx.HTTPError:
        pass  # the server dies under this request
