"""Charts: cost against delivery time for every route, and the selected route's time/cost-distance steps."""
from __future__ import annotations

import html
import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QFontMetricsF, QPainter
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from ..core import formatting as fmt
from ..core.chart_scale import BEYOND_COST, ChartScale, chart_scale
from ..core.quote import QuoteResult, RouteQuote
from .colours import Theme, theme
from .i18n import name
from .label_places import leader_line, place_labels


LABELS = 6  # place names on the time-distance chart

pg.setConfigOptions(antialias=True, useOpenGL=False)  # the colours follow the window's palette (apply_theme)


def tr(text: str) -> str:
    # lupdate files module-level tr("…") calls under the empty context; look them up there
    return QCoreApplication.translate("", text)


class ValueAxis(pg.AxisItem):
    """A value axis (cost or days) whose tick labels never overlap: on a low plot (the distance chart, a laptop at
    150 %) pyqtgraph always labels its coarsest ticks, even closer than their labels are tall ("10 k" over "5 k").
    There the step goes up to the next round one (1, 2, 5 × 10ⁿ) that leaves room, with no finer ticks; and where no
    tick of that step falls inside the plot, one tick stands on a round value near the middle."""

    ROOM = 1.2  # label heights from one tick to the next

    # axes that stand one above the other over the same distance take the width of the widest, so that their
    # plots begin at the same x and a km reads at the same place in both (align_widths)
    partners: tuple["ValueAxis", ...] = ()
    _own_width = 0.0

    def _updateWidth(self):  # noqa: N802 - pyqtgraph API
        super()._updateWidth()
        if self.orientation == "right" and self.isVisible() and self.fixedWidth is None and self.label.isVisible():
            # (right to left) the whole height of the turned title, not pyqtgraph's 0.8 of it: Urdu's letters fill
            # their box, and at the plot's right edge the rest was cut off
            width = self.minimumWidth() + 0.2 * self.label.boundingRect().height()
            self.setMaximumWidth(width)
            self.setMinimumWidth(width)
        self._own_width = self.minimumWidth()
        width = max((axis._own_width for axis in self.partners), default=self._own_width)
        for axis in self.partners:
            if axis.minimumWidth() != width:
                axis.setMaximumWidth(width)
                axis.setMinimumWidth(width)
                axis.picture = None

    def resizeEvent(self, ev=None):  # noqa: N802 - pyqtgraph API
        super().resizeEvent(ev)
        if self.orientation == "right" and self.label is not None:
            # pyqtgraph nudges the title 5 px outwards, past the right edge of the plot where nothing shows it
            self.label.setPos(self.size().width() - self.label.boundingRect().height(), self.label.pos().y())

    def tickSpacing(self, minVal, maxVal, size):  # noqa: N802, N803 - pyqtgraph API
        levels = super().tickSpacing(minVal, maxVal, size)
        if self.orientation not in ("left", "right") or not levels or maxVal <= minVal or size <= 0:
            return levels
        per_unit = size / (maxVal - minVal)
        metrics = QFontMetricsF(self.style["tickFont"] or self.font())
        sample = self.tickStrings([maxVal], 1.0, levels[0][0])[0]
        tall = max(metrics.boundingRect(sample).height(), metrics.height()) * self.ROOM
        base = spacing = levels[0][0]
        if spacing * per_unit >= tall:  # pyqtgraph labels finer levels only where they fit
            return levels
        while spacing * per_unit < tall:
            spacing = _next_round_step(spacing)
        margin = tall / 2 / per_unit  # a label is drawn only where the whole of it is inside the plot
        if math.floor((maxVal - margin) / spacing) * spacing >= minVal + margin:
            return [(spacing, 0.0)]
        # no multiple of the wider step falls inside: one label, on a round value near the middle
        middle = round((minVal + maxVal) / 2 / base) * base
        return [(spacing, middle % spacing)]


def _next_round_step(step: float) -> float:
    """The next of 1, 2, 5, 10, 20, 50 … times a power of ten."""
    power = 10.0 ** math.floor(math.log10(step))
    for factor in (1.0, 2.0, 5.0, 10.0):
        if factor * power > step * (1 + 1e-9):
            return factor * power
    return 10.0 * power


