"""The charts room: indicators against the baseline, a state profile, bloc indicators and the
membership timeline."""
