"""Reading the tables in a process of their own, so that nothing a workbook does to the reader (a bug, an abort,
memory it should not need) can take the caller down: the window only ever receives tables or problems.

The child is started with "spawn" (a clean interpreter: no Qt, no threads copied from the window) and imports
only the core; a frozen build needs multiprocessing.freeze_support() in its entry point for it.
"""
from __future__ import annotations

import multiprocessing
import sys
from pathlib import Path
from typing import Callable


from . import file_messages as fmsg
from .errors import TableProblem, TablesError
from .messages import Figure, Message, Verbatim

MEMORY_CAP = 3 << 30  # address space of the reading process (POSIX): a backstop far above what the limits allow
POLL_SECONDS = 0.1


def _assign(chosen: list[Path], corridors: Path | None, tariffs: Path | None) -> tuple[Path | None, Path | None]:
    """Which of the chosen workbooks replaces the corridors and which the tariffs (told by their sheets)."""
    from .workbook_check import workbook_kind

    for path in chosen:
        kind = workbook_kind(path)
        if kind == "tariffs" or (kind is None and "tarif" in path.name.lower()):
            tariffs = path
        else:
            corridors = path
    return corridors, tariffs


def _read(chosen: list[Path], corridors: Path | None, tariffs: Path | None, connection) -> None:
    """In the child: read, check and send back ("progress", text)…, then ("loaded", tables) or ("failed", problems)."""
    if sys.platform != "win32":
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))
    from .tables import load_tables

    try:
        pair = _assign(chosen, corridors, tariffs)
        tables = load_tables(*pair, progress=lambda text: connection.send(("progress", text)))
        connection.send(("loaded", tables))
    except TablesError as error:
        connection.send(("failed", error.problems))
    except BaseException as error:  # noqa: BLE001 - whatever happens, the window gets one line, not a traceback
        names = ", ".join(p.name for p in (*chosen, corridors, tariffs) if p) or "tables"
        problem = Message(fmsg.FILE_UNREADABLE, error=Verbatim(f"{type(error).__name__}: {error}"))
        connection.send(("failed", [TableProblem(names, problem)]))
    finally:
        connection.close()


class TableProcess:
    """One reading of the tables in a child process. ``run`` waits for it (call it off the GUI thread); ``stop``
    ends it from any thread, e.g. when the window closes."""

    def __init__(self, chosen: list[Path] | tuple[Path, ...] = (), corridors: Path | None = None,
                 tariffs: Path | None = None):
        self.args = (list(chosen), corridors, tariffs)
        self._process = None
        self._stopped = False

    def run(self, progress: Callable[[str], None] | None = None):
        """The tables; raise TablesError with the problems found, or with one saying the reader stopped."""
        context = multiprocessing.get_context("spawn")
        receiving, sending = context.Pipe(duplex=False)
        self._process = process = context.Process(target=_read, args=(*self.args, sending), daemon=True,
                                                  name="corridor-quote-tables")
        process.start()
        sending.close()  # only the child writes: at its end the pipe reports end-of-file
        try:
            while True:
                if receiving.poll(POLL_SECONDS):
                    try:
                        kind, value = receiving.recv()
                    except (EOFError, OSError):
                        break
                    if kind == "progress":
                        if progress is not None:
                            progress(value)
                    elif kind == "loaded":
                        return value
                    else:
                        raise TablesError(value)
                elif not process.is_alive() and not receiving.poll(0):
                    break
        finally:
            receiving.close()
            process.join(5)
            if process.is_alive():
                process.kill()
        names = ", ".join(p.name for p in (*self.args[0], *self.args[1:]) if p) or "tables"
        if self._stopped:
            raise TablesError([TableProblem(names, Message(fmsg.READING_STOPPED))])
        raise TablesError([TableProblem(names, Message(fmsg.READER_FAILED, code=Figure(process.exitcode or 0, "d")))])

    def stop(self) -> None:
        self._stopped = True
        process = self._process
        if process is not None and process.is_alive():
            process.kill()
