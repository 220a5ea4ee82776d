"""The one seam that loads models and turns their answers into the agents' structured outputs.

Model names: "offline" (the rule-based engine, the default) or "provider:model" for
LangChain's `init_chat_model` (e.g. "openai:gpt-4o-mini", "ollama:qwen2.5"). A bare model
name with OPENAI_BASE_URL set goes to that OpenAI-compatible server (vLLM, llama.cpp, LM Studio).

Precedence, most specific run value first: Context.model_<agent>, Context.model,
MIND_MODEL_<AGENT>, MIND_MODEL, then "offline". Per-run settings beat the environment.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import weakref
from collections.abc import Callable
from typing import TypeVar

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import HumanMessage, SystemMessage
from pydantic import BaseModel, ValidationError

from graph.context import AGENTS, Context
from graph.prompts import render
from graph.streaming import WordGate, partial_string

OFFLINE = "offline"
T = TypeVar("T", bound=BaseModel)


class StructuredOutputError(ValueError):
    """A model answer that is not the JSON object its agent must produce."""


def model_name_for(agent: str, context: Context) -> str:
    if agent not in AGENTS:
        raise ValueError(f"unknown agent {agent!r}")
    return (
        getattr(context, f"model_{agent}")
        or context.model
        or os.environ.get(f"MIND_MODEL_{agent.upper()}")
        or os.environ.get("MIND_MODEL")
        or OFFLINE
    ).strip()


def is_offline(name: str) -> bool:
    return name.lower() == OFFLINE


_MODELS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def load_chat_model(name: str) -> BaseChatModel:
    """One model object per name and event loop: provider clients keep connections that belong to
    the loop they were opened on, and another loop (a second `asyncio.run`) cannot reuse them."""
    try:
        loop: object = asyncio.get_running_loop()
    except RuntimeError:
        loop = _NO_LOOP
    cache = _MODELS.setdefault(loop, {})
    if name not in cache:
        cache[name] = _new_chat_model(name)
    return cache[name]


class _NoLoop:
    pass


_NO_LOOP = _NoLoop()


def _new_chat_model(name: str) -> BaseChatModel:
    from langchain.chat_models import init_chat_model

    if ":" not in name and os.environ.get("OPENAI_BASE_URL"):
        name = f"openai:{name}"
    if not name.startswith("openai:"):
        return init_chat_model(name)
    import openai

    # An httpx Timeout object (unhashable) makes langchain-openai open this model its own HTTP client
    # instead of one shared per base URL, which would stay bound to the first event loop.
    return init_chat_model(name, base_url=os.environ.get("OPENAI_BASE_URL"),
                           timeout=openai.Timeout(120.0, connect=10.0))


_FENCE = re.compile(r"```(?:json)?\s*(.*?)```", re.DOTALL)


def extract_json(text: str) -> str:
    """The JSON object in a model answer, whether bare, fenced, or wrapped in prose."""
    fenced = _FENCE.search(text)
    if fenced:
        text = fenced.group(1)
    start = text.find("{")
    if start < 0:
        raise StructuredOutputError("the answer contains no JSON object")
    depth, in_string, escaped = 0, False, False
    for i in range(start, len(text)):
        ch = text[i]
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0:
                return text[start : i + 1]
    raise StructuredOutputError("the JSON object in the answer is cut off")


def parse_structured(text: str, schema: type[T], agent: str = "agent") -> T:
    try:
        data = json.loads(extract_json(text))
        return schema.model_validate(data)
    except StructuredOutputError as err:
        raise StructuredOutputError(f"{agent}: {err}; the answer began {text[:80]!r}") from None
    except json.JSONDecodeError as err:
        raise StructuredOutputError(f"{agent}: the answer is not valid JSON ({err.msg} at char {err.pos})") from None
    except ValidationError as err:
        problems = "; ".join(f"{'.'.join(map(str, e['loc'])) or '(root)'}: {e['msg']}" for e in err.errors())
        raise StructuredOutputError(f"{agent}: the answer does not fit {schema.__name__}: {problems}") from None


def build_messages(agent: str, variables: dict[str, object], schema: type[BaseModel], context: Context):
    return [
        SystemMessage(render(agent, variables, schema, context)),
        HumanMessage("Answer now with the JSON object only."),
    ]


async def ask_model(agent: str, schema: type[T], variables: dict[str, object], context: Context,
                    stream_field: str | None = None, on_text: Callable[[str], None] | None = None) -> T:
    """The agent's answer, validated. With `stream_field`, the model streams and each checked
    word of that field goes to `on_text` as it arrives (see graph/streaming.py)."""
    model = load_chat_model(model_name_for(agent, context))
    messages = build_messages(agent, variables, schema, context)
    config = {"run_name": agent, "tags": [f"agent:{agent}"]}
    if stream_field is None or on_text is None:
        answer = await model.ainvoke(messages, config=config)
        return parse_structured(answer.text, schema, agent)
    gate, text = WordGate(on_text), ""
    async for chunk in model.astream(messages, config=config):
        text += chunk.text
        gate.feed(*partial_string(text, stream_field))
    return parse_structured(text, schema, agent)
