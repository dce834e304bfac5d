"""The cost–time chart on paper: every available route as a numbered point at its days and cost, drawn straight
with QPainter into an image the quote's PDF sets beside the map."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen

from ..core import formatting as fmt

translate = QCoreApplication.translate  # named so pyside6-lupdate collects the texts

CHART_SIZE = (1500, 990)  # pixels of the embedded cost–time chart, shown 250 points wide beside the map
WINDOW_TYPE = 13.0  # px of the window chart's type (10 points), by which its lengths in px are scaled to paper's


def cost_time_chart(document: dict, size: tuple[int, int] = CHART_SIZE, rtl: bool = False,
                    drawn: dict | None = None) -> QImage:
    """The cost–time chart drawn straight with QPainter: the same reading as the window's, fit for paper (always
    light: paper is white). ``rtl``: days run from right to left and the cost axis stands on the right. ``drawn``,
    where given, is filled with what was drawn where, in the image's pixels: "whiskers" (segments), "marks" (each
    point's box), "numbers" (text, box, the point and its leader line or None) and "cost_ticks" (text and box of
    each figure on the cost axis)."""
    width, height = size
    unit = max(14.0, height / 22)  # the font's pixel size; every length follows it, so any size reads alike
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    routes = [r for r in document["routes"] if r["available"] and r["cost"] is not None]
    cost_title = translate("QuoteDocument", "Cost, {currency}").format(currency=document["currency"])  # read first:
    # an error between the painter's save and restore would leave it unbalanced
    painter = QPainter(image)
    try:  # a painter left open on an error would outlive its image, and Qt end the program
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont("DejaVu Sans")
        font.setPixelSize(round(unit))
        painter.setFont(font)
        axis_room, title_room = 4.6 * unit, 1.4 * unit  # tick labels, then the axis title beside them
        side = axis_room + title_room
        top, bottom, far = 0.8 * unit, 3.4 * unit, 1.2 * unit
        plot = QRectF(far if rtl else side, top, width - side - far, height - top - bottom)
        painter.setPen(QPen(QColor("#444"), unit / 14))
        painter.drawRect(plot)
        if routes:
            from ..core.chart_scale import BEYOND_COST, chart_scale

            # as in the window: a route far off the best trade-offs stands at the frame's edge, marked (▲ ▶)
            scale = chart_scale([(r["days_typical"], r["cost"], bool(r["pareto"])) for r in routes])
            beyond = {id(r): scale.beyond(r["days_typical"], r["cost"]) for r in routes}
            longest = max(scale.days(r["days_typical"] if beyond[id(r)] else r["days_max"]) for r in routes)
            dearest = max(scale.cost(r["cost"]) for r in routes)
            x_step = _nice_step(longest)
            y_step = _nice_step(dearest)
            x_max = x_step * (int(longest / x_step) + 1)
            y_max = y_step * (int(dearest / y_step) + 1)

            def at(days: float, cost: float) -> QPointF:
                across = days / x_max * plot.width()
                return QPointF(plot.right() - across if rtl else plot.left() + across,
                               plot.bottom() - cost / y_max * plot.height())

            labels_at = QRectF(plot.right() + 0.3 * unit, 0, axis_room - 0.3 * unit, 0) if rtl else \
                QRectF(title_room, 0, axis_room - 0.3 * unit, 0)
            ticks = [(y_step * step, fmt.money_short(y_step * step, "", like=y_max).strip())
                     for step in range(0, int(round(y_max / y_step)) + 1)]
            # every tick's figure whole, in a smaller type where the widest is wider than the room beside the
            # axis: at 500,000 KZT a USD "200,000.0 bn" printed "000.0 bn"
            painter.setFont(_fitting(font, max(painter.fontMetrics().horizontalAdvance(text) for _, text in ticks),
                                     labels_at.width()))
            for y, text in ticks:
                point = at(0, y)
                painter.setPen(QPen(QColor("#ddd"), 1))
                painter.drawLine(QPointF(plot.left(), point.y()), QPointF(plot.right(), point.y()))
                painter.setPen(QColor("#222"))
                box = QRectF(labels_at.left(), point.y() - unit, labels_at.width(), 2 * unit)
                flags = (Qt.AlignmentFlag.AlignLeft if rtl else Qt.AlignmentFlag.AlignRight) \
                    | Qt.AlignmentFlag.AlignVCenter
                painter.drawText(box, flags, text)
                if drawn is not None:
                    drawn.setdefault("cost_ticks", []).append((text, painter.boundingRect(box, flags, text)))
            painter.setFont(font)
            for step in range(0, int(round(x_max / x_step)) + 1):
                x = x_step * step
                point = at(x, 0)
                painter.drawText(QRectF(point.x() - 2 * unit, plot.bottom() + 0.3 * unit, 4 * unit, 1.3 * unit),
                                 Qt.AlignmentFlag.AlignCenter, f"{x:.0f}")
            title = translate("QuoteDocument", "Delivery time in days (point: typical; line: min–max; "
                                               "numbers: rows of the table; ▲ ▶: off the scale)") \
                if scale.clips else translate("QuoteDocument", "Delivery time in days (point: typical; line: min–max; "
                                                               "numbers: rows of the table)")
            # the whole title, however long the language makes it: a smaller type rather than a cut-off end
            span = QRectF(0.3 * unit, plot.bottom() + 1.7 * unit, width - 0.6 * unit, 1.5 * unit)
            painter.setFont(_fitting(font, painter.fontMetrics().horizontalAdvance(title), span.width()))
            painter.drawText(span, Qt.AlignmentFlag.AlignCenter, title)
            painter.setFont(font)
            painter.save()
            painter.translate(width - 0.7 * unit if rtl else 0.7 * unit, plot.center().y())
            painter.rotate(90 if rtl else -90)
            painter.drawText(QRectF(-plot.height() / 2, -0.7 * unit, plot.height(), 1.4 * unit),
                             Qt.AlignmentFlag.AlignCenter,
                             cost_title)
            painter.restore()
            deadline = _deadline_days(document)
            if deadline is not None:  # the days up to the arrival date asked, shaded as in the window
                edge = at(min(deadline, x_max), 0)
                start = at(0, 0)
                painter.fillRect(QRectF(min(start.x(), edge.x()), plot.top(), abs(edge.x() - start.x()), plot.height()),
                                 QColor(46, 125, 50, 40))
            best, other = QColor("#0b5cad"), QColor("#7d8791")
            whiskers = []
            for route in routes:  # whiskers thin, under everything; none for a route off the scale
                if not beyond[id(route)]:
                    painter.setPen(QPen(best if route["pareto"] else other, unit / 10))
                    ends = at(route["days_min"], route["cost"]), at(scale.days(route["days_max"]), route["cost"])
                    painter.drawLine(*ends)
                    whiskers.append(((ends[0].x(), ends[0].y()), (ends[1].x(), ends[1].y())))
            frontier = sorted((r["days_typical"], r["cost"]) for r in routes if r["pareto"])
            painter.setPen(QPen(best, unit / 6))
            for (x1, y1), (x2, y2) in zip(frontier, frontier[1:]):
                painter.drawLine(at(x1, y1), at(x2, y2))
            points = []
            radius = unit * 0.42
            for number, route in enumerate(document["routes"], start=1):
                if not route["available"] or route["cost"] is None:
                    continue
                if route.get("excluded_reason"):  # misses a goal: a hollow mark
                    painter.setPen(QPen(other, unit / 8))
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                else:
                    painter.setPen(QPen(QColor("white"), unit / 14))
                    painter.setBrush(best if route["pareto"] else other)
                centre = at(scale.days(route["days_typical"]), scale.cost(route["cost"]))
                side = beyond[id(route)]
                if side:
                    painter.drawPolygon(_arrow_head(centre, 1.3 * radius, "up" if side == BEYOND_COST else
                                                    "left" if rtl else "right"))
                else:
                    painter.drawEllipse(centre, radius, radius)
                points.append((centre, number))
            numbers = _number_points(painter, points, plot, radius, whiskers, unit / WINDOW_TYPE)
            if drawn is not None:
                drawn.update(plot=plot, whiskers=whiskers, numbers=numbers,
                             marks=[QRectF(c.x() - radius, c.y() - radius, 2 * radius, 2 * radius) for c, _ in points])
    finally:
        painter.end()
    return image


def _arrow_head(centre: QPointF, size: float, way: str):
    """A triangle round ``centre`` pointing up, left or right."""
    from PySide6.QtGui import QPolygonF

    x, y = centre.x(), centre.y()
    if way == "up":
        corners = [(x, y - size), (x - size, y + 0.8 * size), (x + size, y + 0.8 * size)]
    else:
        tip = size if way == "right" else -size
        corners = [(x + tip, y), (x - 0.8 * tip, y - size), (x - 0.8 * tip, y + size)]
    return QPolygonF([QPointF(a, b) for a, b in corners])


def _deadline_days(document: dict) -> float | None:
    """Days from the departure to the end of the arrival day asked, if one was."""
    import datetime as dt

    try:
        return (dt.date.fromisoformat(document["arrive_by"])
                - dt.date.fromisoformat(document["request"]["date"])).days + 1
    except (KeyError, TypeError, ValueError):
        return None


def _number_points(painter: QPainter, points: list[tuple[QPointF, int]], plot: QRectF, radius: float,
                   whiskers: list[tuple[tuple[float, float], tuple[float, float]]],
                   px: float) -> list[tuple[str, QRectF, QPointF, tuple[QPointF, QPointF] | None]]:
    """Write each point's row number beside it, placed as the window's chart places them (label_places): never
    nearer another point than its own, never on a whisker nor just past its end (a number there read as a negative,
    "−13", or as the whisker's end: 85 of the 101 numbers of 12 quotes stood on one), joined by a line to a point it
    stands off; points that (nearly) coincide share one label ("6, 7"). ``px``: the window's pixel on paper."""
    groups: list[tuple[QPointF, list[int]]] = []
    for centre, number in points:
        near = next((g for g in groups if (g[0] - centre).manhattanLength() < 1.6 * radius), None)
        if near is None:
            groups.append((centre, [number]))
        else:
            near[1].append(number)
    from .label_places import BAR_END_ROOM, draw_outlined, leader_line, lengthened, place_labels  # no pyqtgraph

    metrics = painter.fontMetrics()
    # the figures' own height, not the line's, as in the window: room between whiskers close together
    ink = metrics.tightBoundingRect("0123456789,")
    ascent, descent = min(metrics.ascent(), 1 - ink.top()), min(metrics.descent(), ink.bottom() + 1)
    texts = [", ".join(map(str, numbers)) for _, numbers in groups]

    # placed in the window's pixels (each of paper's ``px`` wide), so that every length the placing keeps (the
    # gap, the room at a whisker's end, how near a line may pass) reads on paper as it does in the window
    def window(x: float, y: float) -> QPointF:
        return QPointF(x / px, y / px)

    def scaled(rect: QRectF, by: float = 1 / px) -> QRectF:
        return QRectF(rect.left() * by, rect.top() * by, rect.width() * by, rect.height() * by)

    marks = [scaled(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)) for centre, _ in points]
    spots = place_labels([window(centre.x(), centre.y()) for centre, _ in groups],
                         [(metrics.horizontalAdvance(t) / px, False) for t in texts], ascent / px, descent / px,
                         scaled(plot), radius * 1.1 / px, True, marks, keep_all=True, untangled=True, every=True,
                         drawn=[lengthened(((a[0] / px, a[1] / px), (b[0] / px, b[1] / px)), BAR_END_ROOM)
                                for a, b in whiskers], reach=10.5)
    spots = [None if spot is None else (scaled(spot[0], px), spot[1]) for spot in spots]
    numbers = []
    ink_colour = QColor("#222")
    for (centre, _), text, spot in zip(groups, texts, spots):
        if spot is None:  # no room inside the frame at all
            continue
        box, joined = spot
        painter.setPen(ink_colour)  # paper round the figures, where a grid line or a leader passes
        draw_outlined(painter, QPointF(box.left(), box.top() + ascent), painter.font(), text, QColor("white"), 3.5 * px)
        leader = leader_line(box, centre, radius) if joined else None
        if leader is not None:  # it stands off its point: a line says whose number it is
            painter.setPen(QPen(ink_colour, px))
            painter.drawLine(*leader)
        numbers.append((text, box, centre, leader))
    return numbers


def _fitting(font: QFont, wide: float, room: float) -> QFont:
    """``font``, or a smaller one in which text ``wide`` in it takes no more than ``room``."""
    if wide <= room:
        return font
    smaller = QFont(font)
    smaller.setPixelSize(max(1, int(font.pixelSize() * room / wide)))
    return smaller


def _nice_step(span: float, steps: int = 5) -> float:
    """A round tick step (1, 2 or 5 × a power of ten) giving about ``steps`` ticks over ``span``."""
    import math

    raw = span / steps if span > 0 else 1.0
    power = 10 ** math.floor(math.log10(raw))
    return next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
