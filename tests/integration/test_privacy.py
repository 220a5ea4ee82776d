"""Privacy, end to end: encrypted values at rest, delete that leaves nothing (unless the operator keeps
safety events), and logs with ids and lengths but no user text, at DEBUG, with a model configured."""

import json
import sqlite3

import httpx
import pytest

from graph.checkpointer import open_checkpointer
from graph.context import Context
from graph.safety_retention import retained
from server.sessions import Sessions
from tests.fake_openai_server import FakeOpenAIServer
from tests.integration.services import MindServer, raw_contents

pytestmark = pytest.mark.integration
KEY = "q1kDkT0ySgG3T2q8vUuD1y0zF1V6Zq0h7a9Xb3lYw9E="
# every text the person writes carries a marker no code would ever produce
TOPIC, WORRIES = "Quokka-topic: my report is late", "Quokka-worry: I feel hopeless and I havent slept"
COMFORTS = ["Quokka-one: you did your best, one slip is not who you are.", "Quokka-crisis: I want to kill myself",
            "I'm safe now, let's continue", "Quokka-two: what would you tell a friend who missed a deadline?"]
MARKER = b"Quokka"
WORDS = (MARKER, b"havent slept", b"want to kill myself", b"tell a friend")  # the person's own words


def holds_user_text(raw: bytes) -> list[bytes]:
    return [w for w in WORDS if w in raw]


async def play(sessions: Sessions) -> str:
    values = await sessions.start(TOPIC, WORRIES, "work-missed-deadline", adult_confirmed=True)
    for text in COMFORTS:
        values = await sessions.comfort(values["session_id"], text)
    assert [e["kind"] for e in values["safety_events"]] == ["caution", "crisis", "resumed"]
    return values["session_id"]


def sqlite_raw(path) -> bytes:
    """Every value of every row of every table, as bytes."""
    with sqlite3.connect(path) as db:
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        out = []
        for table in tables:
            for row in db.execute(f'SELECT * FROM "{table}"'):
                out += [v if isinstance(v, bytes) else str(v).encode() for v in row if v is not None]
    return b"\n".join(out)


@pytest.fixture(params=["sqlite", "redis"])
def store(request, tmp_path, monkeypatch):
    """Where sessions go, and how to read back every raw byte stored there."""
    if request.param == "sqlite":
        path = tmp_path / "mind.sqlite"
        monkeypatch.setenv("MIND_DB_PATH", str(path))
        return lambda: sqlite_raw(path)
    server = request.getfixturevalue("redis_server")
    monkeypatch.setenv("REDIS_URL", server.url)
    monkeypatch.setenv("MIND_REDIS_PREFIX", prefix := f"priv{id(tmp_path) % 100000}")
    return lambda: b"\n".join(k + b"\n" + b"\n".join(v) for k, v in raw_contents(server, f"{prefix}:*").items())


async def test_with_a_key_no_raw_value_holds_user_text(store, monkeypatch):
    async with open_checkpointer() as saver:
        await play(Sessions(saver, Context()))
    assert MARKER in store()  # without a key the check does see the text, so it can fail
    monkeypatch.setenv("MIND_ENCRYPTION_KEY", KEY)
    async with open_checkpointer() as saver:
        sessions = Sessions(saver, Context())
        for sid in [row["session_id"] for row in await sessions.list()]:
            await sessions.delete(sid)
        sid = await play(sessions)
        assert (await sessions.state(sid))["topic"] == TOPIC  # readable with the key
    raw = store()
    assert sid.encode() in raw and holds_user_text(raw) == []


async def test_delete_leaves_nothing_unless_retention_keeps_the_safety_events(store, monkeypatch):
    async with open_checkpointer() as saver:
        sessions = Sessions(saver, Context())
        gone, kept = await play(sessions), await play(sessions)
        await sessions.delete(gone)
        assert gone.encode() not in store() and kept.encode() in store()  # the other session is untouched
        monkeypatch.setenv("MIND_SAFETY_RETENTION_DAYS", "30")
        await sessions.delete(kept)
        raw = store()
        log = await retained(saver)
    assert holds_user_text(raw) == []
    assert [(e["session_id"], e["kind"], e["source"]) for e in log] == [
        (kept, "caution", "worries"), (kept, "crisis", "comfort"), (kept, "resumed", "safety_check")]
    assert all(set(e) <= {"session_id", "at", "kind", "source", "round", "level", "reasons"} for e in log)


def test_logs_of_a_full_session_hold_ids_and_lengths_but_no_user_text(tmp_path):
    with FakeOpenAIServer() as llm:
        env = {"MIND_MODEL": "fake-mind", "OPENAI_BASE_URL": llm.url, "OPENAI_API_KEY": "test",
               "MIND_LOG_LEVEL": "DEBUG", "MIND_DB_PATH": str(tmp_path / "s.sqlite")}
        server = MindServer(env, tmp_path / "serve").start()
        try:
            created = httpx.post(f"{server.url}/v1/sessions", timeout=60, json={
                "topic": TOPIC, "worries": WORRIES, "scenario_id": "work-missed-deadline", "adult_confirmed": True})
            sid = created.json()["session_id"]
            for text in COMFORTS:
                assert httpx.post(f"{server.url}/v1/sessions/{sid}/comfort", json={"text": text},
                                  timeout=60).status_code == 200
            assert MARKER in httpx.get(f"{server.url}/v1/sessions/{sid}/export", timeout=30).content
            assert httpx.delete(f"{server.url}/v1/sessions/{sid}", timeout=30).status_code == 204
        finally:
            server.stop()
    logged = b"".join(p.read_bytes() for p in (tmp_path / "serve").glob("*.log"))
    assert holds_user_text(logged) == []
    lines = [json.loads(line) for line in logged.splitlines() if line.startswith(b"{")]
    screened = [ln for ln in lines if ln["event"] == "screened" and ln["session_id"] == sid]
    assert {(ln["source"], ln["level"]) for ln in screened} >= {("worries", "caution"), ("comfort", "crisis")}
    assert all(isinstance(ln["chars"], int) and ln["chars"] > 0 for ln in screened)
    events = {ln["event"] for ln in lines if ln.get("session_id") == sid}
    assert {"session started", "answer taken", "session deleted"} <= events
