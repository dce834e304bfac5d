"""Where a chart's labels go: route numbers beside their points and place names beside their steps, never read
as another point's (the window's charts and the PDF's). Geometry only (QtCore), so the documents can use it
without the charting library."""
from __future__ import annotations

import functools
import math
from collections.abc import Sequence

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen

from ..core.clipping import segment_span


LABEL_SPACE = 0.3  # the least room between two labels on a line, in line heights (about a space's width)
# the least room round a route number, every way, in line heights: a space's width beside another read as one list
# ("10 5, 7" of the potatoes quote's PDF chart), and one just above another as a column of the same point's
NUMBER_SPACE = 0.5
# how far a route number may stand from its point, in the gaps its nearest spots keep, before a line joins them:
# 13.5 px at the window's 9 px gap, past the nearest spots (a diagonal one is at most √2 gaps off) and short of the
# next (2.5 gaps): "1, 2", "6", "9" and "10" of the wheat quote stood off their points with nothing saying whose
LEADER_AFTER = 1.5
ALONG_WITHIN = 3.0  # px: a line that keeps this near another for most of its way reads as part of it
# labels whose spots are kept between repaints of the window's charts (``_spots_round``, about 19 kB a label): the
# numbers of a quote of 67 routes and the place names of a route, and more
SPOTS_KEPT = 256
WINDOW_REACH = 4.5  # the farthest spots of the window's labels, in gaps (paper's reach farther: ``place_labels``)
BAR_END_ROOM = 4.0  # px more than the 2 clear at a bar's ends: a number just past one read as "—4"


