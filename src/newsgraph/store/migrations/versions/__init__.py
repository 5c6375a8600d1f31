"""One file per schema revision (alembic): never edit a released one, add the next."""
