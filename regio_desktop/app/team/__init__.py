"""The window's live behaviour on a team database (#17): others' changes, outages, passwords."""