def place_labels(anchors: list[QPointF], sizes: list[tuple[float, bool]], ascent: float, descent: float,
                 area: QRectF | None, gap: float, beside: bool, taken: list[QRectF], keep_all: bool,
                 untangled: bool = False, drawn: Sequence[tuple[tuple[float, float], tuple[float, float]]] = (),
                 drawn_clear: float = 2.0, reach: float = WINDOW_REACH, every: bool = False
                 ) -> list[tuple[QRectF, bool] | None]:
    """Where each label goes, in screen pixels, and whether a line must join it to its point (None: left out).
    ``sizes``: each label's width and whether it goes before its point (to its left) by choice. A label tries, on its
    chosen side, a spot level with its point (if ``beside``), above it and below it, then the same on the other side,
    then all of these again farther out; a spot must lie inside ``area`` and clear of ``taken`` (the other labels, and
    the marks), and plainly nearer its own point than any other point, so that a number never reads as another route's.
    A place name with no such spot is left out (the table names every place); a route number (``keep_all``) always
    shows: with no such spot, at the least ambiguous free spot whose line to its point passes no other point, joined to
    it by that line; one that stands more than ``LEADER_AFTER`` gaps off its point is joined to it too, by a line that
    passes no other point and crosses no other label, and none takes a spot whose edge comes as near another point as
    its own; of the spots left to one that must be joined, the nearest its point whose edge is nearer it than any other
    point. A route number keeps ``NUMBER_SPACE`` clear of the others every way, a place name ``LABEL_SPACE`` beside
    another. ``untangled`` (the window's chart, whose points carry their number in a tooltip): a line crosses no other
    label and no other line, and no label lies across a line; a number with no such spot is left out rather than drawn
    into the crowd (at 150 % the lines of 8, 12 and 13 of the wheat quote crossed each other and the numbers beside
    them). ``drawn``: the segments of a line drawn on the chart (the days along the route), which no label may lie
    across, nor come within ``drawn_clear`` px of (the place names of the days' steps stood on the line itself,
    "Kashgar" struck through by the next leg). ``reach``: the farthest spots, in gaps from the point (paper, where every
    number shows, looks farther than the window: "5" of the wheat quote found no spot clear of the whiskers within 4.5
    gaps and stood on its own). ``every`` (paper, where no tooltip names a point): untangled where it can be, every
    number still shows, its line then crossing as few labels, lines and points as it can."""
    height = ascent + descent
    apart = (NUMBER_SPACE if keep_all else LABEL_SPACE) * height
    above = NUMBER_SPACE * height if keep_all else 0.0
    points = [(a.x(), a.y()) for a in anchors]  # plain numbers: this runs on every repaint of the charts
    crowd = _Crowd([(r.left(), r.top(), r.right(), r.bottom()) for r in taken], drawn, len(points), drawn_clear)
    bounds = (area.left(), area.top(), area.right(), area.bottom()) if area is not None else None
    # a label's spots, kept from repaint to repaint of the window's charts: a selection moves the ring round its
    # point, not the points (paper's, with the farther spots, 150 kB a label, are worked out once for a document)
    spots_round = _spots_round if reach <= WINDOW_REACH else _spots_round.__wrapped__
    spots_of = [spots_round(x, y, width, left, ascent, descent, gap, beside, reach, bool(drawn), keep_all, bounds)
                for (x, y), (width, left) in zip(points, sizes)]
    placed: list[tuple[tuple[float, float, float, float], bool] | None] = [None] * len(points)
    lines: list[tuple[tuple[float, float], tuple[float, float]]] = []  # the lines drawn so far, point to label
    # first every label that has a spot plainly its own, then (route numbers only) the rest, joined by a line:
    # a label that must be joined never takes the spot beside another point first
    for joining in (False, True):
        if joining and not keep_all:
            break
        for index, point in enumerate(points):
            if placed[index] is not None:
                continue
            fitting, far = spots_of[index].boxes, spots_of[index].far
            # nor across a line drawn so far from a point to its label ("5" of the wheat quote was joined by a line
            # that ran through "1, 2")
            free = (box for box, no in zip(fitting, crowd.blocked(spots_of[index])) if not no)
            if joining:  # all of them (before, only up to the first that will do)
                free = list(free)
            others = points[:index] + points[index + 1:]
            labels = [spot[0] for spot in placed if spot is not None]
            chosen = None
            if not joining:
                # a route number farther off than its nearest spots is joined to its point too, where that line
                # passes no other point and crosses no other label (nor, untangled, another line)
                for box in free:
                    if _margin(box, point, others) <= 0 or box in far or (
                            keep_all and _touches_other(box, point, others)):
                        continue
                    displaced = keep_all and _displaced(box, point, gap)
                    line = (point, _nearest(box, point))
                    if displaced and (_passes_near(*line, others, gap) or any(_meets(line, label) for label in labels)
                                      or any(_runs_along(line, segment) for segment in drawn) or (
                            untangled and not _untangled(point, box, labels, lines))):
                        continue
                    chosen = (box, displaced)
                    break
            else:
                # a line that runs along a drawn one is not seen as a line: a number joined along its whisker read
                # as the whisker's end ("3 —", "— 2")
                free = [box for box, along in zip(free, crowd.along_drawn(point, free)) if not along]
                clear = [box for box in free if not _passes_near(point, _nearest(box, point), others, gap)]
                candidates = []
                if untangled:
                    # a line that passes by no other point, else one past another point but never across its
                    # mark; the lower numbers first (the core's order: the cheaper routes)
                    passing = [box for box in free if not _passes_near(
                        _away(point, _nearest(box, point), gap), _nearest(box, point), others, gap / 2)]
                    candidates = [box for box in clear if _untangled(point, box, labels, lines)] or \
                        [box for box in passing if _untangled(point, box, labels, lines)]
                if not candidates and (every or not untangled):
                    # the line across the fewest other labels, lines and points ("5" of the wheat quote was joined
                    # by a line through "1, 2"), then the least ambiguous
                    chosen = min(((box, True) for box in free or fitting), default=None, key=lambda spot: (
                        _tangle(point, spot[0], labels, lines, others, gap), -_margin(spot[0], point, others)))
                if candidates:  # the shortest line to a spot nearer its point than any other, else the least ambiguous
                    chosen = (min(candidates, key=lambda box: _shortest_own(box, point, others)), True)
            if untangled and chosen is not None and not chosen[1] and any(
                    _crosses(line, chosen[0]) for line in lines):
                chosen = None
            if chosen is not None:
                if chosen[1]:
                    lines.append((point, _nearest(chosen[0], point)))
                    crowd.draw(lines[-1])
                # kept clear of the next label: two numbers side by side ("3" "4") read as one ("34")
                x0, y0, x1, y1 = chosen[0]
                box = (x0 - apart, y0 - above, x1 + apart, y1 + above)
                crowd.take(box)
                placed[index] = chosen
    return [None if spot is None else (QRectF(spot[0][0], spot[0][1], spot[0][2] - spot[0][0],
                                              spot[0][3] - spot[0][1]), spot[1]) for spot in placed]


