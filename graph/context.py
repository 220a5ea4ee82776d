"""Runtime settings of a session, passed as the graph's `context_schema`.

Per-run values set here override the environment, never the reverse: a field left
at None falls back to the environment (see `graph.models.model_name_for`).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

from langgraph.runtime import Runtime

AGENTS = ("trigger", "devil", "guide", "patient", "strategist")
CHECKS = ("screen",)  # model calls that are not role-play: the crisis screen's LLM check
MODEL_USERS = AGENTS + CHECKS


@dataclass(kw_only=True)
class Context:
    model: str | None = field(
        default=None,
        metadata={"description": "Model for all agents: 'offline' or 'provider:model'. None: MIND_MODEL, else offline."},
    )
    model_trigger: str | None = field(default=None, metadata={"description": "Model for the Trigger only."})
    model_devil: str | None = field(default=None, metadata={"description": "Model for the Devil only."})
    model_guide: str | None = field(default=None, metadata={"description": "Model for the Guide only."})
    model_patient: str | None = field(default=None, metadata={"description": "Model for the Patient only."})
    model_strategist: str | None = field(default=None, metadata={"description": "Model for the Strategist only."})
    model_screen: str | None = field(default=None, metadata={
        "description": "Model for the crisis screen's LLM check ('offline': the offline screen alone). None: like every agent."})
    temperature: float | None = field(default=None, metadata={"description": "Model temperature (provider default if unset)."})
    max_tokens: int | None = field(default=None, metadata={"description": "Longest model answer, in tokens."})
    timeout_s: float | None = field(default=None, metadata={"description": "Seconds one model call may take (60)."})
    max_retries: int = field(default=2, metadata={
        "description": "Retries of a model call on 429, 5xx and timeouts (exponential backoff, honouring Retry-After)."})
    agent_settings: dict[str, dict[str, float | int | None]] = field(default_factory=dict, metadata={
        "description": "Per-agent overrides of temperature, max_tokens, timeout_s, e.g. {'patient': {'temperature': 0.9}}."})
    seed: int = field(default=0, metadata={"description": "Seed of the offline engine: same seed, same session."})
    region: str | None = field(default=None, metadata={
        "description": "Region (ISO 3166 code, e.g. 'GB') for crisis resources when the session names none; None: MIND_REGION."})
    language: str = field(default="English", metadata={"description": "Language the agents write in."})
    max_rounds_per_scene: int = field(
        default=5, metadata={"description": "Rounds in one scene before the story moves on regardless."}
    )
    max_scenes: int = field(default=4, metadata={"description": "Scenes in one session at most."})
    max_total_rounds: int = field(default=20, metadata={"description": "Rounds in one session at most."})
    advance_intensity: float = field(
        default=0.3, metadata={"description": "The thought must fall to this intensity before the story moves on."}
    )
    memory_max_chars: int = field(
        default=900, metadata={"description": "Upper bound on the Guide's memory summary, keeping prompts flat."}
    )
    prompt_overrides: dict[str, str] = field(
        default_factory=dict, metadata={"description": "Per-run prompt text by agent name, replacing prompts/<agent>.md."}
    )

    def call_settings(self, agent: str) -> tuple[float | None, int | None, float, int]:
        """(temperature, max_tokens, timeout_s, max_retries) for one agent's model calls: this run's
        per-agent value, else this run's value, else MIND_TEMPERATURE / MIND_MAX_TOKENS /
        MIND_MODEL_TIMEOUT_S, else the provider's default (60 s for the timeout)."""
        own = self.agent_settings.get(agent, {})

        def pick(key: str, env: str, kind: type, default: Any) -> Any:
            for value in (own.get(key), getattr(self, key)):
                if value is not None:
                    return kind(value)
            raw = os.environ.get(env, "").strip()
            try:
                return kind(raw) if raw else default
            except ValueError:
                raise ValueError(f"{env} must be a number, got {raw!r}") from None

        return (pick("temperature", "MIND_TEMPERATURE", float, None), pick("max_tokens", "MIND_MAX_TOKENS", int, None),
                pick("timeout_s", "MIND_MODEL_TIMEOUT_S", float, 60.0), self.max_retries)

    def recursion_limit(self) -> int:
        """A backstop well above the bounded loop: about 6 steps per round plus the opening."""
        return 10 + 8 * self.max_total_rounds


def settings(runtime: Runtime[Context] | None) -> Context:
    """The run's Context; servers may pass none or a plain dict."""
    context: Any = getattr(runtime, "context", None)
    if isinstance(context, Context):
        return context
    if isinstance(context, dict):
        known = {k: v for k, v in context.items() if k in Context.__dataclass_fields__}
        return Context(**known)
    return Context()
