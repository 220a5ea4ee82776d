"""Validation of user text at every door (CLI, HTTP, graph): clear messages, nothing half-applied."""

from __future__ import annotations

import re

import unicodedata

MAX_COMFORT_CHARS = 4000


class InputError(ValueError):
    """User input that cannot be taken as it is; the message says what to change."""


def decode_utf8(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as err:
        raise InputError(f"the text is not valid UTF-8 (byte {err.start}); please retype it") from None


def validate_text(value: object, field: str, max_chars: int = MAX_COMFORT_CHARS) -> str:
    if isinstance(value, dict):
        value = value.get("text", "")
    if not isinstance(value, str):
        raise InputError(f"{field} must be text")
    # Tabs and newlines are fine; other control characters (escape codes, NUL) are not.
    bad = [ch for ch in value if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r"]
    if bad:
        raise InputError(f"{field} contains control characters ({', '.join(repr(c) for c in sorted(set(bad))[:3])}); please remove them")
    text = value.strip()
    if not text:
        raise InputError(f"{field} is empty; please write a few words")
    if len(text) > max_chars:
        raise InputError(f"{field} is {len(text)} characters long; the limit is {max_chars}")
    return text


_DELIMITER = re.compile(r"<\s*/?\s*user_text\s*>", re.IGNORECASE)


def as_data(text: str | None) -> str:
    """User text made safe to put inside `<user_text>` in a prompt: it cannot close the delimiter
    and speak as the prompt (prompt injection)."""
    return _DELIMITER.sub("[user_text]", text or "")
