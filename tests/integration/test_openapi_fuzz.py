"""schemathesis against /openapi.json of a running `mind serve`: no 5xx, no response outside the schema."""

from __future__ import annotations

import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from tests.integration.services import MindServer

pytestmark = pytest.mark.integration
KEY = "fuzz-key-0123456789abcdef"
CHECKS = "not_a_server_error,status_code_conformance,response_schema_conformance,content_type_conformance"


def test_generated_requests_find_no_server_error_and_no_schema_violation(redis_server, tmp_path):
    env = {"REDIS_URL": redis_server.url, "MIND_REDIS_PREFIX": f"fuzz{uuid.uuid4().hex[:6]}",
           "MIND_API_KEYS": f"fuzzer:{KEY}", "MIND_RATE_LIMIT_PER_MINUTE": "1000000"}
    server = MindServer(env, tmp_path).start()
    try:
        run = subprocess.run(
            [str(Path(sys.executable).parent / "schemathesis"), "run", f"{server.url}/openapi.json",
             "--checks", CHECKS, "--max-examples", "30", "--seed", "7", "--request-timeout", "60",
             "--header", f"Authorization: Bearer {KEY}", "--no-color"],
            capture_output=True, text=True, timeout=900, cwd=tmp_path)
    finally:
        server.stop()
    print(run.stdout[-3000:])
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-2000:]
    assert "passed" in run.stdout.lower()
