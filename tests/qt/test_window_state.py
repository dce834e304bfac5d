"""What the window remembers of its dividers between runs: a divider saved while its panes stood in the other layout
(the column beside the chart on a short screen), or with a pane dragged shut, is neither restored nor saved over the
sizes kept before."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QLabel, QSplitter

from gui.qt.table_files import settings
from gui.qt.window_state import save_window, whole_panes
from tests.qt.test_booth import booth_window, tables, wheat  # noqa: F401 - ``tables`` is a fixture


@pytest.fixture
def store():
    kept = settings()
    yield kept
    for key in ("window/routes", "window/detail"):
        kept.remove(key)
    kept.sync()


def splitter_state(*sizes: int) -> object:
    splitter = QSplitter()
    for _ in sizes:
        splitter.addWidget(QLabel("pane"))
    splitter.setSizes(list(sizes))
    return splitter.saveState()


def test_a_divider_saved_without_its_panes_leaves_the_routes_table_its_width(qtbot, tables, store):  # noqa: F811
    # a window closed in the short layout saved the routes' and the detail's dividers with no panes: restored, the
    # routes table was 0 px wide at 1366 × 728 and nothing on the screen said where it had gone
    store.setValue("window/routes", QSplitter().saveState())
    store.setValue("window/detail", QSplitter().saveState())
    store.sync()
    window = booth_window(qtbot, tables, wheat())
    assert window.routes_view.width() > 400 and window.detail_notes.isVisible()


def test_a_divider_without_whole_panes_is_not_saved_over_the_last_good_one(qtbot, tables, store):  # noqa: F811
    window = booth_window(qtbot, tables, wheat())
    good = window._splitters["routes"].saveState()
    store.setValue("window/routes", good)
    save_window(window, {"routes": QSplitter()})  # its panes in the other layout
    assert settings().value("window/routes") == good


@pytest.mark.parametrize("sizes, whole", [((880, 480), True), ((300, 200, 100), True), ((880, 0), False),
                                          ((0, 480), False), ((880,), False), ((), False)])
def test_whole_panes_reads_the_sizes_a_divider_saved(qapp, sizes, whole):
    assert whole_panes(splitter_state(*sizes)) is whole
    assert not whole_panes(QByteArray(b"not a splitter"))
    assert not whole_panes(QByteArray(b"\0\0\0\xff\0\0\0\x01\0\0\0\x02"))  # two sizes said, none given