class MoneyAxis(ValueAxis):
    """Ticks in plain money (45 k, 1.2 M): SI prefixes on a currency read badly."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.enableAutoSIPrefix(False)

    def tickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph API
        # one scale for every tick of the axis, set by the largest it shows: 5 k, 10 k, 15 k (never 5,000 beside
        # 10 k, nor a lone 5,000 on an axis that runs to 11 k while the chart beside it reads 10 k)
        largest = max([abs(v) for v in values] + [abs(end) for end in self.range])
        return [fmt.money_short(v, "", like=largest).strip() for v in values]


def _paint_plot(plot: pg.PlotWidget, colours: Theme) -> None:
    """A plot in the window's colours: dark on a dark desktop, light on a light one."""
    plot.setBackground(colours.chart_background)
    for side in ("left", "right", "bottom"):
        axis = plot.getAxis(side)
        axis.setPen(pg.mkPen(colours.chart_text))
        axis.setTextPen(pg.mkPen(colours.chart_text))
    plot.getPlotItem().titleLabel.setAttr("color", colours.chart_text.name())


def _legend_html(entries) -> str:
    """Coloured marks and their meaning, for a chart's legend line; an en space between entries (the mark sets
    them apart), so that the cost and time legend stays one line in Russian at 1366 × 768. Where the line is too
    short all the same, it wraps between entries, never inside one: a mark stood alone at the end of the first line
    and its meaning began the second (Russian, crude oil Atyrau → Karachi at 150 %: "▲" / "за пределами шкалы")."""
    return "&nbsp;\u2002".join(f"<span style='color:{colour.name()}'>{mark}</span>&nbsp;"
                                + html.escape(text).replace(" ", "&nbsp;") for colour, mark, text in entries)


def _plot(parent: QWidget | None, money: bool) -> pg.PlotWidget:
    """A plot that reads the way the interface does: in a right-to-left language (Urdu) the distance or days run
    from right to left and the value axis stands on the right."""
    rtl = QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    side = "right" if rtl else "left"
    plot = pg.PlotWidget(parent, axisItems={side: (MoneyAxis if money else ValueAxis)(orientation=side)})
    if rtl:
        # laid out left to right by hand: in a right-to-left application pyqtgraph's grid of axes is mirrored (a
        # QGraphicsWidget takes the application's direction) but not the axes' own drawing, so the value axis stood
        # at the left with its figures turned inwards, under the grid lines
        plot.getPlotItem().setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        plot.showAxis("right")
        plot.hideAxis("left")
        plot.getViewBox().invertX(True)
    return plot


def align_widths(plots) -> None:
    """Give the value axes of plots that share their distance axis one width, the widest one's."""
    axes = tuple(value_axis(plot) for plot in plots)
    for axis in axes:
        axis.partners = axes
    for axis in axes:
        axis._updateWidth()


def value_axis(plot: pg.PlotWidget):
    """The axis of costs or days, on the left or (right to left) the right."""
    return plot.getAxis("right" if plot.getViewBox().xInverted() else "left")


def set_value_title(plot: pg.PlotWidget, full: str, short: str) -> None:
    """The value axis's title, or its short form ("USD") when the plot is too low for the whole of it: a
    vertical title longer than its axis is cut at both ends."""
    axis = value_axis(plot)
    if getattr(axis, "titles", None) is None:
        plot.getViewBox().sigResized.connect(lambda *_: _fit_value_title(plot))
    axis.titles = (full, short)
    _fit_value_title(plot)


def _fit_value_title(plot: pg.PlotWidget) -> None:
    axis = value_axis(plot)
    full, short = axis.titles
    room = plot.getViewBox().height()
    axis.setLabel(full)
    if room > 0 and axis.label.boundingRect().width() > room:
        axis.setLabel(short)


def _settle_range(plot: pg.PlotWidget) -> None:
    """Fit the axes to the data now, not when the plot is next painted: pyqtgraph fits them at the start of the
    paint, and the new range then asks for a second paint of the whole plot."""
    plot.enableAutoRange()
    box = plot.getViewBox()
    box.updateAutoRange()
    (_, (low, high)) = box.childrenBounds()
    if low is not None and low == high and low > 0:
        # one cost (a single route): pyqtgraph centres a range on it that reads "−20 k"; show it from zero
        box.setYRange(0, 2 * low)
    box.updateMatrix()


def _style_axes(plot: pg.PlotWidget) -> None:
    """Readable ticks from a metre away, and only major grid lines (minor ones clutter and cost paint time);
    room at the edges so labels near the last point are not cut off."""
    plot.getViewBox().setDefaultPadding(0.08)
    for side in ("left", "right", "bottom"):
        axis = plot.getAxis(side)
        axis.setTickFont(_axis_font())
        axis.setStyle(maxTickLevel=1)


def _axis_font() -> QFont:
    font = QFont()
    font.setPointSizeF(max(font.pointSizeF(), 10.0))
    return font


