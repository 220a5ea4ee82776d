"""Real services for integration tests: Redis servers and a Redis Cluster on loopback ports.

A missing `redis-server` is a failure, not a skip: `make test` installs it.
"""

from __future__ import annotations

import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path

import redis
from redis.cluster import RedisCluster


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def binary(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise RuntimeError(f"{name} not found: `make test` installs Debian's redis-server (apt-get install redis-server)")
    return path


class RedisServer:
    """One redis-server process; `kill` is SIGKILL (a crash), `start` again reuses its directory."""

    def __init__(self, workdir: Path, *options: str) -> None:
        self.workdir, self.options = workdir, options
        self.port = free_port()
        self.proc: subprocess.Popen | None = None
        workdir.mkdir(parents=True, exist_ok=True)

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def client(self) -> redis.Redis:
        return redis.Redis(port=self.port, socket_connect_timeout=2)

    def start(self) -> RedisServer:
        log = self.workdir / "redis.log"
        self.proc = subprocess.Popen(
            [binary("redis-server"), "--port", str(self.port), "--bind", "127.0.0.1", "--dir", str(self.workdir),
             "--save", "", "--appendonly", "no", "--logfile", str(log), *self.options],
            stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT, start_new_session=True,
        )
        deadline = time.monotonic() + 15
        while True:
            try:
                with self.client() as c:
                    if c.ping() and c.info("persistence").get("loading", 0) == 0:
                        return self
            except redis.RedisError:
                pass
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.stop()
                tail = log.read_text()[-2000:] if log.exists() else "(no log)"
                raise RuntimeError(f"redis-server on port {self.port} did not start:\n{tail}")
            time.sleep(0.05)

    def kill(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(timeout=10)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.kill()


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


class MindServer:
    """A `mind serve` process on a free port; `kill` is SIGKILL, `start` again reuses its settings."""

    def __init__(self, env: dict[str, str], workdir: Path, port: int | None = None, workers: int = 1) -> None:
        self.env, self.workdir, self.port, self.workers = env, workdir, port or free_port(), workers
        self.proc: subprocess.Popen | None = None
        workdir.mkdir(parents=True, exist_ok=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> MindServer:
        import os
        import sys

        import httpx

        log = self.workdir / f"serve-{self.port}.log"
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "server.cli", "serve", "--host", "127.0.0.1", "--port", str(self.port),
             "--workers", str(self.workers)],
            env={**os.environ, **self.env}, stdout=log.open("ab"), stderr=subprocess.STDOUT, start_new_session=True,
            cwd=Path(__file__).resolve().parents[2],
        )
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{self.url}/readyz", timeout=2).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.kill()
                raise RuntimeError(f"mind serve on {self.port} did not start:\n{log.read_text()[-3000:]}")
            time.sleep(0.2)

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
