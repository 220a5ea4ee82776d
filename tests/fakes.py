"""A scripted chat model for graph tests: answers each agent with valid JSON and records every prompt."""

from __future__ import annotations

import json
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatResult

AGENT_OF_ROLE = {
    "You are the Trigger": "trigger",
    "You are the Devil": "devil",
    "You are the Guide": "guide",
    "You are the Patient": "patient",
    "You are the Strategist": "strategist",
    "You are the Screen": "screen",
}


def agent_of(messages: list[BaseMessage]) -> str:
    system = str(messages[0].content)
    return next(agent for marker, agent in AGENT_OF_ROLE.items() if marker in system)


class ScriptedChatModel(BaseChatModel):
    """Answers per agent; `decisions` scripts the Strategist; every prompt is kept in `prompts`."""

    decisions: list[str] = ["persist"]
    shift: float = 0.05
    prompts: list[tuple[str, str]] = []
    overrides: dict[str, str] = {}

    @property
    def _llm_type(self) -> str:
        return "scripted"

    def answer(self, agent: str) -> str:
        if agent in self.overrides:
            return self.overrides[agent]
        n = sum(1 for a, _ in self.prompts if a == agent)
        body: dict[str, Any] = {
            "trigger": {"scene_title": f"Scene {n}", "scene": f"You sit at the kitchen table, scene {n}.",
                        "scene_index": n, "arc_position": "opening"},
            "devil": {"distortion_type": "catastrophizing", "thought": "Everything is going to fall apart.",
                      "intensity": 0.8},
            "guide": {"techniques": ["evidence_check"], "hints": ["Ask what the facts say."],
                      # a memory that grows every round, as a careless model's would: the cap must hold it
                      "memory_summary": " ".join(f"Round {i}: the inner self feared collapse." for i in range(n + 1)),
                      "milestones": []},
            "patient": {"reply": "Maybe. I am not sure yet.", "emotion": "uncertain"},
            "screen": {"reasoning": "Nothing worrying.", "level": "none", "reasons": []},
            "strategist": {"rationale": "It moved a little.", "shift": self.shift, "next_scene_directive": "stay",
                           "next_thought_directive": "soften slightly",
                           "decision": self.decisions[min(n, len(self.decisions) - 1)]},
        }[agent]
        return "Here is my answer:\n```json\n" + json.dumps(body) + "\n```"

    def _generate(self, messages: list[BaseMessage], stop=None, run_manager=None, **kwargs: Any) -> ChatResult:
        agent = agent_of(messages)
        text = self.answer(agent)
        self.prompts.append((agent, "\n".join(str(m.content) for m in messages)))
        return ChatResult(generations=[ChatGeneration(message=AIMessage(content=text))])
