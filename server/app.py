"""The HTTP API, versioned under /v1: an ASGI app for `mind serve`, also mounted in `langgraph dev`.

All session state lives in the checkpointer (Redis when REDIS_URL is set), and locks and rate
limits live in Redis too, so any number of server processes can serve one session.
"""

from __future__ import annotations

import gc
import json
import logging
import os
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from typing import Any

from fastapi import Depends, FastAPI, Header, Request, Response
from fastapi.responses import StreamingResponse

from graph.checkpointer import SettingsError, describe, open_checkpointer, redis_url
from graph.context import Context
from graph.logs import configure
from graph.redis_saver.connect import aconnect
from graph.state import rounds_of
from server import errors
from server.api_models import (
    ComfortIn,
    ComfortResult,
    ErrorResponse,
    Health,
    MoodIn,
    SessionCreate,
    SessionCreated,
    SessionSummary,
    SessionView,
)
from server.auth import ApiKeys, keys_from_env
from server.errors import ApiError
from server.guards import BodyLimit, RateLimiter, SessionBusy, SessionLocks
from server.sessions import ComfortPlan, Sessions, document, export

log = logging.getLogger("mind.server")
JSON_LOGS_ENV = "MIND_JSON_LOGS"
ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorResponse} for code in (400, 401, 404, 409, 413, 422, 429, 503)}


def rate_limit() -> int:
    value = os.environ.get("MIND_RATE_LIMIT_PER_MINUTE", "120")
    if not value.isdigit() or int(value) < 1:
        raise SettingsError(f"MIND_RATE_LIMIT_PER_MINUTE must be a whole number of at least 1, got {value!r}")
    return int(value)


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    if os.environ.get(JSON_LOGS_ENV):  # `mind serve` (every worker); under `langgraph dev` its own logging stays
        configure()
    async with AsyncExitStack() as stack:
        prefix = os.environ.get("MIND_REDIS_PREFIX", "mind")
        redis = None
        if url := redis_url():
            redis = await aconnect(url)
            stack.push_async_callback(redis.aclose)
        checkpointer = await stack.enter_async_context(open_checkpointer())
        app.state.sessions = Sessions(checkpointer, Context())
        app.state.keys = keys_from_env()
        app.state.limiter = RateLimiter(rate_limit(), redis=redis, prefix=prefix)
        app.state.locks = SessionLocks(redis, prefix)
        app.state.redis = redis
        gc.freeze()  # what start-up built lives as long as the process: keep it out of every collection
        yield


async def current_user(request: Request, authorization: str | None = Header(None)) -> str:
    keys: ApiKeys = request.app.state.keys
    user = keys.user_for(authorization)
    if user is None:
        raise ApiError(401, "a valid `Authorization: Bearer <key>` header is required",
                       {"WWW-Authenticate": "Bearer"})
    allowed, retry = await request.app.state.limiter.allow(user)
    if not allowed:
        raise ApiError(429, f"too many requests; try again in {retry} s", {"Retry-After": str(retry)})
    return user


def sessions_of(request: Request) -> Sessions:
    return request.app.state.sessions


def round_view(values: dict[str, Any]) -> dict[str, Any] | None:
    waiting = values.get("waiting")
    if not waiting or waiting["type"] != "comfort_request":
        return None
    return {k: waiting[k] for k in ("round", "scene_index", "scene", "hints")} | {
        "distortion": {k: waiting["distortion"][k] for k in ("type", "thought", "intensity")}}


def waiting_for(values: dict[str, Any]) -> str | None:
    waiting = values.get("waiting")
    return {"comfort_request": "comfort", "safety_check": "safety_check",
            "age_check": "age_check"}.get(waiting["type"]) if waiting else None


def notices_of(values: dict[str, Any]) -> list[dict[str, Any]]:
    waiting = values.get("waiting") or {}
    return list(waiting.get("notices") or [])


def closing_of(values: dict[str, Any]) -> dict[str, Any] | None:
    """The closing, or the crisis support while the practice is paused for it."""
    return values.get("closing") if waiting_for(values) != "comfort" else None


def comfort_result(values: dict[str, Any], answered: int) -> dict[str, Any]:
    record = next((r for r in rounds_of(values.get("transcript", [])) if r["round"] == answered), {})
    return {"patient": record.get("patient"), "verdict": record.get("verdict"), "status": values["status"],
            "round": round_view(values), "closing": closing_of(values), "waiting_for": waiting_for(values),
            "notices": notices_of(values)}


