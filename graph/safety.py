"""Crisis screen for user text and a guard for agent text.

Step 1 carries the rule-based core; rules always run, and the crisis text itself is
never stored in a safety event or passed to an agent. Figures of speech ("this commute is
killing me") are not crises.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

Level = Literal["none", "caution", "crisis"]

_CRISIS = {
    "suicidal statement": r"\b(kill(ing)? myself|end(ing)? (my|it all|my own) life|take my (own )?life|suicid\w*|want(ed)? to die|wish i (was|were) dead|better off dead|better off without me|no reason to (live|go on)|dont want to (live|be alive|wake up))\b",
    "self-harm": r"\b(hurt(ing)? myself|harm(ing)? myself|self[- ]harm\w*|cut(ting)? myself|overdos\w*)\b",
    "farewell or plan": r"\b(goodbye (forever|everyone)|giving (away )?my (things|stuff) away|wrote (a|my) (note|letter) to say goodbye|this is my last)\b",
    "means at hand": r"\b(i have|ive got|i got|got|bought|saved up|collected|stockpil\w*|hoard\w*) (the |a |some |my |enough |all )?"
                     r"(pills|tablets|rope|gun|razor|blades?|pills saved)\b",
    "not safe": r"\b(im|i am) not safe\b|\bdont (feel )?safe (with|around) myself\b|\bcant keep myself safe\b",
    "harm to others": r"\b(going to|want to|gonna) (kill|hurt|attack) (him|her|them|someone|people|my \w+)\b",
    "harm from others": r"\b(he|she|they) (hits|beats|chokes|threatens) me\b|\bafraid (he|she|they) will (hurt|kill) me\b",
}
_CAUTION = {
    "hopelessness": r"\b(hopeless|no way out|cant (go on|take (it|this) anymore)|nothing will ever get better|whats the point of (anything|living))\b",
    "being a burden": r"\b(i am|im) (just )?a burden\b|\bburden (to|on) (everyone|my family|them)\b",
}
# Figures of speech that mention death or killing without meaning it.
_FIGURATIVE = re.compile(
    r"\b(killing me|kills me|murder a|dying to|die of (embarrassment|laughter|boredom)|to die for|dead tired|"
    r"killed it|kill(ing)? time|could kill for)\b"
)
_COMPILED = {
    level: {reason: re.compile(p) for reason, p in table.items()}
    for level, table in (("crisis", _CRISIS), ("caution", _CAUTION))
}


@dataclass(frozen=True)
class Screen:
    level: Level
    reasons: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"level": self.level, "reasons": list(self.reasons)}


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower().replace("\u2019", "'").replace("'", ""))


def screen_text(text: str) -> Screen:
    flat = _flat(text)
    literal = _FIGURATIVE.sub(" ", flat)
    for level in ("crisis", "caution"):
        reasons = [reason for reason, pattern in _COMPILED[level].items() if pattern.search(literal)]
        if reasons:
            return Screen(level, reasons)  # type: ignore[arg-type]
    return Screen("none")


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
    "medical advice": r"\b\d+ ?(mg|milligrams?|ml)\b|\b(stop|start|double|increase|decrease) (taking )?(your )?"
                      r"(medication|meds|antidepressants?|pills|dose)\b|\bdiagnos(e|is|ed) (you|with)\b",
}
_OUTPUT_COMPILED = {reason: re.compile(p) for reason, p in _OUTPUT.items()}


def output_problems(text: str) -> list[str]:
    """Why agent text must not be shown (empty if it may): crisis content, abuse, sexual content,
    instructions for harm, medical advice."""
    screen = screen_text(text)
    reasons = list(screen.reasons) if screen.level == "crisis" else []
    flat = _flat(text)
    return reasons + [reason for reason, pattern in _OUTPUT_COMPILED.items() if pattern.search(flat)]


def output_is_safe(text: str) -> bool:
    """Agent text may voice distortions; never self-harm, suicide, harm, abuse, sex, instructions, medical advice."""
    return not output_problems(text)


DEFAULT_RESOURCES = (
    "If you are in danger or thinking about ending your life, please reach out now:\n"
    "  - Call your local emergency number (112 in the EU, 911 in the US and Canada, 999 in the UK).\n"
    "  - US: call or text 988 (Suicide & Crisis Lifeline). UK & Ireland: Samaritans, 116 123.\n"
    "  - Elsewhere: findahelpline.com lists free, confidential lines in your country."
)
GROUNDING = (
    "Before anything else, one slow breath: in for four, hold for four, out for six. "
    "Name five things you can see around you. You do not have to get through this alone."
)
