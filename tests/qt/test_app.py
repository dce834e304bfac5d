"""The window starts on the tables and says what it loaded, or why it could not."""
from __future__ import annotations

from gui.qt.app import MainWindow


def test_window_shows_loaded_tables(qtbot, fixture_tables):
    window = MainWindow(fixture_tables)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    text = window.summary.text()
    assert "corridors.xlsx" in text and "tariffs.xlsx" in text
    assert "6 places, 8 legs, 7 leg rates" in text
    assert "2026-06-01" in text


def test_window_reports_unusable_tables(qtbot):
    window = MainWindow(None, "tariffs.xlsx: file not found")
    qtbot.addWidget(window)
    assert "tariffs.xlsx: file not found" in window.summary.text()


def test_fonts_are_available(qapp):
    from PySide6.QtGui import QFont, QFontInfo

    assert QFontInfo(QFont()).family()
