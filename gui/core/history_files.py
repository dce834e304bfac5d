"""The quote history's files on the disk: SQLite's journal (-wal) and its index (-shm) beside the history, what a
failed open or save made and takes away again, a full disk told from SQLite's words, and a damaged history set
aside under a dated name."""
from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

from . import file_messages as fmsg
from .files import LOW_SPACE
from .messages import Message, Verbatim

FILES = ("", "-wal", "-shm")  # the history's file, SQLite's journal of it and the journal's index


def present(path: Path) -> set[str]:
    """Which of the history's files are there (a failed open or save takes away only those it made)."""
    return {suffix for suffix in FILES if os.path.lexists(str(path) + suffix)}


def tidy(path: Path, found: set[str], saved: int) -> None:
    """After a failed open or save (most often a full disk), take away the files the history object made that hold
    nothing saved: SQLite's journal (-wal) when it holds no committed transaction, its index (-shm) once the
    journal is gone, and a history the object created and saved nothing in (its file, journal and index).
    A journal holding quotes saved but not yet written into the file is kept: SQLite writes them in on the
    next open with room to do so. Files that were there before are never touched."""
    made = set(FILES) - found
    files = {suffix: Path(str(path) + suffix) for suffix in FILES}
    try:
        if "" in made and not saved:  # the history is what this failed attempt made: nothing of the user's
            for suffix in ("-wal", "-shm", ""):
                if suffix in made:
                    files[suffix].unlink(missing_ok=True)
            return
        if "-wal" in made and files["-wal"].exists() and not commits(files["-wal"]):
            files["-wal"].unlink()
        if "-shm" in made and not files["-wal"].exists():
            files["-shm"].unlink(missing_ok=True)
    except OSError:
        pass  # a folder that lets nothing go: what is left is SQLite's to use again


def disk_full(error: Exception, path: Path) -> bool:
    """SQLite's "database or disk is full", or its "disk I/O error" with the disk nearly full."""
    code = getattr(error, "sqlite_errorcode", 0) & 0xFF
    if code == 13:  # SQLITE_FULL
        return True
    if code != 10:  # SQLITE_IOERR
        return False
    try:
        return shutil.disk_usage(path.parent).free < LOW_SPACE
    except OSError:
        return False


def commits(wal: Path) -> bool:
    """Whether SQLite's journal ``wal`` holds a committed transaction: a frame of the journal's own salt that ends
    one (its commit size, bytes 4–8 of the frame header, not 0). Frames of a transaction taken back, or none, leave
    nothing that the history file lacks."""
    try:
        with wal.open("rb") as stream:
            header = stream.read(32)
            if len(header) < 32 or header[:4] not in (b"\x37\x7f\x06\x82", b"\x37\x7f\x06\x83"):
                return False
            page = int.from_bytes(header[8:12], "big")
            salt = header[16:24]
            while len(frame := stream.read(24)) == 24:
                if frame[8:16] == salt and int.from_bytes(frame[4:8], "big"):
                    return True
                stream.seek(page, os.SEEK_CUR)
    except OSError:
        return True  # unreadable: kept, as if it held quotes
    return False


def set_aside(path: Path | str, now: dt.datetime | None = None) -> Path:
    """Keep a damaged history under a dated name beside it (with its journal files), so a new one can start in
    its place; return where it went. Nothing is deleted before it is copied."""
    path = Path(path)
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    kept = path.with_name(f"{path.stem}.damaged-{stamp}{path.suffix}")
    try:
        for suffix in ("", "-wal", "-shm"):
            original = Path(str(path) + suffix)
            if original.exists():
                shutil.copy2(original, Path(str(kept) + suffix))
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
    except OSError as error:
        from .history import HistoryError  # history.py imports this module

        raise HistoryError(Message(fmsg.HISTORY_NO_FOLDER, folder=Verbatim(str(path.parent)),
                                   error=Verbatim(error.strerror or str(error)))) from None
    return kept
