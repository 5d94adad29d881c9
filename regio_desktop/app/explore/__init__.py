"""The explore room: every combination of choices, the Pareto front and the robust winners, off
the GUI thread."""
