"""The Patient's reply streamed out of a JSON answer, word by word, through the safety screen."""

from __future__ import annotations

import json

import pytest

from graph.streaming import WordGate, partial_string

REPLY = 'Maybe you\'re right.\nI did send "most" of it \u2014 and one slip (\\) isn\'t all of me \U0001F331.'


def stream_of(text: str, size: int) -> list[str]:
    return [text[i:i + size] for i in range(0, len(text), size)]


@pytest.mark.parametrize("size", [1, 2, 3, 7, 50])
def test_partial_string_follows_the_field_through_escapes_cut_anywhere(size):
    answer = json.dumps({"reply": REPLY, "emotion": "softening"})  # ASCII: \n, \", \\ and \u2014 escapes
    seen, text = [], ""
    for chunk in stream_of(answer, size):
        text += chunk
        value, complete = partial_string(text, "reply")
        assert REPLY.startswith(value)  # never a wrong character, even mid-escape
        seen.append(complete)
    assert value == REPLY and seen[-1]


def test_partial_string_before_the_field_appears():
    assert partial_string('{"emotion": "calm", "rep', "reply") == ("", False)


def gated(text: str, size: int, finish: bool) -> tuple[WordGate, str]:
    out: list[str] = []
    gate, seen = WordGate(out.append), ""
    for chunk in stream_of(text, size):
        seen += chunk
        gate.feed(seen, False)
    if finish:
        gate.feed(seen, True)
    return gate, "".join(out)


def test_gate_passes_finished_words_and_the_rest_at_the_end():
    assert gated("I sent most of it anyway.", 4, False)[1] == "I sent most of it "  # the last word may still grow
    assert gated("I sent most of it anyway.", 4, True)[1] == "I sent most of it anyway."


def test_gate_holds_back_everything_from_an_unsafe_phrase_on():
    gate, shown = gated("Honestly I want to kill myself tonight, and more words follow.", 3, True)
    assert gate.blocked and "kill myself" not in shown and "follow" not in shown
