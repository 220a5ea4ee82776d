"""A small, real OpenAI-compatible chat server that answers as MIND's five agents.

No hosted model is reachable from the test machines, so tests and benchmarks point the real
`openai` / `langchain_openai` clients at this server instead. It speaks the wire format of
`/v1/chat/completions` (plain JSON and Server-Sent Events), adds configurable latency, and
answers every agent with a JSON object that fits the agent's output model in graph/state.py.

The answers are built only from the request, like a real model's: the agent comes from the
system prompt's `<role>` line, the values from the prompt's tags, and every "choice" from a
hash of the messages, so the same request always gets the same answer, streamed or not.

    python -m tests.fake_openai_server --host 127.0.0.1 --port 8765 [--latency-ms 200] [--token-delay-ms 5]

Tests use `FakeOpenAIServer`, which runs the module as a subprocess on a free port.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import os
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

from tests.integration.services import ROOT, Service, free_port

MODEL = "fake-mind"
AGENTS = ("trigger", "devil", "guide", "patient", "strategist", "screen")
_ROLE = re.compile(r"You are the (Trigger|Devil|Guide|Patient|Strategist|Screen) of MIND")
# The Screen's stand-in for a model's judgement: a phrase the offline screen lets pass (well under the
# weights' threshold, so a relearn keeps it so), so tests can see the LLM check raise the level on its own.
MODEL_ONLY_CRISIS = "the blue bottle is on the shelf"

# Used only when a prompt carries no JSON Schema to read the allowed values from.
DISTORTIONS = (
    "catastrophizing", "black_and_white", "emotional_reasoning", "overgeneralization", "mind_reading",
    "fortune_telling", "labeling", "personalization", "should_statements", "magnification_minimization",
    "mental_filter", "disqualifying_the_positive",
)


class RequestError(ValueError):
    """A request this server refuses with a 400, as OpenAI does."""

    def __init__(self, message: str, code: str = "invalid_request"):
        super().__init__(message)
        self.code = code


# --- reading the prompt ------------------------------------------------------------------


def agent_of(system: str) -> str | None:
    """The agent named in the prompt's opening `<role>` (a prompt override may reword the rest)."""
    found = _ROLE.search(system[:400])
    return found.group(1).lower() if found else None


def tag(prompt: str, name: str, default: str = "") -> str:
    found = re.search(rf"<{name}(?:\s[^>]*)?>(.*?)</{name}>", prompt, re.DOTALL)
    value = found.group(1).strip() if found else ""
    return default if value in ("", "(none)", "(empty)") else value


def attr(prompt: str, name: str, key: str) -> str:
    found = re.search(rf"<{name}\s[^>]*\b{key}=\"([^\"]*)\"", prompt)
    return found.group(1) if found else ""


def number(text: str, pattern: str, default: float) -> float:
    found = re.search(pattern, text)
    try:
        return float(found.group(1)) if found else default
    except ValueError:
        return default


def schema_enum(prompt: str, field: str, default: tuple[str, ...]) -> tuple[str, ...]:
    """The allowed values of `field`, read from the JSON Schema the prompt embeds (as a model would)."""
    found = re.search(r"JSON Schema:\s*(\{.*\})\s*</output_format>", prompt, re.DOTALL)
    try:
        prop = json.loads(found.group(1))["properties"][field] if found else {}
    except (ValueError, KeyError, TypeError):
        prop = {}
    enum = prop.get("enum") if isinstance(prop, dict) else None
    return tuple(enum) if enum else default


