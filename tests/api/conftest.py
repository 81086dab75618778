"""Fixtures for the API tests (defined in `api_support`)."""

from api_support import (  # noqa: F401
    admin,
    alice,
    anon,
    api,
    bob,
    database,
    database_url,
    postgres_url,
    settings_overrides,
)
