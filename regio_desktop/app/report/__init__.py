"""The report room: the PDF report of a scenario, drawn with the window's own charts."""
