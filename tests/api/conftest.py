"""Fixtures for the API tests (defined in `api_support`)."""

from api_support import (  # noqa: F401
    admin,
    alice,
    anon,
    api,
    app_options,
    bob,
    database,
    settings_overrides,
)
from pg_support import database_url, postgres_url  # noqa: F401
