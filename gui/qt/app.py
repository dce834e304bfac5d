"""Starts the Qt application and shows the main window on the bundled tables."""
from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QVBoxLayout, QWidget

from .. import APP_NAME, __version__
from ..core.errors import TablesError
from ..core.model import Tables


class MainWindow(QMainWindow):
    """For now: which tables are loaded and what they hold; the quoting form arrives with the full window."""

    def __init__(self, tables: Tables | None, problem: str = ""):
        super().__init__()
        self.setWindowTitle(f"{APP_NAME} {__version__}")
        self.resize(900, 560)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        heading = QLabel(self.tr("Freight quotes Kazakhstan ⇄ Pakistan"), central)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        heading.setFont(font)
        layout.addWidget(heading)
        self.summary = QLabel(central)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        self.setCentralWidget(central)
        if tables is None:
            self.summary.setText(self.tr("The tables could not be loaded:\n{problem}").format(problem=problem))
        else:
            self.summary.setText(self.tr(
                "Tables loaded: {corridors} and {tariffs}\n"
                "{places} places, {legs} legs, {rates} leg rates, {cargo} cargo types; "
                "exchange rates as of {fx_date}.\n\n"
                "Quote from the command line: python -m gui quote --cargo wheat --quantity 500 --unit t "
                "--from Kostanay --to Karachi"
            ).format(corridors=_name(tables.corridors_file.path), tariffs=_name(tables.tariffs_file.path),
                     places=len(tables.places), legs=len(tables.legs), rates=len(tables.leg_rates),
                     cargo=len(tables.cargo_types), fx_date=tables.fx_as_of.isoformat()))
        self.statusBar().showMessage(self.tr("Offline: no network connection is used."))


def _name(path: str) -> str:
    from pathlib import Path

    return Path(path).name


def run(argv: list[str]) -> int:
    from ..core.tables import load_tables

    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setApplicationName(APP_NAME)
    try:
        window = MainWindow(load_tables())
    except TablesError as error:
        window = MainWindow(None, "\n".join(str(p) for p in error.problems[:20]))
    window.show()
    return app.exec()
