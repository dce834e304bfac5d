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
    stops = walk(qtbot, window.routes_view, Qt.Key.Key_Tab, most=4)
    assert stops[0] is window.chart_tabs.tabBar() and stops[3] is window.detail_notes
    window.chart_tabs.setCurrentIndex(0)


def test_the_map_is_a_stop_of_its_own_for_tab_and_for_ctrl_m_and_the_keys_move_and_zoom_it(qtbot, tables):
    """The map had no stop: Tab went from the tabs' button past it to the route below, and nothing said where
    the keyboard was. It is now a stop between the button and the route's warnings, framed while it has the
    keyboard; Ctrl+M (View → Map of the routes) goes straight to it; the arrows move it, + and − zoom, Home
    shows the whole quote again."""
    window = booth_window(qtbot, tables, wheat())
    qtbot.waitUntil(window.chart_tabs.isVisible, timeout=2000)
    window.chart_tabs.setCurrentIndex(0)
    window.routes_view.setFocus()
    qtbot.waitUntil(window.routes_view.hasFocus, timeout=2000)
    qtbot.keyClick(window.routes_view, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert window.chart_tabs.currentIndex() == 1
    canvas = window.chart_tabs.route_map.canvas
    qtbot.waitUntil(canvas.hasFocus, timeout=2000)
    stops = walk(qtbot, window.routes_view, Qt.Key.Key_Tab, most=4)
    assert stops[2] is canvas and stops[3] is window.detail_notes
    back = walk(qtbot, window.detail_notes, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier, most=1)
    assert back == [canvas]
    picture = canvas.grab().toImage()  # the frame, in the palette's highlight, along its edge
    from PySide6.QtGui import QPalette

    highlight = canvas.palette().color(QPalette.ColorRole.Highlight)
    assert picture.pixelColor(picture.width() // 2, 1).name() == highlight.name()
    whole = canvas.view().bounds()
    qtbot.keyClick(canvas, Qt.Key.Key_Plus)
    closer = canvas.view().bounds()
    assert closer.width() < whole.width() * 0.9
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    moved = canvas.view().bounds()
    assert moved.left() > closer.left() and moved.width() == pytest.approx(closer.width())
    qtbot.keyClick(canvas, Qt.Key.Key_Home)
    assert canvas.bounds is None and canvas.view().bounds() == whole
    window.chart_tabs.setCurrentIndex(0)
