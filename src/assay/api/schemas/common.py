"""Shared schema pieces."""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict


class Request(BaseModel):
    """A request body: unknown fields are an error (they are usually typos)."""

    model_config = ConfigDict(extra="forbid")


class Paged(BaseModel):
    total: int  # matching items on all pages
    page: int
    per_page: int


def _storable_text(value: str) -> str:
    if "\x00" in value:
        raise ValueError("must not contain NUL characters")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as error:
        raise ValueError("must be valid Unicode text (lone surrogate found)") from error
    return value


StorableText = Annotated[str, AfterValidator(_storable_text)]
