"""Opening a client from a REDIS_URL: standalone or cluster (detected), with a clear error if unreachable."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit, urlunsplit

import redis
import redis.asyncio as aredis
from redis.asyncio.cluster import RedisCluster as AsyncRedisCluster
from redis.asyncio.retry import Retry as AsyncRetry
from redis.backoff import ExponentialBackoff
from redis.cluster import RedisCluster
from redis.retry import Retry as SyncRetry

OPTIONS = {"socket_connect_timeout": 5, "socket_timeout": 30}


def _retry(kind):
    """A restarted Redis leaves dead connections in the pool: retry a command on a fresh one, briefly."""
    return kind(ExponentialBackoff(cap=0.5, base=0.02), retries=3,
                supported_errors=(redis.ConnectionError, redis.TimeoutError))


class RedisUnavailable(ConnectionError):
    pass


def redacted(url: str) -> str:
    """The URL without its password, for messages."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    netloc = f"{parts.username or ''}:***@{host}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=netloc))


def _unavailable(url: str, err: Exception) -> RedisUnavailable:
    return RedisUnavailable(f"cannot reach Redis at {redacted(url)} (REDIS_URL): {err}")


def connect(url: str) -> Any:
    client = redis.Redis.from_url(url, retry=_retry(SyncRetry), **OPTIONS)
    try:
        clustered = client.info("cluster").get("cluster_enabled")
    except (redis.ConnectionError, redis.TimeoutError, ValueError) as err:
        client.close()
        raise _unavailable(url, err) from None
    if not clustered:
        return client
    client.close()
    return RedisCluster.from_url(url, retry=_retry(SyncRetry), **OPTIONS)


async def aconnect(url: str) -> Any:
    client = aredis.Redis.from_url(url, retry=_retry(AsyncRetry), **OPTIONS)
    try:
        clustered = (await client.info("cluster")).get("cluster_enabled")
    except (redis.ConnectionError, redis.TimeoutError, ValueError) as err:
        await client.aclose()
        raise _unavailable(url, err) from None
    if not clustered:
        return client
    await client.aclose()
    cluster = AsyncRedisCluster.from_url(url, retry=_retry(AsyncRetry), **OPTIONS)
    await cluster.initialize()
    return cluster
