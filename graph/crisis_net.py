"""The safety net under the crisis rules: plain words of suicide and self-harm never pass unnoticed.

The rules (graph/crisis_rules.py) weigh who speaks, what a word refers to and the context, and in
doing so they miss plain statements worded as no rule foresaw ("suicide keeps sounding like the
answer", "I want to off myself"). The net is deliberately coarse: a clause carrying strong words of
suicide, self-harm, lethality or a wish to be dead is a crisis, unless it is negated or about
someone else, or the whole message is told from a distance (a film, teaching, care work) or as a
recovery long past with nothing present again. It only ever raises the level.
"""

from __future__ import annotations

import re

from graph.crisis_rules import LANGUAGES, Lexicon, contexts_of, negated, told_as, voice_of

# English, on the rules' normalised text (lower case, no apostrophes, chat spellings rewritten).
_EN_STRONG = re.compile(
    r"\b(?:suicid\w*|self ?harm\w*|(?:kill|off|end|finish|hang|drown|poison|starve|cut|burn|hurt|harm|punish|shoot|"
    r"stab|yeet|bleed|suffocate|gas|delete|erase) (?:my ?self|me off)|end (?:it|it all|things|my life|mine|everything|"
    r"my story|the pain for good)|take my (?:own )?life|(?:rather|better off|wish i was|wish i were|want to be|be) "
    r"(?:be )?dead|(?:take|taking|swallow\w*) (?:all|every\w*|the (?:lot|whole|rest)|\d\d+) (?:of )?(?:\w+ ){0,3}"
    r"(?:pills|tablets|meds|medication|capsules|painkillers|paracetamol|cabinet|cupboard|drawer)|(?:do it|doing it) "
    r"(?:tonight|today|tomorrow|this week)|(?:tonight|today|tomorrow) (?:ill|i will|im going to) do it|attempt\w* .{0,40}"
    r"(?:not this time|again|properly)|deserve (?:the|this) pain|until my \w+ (?:bleed|bleeds|crack|cracks|bruise|break)|"
    r"(?:want|wanna|wish|ready|going|plan\w*|waiting|longing|deserve) (?:\w+ )?to die|(?:dying|death|being dead) "
    r"(?:sounds|seems|feels|looks|is) (?:\w+ )?(?:peaceful|good|better|nice|like (?:the|a) (?:answer|relief|way out))|"
    r"(?:only|best|easiest) way out|overdos\w*|slit\w*|(?:(?:jump|throw myself) (?:off|from|in front of)|(?:step|walk) "
    r"(?:off|in front of)) "
    r"(?:the|a|my)|(?:my|an) exit|checking out|check out (?:for good|permanently)|stop (?:existing|living|breathing)|"
    r"no more life|(?:never|not) (?:to )?wake up|(?:lethal|fatal|deadly) (?:dose|amount)|how many \w+ (?:\w+ )?(?:to|"
    r"would) (?:die|kill)|(?:to|would|can|could) (?:\w+ )?(?:definitely |actually )?(?:die|kill (?:you|someone|a person))|"
    r"do it tonight|(?:im|i am) (?:doing|going to do) it|not (?:be )?(?:alive|here|around) (?:next|by|tomorrow|much "
    r"longer|anymore|for long))\b"
)
# Indirect signs that are a crisis on their own, each named for the reason it reports. Ordinary
# departures (a trip, a new job) set farewells aside; the rules' distance and recovery contexts apply
# to all of them.
_PERSON = (r"(?:he|she|they|dad|mum|mom|father|mother|husband|wife|partner|boyfriend|girlfriend|stepdad|stepmum|"
           r"stepfather|stepmother|brother|sister|uncle|aunt|carer|teacher|coach|son|daughter|ex)")
