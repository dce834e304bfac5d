"""The place names on the days along the route stand clear of the line they name a step of: they stood on it,
"Kashgar" and "Khorgos / Altynkol" struck through by the next leg (potatoes Lahore → Almaty at 1366 × 768)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF

from gui.qt.label_places import _meets, place_labels
from tests.qt.test_booth import booth_window, tables, wheat  # noqa: F401 - tables is a fixture

ASCENT, DESCENT = 11.0, 3.0
AREA = QRectF(0, 0, 400, 200)


def test_a_name_is_placed_off_a_line_that_runs_through_its_first_spot():
    """A step at (100, 100) whose next leg climbs to the right: the name's first spot (above, to the right) lies
    across the leg, so it goes elsewhere, and no segment of the line passes through it."""
    line = [((0.0, 150.0), (100.0, 150.0)), ((100.0, 150.0), (100.0, 100.0)), ((100.0, 100.0), (300.0, 80.0))]
    anchors = [QPointF(100, 100)]
    plain = place_labels(anchors, [(60.0, False)], ASCENT, DESCENT, AREA, 4, False, [], keep_all=False)
    assert any(_meets(segment, _box(plain[0][0])) for segment in line)  # the spot it took before crosses the leg
    spots = place_labels(anchors, [(60.0, False)], ASCENT, DESCENT, AREA, 4, False, [], keep_all=False, drawn=line)
    assert spots[0] is not None
    assert not any(_meets(segment, _box(spots[0][0]), 2.0) for segment in line)


def test_the_exact_test_finds_a_long_line_through_a_small_box():
    box = (100.0, 100.0, 110.0, 110.0)
    assert _meets(((0.0, 0.0), (1000.0, 1050.0)), box)  # through it, between any 24 samples of the line
    assert not _meets(((0.0, 0.0), (1000.0, 1200.0)), box)
    assert _meets(((0.0, 99.0), (300.0, 99.0)), box, 2.0) and not _meets(((0.0, 99.0), (300.0, 99.0)), box)


def _box(rect: QRectF) -> tuple[float, float, float, float]:
    return rect.left(), rect.top(), rect.right(), rect.bottom()


POTATOES = dict(cargo="potatoes", quantity="2", unit="containers", origin="Lahore", destination="Almaty")


# the language, the request (wheat 500 t Kostanay → Karachi, changed by), the window's size, and how many names
# at least are placed: all of them on a large screen; at 1366 × 740, where the days plot is 50–75 px high and the
# chart's width depends on how the window was laid out before, some (Urdu's wheat had 33 px and no room for any
# name clear of the line while the days took half the chart's height, not three fifths)
@pytest.mark.parametrize(("language", "request_", "size", "least"), [
    ("en", POTATOES, (1366, 740), 2), ("en", {}, (1366, 740), 3), ("ur", POTATOES, (1366, 740), 1),
    ("ur", {}, (1366, 740), 1), ("en", POTATOES, (1920, 1000), 3), ("en", {}, (1920, 1000), 4),
    ("ur", POTATOES, (1920, 1000), 3), ("ru", {}, (1920, 1000), 4)])
def test_no_place_name_lies_across_the_days_line(qtbot, qapp, tables, language, request_, size,  # noqa: F811
                                                 least):
    from gui.qt.i18n import install

    install(qapp, language)
    try:
        window = booth_window(qtbot, tables, wheat(**request_), size)
        qtbot.waitUntil(lambda: window.session.result.limits_known, timeout=3000)
        chart = window.distance_chart
        qtbot.waitUntil(lambda: chart.time_plot.isVisible(), timeout=3000)
        qtbot.wait(300)  # the summary's later lines laid out: the plot has its height
        chart.time_plot.grab()  # painted: the names are placed as drawn
        box = chart.time_plot.getViewBox()
        xs, ys = chart.time_line.getData()
        points = [box.mapViewToScene(QPointF(float(x), float(y))) for x, y in zip(xs, ys)]
        line = [((a.x(), a.y()), (b.x(), b.y())) for a, b in zip(points, points[1:])]
        assert len(chart.labels.placed) >= least, (chart.labels.placed, chart.labels.texts())
        across = [text for text, rect in chart.labels.placed if any(_meets(s, _box(rect)) for s in line)]
        assert not across, across
    finally:
        install(qapp, "en")
