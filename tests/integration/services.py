"""Real services for integration tests: Redis servers and a Redis Cluster on loopback ports.

A missing `redis-server` is a failure, not a skip: `make test` installs it.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import redis
from redis.cluster import RedisCluster

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def binary(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise RuntimeError(f"{name} not found: `make test` installs Debian's redis-server (apt-get install redis-server)")
    return path


class Service:
    """A child process: `_launch` starts it, `_await` waits until it answers, `kill` is SIGKILL (a crash)."""

    proc: subprocess.Popen | None = None

    def _launch(self, argv: list[str], log: Path, **popen) -> None:
        with log.open("ab") as out:  # the child keeps its own copy of the descriptor
            self.proc = subprocess.Popen(argv, stdout=out, stderr=subprocess.STDOUT, start_new_session=True, **popen)

    def _await(self, ready, log: Path, seconds: float, what: str) -> None:
        deadline = time.monotonic() + seconds
        while True:
            try:
                if ready():
                    return
            except Exception:  # not answering yet
                pass
            if self.proc.poll() is not None or time.monotonic() > deadline:
                code = self.proc.poll()
                self.stop()
                tail = log.read_text(errors="replace")[-3000:] if log.exists() else "(no log)"
                why = f"exited with code {code}" if code is not None else f"timed out after {seconds:.0f} s"
                raise RuntimeError(f"{what} did not start ({why}):\n{tail}")
            time.sleep(0.05)

    def kill(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(timeout=10)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.kill()

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


class RedisServer(Service):
    """One redis-server process; `start` again after `kill` reuses its directory (and its AOF)."""

    def __init__(self, workdir: Path, *options: str) -> None:
        self.workdir, self.options = workdir, options
        self.port = free_port()
        workdir.mkdir(parents=True, exist_ok=True)

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def client(self) -> redis.Redis:
        return redis.Redis(port=self.port, socket_connect_timeout=2)

    def start(self) -> RedisServer:
        log = self.workdir / "redis.log"
        self._launch([binary("redis-server"), "--port", str(self.port), "--bind", "127.0.0.1",
                      "--dir", str(self.workdir), "--save", "", "--appendonly", "no", "--logfile", str(log),
                      *self.options], self.workdir / "stdout.log")

        def ready() -> bool:
            with self.client() as c:
                return bool(c.ping()) and c.info("persistence").get("loading", 0) == 0

        self._await(ready, log, 15, f"redis-server on port {self.port}")
        return self


class RedisClusterServers:
    """Three masters, no replicas, every slot covered, all on loopback."""

    def __init__(self, workdir: Path, masters: int = 3) -> None:
        self.nodes = [
            RedisServer(workdir / f"node{i}", "--cluster-enabled", "yes", "--cluster-config-file", "nodes.conf",
                        "--cluster-port", str(free_port()), "--cluster-node-timeout", "5000")
            for i in range(masters)
        ]

    @property
    def url(self) -> str:
        return self.nodes[0].url

    def start(self) -> RedisClusterServers:
        for node in self.nodes:
            node.start()
        created = subprocess.run(
            [binary("redis-cli"), "--cluster", "create", *[f"127.0.0.1:{n.port}" for n in self.nodes],
             "--cluster-replicas", "0", "--cluster-yes"],
            capture_output=True, text=True, timeout=60,
        )
        if created.returncode != 0:
            self.stop()
            raise RuntimeError(f"redis-cli --cluster create failed:\n{created.stdout}\n{created.stderr}")
        deadline = time.monotonic() + 30
        while not all(self._ok(n) for n in self.nodes):
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("the Redis Cluster did not reach cluster_state:ok in 30 s")
            time.sleep(0.1)
        return self

    @staticmethod
    def _ok(node: RedisServer) -> bool:
        with node.client() as c:
            return c.cluster("info").get("cluster_state") == "ok"

    def stop(self) -> None:
        for node in self.nodes:
            node.stop()


def nodes_of(server: RedisServer | RedisClusterServers) -> list[RedisServer]:
    return server.nodes if isinstance(server, RedisClusterServers) else [server]


def raw_contents(server: RedisServer | RedisClusterServers, match: str = "*") -> dict[bytes, list[bytes]]:
    """Every key matching `match` on every node, with every raw value stored in it (fields, members, strings)."""
    out: dict[bytes, list[bytes]] = {}
    for node in nodes_of(server):
        with node.client() as c:
            for key in c.scan_iter(match=match, count=1000):
                kind = c.type(key).decode()
                if kind == "hash":
                    out[key] = [part for pair in c.hgetall(key).items() for part in pair]
                elif kind == "zset":
                    out[key] = c.zrange(key, 0, -1)
                elif kind == "set":
                    out[key] = list(c.smembers(key))
                elif kind == "string":
                    out[key] = [c.get(key)]
                else:
                    raise AssertionError(f"unexpected Redis type {kind} for {key!r}")
    return out


def ttls(server: RedisServer | RedisClusterServers, keys) -> dict[bytes, int]:
    if isinstance(server, RedisClusterServers):
        client = RedisCluster(host="127.0.0.1", port=server.nodes[0].port)
    else:
        client = server.client()
    with client:
        return {key: client.ttl(key) for key in keys}


class MindServer(Service):
    """A `mind serve` process on a free port; `start` again after `kill` reuses its settings."""

    def __init__(self, env: dict[str, str], workdir: Path, port: int | None = None, workers: int = 1) -> None:
        self.env, self.workdir, self.port, self.workers = env, workdir, port or free_port(), workers
        workdir.mkdir(parents=True, exist_ok=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> MindServer:
        import httpx

        log = self.workdir / f"serve-{self.port}.log"
        self._launch([sys.executable, "-m", "server.cli", "serve", "--host", "127.0.0.1", "--port", str(self.port),
                      "--workers", str(self.workers)], log, env={**os.environ, **self.env}, cwd=ROOT)
        self._await(lambda: httpx.get(f"{self.url}/readyz", timeout=2).status_code == 200, log, 60,
                    f"mind serve on port {self.port}")
        return self
