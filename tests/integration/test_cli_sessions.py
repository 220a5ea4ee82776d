"""The `mind` command as a user runs it: separate processes, a real SQLite file, piped input."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.integration
MIND = [sys.executable, "-m", "server.cli"]
KIND = "That makes sense, anyone would feel that. What evidence do you have? You're human and doing your best."


def mind(args, db: Path, stdin: bytes = b"") -> subprocess.CompletedProcess:
    env = {**os.environ, "MIND_DB_PATH": str(db), "NO_COLOR": "1"}
    return subprocess.run(MIND + args, input=stdin, capture_output=True, env=env, timeout=120)


def session_id_of(output: str) -> str:
    line = next(ln for ln in output.splitlines() if ln.startswith("Session "))
    return line.split()[1]


def show(db: Path, sid: str) -> dict:
    result = mind(["sessions", "show", sid, "--json"], db)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_chat_resumes_from_a_new_process(tmp_path):
    db = tmp_path / "s.sqlite"
    first = mind(["chat", "--scenario", "work-missed-deadline"], db,
                 b"yes\nmy report is late\nI'll be fired\n" + KIND.encode() + b"\n/pause\n")
    assert first.returncode == 0, first.stderr
    out = first.stdout.decode()
    sid = session_id_of(out)
    assert "Saved. Resume with: mind chat --session" in out and "offline engine" in out
    assert len(show(db, sid)["rounds"]) == 2  # one completed, one waiting

    second = mind(["chat", "--session", sid], db, KIND.encode() + b"\n/quit\n")
    assert second.returncode == 0, second.stderr
    doc = show(db, sid)
    assert [r["comfort"] for r in doc["rounds"][:2]] == [KIND, KIND]
    assert doc["rounds"][1]["verdict"] is not None


def test_bad_input_gets_a_clear_message_and_the_session_stays_intact(tmp_path):
    db = tmp_path / "s.sqlite"
    bad = b"\n" + b"   \n" + b"x" * 4001 + b"\n" + b"hi\x1b[2J\n" + b"caf\xe9\n"
    result = mind(["chat", "--scenario", "work-missed-deadline"], db,
                  b"yes\nlate report\nfired\n" + bad + KIND.encode() + b"\n/quit\n")
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode()
    for message in ("comfort is empty", "the limit is 4000", "control characters", "not valid UTF-8"):
        assert message in out
    doc = show(db, session_id_of(out))
    assert doc["rounds"][0]["comfort"] == KIND  # only the good answer was taken


def test_unknown_session_id_is_a_clear_error(tmp_path):
    result = mind(["chat", "--session", "nope"], tmp_path / "s.sqlite")
    assert result.returncode == 2 and b"no session with id 'nope'" in result.stderr


def test_unmatched_topic_says_so_and_goes_on(tmp_path):
    result = mind(["chat"], tmp_path / "s.sqlite", b"yes\nzxqv blorp\nquasar telemetry\n/quit\n")
    assert result.returncode == 0
    assert b"No scenario in the library fits your topic closely" in result.stdout


def test_sessions_list_export_delete(tmp_path):
    db = tmp_path / "s.sqlite"
    demo = mind(["demo", "--seed", "2", "--json"], db)
    sid = json.loads(demo.stdout)["session_id"]
    assert sid in mind(["sessions", "list"], db).stdout.decode()
    exported = json.loads(mind(["sessions", "export", sid], db).stdout)
    assert exported["transcript"] and exported["status"] == "resolved"
    assert mind(["sessions", "delete", sid], db).returncode == 0
    assert sid not in mind(["sessions", "list"], db).stdout.decode()
    assert mind(["sessions", "show", sid], db).returncode == 2


def test_screen_json():
    result = subprocess.run(MIND + ["screen", "I want to end my life", "--json"], capture_output=True, timeout=60)
    assert json.loads(result.stdout)["level"] == "crisis"
    result = subprocess.run(MIND + ["screen", "this commute is killing me", "--json"], capture_output=True, timeout=60)
    assert json.loads(result.stdout)["level"] == "none"
