"""Helpers every room may use: labels of the world's vocabulary, indicator titles and number
formatting, colours that follow the theme, citations, the chart canvas and image export. Imports
nothing else of the shell."""
