"""RFC 9457 problem details for every error the API returns."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DataError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from provider.api.schemas.problems import Problem
from provider.domain.errors import FieldError, RuleViolation

log = logging.getLogger(__name__)
TYPE_BASE = "urn:switchboard:problem:"
MEDIA_TYPE = "application/problem+json"

TITLES = {
    400: "Bad request", 401: "Not signed in", 403: "Not allowed", 404: "Not found",
    405: "Method not allowed", 409: "Conflict", 413: "Too large", 415: "Unsupported media type",
    422: "Invalid input", 429: "Too many requests", 500: "Internal error",
    503: "Unavailable",
}

# pydantic's error types, in words a customer understands, and the rule name we report.
PYDANTIC_RULES: dict[str, tuple[str, str]] = {
    "missing": ("required", "This field is required."),
    "string_too_short": ("min_length", "This is too short."),
    "string_too_long": ("max_length", "This is too long."),
    "string_pattern_mismatch": ("format", "This is not in the expected format."),
    "literal_error": ("choice", "Choose one of the allowed values."),
    "enum": ("choice", "Choose one of the allowed values."),
    "value_error": ("format", "This value is not valid."),
    "int_parsing": ("integer", "Enter a whole number."),
    "decimal_parsing": ("decimal", "Enter an amount."),
    "json_invalid": ("json", "The request body is not valid JSON."),
    "model_attributes_type": ("object", "A JSON object is expected."),
    "dict_type": ("object", "A JSON object is expected."),
    "control_characters": ("characters", "Line breaks and control characters are not allowed here."),
}


_PROBLEM_CONTENT = {MEDIA_TYPE: {"schema": Problem.model_json_schema()}}
# Documented on every route: FastAPI's own 422 schema would describe a shape we never send.
PROBLEM_RESPONSES: dict[int | str, dict[str, Any]] = {
    422: {"description": "Invalid input: `field` and `rule` name what failed", "content": _PROBLEM_CONTENT},
    "4XX": {"description": "Problem details (401 not signed in, 403 role, 404 not found or "
                           "another account's, 409 conflict, 429 locked with Retry-After)",
            "content": _PROBLEM_CONTENT},
}


def problem(status: int, slug: str, detail: str, errors: list[FieldError] | None = None,
            headers: dict[str, str] | None = None,
            extensions: dict[str, Any] | None = None) -> JSONResponse:
    body: dict[str, Any] = {
        **(extensions or {}),
        "type": TYPE_BASE + slug,
        "title": TITLES.get(status, "Error"),
        "status": status,
        "detail": detail,
    }
    if errors:
        body["field"] = errors[0].field
        body["rule"] = errors[0].rule
        body["errors"] = [{"field": e.field, "rule": e.rule, "message": e.message}
                          for e in errors]
    return JSONResponse(body, status_code=status, media_type=MEDIA_TYPE, headers=headers)


def _field_errors(exc: RequestValidationError) -> list[FieldError]:
    errors = []
    for err in exc.errors():
        loc = [str(p) for p in err.get("loc", ()) if p not in ("body", "query", "path", "header")]
        rule, message = PYDANTIC_RULES.get(err.get("type", ""), ("format", ""))
        ctx_msg = err.get("msg", "")
        if err.get("type") in ("value_error", "control_characters") and ctx_msg:
            message = ctx_msg.removeprefix("Value error, ")
        errors.append(FieldError(".".join(loc) or "body", rule, message or ctx_msg))
    return errors


MAX_BODY_BYTES = 1_000_000
# Files the operator uploads (bank statements, call records) may be larger; nothing else is.
UPLOAD_PATHS = (b"/api/v1/operator/bank-statements", b"/api/v1/operator/call-records")
MAX_UPLOAD_BYTES = 20_000_000
# JSON may spell NUL as an escape; PostgreSQL refuses NUL in text, SQLite would store it. No
# field of ours has a use for control characters, so refuse them at the door, alike on both.
NUL_MARKERS = (b"\x00", b"\\u0000")


class InputGuard:
    """Refuses, before any route runs, bodies over MAX_BODY_BYTES (413) and requests with NUL
    characters in the path, query or body (422)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        target = scope.get("raw_path", b"") + b"?" + scope.get("query_string", b"")
        if b"%00" in target or b"\x00" in target:
            await _refuse_nul(scope, receive, send)
            return
        if scope.get("method") in ("GET", "HEAD"):  # no route reads a body here: leave it unread
            await self.app(scope, receive, send)
            return
        chunks: list[bytes] = []
        size = 0
        limit = MAX_UPLOAD_BYTES if scope.get("raw_path", b"") in UPLOAD_PATHS else MAX_BODY_BYTES
        more = True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                break
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > limit:
                response = problem(413, "too-large", f"The request is larger than {limit} bytes.")
                await response(scope, receive, send)
                return
            chunks.append(chunk)
            more = message.get("more_body", False)
        body = b"".join(chunks)
        if any(marker in body.lower() for marker in NUL_MARKERS):
            await _refuse_nul(scope, receive, send)
            return
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


async def _refuse_nul(scope: Scope, receive: Receive, send: Send) -> None:
    error = FieldError("body", "characters", "The request contains a NUL character.")
    await problem(422, "validation", error.message, [error])(scope, receive, send)


def install(app: FastAPI) -> None:
    """Call before including routers: the problem responses are documented on every route."""
    app.router.responses = {**PROBLEM_RESPONSES, **app.router.responses}
    app.add_middleware(InputGuard)

    @app.exception_handler(DataError)
    async def _data(_: Request, exc: DataError) -> JSONResponse:
        # A value the database cannot hold (out of range, bad characters): the input's fault,
        # and the transaction was rolled back, so nothing changed.
        log.info("database refused a value: %s", type(exc.orig).__name__)
        return problem(422, "validation", "A value is out of range or has invalid characters.")

    @app.exception_handler(RuleViolation)
    async def _rule(_: Request, exc: RuleViolation) -> JSONResponse:
        return problem(exc.status, exc.slug, exc.detail, exc.errors, exc.headers, exc.extensions)

    @app.exception_handler(RequestValidationError)
    async def _validation(_: Request, exc: RequestValidationError) -> JSONResponse:
        errors = _field_errors(exc)
        detail = f"{errors[0].field}: {errors[0].message}" if errors else "Invalid input."
        return problem(422, "validation", detail, errors)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        slug = {404: "not-found", 405: "method-not-allowed"}.get(exc.status_code, "http")
        return problem(exc.status_code, slug, str(exc.detail), headers=exc.headers)

    @app.exception_handler(Exception)
    async def _unexpected(_: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error", exc_info=exc)
        return problem(500, "internal", "Something went wrong on our side; nothing was changed.")
