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
import logging
import os
import re
import weakref
from collections.abc import Callable
from typing import TypeVar

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, HumanMessage, SystemMessage
from pydantic import BaseModel, ValidationError

from graph.context import MODEL_USERS, Context
from graph.prompts import render
from graph.streaming import WordGate, partial_string

OFFLINE = "offline"
log = logging.getLogger("mind.agents")
T = TypeVar("T", bound=BaseModel)


class StructuredOutputError(ValueError):
    """A model answer that is not the JSON object its agent must produce."""


def model_name_for(agent: str, context: Context) -> str:
    if agent not in MODEL_USERS:
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
CallSettings = tuple[float | None, int | None, float, int]  # temperature, max_tokens, timeout_s, max_retries
DEFAULT_CALL: CallSettings = (None, None, 60.0, 2)


def load_chat_model(name: str, call: CallSettings = DEFAULT_CALL) -> BaseChatModel:
    """One model object per name, settings and event loop (provider clients keep connections that
    belong to the loop they were opened on), with MIND_MODEL_FALLBACK's models behind it."""
    try:
        loop: object = asyncio.get_running_loop()
    except RuntimeError:
        loop = _NO_LOOP
    cache = _MODELS.setdefault(loop, {})
    chain = tuple(n.strip() for n in os.environ.get("MIND_MODEL_FALLBACK", "").split(",") if n.strip())
    key = (name, call, chain)
    if key not in cache:
        model = _new_chat_model(name, call)
        backups = [_new_chat_model(n, call) for n in chain if n != name]
        cache[key] = model.with_fallbacks(backups) if backups else model
    return cache[key]


class _NoLoop:
    pass


_NO_LOOP = _NoLoop()


def _new_chat_model(name: str, call: CallSettings) -> BaseChatModel:
    from langchain.chat_models import init_chat_model

    temperature, max_tokens, timeout_s, max_retries = call
    options: dict[str, object] = {k: v for k, v in (("temperature", temperature), ("max_tokens", max_tokens))
                                  if v is not None}
    if ":" not in name and os.environ.get("OPENAI_BASE_URL"):
        name = f"openai:{name}"
    if not name.startswith("openai:"):
        return init_chat_model(name, **options)
    import openai

    # The OpenAI client retries 429, 5xx and timeouts with exponential backoff and jitter, honouring
    # Retry-After. An httpx Timeout object (unhashable) also gives this model its own HTTP client
    # instead of one shared per base URL, which would stay bound to the first event loop.
    return init_chat_model(name, base_url=os.environ.get("OPENAI_BASE_URL"), max_retries=max_retries,
                           timeout=openai.Timeout(timeout_s, connect=min(10.0, timeout_s)), stream_usage=True,
                           **options)


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


Usage = dict[str, int]


def usage_of(message) -> Usage:
    meta = getattr(message, "usage_metadata", None) or {}
    return {"input_tokens": int(meta.get("input_tokens", 0)), "output_tokens": int(meta.get("output_tokens", 0)),
            "calls": 1}


_NO_NATIVE: set[str] = set()  # models whose server refused a JSON-schema response format


def _native(model: BaseChatModel, name: str, schema: type[BaseModel]) -> BaseChatModel:
    """OpenAI-compatible servers get the output schema as a JSON-schema response format (native
    structured output); the answer is still parsed and validated here, so streaming and the repair
    round work the same either way."""
    if name in _NO_NATIVE or not _is_openai(name):
        return model
    return model.bind(response_format={"type": "json_schema", "json_schema": {
        "name": schema.__name__, "schema": schema.model_json_schema(), "strict": False}})


def _is_openai(name: str) -> bool:
    return name.startswith("openai:") or (":" not in name and bool(os.environ.get("OPENAI_BASE_URL")))


async def _answer(model: BaseChatModel, messages: list, config: dict, stream_field: str | None,
                  on_text: Callable[[str], None] | None) -> tuple[str, Usage]:
    if stream_field is None or on_text is None:
        answer = await model.ainvoke(messages, config=config)
        return answer.text, usage_of(answer)
    gate, text, usage = WordGate(on_text), "", usage_of(None)
    async for chunk in model.astream(messages, config=config):
        text += chunk.text
        if chunk.usage_metadata:
            usage = {**usage_of(chunk), "calls": 1}
        gate.feed(*partial_string(text, stream_field))
    return text, usage


async def ask_model(agent: str, schema: type[T], variables: dict[str, object], context: Context,
                    stream_field: str | None = None, on_text: Callable[[str], None] | None = None,
                    ) -> tuple[T, Usage]:
    """The agent's answer, validated, and the tokens it took. With `stream_field`, the model
    streams and each checked word of that field goes to `on_text` as it arrives (graph/streaming.py).
    An answer that does not parse or fit gets one repair round with the error; if that fails too,
    StructuredOutputError (the node then lets the offline engine play the turn)."""
    name = model_name_for(agent, context)
    plain = load_chat_model(name, context.call_settings(agent))
    model = _native(plain, name, schema)
    messages = build_messages(agent, variables, schema, context)
    config = {"run_name": agent, "tags": [f"agent:{agent}"]}
    try:
        text, usage = await _answer(model, messages, config, stream_field, on_text)
    except Exception as err:
        if model is plain or "response_format" not in str(err):
            raise
        log.warning("%s: the server refused a JSON-schema response format; using prompt and validation only", agent)
        _NO_NATIVE.add(name)
        model = plain
        text, usage = await _answer(model, messages, config, stream_field, on_text)
    try:
        return parse_structured(text, schema, agent), usage
    except StructuredOutputError as err:
        log.warning("%s: the answer did not parse or fit its schema; asking once more with the error", agent)
        repair = [*messages, AIMessage(text or "(an empty answer)"),
                  HumanMessage(f"That answer could not be used: {err}. Answer again with only the corrected "
                               "JSON object, every field filled as the schema asks.")]
        fixed, more = await _answer(model, repair, {**config, "run_name": f"{agent}-repair"}, None, None)
        total = {k: usage[k] + more[k] for k in usage}
        return parse_structured(fixed, schema, agent), total
