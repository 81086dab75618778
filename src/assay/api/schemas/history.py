"""Accepted-code history: versions, a rebuilt version, a diff between two."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel


class AcceptedVersionPublic(BaseModel):
    version: int
    submission_id: int
    created_at: datetime
    size_bytes: int


class LanguageHistory(BaseModel):
    language: str
    versions: list[AcceptedVersionPublic]


class ProblemHistory(BaseModel):
    problem: str
    languages: list[LanguageHistory]


class VersionSource(BaseModel):
    problem: str
    language: str
    version: int
    submission_id: int
    created_at: datetime
    source: str


class VersionDiff(BaseModel):
    problem: str
    language: str
    from_version: int
    to_version: int
    diff: str  # unified diff; empty when the versions are equal
