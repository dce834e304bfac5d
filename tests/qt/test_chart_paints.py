"""A change of the request repaints each chart once: its axes are fitted to the new points before the paint, not
at its start (pyqtgraph's way), where the new range asked for a second paint of the whole plot."""
from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from gui.core.tables import load_tables
from tests.qt.test_booth import booth_window, wheat


@pytest.fixture(scope="module")
def tables():
    return load_tables()


class PaintCount(QObject):
    def __init__(self, *widgets):
        super().__init__()
        self.counts = {id(widget): 0 for widget in widgets}
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, obj, event):  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint:
            self.counts[id(obj)] += 1
        return False


def settle(seconds: float = 0.4) -> None:
    """Every event of the change handled, the summary's later line (LIMITS_AFTER_MS) included."""
    app = QApplication.instance()
    until = time.perf_counter() + seconds
    while time.perf_counter() < until:
        app.processEvents()


def test_a_new_quantity_repaints_each_chart_once(qtbot, tables):
    window = booth_window(qtbot, tables, wheat())
    window.chart_tabs.setCurrentIndex(0)
    qtbot.waitUntil(lambda: window.session.result.limits_known, timeout=3000)
    settle()
    charts = [window.cost_time_chart.plot.viewport(), window.distance_chart.cost_plot.viewport(),
              window.distance_chart.time_plot.viewport()]
    for quantity in ("600", "700", "650"):
        height = window.summary.height()
        count = PaintCount(*charts)
        window.session.change_request(quantity=quantity)
        # on a loaded machine the quote itself may take longer than a settling pause: wait for each chart's
        # paint, then settle, so that a second paint would still be counted
        qtbot.waitUntil(lambda count=count: all(count.counts.values()), timeout=10_000)
        settle()
        assert window.summary.height() == height  # nothing moved: a second paint would be the chart's own
        assert [count.counts[id(chart)] for chart in charts] == [1, 1, 1], quantity


@pytest.mark.parametrize("goal", [False, True])
def test_a_new_quote_draws_the_chart_and_the_best_routes_once(goal, qtbot, tables, monkeypatch):
    """A new quote's three signals (its routes, its decision, its price under the terms) drew the cost–time chart
    twice and the best routes and the lines above the table three times; now once each, as they stand at the last
    (with an arrival goal, its band on the chart and the routes that miss it muted). What the search limits keep
    out, found after the routes are on the screen, shows the lines once more."""
    import datetime as dt

    from gui.qt.cost_time_chart import CostTimeChart
    from gui.qt.highlights import HighlightsBar

    window = booth_window(qtbot, tables, wheat())
    window.chart_tabs.setCurrentIndex(0)
    if goal:
        window.session.change_goals(arrive_by=window.session.request.departure + dt.timedelta(days=16))
    qtbot.waitUntil(lambda: window.session.result.limits_known, timeout=3000)
    settle()
    calls = {"draw": 0, "best": 0}
    draw, best = CostTimeChart._draw, HighlightsBar.set_result

    def counted_draw(self, *args, **kwargs):
        calls["draw"] += 1
        return draw(self, *args, **kwargs)

    def counted_best(self, *args, **kwargs):
        calls["best"] += 1
        return best(self, *args, **kwargs)

    monkeypatch.setattr(CostTimeChart, "_draw", counted_draw)
    monkeypatch.setattr(HighlightsBar, "set_result", counted_best)
    for quantity in ("600", "700"):
        calls.update(draw=0, best=0)
        window.session.change_request(quantity=quantity)
        qtbot.waitUntil(lambda: calls["best"] > 0 and window.session.result.limits_known, timeout=10_000)
        settle()
        # the best routes once with the quote, and once more with what the search limits keep out (found after)
        assert calls == {"draw": 1, "best": 2}, quantity
        chart = window.cost_time_chart
        assert chart._routes is window.session.result.routes
        assert chart._decision is window.session.decision
        assert (chart.deadline.days is not None) == goal
    window.session.change_request(quantity="-5")  # no quote: the chart and summary say so, once each
    qtbot.waitUntil(lambda: window.session.result is None, timeout=10_000)
    calls.update(draw=0, best=0)
    window.session.change_request(quantity="-6")
    settle()
    assert window.session.result is None and calls == {"draw": 1, "best": 1}


def test_the_distance_chart_reads_km_as_km(qtbot, tables):
    """pyqtgraph fixes an axis's scale when its SI prefix is switched off with its label already shown: the km
    axis read "4e+06" for 4,000 km when the range at that moment was below one."""
    window = booth_window(qtbot, tables, wheat())
    settle()
    for plot in (window.distance_chart.cost_plot, window.distance_chart.time_plot):
        axis = plot.getAxis("bottom")
        assert axis.tickStrings([4000.0], axis.autoSIPrefixScale * axis.scale, 1000.0) == ["4000"]
