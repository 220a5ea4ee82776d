"""Bearer API keys: `MIND_API_KEYS` ("user1:key1,user2:key2") or a file (`MIND_API_KEYS_FILE`, one
`user:key` per line). Keys are held only as SHA-256 digests and compared in constant time.
With no keys configured every request is the single local user (loopback only: see `mind serve`).
"""

from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass
from pathlib import Path

from server.sessions import LOCAL_USER

MIN_KEY_CHARS = 16


class AuthConfigError(ValueError):
    pass


def _digest(key: str) -> bytes:
    return hashlib.sha256(key.encode()).digest()


@dataclass(frozen=True)
class ApiKeys:
    digests: tuple[tuple[bytes, str], ...]  # (sha256 of the key, user id)

    @property
    def open(self) -> bool:
        """No keys: the server trusts whoever can reach it (only allowed on loopback)."""
        return not self.digests

    def user_for(self, authorization: str | None) -> str | None:
        """The user a `Bearer <key>` header belongs to, or None."""
        if self.open:
            return LOCAL_USER
        scheme, _, key = (authorization or "").partition(" ")
        if scheme.lower() != "bearer" or not key.strip():
            return None
        digest, found = _digest(key.strip()), None
        for known, user in self.digests:  # no early exit: every key is compared
            if hmac.compare_digest(known, digest):
                found = user
        return found


def parse_keys(text: str, source: str) -> ApiKeys:
    pairs = []
    for n, entry in enumerate(e.strip() for e in text.replace("\n", ",").split(",")):
        if not entry or entry.startswith("#"):
            continue
        user, sep, key = entry.partition(":")
        if not sep or not user.strip() or len(key.strip()) < MIN_KEY_CHARS:
            raise AuthConfigError(f"{source}: entry {n + 1} must be user:key with a key of at least "
                                  f"{MIN_KEY_CHARS} characters")
        pairs.append((_digest(key.strip()), user.strip()))
    digests = [d for d, _ in pairs]
    if len(set(digests)) != len(digests):
        raise AuthConfigError(f"{source}: the same key is given twice")
    return ApiKeys(tuple(pairs))


def keys_from_env() -> ApiKeys:
    keys = parse_keys(os.environ.get("MIND_API_KEYS", ""), "MIND_API_KEYS")
    if path := os.environ.get("MIND_API_KEYS_FILE"):
        try:
            text = Path(path).expanduser().read_text(encoding="utf-8")
        except OSError as err:
            raise AuthConfigError(f"MIND_API_KEYS_FILE: cannot read {path}: {err.strerror}") from None
        keys = ApiKeys(keys.digests + parse_keys(text, path).digests)
    return keys
