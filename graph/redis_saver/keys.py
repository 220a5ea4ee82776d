"""Key layout: every key of a thread shares the thread's hash tag, so a thread is one cluster slot.

Per thread (``B`` = ``<prefix>:{<thread>}``):
  B:ns                 SET   escaped namespaces present in the thread
  B:runs               ZSET  ``run \\0 ns \\0 checkpoint`` (lexicographic), to delete by run
  B:idx:<ns>           ZSET  checkpoint ids, all score 0, so rank order is id order (newest last)
  B:cp:<ns>            HASH  checkpoint id -> checkpoint record (see records.py)
  B:blobs:<ns>         HASH  ``channel \\0 version`` -> channel value
  B:writes:<ns>        HASH  ``checkpoint \\0 task \\0 idx`` -> pending write
  B:w:<ns>             ZSET  the same write fields, so one checkpoint's writes are a range

Global (indexes that cannot live in one thread's slot):
  <prefix>:threads     ZSET  thread -> last write (ms), for listing sessions
  <prefix>:run:{<run>} SET   threads holding checkpoints of that run

A fixed number of keys per namespace (not per checkpoint) keeps a TTL refresh O(1) per write.
Variable parts are escaped so names are injective and the control characters used as
separators inside values never occur in them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_SPECIAL = re.compile(r"[%:{}\x00-\x1f]")


def escape(part: str) -> str:
    """Percent-encode '%', ':', braces and control characters; everything else stays readable."""
    return _SPECIAL.sub(lambda m: f"%{ord(m.group()):02X}", part)


def unescape(part: str) -> str:
    if "%" not in part:
        return part
    out, i = [], 0
    while i < len(part):
        if part[i] == "%":
            out.append(chr(int(part[i + 1 : i + 3], 16)))
            i += 3
        else:
            out.append(part[i])
            i += 1
    return "".join(out)


def check_prefix(prefix: str) -> str:
    if not prefix or any(c in prefix for c in "{}") or any(ord(c) < 0x20 for c in prefix):
        raise ValueError(f"Redis key prefix must be non-empty, without braces or control characters: {prefix!r}")
    return prefix


@dataclass(frozen=True)
class ThreadKeys:
    prefix: str
    thread_id: str

    def __post_init__(self) -> None:
        if not self.thread_id:
            raise ValueError("thread_id must be a non-empty string")

    @property
    def base(self) -> str:
        return f"{self.prefix}:{{{escape(self.thread_id)}}}"

    @property
    def namespaces(self) -> str:
        return f"{self.base}:ns"

    @property
    def runs(self) -> str:
        return f"{self.base}:runs"

    def ns(self, kind: str, ens: str) -> str:
        """A per-namespace key; ``ens`` is the escaped namespace."""
        return f"{self.base}:{kind}:{ens}"


def registry_key(prefix: str) -> str:
    return f"{prefix}:threads"


def run_key(prefix: str, run_id: str) -> str:
    return f"{prefix}:run:{{{escape(run_id)}}}"
