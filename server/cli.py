"""The `mind` command: chat, demo, serve, scenarios, sessions, screen."""

from __future__ import annotations

import argparse
import ipaddress
import asyncio
import json
import os
import sys
from pathlib import Path
from typing import Any

from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from graph.checkpointer import SettingsError, describe, open_checkpointer, redis_url
from graph.context import Context
from graph.encryption import KEY_ENV, EncryptionKeyError, serializer_from_env
from graph.inputs import InputError, decode_utf8, validate_text
from graph.offline.library import library
from graph.redis_saver.connect import RedisUnavailable
from graph.logs import configure
from graph.notices import DISCLOSURE
from graph.resources import ResourceFileError, resources_text
from graph.safety import screen_text
from graph.safety_retention import RETENTION_ENV, retained, retention_seconds
from graph.screening import screen
from graph.state import rounds_of
from graph.tracing import tracing_enabled
from server import consent, render
from server.auth import AuthConfigError, keys_from_env
from server.demo import ScriptedComforter, pick_scenario
from server.sessions import Sessions, SessionNotFound, document, export

COMMANDS_HELP = "Commands: /hint shows the Guide's hints again, /pause saves and leaves, /quit leaves (the session is kept)."


def read_line(prompt: str) -> str | None:
    """One line from stdin as checked UTF-8; None at end of input."""
    print(prompt, end="", flush=True)
    raw = sys.stdin.buffer.readline()
    if not raw:
        return None
    return decode_utf8(raw).rstrip("\r\n")


def ask(prompt: str, field: str, max_chars: int) -> str | None:
    for _ in range(5):  # a few tries, then give up cleanly
        try:
            line = read_line(prompt)
            if line is None:
                return None
            return validate_text(line, field, max_chars)
        except InputError as err:
            print(f"  {err}")
    return None


async def stream_reply(sessions: Sessions, plan, engine: str) -> str:
    """Runs the round, printing the inner self's reply word by word as it arrives."""
    streamed = ""
    async for words in sessions.run_comfort(plan):
        if not streamed:
            print("\n" + render.reply_header(engine))
        print(words, end="", flush=True)
        streamed += words
    if streamed:
        print()
    return streamed


def print_new_rounds(values: dict[str, Any], engine: str, shown: int, streamed: str | None = None,
                     show_closing: bool = True) -> int:
    """Print the rounds completed since `shown` (the reply too, unless it was streamed as kept), and the
    closing or crisis support; returns the new count."""
    rounds = [r for r in rounds_of(values.get("transcript", [])) if r["verdict"]]
    for record in rounds[shown:]:
        print(render.render_reply(record, engine, streamed))
    if values.get("closing") and show_closing:
        print(render.render_closing(values["closing"], values["status"]))
    return len(rounds)


def confirm_adult() -> bool | None:
    """Asks once whether the person is 18 or older, and remembers a yes; None at end of input."""
    if consent.already_confirmed():
        return True
    for _ in range(5):
        line = read_line(consent.QUESTION + " ")
        if line is None:
            return None
        answer = consent.adult_answer(line)
        if answer is not None:
            if answer:
                consent.remember()
            return answer
        print("  Please answer yes or no.")
    return None


async def run_chat(args: argparse.Namespace, sessions: Sessions) -> int:
    engine = sessions.engine_label()
    if args.session:
        values = await sessions.state(args.session)
        print(f"Resuming session {args.session} ({values['scenario']['title']}).")
    else:
        print(render.wrap(f"MIND - self-compassion practice. {DISCLOSURE}", ""))
        if engine == "offline":
            print(render.style("Engine: offline (rule-based, from MIND's own scenario library; no AI model).", "2"))
        adult = confirm_adult()
        if not adult:
            if adult is False:
                print(render.wrap("MIND is made for adults, so we will stop here. If things feel hard, please talk "
                                  "to someone you trust.\n" + resources_text(args.region), ""))
            return 1
        topic = args.topic or ask("What is on your mind? ", "topic", 1000)
        if topic is None:
            return 1
        # a crisis in the topic goes straight to support: no second question first
        worries = args.worries or topic if screen_text(topic).level == "crisis" else \
            args.worries or ask("What worries you most about it? ", "worries", 2000)
        if worries is None:
            return 1
        values = await sessions.start(topic, worries, args.scenario, adult_confirmed=True, region=args.region)
        if values.get("scenario"):
            print(render.wrap(values["scenario"]["note"], ""))
        print(f"Session {values['session_id']} (resume with: mind chat --session {values['session_id']})")
        print(COMMANDS_HELP)
    session_id = values["session_id"]
    shown = len([r for r in rounds_of(values.get("transcript", [])) if r["verdict"]])
    last_scene = None
    if values.get("closing") and values["waiting"]:  # crisis support came before any question
        print(render.render_closing(values["closing"], values["status"]))
    while values["waiting"]:
        request = values["waiting"]
        print(render.render_request(request, engine, show_scene=request.get("scene_index") != last_scene))
        last_scene = request.get("scene_index", last_scene)
        try:
            line = read_line(render.style("you > ", "1"))
        except InputError as err:
            print(f"  {err}")
            continue
        if line is None or line.strip() in ("/pause", "/quit"):
            print(f"\nSaved. Resume with: mind chat --session {session_id}")
            return 0
        if line.strip() == "/hint":
            for hint in request.get("hints", []):
                print(render.wrap(f"- {hint}"))
            continue
        try:
            plan = await sessions.plan_comfort(session_id, line)
        except InputError as err:
            print(f"  {err} (nothing was sent; the session is unchanged)")
            continue
        was_paused = values["status"] == "crisis"
        streamed = await stream_reply(sessions, plan, engine)
        values = await sessions.state(session_id)
        shown = print_new_rounds(values, engine, shown, streamed, show_closing=not values["waiting"] or (
            values["status"] == "crisis" and not was_paused))
    if not values.get("closing"):
        print_new_rounds(values, engine, shown)
    return 0


