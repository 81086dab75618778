"""Pydantic schemas per resource: requests (`...Create`, `...Request`), responses (`...Public`)."""