class CostTimeChart(QWidget):
    """Every available route as a point: x = typical days with a min–max whisker, y = cost.

    The items are made once and updated with setData; each point carries its route's index in the quote, so a
    click maps back to the route (and the table maps back here through ``show_selected``).
    """

    routeClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.plot = _plot(None, money=True)
        self.plot.setMenuEnabled(False)
        self.plot.showGrid(x=True, y=True, alpha=0.25)
        self.plot.setLabel("bottom", tr("Delivery time in days: typical, whisker min–max"))
        _style_axes(self.plot)
        # whiskers thin and behind everything; the selection a ring round its point, drawn under the points, so
        # that a point it surrounds (or one beside it) stays visible
        self.whiskers = pg.ErrorBarItem(x=np.zeros(0), y=np.zeros(0), beam=0.0)
        self.whiskers.setZValue(-10)
        self.frontier = pg.PlotDataItem()
        self.frontier.setZValue(-5)
        self.points = pg.ScatterPlotItem(size=12, hoverable=True, tip=self._tip)
        self.points.setZValue(10)
        self.selected = pg.ScatterPlotItem(size=26, symbol="o", brush=pg.mkBrush(None))
        self.selected.setZValue(5)
        # each point's route number, as in the table and the documents, set off far enough to clear the ring
        self.numbers = StepLabels(gap=9, beside=True, clear=7)
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
        from .chart_decide import DeadlineBand

        self.deadline = DeadlineBand(self.plot)  # the days up to the arrival date asked
        self._decision = None  # odds, goals and money in transit (gui/core/decide.py)
        self.economic = False  # the cost axis: freight, or freight plus the capital in transit
        self._routes: tuple[RouteQuote, ...] = ()
        self._currency = ""
        self._shown_index = -1
        self._scale = ChartScale()  # where the points stand when some lie far off (gui/core/chart_scale.py)
        self.apply_theme()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.legend)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.empty, 1)
        self.setMinimumWidth(300)

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
        legend = self.legend.heightForWidth(max(1, self.width())) if self.legend.isVisibleTo(self) else 0
        return QSize(300, int(max(0, legend) + axes + self.LEAST_PLOT_HEIGHT))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # the legend may wrap to more lines, or fewer

    def apply_theme(self) -> None:
        """Colours from the window's palette (called again when the desktop switches between light and dark)."""
        self.colours = colours = theme()
        _paint_plot(self.plot, colours)
        self.whiskers.setOpts(pen=pg.mkPen(colours.dominated, width=1))
        self.frontier.setPen(pg.mkPen(colours.frontier, width=2.5))
        self.selected.setPen(pg.mkPen(colours.selected, width=2))
        self.points.opts["hoverPen"] = pg.mkPen(colours.chart_text, width=2)
        self._outline = pg.mkPen(colours.chart_background, width=1)
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
        entries = [(colours.frontier, "●", QCoreApplication.translate("RouteMapPanel", "best trade-off")),
                   (colours.dominated, "■", tr("other available routes")), (colours.selected, "◯", tr("selected"))]
        tips = [tr("best trade-off: nothing else is both cheaper and faster")]
        if self._scale.clips:
            entries.append((colours.dominated, "▲", tr("off the scale")))
            tips.append(tr("off the scale: a route more than three times dearer or slower than the dearest or "
                           "slowest best trade-off, drawn at the edge (▲ dearer, ▶ slower); its figures are in the "
                           "table and in the point's tooltip"))
        self.legend.setText(_legend_html(entries))
        self.legend.setToolTip("\n".join(tips))

    def set_result(self, result: QuoteResult | None) -> None:
        self._currency = result.currency if result else ""
        self._decision = None
        self.deadline.show(None)
        self._draw(result.routes if result else (), self._currency, -1, result is not None)

    def set_decision(self, decision, economic: bool | None = None) -> None:
        """The arrival band, the routes that miss a goal (hollow) and, with ``economic``, the cost with the
        capital in transit."""
        self._decision = decision if decision is not None and decision.result.routes is self._routes else None
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
        self._show_plot(bool(shown), tr("No open route to show.") if quoted else
                        tr("Correct the request to see the routes."))
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
            self.selected.setData([self._scale.days(route.days_typical)],
                                  [self._scale.cost(self.cost_of(index, route))])
        else:
            self.selected.setData([], [])
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


