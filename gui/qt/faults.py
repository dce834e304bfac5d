"""Faults nobody expected, in the window: the traceback goes to the log, the user gets one plain dialog saying
what failed, where, and where the log is; the window stays open.

PySide6 hands an exception raised in a slot to ``sys.excepthook`` and carries on, so the window survives most
faults; without this hook the windowed build (which has no console) would lose them without a trace.
"""
from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from ..core.logs import log_folder, log_path

log = logging.getLogger(__name__)
PACKAGE_ROOT = Path(__file__).resolve().parents[1]


def where_it_failed(trace) -> str:
    """``file.py:123 (function)`` of the deepest frame in the program's own code (else the deepest frame)."""
    frames = traceback.extract_tb(trace)
    if not frames:
        return "?"
    ours = [f for f in frames if Path(f.filename).resolve().is_relative_to(PACKAGE_ROOT)]
    frame = (ours or frames)[-1]
    return f"{Path(frame.filename).name}:{frame.lineno} ({frame.name})"


class FaultReporter(QObject):
    """Installed as ``sys.excepthook`` and ``threading.excepthook`` while the window runs."""

    faulted = Signal(str, str, str)  # what failed, where, the traceback (queued to the window's thread)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.shown = 0
        self.unshown = 0  # faults that came while a dialog was open (they are in the log)
        self._open = False
        self.faulted.connect(self._tell, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        sys.excepthook = self.excepthook
        threading.excepthook = lambda args: self.excepthook(args.exc_type, args.exc_value, args.exc_traceback)

    @staticmethod
    def uninstall() -> None:
        sys.excepthook = sys.__excepthook__
        threading.excepthook = threading.__excepthook__

    def excepthook(self, kind, value, trace) -> None:
        if kind is None or issubclass(kind, (KeyboardInterrupt, SystemExit)):
            sys.__excepthook__(kind, value, trace)
            return
        log.error("unexpected fault", exc_info=(kind, value, trace))
        what = f"{kind.__name__}: {value}" if str(value) else kind.__name__
        self.faulted.emit(what, where_it_failed(trace), "".join(traceback.format_exception(kind, value, trace)))

    def _tell(self, what: str, where: str, details: str) -> None:
        if self._open:  # one dialog at a time: a fault in a repaint would otherwise open dozens
            self.unshown += 1
            return
        self._open = True
        try:
            self.shown += 1
            self.ask(what, where, details)
        finally:
            self._open = False

    def ask(self, what: str, where: str, details: str) -> None:
        """The dialog itself; a seam, so tests can see what the user would be told."""
        translate = QCoreApplication.translate
        place = log_path() or log_folder()
        box = QMessageBox(QApplication.activeWindow())
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(translate("Faults", "Something went wrong"))
        box.setText(translate("Faults", "Corridor Quote met a fault it did not expect and stopped what it was "
                                        "doing. The window stays open; check the figures on screen before you "
                                        "use them."))
        box.setInformativeText(translate("Faults", "What failed: {what}\nWhere: {where}\nThe details are in the "
                                                   "log: {log}").format(what=what, where=where, log=place))
        box.setDetailedText(details)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.exec()
