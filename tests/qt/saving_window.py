"""The main window as the document and history tests use it: a quote on the fixture tables, saved with the buyer
given (no dialog) into a history of the test's own."""
from __future__ import annotations

import datetime as dt

from gui.core.request import QuoteRequest
from gui.qt.dialogs import SaveQuoteDialog
from gui.qt.main_window import MainWindow


def saving_window(qtbot, tables, folder, monkeypatch, buyer: dict) -> MainWindow:
    monkeypatch.setattr(SaveQuoteDialog, "ask", classmethod(lambda cls, parent=None: dict(buyer)))
    window = MainWindow()
    qtbot.addWidget(window)
    window.session.request = QuoteRequest("wheat", "140", "t", "Alpha", "Omega", dt.date(2026, 3, 1), "USD")
    window.history_path = folder / "history.sqlite"
    window.show()
    window.finish(tables)
    return window
