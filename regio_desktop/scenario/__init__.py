"""Scenarios: the immutable value of a what-if, its edits, its file format and its validation (no Qt)."""
