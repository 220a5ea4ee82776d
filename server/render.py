"""Terminal layout of a session: scene, the inner self's thought with an intensity bar, hints, reply, verdict."""

from __future__ import annotations

import os
import sys
import textwrap
from typing import Any

WIDTH = 78


def _color() -> bool:
    return sys.stdout.isatty() and not os.environ.get("NO_COLOR")


def style(text: str, code: str) -> str:
    return f"\033[{code}m{text}\033[0m" if _color() else text


def wrap(text: str, indent: str = "  ") -> str:
    return "\n".join(
        textwrap.fill(line, WIDTH, initial_indent=indent, subsequent_indent=indent) if line.strip() else ""
        for line in text.splitlines()
    )


def bar(intensity: float, cells: int = 20) -> str:
    filled = round(max(0.0, min(1.0, intensity)) * cells)
    return "[" + "#" * filled + "." * (cells - filled) + f"] {intensity:.2f}"


def badge(engine: str) -> str:
    return style(f"({'offline engine' if engine == 'offline' else engine})", "2")


def render_notices(notices: list[dict[str, Any]]) -> list[str]:
    titles = {"ai_notice": "Reminder", "check_in": "Checking in"}
    out = []
    for notice in notices:
        out += ["", style(titles.get(notice["kind"], "Note"), "1;36"), wrap(notice["text"])]
    return out


def render_request(request: dict[str, Any], engine: str, show_scene: bool) -> str:
    if request["type"] in ("safety_check", "age_check"):
        title = "Paused" if request["type"] == "safety_check" else "Before we start"
        lines = ["", style(title, "1;36"), wrap(request["question"])]
        return "\n".join(lines + ([style(f"! {request['error']}", "33")] if request.get("error") else []))
    d = request["distortion"]
    out = render_notices(request.get("notices") or [])
    if show_scene:
        out += ["", style(f"— Scene {request['scene_index'] + 1} —", "1;36") + " " + badge(engine), wrap(request["scene"])]
    out += [
        "",
        style(f"Round {request['round']} · inner self", "1;35") + f"  {d['type'].replace('_', ' ')}  {bar(d['intensity'])}",
        wrap(f'"{d["thought"]}"'),
    ]
    if request.get("hints"):
        out += [style("Guide", "1;32") + " " + badge(engine)] + [wrap(f"- {h}") for h in request["hints"]]
    if request.get("error"):
        out.append(style(f"! {request['error']}", "31"))
    return "\n".join(out)


def reply_header(engine: str) -> str:
    return style("Inner self", "1;35") + " " + badge(engine)


def render_reply(record: dict[str, Any], engine: str, streamed: str | None = None) -> str:
    """A finished round. A reply already streamed is not repeated, unless the kept one differs
    (the safety screen or a model fault had the offline engine answer instead)."""
    v = record["verdict"]
    kept = record["patient"] or ""
    reply = [] if streamed and streamed.strip() == kept.strip() else [
        "", reply_header(engine) + (" (replaced)" if streamed else ""), wrap(kept)]
    return "\n".join([
        *reply,
        style("Strategist", "1;33") + f"  {v['decision']}  (shift {v['shift']:+.2f})",
        wrap(v["rationale"]),
    ])


def render_closing(closing: dict[str, Any] | None, status: str) -> str:
    if not closing:
        return ""
    title = "Crisis support" if status == "crisis" else "Closing"
    return "\n".join(["", style(f"— {title} —", "1;36"), wrap(closing["text"])])