class _Spots:
    """The spots a label may take round its point, nearest first (``boxes``: left, top, right, bottom, those inside
    the plot), those of them past the nearest two rings (``far``: a route number among drawn lines stands there
    only joined by a line), and the same grown for ``_Crowd`` by each clearance asked."""

    __slots__ = ("boxes", "far", "_grown")

    def __init__(self, boxes: tuple, far: frozenset):
        self.boxes, self.far = boxes, far
        self._grown: dict[float, tuple[np.ndarray, np.ndarray]] = {}

    def grown(self, clear: float) -> tuple[np.ndarray, np.ndarray]:
        """The boxes and the same grown by ``clear`` (eight columns), and whether those grown are finite boxes, not
        turned inside out."""
        kept = self._grown.get(clear)
        if kept is None:
            spot = np.array(self.boxes, dtype=float)
            grown = np.concatenate((spot, spot[:, :2] - clear, spot[:, 2:] + clear), axis=1)
            proper = np.isfinite(grown[:, 4:]).all(axis=1) & (grown[:, 4] <= grown[:, 6]) & (grown[:, 5] <= grown[:, 7])
            kept = self._grown[clear] = grown, proper
        return kept


@functools.lru_cache(maxsize=SPOTS_KEPT)
def _spots_round(x: float, y: float, width: float, left: bool, ascent: float, descent: float, gap: float,
                 beside: bool, reach: float, drawn: bool, keep_all: bool, bounds: tuple | None) -> _Spots:
    """A label's spots (``place_labels`` says where it looks), kept: the same point, text and plot give the same
    spots, and a selection repaints the charts with their points where they were."""
    height = ascent + descent
    distances = [gap, 2.5 * gap] + [step * gap for step in (4.5, 6.5, 8.5, 10.5) if step <= reach]
    spots, near = [], 0
    for ring, distance in enumerate(distances):
        if ring == 2:  # past the nearest two rings: farther than a number stands without a line, and farther
            near = len(spots)  # than one among drawn lines takes before every number has its nearest spot
        level = [y + (ascent - descent) / 2] if beside else []
        for side in (left, not left):
            x0 = x - width - distance if side else x + distance
            spots += [(x0, baseline - ascent, x0 + width, baseline - ascent + height)
                      for baseline in (*level, y - distance, y + height + distance - 4)]
    # a route number among drawn lines (the whiskers) that finds room only at the farthest spots stands alone
    # in the blank, 40 px off: joined to its point by a line ("6" above the whiskers of wheat by Iran)
    if reach > 4.5:  # and round the point every 15°, so that in a crowd a line can leave it between others,
        # every half gap from 2 gaps out: the nearest of them clear of the whiskers, not one in the blank 9.5 gaps
        # off (the wheat quote's PDF chart joined "7", "8" and "10" by lines of 9 gaps past nearer room)
        spots += _around((x, y), width, height, [step / 2 * gap for step in range(4, int(2 * reach) + 1)])
    far = frozenset(spots[near:]) if drawn and keep_all else frozenset()
    if drawn:
        # beside a line, the spots between above and below too, 2 px apart: in a low plot of days the name of
        # a step near its top fits only in the wedge between the plot's top and the leg before the step
        for distance in (gap, 2.5 * gap):
            for side in (left, not left):
                x0 = x - width - distance if side else x + distance
                top, bottom = y - distance - ascent, y + height + distance - 4 - ascent
                spots += [(x0, top + step, x0 + width, top + step + height)
                          for step in range(2, int(bottom - top), 2)]
    return _Spots(tuple(box for box in spots if bounds is None or (
        box[0] >= bounds[0] and box[1] >= bounds[1] and box[2] <= bounds[2] and box[3] <= bounds[3])), far)


