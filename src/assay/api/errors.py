"""Errors as `application/problem+json` (RFC 9457), each with a message a person can act on.

`ApiError` is the one exception routers and services raise; its subclasses fix the status.
Handlers here turn it, Starlette's HTTP errors and request validation errors into problem
documents; anything else is a bug: logged, answered with a problem document and status 500.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

log = logging.getLogger(__name__)

PROBLEM_JSON = "application/problem+json"


class FieldError(BaseModel):
    field: str  # dotted path into the request, e.g. "body.source" or "query.page"
    message: str


class ProblemDetails(BaseModel):
    """An error response."""

    type: str = "about:blank"
    title: str  # short, stable summary of the status
    status: int
    detail: str  # what went wrong and what to do about it
    code: str  # machine-readable, e.g. "not_found", "rate_limited", "csrf_failed"
    errors: list[FieldError] = Field(default_factory=list)  # for invalid requests


class ApiError(Exception):
    status = 400
    code = "bad_request"
    title = "Bad Request"

    def __init__(
        self, detail: str, *, code: str | None = None, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(detail)
        self.detail = detail
        self.headers = headers or {}
        if code is not None:
            self.code = code


class Unauthorized(ApiError):
    status, code, title = 401, "unauthorized", "Unauthorized"


class Forbidden(ApiError):
    status, code, title = 403, "forbidden", "Forbidden"


class NotFound(ApiError):
    status, code, title = 404, "not_found", "Not Found"


class Conflict(ApiError):
    status, code, title = 409, "conflict", "Conflict"


class TooLarge(ApiError):
    status, code, title = 413, "too_large", "Content Too Large"


class Unprocessable(ApiError):
    status, code, title = 422, "invalid", "Unprocessable Content"


class RateLimited(ApiError):
    status, code, title = 429, "rate_limited", "Too Many Requests"

    def __init__(self, detail: str, retry_after_s: int) -> None:
        super().__init__(detail, headers={"Retry-After": str(max(1, retry_after_s))})


class Unavailable(ApiError):
    status, code, title = 503, "unavailable", "Service Unavailable"


ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    "4XX": {"model": ProblemDetails, "description": "The request cannot be served as sent"},
}

_HTTP_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    406: "not_acceptable",
    409: "conflict",
    413: "too_large",
    415: "unsupported_media_type",
    422: "invalid",
    429: "rate_limited",
}


def problem_response(
    status: int,
    title: str,
    detail: str,
    code: str,
    *,
    errors: Sequence[FieldError] = (),
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    body = ProblemDetails(title=title, status=status, detail=detail, code=code, errors=list(errors))
    return JSONResponse(
        body.model_dump(mode="json"), status_code=status, headers=headers, media_type=PROBLEM_JSON
    )


async def _api_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    return problem_response(exc.status, exc.title, exc.detail, exc.code, headers=exc.headers)


async def _http_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    title = _reason(exc.status_code)
    detail = exc.detail if isinstance(exc.detail, str) and exc.detail != title else _hint(exc)
    code = _HTTP_CODES.get(exc.status_code, "error")
    headers = dict(exc.headers) if exc.headers else None
    return problem_response(exc.status_code, title, detail, code, headers=headers)


async def _validation_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = [_field_error(error) for error in exc.errors()]
    detail = "; ".join(f"{e.field}: {e.message}" for e in errors[:5]) or "invalid request"
    return problem_response(
        422, "Unprocessable Content", f"The request is invalid: {detail}", "invalid", errors=errors
    )


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    log.exception("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
    return problem_response(
        500,
        "Internal Server Error",
        "Something went wrong on our side; it has been logged. Please try again later.",
        "internal",
    )


def _field_error(error: Any) -> FieldError:
    location = ".".join(str(part) for part in error.get("loc", ()))
    return FieldError(field=location, message=str(error.get("msg", "invalid value")))


def _reason(status: int) -> str:
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def _hint(exc: StarletteHTTPException) -> str:
    hints = {
        404: "There is nothing at this address. Check the URL.",
        405: "This address does not accept that method.",
        413: "The request body is too large.",
        400: "The request could not be read (malformed body).",
    }
    return hints.get(exc.status_code, _reason(exc.status_code))


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(ApiError, _api_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(Exception, _unexpected)