def create_app() -> FastAPI:
    app = FastAPI(title="MIND", version="1", lifespan=lifespan, responses=ERRORS,
                  description="Self-compassion practice through inner dialogue: a session API.")
    errors.install(app)
    app.add_middleware(BodyLimit)

    @app.get("/healthz", response_model=Health, tags=["health"])
    async def healthz() -> dict:
        return {"status": "ok"}

    @app.get("/readyz", response_model=Health, tags=["health"])
    async def readyz(request: Request) -> dict:
        if request.app.state.redis is not None:
            await request.app.state.redis.ping()  # a failure is answered 503
        return {"status": "ready", "storage": describe()}

    @app.post("/v1/sessions", status_code=201, response_model=SessionCreated, response_model_exclude_none=True,
              tags=["sessions"])
    async def create_session(body: SessionCreate, request: Request, user: str = Depends(current_user)) -> dict:
        values = await sessions_of(request).start(
            body.topic, body.worries, body.scenario_id, session_id=os.urandom(16).hex(), owner=user,
            language=body.language, adult_confirmed=body.adult_confirmed, region=body.region)
        return {"session_id": values["session_id"], "status": values["status"], "round": round_view(values),
                "closing": closing_of(values), "waiting_for": waiting_for(values), "notices": notices_of(values)}

    @app.post("/v1/sessions/{session_id}/comfort", response_model=ComfortResult, response_model_exclude_none=True,
              tags=["sessions"], responses={200: {"content": {"text/event-stream": {}}, "description": (
                  "JSON, or with `Accept: text/event-stream` Server-Sent Events: `patient` events carry the "
                  "inner self's reply as it comes (checked word by word), then one `result` event "
                  "carries this same JSON.")}})
    async def comfort(session_id: str, body: ComfortIn, request: Request, user: str = Depends(current_user)):
        sessions, locks = sessions_of(request), request.app.state.locks
        stack = AsyncExitStack()
        try:
            await stack.enter_async_context(locks.hold(session_id))
        except SessionBusy:
            raise ApiError(409, "another comfort for this session is being answered", {"Retry-After": "2"}) from None
        try:  # every refusal (404, 409, 422) is a plain error response, before any stream starts
            plan = await sessions.plan_comfort(session_id, body.text, user, body.round)
        except BaseException:
            await stack.aclose()
            raise
        if "text/event-stream" in request.headers.get("accept", ""):
            return StreamingResponse(_events(sessions, plan, user, stack), media_type="text/event-stream",
                                     headers={"Cache-Control": "no-store"})
        async with stack:
            async for _ in sessions.run_comfort(plan):
                pass
            values = await sessions.state(session_id, user)
        return comfort_result(values, plan.round)

    @app.get("/v1/sessions", response_model=list[SessionSummary], tags=["sessions"])
    async def list_sessions(request: Request, user: str = Depends(current_user)) -> list[dict]:
        return await sessions_of(request).list(user)

    @app.get("/v1/sessions/{session_id}", response_model=SessionView, response_model_exclude_none=True,
             tags=["sessions"])
    async def read_session(session_id: str, request: Request, user: str = Depends(current_user)) -> dict:
        sessions = sessions_of(request)
        values = await sessions.state(session_id, user)
        doc = document(values, sessions.engine_label())
        return doc | {"round": round_view(values), "mood": values.get("mood", []), "waiting_for": waiting_for(values),
                      "notices": notices_of(values)}

    @app.post("/v1/sessions/{session_id}/mood", response_model=SessionView, response_model_exclude_none=True,
              tags=["sessions"])
    async def check_in(session_id: str, body: MoodIn, request: Request, user: str = Depends(current_user)) -> dict:
        sessions = sessions_of(request)
        try:
            async with request.app.state.locks.hold(session_id):
                values = await sessions.add_mood(session_id, body.entry(), user)
        except SessionBusy:
            raise ApiError(409, "a comfort for this session is being answered", {"Retry-After": "2"}) from None
        return document(values, sessions.engine_label()) | {"round": round_view(values), "mood": values.get("mood", []),
                                                             "waiting_for": waiting_for(values),
                                                             "notices": notices_of(values)}

    @app.get("/v1/sessions/{session_id}/export", tags=["sessions"])
    async def export_session(session_id: str, request: Request, user: str = Depends(current_user)) -> Response:
        sessions = sessions_of(request)
        values = await sessions.state(session_id, user)
        body = json.dumps(export(values, sessions.engine_label(), sessions.context), ensure_ascii=False, default=str)
        return Response(body, media_type="application/json",
                        headers={"Content-Disposition": f'attachment; filename="mind-{session_id}.json"'})

    @app.delete("/v1/sessions/{session_id}", status_code=204, tags=["sessions"])
    async def delete_session(session_id: str, request: Request, user: str = Depends(current_user)) -> Response:
        await sessions_of(request).delete(session_id, user)
        return Response(status_code=204)

    return app


def _sse(event: str, data: Any) -> bytes:
    return f"event: {event}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n".encode()


async def _events(sessions: Sessions, plan: ComfortPlan, user: str, stack: AsyncExitStack) -> AsyncIterator[bytes]:
    """The round as Server-Sent Events; the session lock is held until the stream ends."""
    async with stack:
        try:
            async for text in sessions.run_comfort(plan):
                yield _sse("patient", {"text": text})
            values = await sessions.state(plan.session_id, user)
            yield _sse("result", ComfortResult(**comfort_result(values, plan.round)).model_dump(exclude_none=True))
        except Exception as err:  # the status line is sent already: a failure travels as an event
            log.warning("comfort stream for a session failed: %s", type(err).__name__)  # no text: it may be the user's
            yield _sse("error", {"error": {"code": "unavailable", "message": "the round could not be finished; "
                                           "send the same comfort again to finish it"}})


app = create_app()
