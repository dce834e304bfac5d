"""Starts the Qt application: the window paints first, then the tables load and the first quote appears."""
from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from .. import APP_NAME


def load_into(window) -> None:
    """The tables the user last chose, if they still load; else the bundled ones."""
    from ..core.errors import TablesError
    from ..core.tables import load_tables
    from .table_files import remember, remembered_paths

    last = remembered_paths()
    if last is not None:
        try:
            window.finish(load_tables(*last))
            return
        except TablesError:
            remember(None, None)  # they no longer load: say so below, and start from the bundled ones
    try:
        tables = load_tables()
    except TablesError as error:
        window.finish(None, "; ".join(str(p) for p in error.problems[:5]))
        return
    window.finish(tables)
    if last is not None:
        window.statusBar().showMessage(window.tr("Your last tables no longer load ({file}); using the bundled "
                                                 "ones").format(file=last[1].name), 15000)


def run(argv: list[str]) -> int:
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setApplicationName(APP_NAME)
    from .main_window import MainWindow

    window = MainWindow()
    window.show()
    # after the first paint: reading the workbooks and importing the charts is what takes time
    QTimer.singleShot(0, lambda: load_into(window))
    return app.exec()
