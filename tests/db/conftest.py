"""Fixtures for the database tests (defined in `db_support`)."""

from db_support import database  # noqa: F401
from pg_support import database_url, postgres_url  # noqa: F401
