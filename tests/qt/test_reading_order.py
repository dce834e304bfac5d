"""Tab walks the tables and charts in the order they read (gui/qt/reading_order.py)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from gui.core.tables import load_tables

from .test_booth import booth_window, wheat


@pytest.fixture(scope="module")
def tables():
    return load_tables()


def walk(qtbot, start, key, modifier=Qt.KeyboardModifier.NoModifier, most=12):
    start.setFocus()
    qtbot.waitUntil(start.hasFocus, timeout=2000)
    stops = []
    for _ in range(most):
        qtbot.keyClick(QApplication.focusWidget(), key, modifier)
        stops.append(QApplication.focusWidget())
    return stops


def test_tab_goes_from_the_routes_to_the_chart_beside_them_then_to_the_route_below(qtbot, tables):
    """Tab from the routes table went to the route's warnings and legs, then back up to the cost–time chart's plot,
    then to its tabs above the plot: the keyboard jumped about the screen. It now goes as the window reads: the
    chart's tabs, its button, its plot, then the route's warnings and legs, then the charts beside them."""
    window = booth_window(qtbot, tables, wheat())
    window.chart_tabs.setCurrentIndex(0)
    qtbot.waitUntil(window.cost_time_chart.plot.isVisible, timeout=2000)
    from PySide6.QtWidgets import QToolButton

    enlarge = window.chart_tabs.cornerWidget().findChild(QToolButton)
    expected = [window.chart_tabs.tabBar(), enlarge, window.cost_time_chart.plot, window.detail_notes,
                window.breakdown_view, window.distance_chart.cost_plot, window.distance_chart.time_plot]
    stops = walk(qtbot, window.routes_view, Qt.Key.Key_Tab, most=len(expected) + 1)
    assert stops[:len(expected)] == expected
    assert window.form.isAncestorOf(stops[-1])  # and round to the form
    back = walk(qtbot, window.distance_chart.time_plot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier,
                most=len(expected))
    assert back == [*expected[-2::-1], window.routes_view]


def test_tab_passes_over_the_chart_plot_while_the_map_is_shown(qtbot, tables):
    window = booth_window(qtbot, tables, wheat())
    qtbot.waitUntil(window.chart_tabs.isVisible, timeout=2000)
    window.chart_tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: window.chart_tabs.route_map is not None and window.chart_tabs.route_map.isVisible(),
                    timeout=2000)
    stops = walk(qtbot, window.routes_view, Qt.Key.Key_Tab, most=3)
    assert stops[0] is window.chart_tabs.tabBar() and stops[2] is window.detail_notes
    window.chart_tabs.setCurrentIndex(0)
