"""Value axes on low plots (the distance chart, a laptop at 150 %): tick labels never overlap, at least one stays,
and the km axis reads in km."""
from __future__ import annotations

import math

import numpy as np
import pytest
from PySide6.QtGui import QFontMetricsF

from gui.qt.charts import MoneyAxis, ValueAxis, _axis_font


def label_height(axis) -> float:
    return QFontMetricsF(axis.style["tickFont"] or axis.font()).height()


@pytest.mark.parametrize("kind", [ValueAxis, MoneyAxis])
def test_labels_stand_apart_and_one_at_least_is_drawn(qapp, kind):
    axis = kind(orientation="left")
    axis.setTickFont(_axis_font())
    tall = label_height(axis)
    rng = np.random.default_rng(7)
    for _ in range(400):
        low = float(rng.uniform(-5_000, 5_000)) * 10.0 ** int(rng.integers(-2, 4))
        span = float(rng.uniform(0.5, 50)) * 10.0 ** int(rng.integers(0, 6))
        size = float(rng.uniform(25, 400))
        levels = axis.tickSpacing(low, low + span, size)
        spacing, offset = levels[0]
        per_unit = size / span
        assert spacing * per_unit >= tall  # the labels pyqtgraph always draws stand a label's height apart
        if size >= 3 * tall:  # room for a label: one at least stands whole inside the plot
            margin = tall / 2 / per_unit
            first = math.ceil((low + margin - offset) / spacing) * spacing + offset
            assert first <= low + span - margin, (low, span, size, levels)


def test_a_tall_axis_keeps_pyqtgraph_ticks(qapp):
    axis = ValueAxis(orientation="left")
    axis.setTickFont(_axis_font())
    import pyqtgraph as pg

    assert axis.tickSpacing(0, 100, 400) == pg.AxisItem.tickSpacing(axis, 0, 100, 400)


@pytest.mark.parametrize(("language", "size"), [("en", (910, 512)), ("ru", (910, 512)), ("ru", (1366, 728))])
def test_the_time_axis_title_stays_under_the_plot(qtbot, qapp, language, size):
    """Citrus Lahore → Almaty at 1366 × 768 and 150 % (910 × 512): the cost–time chart's title under its days ran past
    the plot's right edge, "whisker min–ma" in English and "отрезок — мин" in Russian, its "–макс" cut off. Where
    the whole title is wider than the plot, it says its words before the colon ("Срок доставки, дни")."""
    from gui.core.tables import load_tables
    from gui.qt.i18n import install

    from .test_booth import booth_window, citrus

    install(qapp, language)
    try:
        window = booth_window(qtbot, load_tables(), citrus(), size)
        window.chart_tabs.setCurrentIndex(0)
        plot = window.cost_time_chart.plot
        qtbot.waitUntil(lambda: plot.isVisible() and plot.getViewBox().width() > 50, timeout=3000)
        qtbot.wait(50)
        axis = plot.getAxis("bottom")
        full, short = axis.titles
        assert ":" in full and short and ":" not in short
        title = axis.label.boundingRect().width()
        assert title <= plot.getViewBox().width() + 1, (axis.labelText, title, plot.getViewBox().width())
        if size[0] >= 1366:
            assert axis.labelText == full  # the whole of it where it fits
        drawn = axis.label.mapRectToScene(axis.label.boundingRect())
        assert -1 <= drawn.left() and drawn.right() <= plot.width() + 1, (drawn, plot.width())  # nothing cut
    finally:
        install(qapp, "en")
