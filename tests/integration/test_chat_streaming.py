"""`mind chat` on a model: the inner self's reply appears word by word, not all at once."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from tests.fake_openai_server import FakeOpenAIServer

pytestmark = pytest.mark.integration
KIND = "You did your best with what you knew, and one slip is not who you are."


def test_mind_chat_streams_the_patient_reply(tmp_path):
    with FakeOpenAIServer(latency_ms=50, token_delay_ms=40) as llm:
        env = {**os.environ, "MIND_MODEL": "fake-mind", "OPENAI_BASE_URL": llm.url, "OPENAI_API_KEY": "test",
               "MIND_DB_PATH": str(tmp_path / "s.sqlite"), "NO_COLOR": "1", "PYTHONUNBUFFERED": "1"}
        chat = subprocess.Popen([sys.executable, "-m", "server.cli", "chat", "--scenario", "work-missed-deadline"],
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
        chat.stdin.write(f"yes\nmy report is late\nI'll be fired\n{KIND}\n/pause\n".encode())
        chat.stdin.flush()
        arrivals: list[tuple[float, bytes]] = []
        while data := os.read(chat.stdout.fileno(), 65536):
            arrivals.append((time.monotonic(), data))
        assert chat.wait(timeout=60) == 0, chat.stderr.read().decode()
    out = b"".join(d for _, d in arrivals).decode()
    start = out.index("Inner self")
    reply = out[start:].split("\n")[1]  # the line the words were streamed onto
    assert len(reply.split()) >= 8
    # the reply came in many pieces spread over time, not as one block
    pieces = [(t, d) for t, d in arrivals if d.decode(errors="ignore").strip() and d.decode(errors="ignore") in reply]
    assert len(pieces) >= 4, arrivals
    assert pieces[-1][0] - pieces[0][0] > 0.2
    assert "Saved. Resume with: mind chat --session" in out
