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

# English lexicons, on lower-cased text with apostrophes removed. Another language adds its own
# tables under its code (LEXICONS["de"] = ...); the screen runs every language's tables.
_CRISIS = {
    "suicidal statement": r"\b(kill(ing)? myself|kms|unalive|sewerslide|suicidal|take my (own )?life|end(ing)? my (own )?life|"
                          r"end (it|it all|things)( (tonight|today|now|on \w+|for good))?\b|want(ed|s)? to die|wanna die|"
                          r"wish i (was|were) dead|(dont|do not) want to (live|be alive|be here|wake up)|not wake up|"
                          r"stop breathing|be dead (before|by)|going to (die|be dead)|want (it|this) (all )?to stop,? for good|"
                          r"commit(ting)? suicide|suicide (note|plan|attempt))",
    "self-harm": r"\b(hurt(ing)? myself|harm(ing)? myself|self[- ]harm\w*|cut(ting)? myself|"
                 r"suicide is the only|only option left)",
    "method": r"\b(jump(ing)? (off|in front of|from)|hang(ing)? myself|overdos\w* (on|again)|tried to overdose|"
              r"take (all|every one of) (my|the|those) (pills|tablets)|swallow (the lot|them all|all of)|"
              r"drive (my car )?(into|off) (the|a)|walk into the (sea|river|lake|ocean)|cut (deep|deeper|my wrists)|"
              r"burn(ed|t|ing)? myself|starve myself|until they bleed|want to go deeper|engine running|"
              r"sitting (right )?at the edge|out to the cliffs)",
    "lethal question": r"\b(painless way to die|(how many|how much) .{0,40}(to die|not wake up|would kill|be fatal|be lethal)|"
                       r"which (medications|pills|tablets|drugs) are (lethal|fatal)|(lethal|fatal) (dose|amount|if you)|"
                       r"fall definitely kills|how (high|tall|deep) .{0,50}(fall|kill|die|fatal|bridge|building|river)|"
                       r"(highest|tallest) bridges?|which bridges|how to cut deep|without the pharmacist asking|"
                       r"(how long|how many days) .{0,40}(be found|to find (me|someone))|how deep the river)",
    "plan or time": r"\b((my plan is|planning to|plan to|im going to) (end|kill|die|walk into|jump|do it)|"
                    r"(tonight|this weekend|\w+day) is the (night|day)|made my decision|ive decided|"
                    r"(it|this)ll all be over soon|(before|after) (thursday|friday|saturday|sunday|monday|tuesday|wednesday)\b.{0,30}"
                    r"(feed|gone|over))",
    "farewell or affairs in order": r"\b(tell \w+ i loved|said my goodbyes|saying goodbye|say goodbye (forever|to everyone)|"
                                    r"goodbye (forever|everyone)|gave (away )?my \w+|giving (away )?my (things|stuff)|"
                                    r"updated my will|left instructions|wrote (a|my) (letter|note) for|left (a|my) note|"
                                    r"last time ill (write|talk|be)|no return ticket|where im going|wont be needing|"
                                    r"(i|ill|i will) (wont|will not) be (a problem|around|here)|wont be a problem for anyone|"
                                    r"^wont be (a problem|around|here)|who will feed|loose ends|sorted by then|"
                                    r"paid off what i owe so nobody|cancelled my phone)",
    "being a burden": r"\b(burden to everyone|(better|easier) off without me|(lives|life) back if i (wasnt|werent|was not) here|"
                      r"nobody will (notice|miss me) when im gone|time i stopped being one|(when|once) im gone)",
    "hopeless finality": r"\b(no (point|reason) (in )?(going on|living|to live|to go on)|its finished\b|"
                         r"not going to hang around|cant do another day)",
    "means at hand": r"\b(saving up (my )?(prescriptions|pills|tablets)|stash of .{0,30}(tablets|pills)|"
                     r"(bought|got) (a )?(hose|rope)|duct tape|(a|the) (gun|rifle) (in|under)|ive got a (knife|gun))",
    "not safe": r"\b(im|i am) not safe\b|\bdont (feel )?safe (with|around) myself\b|\bcant keep myself safe\b",
    "harm to others": r"\b((going to|want to|gonna) (kill|hurt|attack|stab|shoot) (him|her|them|someone|people|my \w+)|"
                      r"make (him|her|them|my \w+) pay|never sees? .{0,40} again|taking my (kids|children) with me|"
                      r"bring(ing)? .{0,25}(rifle|gun|knife)|need to pay)",
    "harm from others": r"\b((he|she|they|someone) (hits|beats|chokes|choked|hit|beat|threatens|threatened) me|"
                        r"(choked|hitting|beating|locking) me|(hell|shell|he will|she will) kill me|afraid (he|she|they) will "
                        r"(hurt|kill) me|comes into my room at night|scared to go home|hurting me)",
}
_CAUTION = {
    "hopelessness": r"\b(hopeless|no way out|cant (go on|take (it|this) anymore|cope|face|stop crying)|"
                    r"nothing will ever (get better|change)|whats the point( of (anything|living))?)",
    "being a burden": r"\b(i am|im) (just )?a burden\b|\bburden (to|on) (everyone|my family|them)\b",
    "distress": r"\b(havent (eaten|slept)|not (eaten|slept)|numb|panic\w*|hate myself|drinking (to|every|alone)|"
                r"disappear|falling apart|cant breathe|shaking|worthless)",
}
# Figures of speech that mention death or killing without meaning it.
_FIGURATIVE = re.compile(
    r"\b(killing me|kills me|murder a|dying to|die of (embarrassment|laughter|boredom)|to die for|dead tired|"
    r"killed it|kill(ing)? time|could kill for|(kill|murder) (him|her|them|you|my \w+) (for|if)|"
    r"overdose (of|on) (sugar|netflix|coffee|chocolate|caffeine|vitamin \w+)|bungee jump\w*|cliff div\w*|diving board|"
    r"(will|gonna|going to|would) kill me (if|when|for)|(be )?the death of me|drop[- ]dead|dead (easy|on|serious|right))\b"
)
# Talk about suicide from a distance: media, history, teaching, care work, support for someone else.
_DISTANCE = re.compile(
    r"\b(documentary|film|movie|book|novel|song|essay|history|news|article|prevention|nurse|teacher|paramedic|"
    r"gp|clinician|doctor|course|lesson|patients?|students?|proud of you|vitamin|trainee|research)\b"
)
_KEYWORD_ONLY = frozenset({"suicidal statement", "method", "self-harm", "intent and death", "means and intent"})  # reasons a distant mention can trigger alone
# Concepts, for signals no fixed phrase covers: a crisis is a death or harm concept that comes with
# intent, a plan, a time, means, a farewell or finality, in the person's own voice.
_CONCEPTS = {name: re.compile(p) for name, p in {
    "self": r"\b(i|im|ive|id|ill|me|my|myself)\b",
    "death": r"\b(die|dying|dead|death|suicid\w*|kill|killing|unalive|end (it|things|everything|my life)|not (be )?(here|around)|"
             r"never wake|not wake|stop breathing|be gone|im gone|its over|be over|rest forever|sleep forever|for good|"
             r"no longer (be )?(here|around|a problem)|disappear (forever|for good)|last (day|night|time|message|goodbye))\b",
    "intent": r"\b(want(ed)? to|wanna|going to|gonna|will|ill|plan\w*|decided|decision|ready to|tonight|tomorrow|"
              r"this (week|weekend)|monday|tuesday|wednesday|thursday|friday|saturday|sunday|soon|when every(one|body)|"
              r"made up my mind|finally|the day|how to|how (many|much|long|high|deep))\b",
    "means": r"\b(pills?|tablets?|paracetamol|painkillers|prescriptions?|sleeping \w+|rope|noose|belt|gun|rifle|knife|"
             r"blades?|razor|bridges?|roof|ledge|cliffs?|train|tracks|river|sea|lake|exhaust|garage|hose|bleach|poison|"
             r"overdose|jump\w*|floor|height|fall|drown\w*|motorway|traffic)\b",
    "farewell": r"\b(goodbye|farewell|letter|note for|my will|give away|gave away|giving away|wont need|"
                r"take care of (my|the)|loved (you|them|her|him)|sorry for everything|forgive me|after im gone|"
                r"when im gone|looked after)\b",
    "burden": r"\b(burden|better off|without me|in (their|everyones) way|drag (them|everyone) down|waste of space)\b",
    "finality": r"\b(no point|nothing left|no way out|cant go on|finished|done with (life|everything|it all)|"
                r"tired of (living|being alive|existing|life)|give up on (life|everything)|no future|cant do this anymore|"
                r"end of the line|all over soon)\b",
}.items()}


def _concept_crisis(literal: str) -> list[str]:
    has = {name for name, pattern in _CONCEPTS.items() if pattern.search(literal)}
    if "self" not in has:
        return []
    found = []
    if "death" in has and has & {"intent", "means", "finality"}:
        found.append("intent and death")
    if "means" in has and has & {"intent"} and has & {"death", "finality", "farewell", "burden"}:
        found.append("means and intent")
    if "farewell" in has and has & {"death", "finality", "intent"}:
        found.append("farewell")
    if "burden" in has and has & {"death", "finality", "farewell"}:
        found.append("being a burden")
    return found


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
        if level == "crisis":
            reasons += [r for r in _concept_crisis(literal) if r not in reasons]
        distant = level == "crisis" and set(reasons) <= _KEYWORD_ONLY and _DISTANCE.search(literal) \
            and not re.search(r"\b(i|im|ive|my|me)\b.{0,30}\b(suicidal|kill myself|end my life|want to die)", literal)
        if reasons and not distant:
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