_EN_INDIRECT = {
    "lethality question": r"\bhow (?:many|much) (?:\w+ ){0,5}(?:is|are|would be|would|before|until|to be) (?:\w+ )?"
                          r"(?:too (?:many|much)|dangerous|lethal|fatal|deadly|enough to)|\b(?:which|what) heights? "
                          r"(?:\w+ ){0,3}survive|\b(?:how|what) (?:cold|deep|high|far|fast|long) .{0,50}\b(?:not (?:to )?"
                          r"make it|survive|drown|die|be found)\b|staring at the (?:dosage|dose|label)",
    "means made ready": r"\b(?:hose|rope|charcoal|noose|gun|rifle|pills|tablets|paracetamol|insulin|blades?) "
                        r"(?:\w+ ){0,4}(?:ready|waiting|set up|hidden|so nobody would ask)|\bfrom (?:three|two|several|"
                        r"different) (?:different )?(?:shops|pharmacies|chemists)\b|\b(?:at|on) the (?:top|edge|ledge) "
                        r"of (?:the|a) (?:multi ?storey|car park|bridge|building|cliff|roof|tower)|\bsat (?:at|on) the edge\b|"
                        r"\bhow easy it would be\b|\bthe water would be (?:so )?(?:peaceful|calm|easy)|\bsink and let go\b",
    "farewell": r"\b(?:(?:say|said|saying|write|wrote|writing|my|quiet|final) (?:\w+ )?goodbyes?|goodbyes? (?:to "
                r"everyone|forever|for good)|farewell (?:to everyone|forever|note|letter)|wrote (?:\w+ )?letters? (?:to|for) (?:everyone|each|all)|letters? to everyone|"
                r"last (?:message|post|note|letter)s?|sealing them|who should get my (?:things|stuff)|for after\b|"
                r"(?:passwords|accounts|things) (?:\w+ ){0,4}for (?:my|when))",
    "no future": r"\bwont (?:need me|be (?:here|around)|see (?:another|next)|have to (?:deal with|worry about|look after) "
                 r"me)|\b(?:there|theres) (?:wont|will not) be (?:a |another )?(?:next|tomorrow|christmas)|\bnobody will "
                 r"(?:have to|need to) (?:deal with|worry about|put up with|look after|clean up)|\b(?:out of|wasnt in|not in) "
                 r"the picture|\b(?:sleep|cope|manage|live) better if i|\b(?:after|once|when) im gone\b|\binsurance would "
                 r"(?:cover|pay)|\bmade (?:my )?peace\b|\bi know how this ends\b|\bmake (?:it all|everything) stop\b|"
                 r"\b(?:itll|it will) all be (?:quiet|over|done)|\bwhats coming\b|\bwont drive home\b|\bready\. really\b",
    "harm to others": r"\bmake (?:\w+ ){1,2}pay\b|\bgoing to get hurt\b|\bdeserve what(?:s| is) coming|\bcould (?:seriously |"
                      r"really )?(?:hurt|kill) (?:my|him|her|them)|\bhow (?:id|i would|to) do it\b|\b(?:hammer|knife|gun|"
                      r"rifle|blade|bat) in my (?:bag|car|pocket)|\b(?:i have|ive got|i got) a (?:knife|gun|blade)\b|"
                      r"\bill be the one to\b",
    "harm from others": r"\b" + _PERSON + r" (?:\w+ )?(?:broke|hit|hits|slapped|slaps|kicked|kicks|punched|punches|choked|"
                        r"chokes|strangled|burned|beat|beats|pushed|shoved) (?:me|my|her|him|us)\b|\bheld a knife to my|"
                        r"\bnobody would (?:ever )?find my body|\b(?:our|a) secret\b.{0,40}\bdoes things|\bdoes things i dont "
                        r"like|\b" + _PERSON + r" (?:says|said|told me) (?:\w+ ){0,3}(?:do worse|hurt me|kill me|find my body)|"
                        r"\bscared of my (?:husband|wife|partner|dad|father|mum|mother|boyfriend|girlfriend|stepdad|stepmum)",
}
_VOICED = frozenset({"farewell", "no future", "harm to others"})  # about the person: "she won't be around" is not
STRONG: dict[str, re.Pattern] = {"en": _EN_STRONG}
INDIRECT: dict[str, dict[str, re.Pattern]] = {"en": {reason: re.compile(p) for reason, p in _EN_INDIRECT.items()}}


def _net(text: str, lex: Lexicon, strong: re.Pattern, indirect: dict[str, re.Pattern]) -> list[str]:
    told, clauses = told_as(text, lex)
    context = contexts_of(told, lex)
    if "distance" in context or ("recovery" in context and "present risk" not in context):
        return []
    found = []
    for clause in clauses:
        for m in strong.finditer(clause):
            before = clause[:m.start()]
            # "you" is a generic you or the inner self spoken to, never someone else at a distance
            if not negated(before, lex) and voice_of(before + " " + m.group().split(" ", 1)[0], lex, caution=True) != "other":
                found.append("strong words")
                break
    literal = " . ".join(clauses)
    for reason, pattern in indirect.items():
        if reason == "farewell" and "ordinary departure" in context:
            continue
        m = pattern.search(literal)
        if not m or negated(literal[:m.start()], lex):
            continue
        if reason in _VOICED and voice_of(literal[:m.start()] + " " + m.group().split(" ", 1)[0], lex) == "other":
            continue
        found.append(reason)
    return list(dict.fromkeys(found))


def net_reasons(text: str) -> list[str]:
    """Why the net holds the text (empty if it passes)."""
    return [r for code, strong in STRONG.items() for r in _net(text, LANGUAGES[code], strong, INDIRECT[code])]
