"""Where a chart's labels go: route numbers beside their points and place names beside their steps, never read
as another point's (the window's charts and the PDF's). Geometry only (QtCore), so the documents can use it
without the charting library."""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF


def place_labels(anchors: list[QPointF], sizes: list[tuple[float, bool]], ascent: float, descent: float,
                 area: QRectF | None, gap: float, beside: bool, taken: list[QRectF], keep_all: bool,
                 ) -> list[tuple[QRectF, bool] | None]:
    """Where each label goes, in screen pixels, and whether a line must join it to its point (None: left out).
    ``sizes``: each label's width and whether it goes before its point (to its left) by choice. A label tries, on
    its chosen side, a spot level with its point (if ``beside``), above it and below it, then the same on the
    other side, then all of these again farther out; a spot must lie inside ``area`` and clear of ``taken`` (the
    other labels, and the marks), and plainly nearer its own point than any other point, so that a number never
    reads as another route's. A place name with no such spot is left out (the table names every place); a route
    number (``keep_all``) always shows: with no such spot, at the least ambiguous free spot whose line to its point
    passes no other point, joined to it by that line."""
    height = ascent + descent
    placed: list[tuple[QRectF, bool] | None] = [None] * len(anchors)
    taken = list(taken)
    spots_of = []
    for point, (width, left) in zip(anchors, sizes):
        spots = []
        for distance in (gap, 2.5 * gap, 4.5 * gap):
            level = [point.y() + (ascent - descent) / 2] if beside else []
            baselines = (*level, point.y() - distance, point.y() + height + distance - 4)
            spots += [QRectF(point.x() - width - distance if side else point.x() + distance, baseline - ascent,
                             width, height) for side in (left, not left) for baseline in baselines]
        spots_of.append([box for box in spots if area is None or area.contains(box)])
    # first every label that has a spot plainly its own, then (route numbers only) the rest, joined by a line:
    # a label that must be joined never takes the spot beside another point first
    for joining in (False, True):
        if joining and not keep_all:
            break
        for index, point in enumerate(anchors):
            if placed[index] is not None:
                continue
            fitting = spots_of[index]
            free = [box for box in fitting if not any(box.intersects(other) for other in taken)]
            others = [a for j, a in enumerate(anchors) if j != index]
            if not joining:
                clear = [box for box in free if _margin(box, point, others) > 0]
                chosen = (clear[0], False) if clear else None
            else:
                lines = [box for box in free if not _passes_near(point, leader_end(box, point), others, gap)]
                candidates = lines or free or fitting
                # the least ambiguous of them, so that the label reads as its point's even before the line does
                best = max(candidates, key=lambda box: _margin(box, point, others)) if candidates else None
                chosen = (best, True) if best is not None else None
            if chosen is not None:
                taken.append(chosen[0])
                placed[index] = chosen
    return placed


def leader_end(box: QRectF, point: QPointF) -> QPointF:
    """Where a line from a point meets a label's box: its nearest point."""
    return QPointF(min(max(point.x(), box.left()), box.right()), min(max(point.y(), box.top()), box.bottom()))


def _passes_near(start: QPointF, end: QPointF, points: list[QPointF], within: float) -> bool:
    """Whether a line passes within ``within`` px of any of the points (which would seem to be what it joins)."""
    dx, dy = end.x() - start.x(), end.y() - start.y()
    length = dx * dx + dy * dy or 1.0
    for point in points:
        t = max(0.0, min(1.0, ((point.x() - start.x()) * dx + (point.y() - start.y()) * dy) / length))
        if (start.x() + t * dx - point.x()) ** 2 + (start.y() + t * dy - point.y()) ** 2 < within * within:
            return True
    return False


def _margin(box: QRectF, own: QPointF, others: list[QPointF]) -> float:
    """How much nearer a label lies to its own point than to any other, less the 3 px the eye needs to tell
    them apart (positive: plainly its own's)."""
    return min((_distance(box, other) for other in others), default=float("inf")) - _distance(box, own) - 3.0


def _distance(box: QRectF, point: QPointF) -> float:
    """From a point to the nearest edge of a box (0 inside it), a step up or down counting twice a step across:
    the eye reads a label with the mark level with it."""
    dx = max(box.left() - point.x(), 0.0, point.x() - box.right())
    dy = max(box.top() - point.y(), 0.0, point.y() - box.bottom())
    return (dx * dx + 4 * dy * dy) ** 0.5
