"""Imports and exports: CSV and JSON tables of memberships, observations, indicators, arguments (no Qt)."""
