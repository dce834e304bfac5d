"""Drawing the route map with QPainter: the same code paints the window's map, the PDF's (as vectors) and the
Excel quote's picture. Geometry comes from gui.core (projection, route lines, closures on the cargo's dates)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from functools import lru_cache

from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF, QTransform

from ..core.countries import COUNTRIES
from ..core.geo import REGION, Basemap, project
from ..core.messages import TERMS
from ..core.route_map import MapRoute, RouteMap
from .box_grid import BoxGrid
from .map_marks import draw_marks

# the colours of the charts (gui/qt/charts.py), so a route is the same colour on the chart and on the map
FRONTIER = QColor("#0b5cad")
DOMINATED = QColor("#9aa3ad")
SELECTED = QColor("#e07b00")
STEP_COLOURS = {"border_crossing": QColor("#b3261e"), "port_handling": QColor("#0b5cad"),
                "gauge_change": QColor("#6a3d9a"), "transshipment": QColor("#5f6b7a")}
UNAVAILABLE = QColor("#b9c0c8")
SEA, LAND, NO_DATA = QColor("#dbe8f2"), QColor("#f8f5ee"), QColor("#ececec")
COAST, BORDER, COUNTRY_TEXT = QColor("#8fa8bd"), QColor("#a8998a"), QColor("#9c9185")
PLACE, PLACE_ON_ROUTE, TEXT = QColor("#8a8f96"), QColor("#333a42"), QColor("#1f252b")

translate = QCoreApplication.translate  # named so pyside6-lupdate collects the texts (context "RouteMap")


def country_names() -> dict[str, str]:
    """The countries' English names (Natural Earth's) in the interface language: the one table the terms and the
    goals say them by, and read a country typed in any language by (countries.COUNTRIES, Terms context)."""
    return {english: translate(TERMS, english) for english in COUNTRIES.values()}


@dataclass
class Words:
    """How the map says names and dates: the window's language, or a document's wording."""

    name: Callable[[str], str] = lambda text: text
    date: Callable[[dt.date], str] = dt.date.isoformat


class MapView:
    """Degrees to pixels: a view of the projected map (x east, y south) fitted into a rectangle."""

    def __init__(self, bounds: QRectF, rect: QRectF):
        self.rect = rect
        scale = min(rect.width() / max(bounds.width(), 1e-9), rect.height() / max(bounds.height(), 1e-9))
        self.scale = scale
        centre = bounds.center()
        self.dx = rect.center().x() - centre.x() * scale
        self.dy = rect.center().y() - centre.y() * scale

    def point(self, lat: float, lon: float) -> QPointF:
        x, y = project(lat, lon)
        return QPointF(x * self.scale + self.dx, y * self.scale + self.dy)

    def transform(self) -> QTransform:
        """Projected map units to pixels, for paths built once in map units (see basemap_paths)."""
        return QTransform(self.scale, 0, 0, self.scale, self.dx, self.dy)

    def bounds(self) -> QRectF:
        """The projected area on show."""
        r = self.rect
        return QRectF((r.left() - self.dx) / self.scale, (r.top() - self.dy) / self.scale,
                      r.width() / self.scale, r.height() / self.scale)


def projected(west: float, south: float, east: float, north: float) -> QRectF:
    (x0, y0), (x1, y1) = project(north, west), project(south, east)
    return QRectF(QPointF(x0, y0), QPointF(x1, y1))


def fitted_bounds(route_map: RouteMap | None, routes: list[int] | None = None) -> QRectF:
    """The area a quote's map opens on: all of its routes (or the given ones) with a margin; the region when
    there are none."""
    points = [p for r in (route_map.routes if route_map else ()) if routes is None or r.index in routes
              for line in r.lines for p in line]
    if not points:
        return projected(*REGION)
    lats, lons = [p[0] for p in points], [p[1] for p in points]
    bounds = projected(min(lons), min(lats), max(lons), max(lats))
    margin = max(bounds.width(), bounds.height()) * 0.08 + 0.6
    return bounds.adjusted(-margin, -margin, margin, margin)


def snug_bounds(route_map: RouteMap | None, top_margin: bool = True) -> QRectF:
    """As ``fitted_bounds``, each side's margin taken from its own extent: a quote's routes spread wide (west to
    Suez, east to Urumqi) gave the top and bottom the margin of the width, and in a low frame (the map's tab in
    Urdu at 1366 × 768) what fixes the scale is the height."""
    points = [p for r in (route_map.routes if route_map else ()) for line in r.lines for p in line]
    if not points:
        return fitted_bounds(route_map)
    lats, lons = [p[0] for p in points], [p[1] for p in points]
    bounds = projected(min(lons), min(lats), max(lons), max(lats))
    across, down = bounds.width() * 0.08 + 0.6, bounds.height() * 0.08 + 0.6
    return bounds.adjusted(-across, -down if top_margin else -0.3, across, down)


@lru_cache(maxsize=2)
def basemap_paths(basemap: Basemap) -> tuple[QPainterPath, QPainterPath, QPainterPath]:
    """Land, coast and borders as paths in map units, built once: every view only transforms them (in C++)."""
    def path(lines, closed: bool) -> QPainterPath:
        made = QPainterPath()
        made.setFillRule(Qt.FillRule.OddEvenFill)  # the Caspian is a hole in Eurasia
        for line in lines:
            made.addPolygon(QPolygonF([QPointF(*project(lat, lon)) for lon, lat in line]))
            if closed:
                made.closeSubpath()
        return made

    return path(basemap.land, True), path(basemap.coast, False), path(basemap.borders, False)


def draw_basemap(painter: QPainter, view: MapView, basemap: Basemap, font: QFont) -> None:
    """Sea, land, coast, borders and country names; outside the basemap's area a plain grey says 'no data'."""
    painter.fillRect(view.rect, NO_DATA)
    west, south, east, north = basemap.bbox
    painter.fillRect(QRectF(view.point(north, west), view.point(south, east)).intersected(view.rect), SEA)
    land, coast, borders = basemap_paths(basemap)
    pixel = 1 / view.scale  # a pen this wide in map units is one pixel (or point) wide
    painter.save()
    painter.setTransform(view.transform(), True)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(LAND)
    painter.drawPath(land)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(COAST, max(0.8, view.rect.height() / 700) * pixel))
    painter.drawPath(coast)
    painter.setPen(QPen(BORDER, max(0.8, view.rect.height() / 600) * pixel, Qt.PenStyle.DashLine))
    painter.drawPath(borders)
    painter.restore()
    painter.setFont(font)
    painter.setPen(COUNTRY_TEXT)
    metrics = QFontMetricsF(font)
    names = country_names()
    for country in basemap.countries:
        text = names.get(COUNTRIES.get(country.code, country.name), country.name)
        at = view.point(country.lat, country.lon)
        box = QRectF(at.x() - metrics.horizontalAdvance(text) / 2, at.y() - metrics.height() / 2,
                     metrics.horizontalAdvance(text), metrics.height())
        if view.rect.contains(box):
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)


