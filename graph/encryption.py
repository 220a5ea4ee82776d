"""Encryption at rest: MIND_ENCRYPTION_KEY turns on LangGraph's EncryptedSerializer (AES-EAX).

The key is 16, 24 or 32 random bytes, base64-encoded (`openssl rand -base64 32`). Reading
encrypted sessions without the key, or with another one, is a clear error, never garbage.
"""

from __future__ import annotations

import base64
import binascii
import os
from typing import Any

from langgraph.checkpoint.serde.base import CipherProtocol, SerializerProtocol
from langgraph.checkpoint.serde.encrypted import EncryptedSerializer
from langgraph.checkpoint.serde.jsonplus import JsonPlusSerializer

KEY_ENV = "MIND_ENCRYPTION_KEY"
KEY_SIZES = (16, 24, 32)


class EncryptionKeyError(ValueError):
    pass


def parse_key(value: str) -> bytes:
    try:
        key = base64.b64decode(value.strip(), validate=True)
    except (binascii.Error, ValueError):
        key = b""
    if len(key) not in KEY_SIZES:
        raise EncryptionKeyError(
            f"{KEY_ENV} must be 16, 24 or 32 random bytes, base64-encoded; make one with `openssl rand -base64 32`")
    return key


class _KeyCheckedCipher(CipherProtocol):
    """AES-EAX reports a wrong key as a failed MAC check; say so in words."""

    def __init__(self, inner: CipherProtocol) -> None:
        self.inner = inner

    def encrypt(self, plaintext: bytes) -> tuple[str, bytes]:
        return self.inner.encrypt(plaintext)

    def decrypt(self, ciphername: str, ciphertext: bytes) -> bytes:
        try:
            return self.inner.decrypt(ciphername, ciphertext)
        except ValueError:
            raise EncryptionKeyError(f"{KEY_ENV} is not the key these sessions were saved with") from None


class PlainSerializer(JsonPlusSerializer):
    """The default serializer, which refuses encrypted data with a clear error instead of failing obscurely."""

    def loads_typed(self, data: tuple[str, bytes]) -> Any:
        if "+" in data[0]:  # EncryptedSerializer marks its types as "<type>+<cipher>"
            raise EncryptionKeyError(f"these sessions are encrypted: set {KEY_ENV} to the key they were saved with")
        return super().loads_typed(data)


def serializer_from_env() -> SerializerProtocol:
    value = os.environ.get(KEY_ENV, "")
    if not value:
        return PlainSerializer()
    aes = EncryptedSerializer.from_pycryptodome_aes(key=parse_key(value))
    return EncryptedSerializer(_KeyCheckedCipher(aes.cipher), aes.serde)
