"""The safety model through `mind chat` as a person uses it: separate processes, piped input, a real
SQLite file, and (for the prompts) the local OpenAI-compatible server standing in for a model."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.fake_openai_server import MODEL_ONLY_CRISIS, FakeOpenAIServer

pytestmark = pytest.mark.integration
MIND = [sys.executable, "-m", "server.cli"]
KIND = "That makes sense, anyone would feel that. What evidence do you have? You're human and doing your best."
CRISIS = "I have decided to end my life tonight, the pills are saved"


def mind(args, db: Path, stdin: bytes = b"", **env) -> subprocess.CompletedProcess:
    env = {**os.environ, "MIND_DB_PATH": str(db), "NO_COLOR": "1", **env}
    return subprocess.run(MIND + args, input=stdin, capture_output=True, env=env, timeout=180)


def session_id_of(output: str) -> str:
    return re.search(r"Session (\w+) \(resume with", output).group(1)


def export(db: Path, sid: str) -> dict:
    result = mind(["sessions", "export", sid], db)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_the_age_question_is_asked_once_and_a_no_ends_kindly(tmp_path):
    db = tmp_path / "s.sqlite"
    minor = mind(["chat"], tmp_path / "minor" / "s.sqlite", b"no\n")
    assert minor.returncode == 1 and b"made for adults" in minor.stdout and b"findahelpline" in minor.stdout
    first = mind(["chat", "--scenario", "work-missed-deadline"], db, b"yes\nlate report\nfired\n/quit\n")
    assert first.returncode == 0 and b"18 or older" in first.stdout and b"talking to" in first.stdout
    second = mind(["chat", "--scenario", "work-missed-deadline"], db, b"late report\nfired\n/quit\n")
    assert second.returncode == 0 and b"18 or older" not in second.stdout  # remembered
    assert export(db, session_id_of(second.stdout.decode()))["adult_confirmed"] is True


def test_a_crisis_in_the_comfort_pauses_the_practice_shows_resources_and_resumes_when_safe(tmp_path):
    db = tmp_path / "s.sqlite"
    stdin = "\n".join(["yes", "my report is late", "I'll be fired", CRISIS, "not sure", "I'm safe now, let's continue",
                       KIND, "/quit", ""]).encode()
    result = mind(["chat", "--scenario", "work-missed-deadline", "--region", "GB"], db, stdin)
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode()
    assert "Crisis support" in out and "Samaritans: call 116 123" in out and "breath" in out
    assert "Paused" in out and "I'll wait here" in out and "Welcome back" not in out  # said in the transcript
    doc = export(db, session_id_of(out))
    assert doc["status"] == "active" and [e["kind"] for e in doc["safety_events"]] == ["crisis", "resumed"]
    assert "pills are saved" not in json.dumps(doc)  # kept nowhere
    assert [r["comfort"] for r in doc["rounds"] if r["comfort"]] == [KIND]


def test_a_crisis_in_the_topic_shows_resources_before_anything_else(tmp_path):
    db = tmp_path / "s.sqlite"
    result = mind(["chat"], db, f"yes\n{CRISIS}\nI'm safe now\n".encode())
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode()
    assert "Crisis support" in out and "findahelpline.com" in out and "Round 1" not in out
    assert "What worries you" not in out  # support at once, no second question first
    doc = export(db, session_id_of(out))
    assert doc["status"] == "closed" and "pills are saved" not in json.dumps(doc)


def test_caution_gets_a_check_in_and_the_practice_goes_on(tmp_path):
    db = tmp_path / "s.sqlite"
    stdin = f"yes\nwork\nI feel hopeless and I havent slept in days\n{KIND}\n/quit\n".encode()
    result = mind(["chat", "--scenario", "work-missed-deadline", "--region", "US"], db, stdin)
    out = result.stdout.decode()
    assert result.returncode == 0 and "Checking in" in out and "call or text 988" in out and "Round 2" in out


def test_with_a_model_no_prompt_ever_carries_a_crisis_text(tmp_path):
    """Crisis texts at the worries, the comfort and the resume answer; the model sees none of them, and its
    own check catches what the rules do not know."""
    with FakeOpenAIServer() as llm:
        env = {"MIND_MODEL": "fake-mind", "OPENAI_BASE_URL": llm.url, "OPENAI_API_KEY": "test"}
        db = tmp_path / "s.sqlite"
        worries = mind(["chat"], db, f"yes\nwork\n{CRISIS}\nI'm safe\n".encode(), **env)
        assert worries.returncode == 0 and "Crisis support" in worries.stdout.decode(), worries.stderr
        stdin = "\n".join(["my report is late", "I'll be fired", "I want to kill myself", "I will jump off the bridge",
                           "I'm safe now, let's continue", KIND, f"sure. {MODEL_ONLY_CRISIS}", "/quit", ""]).encode()
        comfort = mind(["chat", "--scenario", "work-missed-deadline"], db, stdin, **env)
        assert comfort.returncode == 0, comfort.stderr
        out = comfort.stdout.decode()
        assert out.count("Crisis support") == 2  # the comfort, then the model-only signal after resuming
        doc = export(db, session_id_of(out))
        assert [e["kind"] for e in doc["safety_events"]][-4:] == ["crisis", "crisis", "resumed", "crisis"]
        assert doc["safety_events"][-1]["reasons"] == ["model: means ready"]
        prompts = llm.prompts()
    assert {p["agent"] for p in prompts} >= {"trigger", "devil", "guide", "patient", "strategist", "screen"}
    for text in ("pills are saved", "kill myself", "jump off the bridge"):
        assert not [p["agent"] for p in prompts if text in p["text"]], text
    later = [p for p in prompts if MODEL_ONLY_CRISIS in p["text"]]
    assert [p["agent"] for p in later] == ["screen"]  # only the check saw it; no agent did
