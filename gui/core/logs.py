"""A trace of what went wrong, kept in the user's data folder: a rotating log, and a fault file for crashes.

The windowed build has no console, so without these a fault after start-up would vanish. The window and the
command line both call ``start_logging``; the log names no cargo or buyer details beyond what a quote request is.
"""
from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import os
import sys
from pathlib import Path

from .paths import user_data_dir

LOGGER = "gui"  # the package's own loggers (logging.getLogger(__name__)) all sit under it
LOG_NAME = "corridor-quote.log"
FAULTS_NAME = "faults.log"
LOG_BYTES = 1_000_000  # per file; with three old files kept, at most 4 MB of log
LOG_BACKUPS = 3
FAULTS_BYTES = 1_000_000  # a fault file larger than this is started again
DEBUG_VARIABLE = "CORRIDOR_QUOTE_DEBUG"  # set (to anything) to see tracebacks on the console too

_state: dict[str, object] = {}


def log_folder() -> Path:
    return user_data_dir()


def log_path() -> Path | None:
    """The log file in use, or None when the data folder could not be written (logging then goes nowhere)."""
    return _state.get("log")  # type: ignore[return-value]


def debugging() -> bool:
    return bool(os.environ.get(DEBUG_VARIABLE))


def start_logging(*, folder: Path | None = None) -> Path | None:
    """Log to a rotating file in ``folder`` (the user's data folder), and let faulthandler write a crash's stack
    to a file there. Safe to call twice. Returns the log file, or None if the folder cannot be written."""
    if "started" in _state:
        return log_path()
    _state["started"] = True
    folder = folder or log_folder()
    logger = logging.getLogger(LOGGER)
    logger.setLevel(logging.DEBUG if debugging() else logging.INFO)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = _QuietFileHandler(folder / LOG_NAME, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8")
    except OSError:
        return None  # a read-only profile: the program still works, without a log
    handler.setFormatter(logging.Formatter("%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    _state["log"] = folder / LOG_NAME
    _start_fault_file(folder / FAULTS_NAME)
    from .. import __version__

    logger.info("Corridor Quote %s started (%s; Python %s; %s)", __version__,
                "frozen" if getattr(sys, "frozen", False) else "source", sys.version.split()[0], sys.platform)
    return log_path()


class _QuietFileHandler(logging.handlers.RotatingFileHandler):
    """A log line that cannot be written (a full disk) is lost, not printed as a traceback at every line."""

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging's API
        pass


def _start_fault_file(path: Path) -> None:
    """A hard crash (a fault in Qt or a reader library) never reaches Python's logging: faulthandler writes the
    stack of every thread to this file instead (the windowed build has no stderr)."""
    try:
        if path.is_file() and path.stat().st_size > FAULTS_BYTES:
            path.unlink()
        handle = open(path, "a", encoding="utf-8")  # kept open for the life of the process
    except OSError:
        return
    _state["faults"] = handle
    faulthandler.enable(file=handle, all_threads=True)


def stop_logging() -> None:
    """Close the files (tests; the process's end does the same)."""
    logger = logging.getLogger(LOGGER)
    for handler in list(logger.handlers):
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            logger.removeHandler(handler)
            handler.close()
    handle = _state.pop("faults", None)
    if handle is not None:
        if faulthandler.is_enabled():
            faulthandler.disable()
        handle.close()  # type: ignore[attr-defined]
    _state.clear()