class _Crowd:
    """The boxes taken and the lines drawn on a chart so far, against which all the spots of a label are weighed at
    once: a route number has a hundred-odd spots, a crowded chart a hundred boxes and lines, and weighed one by one
    in Python (even only against the items near each spot) the numbers of 67 routes (a network of 100 legs) took
    37 ms a selection. numpy makes the comparisons of ``_overlap``, and the first of ``_meets``, on the same floats;
    a level or upright line that this first comparison finds near a spot (its bounds reach the spot grown by
    ``clear``) meets it, as ``_meets`` would find; any other line found near is weighed by ``_meets``."""

    def __init__(self, taken: list[tuple], drawn: Sequence[tuple], room: int, clear: float):
        self._boxes = np.empty((len(taken) + room, 4))  # left, top, right, bottom
        self._box_count = 0
        self._lines: list[tuple] = []
        self._bounds = np.empty((len(drawn) + room, 4))  # each line's least and most x, least and most y
        self._straight = np.empty(len(drawn) + room, dtype=bool)  # finite, and level or upright
        self._clear = clear
        for box in taken:
            self.take(box)
        for line in drawn:
            self.draw(line)
        self._drawn = len(drawn)  # the lines drawn on the chart, before the lines joining labels to their points

    def take(self, box: tuple) -> None:
        self._boxes[self._box_count] = box
        self._box_count += 1

    def draw(self, line: tuple) -> None:
        (x0, y0), (x1, y1) = line
        count = len(self._lines)
        # Python's own min and max, as _meets takes them (a coordinate not a number is kept where they keep it)
        self._bounds[count] = (min(x0, x1), max(x0, x1), min(y0, y1), max(y0, y1))
        self._straight[count] = (x0 == x1 or y0 == y1) and all(map(math.isfinite, (x0, y0, x1, y1)))
        self._lines.append(line)

    def blocked(self, spots: _Spots) -> list[bool]:
        """For each of a label's spots (left, top, right, bottom), whether it overlaps a box taken (``_overlap``),
        or a line comes within ``clear`` of it (``_meets``)."""
        if not spots.boxes:
            return []
        grown, proper = spots.grown(self._clear)
        boxes = self._boxes[:self._box_count]
        hit = ((grown[:, 0:1] < boxes[:, 2]) & (boxes[:, 0] < grown[:, 2:3]) & (grown[:, 1:2] < boxes[:, 3])
               & (boxes[:, 1] < grown[:, 3:4])).any(axis=1)
        count = len(self._lines)
        if count:
            bounds, straight = self._bounds[:count], self._straight[:count]
            # a line wholly beside the spot grown by ``clear`` misses it (``_meets``' first test)
            near = ~((bounds[:, 1] < grown[:, 4:5]) | (bounds[:, 0] > grown[:, 6:7]) | (bounds[:, 3] < grown[:, 5:6])
                     | (bounds[:, 2] > grown[:, 7:8]))
            # a level or upright line not beside a finite box meets it: the part of it inside the box is never
            # empty (Liang–Barsky's fractions, rounded, keep their order)
            surely = near & straight & proper[:, None]
            hit |= surely.any(axis=1)
            near &= ~surely
            near &= ~hit[:, None]
        blocked = hit.tolist()
        if count and near.any():
            lines, clear = self._lines, self._clear
            for index, line in zip(*(axis.tolist() for axis in np.nonzero(near))):
                if not blocked[index] and _meets(lines[line], spots.boxes[index], clear):
                    blocked[index] = True
        return blocked

    def along_drawn(self, point: tuple, spots: list[tuple]) -> list[bool]:
        """For each spot, whether a line from ``point`` to it (to the spot's nearest edge) runs along a line drawn
        on the chart (``_runs_along``): the bounds of the two lines compared by numpy, as ``_runs_along`` first
        compares them, and those that come near weighed by it."""
        if not spots or not self._drawn:
            return [False] * len(spots)
        lines = [(point, _nearest(box, point)) for box in spots]
        ends = np.array([(min(x0, x1), max(x0, x1), min(y0, y1), max(y0, y1)) for (x0, y0), (x1, y1) in lines])
        drawn, within = self._bounds[:self._drawn], ALONG_WITHIN
        near = ~((ends[:, 1:2] + within < drawn[:, 0]) | (ends[:, 0:1] - within > drawn[:, 1])
                 | (ends[:, 3:4] + within < drawn[:, 2]) | (ends[:, 2:3] - within > drawn[:, 3]))
        along = [False] * len(spots)
        for index, other in zip(*(axis.tolist() for axis in np.nonzero(near))):
            if not along[index] and _runs_along(lines[index], self._lines[other]):
                along[index] = True
        return along


