"""Rule-based crisis screen for user text: "none", "caution" or "crisis", with reason labels.

Written like a screening protocol rather than a list of memorised sentences:

1. normalise the text (case, quotes, apostrophes, chat spellings: kms, unalive, sewerslide, tonite,
   "thinkin bout", "wanna dye"...);
2. set aside figures of speech that mention death or harm without meaning it ("this commute is killing
   me", "I could murder a pizza", "my phone is about to die");
3. split it into sentences and look for named signals: suicidal thinking (including a windowed rule: a
   first-person wish or intent and a death act with only small words between), self-harm, a method with
   intent, lethality questions, means at hand, farewells and notes, being a burden, finality, not being
   safe, being at a dangerous place, harm to others and harm from others;
4. check who speaks and whether it is negated: "she said she wanted to die" is a worry about someone
   else and "I'm not suicidal" a reason for caution, not a crisis;
5. combine concepts that are a crisis only together (a means question after bad news, possessions given
   away "where I'm going", a burden with an ending, a decision with calm, revenge with a weapon);
6. set aside with principled contexts (sport, accidents, dosing questions, ordinary departures, a stated
   purpose, jokes, films, books, news, care work, recovery told in the past), each scoped to the signals
   it can explain and overruled by a stronger sign ("one last time", "I mean it", a weapon); a film or a
   job never sets aside a first-person statement ("I want to kill myself" next to a film is a crisis);
7. flag distress without danger as caution (hopelessness, low mood, not coping, sleep and eating,
   panic, numbness, self-hatred, using to cope, worry about someone else...), unless softened ("a bit").

The tables live in one module per language (graph/crisis_lexicon_en.py), compiled under its code in
LANGUAGES; another language adds its own module and the screen runs every language's tables. Everything is compiled once at import, and
each regex is skipped unless the text holds one of the literals a match would need.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from graph import crisis_lexicon_en

try:  # the regex parser, to find the literals a pattern needs (Python 3.11+; sre_parse before)
    import re._constants as _sc
    import re._parser as _sp
except ImportError:  # pragma: no cover
    import sre_constants as _sc  # type: ignore[no-redef]
    import sre_parse as _sp  # type: ignore[no-redef]

Level = Literal["none", "caution", "crisis"]


@dataclass(frozen=True)
class Screen:
    level: Level
    reasons: list[str] = field(default_factory=list)
    # tokens the LLM check took (graph/screening.py), summed into the session's usage; not a finding
    usage: dict[str, int] | None = field(default=None, compare=False, repr=False)

    def as_dict(self) -> dict:
        return {"level": self.level, "reasons": list(self.reasons)}


# ---------------------------------------------------------------------------------------------
# Compiling the tables.
# ---------------------------------------------------------------------------------------------

def _needles(items, limit: int = 40) -> frozenset[str] | None:
    """Literal strings one of which every match of a parsed pattern must contain (None if there is no such set
    of at most `limit`). Exact: a text without any of them cannot match, so the regex can be skipped."""
    best: frozenset[str] | None = None

    def consider(found: frozenset[str] | None) -> None:
        nonlocal best
        if found and len(found) <= limit and (best is None or (len(found), -min(map(len, found)))
                                              < (len(best), -min(map(len, best)))):
            best = found

    run = ""
    for op, av in list(items) + [(None, None)]:
        if op is _sc.LITERAL:
            run += chr(av)
            continue
        if len(run) >= 3:
            consider(frozenset([run]))
        run = ""
        if op is _sc.SUBPATTERN:
            consider(_needles(av[-1], limit))
        elif op is _sc.BRANCH:
            parts = [_needles(branch, limit) for branch in av[1]]
            if all(parts):
                consider(frozenset().union(*parts))
        elif op in (_sc.MAX_REPEAT, _sc.MIN_REPEAT) and av[0] >= 1:
            consider(_needles(av[2], limit))
    return best


def needles_of(pattern: str, limit: int = 40) -> frozenset[str]:
    """Literals one of which every match of the pattern contains (empty if there is no such set of at most
    `limit`): a text holding none of them cannot match."""
    return _needles(_sp.parse(pattern), limit) or frozenset()


class _Rx:
    """A compiled pattern that is skipped at once when the text lacks every literal a match would need
    (the screen runs a few hundred patterns; most cannot match a given text)."""
    __slots__ = ("rx", "needles", "index")

    def __init__(self, pattern: str):
        self.rx = re.compile(pattern)
        self.needles = needles_of(pattern)
        self.index = -1  # its place in its Lexicon's list of patterns

    def sub(self, repl: str, text: str) -> str:
        return self.rx.sub(repl, text) if not self.needles or any(n in text for n in self.needles) else text


@dataclass(frozen=True)
class Lexicon:
    """One language's compiled tables."""
    spellings: tuple[tuple[_Rx, str], ...]
    figurative: _Rx
    first: frozenset[str]
    other: frozenset[str]
    negators: frozenset[str]
    crisis: dict[str, tuple[_Rx, ...]]
    concepts: dict[str, _Rx]
    combos: list[tuple[str, tuple[tuple[str, ...], ...]]]
    contexts: dict[str, _Rx]
    set_aside: dict[str, tuple[tuple[str, tuple[str, ...]], ...]]
    direct: frozenset[str]
    past: frozenset[str]
    caution: dict[str, _Rx]
    hit_checks: dict[str, re.Pattern]
    voiced: frozenset[str]
    inner_you: frozenset[str]
    caution_about_others: frozenset[str]
    caution_signs_in_others: frozenset[str]
    # Filled in below: every pattern in one list, and for each needle's first three letters the needles
    # and for each needle the patterns that need it, so a text touches only the patterns it could match.
    patterns: tuple[_Rx, ...] = ()
    kinds: tuple[tuple[str, str], ...] = ()  # per pattern: ("crisis"|"concept"|"context"|"caution", its name)
    ungated: frozenset[int] = frozenset()
    by_trigram: dict[str, tuple[str, ...]] = field(default_factory=dict)
    users: dict[str, tuple[int, ...]] = field(default_factory=dict)
    clause_cache: dict[str, _Findings] = field(default_factory=dict, compare=False)
    reading_cache: dict[str, Reading] = field(default_factory=dict, compare=False)

    def __post_init__(self) -> None:
        entries = [*(("crisis", r, p) for r, ps in self.crisis.items() for p in ps),
                   *(("concept", n, p) for n, p in self.concepts.items()),
                   *(("context", n, p) for n, p in self.contexts.items()),
                   *(("caution", r, p) for r, p in self.caution.items())]
        patterns = tuple(p for _, _, p in entries)
        object.__setattr__(self, "kinds", tuple((kind, name) for kind, name, _ in entries))
        users: dict[str, list[int]] = {}
        for i, pattern in enumerate(patterns):
            for needle in pattern.needles:
                users.setdefault(needle, []).append(i)
        by_trigram: dict[str, list[str]] = {}
        for needle in users:
            by_trigram.setdefault(needle[:3], []).append(needle)
        object.__setattr__(self, "patterns", patterns)
        object.__setattr__(self, "ungated", frozenset(i for i, p in enumerate(patterns) if not p.needles))
        object.__setattr__(self, "by_trigram", {k: tuple(v) for k, v in by_trigram.items()})
        object.__setattr__(self, "users", {k: tuple(v) for k, v in users.items()})
        for i, pattern in enumerate(patterns):
            pattern.index = i

    def live(self, text: str) -> set[int]:
        """The patterns that could match `text`: those with no needles, and those with a needle in it."""
        live = set(self.ungated)
        for trigram in {text[i:i + 3] for i in range(len(text) - 2)}:
            for needle in self.by_trigram.get(trigram, ()):
                if needle in text:
                    live.update(self.users[needle])
        return live


