"""Keep room at the right of a horizontal bar chart for the change labels written at the bars' ends.

A fixed data range (say 0 to 112 on a 0–100 index) leaves the labels a fixed share of the plot,
which in a narrow dock is 30 pixels: "+49.1 ▲" at the end of a long bar was cut off. The range
is instead recomputed whenever the view changes size, so that the labels always get
``room_px`` pixels beyond the longest possible bar.
"""

from __future__ import annotations

import pyqtgraph as pg

LABEL_ROOM_PX = 76
"""Wide enough for a signed change with one decimal and its mark, in the chart font."""


def right_edge(top: float, width_px: float, room_px: float = LABEL_ROOM_PX) -> float:
    """The data value at the plot's right edge that leaves ``room_px`` pixels beyond ``top``
    (at most four times ``top``, so that a view a few pixels wide still shows its bars)."""
    usable = width_px - room_px
    if usable <= width_px / 4:
        return 4 * top
    return top * width_px / usable


def keep_label_room(
    plot: pg.PlotItem, top: float, start: float = 0.0, room_px: float = LABEL_ROOM_PX
) -> None:
    """Show ``start`` to ``top`` with ``room_px`` pixels to spare at the right, now and after
    every resize of the plot's view."""
    view = plot.getViewBox()

    def fit() -> None:
        width = view.width()
        edge = right_edge(top - start, width, room_px) + start if width > 0 else top * 1.12
        view.setXRange(start, edge, padding=0)

    fit()
    view.sigResized.connect(fit)
