"""The library room: every argument and source, their editors, provenance, import and export, and
the source reader."""
