"""Lua scripts: each touches one thread only, so it is atomic and runs on a cluster.

KEYS[1] is always the thread's namespace set (it routes the call to the thread's slot);
the other keys are derived from ARGV[1], the thread's key base, and share its hash tag.
Inside values and members, "\0" separates parts, "\30" and "\31" structure a checkpoint
record (see records.py); the escaped names and ids never contain them.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

PRELUDE = r"""
local base = ARGV[1]
local KINDS = {"idx", "cp", "blobs", "writes", "w"}
local function key(kind, ens) return base .. ":" .. kind .. ":" .. ens end

-- unpack() is bounded by the Lua stack, so bulk commands go in chunks
local function chunked(cmd, k, items)
  local out = {}
  for i = 1, #items, 500 do
    local part = redis.call(cmd, k, unpack(items, i, math.min(i + 499, #items)))
    if type(part) == "table" then
      for j = 1, #part do out[#out + 1] = part[j] end
    end
  end
  return out
end

-- a TTL covers every key of the thread and is refreshed on each write
local function touch(ttl)
  if ttl <= 0 then return end
  redis.call("EXPIRE", base .. ":ns", ttl)
  redis.call("EXPIRE", base .. ":runs", ttl)
  for _, ens in ipairs(redis.call("SMEMBERS", base .. ":ns")) do
    for _, kind in ipairs(KINDS) do redis.call("EXPIRE", key(kind, ens), ttl) end
  end
end

-- a checkpoint record starts with its run and the blob fields it references
local function parts(rec)
  local a = string.find(rec, "\30", 1, true)
  local b = string.find(rec, "\30", a + 1, true)
  local refs = {}
  for f in string.gmatch(string.sub(rec, a + 1, b - 1), "[^\31]+") do refs[#refs + 1] = f end
  return string.sub(rec, 1, a - 1), refs
end

local function write_fields(ens, id)
  return redis.call("ZRANGEBYLEX", key("w", ens), "[" .. id .. "\0", "(" .. id .. "\1")
end

local function run_range(run)
  return "[" .. run .. "\0", "(" .. run .. "\1"
end

-- remove checkpoints with their writes and run entries; returns the runs they belonged to
local function drop(ens, ids)
  local runs = {}
  for _, id in ipairs(ids) do
    local rec = redis.call("HGET", key("cp", ens), id)
    if rec then
      local run = parts(rec)
      if run ~= "" then
        redis.call("ZREM", base .. ":runs", run .. "\0" .. ens .. "\0" .. id)
        runs[run] = true
      end
      redis.call("HDEL", key("cp", ens), id)
    end
    redis.call("ZREM", key("idx", ens), id)
    local wf = write_fields(ens, id)
    chunked("HDEL", key("writes", ens), wf)
    chunked("ZREM", key("w", ens), wf)
  end
  return runs
end

-- delete channel values no remaining checkpoint references; an emptied namespace goes away
local function gc(ens)
  if redis.call("ZCARD", key("idx", ens)) == 0 then
    for _, kind in ipairs(KINDS) do redis.call("DEL", key(kind, ens)) end
    redis.call("SREM", base .. ":ns", ens)
    return
  end
  local live = {}
  for _, rec in ipairs(redis.call("HVALS", key("cp", ens))) do
    local _, refs = parts(rec)
    for _, f in ipairs(refs) do live[f] = true end
  end
  local dead = {}
  for _, f in ipairs(redis.call("HKEYS", key("blobs", ens))) do
    if not live[f] then dead[#dead + 1] = f end
  end
  chunked("HDEL", key("blobs", ens), dead)
end

-- runs with no checkpoint left in this thread (their global index entry can go)
local function gone(runs)
  local out = {}
  for run in pairs(runs) do
    local lo, hi = run_range(run)
    if #redis.call("ZRANGEBYLEX", base .. ":runs", lo, hi, "LIMIT", 0, 1) == 0 then out[#out + 1] = run end
  end
  return out
end
"""

BODIES = {
    # ARGV: base, ttl, ens, id, record, run, then blob field/value pairs
    "put": r"""
local ens, id = ARGV[3], ARGV[4]
redis.call("SADD", base .. ":ns", ens)
redis.call("ZADD", key("idx", ens), 0, id)
redis.call("HSET", key("cp", ens), id, ARGV[5])
if ARGV[6] ~= "" then redis.call("ZADD", base .. ":runs", 0, ARGV[6] .. "\0" .. ens .. "\0" .. id) end
for i = 7, #ARGV, 2 do redis.call("HSET", key("blobs", ens), ARGV[i], ARGV[i + 1]) end
touch(tonumber(ARGV[2]))
return 1
""",
    # ARGV: base, ttl, ens, then field/value/overwrite triples; regular writes are kept on retry
    "put_writes": r"""
local ens = ARGV[3]
redis.call("SADD", base .. ":ns", ens)
for i = 4, #ARGV, 3 do
  if ARGV[i + 2] == "1" or redis.call("HEXISTS", key("writes", ens), ARGV[i]) == 0 then
    redis.call("HSET", key("writes", ens), ARGV[i], ARGV[i + 1])
    redis.call("ZADD", key("w", ens), 0, ARGV[i])
  end
end
touch(tonumber(ARGV[2]))
return 1
""",
    # ARGV: base, ens, ids ("" = the latest); per id: {id, record, refs, blobs, write fields, writes} or nil
    "load": r"""
local ens = ARGV[2]
local out = {}
for i = 3, #ARGV do
  local id = ARGV[i]
  if id == "" then id = redis.call("ZRANGE", key("idx", ens), -1, -1)[1] end
  local rec = id and redis.call("HGET", key("cp", ens), id)
  if rec then
    local _, refs = parts(rec)
    local wf = write_fields(ens, id)
    out[#out + 1] = {id, rec, refs, chunked("HMGET", key("blobs", ens), refs), wf, chunked("HMGET", key("writes", ens), wf)}
  else
    out[#out + 1] = false
  end
end
return out
""",
    # ARGV: base; returns the thread's run entries so the global run index can be cleaned
    "delete": r"""
local runs = redis.call("ZRANGE", base .. ":runs", 0, -1)
for _, ens in ipairs(redis.call("SMEMBERS", base .. ":ns")) do
  for _, kind in ipairs(KINDS) do redis.call("DEL", key(kind, ens)) end
end
redis.call("DEL", base .. ":ns", base .. ":runs")
return runs
""",
    # ARGV: base, ttl; keeps the newest checkpoint of each namespace; returns {gone runs, namespaces left}
    "keep_latest": r"""
local runs = {}
for _, ens in ipairs(redis.call("SMEMBERS", base .. ":ns")) do
  for run in pairs(drop(ens, redis.call("ZRANGE", key("idx", ens), 0, -2))) do runs[run] = true end
  gc(ens)
end
touch(tonumber(ARGV[2]))
return {gone(runs), redis.call("SCARD", base .. ":ns")}
""",
    # ARGV: base, ttl, runs; returns the number of namespaces left
    "drop_runs": r"""
local touched = {}
for i = 3, #ARGV do
  local lo, hi = run_range(ARGV[i])
  local byns = {}
  for _, m in ipairs(redis.call("ZRANGEBYLEX", base .. ":runs", lo, hi)) do
    local a = string.find(m, "\0", 1, true)
    local b = string.find(m, "\0", a + 1, true)
    local ens = string.sub(m, a + 1, b - 1)
    byns[ens] = byns[ens] or {}
    table.insert(byns[ens], string.sub(m, b + 1))
  end
  for ens, ids in pairs(byns) do drop(ens, ids); touched[ens] = true end
end
for ens in pairs(touched) do gc(ens) end
touch(tonumber(ARGV[2]))
return redis.call("SCARD", base .. ":ns")
""",
    # ARGV: base, ttl, then (kind, ens, field, value) quads: a copied thread written atomically
    "restore": r"""
for i = 3, #ARGV, 4 do
  local kind, ens, f, v = ARGV[i], ARGV[i + 1], ARGV[i + 2], ARGV[i + 3]
  if kind == "ns" then redis.call("SADD", base .. ":ns", ens)
  elseif kind == "runs" then redis.call("ZADD", base .. ":runs", 0, f)
  elseif kind == "idx" or kind == "w" then redis.call("ZADD", key(kind, ens), 0, f)
  else redis.call("HSET", key(kind, ens), f, v) end
end
touch(tonumber(ARGV[2]))
return 1
""",
}


@dataclass(frozen=True)
class Script:
    name: str
    source: str
    sha: str


def _script(name: str, body: str) -> Script:
    source = PRELUDE + body
    return Script(name, source, hashlib.sha1(source.encode()).hexdigest())


SCRIPTS = {name: _script(name, body) for name, body in BODIES.items()}
