"""What the real `langsmith` client sends while `mind demo` runs on a model, caught by a local endpoint."""

from __future__ import annotations

import email.parser
import json
import os
import subprocess
import sys
import threading
import time

import pytest
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from tests.fake_openai_server import FakeOpenAIServer
from tests.integration.services import free_port

pytestmark = pytest.mark.integration
AGENTS = ("trigger", "devil", "guide", "patient", "strategist")
META = ("session_id", "round", "scene", "distortion_type", "engine")


class LangSmithCapture:
    """An HTTP endpoint set as LANGSMITH_ENDPOINT that keeps every request body."""

    def __init__(self) -> None:
        self.bodies: list[tuple[str, bytes]] = []
        self.port = free_port()

        async def keep(request: Request):
            self.bodies.append((request.headers.get("content-type", ""), await request.body()))
            return JSONResponse({})

        app = Starlette(routes=[Route("/{path:path}", keep, methods=["GET", "POST", "PATCH"])])
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning"))

    def __enter__(self) -> LangSmithCapture:
        threading.Thread(target=self.server.run, daemon=True).start()
        while not self.server.started:
            time.sleep(0.05)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True

    def raw(self) -> bytes:
        return b"".join(body for _, body in self.bodies)

    def runs(self) -> dict[str, dict]:
        """Run records by id, the `post` and `patch` parts of the multipart uploads merged."""
        runs: dict[str, dict] = {}
        for ctype, body in self.bodies:
            if not ctype.startswith("multipart/"):
                continue
            message = email.parser.BytesParser().parsebytes(f"Content-Type: {ctype}\r\n\r\n".encode() + body)
            for part in message.get_payload():
                name = part.get_param("name", header="content-disposition")
                op, run_id, *field = name.split(".")
                value = json.loads(part.get_payload(decode=True))
                record = runs.setdefault(run_id, {})
                if field:
                    record[field[0]] = value
                else:
                    extra = {**record.get("extra", {}), **(value.get("extra") or {})}
                    extra["metadata"] = {**record.get("extra", {}).get("metadata", {}),
                                         **(value.get("extra") or {}).get("metadata", {})}
                    record.update({k: v for k, v in value.items() if v is not None}, extra=extra)
        return runs


def demo(llm: FakeOpenAIServer, capture: LangSmithCapture, tmp_path, **env: str) -> dict:
    result = subprocess.run(
        [sys.executable, "-m", "server.cli", "--db", str(tmp_path / "s.sqlite"), "demo", "--seed", "2",
         "--rounds", "4", "--json"], capture_output=True, timeout=180,
        env={**os.environ, "MIND_MODEL": "fake-mind", "OPENAI_BASE_URL": llm.url, "OPENAI_API_KEY": "test",
             "LANGSMITH_TRACING": "true", "LANGSMITH_ENDPOINT": f"http://127.0.0.1:{capture.port}",
             "LANGSMITH_API_KEY": "test", "LANGSMITH_PROJECT": "mind-tests", **env})
    assert result.returncode == 0, result.stderr.decode()[-3000:]
    return json.loads(result.stdout)


def test_every_round_traces_the_agents_with_metadata_and_no_user_text(tmp_path):
    with FakeOpenAIServer() as llm, LangSmithCapture() as capture:
        doc = demo(llm, capture, tmp_path)
        time.sleep(0.5)
    runs = capture.runs()
    agent_runs = [r for r in runs.values() if r.get("name") in AGENTS and r.get("run_type") == "chain"
                  and f"agent:{r['name']}" in r.get("tags", [])]
    by_round: dict[int, set[str]] = {}
    for run in agent_runs:
        meta = run["extra"]["metadata"]
        needed = META if run["name"] != "trigger" else [k for k in META if k != "distortion_type"]  # none yet
        assert all(meta.get(k) is not None for k in needed), (run["name"], {k: meta.get(k) for k in META})
        assert meta["session_id"] == doc["session_id"] and meta["engine"] == "fake-mind"
        by_round.setdefault(meta["round"], set()).add(run["name"])
    played = [r["round"] for r in doc["rounds"] if r["verdict"]]
    assert len(played) == 4
    for number in played:
        assert {"devil", "guide", "patient", "strategist"} <= by_round[number], (number, by_round)
    assert {name for names in by_round.values() for name in names} == set(AGENTS)

    raw = capture.raw()
    written = [r["comfort"] for r in doc["rounds"] if r["comfort"]]
    assert written and raw
    for comfort in written:
        assert comfort.encode() not in raw
        for sentence in comfort.split(". "):
            if len(sentence) >= 20:
                assert sentence.encode() not in raw


def test_an_operator_can_opt_in_to_user_text_in_traces(tmp_path):
    with FakeOpenAIServer() as llm, LangSmithCapture() as capture:
        doc = demo(llm, capture, tmp_path, MIND_TRACE_USER_TEXT="true")
        time.sleep(0.5)
    first = next(r["comfort"] for r in doc["rounds"] if r["comfort"])
    assert first.encode() in capture.raw()
