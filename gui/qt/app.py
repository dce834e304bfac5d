"""Starts the Qt application: the window paints first, then the tables load and the first quote appears."""
from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from .. import APP_NAME


def load_into(window) -> None:
    from ..core.errors import TablesError
    from ..core.tables import load_tables

    try:
        tables = load_tables()
    except TablesError as error:
        window.finish(None, "; ".join(str(p) for p in error.problems[:5]))
        return
    window.finish(tables)


def run(argv: list[str]) -> int:
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setApplicationName(APP_NAME)
    from .main_window import MainWindow

    window = MainWindow()
    window.show()
    # after the first paint: reading the workbooks and importing the charts is what takes time
    QTimer.singleShot(0, lambda: load_into(window))
    return app.exec()