def snippet(text: str, limit: int = 70) -> str:
    """A short quotable piece of user text: first clause, cut on a word boundary."""
    flat = " ".join(text.split()).strip(" .!?")
    if len(flat) <= limit:
        return flat
    return flat[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "..."


def first_sentence(text: str) -> str:
    return re.split(r"(?<=[.!?])\s", " ".join(text.split()), maxsplit=1)[0]


# A crude comfort rubric, enough for the Patient and Strategist to react differently.
_HARMFUL = ("just stop", "stop worrying", "stop whining", "get over", "calm down", "your fault", "your own fault",
            "stupid", "pathetic", "whatever", "don't be silly", "overreact", "man up", "grow up", "you always")
_HELPFUL = ("understand", "makes sense", "of course", "friend", "evidence", "fact", "okay to", "ok to", "it's normal",
            "human", "kind", "allowed", "remember", "proud", "one mistake", "not the end", "you did", "likely")


def comfort_quality(comfort: str) -> str:
    low = comfort.lower().replace("\u2019", "'")
    low = re.sub(r"\b(not|isn't|wasn't) your (own )?fault", "not to blame", low)  # kind, despite "your fault"
    if any(p in low for p in _HARMFUL):
        return "harmful"
    return "helpful" if sum(p in low for p in _HELPFUL) >= 1 and len(low.split()) >= 6 else "partial"


# --- the five agents ----------------------------------------------------------------------


class Chooser:
    """Deterministic 'randomness': a hash of the request's messages, salted per choice."""

    def __init__(self, seed: str):
        self.seed = seed

    def pick(self, options: list[str] | tuple[str, ...], salt: str = "") -> str:
        digest = hashlib.sha256(f"{self.seed}|{salt}".encode()).digest()
        return options[int.from_bytes(digest[:4], "big") % len(options)]


SCENE_TITLES = ("Tuesday, 11 pm", "Wednesday, 8:40 am", "Wednesday, lunchtime", "Thursday evening",
                "Friday morning", "Saturday afternoon")
SCENES = {
    "opening": (
        "It is late and you are at the kitchen table, still turning it over: {topic}. Your phone lies face down "
        "next to a cup of tea that went cold an hour ago. The flat is quiet except for the fridge humming.",
        "You are on the bus home, forehead against the cold window, replaying it: {topic}. Your bag sits heavy "
        "on your knees. Outside, the shop lights blur past one by one.",
    ),
    "rising": (
        "The next morning you open your messages before you are fully awake. There is one you have been waiting "
        "for, short and hard to read. You put the phone down, then pick it up again.",
        "Later that day someone brings it up in passing, in the corridor, and you feel your face get warm. "
        "They move on to another topic almost at once. You keep standing there a moment longer.",
    ),
    "turning": (
        "A friend asks how you are and, for once, you tell them what happened. They listen without interrupting "
        "and nod slowly. The café is noisy around you, but the table feels still.",
        "You sit down with a notebook and write out what actually happened, step by step. The page is shorter "
        "than you expected. You read it twice.",
    ),
    "resolution": (
        "A few days later the moment that felt so huge has settled into the week. You make dinner, and the radio "
        "is on low. You notice you have not thought about it since lunch.",
        "It is evening again and you are back at the same table. The cup of tea is warm this time. You think "
        "about the last few days and breathe out slowly.",
    ),
}

THOUGHTS = {
    "catastrophizing": "this is going to go terribly wrong and I won't be able to recover from it",
    "black_and_white": "if I didn't get this completely right, I got it completely wrong",
    "emotional_reasoning": "I feel like a failure about this, so I must be one",
    "overgeneralization": "this always happens to me, and it will keep happening",
    "mind_reading": "everyone can tell I messed this up, and they think less of me for it",
    "fortune_telling": "I already know how this ends, and it ends badly for me",
    "labeling": "I'm just someone who gets things like this wrong",
    "personalization": "this went wrong because of me, it's all on me",
    "should_statements": "I should have handled this so much better than I did",
    "magnification_minimization": "this one mistake outweighs everything I've ever done well",
    "mental_filter": "all I can see is the part that went wrong",
    "disqualifying_the_positive": "the things that went well don't count, anyone could have done them",
}


def trigger(p: str, c: Chooser) -> dict[str, Any]:
    n = int(number(p, r"Write scene number (\d+)", 1))
    total = max(n, int(number(p, r"Write scene number \d+ of at most (\d+)", 4)))
    index = int(number(p, r"scene_index is (\d+)", n - 1))
    if n == 1:
        arc = "opening"
    elif n >= total:
        arc = "resolution"
    else:
        arc = "rising" if (n - 1) / max(1, total - 1) < 0.5 else "turning"
    arcs = schema_enum(p, "arc_position", ("opening", "rising", "turning", "resolution"))
    arc = arc if arc in arcs else arcs[0]
    user_texts = re.findall(r"<user_text>(.*?)</user_text>", tag(p, "user_topic"), re.DOTALL)
    topic = snippet(user_texts[0]) if user_texts and user_texts[0].strip() else "what happened today"
    scene = c.pick(SCENES.get(arc, SCENES["opening"]), "scene").format(topic=topic)
    return {"scene_title": SCENE_TITLES[min(n - 1, len(SCENE_TITLES) - 1)], "scene": scene,
            "scene_index": max(0, index), "arc_position": arc}


def devil(p: str, c: Chooser) -> dict[str, Any]:
    allowed = schema_enum(p, "distortion_type", DISTORTIONS)
    listed = re.search(r"Distortion types: ([a-z_, ]+)", p)
    if listed:
        allowed = tuple(t for t in (s.strip() for s in listed.group(1).split(",")) if t in allowed) or allowed
    suggested = re.search(r"preferably (\w+)", p)
    kind = suggested.group(1) if suggested and suggested.group(1) in allowed else c.pick(allowed, "type")
    intensity = round(min(1.0, max(0.0, number(p, r"at intensity ([\d.]+)", 0.8))), 2)
    core = THOUGHTS.get(kind, "this proves I can't get anything right")
    # The wording softens with the intensity the comfort has earned, as the offline Devil's variants do.
    if intensity >= 0.7:
        thought = core[0].upper() + core[1:] + "."
    elif intensity >= 0.4:
        thought = f"I keep thinking that {core}."
    else:
        thought = f"Part of me still says {core}, but I'm not sure that's the whole story."
    return {"distortion_type": kind, "thought": thought, "intensity": intensity}


MILESTONES = {"persist": "from self-criticism to initial reflection",
              "advance": "from initial reflection to a more balanced view"}


def guide(p: str, c: Chooser) -> dict[str, Any]:
    kind = attr(p, "current_thought", "type") or "this distortion"
    offered = [t.split(":", 1) for t in tag(p, "techniques").split("; ") if ":" in t]
    chosen = offered[:2] or [["evidence_check", "Look at the actual facts for and against the thought."]]
    detail = snippet(first_sentence(tag(p, "scene", "the scene")), 60)
    hints = [f"With your inner self, {desc.strip()[:1].lower()}{desc.strip()[1:].rstrip('.')}. "
             f"Start from this moment: \"{detail}\"." for _, desc in chosen]
    hints.append(c.pick((f"Name the {kind.replace('_', ' ')} gently before you answer it.",
                         "Start by saying the feeling makes sense, then look at it together."), "hint"))
    memory = tag(p, "memory")
    previous = memory.split("The round just finished", 1)[0].replace("Previous summary (M_(i-1)):", "").strip()
    previous = "" if previous in ("(empty)", "(none)") else previous
    last = memory.split("The round just finished (round i):", 1)[-1].strip()
    folded, milestones = previous, []
    head = re.match(r"Round (\d+), scene (\d+)\. Thought \((\w+)", last)
    if head:
        decision = re.search(r"Verdict: (\w+) \(shift ([-\d.]+)\)", last)
        verdict = f"{decision.group(1)}, shift {decision.group(2)}" if decision else "no verdict"
        round_no, scene_no, kind_then = head.groups()
        folded = f"{previous} Round {round_no} (scene {scene_no}): {kind_then} met with comfort; {verdict}."
        if decision and float(decision.group(2)) > 0:  # the graph drops milestones it already has
            milestones = [MILESTONES.get(decision.group(1), "a kinder voice holds")]
    if not folded.strip():
        folded = f"Session opened: the inner self holds a {kind.replace('_', ' ')} thought about the scene."
    limit = int(number(p, r"in at most (\d+)\s+characters", 900))
    folded = " ".join(folded.split())
    if len(folded) > limit:  # drop the oldest detail first: the arc's latest turn matters most
        folded = folded[-limit:].split(" ", 1)[-1]
    return {"techniques": [t.strip() for t, _ in chosen], "hints": hints[:3], "memory_summary": folded,
            "milestones": milestones}


def patient(p: str, c: Chooser) -> dict[str, Any]:
    comfort = tag(tag(p, "comfort"), "user_text")
    quoted = snippet(comfort, 50) or "that"
    quality = comfort_quality(comfort)
    if quality == "harmful":
        reply = (f"Hearing \"{quoted}\" makes me want to shut down. It feels like you don't see how hard this is "
                 "for me. I'm holding on to my fear even tighter now.")
        emotion = c.pick(("hurt", "defensive"), "emotion")
    elif quality == "helpful":
        reply = (f"When you say \"{quoted}\", something in me loosens a little. I still feel the old pull of the "
                 "thought, but I can see it isn't the whole story. Maybe I can be a bit kinder to myself here.")
        emotion = c.pick(("relieved", "calmer"), "emotion")
    else:
        reply = (f"I hear you saying \"{quoted}\", and I want to believe it. Part of me still isn't convinced. "
                 "Can you help me see why it might be true?")
        emotion = c.pick(("unsure", "cautiously hopeful"), "emotion")
    return {"reply": reply, "emotion": emotion}


def opening_intensity(scene_number: int) -> float:
    """The Devil's first intensity in a scene (graph.nodes.devil.opening_intensity, 1-based here)."""
    return max(0.65, 0.85 - 0.05 * (scene_number - 1))


def strategist(p: str, c: Chooser) -> dict[str, Any]:
    index = int(number(p, r'<scene index="(\d+)"', 1))
    total = int(number(p, r'<scene index="\d+" of="(\d+)"', index))
    intensity = number(p, r'<thought [^>]*intensity="([\d.]+)"', 0.8)
    kind = attr(p, "thought", "type").replace("_", " ") or "distorted"
    comfort = tag(tag(p, "comfort"), "user_text")
    reply = tag(p, "inner_self_reply")
    quality = comfort_quality(comfort)
    # The prompt has no round counter: a thought still at the Devil's opening intensity for this
    # scene has not been answered before, so this is the scene's first round.
    first_round = intensity >= opening_intensity(index) - 0.005
    if quality == "harmful":
        shift, decision = -0.1, "persist"
    elif first_round:
        shift, decision = (0.3 if quality == "helpful" else 0.15), "persist"
    else:
        # Second round on: call the thought softened, down to about 0.25, so `advance` and `resolve`
        # pass the graph's conservative bounds (advance_intensity, 0.3 by default).
        shift = round(min(1.0, max(0.3 if quality == "helpful" else 0.15, intensity - 0.25)), 2)
        decision = "resolve" if index >= total else "advance"
    decisions = schema_enum(p, "decision", ("advance", "persist", "resolve"))
    decision = decision if decision in decisions else decisions[0]
    how = {"helpful": "validated the feeling and offered another perspective",
           "partial": "was kind but stayed vague", "harmful": "dismissed the feeling"}[quality]
    rationale = (f"The comfort \"{snippet(comfort, 50)}\" {how}. The inner self answered "
                 f"\"{snippet(reply, 60)}\", so the {kind} thought moved by {shift:+.2f}.")
    scene_directive = {
        "persist": "Stay in this scene; keep the same moment and details.",
        "advance": c.pick(("Move the story on: show the conversation that follows.",
                           "Move the story on: the next day, when a result comes in."), "next"),
        "resolve": "Close the story gently; no new scene is needed.",
    }[decision]
    thought_directive = (f"Keep the {kind} type; voice it at about intensity "
                         f"{min(0.95, max(0.05, intensity - shift)):.2f}.")
    return {"rationale": rationale, "shift": shift, "next_scene_directive": scene_directive,
            "next_thought_directive": thought_directive, "decision": decision}


def screen(p: str, c: Chooser) -> dict[str, Any]:
    text = tag(p, "user_text").lower()
    if MODEL_ONLY_CRISIS in text:
        return {"reasoning": "Means made ready, said in passing.", "level": "crisis", "reasons": ["means ready"]}
    return {"reasoning": "No sign of danger in the message.", "level": "none", "reasons": []}


PLAYERS = {"trigger": trigger, "devil": devil, "guide": guide, "patient": patient, "strategist": strategist,
           "screen": screen}

# What a misbehaving model does to a good answer; "429", "500" and "hang" answer no content at all.
FAULTS = {
    "429": None, "500": None, "hang": None, "no_response_format": None,
    "truncated": lambda c: c[: len(c) // 2],
    "prose": lambda c: f"Sure! Here is the JSON you asked for:\n```json\n{c}\n```\nLet me know if you need more.",
    "schema": lambda c: json.dumps({"unexpected": "fields", "answer": 42}),
    "wrong_types": lambda c: json.dumps({k: ([v] if isinstance(v, str) else "many") for k, v in json.loads(c).items()}),
    "empty": lambda c: "",
    "refusal": lambda c: "I'm sorry, but I can't help with that request.",
}


# --- the HTTP layer -----------------------------------------------------------------------


def text_of(content: Any) -> str:
    """Message content as text: a string, or a list of {'type': 'text', 'text': ...} parts."""
    if content is None or isinstance(content, str):
        return content or ""
    if isinstance(content, list):
        return "".join(part.get("text", "") for part in content if isinstance(part, dict))
    raise RequestError("message content must be a string or a list of content parts")


def parse_request(raw: bytes) -> dict[str, Any]:
    try:
        body = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise RequestError("the request body is not valid JSON", "invalid_json") from None
    if not isinstance(body, dict):
        raise RequestError("the request body must be a JSON object")
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        raise RequestError("'messages' must be a non-empty array", "missing_messages")
    for m in messages:
        if not isinstance(m, dict) or not isinstance(m.get("role"), str):
            raise RequestError("each message must be an object with a 'role'")
        text_of(m.get("content"))
    if not isinstance(body.get("stream", False), bool):
        raise RequestError("'stream' must be a boolean")
    return body


def word_count(text: str) -> int:
    return len(text.split())


def pieces(text: str) -> list[str]:
    """Small stream pieces: words with their trailing space, long ones cut to 8 characters."""
    return [w[i : i + 8] for w in re.findall(r"\S+\s*|\s+", text) for i in range(0, len(w), 8)]


def create_app(latency_ms: float = 0, token_delay_ms: float = 0):
    from starlette.applications import Starlette
    from starlette.exceptions import HTTPException
    from starlette.requests import Request
    from starlette.responses import JSONResponse, StreamingResponse
    from starlette.routing import Route

    stats: Counter[str] = Counter()
    errors: Counter[str] = Counter()
    faults: dict[str, list[str]] = {}  # agent -> faults for its next requests, one each (POST /faults)
    prompts: list[dict[str, str]] = []  # every request's agent and message text, for tests (GET /prompts)

    def error(status: int, message: str, code: str, kind: str = "invalid_request_error") -> JSONResponse:
        errors["total"] += 1
        return JSONResponse({"error": {"message": message, "type": kind, "param": None, "code": code}}, status)

    async def healthz(_: Request) -> JSONResponse:
        return JSONResponse({"status": "ok"})

    async def models(_: Request) -> JSONResponse:
        return JSONResponse({"object": "list", "data": [
            {"id": MODEL, "object": "model", "created": 0, "owned_by": "mind-tests"}]})

    async def set_faults(request: Request) -> JSONResponse:
        """{"devil": ["500", "truncated"], ...}: the agent's next requests misbehave in this order."""
        wanted = json.loads(await request.body() or b"{}")
        bad = {f for queue in wanted.values() for f in queue} - set(FAULTS)
        if bad:
            return error(400, f"unknown faults {sorted(bad)}; known: {sorted(FAULTS)}", "bad_fault")
        for agent, queue in wanted.items():
            faults.setdefault(agent, []).extend(queue)
        return JSONResponse({"pending": faults})

    async def get_prompts(_: Request) -> JSONResponse:
        return JSONResponse(prompts)

    async def get_stats(_: Request) -> JSONResponse:
        return JSONResponse({"requests": dict(stats), "total": sum(stats.values()), "errors": errors["total"]})

    async def completions(request: Request):
        arrived = time.perf_counter()  # L is the whole time to the first byte, our own work included

        async def wait_out_latency() -> None:
            await asyncio.sleep(max(0.0, latency_ms / 1000 - (time.perf_counter() - arrived)))

        try:
            body = parse_request(await request.body())
            messages = body["messages"]
            system = next((text_of(m.get("content")) for m in messages if m["role"] in ("system", "developer")), "")
            agent = agent_of(system)
            if agent is None:
                raise RequestError("no MIND agent named in the system message ('You are the <Agent> of MIND')",
                                   "unknown_agent")
        except RequestError as err:
            return error(400, str(err), err.code)
        stats[agent] += 1
        prompts.append({"agent": agent, "text": "\n".join(text_of(m.get("content")) for m in messages)})
        kind = (body.get("response_format") or {}).get("type") if isinstance(body.get("response_format"), dict) else None
        if kind:
            stats[f"response_format:{kind}"] += 1  # so tests see native structured output was asked for
        seed = hashlib.sha256(json.dumps(messages, sort_keys=True, default=str).encode()).hexdigest()
        content = json.dumps(PLAYERS[agent](system, Chooser(seed)), ensure_ascii=False)
        fault = faults[agent].pop(0) if faults.get(agent) else None
        if fault is not None:
            stats[f"fault:{fault}"] += 1
            if fault == "429":
                return JSONResponse({"error": {"message": "slow down", "type": "rate_limit", "code": "rate_limit"}},
                                    429, headers={"Retry-After": "0.2"})
            if fault == "500":
                return JSONResponse({"error": {"message": "boom", "type": "server_error", "code": None}}, 500)
            if fault == "no_response_format":  # a server without JSON-schema output
                return JSONResponse({"error": {"message": "unsupported parameter: response_format", "type":
                                               "invalid_request_error", "code": "unsupported_parameter"}}, 400)
            if fault == "hang":
                await asyncio.sleep(3600)  # past any client timeout
            content = FAULTS[fault](content)
        model = body.get("model") or MODEL
        ident, created = f"chatcmpl-{seed[:24]}", int(time.time())
        usage = {"prompt_tokens": sum(word_count(text_of(m.get("content"))) for m in messages),
                 "completion_tokens": word_count(content)}
        usage["total_tokens"] = usage["prompt_tokens"] + usage["completion_tokens"]

        if not body.get("stream"):
            await wait_out_latency()
            return JSONResponse({
                "id": ident, "object": "chat.completion", "created": created, "model": model,
                "system_fingerprint": "fp_fake_mind", "usage": usage,
                "choices": [{"index": 0, "message": {"role": "assistant", "content": content, "refusal": None},
                             "logprobs": None, "finish_reason": "stop"}],
            })

        options = body.get("stream_options")
        include_usage = isinstance(options, dict) and options.get("include_usage") is True

        def chunk(delta: dict, finish: str | None = None, choices: bool = True) -> str:
            data: dict[str, Any] = {"id": ident, "object": "chat.completion.chunk", "created": created,
                                    "model": model, "system_fingerprint": "fp_fake_mind",
                                    "choices": [{"index": 0, "delta": delta, "logprobs": None,
                                                 "finish_reason": finish}] if choices else []}
            if include_usage:  # OpenAI sends usage: null on every chunk but the last when usage is asked for
                data["usage"] = None if choices else usage
            return f"data: {json.dumps(data, ensure_ascii=False)}\n\n"

        # every chunk is rendered before the wait, so the first token leaves exactly at L
        content_chunks = [chunk({"content": piece}) for piece in pieces(content)]
        tail = [chunk({}, "stop"), *([chunk({}, choices=False)] if include_usage else []), "data: [DONE]\n\n"]

        async def events():
            await wait_out_latency()  # time to first token: nothing is sent before it
            yield chunk({"role": "assistant", "content": ""}) + (content_chunks[0] if content_chunks else "")
            for piece in content_chunks[1:]:
                if token_delay_ms:
                    await asyncio.sleep(token_delay_ms / 1000)
                yield piece
            for piece in tail:
                yield piece

        return StreamingResponse(events(), media_type="text/event-stream",
                                 headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})

    async def http_error(_: Request, exc: HTTPException) -> JSONResponse:
        return error(exc.status_code, exc.detail or "error", "not_found" if exc.status_code == 404 else "http_error")

    async def crash(_: Request, exc: Exception) -> JSONResponse:  # a bug here, reported in OpenAI's shape
        return error(500, f"fake server error: {exc!r}", "server_error", "server_error")

    return Starlette(
        routes=[Route("/healthz", healthz), Route("/stats", get_stats), Route("/prompts", get_prompts),
                Route("/v1/models", models),
                Route("/faults", set_faults, methods=["POST"]),
                Route("/v1/chat/completions", completions, methods=["POST"])],
        exception_handlers={HTTPException: http_error, Exception: crash},
    )


# --- running it ---------------------------------------------------------------------------

class FakeOpenAIServer(Service):
    """The server as a subprocess on a free loopback port, for `with FakeOpenAIServer() as llm: llm.url`."""

    def __init__(self, latency_ms: float = 0, token_delay_ms: float = 0):
        self.latency_ms, self.token_delay_ms = latency_ms, token_delay_ms
        self.port = free_port()
        self.log = Path(tempfile.mkstemp(prefix="fake-openai-", suffix=".log")[1])

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def url(self) -> str:
        return f"{self.base}/v1"

    def stats(self) -> dict[str, Any]:
        import httpx

        return httpx.get(f"{self.base}/stats", timeout=5).json()

    def prompts(self) -> list[dict[str, str]]:
        """Every prompt the server was sent: [{"agent": ..., "text": ...}]."""
        import httpx

        return httpx.get(f"{self.base}/prompts", timeout=5).json()

    def inject(self, **faults: list[str]) -> None:
        """The named agents' next requests misbehave: inject(devil=["500", "truncated"])."""
        import httpx

        httpx.post(f"{self.base}/faults", json=faults, timeout=5).raise_for_status()

    def start(self) -> FakeOpenAIServer:
        import httpx

        self._launch([sys.executable, "-m", "tests.fake_openai_server", "--host", "127.0.0.1", "--port",
                      str(self.port), "--latency-ms", str(self.latency_ms), "--token-delay-ms",
                      str(self.token_delay_ms)], self.log, cwd=ROOT)
        self._await(lambda: httpx.get(f"{self.base}/healthz", timeout=1).status_code == 200, self.log, 20,
                    f"fake OpenAI server on port {self.port}")
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
        self.log.unlink(missing_ok=True)


def main(argv: list[str] | None = None) -> None:
    import uvicorn

    parser = argparse.ArgumentParser(description="A fake OpenAI-compatible server answering as MIND's agents.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--latency-ms", type=float, default=0, help="wait before the first byte of every answer")
    parser.add_argument("--token-delay-ms", type=float, default=0, help="wait between streamed chunks")
    args = parser.parse_args(argv)
    app = create_app(args.latency_ms, args.token_delay_ms)
    uvicorn.run(app, host=args.host, port=args.port, log_level=os.environ.get("FAKE_OPENAI_LOG_LEVEL", "warning"))


if __name__ == "__main__":
    main()
