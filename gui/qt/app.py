"""Starts the Qt application: the window paints first, then the tables load and the first quote appears."""
from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from .. import APP_NAME


def load_into(window) -> None:
    """The tables the user last chose, read in a process of their own, if they still load; else the bundled ones."""
    from .table_files import TableLoad, remember, remembered_paths

    last = remembered_paths()
    if last is None:
        _load_bundled(window)
        return

    def failed(problems) -> None:
        remember(None, None)  # they no longer load: say so, and start from the bundled ones
        _load_bundled(window)
        from PySide6.QtCore import QCoreApplication

        # the workbook that failed, as its problems name it (both where both do, or none says which)
        names = [path.name for path in last]
        failing = [name for name in names if any(name in problem.workbook.split(", ") for problem in problems)]
        window.statusBar().showMessage(QCoreApplication.translate(
            "MainWindow", "Your last tables no longer load ({file}); using the bundled ones").format(
                file=", ".join(failing or names)), 15000)

    window.starting_load = load = TableLoad(*last, window)
    load.loaded.connect(window.finish)
    load.failed.connect(failed)
    load.start()


def _load_bundled(window) -> None:
    """The tables that came with the program: read here, they are ours."""
    from ..core.errors import TablesError
    from ..core.tables import load_tables

    try:
        tables = load_tables()
    except TablesError as error:
        from .i18n import say

        window.finish(None, "; ".join(say(p.message) for p in error.problems[:5]))
        return
    window.finish(tables)


def close_everything(app: QApplication) -> None:
    """What File → Quit leaves done: a table reading under way is stopped, every window closes (a history in use
    is closed with its window), the settings are written."""
    from .table_files import TableLoad, settings

    for load in list(TableLoad.running):
        load.stop()
    app.closeAllWindows()
    settings().sync()


def stop_on_signals(app: QApplication) -> None:
    """Ctrl+C in a terminal and SIGTERM shut the application down cleanly (exit code 128 + the signal's number).

    Python runs a signal handler only between its own instructions, and Qt's event loop runs none: the signal's
    number is written to a socket Qt watches, whose notifier runs Python, which runs the handler."""
    import signal
    import socket

    from PySide6.QtCore import QSocketNotifier

    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    signal.set_wakeup_fd(writer.fileno(), warn_on_full_buffer=False)
    received: list[int] = []
    for name in ("SIGINT", "SIGTERM"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), lambda number, _frame: received.append(number))
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, app)

    def woken() -> None:
        try:
            reader.recv(64)
        except OSError:
            pass
        if received:
            close_everything(app)
            app.exit(128 + received[0])

    notifier.activated.connect(woken)
    app.signal_wakeup = (reader, writer, notifier)  # kept for the application's lifetime


FIRST_PAINT_PROBE = "CORRIDOR_QUOTE_FIRST_PAINT_PROBE"  # set by the start-up benchmark: print the time, quit


class _AfterFirstPaint(QObject):
    """Runs a callback once the window has painted for the first time (then steps aside)."""

    def __init__(self, window, callback):
        super().__init__(window)
        self.callback = callback
        window.installEventFilter(self)

    def eventFilter(self, watched, event):  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.callback)  # after this paint has reached the screen
        return False


_windows: list = []  # the window in use (kept referenced while the application runs)


def switch_language(window, code: str):
    """Rebuild the window in another language, with the same tables, request, terms, goals, what-if and chosen
    route (a buyer at the booth asks for Russian in the middle of a quote: it must not change under him); return
    the new window."""
    from .i18n import install, save_language
    from .main_window import MainWindow

    app = QApplication.instance()
    save_language(code)
    problem = install(app, code)
    old = window.session
    fresh = MainWindow()
    fresh.session.request = old.request
    fresh.session.terms = old.terms  # not the terms remembered at the last exit
    fresh.session.goals = old.goals
    fresh.session.goalsReplaced.emit()  # the arrival row was filled from the remembered goals
    fresh.session.scenario = old.scenario  # a what-if is never remembered between runs, but lives on here
    # the route the user chose, where it is in the new window's quote once that is shown (else the recommended)
    fresh.session.keep_route(old.chosen_route)
    old.drop()  # the new window quotes the same request
    fresh.history_path = window.history_path
    fresh.setGeometry(window.geometry())
    fresh.languageChosen.connect(lambda chosen: switch_language(fresh, chosen))
    fresh.show()
    fresh.finish(old.tables)
    if old.scenario.active:
        fresh.session.scenarioChanged.emit(old.scenario)  # the "what if: …" line beside the button
    window.close()
    window.deleteLater()
    # the keyboard goes on in the new window, as it was in the old one (the desktop need not give it the focus)
    fresh.raise_()
    fresh.activateWindow()
    _windows[:] = [fresh]
    if problem:
        fresh.report_language_problem(code, problem, ask=True)
    return fresh


def run(argv: list[str]) -> int:
    from ..core.logs import start_logging

    start_logging()
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setApplicationName(APP_NAME)
    from ..core.resources import resource_path
    from .background import window_first

    window_first()  # keys and paints go on while a long quote is worked out on its thread
    from .faults import FaultReporter
    from .i18n import install, saved_language
    from .main_window import MainWindow
    from .table_files import TableLoad

    FaultReporter(app).install()
    from .colours import apply_scheme, saved_scheme

    apply_scheme(app, saved_scheme())
    app.setWindowIcon(QIcon(str(resource_path("icons", "corridor-quote.png"))))
    language = saved_language()
    problem = install(app, language)
    window = MainWindow()
    if problem:
        window.report_language_problem(language, problem)
    window.languageChosen.connect(lambda chosen: switch_language(window, chosen))
    _windows[:] = [window]
    if os.environ.get(FIRST_PAINT_PROBE):
        def report() -> None:
            print(f"first-paint {time.time():.6f}", flush=True)
            app.quit()

        _AfterFirstPaint(window, report)
    else:
        # reading the workbooks and importing the charts is what takes time: it waits for the first paint
        _AfterFirstPaint(window, lambda: load_into(window))
    stop_on_signals(app)
    app.aboutToQuit.connect(lambda: [load.stop() for load in list(TableLoad.running)])
    window.show()
    return app.exec()
