"""The selected route's time/cost-distance chart (UNESCAP): cumulative cost and days against cumulative km, each
border, port, gauge change or transshipment a vertical step labelled with its place."""
from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..core.quote import RouteQuote
from ..core.route_values import WAIT_EVENT, stop_where
from .charts import (StepLabels, _axis_font, _legend_html, _paint_plot, _plot, _settle_range, _style_axes,
                     align_widths, set_value_title, tr, value_axis)
from .colours import theme
from .i18n import name, say

LABELS = 6  # place names on the time-distance chart


class DistanceChart(QWidget):
    """UNESCAP time/cost-distance: cumulative cost and days against cumulative km; each border, port, gauge
    change or transshipment is a vertical step labelled with its place."""

    # the least height of each plot's drawn area: its value axis still draws a figure (the cost's "20 k", the
    # days' "10"), in Urdu's taller script too
    LEAST_PLOT_HEIGHT = 30

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)  # the plots' own margins and the distance axis set them apart
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
        layout.addWidget(self._cost_column, 2)
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
        layout.addWidget(self.time_plot, 3)
        # the km under the cost are those under the days, at the same x: said once, under the days, the cost keeps
        # their room (its tick marks stay, lined up with the days')
        self.cost_plot.getAxis("bottom").setStyle(showValues=False)
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
        self.labels.curve = self.time_line  # each place name clear of the days' line, not across it
        self.time_plot.addItem(self.labels)
        # each plot keeps room for its distance axis and LEAST_PLOT_HEIGHT above it: at 40 px in all, Urdu at 1366 ×
        # 689 (its axes stand taller) kept 11 px for the days and 18 for the cost, where no figure was drawn
        least = 0
        for plot in (self.cost_plot, self.time_plot):
            plot.setMinimumHeight(int(plot.getAxis("bottom").maximumHeight()) + 2 + self.LEAST_PLOT_HEIGHT)
            least += plot.minimumHeight()
        self.setMinimumSize(300, max(130, least + self.title.sizeHint().height() + self.legend.sizeHint().height()
                                     + 2 * layout.spacing()))
        self._route: RouteQuote | None = None
        self.apply_theme()

    def apply_theme(self) -> None:
        self.colours = colours = theme()
        for plot in (self.cost_plot, self.time_plot):
            _paint_plot(plot, colours)
        self.cost_line.setPen(pg.mkPen(colours.frontier, width=2.5))
        self.time_line.setPen(pg.mkPen(colours.time_line, width=2.5))
        self.labels.halo = colours.chart_background  # the grid lines behind a place name do not strike it through
        self.set_route(self._route)

    def _set_legend(self, route: RouteQuote) -> None:
        """The kinds of step; a wait for a closure to end only where the route has one (a what-if's reopening)."""
        kinds = [("border_crossing", tr("border")), ("port_handling", tr("port")),
                 ("gauge_change", tr("gauge change")), ("transshipment", tr("transshipment"))]
        if any(node.event == WAIT_EVENT for node in route.nodes):
            kinds.append((WAIT_EVENT, tr("wait for a closure to end")))
        self.legend.setText(_legend_html((self.colours.steps[event], "●", text) for event, text in kinds))

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
        self._set_legend(route)
        cost_title = tr("Cost, {currency}").format(currency=route.currency)
        set_value_title(self.cost_plot, cost_title, route.currency)
        self.title.set_full_text(tr("Cost and time along the route (steps: borders, ports, transfers)")
                                 if route.available else tr("Cost and time along the route if it reopened"))
        # Tab stops at both plots: a screen reader is told each one's value axis and the title above them
        for plot, said in ((self.cost_plot, cost_title), (self.time_plot, tr("Days"))):
            plot.setAccessibleName(said)
            plot.setAccessibleDescription(self.title.full_text())
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
    """The points of the time/cost-distance lines: a sloped segment per leg, a vertical step per node (a wait on
    the way, NodeLine.km_on, within its leg, the leg's cost and days shared out by its km either side)."""
    series = _Series()
    nodes_after: dict[int, list] = {}
    on_the_way: dict[int, list] = {}
    for node in route.nodes:
        (on_the_way.setdefault(node.after_leg + 1, []) if node.km_on else
         nodes_after.setdefault(node.after_leg, [])).append(node)

    def step(node, place: str) -> None:
        series.add(0.0, node.cost, node.days_typical)
        series.steps_at.append((series.km[-1], len(series.km) - 1, node.event, place))
        series.step_days.append(node.days_typical + node.cost * 1e-9)

    for node in nodes_after.get(-1, []):
        step(node, node.place_name)
    for index, leg in enumerate(route.legs):
        done = 0.0
        for node in sorted(on_the_way.get(index, []), key=lambda n: n.km_on):
            share = (node.km_on - done) / leg.km if leg.km else 0.0
            series.add(node.km_on - done, (leg.cost or 0.0) * share, leg.days_typical * share)
            done = node.km_on
            step(node, say(stop_where(node.place_name, node.km_on)))
        share = (leg.km - done) / leg.km if leg.km else 1.0
        series.add(leg.km - done, (leg.cost or 0.0) * share, leg.days_typical * share)
        for node in nodes_after.get(index, []):
            step(node, node.place_name)
    return series