async def run_demo(args: argparse.Namespace, sessions: Sessions) -> dict[str, Any]:
    if args.session:  # resume a demo left open by --rounds, possibly in another process
        values = await sessions.state(args.session)
        scenario, seed = library().scenario(values["scenario"]["id"]), values.get("seed", args.seed)
    else:
        scenario, seed = pick_scenario(args.seed), args.seed
        # the demo's "person" is a script, so there is nobody to ask the age question
        values = await sessions.start(scenario.summary, scenario.scenes[0].text, scenario.id, adult_confirmed=True)
        if not args.json:
            print(render.wrap(f"MIND demo: a scripted comforter plays the person. {DISCLOSURE}", ""))
    comforter = ScriptedComforter(seed)
    engine = sessions.engine_label()
    shown, last_scene, played = 0, None, 0
    while values["waiting"] and (args.rounds is None or played < args.rounds):
        request = values["waiting"]
        if not args.json:
            print(render.render_request(request, engine, show_scene=request["scene_index"] != last_scene))
        last_scene = request["scene_index"]
        comfort = comforter.answer(request, scenario.scenes[request["scene_index"]].evidence_against)
        if not args.json:
            print(render.style("comforter > ", "1") + comfort)
        values = await sessions.comfort(values["session_id"], comfort)
        played += 1
        if not args.json:
            shown = print_new_rounds(values, engine, shown)
    return document(values, engine)


async def run_sessions(args: argparse.Namespace, sessions: Sessions) -> int:
    if args.action == "list":
        rows = await sessions.list()
        if args.json:
            print(json.dumps(rows, indent=2))
        for row in [] if args.json else rows:
            print(f"{row['session_id']}  {row['status']:<10} round {row['round']:<3} {row['scenario'] or ''}")
        if not rows and not args.json:
            print(f"No sessions in {describe(args.db)}.")
        return 0
    if args.action == "retained":  # the operator's retention log of deleted sessions' safety events
        print(json.dumps(await retained(sessions.checkpointer), indent=2))
        return 0
    if not args.id:
        raise InputError(f"`mind sessions {args.action}` needs a session id")
    values = await sessions.state(args.id)
    if args.action == "show":
        doc = document(values, sessions.engine_label())
        if args.json:
            print(json.dumps(doc, indent=2, ensure_ascii=False))
            return 0
        print(f"Session {args.id}: {doc['scenario']['title']} ({doc['status']})")
        for record in doc["rounds"]:
            if record["verdict"]:
                print(render.render_reply(record, sessions.engine_label()))
        print(render.render_closing(doc["closing"], doc["status"]))
    elif args.action == "export":
        print(json.dumps(export(values, sessions.engine_label(), sessions.context), indent=2, ensure_ascii=False, default=str))
    elif args.action == "delete":
        await sessions.delete(args.id)
        kept = f" Its safety events (no text) are kept for {os.environ[RETENTION_ENV]} days, as configured." \
            if retention_seconds() and values.get("safety_events") else ""
        print(f"Deleted session {args.id} and every checkpoint of it.{kept}")
    return 0


def run_scenarios(args: argparse.Namespace) -> int:
    lib = library()
    if args.show:
        s = lib.scenario(args.show)
        print(f"{s.title}  [{s.id}, {s.life_area}]\n{render.wrap(s.summary)}")
        for i, scene in enumerate(s.scenes, 1):
            print(f"\n{i}. {scene.title}  ({scene.distortion.replace('_', ' ')})\n{render.wrap(scene.text)}")
        return 0
    for s in lib.scenarios:
        if not args.area or s.life_area == args.area:
            kinds = sorted({sc.distortion for sc in s.scenes})
            print(f"{s.id:<40} {s.life_area:<15} {s.title}  ({', '.join(kinds)})")
    return 0


