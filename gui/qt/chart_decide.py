"""The cost–time chart's marks for a decision: the days up to the arrival date asked, shaded, with the date on a
line at its end; and the y each route is drawn at (freight, or freight plus the capital tied up in transit)."""
from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from .colours import theme
from .i18n import local_date


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files module-level tr() under ""


class DeadlineBand:
    """A band from the departure to the end of the arrival day (a route's typical arrival inside it is in time on
    a typical run; its odds are in the table), and a line at the end labelled with the date."""

    def __init__(self, plot: pg.PlotWidget):
        self.region = pg.LinearRegionItem(values=(0, 1), movable=False)
        self.region.setZValue(-20)
        # the date hangs from near the plot's top, beside the line (pyqtgraph centres it on its place, and on a low
        # plot its top half stood above the plot, cut off: Urdu at 1366 × 768 and 150 %)
        self.line = pg.InfiniteLine(angle=90, movable=False, label="",
                                    labelOpts={"position": 0.98, "anchors": [(0, 0), (1, 0)]})
        self.line.setZValue(-15)
        for item in (self.region, self.line):
            plot.addItem(item, ignoreBounds=True)
        self.days: float | None = None
        self.apply_theme()
        self.show(None)

    def apply_theme(self) -> None:
        colour = QColor(theme().time_line)
        fill = QColor(colour)
        fill.setAlpha(38)
        self.region.setBrush(pg.mkBrush(fill))
        for line in self.region.lines:
            line.setPen(pg.mkPen(None))
        self.line.setPen(pg.mkPen(colour, width=1.5, style=pg.QtCore.Qt.PenStyle.DashLine))
        self.line.label.setColor(colour)

    def show(self, decision) -> None:
        """Shown with an arrival date: it ends where that day ends (days after departure, + 1)."""
        goals = decision.goals if decision is not None else None
        if goals is None or goals.arrive_by is None:
            self.days = None
            self.region.hide()
            self.line.hide()
            return
        self.days = (goals.arrive_by - decision.result.request.departure).days + 1
        self.region.setRegion((0, self.days))
        self.region.show()
        self.line.show()  # before its label's text: a hidden line's label does not take a new text
        self.line.setValue(self.days)
        self.line.label.setFormat(tr("by {date}").format(date=local_date(goals.arrive_by)))


def drawn_cost(decision, economic: bool, index: int, route) -> float:
    """Where a route stands on the cost axis: its freight, or with ``economic`` freight plus the capital in
    transit (where both are known)."""
    if economic and decision is not None and decision.result.routes and index < len(decision.routes):
        total = decision.economic_cost(index)
        if total is not None:
            return total
    return route.cost


def frontier(points: list[tuple[int, float, float]]) -> set[int]:
    """The indexes of the points (index, days, cost) that nothing else beats on both."""
    return {i for i, x, y in points
            if not any(a <= x and b <= y and (a < x or b < y) for j, a, b in points if j != i)}
