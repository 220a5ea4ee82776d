"""Streaming one text field of a model's JSON answer, a checked word at a time.

Agents answer JSON, so the Patient's reply arrives inside `{"reply": "...", ...}`. We read the
field's characters as they stream and pass on each finished word only after the safety screen
has seen it together with what came just before it: no agent text reaches the user unchecked.
Once the screen objects, nothing more is passed on, and the node's check of the whole reply
replaces it; what was already shown had passed the screen.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable

from graph.safety import output_is_safe

_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
_WORD_END = re.compile(r"\s+")
CONTEXT_CHARS = 160  # what the screen re-reads before each new piece: longer than any phrase it looks for


def partial_string(text: str, field: str) -> tuple[str, bool]:
    """The value of string `field` so far in a possibly unfinished JSON text, and whether it is complete."""
    match = re.search(r'"%s"\s*:\s*"' % re.escape(field), text)
    if not match:
        return "", False
    out, i = [], match.end()
    while i < len(text):
        c = text[i]
        if c == '"':
            return "".join(out), True
        if c != "\\":
            out.append(c)
            i += 1
            continue
        if i + 1 >= len(text):
            break  # an escape cut in half: wait for the rest
        code = text[i + 1]
        if code == "u":
            width = 12 if text[i + 2:i + 4].upper() in ("D8", "D9", "DA", "DB") else 6  # a surrogate pair
            if i + width > len(text):
                break
            try:
                out.append(json.loads(f'"{text[i:i + width]}"'))
            except json.JSONDecodeError:
                pass  # a malformed escape: the whole answer fails validation later
            i += width
        else:
            out.append(_ESCAPES.get(code, code))
            i += 2
    return "".join(out), False


class WordGate:
    """Feeds on the growing field value; emits the finished words once they pass the screen."""

    def __init__(self, emit: Callable[[str], None]) -> None:
        self.emit, self.sent, self.blocked = emit, "", False

    def feed(self, value: str, complete: bool) -> None:
        if self.blocked:
            return
        pending = value[len(self.sent):]
        cut = 0
        for m in _WORD_END.finditer(pending):
            cut = m.end()
        if complete:
            cut = len(pending)
        if cut == 0:
            return
        piece = pending[:cut]
        if not output_is_safe(self.sent[-CONTEXT_CHARS:] + piece):
            self.blocked = True  # the rest is held back; the node's own check replaces the reply
            return
        self.sent += piece
        self.emit(piece)
