"""The part of a straight segment inside an upright box (Liang–Barsky): the map's build cuts its borders to the
region with it, and the chart labels keep clear of the lines drawn with it."""
from __future__ import annotations


def segment_span(start: tuple[float, float], end: tuple[float, float],
                 box: tuple[float, float, float, float]) -> tuple[float, float] | None:
    """The fractions ``(t0, t1)`` of the segment from ``start`` to ``end`` between which it lies inside ``box``
    (least x, least y, most x, most y; its edges count as inside), or None where it misses the box."""
    (x0, y0), (x1, y1) = start, end
    dx, dy = x1 - x0, y1 - y0
    low, high = 0.0, 1.0
    for p, q in ((-dx, x0 - box[0]), (dx, box[2] - x0), (-dy, y0 - box[1]), (dy, box[3] - y0)):
        if p == 0:
            if q < 0:  # parallel to this edge and outside it
                return None
            continue
        t = q / p
        if p < 0:
            low = max(low, t)
        else:
            high = min(high, t)
        if low > high:
            return None
    return low, high
