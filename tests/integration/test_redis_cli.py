"""`mind` on Redis, one process per step, as a user (or a crash) would have it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid

import pytest

from tests.integration.services import RedisServer, free_port, raw_contents, ttls

pytestmark = pytest.mark.integration
MIND = [sys.executable, "-m", "server.cli"]
KEY = "3q2+7wABAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZGho="


def mind(args: list[str], url: str, prefix: str, **env: str) -> dict:
    result = subprocess.run(MIND + args, capture_output=True, timeout=120, env={
        **os.environ, "REDIS_URL": url, "MIND_REDIS_PREFIX": prefix, "NO_COLOR": "1", **env})
    assert result.returncode == 0, result.stderr.decode()
    return json.loads(result.stdout) if "--json" in args else {"out": result.stdout.decode()}


def completed(doc: dict) -> list[dict]:
    return [r for r in doc["rounds"] if r["verdict"]]


def thread_keys(server, prefix: str, sid: str) -> dict:
    return {k: v for k, v in raw_contents(server, f"{prefix}:*").items() if sid.encode() in k}


def test_a_demo_resumed_in_new_processes_plays_as_if_never_interrupted(redis_server, tmp_path):
    whole = subprocess.run(MIND + ["--db", str(tmp_path / "ref.sqlite"), "demo", "--seed", "4", "--json"],
                           capture_output=True, timeout=120, check=True)
    reference = json.loads(whole.stdout)

    p = f"cli{uuid.uuid4().hex[:6]}"
    doc = mind(["demo", "--seed", "4", "--rounds", "2", "--json"], redis_server.url, p)
    assert doc["status"] == "active" and len(completed(doc)) == 2
    while doc["status"] == "active":
        doc = mind(["demo", "--session", doc["session_id"], "--rounds", "3", "--json"], redis_server.url, p)
    assert doc["status"] == reference["status"] == "resolved"
    assert [(r["comfort"], r["verdict"]) for r in doc["rounds"]] == [
        (r["comfort"], r["verdict"]) for r in reference["rounds"]]


def test_killing_redis_between_rounds_loses_no_completed_round(tmp_path):
    server = RedisServer(tmp_path / "aof", "--appendonly", "yes", "--appendfsync", "always").start()
    try:
        p = "crash"
        doc = mind(["demo", "--seed", "6", "--rounds", "1", "--json"], server.url, p)
        sid = doc["session_id"]
        for _ in range(3):
            before = completed(doc)
            server.kill()  # SIGKILL: no shutdown, no final save
            server.start()
            after = completed(mind(["sessions", "show", sid, "--json"], server.url, p))
            assert after == before
            doc = mind(["demo", "--session", sid, "--rounds", "1", "--json"], server.url, p)
            assert completed(doc)[: len(before)] == before and len(completed(doc)) == len(before) + 1
    finally:
        server.stop()


def test_sessions_delete_leaves_no_key_and_ttl_covers_every_key(redis_server):
    p = f"cli{uuid.uuid4().hex[:6]}"
    sid = mind(["demo", "--seed", "2", "--rounds", "2", "--json"], redis_server.url, p,
               MIND_SESSION_TTL_DAYS="2")["session_id"]
    keys = thread_keys(redis_server, p, sid)
    assert len(keys) >= 5
    assert all(2 * 86400 - 60 < t <= 2 * 86400 for t in ttls(redis_server, keys).values())

    listed = mind(["sessions", "list", "--json"], redis_server.url, p)
    assert sid in [row["session_id"] for row in listed]
    out = mind(["sessions", "delete", sid], redis_server.url, p)["out"]
    assert "Deleted" in out
    everything = raw_contents(redis_server, f"{p}:*")
    assert not [k for k, vals in everything.items() if sid.encode() in k or sid.encode() in vals]


def test_encryption_key_hides_every_comfort_and_is_needed_to_read(redis_server):
    p = f"cli{uuid.uuid4().hex[:6]}"
    doc = mind(["demo", "--seed", "5", "--rounds", "3", "--json"], redis_server.url, p, MIND_ENCRYPTION_KEY=KEY)
    comforts = [r["comfort"].encode() for r in completed(doc)]
    raw = b"".join(v for vals in thread_keys(redis_server, p, doc["session_id"]).values() for v in vals)
    assert len(raw) > 1000 and comforts
    for comfort in comforts:
        assert comfort not in raw and comfort[:24] not in raw

    shown = mind(["sessions", "show", doc["session_id"], "--json"], redis_server.url, p, MIND_ENCRYPTION_KEY=KEY)
    assert [r["comfort"] for r in completed(shown)] == [c.decode() for c in comforts]
    refused = subprocess.run(MIND + ["sessions", "show", doc["session_id"]], capture_output=True, timeout=60,
                             env={**os.environ, "REDIS_URL": redis_server.url, "MIND_REDIS_PREFIX": p})
    assert refused.returncode == 2 and b"encrypted" in refused.stderr


def test_unreachable_redis_url_is_a_clear_error():
    result = subprocess.run(MIND + ["sessions", "list"], capture_output=True, timeout=60,
                            env={**os.environ, "REDIS_URL": f"redis://127.0.0.1:{free_port()}/0"})
    assert result.returncode == 2
    assert b"cannot reach Redis at redis://127.0.0.1:" in result.stderr and b"Traceback" not in result.stderr