def _compile_lexicon(spellings, figurative, crisis, concepts, contexts, caution, hit_checks, **plain) -> Lexicon:
    return Lexicon(
        spellings=tuple((_Rx(p), replacement) for p, replacement in spellings), figurative=_Rx(figurative),
        crisis={reason: tuple(_Rx(p) for p in ps) for reason, ps in crisis.items()},
        concepts={name: _Rx(p) for name, p in concepts.items()},
        contexts={name: _Rx(p) for name, p in contexts.items()},
        caution={reason: _Rx(p) for reason, p in caution.items()},
        hit_checks={name: re.compile(p) for name, p in hit_checks.items()}, **plain,
    )


LANGUAGES: dict[str, Lexicon] = {"en": _compile_lexicon(**crisis_lexicon_en.TABLES)}

# ---------------------------------------------------------------------------------------------
# The screen.
# ---------------------------------------------------------------------------------------------

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201b": "'", "\u02bc": "'", "`": "'", "\u00b4": "'",
                         "\u201c": '"', "\u201d": '"', "\u2014": " - ", "\u2013": " - ", "\u2026": "."})
_CLAUSE_BREAK = re.compile(r"[.!?;:\n\"()\[\]/]+|\s-+\s")
_COMMA = re.compile(r"\s*,\s*")
_SPACES = re.compile(r"\s+")
_RANK = {"none": 0, "caution": 1, "crisis": 2}


def normalise(text: str, lex: Lexicon) -> str:
    """Lower case, straight quotes, no apostrophes ("i'm" -> "im"), chat spellings rewritten, single spaces."""
    t = text.lower().translate(_QUOTES).replace("'", "")
    for pattern, plain in lex.spellings:
        t = pattern.sub(plain, t)
    return _SPACES.sub(" ", t)


def clauses_of(text: str) -> list[str]:
    """Sentences and colon-separated parts; commas are dropped so "stop, for good" stays one phrase."""
    return [c.strip() for c in _CLAUSE_BREAK.split(_COMMA.sub(" ", text)) if c.strip()]


def voice_of(before: str, lex: Lexicon, caution: bool = False) -> str:
    """'first', 'implied' or 'other': the nearest subject before a signal, within its clause. For distress
    (caution) "you" counts as the person: comfort replies speak to the inner self as "you"."""
    for word in reversed(before.split()[-8:]):
        if word in lex.first or caution and word in lex.inner_you:
            return "first"
        if word in lex.other:
            return "other"
    return "implied"


def negated(before: str, lex: Lexicon) -> bool:
    """A negation among the few words just before a signal, up to its subject ("im not suicidal")."""
    for word in reversed(before.split()[-3:]):
        if word in lex.negators:
            return True
        if word in lex.first or word in lex.other:
            return False
    return False


@dataclass
class _Findings:
    crisis: dict[str, str] = field(default_factory=dict)  # reason -> voice of its strongest hit
    caution: list[str] = field(default_factory=list)
    concepts: dict[str, int] = field(default_factory=dict)  # concept -> times it appears

    def add_crisis(self, reason: str, voice: str) -> None:
        if self.crisis.get(reason) != "first":
            self.crisis[reason] = voice

    def add_caution(self, reason: str) -> None:
        if reason not in self.caution:
            self.caution.append(reason)

    def merge(self, other: _Findings) -> None:
        for reason, voice in other.crisis.items():
            self.add_crisis(reason, voice)
        for reason in other.caution:
            self.add_caution(reason)
        for name, hits in other.concepts.items():
            self.concepts[name] = self.concepts.get(name, 0) + hits


def _plausible(reason: str, clause: str, m: re.Match, lex: Lexicon) -> bool:
    """Checks of one hit against its own words: a pause is not a wish to die, rope for the tent is not means,
    a knock or the cat's scratch is not self-harm."""
    check = lex.hit_checks
    after = clause[m.end():m.end() + 40]
    if reason == "suicidal statement" and check["temporary"].search(after):
        return False
    if reason == "means at hand" and check["purpose"].search(after):
        return False
    if reason == "self-harm" and check["verb on body"].match(m.group()) and not check["on purpose"].search(clause) and (
            check["against a thing"].search(after) or not check["own act"].search(clause[:m.start()])
            or not lex.contexts["deliberate"].rx.search(clause)):
        return False
    return True


_CLAUSE_CACHE_SIZE = 4096


def _clause_findings(clause: str, lex: Lexicon) -> _Findings:
    """What one clause holds, which depends on the clause alone: cached, because a streamed reply is
    screened again with every word and only its last clause changes."""
    cache = lex.clause_cache
    if clause not in cache:
        if len(cache) >= _CLAUSE_CACHE_SIZE:
            cache.clear()
        found = _Findings()
        _screen_clause(clause, lex, found, sorted(i for i in lex.live(clause) if lex.kinds[i][0] != "context"))
        cache[clause] = found
    return cache[clause]


def _screen_clause(clause: str, lex: Lexicon, found: _Findings, live: list[int]) -> None:
    """`live`: the indices of the patterns that could match, in table order (crisis, concepts, caution)."""
    for i in live:
        kind, name = lex.kinds[i]
        rx = lex.patterns[i].rx
        if kind == "crisis":
            _crisis_hits(clause, name, rx, lex, found)
        elif kind == "concept":
            hits = sum(not negated(clause[:m.start()], lex) for m in rx.finditer(clause))
            if hits:
                found.concepts[name] = found.concepts.get(name, 0) + hits
        elif kind == "caution":
            _caution_hit(clause, name, rx, lex, found)


def _crisis_hits(clause: str, reason: str, rx: re.Pattern, lex: Lexicon, found: _Findings) -> None:
    for m in rx.finditer(clause):
        before = clause[:m.start()]
        # the match's own first word counts too: "ill stab him" speaks in the first person
        voice = voice_of(before + " " + m.group().split(" ", 1)[0], lex) if reason in lex.voiced else "first"
        if negated(before, lex):
            found.add_caution(f"{reason} (negated)")
        elif voice == "other":
            found.add_caution("concern for someone else")
        elif _plausible(reason, clause, m, lex):
            found.add_crisis(reason, voice)


def _caution_hit(clause: str, reason: str, rx: re.Pattern, lex: Lexicon, found: _Findings) -> None:
    for m in rx.finditer(clause):
        before = clause[:m.start()].rstrip()
        if lex.hit_checks["softened"].search(before):
            continue  # "a bit low" is an ordinary feeling
        if reason not in lex.caution_about_others and voice_of(before, lex, caution=True) == "other":
            if reason in lex.caution_signs_in_others:  # "my friend doesn't see the point"
                found.add_caution("concern for someone else")
            continue  # "my mum is lonely" is not the person's own distress
        found.add_caution(reason)
        return


def _combine(found: _Findings, lex: Lexicon) -> None:
    for reason, groups in lex.combos:
        if _assign(groups, found.concepts, {}):
            found.add_crisis(reason, "implied")


def _assign(groups, concepts: dict[str, int], used: dict[str, int]) -> bool:
    """One concept from each group; a concept named in two groups must appear twice."""
    if not groups:
        return True
    for name in groups[0]:
        if concepts.get(name, 0) > used.get(name, 0):
            used[name] = used.get(name, 0) + 1
            if _assign(groups[1:], concepts, used):
                return True
            used[name] -= 1
    return False


@dataclass(frozen=True)
class Reading:
    """One message as the screen reads it: as told (figures of speech kept, for its contexts), its
    literal clauses, and the whole-message contexts (distance, recovery, present risk, ...)."""
    told: str
    clauses: tuple[str, ...]
    context: frozenset[str]


def read(text: str, lex: Lexicon) -> Reading:
    """Cached for the last few texts: the rules and the net read the same message one after the other."""
    cache = lex.reading_cache
    if text not in cache:
        if len(cache) >= 64:
            cache.clear()
        flat = normalise(text, lex)
        told = " | ".join(clauses_of(flat))
        live = lex.live(told)
        context = frozenset(name for name, pattern in lex.contexts.items()
                            if pattern.index in live and pattern.rx.search(told))
        cache[text] = Reading(told, tuple(clauses_of(lex.figurative.sub(" ", flat))), context)
    return cache[text]


def screen_with(text: str, lex: Lexicon) -> Screen:
    reading = read(text, lex)
    clauses, context = reading.clauses, reading.context
    found = _Findings()
    for clause in clauses:
        found.merge(_clause_findings(clause, lex))
    _combine(found, lex)
    if len(clauses) == 1 and found.concepts.get("bare decision"):  # a decision with nothing it refers to
        found.add_crisis("unexplained decision", "implied")
    crisis = {}
    for reason, voice in found.crisis.items():
        if not any(aside in context and context.isdisjoint(keep) for aside, keep in lex.set_aside.get(reason, ())):
            crisis[reason] = voice
    # A distance (film, news, teaching, care work) sets aside what is not said in the first person.
    if "distance" in context:
        crisis = {r: v for r, v in crisis.items() if v == "first" and r in lex.direct}
    # Recovery told in the past sets aside past harm, unless something says it is present again.
    recovered = "recovery" in context and "present risk" not in context
    if recovered:
        crisis = {r: v for r, v in crisis.items() if r not in lex.past}
    if crisis:
        return Screen("crisis", list(crisis))
    if found.crisis:  # set aside: still worth a gentle check, unless at a distance or long past
        found.add_caution("mention set aside")
    if "distance" in context or recovered:
        found.caution = [r for r in found.caution if r not in ("concern for someone else", "mention set aside")]
    return Screen("caution", found.caution) if found.caution else Screen("none")


def screen_text(text: str) -> Screen:
    """The highest level any language's tables give, with its reasons."""
    best = Screen("none")
    for lex in LANGUAGES.values():
        screen = screen_with(text, lex)
        if _RANK[screen.level] > _RANK[best.level]:
            best = screen
    return best
