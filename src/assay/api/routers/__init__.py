"""Routers per resource; each is thin and calls a service or a query."""
