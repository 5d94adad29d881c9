"""The world: the database schema, opening and upgrading it, and loading it into arrays (no Qt)."""
