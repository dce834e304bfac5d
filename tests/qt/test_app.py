"""Starting the application: the window paints first, then the tables load; a broken table is reported."""
from __future__ import annotations

from gui.qt.app import load_into
from gui.qt.main_window import MainWindow


def test_window_starts_on_the_bundled_tables(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.cost_time_chart is None  # charts come after the first paint
    load_into(window)
    assert window.session.result is not None and window.routes_model.rowCount() > 5
    assert "exchange rates as of" in window.tables_info.text()


def test_window_reports_unusable_tables(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.finish(None, "tariffs.xlsx: file not found")
    assert "tariffs.xlsx: file not found" in window.statusBar().currentMessage()
    assert window.routes_model.rowCount() == 0


def test_fonts_are_available(qapp):
    from PySide6.QtGui import QFont, QFontInfo

    assert QFontInfo(QFont()).family()
