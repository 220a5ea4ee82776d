"""LangSmith tracing: each agent's turn is a run named for the agent, with the session's coordinates
as metadata, and user-written text masked unless the operator opts in (MIND_TRACE_USER_TEXT=true).

What counts as user-written: the topic, worries and comforts (state keys, `Command(resume=...)`,
transcript turns of role "user") and everything inside `<user_text>` in a prompt.
"""

from __future__ import annotations

import dataclasses
import os
import re
import threading
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

MASK = "[user text hidden]"
REMEMBERED = 500  # recent user texts a trace is scrubbed of (models quote them back)
MIN_PIECE = 12  # shorter pieces would mask ordinary words
USER_KEYS = frozenset({"topic", "worries", "comfort", "resume"})
_USER_TEXT = re.compile(r"(<user_text>).*?(</user_text>)", re.DOTALL)
_ON = ("1", "true", "yes")


def tracing_enabled() -> bool:
    return any(os.environ.get(v, "").lower() in _ON for v in ("LANGSMITH_TRACING", "LANGCHAIN_TRACING_V2"))


_seen: OrderedDict[str, None] = OrderedDict()
_lock = threading.Lock()


def masking() -> bool:
    return tracing_enabled() and os.environ.get("MIND_TRACE_USER_TEXT", "").lower() not in _ON


def remember_user_text(*texts: str | None) -> None:
    """Texts the user wrote, so a model quoting them back is masked too (in memory only, never stored)."""
    if not masking():
        return
    with _lock:
        for text in texts:
            for piece in (text or "", *re.split(r"(?<=[.!?])\s+", text or "")):
                piece = piece.strip()
                if len(piece) >= MIN_PIECE:
                    _seen[piece] = None
                    _seen.move_to_end(piece)
        while len(_seen) > REMEMBERED:
            _seen.popitem(last=False)


def _scrub(text: str) -> str:
    text = _USER_TEXT.sub(rf"\1{MASK}\2", text)
    with _lock:
        pieces = sorted((p for p in _seen if p in text), key=len, reverse=True)
    for piece in pieces:
        text = text.replace(piece, MASK)
    return text


def mask(data: Any) -> Any:
    """A copy of traced inputs or outputs with user-written text replaced."""
    if dataclasses.is_dataclass(data) and not isinstance(data, type):  # Command(resume=...)
        data = {f.name: getattr(data, f.name) for f in dataclasses.fields(data)}
    if isinstance(data, dict):
        if data.get("role") == "user" and isinstance(data.get("text"), str):
            return {**{k: mask(v) for k, v in data.items()}, "text": MASK}
        return {k: MASK if k in USER_KEYS and isinstance(v, str) and v else mask(v) for k, v in data.items()}
    if isinstance(data, (list, tuple)):
        return [mask(v) for v in data]
    if isinstance(data, str):
        return _scrub(data)
    if hasattr(data, "content") and hasattr(data, "model_copy"):  # a LangChain message
        return data.model_copy(update={"content": mask(data.content)})
    if data is None or isinstance(data, (bool, int, float)):
        return data
    return _scrub(repr(data))  # anything else (an Interrupt, a model output) is traced as its checked text


def _scrub_strings(data: Any) -> Any:
    if isinstance(data, str):
        return _scrub(data)
    if isinstance(data, dict):
        return {k: _scrub_strings(v) for k, v in data.items()}
    if isinstance(data, (list, tuple)):
        return [_scrub_strings(v) for v in data]
    return data  # ids, timestamps: left as they are


def scrub_runs(ops: Sequence[dict]) -> list[dict]:
    """Last pass over whole run records before they leave: errors and extras can quote user text too."""
    return [_scrub_strings(op) for op in ops]


def configure_from_env() -> None:
    """Install the masking client for every LangSmith trace of this process (LangChain's tracer uses it)."""
    if not masking():
        return
    import langsmith

    langsmith.configure(client=langsmith.Client(hide_inputs=mask, hide_outputs=mask,
                                                process_buffered_run_ops=scrub_runs, run_ops_buffer_size=1))


@contextmanager
def agent_run(agent: str, state: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """A run named for the agent; the caller fills in `engine` once it knows who played the turn."""
    meta = {"session_id": state.get("session_id"), "round": state.get("round"),
            "scene": (state.get("scene") or {}).get("index"),
            "distortion_type": (state.get("distortion") or {}).get("type"), "engine": None}
    if not tracing_enabled():
        yield meta
        return
    import langsmith

    with langsmith.trace(name=agent, run_type="chain", tags=[f"agent:{agent}"], metadata=meta) as run:
        yield meta
        run.add_metadata(meta)
        run.add_tags([f"engine:{meta['engine']}"])