def leader_line(box: QRectF, point: QPointF, mark: float) -> tuple[QPointF, QPointF]:
    """The line that joins a label to its point: from the edge of the point's mark (``mark``: its half size, so
    that the line is not hidden under it) to the nearest point of the label's box."""
    end = QPointF(*_nearest((box.left(), box.top(), box.right(), box.bottom()), (point.x(), point.y())))
    length = ((end.x() - point.x()) ** 2 + (end.y() - point.y()) ** 2) ** 0.5 or 1.0
    return point + (end - point) * min(1.0, mark / length), end


def draw_outlined(painter: QPainter, at: QPointF, font: QFont, text: str, halo: QColor, width: float) -> None:
    """Text with a ``width`` px outline of ``halo`` round its letters, so that a whisker, grid line or leader
    passing under it does not strike it through (the window's chart and the PDF's)."""
    outline = QPainterPath()
    outline.addText(at, font, text)
    painter.strokePath(outline, QPen(halo, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                                     Qt.PenJoinStyle.RoundJoin))
    painter.drawText(at, text)


def _displaced(box: tuple, point: tuple, gap: float) -> bool:
    """Whether a label stands so far from its point (more than ``LEADER_AFTER`` times the ``gap`` its nearest spots
    keep, from the point to the nearest edge of its box) that a line must say whose it is."""
    return _edge_distance(box, point) > LEADER_AFTER * gap


def _edge_distance(box: tuple, point: tuple) -> float:
    """From a point to the nearest edge or corner of a label's box."""
    x, y = _nearest(box, point)
    return ((x - point[0]) ** 2 + (y - point[1]) ** 2) ** 0.5


def lengthened(segment: tuple, by: float) -> tuple:
    """A segment (two points) ``by`` px longer at each end: a label just past a bar's end read as part of it
    ("—4")."""
    (x0, y0), (x1, y1) = segment
    length = ((x1 - x0) ** 2 + (y1 - y0) ** 2) ** 0.5 or 1.0
    dx, dy = (x1 - x0) / length * by, (y1 - y0) / length * by
    return (x0 - dx, y0 - dy), (x1 + dx, y1 + dy)


