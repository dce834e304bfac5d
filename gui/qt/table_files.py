"""Tables the user opens: read in a background thread with progress, and remembered between runs."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QThread, Signal

from .. import APP_NAME

SETTINGS_ORGANISATION = "CorridorQuote"


def settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, SETTINGS_ORGANISATION, APP_NAME)


def remembered_paths() -> tuple[Path, Path] | None:
    """The last tables that loaded and were accepted, if both files are still there."""
    store = settings()
    corridors, tariffs = store.value("tables/corridors", ""), store.value("tables/tariffs", "")
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

    def __init__(self, corridors: Path | None, tariffs: Path | None):
        super().__init__()
        self.paths = (corridors, tariffs)

    def run(self) -> None:
        from ..core.errors import TablesError
        from ..core.tables import load_tables

        try:
            tables = load_tables(*self.paths, progress=self.progress.emit)
        except TablesError as error:
            self.failed.emit(error.problems)
            return
        except Exception as error:  # noqa: BLE001 - whatever happens, the user gets one line, not a traceback
            from ..core.errors import TableProblem

            from ..core import messages as msg
            from ..core.messages import Message, Verbatim

            problem = Message(msg.FILE_UNREADABLE, error=Verbatim(f"{type(error).__name__}: {error}"))
            self.failed.emit([TableProblem(", ".join(p.name for p in self.paths if p) or "tables", problem)])
            return
        self.loaded.emit(tables)


class TableLoad(QObject):
    """One background load; emits ``loaded`` or ``failed`` once, and ``progress`` on the way."""

    progress = Signal(str)
    loaded = Signal(object)
    failed = Signal(object)

    def __init__(self, corridors: Path | None, tariffs: Path | None, parent: QObject | None = None):
        super().__init__(parent)
        self.thread = QThread(self)
        self.worker = _Worker(corridors, tariffs)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.progress.connect(self.progress)
        self.worker.loaded.connect(self._finish_loaded)
        self.worker.failed.connect(self._finish_failed)

    def start(self) -> None:
        self.thread.start()

    def _finish_loaded(self, tables) -> None:
        self.thread.quit()
        self.thread.wait()
        self.loaded.emit(tables)

    def _finish_failed(self, problems) -> None:
        self.thread.quit()
        self.thread.wait()
        self.failed.emit(problems)
