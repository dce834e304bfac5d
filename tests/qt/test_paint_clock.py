"""The window benchmarks' clock of repaints: a widget that never repaints stops the benchmark with a message naming
it, rather than leaving it waiting for ever."""
from __future__ import annotations

import time

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from tests.benchmarks.paint_clock import NoRepaint, PaintClock


def test_a_widget_that_repaints_is_timed_from_the_change():
    app = QApplication.instance()
    label = QLabel("500 t")
    label.show()
    clock = PaintClock(label)
    began = time.perf_counter()
    label.setText("600 t")
    seconds = clock.wait(app, began, label)
    assert 0.0 < seconds < 5.0
    assert clock.last[id(label)] - began == pytest.approx(seconds)
    label.close()


def test_a_widget_that_never_repaints_stops_the_wait_and_is_named():
    app = QApplication.instance()
    shown, hidden = QLabel("table"), QWidget()
    hidden.setObjectName("route detail")
    shown.show()  # ``hidden`` is never shown: it cannot paint
    clock = PaintClock(shown, hidden)
    began = time.perf_counter()
    shown.setText("chart")
    with pytest.raises(NoRepaint, match=r"no repaint of route detail within 0\.3 s after the change") as stopped:
        clock.wait(app, began, shown, hidden, limit=0.3)
    assert isinstance(stopped.value, SystemExit)  # said on standard error with exit status 1, no traceback
    assert time.perf_counter() - began < 5.0
    shown.close()
