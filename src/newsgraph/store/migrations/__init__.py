"""Alembic migrations of the store, run by `open_store` (upgrade head); see env.py."""
