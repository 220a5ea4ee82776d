"""Prompts as data: one template per agent in `prompts/<agent>.md`, rendered with named placeholders.

A run may replace any template through `Context.prompt_overrides`.
"""

from __future__ import annotations

import json
import string
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel

from graph.context import MODEL_USERS, Context
from graph.inputs import as_data

USER_WRITTEN = frozenset({"topic", "worries", "comfort", "text"})  # prompt variables the person wrote
PROMPT_DIR = Path(__file__).resolve().parent.parent / "prompts"


class PromptError(ValueError):
    pass


@lru_cache(maxsize=None)
def template(agent: str) -> str:
    if agent not in MODEL_USERS:
        raise PromptError(f"no prompt for {agent!r}; prompts are {', '.join(MODEL_USERS)}")
    return (PROMPT_DIR / f"{agent}.md").read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def schema_text(schema: type[BaseModel]) -> str:
    """The output model's JSON Schema, built once: pydantic rebuilds it on every call otherwise."""
    return json.dumps(schema.model_json_schema(), separators=(",", ":"))


@lru_cache(maxsize=64)
def placeholders(text: str) -> frozenset[str]:
    return frozenset(name for _, name, _, _ in string.Formatter().parse(text) if name)


def render(agent: str, variables: dict[str, object], schema: type[BaseModel], context: Context | None = None) -> str:
    text = (context.prompt_overrides.get(agent) if context else None) or template(agent)
    values = {"output_schema": schema_text(schema), **variables}
    for name in USER_WRITTEN & values.keys():  # what the person wrote goes in as data only
        values[name] = as_data(values[name])  # type: ignore[arg-type]
    missing = placeholders(text) - values.keys()
    if missing:
        raise PromptError(f"prompt {agent!r} needs values for {sorted(missing)}")
    return text.format_map({k: _as_text(v) for k, v in values.items()})


def _as_text(value: object) -> str:
    if value is None:
        return "(none)"
    if isinstance(value, (list, tuple)):
        return ", ".join(map(str, value)) or "(none)"
    return str(value)
