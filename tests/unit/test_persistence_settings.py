"""Persistence pieces that need no server: key layout, record formats, settings from the environment."""

from __future__ import annotations

import base64

import pytest
from langgraph.checkpoint.serde.jsonplus import JsonPlusSerializer

from graph.checkpointer import SettingsError, describe, session_ttl_seconds
from graph.encryption import EncryptionKeyError, parse_key, serializer_from_env
from graph.redis_saver import RedisSaver
from graph.redis_saver.keys import ThreadKeys, check_prefix, escape, unescape
from graph.redis_saver.records import (
    RS,
    US,
    blob_field,
    pack_checkpoint,
    pack_write,
    unpack_checkpoint,
    unpack_writes,
    write_field,
)

TRICKY = ["", "plain", "a:b", "%3A", "{tag}", "x}y{", "tab\there", "nul\x00", "rs\x1eus\x1f", "ünïcødé:✓"]


@pytest.mark.parametrize("text", TRICKY)
def test_escape_round_trips_and_hides_separators(text):
    escaped = escape(text)
    assert unescape(escaped) == text
    assert not set(escaped) & set(":{}\x00\x1e\x1f\t")


def test_key_names_are_injective_across_thread_and_namespace():
    names = {ThreadKeys("mind", t).ns("cp", escape(ns)) for t in ("a", "a:cp", "a}") for ns in ("", "b", "cp:b", ":b")}
    assert len(names) == 12
    assert all(name.count("{") == 1 and name.count("}") == 1 for name in names)


def test_bad_thread_ids_and_prefixes_are_refused():
    with pytest.raises(ValueError):
        ThreadKeys("mind", "")
    for prefix in ("", "a{b", "x}", "new\nline"):
        with pytest.raises(ValueError):
            check_prefix(prefix)


def test_checkpoint_record_round_trips_binary_payloads():
    checkpoint = ("msgpack", b"\x1e\n\x00binary\x1f" * 3)
    metadata = ("json", b'{"step": 2}\n')
    refs = [blob_field("branch:to:devil", "00000002.5"), blob_field("transcript", 3)]
    raw = pack_checkpoint("run:1", refs, "parent-id", checkpoint, metadata)
    assert raw.split(RS)[1] == US.join(refs)  # the part the Lua scripts read
    record = unpack_checkpoint(raw)
    assert record == ("run:1", "parent-id", checkpoint, metadata)


def test_pending_writes_come_back_in_execution_order():
    serde = JsonPlusSerializer()
    rows = [("b-task", 1, "p2", "second"), ("a-task", 0, "p1", "first"), ("a-task", -1, "p1", "error")]
    fields = [write_field("cp", task, idx) for task, idx, _, _ in rows]
    values = [pack_write("ch", path, serde.dumps_typed(v)) for _, _, path, v in rows]
    assert [w[2] for w in unpack_writes(fields, values, serde.loads_typed)] == ["error", "first", "second"]


@pytest.mark.parametrize("value,seconds", [("2", 172800), ("0.5", 43200), (" 30 ", 2592000)])
def test_session_ttl_days(monkeypatch, value, seconds):
    monkeypatch.setenv("MIND_SESSION_TTL_DAYS", value)
    assert session_ttl_seconds() == seconds


@pytest.mark.parametrize("value", ["0", "-1", "abc", "nan", "inf"])
def test_session_ttl_days_refuses_nonsense(monkeypatch, value):
    monkeypatch.setenv("MIND_SESSION_TTL_DAYS", value)
    with pytest.raises(SettingsError, match="MIND_SESSION_TTL_DAYS"):
        session_ttl_seconds()


def test_encryption_key_must_be_base64_of_an_aes_key_size():
    assert len(parse_key(base64.b64encode(b"k" * 32).decode())) == 32
    for bad in ("short", base64.b64encode(b"k" * 20).decode(), "not base64 at all!!" * 3):
        with pytest.raises(EncryptionKeyError, match="openssl rand -base64 32"):
            parse_key(bad)


def test_encrypted_data_needs_the_right_key(monkeypatch):
    monkeypatch.setenv("MIND_ENCRYPTION_KEY", base64.b64encode(b"a" * 32).decode())
    sealed = serializer_from_env().dumps_typed({"comfort": "you are doing your best"})
    assert b"doing your best" not in sealed[1]
    assert serializer_from_env().loads_typed(sealed) == {"comfort": "you are doing your best"}
    monkeypatch.setenv("MIND_ENCRYPTION_KEY", base64.b64encode(b"b" * 32).decode())
    with pytest.raises(EncryptionKeyError, match="not the key"):
        serializer_from_env().loads_typed(sealed)
    monkeypatch.delenv("MIND_ENCRYPTION_KEY")
    with pytest.raises(EncryptionKeyError, match="encrypted"):
        serializer_from_env().loads_typed(sealed)


def test_describe_names_the_store_without_secrets(monkeypatch, tmp_path):
    assert describe().startswith("SQLite at ")
    monkeypatch.setenv("REDIS_URL", "redis://:s3cret@cache.example:6380/2")
    assert describe() == "Redis at redis://:***@cache.example:6380/2"
    assert describe(tmp_path / "x.sqlite") == f"SQLite at {tmp_path / 'x.sqlite'}"


def test_versions_compare_in_order_as_strings():
    saver = RedisSaver(object())
    versions = [None]
    for _ in range(12):
        versions.append(saver.get_next_version(versions[-1]))
    assert versions[1:] == sorted(versions[1:]) and len(set(versions[1:])) == 12
