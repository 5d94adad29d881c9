"""Workshop decks: an ordered list of steps, each a scenario put to the room (no Qt)."""
