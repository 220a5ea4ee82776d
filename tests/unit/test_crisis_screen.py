"""The crisis screen against the labelled set written for this project (graph/data/crisis_set.json)."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from graph.safety import rules_screen_text, screen_text
from graph.safety_eval import evaluate, load_items, practice_texts

README = Path(__file__).resolve().parents[2] / "README.md"


def test_the_labelled_set_is_big_enough_and_split():
    items = load_items("all")
    assert len(items) >= 250 and len({i["text"] for i in items}) == len(items)
    counts = Counter((i["category"], i["split"]) for i in items)
    for category in ("direct", "indirect", "caution", "hard_negative", "ordinary"):
        assert counts[(category, "tune")] and counts[(category, "held_out")]


@pytest.mark.parametrize("part, screen", [("rules and weighted lexicon", screen_text),
                                           ("rules alone", rules_screen_text)])
def test_readme_quotes_the_measured_held_out_figures(part, screen):
    """The README must say what the screen does on the held-out split, goals met or not, with and
    without the weighted lexicon."""
    f = evaluate("held_out", screen)
    text = README.read_text()
    number = r"(\d+(?:\.\d+)?)"
    quoted = re.search(rf"held-out split \({part}\): recall \*\*{number}\*\*, precision {number}, "
                       rf"false alarms on hard negatives \*\*{number}\*\*, practice sentences flagged {number}", text)
    assert quoted, "README lost its crisis-screen figures"
    assert [float(x) for x in quoted.groups()] == [round(f.crisis_recall, 3), round(f.crisis_precision, 3),
                                                   round(f.hard_negative_false_alarms, 3),
                                                   round(f.practice_false_alarms, 4)]


def test_readme_says_truly_whether_the_goals_are_met():
    """The goals: recall on crisis >= 0.95 and false alarms on hard negatives <= 0.05, held-out, with
    the offline screen (no model)."""
    f = evaluate("held_out")
    met = f.crisis_recall >= 0.95 and f.hard_negative_false_alarms <= 0.05
    text = README.read_text()
    assert ("**The held-out goals are met.**" in text) == met
    assert ("**The held-out goals are not met.**" in text) == (not met)


@pytest.mark.parametrize("text", [
    "suicide keeps sounding like the only way out", "I want to off myself", "self harm is all I think about",
    "thinking of swallowing all the pills in the cabinet", "how much insulin would be too much, asking for me",
    "my dad hit me again and said he would do worse if I told", "I've written my goodbyes to everyone",
])
def test_the_net_under_the_rules_holds_plain_words(text):
    assert screen_text(text).level == "crisis"


@pytest.mark.parametrize("text", [
    "I'm not suicidal, just exhausted", "my friend told me she wants to die and I don't know what to do",
    "As a nurse, how should I respond when a patient talks about suicide?",
    "Goodbye old job, hello new adventure!", "She won't be around forever, so I call my gran every week",
])
def test_the_net_lets_pass_what_is_negated_about_others_or_at_a_distance(text):
    # the rules and the net: the weighted lexicon reads "won't be around forever" as a farewell whoever
    # it is said of (a known false alarm, in the README)
    assert rules_screen_text(text).level != "crisis"


@pytest.mark.parametrize("text", [
    "this commute is killing me", "I could murder a pizza", "my boss will kill me if I'm late",
    "exams will be the death of me", "I killed it at the interview", "kill time before the train",
    "if I have to sit through one more stand-up meeting I'll shoot myself lol",
    "my laptop's about to die and the charger is at home", "this queue makes me want to jump out of the window",
    "cancelled the streaming subscription. goodbye, money pit", "I'd happily die on that hill: tea before milk",
])
def test_figures_of_speech_are_not_crises(text):
    assert screen_text(text).level != "crisis"


@pytest.mark.parametrize("text", [
    "I want to kill myself", "i have the pills saved and tonight is the night", "kms",
    "everyone would be better off without me, I've written the letters",
])
def test_plain_crises_are_caught(text):
    assert screen_text(text).level == "crisis"


def test_the_practice_content_itself_passes_the_output_guards_screen():
    """The output guard screens every scene, thought and reply with the rules: the offline engine's own
    lines (the scenario library and the comfort set, thousands of sentences of distorted thinking) must
    pass, or the wider signs have grown into everyday words ("a will", "left the note")."""
    texts = practice_texts("all")
    assert len(texts) > 3000
    assert [t for t in texts if rules_screen_text(t).level == "crisis"] == []


@pytest.mark.parametrize("text", [
    "honestly there's no next year for me, so the plans can wait",
    "my parents would be so much calmer if I wasn't here",
    "told my sister the flat was in her name for tax reasons. it isn't. she'll understand later",
    "got the sleeping tablets from two chemists, I have enough now",
    "I know which way he walks home and I haven't forgotten what he did",
    "put on my good jacket so I look decent when they find me",
    "dropped the dog at my sister's, said goodbye at the airport. nobody will hear from me again",
    "my stats homework is due but I won't be here on Monday anyway",
    "Returned the library books, gave my guitar away. I won't be needing any of it after this week",
    "revision is pointless now, I've got the pills saved and tonight is the night",
])
def test_the_net_holds_indirect_signs_in_wider_wording(text):
    assert screen_text(text).level == "crisis"


@pytest.mark.parametrize("text", [
    "Said goodbye to my old laptop today and sold it for parts",
    "Writing my will at 45 because the solicitor had a spring offer",
    "feeling calm after deciding to change teams, best decision this year",
    "Bye everyone! Leaving this group chat because I'm switching numbers",
    "Back when I was ill I hid pills, handing them back was my turning point",
    "this heatwave is going to finish me off",
    "Moving to Australia, you won't see me again for a while haha",
    "stats homework: suicide rates by country, need to make a bar chart",
    "Twenty years ago I tried to end my life. Today I am a grandmother and I help other people",
    "I'm going to kill my brother, he ate my leftover curry again.",
    "My therapist had me write a goodbye letter to my old eating disorder. Five years recovered.",
    "Night shift in resus: two overdoses and a broken wrist, now I need a bath and bed",
    "Revision for the toxicology exam: how is a paracetamol overdose treated, and when?",
    "My contract ends on Friday, so the leaving drinks are tonight and I'll say goodbye to the team",
    "Took the old dog to the vet to be put to sleep, said goodbye with his favourite blanket",
    "Fifteen years ago I tried to end my life. Today I finished the marathon, glad to still be here",
])
def test_the_wider_wording_leaves_everyday_messages_alone(text):
    assert screen_text(text).level != "crisis"
