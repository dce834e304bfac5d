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
