"""The Redis checkpointer under a real MIND session: slots, TTL, deletion, encryption, round trips."""

from __future__ import annotations

import uuid

import pytest
from redis.cluster import key_slot

from graph.context import Context
from graph.encryption import serializer_from_env
from graph.redis_saver import RedisSaver
from graph.redis_saver.connect import RedisUnavailable
from server.sessions import Sessions
from tests.integration.services import free_port, raw_contents, ttls

pytestmark = pytest.mark.integration
COMFORTS = [
    "Zebra-lantern note: you did the best you could with what you knew, and one slip is not who you are.",
    "Zebra-lantern again: what would you tell a friend who did this? You would be kind, so be kind to you.",
]


async def play(saver: RedisSaver, rounds: int = 2) -> str:
    sessions = Sessions(saver, Context(seed=3))
    values = await sessions.start("my report is late", "I will be fired", "work-missed-deadline", adult_confirmed=True)
    for comfort in COMFORTS[:rounds]:
        values = await sessions.comfort(values["session_id"], comfort)
    return values["session_id"]


def prefix() -> str:
    return f"t{uuid.uuid4().hex[:8]}"


@pytest.fixture(params=["standalone", "cluster"])
def server(request):
    return request.getfixturevalue("redis_server" if request.param == "standalone" else "redis_cluster")


async def test_every_key_of_a_thread_is_in_one_cluster_slot(redis_cluster):
    p = prefix()
    async with RedisSaver.afrom_url(redis_cluster.url, prefix=p) as saver:
        sid = await play(saver)
    keys = [k for k in raw_contents(redis_cluster, f"{p}:*") if f"{{{sid}}}".encode() in k]
    assert len(keys) >= 5
    assert {key_slot(k) for k in keys} == {key_slot(f"{{{sid}}}".encode())}
    holders = [n.port for n in redis_cluster.nodes
               if any(f"{{{sid}}}".encode() in k for k in n.client().scan_iter(match=f"{p}:*"))]
    assert len(holders) == 1


async def test_ttl_covers_every_key_and_is_refreshed_on_write(server):
    p = prefix()
    async with RedisSaver.afrom_url(server.url, prefix=p, ttl_seconds=3600) as saver:
        sessions = Sessions(saver, Context(seed=3))
        values = await sessions.start("my report is late", "I will be fired", "work-missed-deadline", adult_confirmed=True)
        sid = values["session_id"]
        keys = [k for k in raw_contents(server, f"{p}:*") if f"{{{sid}}}".encode() in k]
        assert keys and all(0 < t <= 3600 for t in ttls(server, keys).values())
        for key in keys:  # age every key; one more round must renew them all
            await saver.aclient.execute_command("EXPIRE", key, 50)
        await sessions.comfort(sid, COMFORTS[0])
        after = ttls(server, [k for k in raw_contents(server, f"{p}:*") if f"{{{sid}}}".encode() in k])
        assert all(3500 < t <= 3600 for t in after.values()), after


async def test_delete_leaves_no_key_of_the_thread(server):
    p = prefix()
    async with RedisSaver.afrom_url(server.url, prefix=p) as saver:
        sid, other = await play(saver), await play(saver)
        config = {"configurable": {"thread_id": sid, "checkpoint_ns": "", "run_id": "run-1"}}
        latest = await saver.aget_tuple(config)  # a run id puts the thread in the global run index too
        await saver.aput(config, latest.checkpoint | {"id": str(uuid.uuid4())}, {"source": "update", "step": 99}, {})
        assert any(sid.encode() in v for vals in raw_contents(server, f"{p}:run:*").values() for v in vals)

        await Sessions(saver).delete(sid)
        contents = raw_contents(server, f"{p}:*")
        assert not [k for k in contents if sid.encode() in k]
        assert not [k for k, vals in contents.items() if any(v == sid.encode() for v in vals)]
        assert [k for k in contents if other.encode() in k], "the other session must be untouched"
        assert await saver.athread_ids() == [other]


async def test_encrypted_sessions_show_no_comfort_text_in_redis(server, monkeypatch):
    p_plain, p_secret = prefix(), prefix()
    async with RedisSaver.afrom_url(server.url, prefix=p_plain) as saver:
        await play(saver)
    plain = b"".join(v for vals in raw_contents(server, f"{p_plain}:*").values() for v in vals)
    assert b"Zebra-lantern" in plain and b"my report is late" in plain  # the check can see plain text

    monkeypatch.setenv("MIND_ENCRYPTION_KEY", "q1kDkT0ySgG3T2q8vUuD1y0zF1V6Zq0h7a9Xb3lYw9E=")
    async with RedisSaver.afrom_url(server.url, prefix=p_secret, serde=serializer_from_env()) as saver:
        sid = await play(saver)
        assert (await Sessions(saver).state(sid))["transcript"][-1]["text"]  # still readable with the key
    secret = b"".join(v for vals in raw_contents(server, f"{p_secret}:*").values() for v in vals)
    for needle in (b"Zebra-lantern", b"my report is late", b"I will be fired", b"missed"):
        assert needle not in secret


class CountingClient:
    """Counts round trips: direct commands and pipeline executions."""

    def __init__(self, inner):
        self.inner, self.round_trips = inner, 0

    def __getattr__(self, name):
        return getattr(self.inner, name)

    async def execute_command(self, *args, **kwargs):
        self.round_trips += 1
        return await self.inner.execute_command(*args, **kwargs)

    def pipeline(self, *args, **kwargs):
        pipe, outer = self.inner.pipeline(*args, **kwargs), self

        class Counted:
            def __getattr__(self, name):
                return getattr(pipe, name)

            async def execute(self, *a, **k):
                outer.round_trips += 1
                return await pipe.execute(*a, **k)

        return Counted()


async def test_get_tuple_is_one_round_trip_however_long_the_thread(server):
    async with RedisSaver.afrom_url(server.url, prefix=prefix()) as saver:
        counting = CountingClient(saver.aclient)
        saver.aclient = counting
        config = {"configurable": {"thread_id": "long", "checkpoint_ns": ""}}
        parent = None
        for step in range(300):
            checkpoint = {"v": 1, "id": str(uuid.uuid1()), "ts": "", "channel_values": {"n": step},
                          "channel_versions": {"n": step + 1}, "versions_seen": {}, "pending_sends": []}
            cfg = {"configurable": {**config["configurable"], **({"checkpoint_id": parent} if parent else {})}}
            parent = (await saver.aput(cfg, checkpoint, {"step": step}, {"n": step + 1}))["configurable"]["checkpoint_id"]
        counting.round_trips = 0
        latest = await saver.aget_tuple(config)
        assert latest.checkpoint["channel_values"] == {"n": 299} and counting.round_trips == 1


async def test_a_flushed_script_cache_is_reloaded(server):
    async with RedisSaver.afrom_url(server.url, prefix=prefix()) as saver:
        sid = await play(saver, rounds=1)
        for node in getattr(server, "nodes", [server]):
            node.client().script_flush()
        assert (await Sessions(saver).state(sid))["round"] == 2


async def test_unreachable_redis_is_a_clear_error_without_the_password():
    url = f"redis://:hunter2@127.0.0.1:{free_port()}/0"
    with pytest.raises(RedisUnavailable) as err:
        async with RedisSaver.afrom_url(url):
            pass
    assert "cannot reach Redis" in str(err.value) and "hunter2" not in str(err.value)
