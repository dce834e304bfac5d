"""Route numbers on the cost–time chart stand off every whisker: a number level with its point, on its whisker
(the min–max days), read as a negative ("−1", "−2", "−9", "−3, 4"; potatoes Lahore → Almaty and wheat Kostanay →
Karachi at 1366 × 768)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF

from gui.qt.label_places import _meets
from tests.qt.test_booth import booth_window, tables, wheat  # noqa: F401 - tables is a fixture

POTATOES = dict(cargo="potatoes", quantity="2", unit="containers", origin="Lahore", destination="Almaty")


def whisker_segments(chart) -> list[tuple[tuple[float, float], tuple[float, float]]]:
    """Each drawn whisker, in the plot widget's pixels (as the numbers' boxes are)."""
    opts = chart.whiskers.opts
    box, view = chart.plot.getViewBox(), chart.plot.viewportTransform()
    segments = []
    for x, y, left, right in zip(opts["x"], opts["y"], opts["left"], opts["right"]):
        if left or right:
            a = view.map(box.mapViewToScene(QPointF(float(x - left), float(y))))
            b = view.map(box.mapViewToScene(QPointF(float(x + right), float(y))))
            segments.append(((a.x(), a.y()), (b.x(), b.y())))
    return segments


def numbers_on_whiskers(chart) -> tuple[int, list[str]]:
    """How many route numbers are drawn, and those whose box a whisker passes through or touches."""
    chart.plot.grab()  # painted: the numbers are placed as drawn
    segments = whisker_segments(chart)
    touching = [text for text, rect in chart.numbers.placed
                if any(_meets(s, (rect.left(), rect.top(), rect.right(), rect.bottom())) for s in segments)]
    return len(chart.numbers.placed), touching


@pytest.mark.parametrize("request_", [POTATOES, {}], ids=["potatoes", "wheat"])
def test_no_route_number_sits_on_a_whisker(qtbot, tables, request_):  # noqa: F811
    window = booth_window(qtbot, tables, wheat(**request_), (1366, 740))
    window.chart_tabs.setCurrentIndex(0)
    chart = window.cost_time_chart
    qtbot.wait(300)  # the summary's later lines laid out: the plot has its height
    placed, touching = numbers_on_whiskers(chart)
    assert whisker_segments(chart)
    assert placed >= 6 and not touching, (placed, len(touching), touching)
