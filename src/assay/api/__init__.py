"""The HTTP API: FastAPI app factory, routers per resource, schemas, auth, live events.

Imports the queue's client side, db, problems (import and statements), languages and core;
never the judge, the sandbox or the worker.
"""

from assay.api.app import create_app

__all__ = ["create_app"]
