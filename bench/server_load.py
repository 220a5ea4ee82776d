"""Load benchmark of `mind serve`: simulated users play rounds over HTTP against a model with a fixed latency.

    .venv/bin/python bench/server_load.py [--users 100] [--rounds 5] [--latency-ms 100] [--think-s 5] [--workers 2]
                                          [--screen model|rules]

It starts a throwaway redis-server, the local fake OpenAI-compatible model server (every agent
call waits L before answering) and `mind serve`, then lets the users play at once, each
pausing `--think-s` (jittered) between comforts the way a person writing one would. Comforts
are sent with `Accept: text/event-stream`, so the time to the Patient's first streamed words
is measured too. It prints throughput, p50/p95 round latency, and round latency divided by the
model time of that round (its model calls x L): the part of a round that is the server's own.
With `--screen model` (the default, as deployed with a model) every comfort first gets the crisis
screen's LLM check, one more model call before the Patient's; `--screen rules` turns it off.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402

from tests.fake_openai_server import FakeOpenAIServer  # noqa: E402
from tests.integration.services import MindServer, RedisServer  # noqa: E402

KEY = "bench-key-0123456789abcdef"
# agent calls a round makes after the comfort: Patient and Strategist, then the next round's
# Devil and Guide (persist) or Trigger, Devil and Guide (advance); resolve ends after two. The
# screen's LLM check, when on, adds one call before all of them.
CALLS = {"persist": 4, "advance": 5, "resolve": 2}
COMFORTS = [
    "You did your best with what you knew, and one slip is not who you are.",
    "What would you tell a friend in this spot? You would be kind, so be kind to yourself too.",
    "That sounds so hard. Anyone would feel shaken, and you have handled hard days before.",
    "Is there evidence for the worst case, or is the fear talking? Most people will not even notice.",
    "You are allowed to be human. One moment does not erase everything you have done well.",
]


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


async def play(client: httpx.AsyncClient, user: int, rounds: int, think: float, out: dict) -> None:
    rng = random.Random(user)
    await asyncio.sleep(rng.uniform(0, think))  # users arrive spread over one think time
    created = await client.post("/v1/sessions", json={"topic": "my report is late", "worries": "I will be fired",
                                                       "adult_confirmed": True})
    created.raise_for_status()
    sid, waiting = created.json()["session_id"], created.json()["round"]
    for _ in range(rounds):
        if waiting is None:
            break
        await asyncio.sleep(rng.uniform(0.5, 1.5) * think)
        sent, first, result = time.perf_counter(), None, None
        async with client.stream("POST", f"/v1/sessions/{sid}/comfort", headers={"Accept": "text/event-stream"},
                                 json={"text": rng.choice(COMFORTS), "round": waiting["round"]}) as response:
            response.raise_for_status()
            async for line in response.aiter_lines():
                if line.startswith("event: patient") and first is None:
                    first = time.perf_counter() - sent
                elif line.startswith("data: ") and result is None and first is not None:
                    payload = json.loads(line[6:])
                    if "verdict" in payload:
                        result = payload
        took = time.perf_counter() - sent
        if result is None:
            out["errors"] += 1
            break
        out["rounds"].append((took, CALLS[result["verdict"]["decision"]] + out["screen_calls"], first))
        waiting = result.get("round")


async def load(url: str, users: int, rounds: int, think: float, screen_calls: int) -> dict:
    out = {"rounds": [], "errors": 0, "screen_calls": screen_calls}
    limits = httpx.Limits(max_connections=users + 10, max_keepalive_connections=users + 10)
    async with httpx.AsyncClient(base_url=url, headers={"Authorization": f"Bearer {KEY}"}, timeout=120,
                                 limits=limits) as client:
        start = time.perf_counter()
        await asyncio.gather(*(play(client, u, rounds, think, out) for u in range(users)))
        out["elapsed"] = time.perf_counter() - start
    return out


def report(out: dict, args: argparse.Namespace) -> None:
    latency = args.latency_ms / 1000
    took = [t for t, _, _ in out["rounds"]]
    ratios = [t / (calls * latency) for t, calls, _ in out["rounds"]]
    firsts = [f for _, _, f in out["rounds"] if f is not None]
    print(f"\n{args.users} users x {args.rounds} rounds, model latency L = {args.latency_ms} ms per model call, "
          f"think time ~{args.think_s} s, `mind serve --workers {args.workers}` on Redis, "
          f"crisis screen: {'rules + LLM check' if out['screen_calls'] else 'rules alone'}")
    print(f"rounds played: {len(took)}  errors: {out['errors']}  wall time: {out['elapsed']:.1f} s  "
          f"throughput: {len(took) / out['elapsed']:.1f} rounds/s")
    print(f"round latency: p50 {statistics.median(took) * 1000:.0f} ms  p95 {percentile(took, 95) * 1000:.0f} ms")
    print(f"round latency / model time of the round (calls x L): p50 {statistics.median(ratios):.2f}  "
          f"p95 {percentile(ratios, 95):.2f}  (goal: p95 <= 1.2)")
    for calls in sorted({c for _, c, _ in out["rounds"]}):
        extra = [(t - c * latency) * 1000 for t, c, _ in out["rounds"] if c == calls]
        print(f"  rounds with {calls} model calls: {len(extra)}, time beyond the model's: "
              f"p50 {statistics.median(extra):.0f} ms  p95 {percentile(extra, 95):.0f} ms")
    before = 1 + out["screen_calls"]  # model calls before the first words: the check, then the Patient's
    first_ratio = percentile(firsts, 95) / (before * latency)
    print(f"first streamed Patient words after sending the comfort: p50 {statistics.median(firsts) * 1000:.0f} ms"
          f"  p95 {percentile(firsts, 95) * 1000:.0f} ms = {first_ratio:.2f} x the {before} model call(s) before them"
          f"  (goal: <= 1.2)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--latency-ms", type=float, default=100)
    parser.add_argument("--think-s", type=float, default=5)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--screen", choices=["model", "rules"], default="model",
                        help="the crisis screen's LLM check on every comfort (model) or the rules alone")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, FakeOpenAIServer(latency_ms=args.latency_ms) as llm:
        redis = RedisServer(Path(tmp) / "redis").start()
        env = {"REDIS_URL": redis.url, "MIND_API_KEYS": f"bench:{KEY}", "MIND_MODEL": "fake-mind",
               "OPENAI_BASE_URL": llm.url, "OPENAI_API_KEY": "bench", "MIND_RATE_LIMIT_PER_MINUTE": "1000000",
               **({"MIND_MODEL_SCREEN": "offline"} if args.screen == "rules" else {})}
        server = MindServer(env, Path(tmp) / "serve", workers=args.workers).start()
        try:
            out = asyncio.run(load(server.url, args.users, args.rounds, args.think_s, int(args.screen == "model")))
        finally:
            server.stop()
            redis.stop()
    report(out, args)


if __name__ == "__main__":
    main()
