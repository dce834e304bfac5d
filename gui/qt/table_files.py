"""Tables the user opens: read in a background thread with progress, and remembered between runs."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QThread, Signal

from .. import APP_NAME

SETTINGS_ORGANISATION = "CorridorQuote"


SETTINGS_FORMAT, SETTINGS_SCOPE = QSettings.Format.IniFormat, QSettings.Scope.UserScope


def settings() -> QSettings:
    return QSettings(SETTINGS_FORMAT, SETTINGS_SCOPE, SETTINGS_ORGANISATION, APP_NAME)


def keep_settings_in(folder: str | Path) -> None:
    """``settings`` reads and writes in ``folder`` from now on, not the user's (the self-test's window, the tests)."""
    QSettings.setPath(SETTINGS_FORMAT, SETTINGS_SCOPE, str(folder))


def remembered_paths() -> tuple[Path, Path] | None:
    """The last tables that loaded and were accepted, if both files are still there."""
    store = settings()
    corridors, tariffs = store.value("tables/corridors", ""), store.value("tables/tariffs", "")
    if not (isinstance(corridors, str) and isinstance(tariffs, str)):  # a list, where a hand wrote "a, b"
        return None
    if corridors and tariffs and Path(corridors).is_file() and Path(tariffs).is_file():
        return Path(corridors), Path(tariffs)
    return None


def remember(corridors: Path | str | None, tariffs: Path | str | None) -> None:
    """Remember a pair of tables; None for both goes back to the bundled ones."""
    store = settings()
    if corridors is None or tariffs is None:
        store.remove("tables")
    else:
        store.setValue("tables/corridors", str(corridors))
        store.setValue("tables/tariffs", str(tariffs))
    store.sync()


class _Worker(QObject):
    progress = Signal(str)
    loaded = Signal(object)  # Tables
    failed = Signal(object)  # list of TableProblem

    def __init__(self, reading):
        super().__init__()
        self.reading = reading

    def run(self) -> None:
        from ..core.errors import TablesError

        try:
            tables = self.reading.run(progress=self.progress.emit)
        except TablesError as error:
            self.failed.emit(error.problems)
            return
        self.loaded.emit(tables)


class TableLoad(QObject):
    """One load in a reading process of its own (a workbook that breaks the reader cannot take the window down);
    a thread waits for it. Emits ``loaded`` or ``failed`` once, and ``progress`` on the way.

    ``chosen``: workbooks the user picked, each replacing the corridors or the tariffs by the sheets it has."""

    progress = Signal(str)
    loaded = Signal(object)
    failed = Signal(object)
    running: set["TableLoad"] = set()  # stopped when the application quits

    def __init__(self, corridors: Path | None, tariffs: Path | None, parent: QObject | None = None,
                 chosen: list[Path] | tuple[Path, ...] = ()):
        super().__init__(parent)
        from ..core.table_process import TableProcess

        self.reading = TableProcess(chosen, corridors, tariffs)
        self.thread = QThread(self)
        self.worker = _Worker(self.reading)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.progress.connect(self.progress)
        self.worker.loaded.connect(self._finish_loaded)
        self.worker.failed.connect(self._finish_failed)

    def start(self) -> None:
        TableLoad.running.add(self)
        self.thread.start()

    def stop(self) -> None:
        """End the reading process and wait for the thread (the application is quitting)."""
        self.reading.stop()
        self.thread.quit()
        self.thread.wait(10000)
        TableLoad.running.discard(self)

    def _finish_loaded(self, tables) -> None:
        self.thread.quit()
        self.thread.wait()
        TableLoad.running.discard(self)
        self.loaded.emit(tables)

    def _finish_failed(self, problems) -> None:
        self.thread.quit()
        self.thread.wait()
        TableLoad.running.discard(self)
        self.failed.emit(problems)
