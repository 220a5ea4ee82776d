"""Every error the HTTP API gives is `{"error": {"code", "message"}}` with the right status."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError
from starlette.exceptions import HTTPException as StarletteHTTPException

from graph.inputs import InputError
from server.sessions import SessionConflict, SessionNotFound

log = logging.getLogger("mind.server")
CODES = {400: "bad_request", 401: "unauthorized", 404: "not_found", 405: "method_not_allowed", 406: "not_acceptable",
         409: "conflict", 413: "payload_too_large", 415: "unsupported_media_type", 422: "invalid_input",
         429: "rate_limited", 503: "unavailable"}


class ApiError(Exception):
    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status, self.message, self.headers = status, message, headers or {}


def error_response(status: int, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": {"code": CODES.get(status, "error"), "message": message}}, status, headers=headers)


def _validation_message(err: RequestValidationError) -> tuple[int, str]:
    problems = err.errors()
    if any(p.get("type") == "json_invalid" for p in problems):
        return 400, "the request body is not valid JSON"
    parts = []
    for p in problems[:5]:
        where = ".".join(str(x) for x in p.get("loc", ()) if x != "body") or "body"
        parts.append(f"{where}: {p.get('msg', 'invalid')}")
    return 422, "; ".join(parts)


def install(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api(_: Request, err: ApiError):
        return error_response(err.status, err.message, err.headers)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, err: StarletteHTTPException):
        return error_response(err.status_code, str(err.detail), getattr(err, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _invalid(_: Request, err: RequestValidationError):
        return error_response(*_validation_message(err))

    @app.exception_handler(InputError)
    async def _input(_: Request, err: InputError):
        return error_response(422, str(err))

    @app.exception_handler(SessionNotFound)
    async def _missing(_: Request, err: SessionNotFound):
        return error_response(404, "no such session")

    @app.exception_handler(SessionConflict)
    async def _conflict(_: Request, err: SessionConflict):
        return error_response(409, str(err))

    @app.exception_handler(RedisConnectionError)
    @app.exception_handler(RedisTimeoutError)
    async def _redis_down(_: Request, err: Exception):
        log.warning("session storage unavailable: %s: %s", type(err).__name__, err)
        return error_response(503, "session storage is unavailable; try again shortly", {"Retry-After": "5"})
