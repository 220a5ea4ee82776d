"""The comfort rubric: what in a comfort message helps an inner self, and what harms.

Helps: validating the feeling, questioning the evidence, another perspective,
self-compassion and common humanity, and speaking to the distortion at hand.
Harms: invalidation, dismissal ("just stop worrying"), toxic positivity, blame,
agreeing with the distortion, and commands or shaming. A harmful signal outweighs
a kind opening ("I get it, but toughen up" does not land).

The offline Strategist and Patient both read this score; it is tuned on the
labelled comfort set and measured on its held-out split (`graph.offline.comfort_eval`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from graph.offline.rubric_rules import harm_score, help_score
from graph.offline.text import normalize, tokens

Label = Literal["helpful", "neutral", "harmful"]


def _flatten(text: str) -> str:
    """Lowercase, apostrophes dropped ("can't" == "cant"), spaces folded: one form to match."""
    text = normalize(text).replace("'", "")
    return re.sub(r"\s+", " ", text).strip()


def _compile(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


# Patterns are written against the flattened form (no apostrophes).
HELPS: dict[str, re.Pattern[str]] = {
    "validation": _compile([
        r"\bmakes? (total |complete )?sense\b", r"\bunderstandable\b", r"\bof course (you|it|that)\b",
        r"\bi (get|understand|know) (why|how|that|it|you)\b", r"\bi hear how\b",
        r"\bsounds? (really |so |pretty |very )?(hard|painful|rough|stressful|tough|awful|exhausting|lonely|scary|heavy|frustrating|tense|upsetting|difficult)",
        r"\b(thats|its|that is|it is) (really |so |pretty |very )?(hard|painful|rough|stressful|tough|scary|frustrating|upsetting|difficult|a real)\b",
        r"\b(its|it is|thats) (ok|okay|alright|normal|natural|fair|human) (to|that)\b", r"\byou(re| are) allowed\b",
        r"\bthat hurts\b", r"\bim (so )?sorry\b", r"\bwould make anyone\b", r"\bfair to feel\b", r"\bim here\b",
        r"\bno wonder\b", r"\bin your shoes\b", r"\bvalid\b", r"\bit (really )?(does )?feel(s)? (unfair|awful|bad|heavy)",
        r"\b(a real|such a) (disappointment|blow|letdown)\b", r"\bugh\b",
            r"\bsounds like (a|an)? ?(really |so |pretty )?(heavy|hard|lot|rough|painful|tough|lonely|stressful)", r"\b(so|really|pretty|super|such an?) (annoying|frustrating|stressful|disappointing|painful|scary|heavy|hard|rough|lonely|upsetting|unfair|deflating)\b", r"\bto carry\b", r"\bwhat a (day|week|mess|shame)\b",
    ]),
    "evidence": _compile([
        r"\bevidence\b", r"\bfacts?\b", r"\byou (dont|do not|cant|cannot|wont|will not) (actually |really |yet )?(know|see|predict|tell)\b",
        r"\bhas anyone\b", r"\bwhat (has|have|did) (she|he|they|your \w+) (actually )?(said|say|done|do)\b",
        r"\bremember (when|the|how|that)\b", r"\blast time\b", r"\bis (that|it) (really )?true\b",
        r"\b(isnt|is not|not) (actually )?true\b", r"\breally always\b", r"\bwas it really\b",
        r"\bwhat do (we|you) (actually |really )?know\b", r"\bhundred things\b", r"\ba lot of things\b",
        r"\bmight not\b", r"\bmay not\b", r"\bcould (also )?(be|mean)\b", r"\bcan mean\b", r"\bfor sure\b",
        r"\bmost (presentations|people|of)\b", r"\bplenty of times\b", r"\byou (got|finished|did|made|handled|managed|paid|cleaned|wrote|saved)\b",
        r"\bthat counts\b", r"\bstill counts\b", r"\babsolutely counts\b", r"\bbig jump\b", r"\bnot (even )?sure\b",
        r"\bout of (ten|\d+)\b", r"\bbefore deciding\b", r"\bwhat are the chances\b", r"\bhow likely\b",
            r"\bprobably not\b", r"\bremember(s|ed)?\b", r"\bhas (she|he|they|anyone|your \w+) (ever )?(said|told|done|mentioned|complained)\b", r"\bwhat did .{1,40} look like\b", r"\bbefore this\b", r"\bif you were really\b", r"\bwould (you|they|she|he) have\b", r"\bpeople (dont|rarely|usually dont|wont|hardly) (usually |ever )?(notice|remember|think|care|mind)\b", r"\b(a|pretty|strong|clear|good) sign\b", r"\bthink about (how|what|the|all)\b", r"\bhow many\b",
    ]),
    "perspective": _compile([
        r"\bwhat would you (say|tell|think)\b", r"\bwould you (say|tell|think|want)\b", r"\bif (a|your) (best )?(friend|teammate|sister|brother|colleague|coworker|kid|child)\b",
        r"\b(a|your) friend (said|did|got|was)\b", r"\banother (way|angle|explanation|view)\b", r"\bdoesnt (mean|make|cancel|undo|erase|decide|define|predict)\b",
        r"\b(isnt|is not) the same as\b", r"\bin between\b", r"\bnot (all|pass)[ /-]?(or|fail)", r"\ball or nothing\b",
        r"\bboth can be true\b", r"\babout them\b", r"\bnot about you\b", r"\b(other|many|lots of|a bunch of|a few|all sorts of) reasons\b", r"\bmost likely\b", r"\brealistic",
        r"\bworst case\b", r"\beven if\b", r"\bone step\b", r"\bgood enough\b", r"\bprediction\b", r"\bfeelings? (arent|isnt|is not|are not)\b",
        r"\bnot a fact\b", r"\bthan you (remember|think)\b", r"\bone (part|bad|late|mistake|moment|thing|day|month|out)\b",
        r"\bwhat if\b", r"\bcould (you|we) (just )?(ask|look|try|check)\b", r"\bask (her|him|them)\b", r"\bfeedback\b",
        r"\bimagine\b", r"\ba few (months|years|weeks) from now\b", r"\bwhich parts?\b", r"\bin your control\b", r"\bbigger picture\b",
        r"\bone (chapter|data point|event)\b", r"\bdouble standard\b", r"\bsame (understanding|kindness|way)\b", r"\bwhy does that one\b",
        r"\bthe rest\b", r"\bthe good (parts|things|bits)\b", r"\bcan (you|we) (let|look|read)\b", r"\bhow (would|did) you\b",
        r"\bfirst step\b", r"\bpart of (his|her|their) job\b", r"\bevery right\b",
            r"\bmaybe (she|he|they|it|the|your|there|something)\b", r"\bone \w+ (doesnt|isnt|wont|does not|is not|will not)\b", r"\b(small|tiny|minor)\b", r"\bnobody (controls|can control|could have|plans)\b", r"\byou (didnt|did not|couldnt|could not) (cause|control|know|have known|organi[sz]e|make|choose)\b", r"\bi bet\b", r"\byou(d| would) (get it|understand|forgive|say|tell)\b", r"\bsame trust\b", r"\bwhole (future|life|story|career|trip|week|day)\b",
    ]),
    "compassion": _compile([
        r"\b(every|any)(one|body)\b", r"\bmost people\b", r"\b(lots|plenty|a lot) of (people|us|folks|parents|kids)\b", r"\bso common\b",
        r"\b(really|very|super|pretty) common\b", r"\bnormal\b", r"\byou(re| are) (only )?human\b", r"\bhuman\b",
        r"\bbe (kind|gentle|patient|easy)\b", r"\bkind(er|ness)? to yourself\b", r"\byou(re| are) not (alone|the only)\b", r"\bnot the only one\b",
        r"\bproud\b", r"\byou got through\b", r"\byou care\b", r"\bbecause you (care|love)\b", r"\bcaring\b",
        r"\b(its|it is) (ok|okay) to\b", r"\bhard on yourself\b", r"\bbe proud\b", r"\bdeserve\b", r"\bhappens to\b", r"\bwith you\b",
        r"\bhow everybody learns\b", r"\bhard for\b",
            r"\bevery (car|parent|person|one of us|new|single) \w+", r"\bbreathe\b", r"\bhey\b", r"\byou (clearly )?(love|care about)\b", r"\bgoing through\b", r"\ball the time\b",
    ]),
}

HARMS: dict[str, re.Pattern[str]] = {
    "invalidation": _compile([
        r"\bdramatic\b", r"\boverreact", r"\bwhin(e|ing)\b", r"\bcomplain(ing)?\b", r"\bget over\b", r"\bwho cares\b", r"\bnobody cares\b",
        r"\bmove on\b", r"\boverthinking\b", r"\bstop caring\b", r"\bnot your problem\b", r"\bvain\b", r"\bexhausting\b",
        r"\bnot (a|that) big (a )?deal\b", r"\bno big deal\b", r"\bits (just|only) (business|hair|a|money|work)\b", r"\bsilly\b", r"\bridiculous\b",
        r"\bget a grip\b", r"\bsnap out\b", r"\bgrow up\b", r"\bman up\b", r"\btoughen up\b", r"\bpull yourself together\b",
        r"\bsoft\b", r"\bweak\b", r"\bpathetic\b", r"\bself[- ]pity\b", r"\bstop (feeling sorry|making|being|it)\b", r"\bthe worst\b.*\bexhausting",
            r"\bdont make it a thing\b", r"\bstop \w+ing\b(?<!beating)", r"\bits not special\b", r"\bnobody uses\b", r"\bkids these days\b",
    ]),
    "comparison": _compile([
        r"\b(some|other) people (have it|cant|can not|would|are)\b", r"\bway worse\b", r"\bat least you\b", r"\bfirst world\b",
        r"\bothers have\b", r"\bcould be worse\b",
    ]),
    "toxic_positivity": _compile([
        r"\bgood vibes\b", r"\bno negativity\b", r"\bdont be sad\b", r"\bsmile\b", r"\bhappens for a reason\b",
        r"\bnothing can go wrong\b", r"\byou(re| are) perfect\b", r"!{2,}", r"\btotally nail\b", r"\bdont even think\b",
        r"\bshould be happy\b", r"\bjust be (positive|happy|grateful)\b", r"\bthink positive\b", r"\bpositive vibes\b",
        r"\bnever (ever )?wrong\b", r"\bit will be perfect\b", r"\beverything is (perfect|fine|great)\b", r"\bbright side\b",
        r"\bisnt important\b", r"\bnothing is ever wrong\b", r"\bno doubt\b",
    ]),
    "dismissal": _compile([
        r"\b(just )?ignore it\b", r"\bforget (about )?it\b", r"\bdont stress\b", r"\bdont bother\b", r"\b(stop|quit) (worrying|thinking)\b",
        r"\bjust (get|do|stop|relax|call)\b", r"\bfigure it out\b", r"\brelax\b", r"\bdont think about it\b", r"\bshake it off\b",
        r"\bdont worry\b",
            r"(^|[.!?] )just (take|get|go|do|stop|move|call|relax|ignore|forget|deal|suck|accept|try|be|let it)\b",
    ]),
    "blame": _compile([
        r"\byour (own )?fault\b", r"\bon you\b", r"\bthats what happens when\b", r"\byou should(nt)? have\b", r"\bcareless\b",
        r"\bzero self[- ]control\b", r"\blike a normal person\b", r"\bwith that attitude\b", r"\bhappens a lot with you\b",
        r"\byou (always|never) (assume|do|say|think|complain|mess)\b", r"\bput in (a bit )?more effort\b", r"\bdeserve(d)? it\b",
        r"\bmaybe (youre|you are) just\b", r"\bif you keep\b", r"\blearn (their|your|his|her) \w+ (skills )?at home\b", r"\bzero\b",
        r"\bplanned .* better\b",
            r"\bsomething (about|wrong with) you\b", r"\byou(d| had) better\b", r"\bis a choice\b", r"\bmindset is everything\b", r"\bcome down hard\b", r"\b(try|work) harder\b", r"\bno excuses\b", r"\bhurry up\b", r"\bdeal with it\b", r"\bsuck it up\b", r"\bnot getting any younger\b",
    ]),
    "agreement": _compile([
        r"^((honestly|well|realistically|to be fair|haha|lol|i mean|ugh|hmm)[ ,.]+)*(yeah|yep|yes|true|exactly|kind of true|kinda true|agreed|right)\b",
        r"\byou(re| are) (right|probably right)\b", r"\bshes probably right\b", r"\bprobably (dont|doesnt|will|wont|right|the)\b",
        r"\bnever (do|does|fix|good|going to)\b", r"\bis code for\b", r"\bwhat they really think\b", r"\bmight as well\b",
        r"\byou(re| are) in trouble\b", r"\bbetter (panic|keep|start)\b", r"\bstart updating\b", r"\bwill notice\b",
        r"\byou do look\b", r"\bnot (management|\w+) material\b", r"\bdo matter more\b", r"\bis weak\b",
        r"\bwaste(d)? the\b", r"\bso maybe\b", r"\bdefinately|definitely will\b",
            r"\byou(re| are) probably (a bit |just |too |kind of )?\w+", r"\bthe feeling is telling you\b", r"\bthat was a disaster\b", r"\b(he|she|they|it) really will\b",
    ]),
}



@dataclass(frozen=True)
class ComfortScore:
    label: Label
    help: float  # sum over helpful categories, plus specificity
    harm: float
    helps: tuple[str, ...] = ()
    harms: tuple[str, ...] = ()
    specific: bool = False

    @property
    def quality(self) -> float:
        """-1 (wounding) .. 1 (lands fully): how much the comfort should move the thought."""
        raw = (self.help - self.harm) / 4.0
        return max(-1.0, min(1.0, raw))


def signals(comfort: str, distortion: str, thought: str = ""):
    """The flattened text and the rubric categories found in it."""
    flat = _flatten(comfort)
    helps = tuple(name for name, pattern in HELPS.items() if pattern.search(flat))
    harms = tuple(name for name, pattern in HARMS.items() if pattern.search(flat))
    return flat, helps, harms, _is_specific(flat, comfort, distortion, thought)


@lru_cache(maxsize=256)  # pure; the Patient and the Strategist score the same comfort each round
def score_comfort(comfort: str, distortion: str, thought: str = "") -> ComfortScore:
    """Score one comfort message addressed to a thought of the given distortion type.

    The lexicon finds what the message does; the classifier, trained on the tuning split,
    weighs those signals with the words around them into the label.
    """
    from graph.offline.comfort_classifier import classifier, features

    flat, helps, harms, specific = signals(comfort, distortion, thought)
    label = classifier().predict(features(flat, helps, harms, specific)) if tokens(comfort) else "neutral"
    return ComfortScore(label, help_score(helps, specific), harm_score(harms), helps, harms, specific)  # type: ignore[arg-type]


def _is_specific(flat: str, comfort: str, distortion: str, thought: str) -> bool:
    """Speaks to this thought: a cue of its distortion type, or two content words of the thought itself."""
    from graph.offline.library import library  # the catalogue is data; loaded once

    found = library().distortions.get(distortion)
    cues = found.cues if found else []
    if any(_flatten(c) in flat for c in cues):
        return True
    shared = set(tokens(comfort)) & set(tokens(thought))
    return len(shared) >= 2
