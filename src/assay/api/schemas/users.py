"""Accounts: registration, sign-in, the signed-in user, API tokens, sign-in providers."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, Field, StringConstraints

from assay.api.schemas.common import Request

Username = Annotated[
    str, StringConstraints(strip_whitespace=True, pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]{2,31}$")
]
Email = Annotated[
    str,
    StringConstraints(
        strip_whitespace=True, max_length=320, pattern=r"^[^@\s]{1,64}@[^@\s]+\.[^@\s]+$"
    ),
]
Password = Annotated[str, StringConstraints(min_length=8, max_length=256)]


class RegisterRequest(Request):
    username: Username = Field(description="3-32 letters, digits, `_`, `.`, `-`")
    password: Password
    email: Email | None = None


class LoginRequest(Request):
    login: Annotated[str, StringConstraints(min_length=1, max_length=320)] = Field(
        description="username or email"
    )
    password: Annotated[str, StringConstraints(min_length=1, max_length=256)]


class ChangePasswordRequest(Request):
    current_password: Annotated[str, StringConstraints(max_length=256)] | None = Field(
        default=None, description="required when the account has a password"
    )
    new_password: Password


class UserPublic(BaseModel):
    id: int
    username: str
    is_admin: bool
    created_at: datetime


class UserMe(UserPublic):
    email: str | None
    has_password: bool
    csrf_token: str | None  # for cookie sessions: echo it in X-CSRF-Token


class ApiTokenCreate(Request):
    name: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=64)]


class ApiTokenPublic(BaseModel):
    id: int
    name: str
    prefix: str  # the token's first characters
    created_at: datetime
    last_used_at: datetime | None


class ApiTokenCreated(ApiTokenPublic):
    token: str  # shown once; store it now


class OAuthProviderPublic(BaseModel):
    name: str
    title: str
    login_url: str


class AdminUserUpdate(Request):
    is_admin: bool
