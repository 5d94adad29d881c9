"""The "Who else moves" room: every state and bloc a scenario moves, not only the edited."""
