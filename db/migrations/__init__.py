"""Alembic migrations of the Regio Desktop schema (shipped as ``regio_desktop.migrations``)."""
