"""Wiring of the two modes: the embedded platform (memory queue, in-process slots) and the
distributed one (Redis, `assay worker` processes); the one place that picks a transport."""
