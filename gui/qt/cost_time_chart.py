"""The cost–time chart: every available route as a point at its typical days (a min–max whisker) and its cost, the
best trade-offs joined; a route far off them stands at the frame's edge (gui/core/chart_scale.py)."""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..core import formatting as fmt
from ..core.chart_scale import BEYOND_COST, ChartScale, chart_scale
from ..core.quote import QuoteResult, RouteQuote
from .charts import (StepLabels, _axis_font, _legend_html, _paint_plot, _plot, _settle_range, _style_axes,
                     set_time_title, set_value_title, tr)
from .colours import Theme, theme
from .i18n import name


ARROWS = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)


class CostTimeChart(QWidget):
    """Every available route as a point: x = typical days with a min–max whisker, y = cost.

    The items are made once and updated with setData; each point carries its route's index in the quote, so a
    click maps back to the route (and the table maps back here through ``show_selected``).
    """

    routeClicked = Signal(int)
    RING_RADIUS = 13  # px: the ring round the selected point, its pen 2 px wide
    RING_ROOM = RING_RADIUS + 1 + 3  # px from its middle that no number takes: the ring's outer edge and a gap

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.plot = _plot(None, money=True)
        self.plot.setMenuEnabled(False)
        self.plot.showGrid(x=True, y=True, alpha=0.25)
        _style_axes(self.plot)
        set_time_title(self.plot, tr("Delivery time in days: typical, whisker min–max"))
        # whiskers thin and behind everything; the selection a ring round its point, drawn under the points, so
        # that a point it surrounds (or one beside it) stays visible
        self.whiskers = pg.ErrorBarItem(x=np.zeros(0), y=np.zeros(0), beam=0.0)
        self.whiskers.setZValue(-10)
        self.frontier = pg.PlotDataItem()
        self.frontier.setZValue(-5)
        self.points = pg.ScatterPlotItem(size=12, hoverable=True, tip=self._tip)
        self.points.setZValue(10)
        self.selected = pg.ScatterPlotItem(size=2 * self.RING_RADIUS, symbol="o", brush=pg.mkBrush(None))
        self.selected.setZValue(5)
        # each point's route number, as in the table and the documents, set off far enough to clear the ring; in a
        # crowd, a number whose line would cross another's is left to the point's tooltip
        self.numbers = StepLabels(gap=9, beside=True, clear=7, untangled=True)
        for item in (self.whiskers, self.frontier, self.points, self.selected, self.numbers):
            self.plot.addItem(item)
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.hide()
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.points.sigClicked.connect(self._on_points_clicked)
        # Tab stops at the plot: the arrows step from point to point, choosing the route as a click does
        self.plot.installEventFilter(self)
        self._at: dict[int, tuple[float, float]] = {}  # where each route's point stands
        from .chart_decide import DeadlineBand

        self.deadline = DeadlineBand(self.plot)  # the days up to the arrival date asked
        self.numbers.avoid = [self.deadline.line.label]  # no route's number over the arrival date
        self.numbers.bars = self.whiskers  # nor on a whisker, where it read as a negative ("−1")
        self._decision = None  # odds, goals and money in transit (gui/core/decide.py)
        self.economic = False  # the cost axis: freight, or freight plus the capital in transit
        self._routes: tuple[RouteQuote, ...] = ()
        self._currency = ""
        self._shown_index = -1
        self._scale = ChartScale()  # where the points stand when some lie far off (gui/core/chart_scale.py)
        self._working = False  # a quote worked out on a thread of its own (set_working)
        self.apply_theme()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.legend)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.empty, 1)
        self.setMinimumWidth(300)
        # nothing quoted yet: no axes (with no points they read 0, −0 and ±400 × 0.001), only why
        self._show_plot(False, "")

    # the least height of the plotted area: five grid lines, the points and their numbers apart (at 50 px, Urdu at
    # 150 % on a 1920 × 1080 screen, the routes lay in one smudge); where the window is shorter than that leaves,
    # it scrolls and the route's detail goes below the fold rather than the chart
    LEAST_PLOT_HEIGHT = 90

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """The legend as it wraps, the axes as drawn in the script shown (Urdu stands taller), and the least
        plotted height."""
        if self.plot.isHidden():  # nothing plotted: only why
            return super().minimumSizeHint()
        box = self.plot.getPlotItem().getViewBox().sceneBoundingRect().height()
        axes = self.plot.height() - box if 0 < box < self.plot.height() else \
            QFontMetrics(_axis_font()).lineSpacing() + QFontMetrics(self.font()).lineSpacing() + 12
        # the legend: beside the tabs where they have room (map_tab.py); none while the map's tab is shown, where
        # a tab's least height is the greatest of its pages' (the legend, above the hidden plot, made the window
        # scroll by its line in Urdu at 1280 × 640)
        legend = self.legend.heightForWidth(max(1, self.width())) if self.legend.parentWidget() is self and \
            self.legend.isVisibleTo(self) and not self.isHidden() else 0
        return QSize(300, int(max(0, legend) + axes + self.LEAST_PLOT_HEIGHT))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit_legend()
            self.updateGeometry()  # the legend may wrap to more lines, or fewer

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.updateGeometry()  # its legend counts again (minimumSizeHint)

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().hideEvent(event)
        self.updateGeometry()

    def apply_theme(self) -> None:
        """Colours from the window's palette (called again when the desktop switches between light and dark)."""
        self.colours = colours = theme()
        _paint_plot(self.plot, colours)
        self.whiskers.setOpts(pen=pg.mkPen(colours.dominated, width=1))
        self.frontier.setPen(pg.mkPen(colours.frontier, width=2.5))
        self.selected.setPen(pg.mkPen(colours.selected, width=2))
        self.points.opts["hoverPen"] = pg.mkPen(colours.chart_text, width=2)
        self._outline = pg.mkPen(colours.chart_background, width=1)
        self.numbers.halo = QColor(colours.chart_background)
        self._frontier_brush = pg.mkBrush(colours.frontier)
        self._other_brush = pg.mkBrush(colours.dominated)
        self._missing_pen = pg.mkPen(colours.muted, width=1.5)  # a route that misses a goal: a hollow mark
        if hasattr(self, "deadline"):
            self.deadline.apply_theme()
        self._show_legend()
        if self._routes:
            self._draw(self._routes, self._currency, self._shown_index)

    def _show_legend(self) -> None:
        """One line, as the map's legend says it (two took the height of the plot at 1366 × 768); what a best
        trade-off is in the tooltip; the mark of a route off the scale only when there is one."""
        colours = self.colours
        best = (colours.frontier, "●", QCoreApplication.translate("RouteMapPanel", "best trade-off"))
        chosen = (colours.selected, "◯", tr("selected"))
        entries = [best, (colours.dominated, "■", tr("other available routes")), chosen]
        # the map's word for the grey routes, where the whole line would wrap above the plot (English and Russian
        # at 1366 × 768 and 150 %: "◯ selected" on a line of its own, the plot 20 px lower)
        shorter = [best, (colours.dominated, "■", QCoreApplication.translate("RouteMapPanel", "other")), chosen]
        tips = [tr("best trade-off: nothing else is both cheaper and faster")]
        if self._scale.clips:
            off = (colours.dominated, "▲", tr("off the scale"))
            entries.append(off)
            shorter.append(off)
            tips.append(tr("off the scale: a route more than three times dearer or slower than the dearest or "
                           "slowest best trade-off, drawn at the edge (▲ dearer, ▶ slower); its figures are in the "
                           "table and in the point's tooltip"))
        self._legends = (_legend_html(entries), _legend_html(shorter, narrow=True))
        self.legend.setToolTip("\n".join(tips))
        self.fit_legend()

    def whole_legend(self) -> str:
        return getattr(self, "_legends", (self.legend.text(),))[0]

    def fit_legend(self) -> None:
        """The whole legend beside the tabs, and above the plot where its line holds it; else the shorter one."""
        from PySide6.QtGui import QTextDocument

        whole, shorter = getattr(self, "_legends", (self.legend.text(), self.legend.text()))
        text = whole
        if self.legend.parentWidget() is self and self.width() > 0:
            document = QTextDocument()
            document.setDefaultFont(self.legend.font())
            document.setDocumentMargin(0)
            document.setHtml(whole)
            if document.idealWidth() + 2 > self.width():
                text = shorter
        if text != self.legend.text():
            self.legend.setText(text)
            self.updateGeometry()

    def set_result(self, result: QuoteResult | None, decision=None, economic: bool | None = None) -> None:
        """A new quote's routes, and with ``decision`` (``set_decision``) its odds and goals, drawn once."""
        self._currency = result.currency if result else ""
        self._decision = _own(decision, result.routes if result else None)
        if economic is not None:
            self.economic = economic
        self.deadline.show(self._decision)
        self._draw(result.routes if result else (), self._currency, -1, result is not None)

    def set_working(self, working: bool) -> None:
        """Whether a quote is being worked out on a thread of its own: with no quote to show meanwhile (a new
        window's first, or the request before was wrong), the chart says so rather than "Correct the request"."""
        self._working = working
        if not self._currency:
            self._show_plot(False, self._unquoted())

    def _unquoted(self) -> str:
        return tr("Working out the routes…") if self._working else tr("Correct the request to see the routes.")

    def set_decision(self, decision, economic: bool | None = None) -> None:
        """The arrival band, the routes that miss a goal (hollow) and, with ``economic``, the cost with the
        capital in transit."""
        self._decision = _own(decision, self._routes)
        if economic is not None:
            self.economic = economic
        self.deadline.show(self._decision)
        self._draw(self._routes, self._currency, self._shown_index, bool(self._currency))

    def cost_of(self, index: int, route: RouteQuote) -> float:
        from .chart_decide import drawn_cost

        return drawn_cost(self._decision, self.economic, index, route)

    def _draw(self, routes, currency: str, selected: int, quoted: bool = True) -> None:
        from .chart_decide import frontier

        self._routes = routes
        shown = [(i, r) for i, r in enumerate(self._routes) if r.available and r.cost is not None]
        costs = {i: self.cost_of(i, r) for i, r in shown}
        best = frontier([(i, r.days_typical, costs[i]) for i, r in shown]) if self.economic else \
            {i for i, r in shown if r.pareto}
        missing = {i for i, _ in shown if self._decision is not None and self._decision.route(i).excluded_reason}
        economic = self.economic and self._decision is not None and self._decision.goods_value is not None
        set_value_title(self.plot, (tr("Freight + capital in transit, {currency}") if economic
                                    else tr("Cost, {currency}")).format(currency=currency), currency)
        clipped = self._scale.clips
        self._scale = scale = chart_scale([(r.days_typical, costs[i], i in best) for i, r in shown])
        if scale.clips != clipped:
            self._show_legend()
        at = {i: (scale.days(r.days_typical), scale.cost(costs[i])) for i, r in shown}
        self._at = at
        beyond = {i: scale.beyond(r.days_typical, costs[i]) for i, r in shown}
        # pyqtgraph draws a symbol unturned in a plot whose days run right to left (Urdu): "slower" points left
        slower = "t3" if self.plot.getViewBox().state["xInverted"] else "t2"
        self.points.setData(
            x=[at[i][0] for i, _ in shown], y=[at[i][1] for i, _ in shown], data=[i for i, _ in shown],
            size=[14 if i in best or beyond[i] else 10 for i, _ in shown],
            pen=[self._missing_pen if i in missing else self._outline for i, _ in shown],
            brush=[pg.mkBrush(None) if i in missing else self._frontier_brush if i in best else self._other_brush
                   for i, _ in shown],
            symbol=[("o" if i in best else "s") if not beyond[i] else "t1" if beyond[i] == BEYOND_COST
                    else slower for i, _ in shown])
        self._show_plot(bool(shown), tr("No open route to show.") if quoted else self._unquoted())
        self.numbers.set_labels(number_labels(shown, self.colours, at, best))
        if shown:
            x = np.array([at[i][0] for i, _ in shown])
            y = np.array([at[i][1] for i, _ in shown])
            # a point off the scale has no whisker: its days are not where it stands
            inside = np.array([not beyond[i] for i, _ in shown])
            self.whiskers.setData(x=x, y=y, left=(x - np.array([r.days_min for _, r in shown])) * inside,
                                  right=(np.array([scale.days(r.days_max) for _, r in shown]) - x) * inside)
            front = sorted((r.days_typical, costs[i]) for i, r in shown if i in best)
            self.frontier.setData([p[0] for p in front], [p[1] for p in front])
        else:
            self.whiskers.setData(x=np.zeros(0), y=np.zeros(0), left=np.zeros(0), right=np.zeros(0))
            self.frontier.setData([], [])
        _settle_range(self.plot)
        self.show_selected(selected)

    def _show_plot(self, plotted: bool, otherwise: str) -> None:
        """A chart with nothing on it shows no axes (they would read −20 M or −40 days), only why it is empty."""
        self.plot.setVisible(plotted)
        self.legend.setVisible(plotted)
        self.empty.setVisible(not plotted)
        self.empty.setText("" if plotted else otherwise)
        self.updateGeometry()

    def show_selected(self, index: int) -> None:
        self._shown_index = index
        if 0 <= index < len(self._routes) and self._routes[index].available and self._routes[index].cost:
            route = self._routes[index]
            # what the arrows chose, read by a screen reader with the plot
            self.plot.setAccessibleDescription(f"{index + 1}. {self._tip(0, 0, index)}")
            at = (self._scale.days(route.days_typical), self._scale.cost(self.cost_of(index, route)))
            self.selected.setData([at[0]], [at[1]])
            self.numbers.set_ring((*at, self.RING_ROOM))
        else:
            self.plot.setAccessibleDescription("")
            self.selected.setData([], [])
            self.numbers.set_ring(None)
        _settle_range(self.plot)

    def _tip(self, x: float, y: float, data: int) -> str:
        from .decide_cells import decision_lines

        route = self._routes[data]
        return "\n".join([f"{name(route.corridor)}\n{fmt.money(route.cost, route.currency)}"
                          f" ({fmt.money_per(route.cost_per_tonne, route.currency)})\n"
                          f"{fmt.days_range(route.days_min, route.days_typical, route.days_max)}\n"
                          f"{fmt.co2e(route.co2e_kg)}", *decision_lines(self._decision, data)])

    def _on_points_clicked(self, item, points, event=None) -> None:
        if len(points):
            self.routeClicked.emit(int(points[0].data()))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if watched is self.plot and event.type() == QEvent.Type.KeyPress:
            found = self.next_route(event.key())
            if found is not None:
                self.routeClicked.emit(found)
                return True
            return event.key() in ARROWS  # at the last point that way: the plot does not scroll off
        return super().eventFilter(watched, event)

    def next_route(self, key) -> int | None:
        """The route whose point is next from the selected one in the arrow's direction on the screen (the days
        run right to left in Urdu), or the cheapest shown when none is selected; None at the end of the way."""
        if key not in ARROWS or not self._at:
            return None
        points = self._at
        if self._shown_index not in points:
            return min(points, key=lambda i: (points[i][1], points[i][0]))
        across = key in (Qt.Key.Key_Left, Qt.Key.Key_Right)
        if across:
            order = sorted(points, key=lambda i: (points[i][0], points[i][1], i))
            forward = (key == Qt.Key.Key_Right) != self.plot.getViewBox().state["xInverted"]
        else:
            order = sorted(points, key=lambda i: (points[i][1], points[i][0], i))
            forward = key == Qt.Key.Key_Up
        at = order.index(self._shown_index) + (1 if forward else -1)
        return order[at] if 0 <= at < len(order) else None


