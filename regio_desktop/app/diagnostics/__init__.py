"""Checks of the running window: self-test, timings and screenshots."""
