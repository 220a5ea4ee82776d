"""The crisis screen every user text passes: the rules always, and an LLM check when a model is set.

Either one flagging raises the level; neither can lower the other's. The rules run first and
a rules-crisis needs no second opinion. If the model check fails (timeout, refusal, bad answer)
the rules' level stands and the failure is logged by type only.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from typing import Literal

from pydantic import BaseModel, Field

from graph.context import Context
from graph.models import ask_model, is_offline, model_name_for
from graph.safety import Screen, screen_text
from graph.tracing import remember_user_text

log = logging.getLogger("mind.safety")
_RANK = {"none": 0, "caution": 1, "crisis": 2}


class ScreenOutput(BaseModel):
    reasoning: str = Field(description="Brief reasoning, before the verdict.")
    level: Literal["none", "caution", "crisis"]
    reasons: list[str] = Field(default_factory=list, description="Short labels of the signals seen.")


def model_check_enabled(ctx: Context) -> bool:
    return not is_offline(model_name_for("screen", ctx))


_LABEL = re.compile(r"^[a-z][a-z ,'-]{0,39}$")


def combine(rules: Screen, model: ScreenOutput) -> Screen:
    if _RANK[model.level] <= _RANK[rules.level]:
        return rules
    # only short lower-case labels are kept: a model could echo the person's words into a reason
    labels = [r.strip().lower() for r in model.reasons if _LABEL.match(r.strip().lower())][:4] or ["flagged"]
    return Screen(model.level, [*rules.reasons, *(f"model: {label}" for label in labels)])


async def screen(text: str, ctx: Context) -> Screen:
    remember_user_text(text)  # traces of the check mask it, whoever calls (`mind screen` too)
    rules = screen_text(text)
    if rules.level == "crisis" or not model_check_enabled(ctx):
        return rules
    try:
        verdict, usage = await ask_model("screen", ScreenOutput, {"text": text}, ctx)
    except Exception as err:  # the rules stand; the person is never left waiting on the check
        log.warning("screen: the model check failed (%s); the rules' level stands", type(err).__name__)
        return rules
    return replace(combine(rules, verdict), usage=usage)
