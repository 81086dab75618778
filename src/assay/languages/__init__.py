"""The language registry: one small declarative entry per language."""
