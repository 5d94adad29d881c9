"""Data files that ship with the program (preset scenarios, map outlines, translation sources).

Installed as ``regio_desktop.resources``; read them with ``regio_desktop.world.resource_files``.
"""
