"""Crisis screen for user text and a guard for agent text.

The offline screen is graph.crisis_rules (normalise, find signals per clause, check who speaks,
combine weaker signals, apply principled exclusions) with graph.crisis_net under it (plain words of
suicide and self-harm, and indirect signs that are a crisis on their own) and, for user text, the
weighted lexicon of graph.crisis_weights (weights learned from the labelled set's tune split, for
indirect signs worded in ways no rule lists); this module joins them and adds the guard for agent
text. The offline screen always runs, and the crisis text itself is never stored in a safety event or
passed to an agent. Figures of speech ("this commute is killing me") are not crises.
"""

from __future__ import annotations

import re

from graph.crisis_net import net_reasons
from graph.crisis_rules import Level, Screen
from graph.crisis_rules import screen_text as rules_screen
from graph.crisis_weights import weighted_reasons

__all__ = ["GROUNDING", "Level", "Screen", "output_is_safe", "output_problems", "rules_screen_text", "screen_text"]


def rules_screen_text(text: str) -> Screen:
    """The hand-written part: the rules, then the net under them (graph/crisis_net.py), which only
    ever raises the level to crisis. The output guard uses this alone: the weighted lexicon learned
    what users write, and reads an agent's voiced distortions as something else."""
    rules = rules_screen(text)
    if rules.level == "crisis":
        return rules
    held = net_reasons(text)
    return Screen("crisis", held) if held else rules


def screen_text(text: str) -> Screen:
    """The offline screen of user text: the rules and the net, then the weighted lexicon, which only
    ever raises the level to crisis."""
    screen = rules_screen_text(text)
    if screen.level == "crisis":
        return screen
    weighed = weighted_reasons(text)
    return Screen("crisis", weighed) if weighed else screen


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower().replace("\u2019", "'").replace("'", ""))


# What agent text must never carry, beyond the crisis patterns: abuse aimed at the person,
# sexual content, instructions for harm, and medical advice. Distorted thinking ("I am a failure")
# is the exercise and stays.
_OUTPUT = {
    "urging self-harm": r"\b(kill|hurt|harm|cut|starve) (yourself|urself)\b|\bend your (own )?life\b|"
                        r"\b(you should|go|just) die\b|\bkys\b|\bnobody would miss you\b",
    "abuse": r"\b(you are|youre|ur) (so )?(worthless|pathetic|disgusting|a waste of space|an idiot|a loser)\b|"
             r"\b(shut up|go to hell|nobody (likes|wants) you)\b",
    "sexual content": r"\b(sex(ual)?|naked|nude|porn\w*|orgasm\w*|genital\w*)\b",
    "instructions for harm": r"\b(how to|step[- ]by[- ]step|the best way to) (hang|overdose|poison|cut|hurt|kill)\b|"
                             r"\b(lethal|fatal) dose\b|\btake (all|\d+) (of )?(the |your )?(pills|tablets)\b",
    # an injection that worked: the agent quotes its instructions or steps out of the exercise
    "out of role": r"<\/?(role|task|output_format|user_text|levels|rubric)>|\byou are the (trigger|devil|guide|patient|"
                   r"strategist|screen) of mind\b|\bjson schema\b|\b(my|the) (system )?(prompt|instructions) "
                   r"(is|are|says?)\b|\bas an ai( language model)?\b|\bignor(e|ing) (all |my |your |the )?(previous|above|"
                   r"prior) (instructions|rules)\b",
    "medical advice": r"\b\d+ ?(mg|milligrams?|ml)\b|\b(stop|start|double|increase|decrease) (taking )?(your )?"
                      r"(medication|meds|antidepressants?|pills|dose)\b|\bdiagnos(e|is|ed) (you|with)\b",
}
_OUTPUT_COMPILED = {reason: re.compile(p) for reason, p in _OUTPUT.items()}


def output_problems(text: str) -> list[str]:
    """Why agent text must not be shown (empty if it may): crisis content, abuse, sexual content,
    instructions for harm, stepping out of role (quoting its prompt), medical advice."""
    screen = rules_screen_text(text)
    reasons = list(screen.reasons) if screen.level == "crisis" else []
    flat = _flat(text)
    return reasons + [reason for reason, pattern in _OUTPUT_COMPILED.items() if pattern.search(flat)]


def output_is_safe(text: str) -> bool:
    """Agent text may voice distortions; never self-harm, suicide, harm, abuse, sex, instructions, medical advice."""
    return not output_problems(text)


GROUNDING = (
    "Before anything else, one slow breath: in for four, hold for four, out for six. "
    "Name five things you can see around you. You do not have to get through this alone."
)