def flush_traces() -> None:
    """Traces go out in the background; send what is left before the process ends."""
    if tracing_enabled():
        from langchain_core.tracers.langchain import wait_for_all_tracers

        wait_for_all_tracers()


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def run_serve(args: argparse.Namespace) -> int:
    """Refuses what would be unsafe or silently wrong: an open server beyond this machine, or
    several processes that could not share locks and sessions."""
    import uvicorn

    from server.app import JSON_LOGS_ENV, rate_limit

    if keys_from_env().open and not is_loopback(args.host):
        raise InputError(f"refusing to serve on {args.host} without API keys: set MIND_API_KEYS "
                         "(user:key,...) or MIND_API_KEYS_FILE, or serve on 127.0.0.1")
    rate_limit()  # a bad setting is an error here, not a failed worker start
    serializer_from_env()  # so is a bad encryption key
    retention_seconds()  # and a bad retention period, which would otherwise fail only at the first delete
    if not os.environ.get(KEY_ENV):
        print(f"mind: warning: sessions are stored unencrypted; set {KEY_ENV} (openssl rand -base64 32) "
              "to encrypt them at rest", file=sys.stderr)
    if args.workers > 1 and not redis_url():
        raise InputError("--workers above 1 needs REDIS_URL: the processes must share sessions and locks")
    os.environ[JSON_LOGS_ENV] = "1"  # structured logs, configured in each worker (graph/logs.py)
    uvicorn.run("server.app:app", host=args.host, port=args.port, workers=args.workers, log_level="warning",
                log_config=None)
    return 0


def positive_int(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {value!r}")
    return int(value)


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="mind", description="MIND: self-compassion practice through inner dialogue.")
    p.add_argument("--db", type=Path, help="SQLite file for sessions (default: Redis at REDIS_URL if set, "
                                          "else MIND_DB_PATH or the user data dir)")
    sub = p.add_subparsers(dest="command", required=True)
    chat = sub.add_parser("chat", help="practise interactively")
    chat.add_argument("--session", help="resume a saved session")
    chat.add_argument("--topic")
    chat.add_argument("--worries")
    chat.add_argument("--scenario", help="a scenario id from `mind scenarios`")
    chat.add_argument("--seed", type=int, default=0)
    chat.add_argument("--region", help="two-letter country code for crisis resources (default: MIND_REGION)")
    demo = sub.add_parser("demo", help="watch a whole session played by a scripted comforter")
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--json", action="store_true", help="print one JSON document")
    demo.add_argument("--rounds", type=positive_int, help="stop after this many rounds; the session stays open")
    demo.add_argument("--session", help="play on a demo session left open by --rounds")
    scen = sub.add_parser("scenarios", help="browse the scenario library")
    scen.add_argument("--area", choices=sorted({s.life_area for s in library().scenarios}))
    scen.add_argument("--show", metavar="ID")
    sess = sub.add_parser("sessions", help="list, show, export or delete saved sessions")
    sess.add_argument("action", choices=["list", "show", "export", "delete", "retained"],
                      help="retained: safety events of deleted sessions kept under MIND_SAFETY_RETENTION_DAYS")
    sess.add_argument("id", nargs="?")
    sess.add_argument("--json", action="store_true")
    srv = sub.add_parser("serve", help="serve the HTTP API (/v1) with uvicorn")
    srv.add_argument("--host", default="127.0.0.1")
    srv.add_argument("--port", type=int, default=8000)
    srv.add_argument("--workers", type=positive_int, default=1, help="processes (more than one needs REDIS_URL)")
    scr = sub.add_parser("screen", help="safety screen of a text")
    scr.add_argument("text")
    scr.add_argument("--json", action="store_true")
    return p


async def run(args: argparse.Namespace) -> int:
    context = Context(seed=getattr(args, "seed", 0) or 0)
    async with open_checkpointer(args.db) as checkpointer:
        sessions = Sessions(checkpointer, context)
        if args.command == "chat":
            return await run_chat(args, sessions)
        if args.command == "demo":
            doc = await run_demo(args, sessions)
            if args.json:
                print(json.dumps(doc, indent=2, ensure_ascii=False))
            elif doc["status"] == "active":
                print(f"\nSession {doc['session_id']} paused; play on with `mind demo --session {doc['session_id']}`.")
            else:
                print(f"\nSession {doc['session_id']}: {doc['status']}.")
            return 0
        return await run_sessions(args, sessions)


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        configure("INFO" if args.command == "serve" else "WARNING")  # a terminal chat is not interleaved with logs
        if args.command == "scenarios":
            return run_scenarios(args)
        if args.command == "serve":
            return run_serve(args)
        if args.command == "screen":
            result = asyncio.run(screen(args.text, Context())).as_dict()
            print(json.dumps(result) if args.json else f"{result['level']}: {', '.join(result['reasons']) or 'no concern found'}")
            return 0
        try:
            return asyncio.run(run(args))
        finally:
            flush_traces()
    except (InputError, SessionNotFound, KeyError, RedisUnavailable, EncryptionKeyError, SettingsError,
            AuthConfigError, ResourceFileError) as err:
        print(f"mind: {err.args[0] if err.args else err}", file=sys.stderr)
        return 2
    except (RedisConnectionError, RedisTimeoutError) as err:
        print(f"mind: lost the connection to Redis ({err}); every completed round is saved, "
              "try again when Redis is back", file=sys.stderr)
        return 1
    except BrokenPipeError:  # output piped into `head` and the like
        return 0
    except KeyboardInterrupt:
        print("\nInterrupted; your session is saved.", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