def number_labels(shown: list[tuple[int, RouteQuote]], colours: Theme,
                  at: dict[int, tuple[float, float]] | None = None,
                  best: set[int] | None = None) -> list[tuple[float, float, str, QColor, bool]]:
    """A label per point with its route number; points that (nearly) coincide share one label ("6, 7").
    ``at``: the days and cost each point stands at (default: its typical days and freight); ``best``: the
    frontier's points."""
    if not shown:
        return []
    at = at or {i: (r.days_typical, r.cost) for i, r in shown}
    best = best if best is not None else {i for i, r in shown if r.pareto}
    days = [at[i][0] for i, _ in shown]
    costs = [at[i][1] for i, _ in shown]
    near_days = 0.015 * (max(days) - min(days) or 1.0)
    near_cost = 0.03 * (max(costs) - min(costs) or 1.0)
    groups: list[list[int]] = []
    for index, _ in sorted(shown, key=lambda item: item[0]):
        for group in groups:
            first = at[group[0]]
            if abs(first[0] - at[index][0]) <= near_days and abs(first[1] - at[index][1]) <= near_cost:
                group.append(index)
                break
        else:
            groups.append([index])
    right_edge = min(days) + 0.8 * (max(days) - min(days))
    return [(at[group[0]][0], at[group[0]][1], ", ".join(str(i + 1) for i in group),
             colours.frontier if any(i in best for i in group) else colours.chart_text,
             at[group[0]][0] > right_edge)
            for group in groups]


def _own(decision, routes):
    """The decision if it is of these routes (the quote drawn), else None: one of a quote replaced since is not."""
    return decision if decision is not None and routes is not None and decision.result.routes is routes else None
