"""LangGraph custom auth for `langgraph dev` / the LangGraph API: the same bearer keys as /v1,
and every thread (with its runs) belongs to the user who created it; others cannot see it.
"""

from __future__ import annotations

from typing import Any

from langgraph_sdk import Auth

from server.auth import keys_from_env

auth = Auth()
KEYS = keys_from_env()


@auth.authenticate
async def authenticate(authorization: str | None) -> Auth.types.MinimalUserDict:
    user = KEYS.user_for(authorization)
    if user is None:
        raise Auth.exceptions.HTTPException(status_code=401, detail="a valid `Authorization: Bearer <key>` is required")
    return {"identity": user, "permissions": []}


def _owned(ctx: Auth.types.AuthContext, value: Any) -> Auth.types.FilterType:
    """Stamps what the user writes with them as owner, and filters what they read to what they own."""
    owner = {"owner": ctx.user.identity}
    if isinstance(value, dict):
        metadata = value.setdefault("metadata", {})
        if isinstance(metadata, dict):
            metadata.update(owner)
    return owner


@auth.on.threads
async def own_threads(ctx: Auth.types.AuthContext, value: Any) -> Auth.types.FilterType:
    """Threads (and the runs on them): create, read, search, update, delete, resume."""
    return _owned(ctx, value)


@auth.on.crons
async def own_crons(ctx: Auth.types.AuthContext, value: Any) -> Auth.types.FilterType:
    return _owned(ctx, value)


@auth.on.assistants.read
@auth.on.assistants.search
async def read_assistants(ctx: Auth.types.AuthContext, value: Any) -> None:
    """The graph's assistants are shared: anyone signed in may use them."""


@auth.on.assistants
async def no_assistant_changes(ctx: Auth.types.AuthContext, value: Any) -> bool:
    return False


@auth.on.store
async def own_store(ctx: Auth.types.AuthContext, value: Any) -> None:
    namespace = tuple(value.get("namespace") or ())
    if not namespace or namespace[0] != ctx.user.identity:
        value["namespace"] = (ctx.user.identity, *namespace)
