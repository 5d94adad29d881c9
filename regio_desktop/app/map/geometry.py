"""From the shipped longitude/latitude rings to scene paths: the map's projection and anchors.

The projection is equirectangular with longitudes shrunk by cos 45°: at the latitude of the
Caspian and the steppe, where most of the states of interest lie, shapes keep their proportions,
and the far north is stretched less than on a Mercator map. No map library is needed for that.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainterPath

DEGREE = 10.0
"""Scene units per degree of latitude (kept large so cosmetic pens and fonts stay crisp)."""
LONGITUDE_SCALE = math.cos(math.radians(45.0))

Ring = Sequence[Sequence[float]]


def project(lon: float, lat: float) -> QPointF:
    """A longitude/latitude pair in scene coordinates (north up, y growing southwards)."""
    return QPointF(lon * LONGITUDE_SCALE * DEGREE, -lat * DEGREE)


def country_path(rings: Sequence[Ring]) -> QPainterPath:
    """One closed subpath per ring; holes and islands alike (odd-even fill keeps holes open)."""
    path = QPainterPath()
    for ring in rings:
        points = [project(lon, lat) for lon, lat in ring]
        if len(points) < 3:
            continue
        path.moveTo(points[0])
        for point in points[1:]:
            path.lineTo(point)
        path.closeSubpath()
    return path


def ring_area(ring: Ring) -> float:
    """The signed area of a ring in square degrees (shoelace formula)."""
    return 0.5 * sum(
        a[0] * b[1] - b[0] * a[1] for a, b in zip(ring, [*ring[1:], ring[0]], strict=True)
    )


def ring_centroid(ring: Ring) -> QPointF:
    """The area centroid of one ring, in scene coordinates."""
    points = [project(lon, lat) for lon, lat in ring]
    area = cx = cy = 0.0
    for a, b in zip(points, [*points[1:], points[0]], strict=True):
        cross = a.x() * b.y() - b.x() * a.y()
        area += cross
        cx += (a.x() + b.x()) * cross
        cy += (a.y() + b.y()) * cross
    if abs(area) < 1e-12:
        return points[0]
    return QPointF(cx / (3 * area), cy / (3 * area))


def largest_ring(rings: Sequence[Ring]) -> Ring:
    return max(rings, key=lambda ring: abs(ring_area(ring)))


def anchor_point(rings: Sequence[Ring]) -> QPointF:
    """A point inside the country's largest ring, near its centroid: where its label sits and
    where a click certainly hits it (a concave country's centroid can fall outside it)."""
    ring = largest_ring(rings)
    path = country_path([ring])
    centre = ring_centroid(ring)
    if path.contains(centre):
        return centre
    box = path.boundingRect()
    best: QPointF | None = None
    steps = 24
    for i in range(1, steps):
        for j in range(1, steps):
            candidate = QPointF(
                box.left() + box.width() * i / steps, box.top() + box.height() * j / steps
            )
            if path.contains(candidate) and (
                best is None or _distance(candidate, centre) < _distance(best, centre)
            ):
                best = candidate
    return best if best is not None else centre


def _distance(a: QPointF, b: QPointF) -> float:
    return math.hypot(a.x() - b.x(), a.y() - b.y())


def united(rects: Sequence[QRectF]) -> QRectF:
    """The smallest rectangle holding all of ``rects`` (a null rectangle for none)."""
    result = QRectF()
    for rect in rects:
        result = result.united(rect)
    return result
