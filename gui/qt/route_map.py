"""The map panel: every route of the quote on the region's map, closures and risk windows on the cargo's dates.
Hover names a route and its figures; a click selects it (a second click on shared track picks the next route there).
Loaded only when the map is first shown."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFont, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QLabel, QToolTip, QVBoxLayout, QWidget

from ..core import formatting as fmt
from ..core.geo import distance_to_polyline, load_basemap
from ..core.route_map import MapMark, RouteMap, route_map
from . import map_marks, map_painter as mp
from .charts import _legend_html
from .i18n import local_date, name, wording

LEGEND_INK = "#1f2328"  # the legend's words on the map's white band, in any palette (the note's is #4a525b)
PICK_PX = 7.0  # how near the pointer a line counts as under it
ZOOM_STEP = 1.25


def _words() -> mp.Words:
    return mp.Words(name=name, date=local_date)


class MapCanvas(QWidget):
    routeClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # a map is never mirrored
        self.setMouseTracking(True)
        # a stop for Tab, with a frame that says the keyboard is here: the arrows move the map, + and − zoom, Home
        # shows the whole quote (the map had no stop: Tab went from the tab's button past it to the route below)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Map of the routes"))
        # as low as the cost–time chart's plot may go (its LEAST_PLOT_HEIGHT), so that choosing the map never makes
        # the window scroll: at 160 px, under its legend's two lines in Urdu at 1280 × 640, the tab asked for 48 px
        # more than the chart's; the map's own window (⤢) shows it large
        self.setMinimumSize(300, 90)
        self.basemap = load_basemap()
        self.map: RouteMap | None = None
        self.routes = ()  # the quote's RouteQuote records, for the figures in tooltips
        self.selected = -1
        self.bounds: QRectF | None = None  # the projected area on show; None: fitted to the quote
        self._background: tuple[tuple, QPixmap] | None = None
        self._lines: dict[int, list] = {}
        self._marks: list[tuple[QRectF, MapMark]] = []
        self._dots: list[tuple[QPointF, str]] = []
        self._press: QPointF | None = None
        self._dragged = False
        self.font_small = QFont(self.font())
        self.font_small.setPointSizeF(max(7.5, self.font().pointSizeF() * 0.82))
        self.legend_band = 0  # px at the top that the legend lies over (RouteMapPanel); no route is fitted under it
        self.legend_tip = ""  # the whole legend, said on hovering it

    # ------------------------------------------------------------------ model → view

    def set_map(self, picture: RouteMap | None, routes=()) -> None:
        self.map, self.routes = picture, tuple(routes)
        self.bounds = None
        self.update()

    def show_selected(self, index: int) -> None:
        if index != self.selected:
            self.selected = index
            self.update()

    def view(self) -> mp.MapView:
        rect = QRectF(self.rect())
        if self.bounds is not None:
            return mp.MapView(self.bounds, rect)
        # the quote's routes fitted under the legend, which lies on the map's top margin: the legend had a line (two
        # in Russian) of its own above the map, the map's height less by as much (Urdu at 1366 × 768)
        band = min(self.legend_band, rect.height() / 3)
        view = mp.MapView(mp.snug_bounds(self.map, top_margin=band <= 0), rect.adjusted(0, band, 0, 0))
        view.rect = rect  # the basemap, the places' labels and panning take the whole canvas
        return view

    # ------------------------------------------------------------------ painting

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        view = self.view()
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._basemap_pixmap(view))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._lines, self._marks, self._dots = {}, [], []
        if self.map is not None:
            words = _words()
            self._lines = mp.draw_routes(painter, view, self.map, self.selected, 1.0)
            mp.draw_stops(painter, view, self.map, self.selected, 1.0)
            self._marks = map_marks.draw_marks(painter, view, self.map, self.selected, 1.0, words, self.font_small)
            bold = QFont(self.font())
            bold.setBold(True)
            legend = [QRectF(0, 0, self.width(), self.legend_band)] if self.legend_band else []
            self._dots = mp.draw_places(painter, view, self.map, self.selected, 1.0, words, self.font(), bold,
                                        [box for box, _ in self._marks] + legend,  # no name under the legend
                                        covered=tuple(legend))
        mp.draw_note(painter, QRectF(self.rect()), self.font_small, 1.0)
        if self.hasFocus():
            pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 2)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        painter.end()

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().focusInEvent(event)
        self.update()  # its frame

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().focusOutEvent(event)
        self.update()

    def _basemap_pixmap(self, view: mp.MapView) -> QPixmap:
        """Land, coast and borders change only when the view does: drawn once into a pixmap, then copied."""
        ratio = self.devicePixelRatioF()
        key = (self.size().toTuple(), ratio, view.bounds().getRect())
        if self._background is None or self._background[0] != key:
            pixmap = QPixmap((QSize(max(1, self.width()), max(1, self.height())) * ratio))
            pixmap.setDevicePixelRatio(ratio)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            mp.draw_basemap(painter, view, self.basemap, self.font_small)
            painter.end()
            self._background = (key, pixmap)
        return self._background[1]

    # ------------------------------------------------------------------ finding what is under the pointer

    def routes_at(self, point: QPointF) -> list[int]:
        """Routes whose line passes within PICK_PX of a point: nearest first, then as drawn (selected on top)."""
        found = []
        for index, lines in self._lines.items():
            distance = min(distance_to_polyline(point.toTuple(), [p.toTuple() for p in line]) for line in lines)
            if distance <= PICK_PX:
                route = self.map.route(index)
                found.append((round(distance / 2), -mp.route_style(route, self.selected)[3], index))
        return [index for *_, index in sorted(found)]

    def route_to_select(self, point: QPointF) -> int | None:
        """The route a click here selects; clicking again where several routes share a track steps through them."""
        here = self.routes_at(point)
        if not here:
            return None
        if self.selected in here and len(here) > 1:
            ordered = sorted(here)
            return ordered[(ordered.index(self.selected) + 1) % len(ordered)]
        return here[0]

    def tooltip_at(self, point: QPointF) -> str:
        if self.legend_tip and point.y() < self.legend_band:
            return self.legend_tip
        for box, mark in self._marks:
            if box.contains(point):
                return self._mark_tip(mark)
        for at, place_id in self._dots:
            if (at - point).manhattanLength() <= 8:
                return self._place_tip(place_id)
        here = self.routes_at(point)
        if not here:
            return self.tr("Wheel or + −: zoom; drag or arrow keys: move; double-click or Home: the whole quote")
        lines = [self._route_tip(index) for index in here[:4]]
        if len(here) > 1:
            lines.append(self.tr("{count} routes share this stretch: click again for the next").format(
                count=len(here)))
        return "\n\n".join(lines)

    def _route_tip(self, index: int) -> str:
        route = self.routes[index] if index < len(self.routes) else None
        drawn = self.map.route(index)
        if route is None:
            return name(drawn.corridor)
        star = "★ " if route.pareto else ""
        text = f"{star}{name(route.corridor)}"
        if route.cost is not None:
            text += (f"\n{fmt.money(route.cost, route.currency)} ({fmt.money(route.cost_per_tonne, route.currency)}/"
                     f"{fmt.unit('t')}), {fmt.days_range(route.days_min, route.days_typical, route.days_max)}, "
                     f"{fmt.km(route.km)}")
        if not route.available:
            from .i18n import say

            text += "\n" + self.tr("unavailable: ") + say(route.unavailable_reason)
        if drawn.undrawn:
            text += "\n" + self.tr("{count} leg(s) not drawn: a place without coordinates").format(
                count=drawn.undrawn)
        return text

    def _mark_tip(self, mark: MapMark) -> str:
        words = _words()
        state, own = map_marks.mark_state(mark, self.selected)
        passed = next((p for p in mark.passes if p.route == self.selected), None) or mark.passes[0]
        start, end = map_marks.occurrence(mark, passed.typical)
        window = f"{local_date(start)} – {local_date(end) if end else self.tr('until further notice')}"
        heading = {"closed": self.tr("Closed on the day the cargo gets there"),
                   "may_close": self.tr("May be closed while the cargo passes"),
                   "risk": self.tr("Risk window while the cargo passes")}[state]
        route = self.routes[passed.route] if passed.route < len(self.routes) else None
        reached = self.tr("{corridor}: reached on {day} (earliest {first}, latest {last})").format(
            corridor=name(route.corridor) if route else "", day=words.date(passed.typical),
            first=words.date(passed.first), last=words.date(passed.last))
        yearly = " " + self.tr("(every year)") if mark.every_year else ""
        return f"{heading}\n{name(mark.where)}: {name(mark.reason)}\n{window}{yearly}\n{reached}"

    def _place_tip(self, place_id: str) -> str:
        place = self.map.place_by_id[place_id]
        text = name(place.name)
        chosen = self.map.route(self.selected)
        events = [s.event for s in chosen.stops if s.place_id == place_id] if chosen else []
        if events:
            say_event = wording().event
            text += "\n" + ", ".join(say_event(event) for event in events)
        return text

    # ------------------------------------------------------------------ mouse

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            text = self.tooltip_at(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.button() == Qt.MouseButton.LeftButton:
            self._press, self._dragged = event.position(), False

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            delta = event.position() - self._press
            if self._dragged or delta.manhattanLength() > 4:
                self._dragged = True
                view = self.view()
                self.bounds = view.bounds().translated(-delta.x() / view.scale, -delta.y() / view.scale)
                self._press = event.position()
                self.update()
            return
        over = bool(self.routes_at(event.position()))
        self.setCursor(Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.button() == Qt.MouseButton.LeftButton and self._press is not None and not self._dragged:
            index = self.route_to_select(event.position())
            if index is not None:
                self.routeClicked.emit(index)
        self._press = None

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.bounds = None  # back to the whole quote
        self.update()

    def wheelEvent(self, event) -> None:  # noqa: N802 - Qt API
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom(steps, event.position())

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        """The keyboard's way round the map: the arrows move it a tenth of its size, + and − zoom about its middle,
        Home (or 0) shows the whole quote."""
        key = event.key()
        middle = QPointF(self.width() / 2, self.height() / 2)
        moves = {Qt.Key.Key_Left: (1, 0), Qt.Key.Key_Right: (-1, 0), Qt.Key.Key_Up: (0, 1), Qt.Key.Key_Down: (0, -1)}
        if key in moves:
            dx, dy = moves[key]
            view = self.view()
            self.bounds = view.bounds().translated(-dx * self.width() / 10 / view.scale,
                                                   -dy * self.height() / 10 / view.scale)
            self.update()
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(1, middle)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom(-1, middle)
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_0):
            self.bounds = None
            self.update()
        else:
            super().keyPressEvent(event)

    def zoom(self, steps: float, at: QPointF) -> None:
        """In (``steps`` > 0) or out about a point of the canvas, within the reach of the basemap and the places."""
        view = self.view()
        factor = ZOOM_STEP ** -steps
        bounds = view.bounds()
        whole = mp.projected(*self.basemap.bbox)
        fitted = mp.MapView(mp.snug_bounds(self.map), QRectF(self.rect())).bounds()
        if factor > 1 and bounds.width() * factor > max(whole.width() * 1.2, fitted.width() * 1.01):
            return  # no further out than the basemap reaches (or the whole quote, in a flat window)
        if factor < 1 and bounds.width() * factor < 2.0:
            return  # about 200 km across: the places are approximate, closer says nothing more
        anchor = QPointF((at.x() - view.dx) / view.scale, (at.y() - view.dy) / view.scale)
        self.bounds = QRectF(anchor.x() - (anchor.x() - bounds.left()) * factor,
                             anchor.y() - (anchor.y() - bounds.top()) * factor,
                             bounds.width() * factor, bounds.height() * factor)
        self.update()


class RouteMapPanel(QWidget):
    """The canvas with its legend lying along its top edge, and the note that the lines are schematic."""

    routeClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.canvas = MapCanvas(self)
        self.canvas.routeClicked.connect(self.routeClicked)
        # on the map, as its fine print is, not on a line above it: that line (two in Russian) was the map's height
        # less, and in a dark palette the legend's blue line stood on the window's dark grey (1.5 : 1); on the map
        # its marks stand on the paper the lines are drawn on, its words dark as the note's
        self.legend = QLabel(self.canvas)
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)  # the map's drag and tooltip
        self.legend.setStyleSheet(f"QLabel {{ background: rgba(255, 255, 255, 215); color: {LEGEND_INK};"
                                  " padding: 0px 3px; }")
        # each mark kept with its meaning where the line wraps (as the charts' legends): "●" stood at the end of
        # the first line and "border" began the second (English, 1366 × 768)
        self.lines = ((mp.SELECTED, "━", self.tr("selected")), (mp.FRONTIER, "━", self.tr("best trade-off")),
                      (mp.DOMINATED, "━", self.tr("other")), (mp.UNAVAILABLE, "╍", self.tr("unavailable")),
                      (map_marks.CLOSED, "✕", self.tr("closed")), (map_marks.RISK, "▲", self.tr("risk window")))
        self.stops = ((mp.STEP_COLOURS["border_crossing"], "●", self.tr("border")),
                      (mp.STEP_COLOURS["port_handling"], "●", self.tr("port")),
                      (mp.STEP_COLOURS["gauge_change"], "●", self.tr("gauge change")),
                      (mp.STEP_COLOURS["transshipment"], "●", self.tr("transshipment")))
        self.legends = (_legend_html(self.lines + self.stops), _legend_html(self.lines))  # whole; lines and marks
        self.legend.setText(self.legends[0])
        small = QFont(self.font())
        small.setPointSizeF(max(7.5, self.font().pointSizeF() * 0.85))
        self.legend.setFont(small)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas, 1)
        self.setFocusProxy(self.canvas)  # the panel given the keyboard (View → Map) gives it to the map

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit_legend()

    def legend_choices(self) -> list[str]:
        """The legends to try, longest first: every mark; the routes' lines and marks (the stops' dots are in the
        distance chart's legend beside the map); those of them this map draws; then, one by one from the end, fewer
        of those (the grey of the other routes first), so that one line holds it."""
        drawn = self.lines
        picture = self.canvas.map
        if picture is not None:
            selected = self.canvas.selected
            styles = {mp.route_style(route, selected)[0].name() for route in picture.routes}
            marks = {"✕" if mark.closed else "▲" for mark in picture.marks}
            drawn = tuple(entry for entry in self.lines
                          if entry[0].name() in styles or entry[1] in marks)
        choices = list(self.legends) + [_legend_html(drawn)]
        fewer = [entry for entry in drawn if entry[0] != mp.DOMINATED] if len(drawn) > 1 else list(drawn)
        while len(fewer) > 1:
            choices.append(_legend_html(fewer))
            fewer = fewer[:-1]
        return choices

    def fit_legend(self) -> None:
        """The longest legend one line holds, across the map's top; every mark is in its tooltip."""
        width = max(1, self.width() - 4)
        one_line = self.legend.fontMetrics().lineSpacing() * 1.5
        choices = self.legend_choices()
        text = next((html for html in choices if self._height(html, width) <= one_line), choices[-1])
        self.legend.setText(text)
        height = self._height(text, width)
        self.legend.setGeometry(2, 2, width, height)
        self.legend.setToolTip("" if text == self.legends[0] else _plain(self.legends[0]))
        self.canvas.legend_tip = _plain(self.legends[0])
        if self.canvas.legend_band != height + 2:
            self.canvas.legend_band = height + 2
            self.canvas.update()

    def _height(self, text: str, width: int) -> int:
        self.legend.setText(text)
        return self.legend.heightForWidth(width)

    def set_result(self, result, tables) -> None:
        picture = route_map(result, tables) if result is not None and tables is not None else None
        self.canvas.set_map(picture, result.routes if result else ())
        self.fit_legend()

    def show_selected(self, index: int) -> None:
        self.canvas.show_selected(index)
        self.fit_legend()


def _plain(legend_html: str) -> str:
    """A legend's entries one a line, for its tooltip."""
    import html
    import re

    entries = html.unescape(re.sub(r"<[^>]+>", "", legend_html)).split("\u00a0\u2002")
    return "\n".join(entry.replace("\u00a0", " ").strip() for entry in entries)