def route_style(route: MapRoute, selected: int) -> tuple[QColor, float, Qt.PenStyle, int]:
    """Colour, width (in units of the line scale), dash and drawing order of a route on the map."""
    if route.index == selected:
        return SELECTED, 4.0, Qt.PenStyle.SolidLine, 3
    if not route.available:
        return UNAVAILABLE, 1.6, Qt.PenStyle.DashLine, 0
    if route.pareto:
        return FRONTIER, 2.6, Qt.PenStyle.SolidLine, 2
    return DOMINATED, 2.0, Qt.PenStyle.SolidLine, 1


def route_polylines(view: MapView, route: MapRoute) -> list[QPolygonF]:
    return [QPolygonF([view.point(*p) for p in line]) for line in route.lines]


def draw_routes(painter: QPainter, view: MapView, route_map: RouteMap, selected: int, unit: float,
                only: set[int] | None = None) -> dict[int, list[QPolygonF]]:
    """Every route as a line (the selected one last, on a white casing); returns the pixel lines drawn."""
    drawn: dict[int, list[QPolygonF]] = {}
    order = sorted((r for r in route_map.routes if only is None or r.index in only),
                   key=lambda r: route_style(r, selected)[3])
    for route in order:
        colour, width, dash, _ = route_style(route, selected)
        lines = route_polylines(view, route)
        drawn[route.index] = lines
        if route.index == selected:
            casing = QPen(QColor("white"), (width + 3) * unit, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                          Qt.PenJoinStyle.RoundJoin)
            painter.setPen(casing)
            for line in lines:
                painter.drawPolyline(line)
        pen = QPen(colour, width * unit, dash, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        for line in lines:
            painter.drawPolyline(line)
    return drawn


def draw_stops(painter: QPainter, view: MapView, route_map: RouteMap, selected: int, unit: float) -> None:
    """The selected route's borders, ports, gauge changes and transshipments: dots in the distance chart's colours
    (several at one place sit side by side)."""
    route = route_map.route(selected)
    if route is None:
        return
    places = route_map.place_by_id
    count: dict[str, int] = {}
    painter.setPen(QPen(QColor("white"), 1.2 * unit))
    for stop in route.stops:
        place = places.get(stop.place_id)
        if place is None:
            continue
        n = count.get(stop.place_id, 0)
        count[stop.place_id] = n + 1
        at = view.point(place.lat, place.lon) + QPointF(n * 7 * unit, -7 * unit)
        painter.setBrush(STEP_COLOURS[stop.event])
        painter.drawEllipse(at, 3.6 * unit, 3.6 * unit)


def label_order(route_map: RouteMap, selected: int) -> list[tuple[int, str]]:
    """Places by how much their name matters on this map (lower first): the two ends, the selected route's
    borders and ports, its other places, the best trade-offs' borders and ports, the tables' endpoints, the rest."""
    chosen = route_map.route(selected)
    on_chosen = set(chosen.place_ids) if chosen else set()
    chosen_stops = {s.place_id for s in chosen.stops} if chosen else set()
    frontier_stops = {s.place_id for r in route_map.routes if r.pareto for s in r.stops}
    on_any = {pid for r in route_map.routes for pid in r.place_ids}
    order = []
    for place in route_map.places:
        pid = place.place_id
        rank = (0 if pid in (route_map.origin, route_map.destination) else 1 if pid in chosen_stops
                else 2 if pid in on_chosen else 3 if pid in frontier_stops else 4 if place.endpoint and pid in on_any
                else 5 if pid in on_any else 6)
        order.append((rank, pid))
    return sorted(order)


# places on no route are named only on a map that shows at most this many places (the bundled tables have 57): among
# a forwarder's thousands of depots and sidings hardly one name fits, and weighing each took most of a paint (4,000
# places: 0.3 s of it). Their names are in the tooltips, as on the documents' maps, which never name them
OFF_ROUTE_NAMED_MOST = 400


class Taken:
    """The boxes already drawn on (dots, names, marks), in a BoxGrid, so that a name's spot is weighed against the
    boxes near it alone: on a forwarder's tables of 4,000 places, weighing each spot against every dot took 0.7 s a
    paint. The same names are drawn either way."""

    def __init__(self, boxes):
        self._grid = BoxGrid()
        for box in boxes:
            self.add(box)

    def add(self, box: QRectF) -> None:
        self._grid.add(_edges(box), box)

    def hits(self, box: QRectF, but: QRectF) -> bool:
        """Whether ``box`` overlaps a box taken, other than any equal to ``but`` (the place's own dot)."""
        return any(box.intersects(other) for other in self._grid.near(BoxGrid.cells_of(_edges(box)))
                   if other != but)


def _edges(box: QRectF) -> tuple[float, float, float, float]:
    return box.left(), box.top(), box.right(), box.bottom()


def draw_places(painter: QPainter, view: MapView, route_map: RouteMap, selected: int, unit: float, words: Words,
                font: QFont, bold: QFont, taken: list[QRectF], most_rank: int = 6,
                covered: tuple[QRectF, ...] = ()) -> list[tuple[QPointF, str]]:
    """A dot per place and as many names as fit without overlapping, the most important first (a name that
    would cover another is left to the tooltip). ``covered``: where something lies over the map (its legend), so
    that no name is drawn at all. Returns each dot's position and place id."""
    places = route_map.place_by_id
    chosen = route_map.route(selected)
    on_route = {pid for r in route_map.routes for pid in r.place_ids}
    on_chosen = set(chosen.place_ids) if chosen else set()
    dots = []
    for place in route_map.places:
        at = view.point(place.lat, place.lon)
        if not view.rect.contains(at):
            continue
        dots.append((at, place.place_id))
        end = place.place_id in (route_map.origin, route_map.destination)
        radius = (4.2 if end else 2.8 if place.place_id in on_route else 2.0) * unit
        painter.setPen(QPen(QColor("white"), 1.0 * unit))
        painter.setBrush(TEXT if end else PLACE_ON_ROUTE if place.place_id in on_chosen else PLACE)
        painter.drawEllipse(at, radius, radius)
        if end:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(TEXT, 1.2 * unit))
            painter.drawEllipse(at, radius + 2.5 * unit, radius + 2.5 * unit)
    taken = Taken([*taken, *(QRectF(at.x() - 3 * unit, at.y() - 3 * unit, 6 * unit, 6 * unit) for at, _ in dots)])
    if len(dots) > OFF_ROUTE_NAMED_MOST:
        most_rank = min(most_rank, 5)
    visible = {pid for _, pid in dots}
    for rank, pid in label_order(route_map, selected):
        if rank > most_rank or pid not in visible:
            continue
        place = places[pid]
        at = view.point(place.lat, place.lon)
        face = bold if rank == 0 else font
        metrics = QFontMetricsF(face)
        text = words.name(place.name)
        width, height = metrics.horizontalAdvance(text) + 2, metrics.height()
        spots = [box for gap in ((5 * unit, 14 * unit) if rank == 0 else (5 * unit,))
                 for box in (QRectF(at.x() + gap, at.y() - height / 2, width, height),
                             QRectF(at.x() - gap - width, at.y() - height / 2, width, height),
                             QRectF(at.x() - width / 2, at.y() - gap - height, width, height),
                             QRectF(at.x() - width / 2, at.y() + gap, width, height))]
        own_dot = QRectF(at.x() - 3 * unit, at.y() - 3 * unit, 6 * unit, 6 * unit)
        free = [box for box in spots if view.rect.contains(box) and not taken.hits(box, own_dot)]
        # an end of the quote is always named, over a risk's dates if it must: its ringed dot had stood unnamed,
        # and the name of a place beside it (Port Qasim by Karachi) read as its own
        if not free and rank == 0:  # but not under the legend: Kostanay, the topmost place, was half hidden by it
            free = sorted((box for box in spots if view.rect.contains(box)),
                          key=lambda box: any(box.intersects(c) for c in covered))[:1]
        if not free:
            continue  # its name is in the tooltip
        box = free[0]
        taken.add(box)
        painter.setFont(face)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 190))  # the name stays legible over lines and borders
        painter.drawRoundedRect(box.adjusted(-1, 0, 1, 0), 2 * unit, 2 * unit)
        painter.setPen(TEXT if rank <= 2 else QColor("#4a525b"))
        painter.drawText(QPointF(box.left() + 1, box.top() + metrics.ascent()), text)
    return dots