class DistanceChart(QWidget):
    """UNESCAP time/cost-distance: cumulative cost and days against cumulative km; each border, port, gauge
    change or transshipment is a vertical step labelled with its place."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # the title on one line, shortened ("…") where the chart is narrow, whole in its tooltip: a plot's own title
        # was cut off at both ends (Russian, a laptop at 150 %)
        from .widgets import ElidedLabel

        self._cost_column = QWidget(self)  # the title takes its room from the cost plot, as the plot's own did
        column = QVBoxLayout(self._cost_column)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.title = ElidedLabel(self._cost_column)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setFont(_axis_font())
        column.addWidget(self.title)
        self.cost_plot = _plot(None, money=True)
        column.addWidget(self.cost_plot, 1)
        layout.addWidget(self._cost_column, 1)
        self.time_plot = _plot(None, money=False)
        self.time_plot.setXLink(self.cost_plot)
        align_widths((self.cost_plot, self.time_plot))  # one km at one x in both
        self.cost_line = pg.PlotDataItem()
        self.time_line = pg.PlotDataItem()
        self.cost_steps = pg.ScatterPlotItem(size=7)
        self.time_steps = pg.ScatterPlotItem(size=7)
        for plot, line, steps in ((self.cost_plot, self.cost_line, self.cost_steps),
                                  (self.time_plot, self.time_line, self.time_steps)):
            plot.setMenuEnabled(False)
            plot.showGrid(x=True, y=True, alpha=0.25)
            plot.addItem(line)
            plot.addItem(steps)
            _style_axes(plot)
        layout.addWidget(self.time_plot, 1)
        self.empty = QLabel(tr("Select a route to see its cost and time along the way."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        self.legend = QLabel(self)  # what the coloured dots at the steps are
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)
        layout.addWidget(self.legend)
        # km as km (never "4e+06"): pyqtgraph fixes the scale of an axis with its label shown when the prefix is
        # switched off, so it is switched off before there is a label
        for plot in (self.cost_plot, self.time_plot):
            plot.getAxis("bottom").enableAutoSIPrefix(False)
        self.time_plot.setLabel("bottom", tr("Distance from origin, km"))
        value_axis(self.time_plot).setLabel(tr("Days"))
        self.labels = StepLabels()
        self.time_plot.addItem(self.labels)
        self.setMinimumSize(300, 130)  # as the cost–time chart's
        for plot in (self.cost_plot, self.time_plot):
            plot.setMinimumHeight(40)
        self._route: RouteQuote | None = None
        self.apply_theme()

    def apply_theme(self) -> None:
        self.colours = colours = theme()
        for plot in (self.cost_plot, self.time_plot):
            _paint_plot(plot, colours)
        self.cost_line.setPen(pg.mkPen(colours.frontier, width=2.5))
        self.time_line.setPen(pg.mkPen(colours.time_line, width=2.5))
        self.legend.setText(_legend_html(
            (colours.steps[event], "●", text) for event, text in (
                ("border_crossing", tr("border")), ("port_handling", tr("port")),
                ("gauge_change", tr("gauge change")), ("transshipment", tr("transshipment")))))
        self.set_route(self._route)

    def set_route(self, route: RouteQuote | None) -> None:
        self._route = route
        plotted = route is not None and bool(route.legs)
        for widget in (self._cost_column, self.time_plot, self.legend):
            widget.setVisible(plotted)
        self.empty.setVisible(not plotted)
        if not plotted:
            self.labels.set_labels([])
            self.cost_line.setData([], [])
            self.time_line.setData([], [])
            self.cost_steps.setData([])
            self.time_steps.setData([])
            return
        set_value_title(self.cost_plot, tr("Cost, {currency}").format(currency=route.currency), route.currency)
        self.title.set_full_text(tr("Cost and time along the route (steps: borders, ports, transfers)")
                                 if route.available else tr("Cost and time along the route if it reopened"))
        series = cumulative_steps(route)
        self.cost_line.setData(series.km, series.cost)
        self.time_line.setData(series.km, series.days)
        for steps, values in ((self.cost_steps, series.cost), (self.time_steps, series.days)):
            spots = []
            for km, top, event, _place in series.steps_at:
                spots.append({"pos": (km, values[top]), "brush": pg.mkBrush(self.colours.steps[event]),
                              "pen": None})
            steps.setData(spots)
        # place names once, on the time plot, at the steps that took longest (readable, not crowded)
        far = series.km[-1] * 0.75
        # names near the end of the route are written to the left of their step, so they are not cut off
        self.labels.set_labels([(km, series.days[top], name(place),
                                 self.colours.steps[event], km > far)
                                for km, top, event, place in series.labelled(LABELS)])
        # the cost plot's km range last: it reaches the time plot through their linked axis
        for plot in (self.time_plot, self.cost_plot):
            _settle_range(plot)
        self.time_plot.getViewBox().updateMatrix()


class StepLabels(pg.GraphicsObject):
    """Place names drawn straight onto the plot in screen pixels: one item for all of them, because a
    pyqtgraph TextItem per name costs several milliseconds each time the chart is redrawn."""

    def __init__(self, gap: float = 4.0, beside: bool = False, clear: float = 0.0):
        super().__init__()
        self._clear = clear  # half the size of the marks at the labelled points, which no label may cover
        self._beside = beside  # first try level with the point (a short number), then above and below
        self._labels: list[tuple[float, float, str, QColor, bool]] = []  # x, y, text, colour, left of the point
        self._gap = gap  # pixels between a point and its label
        self._font = _axis_font()
        self.setZValue(20)
        self.mirrored = QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def set_labels(self, labels: list[tuple[float, float, str, QColor, bool]]) -> None:
        self.prepareGeometryChange()
        self._labels = labels
        self.update()

    def texts(self) -> list[str]:
        return [label[2] for label in self._labels]

    def dataBounds(self, axis, frac=1.0, orthoRange=None):  # noqa: N802, N803 - pyqtgraph API
        return (None, None)  # labels never widen the auto-range

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt API
        box = self.getViewBox()
        return box.viewRect() if box is not None and self._labels else QRectF()

    def paint(self, painter: QPainter, *args) -> None:
        if not self._labels:
            return
        transform = painter.transform()
        painter.save()
        painter.resetTransform()
        painter.setFont(self._font)
        metrics = painter.fontMetrics()
        anchors = [transform.map(QPointF(x, y)) for x, y, *_ in self._labels]
        taken: list[QRectF] = [QRectF(p.x() - self._clear, p.y() - self._clear, 2 * self._clear, 2 * self._clear)
                               for p in anchors] if self._clear else []
        view = self.getViewBox()
        area = transform.mapRect(view.viewRect()) if view is not None else None
        boxes = place_labels(anchors, [(metrics.horizontalAdvance(text), left != self.mirrored)
                                       for _x, _y, text, _colour, left in self._labels],
                             metrics.ascent(), metrics.descent(), area, self._gap, self._beside, taken,
                             keep_all=bool(self._clear))
        for (_x, _y, text, colour, _left), anchor, spot in zip(self._labels, anchors, boxes):
            if spot is not None:
                box, joined = spot
                painter.setPen(colour)
                painter.drawText(QPointF(box.left(), box.top() + metrics.ascent()), text)
                if joined:  # no free spot is plainly its point's: a line says whose number it is
                    painter.drawLine(*leader_line(box, anchor, self._clear))
        painter.restore()


class _Series:
    def __init__(self):
        self.km: list[float] = [0.0]
        self.cost: list[float] = [0.0]
        self.days: list[float] = [0.0]
        self.steps_at: list[tuple[float, int, str, str]] = []  # km, index of the top of the step, event, place
        self.step_days: list[float] = []

    def add(self, km: float, cost: float, days: float) -> None:
        self.km.append(self.km[-1] + km)
        self.cost.append(self.cost[-1] + cost)
        self.days.append(self.days[-1] + days)

    def labelled(self, most: int = 6):
        """The places to name: one label a place (at its last step), the longest stops first."""
        last_at_place: dict[str, int] = {}
        for i, (_, _, _, place) in enumerate(self.steps_at):
            last_at_place[place] = i
        days_at_place: dict[str, float] = {}
        for i, (_, _, _, place) in enumerate(self.steps_at):
            days_at_place[place] = days_at_place.get(place, 0.0) + self.step_days[i]
        order = sorted(last_at_place.values(), key=lambda i: -days_at_place[self.steps_at[i][3]])[:most]
        return [self.steps_at[i] for i in sorted(order)]


def cumulative_steps(route: RouteQuote) -> _Series:
    """The points of the time/cost-distance lines: a sloped segment per leg, a vertical step per node."""
    series = _Series()
    nodes_after: dict[int, list] = {}
    for node in route.nodes:
        nodes_after.setdefault(node.after_leg, []).append(node)

    def steps(after: int) -> None:
        for node in nodes_after.get(after, []):
            series.add(0.0, node.cost, node.days_typical)
            series.steps_at.append((series.km[-1], len(series.km) - 1, node.event, node.place_name))
            series.step_days.append(node.days_typical + node.cost * 1e-9)

    steps(-1)
    for index, leg in enumerate(route.legs):
        series.add(leg.km, leg.cost or 0.0, leg.days_typical)
        steps(index)
    return series
