"""The shell assembles the rooms: main window, menus and actions, launch, settings, theme and
translations."""
