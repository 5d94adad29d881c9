"""Workshop mode: decks of prepared scenarios, built in the window and presented to a room."""