def paint_map(painter: QPainter, rect: QRectF, route_map: RouteMap, basemap: Basemap, selected: int,
              words: Words, font: QFont, only: set[int] | None = None, fit: list[int] | None = None) -> MapView:
    """The whole map into a rectangle (a PDF page's, a picture's): basemap, routes, marks and names, framed,
    with the note that the lines are schematic. Used for documents; the window draws the same layers itself."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setClipRect(rect)
    unit = max(0.5, font.pixelSize() / 11 if font.pixelSize() > 0 else font.pointSizeF() / 8)
    bounds = fitted_bounds(route_map, fit if fit is not None else sorted(only) if only is not None else None)
    if fit is not None:  # some room round the route, so the reader sees where it lies
        grow = max(0.0, 14.0 - min(bounds.width(), bounds.height())) / 2
        bounds = bounds.adjusted(-grow, -grow, grow, grow)
    view = MapView(bounds, rect)
    small = QFont(font)
    small.setPixelSize(max(1, round(QFontMetricsF(font).height() * 0.72))) if font.pixelSize() > 0 else \
        small.setPointSizeF(font.pointSizeF() * 0.85)
    draw_basemap(painter, view, basemap, small)
    draw_routes(painter, view, route_map, selected, unit, only)
    draw_stops(painter, view, route_map, selected, unit)
    marks = draw_marks(painter, view, route_map, selected, unit, words, small, only)
    bold = QFont(font)
    bold.setBold(True)
    draw_places(painter, view, route_map, selected, unit, words, font, bold, [box for box, _ in marks], most_rank=5)
    painter.setClipping(False)
    painter.setPen(QPen(QColor("#666"), 1.0 * unit))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect)
    draw_note(painter, rect, small, unit)
    painter.restore()
    return view


def draw_note(painter: QPainter, rect: QRectF, font: QFont, unit: float) -> None:
    """The map's fine print, in its bottom corner: what the lines are, and whose borders."""
    painter.setFont(font)
    note = translate("RouteMap", "Schematic lines, place to place. Borders: Natural Earth")
    metrics = QFontMetricsF(font)
    box = QRectF(rect.right() - metrics.horizontalAdvance(note) - 8 * unit, rect.bottom() - metrics.height() - 3 * unit,
                 metrics.horizontalAdvance(note) + 6 * unit, metrics.height() + 2 * unit)
    painter.fillRect(box, QColor(255, 255, 255, 210))
    painter.setPen(QColor("#4a525b"))
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, note)
