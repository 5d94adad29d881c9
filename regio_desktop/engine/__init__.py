"""The indicator engine: a year's world as arrays, indicators, explanations, consistency, exploration (no Qt)."""
