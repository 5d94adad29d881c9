"""The Qt shell of Regio Desktop: window, docks, Qt models over the core's data, undo, settings.

Everything here calls ``regio_desktop.api``; nothing here computes indicators or touches SQL.
"""
