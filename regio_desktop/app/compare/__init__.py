"""The compare room: two to four open scenarios side by side."""
