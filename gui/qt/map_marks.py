"""Closures and risk windows on the map: a red cross or an amber triangle where the routes meet one, and the dates
of the window the selected route's dates meet."""
from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QPolygonF

from ..core.route_map import MapMark, RouteMap

if TYPE_CHECKING:
    from .map_painter import MapView, Words

CLOSED = QColor("#c62828")
RISK = QColor("#e0a100")

translate = QCoreApplication.translate  # named so pyside6-lupdate collects the texts (context "RouteMap")


def mark_state(mark: MapMark, selected: int) -> tuple[str, bool]:
    """The mark's state for the selected route if it meets it, else the worst for any route; and whether the
    selected route meets it."""
    own = mark.state_for(selected)
    return (own, True) if own else (mark.worst, False)


def draw_marks(painter: QPainter, view: MapView, route_map: RouteMap, selected: int, unit: float,
               words: Words, font: QFont, only: set[int] | None = None) -> list[tuple[QRectF, MapMark]]:
    """Closures (a red cross) and risk windows (an amber triangle) met on the cargo's dates; those of the
    selected route carry their dates. Returns where each was drawn (for hovering)."""
    placed = []
    # a risk's dates never cover the ringed dot of an end of the quote (they had lain over Karachi's)
    ends = [view.point(p.lat, p.lon) for p in route_map.places if p.place_id in (route_map.origin,
                                                                               route_map.destination)]
    labels: list[QRectF] = [QRectF(at.x() - 9 * unit, at.y() - 9 * unit, 18 * unit, 18 * unit) for at in ends]
    # nor any place's dot, drawn after them: the dots had stood over a risk's words (Urdu at 150 %, "خطرہ")
    labels += [QRectF(at.x() - 3 * unit, at.y() - 3 * unit, 6 * unit, 6 * unit)
               for at in (view.point(p.lat, p.lon) for p in route_map.places) if view.rect.contains(at)]
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    for mark in route_map.marks:
        if only is not None and not any(p.route in only for p in mark.passes):
            continue
        state, own = mark_state(mark, selected)
        at = view.point(mark.lat, mark.lon)
        size = (7.5 if own else 5.5) * unit
        painter.setOpacity(1.0 if own or selected < 0 else 0.75)
        if state == "risk":
            triangle = QPolygonF([at + QPointF(0, -size * 1.1), at + QPointF(size, size * 0.75),
                                  at + QPointF(-size, size * 0.75)])
            painter.setPen(QPen(QColor("white"), 1.2 * unit))
            painter.setBrush(RISK)
            painter.drawPolygon(triangle)
            painter.setPen(QPen(QColor("#3b2f00"), 1.4 * unit))
            painter.drawLine(at + QPointF(0, -size * 0.45), at + QPointF(0, size * 0.2))
            painter.drawPoint(at + QPointF(0, size * 0.5))
        else:
            painter.setPen(QPen(QColor("white"), 1.2 * unit))
            painter.setBrush(QColor("white"))
            painter.drawEllipse(at, size, size)
            colour = CLOSED if state == "closed" else QColor("#d46a6a")
            painter.setPen(QPen(colour, (2.6 if state == "closed" else 1.8) * unit, Qt.PenStyle.SolidLine,
                                Qt.PenCapStyle.RoundCap))
            d = size * 0.6
            painter.drawLine(at + QPointF(-d, -d), at + QPointF(d, d))
            painter.drawLine(at + QPointF(-d, d), at + QPointF(d, -d))
        painter.setOpacity(1.0)
        box = QRectF(at.x() - size, at.y() - size, 2 * size, 2 * size)
        placed.append((box, mark))
        if own:
            text = window_text(mark, selected, words)
            right = QRectF(box.right() + 3 * unit, at.y() - metrics.height() / 2, metrics.horizontalAdvance(text) + 4,
                           metrics.height())
            left = right.translated(box.left() - 3 * unit - right.right(), 0)
            label = next((spot for spot in (right, left) if view.rect.contains(spot)
                          and not any(spot.intersects(other) for other in labels)), None)
            if label is None:
                continue  # its dates are in the tooltip; a label over another helps nobody
            labels.append(label)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(255, 255, 255, 215))
            painter.drawRoundedRect(label, 3, 3)
            painter.setPen(CLOSED if state != "risk" else QColor("#7a5800"))
            painter.drawText(label, Qt.AlignmentFlag.AlignCenter, text)
            placed.append((label, mark))
    return placed


def occurrence(mark: MapMark, day: dt.date) -> tuple[dt.date, dt.date | None]:
    """The dates of the closure window nearest a day: a yearly window in that season's years."""
    if not mark.every_year:
        return mark.start, mark.end
    end = mark.end or mark.start
    for year in (day.year - 1, day.year, day.year + 1):
        start = _on(mark.start, year)
        stop = _on(end, year + (1 if (end.month, end.day) < (mark.start.month, mark.start.day) else 0))
        if day <= stop:
            return start, stop
    return _on(mark.start, day.year), _on(end, day.year)


def _on(day: dt.date, year: int) -> dt.date:
    return day.replace(year=year) if not (day.month == 2 and day.day == 29) else dt.date(year, 2, 28)


def window_text(mark: MapMark, route: int, words: Words) -> str:
    """'closed 2025-10-12 – until further notice' or 'risk 2025-10-01 – 2026-03-31': the window that the
    route's dates meet."""
    passed = next(p for p in mark.passes if p.route == route)
    start, end = occurrence(mark, passed.typical)
    until = words.date(end) if end else translate("RouteMap", "until further notice")
    span = f"{words.date(start)} – {until}"
    if mark.closed:
        return translate("RouteMap", "closed {span}").format(span=span)
    return translate("RouteMap", "risk {span}").format(span=span)
