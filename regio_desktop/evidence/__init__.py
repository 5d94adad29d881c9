"""Arguments from the literature: matching them to a scenario's choices, searching them (no Qt)."""