def _around(point: tuple, width: float, height: float, distances: list[float]) -> list[tuple]:
    """Boxes round a point every 15° at each distance, each with its nearest edge or corner that far off."""
    boxes = []
    for distance in distances:
        for step in range(24):
            dx, dy = math.cos(step * math.pi / 12), math.sin(step * math.pi / 12)
            x, y = point[0] + distance * dx, point[1] + distance * dy
            x0 = x if dx > 0.3 else x - width if dx < -0.3 else x - width / 2
            y0 = y if dy > 0.3 else y - height if dy < -0.3 else y - height / 2
            boxes.append((x0, y0, x0 + width, y0 + height))
    return boxes


def _tangle(point: tuple, box: tuple, labels: list[tuple], lines: list[tuple], others: list[tuple],
            gap: float) -> tuple[int, int]:
    """How many other labels a line from ``point`` to a label at ``box`` crosses, then how many other lines and
    points it crosses or passes: a line through another number reads as that number's ("11" of the wheat quote
    from Almaty on paper, joined through "10"), a line across another line is only crowded."""
    line = (point, _nearest(box, point))
    return sum(_meets(line, label) for label in labels), sum(_segments_cross(line, other) for other in lines) + sum(
        _passes_near(*line, [other], gap) for other in others)


def _untangled(point: tuple, box: tuple, labels: list[tuple], lines: list[tuple]) -> bool:
    """Whether a label at ``box`` joined to ``point`` keeps clear of the other labels and lines."""
    line = (point, _nearest(box, point))
    # exactly, not by samples of the line: the PDF's line of 8 cut the corner of 7's box between two samples
    return not any(_meets(line, other) for other in labels) and not any(
        _segments_cross(line, other) or _meets(other, box) or _alongside(line, other) for other in lines)


def _away(start: tuple, end: tuple, distance: float) -> tuple[float, float]:
    """The point of a line ``distance`` from its start (its end, if it is shorter)."""
    length = ((end[0] - start[0]) ** 2 + (end[1] - start[1]) ** 2) ** 0.5 or 1.0
    t = min(1.0, distance / length)
    return start[0] + (end[0] - start[0]) * t, start[1] + (end[1] - start[1]) * t


def _alongside(line: tuple, other: tuple, within: float = 6.0) -> bool:
    """Whether a line runs close beside another for part of its way (two lines side by side read as one), apart
    from where both leave their points."""
    (x0, y0), (x1, y1) = line
    for step in range(3, 9):
        t = step / 8
        if _to_segment((x0 + (x1 - x0) * t, y0 + (y1 - y0) * t), other) < within:
            return True
    return False


def _runs_along(line: tuple, other: tuple, within: float = ALONG_WITHIN) -> bool:
    """Whether most of a line lies within ``within`` px of another (so that the two read as one)."""
    (x0, y0), (x1, y1) = line
    (a0, b0), (a1, b1) = other
    if max(x0, x1) + within < min(a0, a1) or min(x0, x1) - within > max(a0, a1) or \
            max(y0, y1) + within < min(b0, b1) or min(y0, y1) - within > max(b0, b1):
        return False  # nowhere near it
    near = sum(1 for step in range(1, 9) if _to_segment((x0 + (x1 - x0) * step / 8, y0 + (y1 - y0) * step / 8),
                                                       other) < within)
    return near >= 4


def _to_segment(point: tuple, line: tuple) -> float:
    (x0, y0), (x1, y1) = line
    dx, dy = x1 - x0, y1 - y0
    t = max(0.0, min(1.0, ((point[0] - x0) * dx + (point[1] - y0) * dy) / (dx * dx + dy * dy or 1.0)))
    return ((x0 + t * dx - point[0]) ** 2 + (y0 + t * dy - point[1]) ** 2) ** 0.5


