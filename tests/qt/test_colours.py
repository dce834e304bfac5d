"""Every colour the window shows is readable on a light and on a dark desktop: text 4.5:1 against what it is drawn
on (WCAG AA), chart marks 3:1; the pairs are taken from the palette roles and from what the table models and the
charts actually return."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from gui.core.contrast import GRAPHIC_MINIMUM, TEXT_MINIMUM, ratio
from gui.core.request import QuoteRequest
from gui.qt.charts import value_axis
from gui.qt.colours import apply_scheme, dark_palette, theme
from gui.qt.main_window import MainWindow


def rgb(colour: QColor) -> tuple[int, int, int]:
    return colour.red(), colour.green(), colour.blue()


@pytest.fixture(params=["light", "dark"])
def palette(request, qapp):
    apply_scheme(qapp, request.param)
    yield qapp.palette()
    qapp.setPalette(QPalette())


def test_the_dark_scheme_is_dark_and_the_light_one_light(palette, qapp):
    base = palette.color(QPalette.ColorRole.Base)
    assert theme().dark == (base.lightnessF() < 0.5)


def test_every_text_and_mark_has_enough_contrast(qtbot, palette, fixture_tables):
    window = MainWindow()
    qtbot.addWidget(window)
    # leaving 28 April: the North route is closed at the gate (greyed), others open, some best trade-offs
    window.session.request = QuoteRequest("wheat", "140", "t", "Alpha", "Omega", dt.date(2026, 4, 28), "USD",
                                          quoted_on=dt.date(2026, 4, 1))
    window.show()
    window.finish(fixture_tables)
    colours = theme()
    backgrounds = [palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.AlternateBase)]
    text = palette.color(QPalette.ColorRole.Text)
    pairs = [("palette text", text, background) for background in backgrounds]
    pairs.append(("window text", palette.color(QPalette.ColorRole.WindowText),
                  palette.color(QPalette.ColorRole.Window)))
    pairs.append(("selected row", palette.color(QPalette.ColorRole.HighlightedText),
                  palette.color(QPalette.ColorRole.Highlight)))
    model = window.routes_model
    seen = set()
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            brush = model.index(row, column).data(Qt.ItemDataRole.ForegroundRole)
            if brush is not None:
                seen.add(brush.color().name())
                pairs += [(f"routes row {row}", brush.color(), background) for background in backgrounds]
    assert colours.muted.name() in seen and colours.frontier.name() in seen  # a closed route and a best one
    detail = window.breakdown_model
    window.session.select_route(0)
    qtbot.waitUntil(lambda: detail.rowCount() > 0, timeout=2000)
    for row in range(detail.rowCount()):
        brush = detail.index(row, 0).data(Qt.ItemDataRole.BackgroundRole)
        if brush is not None:
            pairs.append((f"detail node row {row}", text, brush.color()))
    for role in ("caution", "problem"):  # the form's note, the summary's warnings, the route's notes
        pairs.append((role, getattr(colours, role), palette.color(QPalette.ColorRole.Window)))
    chart = window.cost_time_chart
    background = chart.plot.backgroundBrush().color()
    assert background == colours.chart_background  # the chart follows the window's palette
    pairs.append(("chart axis text", value_axis(chart.plot).textPen().color(), background))
    for _x, _y, label, colour, _left in chart.numbers._labels:
        pairs.append((f"route number {label}", colour, background))
    problems = [f"{what}: {ratio(rgb(a), rgb(b)):.2f}" for what, a, b in pairs if ratio(rgb(a), rgb(b)) < TEXT_MINIMUM]
    marks = [("frontier", colours.frontier), ("other routes", colours.dominated), ("selected", colours.selected),
             *((event, colour) for event, colour in colours.steps.items())]
    problems += [f"{what} mark: {ratio(rgb(colour), rgb(background)):.2f}" for what, colour in marks
                 if ratio(rgb(colour), rgb(background)) < GRAPHIC_MINIMUM]
    assert problems == []


def test_switching_the_colours_repaints_the_charts(qtbot, qapp, fixture_tables):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.finish(fixture_tables)
    try:
        window.colour_actions["dark"].trigger()
        qtbot.waitUntil(lambda: window.cost_time_chart.plot.backgroundBrush().color().lightnessF() < 0.5,
                        timeout=2000)
        assert window.distance_chart.cost_plot.backgroundBrush().color() == QApplication.palette().color(
            QPalette.ColorRole.Base)
        window.colour_actions["light"].trigger()
        qtbot.waitUntil(lambda: window.cost_time_chart.plot.backgroundBrush().color().lightnessF() > 0.5,
                        timeout=2000)
    finally:
        qapp.setPalette(QPalette())


def test_switching_the_colours_repaints_the_best_route_cards(qtbot, qapp, fixture_tables):
    """The cards above the table have a style sheet of their own: they stood light in a window switched to dark."""
    window = MainWindow()
    qtbot.addWidget(window)
    window.session.request = QuoteRequest("wheat", "140", "t", "Alpha", "Omega", dt.date(2026, 3, 1), "USD")
    window.show()
    window.finish(fixture_tables)
    qtbot.waitUntil(lambda: window.session.result is not None, timeout=3000)
    card = window.highlights.cards[0]
    font = card.font()

    def shade() -> float:  # the card's face, right of its text
        return card.grab().toImage().pixelColor(card.width() - 4, card.height() // 2).lightnessF()

    try:
        window.colour_actions["light"].trigger()
        qtbot.waitUntil(lambda: shade() > 0.8, timeout=2000)
        window.colour_actions["dark"].trigger()
        qtbot.waitUntil(lambda: shade() < 0.4, timeout=2000)
        window.colour_actions["light"].trigger()
        qtbot.waitUntil(lambda: shade() > 0.8, timeout=2000)
        assert card.font() == font  # the window's, not the application's smaller one
    finally:
        qapp.setPalette(QPalette())


def test_the_dark_palette_keeps_disabled_text_readable():
    palette = dark_palette()
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    assert ratio(rgb(disabled), rgb(palette.color(QPalette.ColorRole.Base))) >= 3.0
