"""Assay: a self-hosted online judge."""

__version__ = "0.1.0"
