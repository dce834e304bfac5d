"""Every stop Tab reaches shows that it has the keyboard: the charts and the warning lines, which draw no focus of
their own, get a frame in the colour of a selection while they have it (the map draws its own)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from gui.core.tables import load_tables

from .test_booth import booth_window, wheat


@pytest.fixture(scope="module")
def tables():
    return load_tables()


def edge(widget) -> QColor:
    """The colour drawn at the middle of the widget's left edge, one pixel in."""
    image = widget.grab().toImage()
    return image.pixelColor(1, image.height() // 2)


def test_the_charts_and_the_warning_lines_show_they_have_the_keyboard(qtbot, tables):
    """Shift+Tab from the cargo went to the days along the route, then its cost, the legs and the route's warnings:
    the table showed its current cell, but neither chart nor the warnings changed at all."""
    window = booth_window(qtbot, tables, wheat())
    window.session.select_route(0)
    qtbot.waitUntil(lambda: bool(window.detail_notes.text()), timeout=3000)
    qtbot.waitUntil(lambda: window.distance_chart.cost_plot.isVisibleTo(window.distance_chart), timeout=3000)
    highlight = window.palette().color(window.palette().ColorRole.Highlight)
    for stop in (window.summary_lines, window.cost_time_chart.plot, window.detail_notes,
                 window.distance_chart.cost_plot, window.distance_chart.time_plot):
        window.form.cargo.setFocus()
        qtbot.waitUntil(window.form.cargo.hasFocus, timeout=2000)
        away = edge(stop)
        stop.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(stop.hasFocus, timeout=2000)
        assert edge(stop) == highlight != away, type(stop).__name__
        window.form.cargo.setFocus()
        qtbot.waitUntil(window.form.cargo.hasFocus, timeout=2000)
        assert edge(stop) == away  # gone with the keyboard
