"""The window's sign that a quote is being worked out on a thread of its own (``QuoteSession.busyChanged``): a
moving bar and a line in the status bar, the busy cursor, and, while no quote is shown (a new window's first, or the
request before was wrong), the chart and the lines above the table saying so."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QProgressBar

if TYPE_CHECKING:
    from .main_window import MainWindow


translate = QCoreApplication.translate  # named so pyside6-lupdate collects the texts, in the window's context


class BusySign:
    def __init__(self, window: MainWindow):
        self.window = window
        self.bar = bar = QProgressBar(window)  # moving while a quote takes longer than a moment
        bar.setRange(0, 0)
        bar.setMaximumWidth(120)
        bar.setTextVisible(False)
        # no taller than the status bar's line: a taller bar would grow the window past a short screen (Urdu, 150 %)
        bar.setMaximumHeight(window.fontMetrics().height())
        bar.setAccessibleName(translate("MainWindow", "Working out the routes"))
        bar.hide()
        self.on = False  # the busy cursor set: set once, restored once, for quotes that follow each other
        self.said = ""  # the line shown in the status bar while on
        self.after = ""  # a passing message held back while that line shows (table_actions.say_table_notes)

    def show(self, busy: bool) -> None:
        window = self.window
        self.bar.setVisible(busy)
        if window.cost_time_chart is not None:
            window.cost_time_chart.set_working(busy)
        if window.session.result is None:  # none shown before: the lines above the table say it is worked out
            window._show_summary(None)
        if busy == self.on:
            return
        self.on = busy
        status = window.statusBar()
        if busy:
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
            # with routes on the screen, that they are the request before's; with none, only that it is under way
            self.said = translate("MainWindow", "Working out the routes… those shown are for the request before") if \
                window.session.result is not None else translate("MainWindow", "Working out the routes…")
            status.showMessage(self.said)
            return
        QApplication.restoreOverrideCursor()
        if status.currentMessage() in (self.said, ""):  # not another message since (a menu's tip clears it)
            if self.after:
                status.showMessage(self.after, 30000)
            else:
                status.clearMessage()
        self.after = ""