def _meets(line: tuple, box: tuple, clear: float = 0.0) -> bool:
    """Whether a line (two points) passes through a box (left, top, right, bottom) grown by ``clear`` on every
    side: exactly, however long the line (the sampled test of _crosses can step over a small box)."""
    left, top, right, bottom = box[0] - clear, box[1] - clear, box[2] + clear, box[3] + clear
    (x0, y0), (x1, y1) = line
    if max(x0, x1) < left or min(x0, x1) > right or max(y0, y1) < top or min(y0, y1) > bottom:
        return False  # wholly beside the box: most lines, for most spots, and much the cheaper test
    return segment_span(line[0], line[1], (left, top, right, bottom)) is not None


def _crosses(line: tuple, box: tuple) -> bool:
    """Whether a line (two points) runs through a box (left, top, right, bottom), ends that touch aside."""
    (x0, y0), (x1, y1) = line
    steps = 24
    for step in range(1, steps):
        t = step / steps
        x, y = x0 + (x1 - x0) * t, y0 + (y1 - y0) * t
        if box[0] < x < box[2] and box[1] < y < box[3]:
            return True
    return False


def _segments_cross(a: tuple, b: tuple) -> bool:
    """Whether two lines cross (touching at an end does not count)."""
    def side(p, q, r) -> float:
        return (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])
    d1, d2 = side(b[0], b[1], a[0]), side(b[0], b[1], a[1])
    d3, d4 = side(a[0], a[1], b[0]), side(a[0], a[1], b[1])
    return d1 * d2 < 0 and d3 * d4 < 0


def _nearest(box: tuple, point: tuple) -> tuple[float, float]:
    return min(max(point[0], box[0]), box[2]), min(max(point[1], box[1]), box[3])


def _overlap(a: tuple, b: tuple) -> bool:
    """Whether two boxes (left, top, right, bottom) overlap (edges that only touch do not)."""
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _passes_near(start: tuple, end: tuple, points: list[tuple], within: float) -> bool:
    """Whether a line passes within ``within`` px of any of the points (which would seem to be what it joins)."""
    dx, dy = end[0] - start[0], end[1] - start[1]
    length = dx * dx + dy * dy or 1.0
    for x, y in points:
        t = max(0.0, min(1.0, ((x - start[0]) * dx + (y - start[1]) * dy) / length))
        if (start[0] + t * dx - x) ** 2 + (start[1] + t * dy - y) ** 2 < within * within:
            return True
    return False


def _margin(box: tuple, own: tuple, others: list[tuple]) -> float:
    """How much nearer a label lies to its own point than to any other, less the 3 px the eye needs to tell
    them apart (positive: plainly its own's)."""
    return min((_distance(box, other) for other in others), default=float("inf")) - _distance(box, own) - 3.0


def _shortest_own(box: tuple, point: tuple, others: list[tuple]) -> tuple:
    """A joined label's spot, best first: one whose edge is nearer its own point than any other, at the shortest
    line (its line says whose it is), then the least ambiguous. The least ambiguous first had the lines of the
    wheat quote's PDF chart reach out to the blank, up to 9.5 gaps, past room a third as far."""
    if not _touches_other(box, point, others):
        return (False, _edge_distance(box, point))
    return (True, -_margin(box, point, others))


def _touches_other(box: tuple, own: tuple, others: list[tuple]) -> bool:
    """Whether a label's edge comes as near another point as its own ("10" of the wheat quote stood level with its
    point, but its foot just over route 8's mark, and read as 8's)."""
    mine = _edge_distance(box, own)
    return any(_edge_distance(box, other) <= mine for other in others)


def _distance(box: tuple, point: tuple) -> float:
    """From a point to the line a label's text sits on (across the box at half its height), a step up or down
    counting twice a step across: the eye reads a label with the mark level with its text, not with the top or the
    foot of its box ("2, 3" whose box reached down to route 2 read as route 4's, level with its text)."""
    dx = max(box[0] - point[0], 0.0, point[0] - box[2])
    dy = abs((box[1] + box[3]) / 2 - point[1])
    return (dx * dx + 4 * dy * dy) ** 0.5
