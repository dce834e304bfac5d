"""A route number that stands off its point is joined to it by a line: in the window's chart at 1366 × 740, "1, 2",
"6", "9" and "10" of wheat Kostanay → Karachi and "1" and "8" of potatoes Lahore → Almaty stood more than 13.5 px
off their points with nothing saying whose they were."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF

from gui.qt.label_places import LEADER_AFTER, place_labels
from tests.qt.test_booth import booth_window, tables, wheat  # noqa: F401 - tables is a fixture

ASCENT, DESCENT = 10.0, 1.0
AREA = QRectF(0, 0, 400, 300)
GAP = 9.0
POTATOES = dict(cargo="potatoes", quantity="2", unit="containers", origin="Lahore", destination="Almaty")


def off(box: QRectF, point: QPointF) -> float:
    """From a point to the nearest edge of a box."""
    dx = max(box.left() - point.x(), 0.0, point.x() - box.right())
    dy = max(box.top() - point.y(), 0.0, point.y() - box.bottom())
    return (dx * dx + dy * dy) ** 0.5


def test_a_number_beside_its_point_has_no_line():
    point = QPointF(200, 150)
    [(box, joined)] = place_labels([point], [(8.0, False)], ASCENT, DESCENT, AREA, GAP, True,
                                   [QRectF(193, 143, 14, 14)], keep_all=True, untangled=True)
    assert off(box, point) <= GAP + 0.5 and not joined


@pytest.mark.parametrize("untangled", [True, False])
def test_a_number_pushed_off_its_nearest_spots_is_joined_to_its_point(untangled):
    """Every spot a gap from the point taken (by other marks and numbers): the number stands 2.5 gaps off, and a
    line joins it."""
    point = QPointF(200, 150)
    taken = [QRectF(178, 128, 44, 44)]
    [(box, joined)] = place_labels([point], [(8.0, False)], ASCENT, DESCENT, AREA, GAP, True, taken,
                                   keep_all=True, untangled=untangled)
    assert LEADER_AFTER * GAP < off(box, point) < 3 * GAP and joined


@pytest.mark.parametrize("request_", [POTATOES, {}], ids=["potatoes", "wheat"])
def test_every_number_off_its_point_in_the_window_has_a_line(qtbot, tables, request_):  # noqa: F811
    window = booth_window(qtbot, tables, wheat(**request_), (1366, 740))
    window.chart_tabs.setCurrentIndex(0)
    numbers = window.cost_time_chart.numbers
    qtbot.wait(300)  # the summary's later lines laid out: the plot has its height
    window.cost_time_chart.plot.grab()  # painted: the numbers are placed as drawn
    assert len(numbers.placed) >= 6
    far = {text for text, box in numbers.placed if off(box, numbers.anchors[text]) > LEADER_AFTER * GAP}
    near = {text for text, box in numbers.placed if off(box, numbers.anchors[text]) <= GAP + 0.5}
    assert far <= set(numbers.lines), (far, set(numbers.lines))
    assert not near & set(numbers.lines), near & set(numbers.lines)
